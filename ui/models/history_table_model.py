"""The history of one recorder: when, who, what happened, from/to status, details and reason."""

from __future__ import annotations

from inspector_app.domain.recorders import RecorderHistoryEntry
from inspector_app.timezones import format_local
from ui.labels import history_label, status_label
from ui.models.base_table_model import ObjectTableModel


class RecorderHistoryTableModel(ObjectTableModel[RecorderHistoryEntry]):
    COL_AT, COL_WHO, COL_EVENT, COL_STATUS, COL_DETAILS, COL_REASON = range(6)

    def __init__(self, timezone: str = "Asia/Almaty", parent=None) -> None:
        super().__init__(parent)
        self.timezone = timezone

    def headers(self) -> list[str]:
        return [self.tr("Date and time"), self.tr("By"), self.tr("Event"), self.tr("Status"), self.tr("Details"),
                self.tr("Reason")]

    def cell(self, item: RecorderHistoryEntry, column: int):
        if column == self.COL_AT:
            return format_local(item.at, self.timezone)
        if column == self.COL_WHO:
            return item.actor_name
        if column == self.COL_EVENT:
            return history_label(item.kind)
        if column == self.COL_STATUS:
            if item.from_status is None:
                return status_label(item.to_status)
            return f"{status_label(item.from_status)} → {status_label(item.to_status)}"
        if column == self.COL_DETAILS:
            return item.details.replace("\n", "; ")
        if column == self.COL_REASON:
            return item.reason
        return None
