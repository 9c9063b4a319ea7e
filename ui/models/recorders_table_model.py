"""The recorder register as a table: inventory number, serial, model, profile, status, registered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from inspector_app.domain.recorders import Recorder, RecorderStatus
from ui.formats import format_local
from ui.labels import status_label
from ui.models.base_table_model import ObjectTableModel

STATUS_COLOURS = {
    RecorderStatus.FAULTY: QColor("#b00020"),
    RecorderStatus.UNDER_REPAIR: QColor("#a15c00"),
    RecorderStatus.WRITTEN_OFF: QColor("#777777"),
    RecorderStatus.ISSUED: QColor("#0b5394"),
}


class RecordersTableModel(ObjectTableModel[Recorder]):
    COL_INVENTORY, COL_SERIAL, COL_MODEL, COL_PROFILE, COL_STATUS, COL_REGISTERED = range(6)

    def __init__(self, timezone: str = "Asia/Almaty", parent=None) -> None:
        super().__init__(parent)
        self.timezone = timezone

    def headers(self) -> list[str]:
        return [self.tr("Inventory number"), self.tr("Serial number"), self.tr("Model"), self.tr("Vendor profile"),
                self.tr("Status"), self.tr("Registered")]

    def cell(self, item: Recorder, column: int):
        if column == self.COL_INVENTORY:
            return item.inventory_number
        if column == self.COL_SERIAL:
            return item.serial_number
        if column == self.COL_MODEL:
            return item.model
        if column == self.COL_PROFILE:
            return item.vendor_profile
        if column == self.COL_STATUS:
            return status_label(item.status)
        if column == self.COL_REGISTERED:
            return format_local(item.created_at, self.timezone)
        return None

    def sort_key(self, item: Recorder, column: int):
        if column == self.COL_REGISTERED:
            return item.created_at.isoformat() if item.created_at else ""
        if column == self.COL_INVENTORY:
            return item.inventory_number.casefold()
        return super().sort_key(item, column)

    def extra_data(self, item: Recorder, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_STATUS:
            return STATUS_COLOURS.get(item.status)
        return None

    def row_of(self, recorder_id: int) -> int:
        return next((i for i, r in enumerate(self.items()) if r.id == recorder_id), -1)
