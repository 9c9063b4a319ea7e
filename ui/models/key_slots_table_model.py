"""Who holds a key slot of the footage vault (п.6) as a table: the holder, the person, when and by whom it was
set, and whether it is active or since when revoked (a slot is never deleted, only revoked)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

from inspector_app.domain.vault_slots import KeySlot, SlotHolder
from ui.formats import format_local
from ui.models.base_table_model import ObjectTableModel
from ui.models.recordings_table_model import short_name

logger = logging.getLogger(__name__)

HOLDERS = {  # short: the table fits beside the navigation in a 1180-pixel window
    SlotHolder.HEAD: QT_TRANSLATE_NOOP("KeySlotsTableModel", "Head"),
    SlotHolder.RESPONSIBLE: QT_TRANSLATE_NOOP("KeySlotsTableModel", "Responsible person"),
    SlotHolder.RECOVERY: QT_TRANSLATE_NOOP("KeySlotsTableModel", "Recovery key (sheet in the safe)"),
}
REVOKED_COLOUR = QColor("#888888")


def holder_label(holder: SlotHolder) -> str:
    return QCoreApplication.translate("KeySlotsTableModel", HOLDERS[holder]) if holder in HOLDERS else holder.value


class KeySlotsTableModel(ObjectTableModel[KeySlot]):
    COL_HOLDER, COL_PERSON, COL_SET, COL_SET_BY, COL_STATE = range(5)

    def __init__(self, timezone: str = "Asia/Almaty", parent=None) -> None:
        super().__init__(parent)
        self.timezone = timezone
        self.names: dict[int, str] = {}

    def set_slots(self, slots: list[KeySlot], names: dict[int, str]) -> None:
        """Active slots first, then the revoked ones, the newest first within each."""
        self.names = dict(names)
        self.set_items(sorted(slots, key=lambda s: (not s.active, -s.created_at.timestamp())))

    def headers(self) -> list[str]:
        return [self.tr("Holder"), self.tr("Person"), self.tr("Set"), self.tr("Set by"), self.tr("State")]

    def _name(self, user_id: int | None) -> str:
        return "" if user_id is None else self.names.get(user_id, str(user_id))

    def _short(self, user_id: int | None) -> str:
        """Surname and initials, as the lists write a person; the whole name is in the tooltip."""
        return short_name(self._name(user_id)) if user_id in self.names else self._name(user_id)

    def cell(self, item: KeySlot, column: int):
        if column == self.COL_HOLDER:
            return holder_label(item.holder)
        if column == self.COL_PERSON:
            return self._short(item.user_id) if item.user_id is not None else "—"
        if column == self.COL_SET:
            return format_local(item.created_at, self.timezone)
        if column == self.COL_SET_BY:
            return self._short(item.created_by_id)
        if column == self.COL_STATE:
            if item.active:
                return self.tr("active")
            return self.tr("revoked {0}").format(format_local(item.revoked_at, self.timezone))
        return None

    def extra_data(self, item: KeySlot, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and not item.active:
            return REVOKED_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_PERSON, self.COL_SET_BY):
            return self._name(item.user_id if column == self.COL_PERSON else item.created_by_id) or None
        if role == Qt.ItemDataRole.ToolTipRole and not item.active and item.revoked_by_id is not None:
            return self.tr("Revoked by {0}").format(self._name(item.revoked_by_id))
        return None
