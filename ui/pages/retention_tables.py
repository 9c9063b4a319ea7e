"""The tables of the retention page (п.12): recordings with their expiry, the destruction lists and the rules.

Each row of a recording shows the recorder's inventory number, the file, its start in the unit's zone, the
day it expires, the start of its SHA-256 (whole in the tooltip) and the kind of recording; the held ones
also show the hold's reason, who placed it, when, and for which inspection. Recording tables have a check
box per row: the recordings checked are the ones an action (a hold, a proposal) is for.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from inspector_app.domain.retention import ListState, RetentionKind
from ui.formats import format_local
from ui.models.base_table_model import ObjectTableModel

logger = logging.getLogger(__name__)

HASH_PREFIX = 12
DAY = "%d.%m.%Y"
MOMENT = "%d.%m.%Y %H:%M"

_KINDS = {
    RetentionKind.PERMIT_COMPLIANCE: QT_TRANSLATE_NOOP("Retention", "Check of permit requirements"),
    RetentionKind.PREVENTIVE_VISIT: QT_TRANSLATE_NOOP("Retention", "Preventive control with a visit"),
    RetentionKind.UNSCHEDULED_INSPECTION: QT_TRANSLATE_NOOP("Retention", "Inspection or investigation"),
    RetentionKind.ADMINISTRATIVE_OFFENCE: QT_TRANSLATE_NOOP("Retention", "Administrative offence case"),
    RetentionKind.OTHER: QT_TRANSLATE_NOOP("Retention", "Other recordings"),
}
_STATES = {
    ListState.PROPOSED: QT_TRANSLATE_NOOP("Retention", "Awaiting the head's decision"),
    ListState.APPROVED: QT_TRANSLATE_NOOP("Retention", "Approved, destroyed"),
    ListState.REJECTED: QT_TRANSLATE_NOOP("Retention", "Rejected"),
}

# Column headers, translated at display time.
_ITEM_HEADERS = (
    QT_TRANSLATE_NOOP("Retention", "Recorder"), QT_TRANSLATE_NOOP("Retention", "File"),
    QT_TRANSLATE_NOOP("Retention", "Start"), QT_TRANSLATE_NOOP("Retention", "Expires"),
    QT_TRANSLATE_NOOP("Retention", "SHA-256"), QT_TRANSLATE_NOOP("Retention", "Kind"),
)
_HOLD_HEADERS = (
    QT_TRANSLATE_NOOP("Retention", "Reason of the hold"), QT_TRANSLATE_NOOP("Retention", "Placed by"),
    QT_TRANSLATE_NOOP("Retention", "Placed at"), QT_TRANSLATE_NOOP("Retention", "Inspection"),
)
_LIST_HEADERS = (
    QT_TRANSLATE_NOOP("Retention", "No."), QT_TRANSLATE_NOOP("Retention", "State"),
    QT_TRANSLATE_NOOP("Retention", "Proposed by"), QT_TRANSLATE_NOOP("Retention", "Proposed at"),
    QT_TRANSLATE_NOOP("Retention", "Recordings"), QT_TRANSLATE_NOOP("Retention", "Decided by"),
    QT_TRANSLATE_NOOP("Retention", "Decided at"), QT_TRANSLATE_NOOP("Retention", "Note and comment"),
)
_RULE_HEADERS = (
    QT_TRANSLATE_NOOP("Retention", "Kind of recording"), QT_TRANSLATE_NOOP("Retention", "Kept, months"),
    QT_TRANSLATE_NOOP("Retention", "Changed by"), QT_TRANSLATE_NOOP("Retention", "Changed at"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Retention", text)


def kind_label(kind: RetentionKind) -> str:
    return _tr(_KINDS[kind])


def state_label(state: ListState) -> str:
    return _tr(_STATES[state])


class RetentionItemsModel(ObjectTableModel):
    """RetentionItems, checkable in the first column; `held=True` adds the columns of the legal hold."""

    COL_INVENTORY, COL_FILE, COL_START, COL_EXPIRES, COL_HASH, COL_KIND = range(6)
    COL_REASON, COL_PLACED_BY, COL_PLACED_AT, COL_INSPECTION = range(6, 10)

    def __init__(self, timezone: str, names: dict | None = None, held: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.timezone, self.names, self.held = timezone, names or {}, held
        self.checked: set[int] = set()

    def set_items(self, items) -> None:
        ids = {i.recording.id for i in items}
        self.checked &= ids  # what vanished (destroyed, held, proposed) is no longer checked
        super().set_items(items)

    def headers(self) -> list[str]:
        return [_tr(text) for text in (_ITEM_HEADERS + _HOLD_HEADERS if self.held else _ITEM_HEADERS)]

    def cell(self, item, column: int):
        rec = item.recording
        hold = item.holds[0] if item.holds else None
        if column == self.COL_INVENTORY:
            return rec.inventory_number
        if column == self.COL_FILE:
            return rec.source_name
        if column == self.COL_START:
            return format_local(rec.start_utc, self.timezone, "%d.%m.%Y %H:%M:%S")
        if column == self.COL_EXPIRES:
            return format_local(item.expires_at, self.timezone, DAY)
        if column == self.COL_HASH:
            return rec.sha256[:HASH_PREFIX] + "…"
        if column == self.COL_KIND:
            return kind_label(item.kind)
        if hold is None:
            return ""
        if column == self.COL_REASON:
            return "; ".join(h.reason for h in item.holds)
        if column == self.COL_PLACED_BY:
            return self.names.get(hold.placed_by_id, str(hold.placed_by_id))
        if column == self.COL_PLACED_AT:
            return format_local(hold.placed_at, self.timezone, MOMENT)
        if column == self.COL_INSPECTION:
            return "" if hold.inspection_id is None else f"№ {hold.inspection_id}"
        return ""

    def extra_data(self, item, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_HASH:
                return item.recording.sha256
            if column in (self.COL_FILE, self.COL_REASON):
                return self.cell(item, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if item.recording.id in self.checked else Qt.CheckState.Unchecked
        return None

    def flags(self, index: QModelIndex):
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        item = self.item(index.row()) if index.isValid() else None
        if item is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(item.recording.id)
        else:
            self.checked.discard(item.recording.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_checked(self, recording_id: int, checked: bool = True) -> None:
        for row, item in enumerate(self._items):
            if item.recording.id == recording_id:
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                self.setData(self.index(row, 0), state, Qt.ItemDataRole.CheckStateRole)

    def checked_items(self) -> list:
        return [i for i in self._items if i.recording.id in self.checked]


class ListsModel(ObjectTableModel):
    """Destruction lists, newest first: number, state, who proposed and when, how many recordings, decision."""

    COL_NUMBER, COL_STATE, COL_PROPOSED_BY, COL_PROPOSED_AT, COL_COUNT, COL_DECIDED_BY, COL_DECIDED_AT, COL_NOTE = \
        range(8)

    def __init__(self, timezone: str, names: dict | None = None, parent=None) -> None:
        super().__init__(parent)
        self.timezone, self.names = timezone, names or {}

    def headers(self) -> list[str]:
        return [_tr(text) for text in _LIST_HEADERS]

    def cell(self, item, column: int):
        if column == self.COL_NUMBER:
            return str(item.id)
        if column == self.COL_STATE:
            return state_label(item.state)
        if column == self.COL_PROPOSED_BY:
            return self.names.get(item.proposed_by_id, str(item.proposed_by_id))
        if column == self.COL_PROPOSED_AT:
            return format_local(item.proposed_at, self.timezone, MOMENT)
        if column == self.COL_COUNT:
            return str(len(item.recording_ids))
        if column == self.COL_DECIDED_BY:
            return "" if item.decided_by_id is None else self.names.get(item.decided_by_id, str(item.decided_by_id))
        if column == self.COL_DECIDED_AT:
            return format_local(item.decided_at, self.timezone, MOMENT)
        if column == self.COL_NOTE:
            return " / ".join(text for text in (item.note, item.comment) if text)
        return ""

    def extra_data(self, item, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_NOTE:
            return self.cell(item, column)
        return None


class RulesModel(ObjectTableModel):
    """One row per kind of recording: the period in months, who changed it last and when."""

    COL_KIND, COL_MONTHS, COL_CHANGED_BY, COL_CHANGED_AT = range(4)

    def __init__(self, timezone: str, names: dict | None = None, parent=None) -> None:
        super().__init__(parent)
        self.timezone, self.names = timezone, names or {}

    def headers(self) -> list[str]:
        return [_tr(text) for text in _RULE_HEADERS]

    def cell(self, rule, column: int):
        if column == self.COL_KIND:
            return kind_label(rule.kind)
        if column == self.COL_MONTHS:
            return str(rule.months)
        if column == self.COL_CHANGED_BY:
            return "" if rule.changed_by_id is None else self.names.get(rule.changed_by_id, "")
        if column == self.COL_CHANGED_AT:
            return format_local(rule.changed_at, self.timezone, MOMENT)
        return ""


def make_table(model: ObjectTableModel, name: str, stretch: int | None = None) -> QTableView:
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move within it
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)  # a wider table scrolls rather than cut its last column
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setTextElideMode(Qt.TextElideMode.ElideRight)
    return view
