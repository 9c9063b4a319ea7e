"""The history of one recorder: when, who, what happened, from/to status, reason and details."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from inspector_app.domain.recorders import HistoryKind, RecorderHistoryEntry
from ui.formats import format_local
from ui.labels import history_label, status_label
from ui.models.base_table_model import ObjectTableModel

# The stored details name the fields as the code does (`serial_number: old → new`); shown translated.
FIELD_LABELS = {
    "inventory_number": QT_TRANSLATE_NOOP("RecorderHistoryTableModel", "Inventory number"),
    "serial_number": QT_TRANSLATE_NOOP("RecorderHistoryTableModel", "Serial number"),
    "model": QT_TRANSLATE_NOOP("RecorderHistoryTableModel", "Model"),
    "vendor_profile": QT_TRANSLATE_NOOP("RecorderHistoryTableModel", "Vendor profile"),
}


class RecorderHistoryTableModel(ObjectTableModel[RecorderHistoryEntry]):
    # The reason before the details: a status change has only a reason, and a registration's details are
    # long, so the last column (which takes the rest of the width) is the one that may be cut.
    COL_AT, COL_WHO, COL_EVENT, COL_STATUS, COL_REASON, COL_DETAILS = range(6)

    def __init__(self, timezone: str = "Asia/Almaty", parent=None) -> None:
        super().__init__(parent)
        self.timezone = timezone

    def headers(self) -> list[str]:
        return [self.tr("Date and time"), self.tr("By"), self.tr("Event"), self.tr("Status"), self.tr("Reason"),
                self.tr("Details")]

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
            return "; ".join(self._detail_lines(item))
        if column == self.COL_REASON:
            return item.reason
        return None

    def extra_data(self, item: RecorderHistoryEntry, column: int, role: int):
        # The details and the reason may be longer than their column: the whole text on hover.
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_DETAILS:
                return "\n".join(self._detail_lines(item)) or None
            if column == self.COL_REASON:
                return item.reason or None
        return None

    def _detail_lines(self, item: RecorderHistoryEntry) -> list[str]:
        """`field: old → new` lines with the field named in the interface language; a registration lists values."""
        lines = []
        for line in item.details.splitlines():
            name, sep, change = line.partition(": ")
            label = FIELD_LABELS.get(name)
            if not sep or label is None:
                lines.append(line)
                continue
            old, arrow, new = change.partition(" → ")
            if arrow and item.kind == HistoryKind.REGISTERED:
                change = new
            elif arrow and not old:
                change = f"— → {new}"
            lines.append(f"{self.tr(label)}: {change}")
        return lines
