"""The journal of issue and return (Appendix 1 of order No. 444) as a lazy table: the seven columns of the form.

A journal grows to 100,000 entries and more, so the model never holds it all: it knows the total from
`count()` and asks the service for the page of about 200 rows that a requested row falls in
(`rows(actor, filter, offset, limit)`), keeping the last few pages in a small cache. The view sees the
full row count at once (the scroll bar is true to size) and only the pages it paints are read.
Sorting is the service's (newest first): no sort proxy may sit on top, as it would read every row.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QFont

from inspector_app.domain.journal import EntryKind, JournalFilter, JournalRow, RowState
from ui.formats import format_local
from ui.labels import remark_kind_label, row_state_label
from ui.models.base_table_model import ItemRole
from ui.models.paged_table_model import PagedTableModel


StrokesRole = Qt.ItemDataRole.UserRole + 3  # the drawn signature of columns 4 and 5, for the delegate

STRUCK_COLOUR = QColor("#8a8f98")
MUTED_COLOUR = QColor("#8a8f98")
OVERDUE_COLOUR = QColor("#b00020")
FAULT_COLOUR = QColor("#a15c00")

# The headers of Appendix 1, English sources; Kazakh and Russian come from the translation files.
HEADERS = (
    QT_TRANSLATE_NOOP("JournalTableModel", "No."),
    QT_TRANSLATE_NOOP("JournalTableModel", "Recorder inventory number"),
    QT_TRANSLATE_NOOP("JournalTableModel", "Full name of the user"),
    QT_TRANSLATE_NOOP("JournalTableModel", "Date, time and signature of receipt"),
    QT_TRANSLATE_NOOP("JournalTableModel", "Date, time and signature of return"),
    QT_TRANSLATE_NOOP("JournalTableModel", "Date and time the data was stored"),
    QT_TRANSLATE_NOOP("JournalTableModel", "Remarks"),
)


class JournalTableModel(PagedTableModel):
    COL_NUMBER, COL_INVENTORY, COL_USER, COL_RECEIPT, COL_RETURN, COL_STORED, COL_REMARKS = range(7)
    CACHED_PAGES = 30  # about 6,000 rows: a few screens either way of where the user looks
    WHAT = "journal"

    def __init__(self, journal, actor, timezone: str = "Asia/Almaty", page_size: int = PagedTableModel.PAGE_SIZE,
                 parent=None) -> None:
        super().__init__(JournalFilter(), page_size, parent)
        self.journal, self.actor, self.timezone = journal, actor, timezone
        self._overdue_before: datetime | None = None

    def fetch_count(self, flt: JournalFilter) -> int:
        return self.journal.count(self.actor, flt)

    def counted(self) -> None:
        self._overdue_before = self.journal.overdue_filter().overdue_before

    def fetch_page(self, flt: JournalFilter, offset: int, limit: int) -> list[JournalRow]:
        return self.journal.rows(self.actor, flt, offset, limit)

    def header_count(self) -> int:
        return len(HEADERS)

    def row(self, row: int) -> JournalRow | None:
        """The journal row at `row`, reading its page when it is not cached."""
        return self.item_at(row)

    def cached_row_of(self, entry_id: int) -> int:
        """The row of entry `entry_id` among the pages read so far, or -1."""
        for number, page in self.cached_pages():
            for offset, item in enumerate(page):
                if item.entry.id == entry_id:
                    return number * self.page_size + offset
        return -1

    def row_of(self, entry_id: int, max_pages: int = 5, near_row: int = 0) -> int:
        """The row of entry `entry_id`, reading at most `max_pages` pages around `near_row`; -1 if not found."""
        found = self.cached_row_of(entry_id)
        if found >= 0:
            return found
        pages = self.pages()
        start = min(max(near_row, 0) // self.page_size, pages - 1)
        order = [start]
        for step in range(1, pages):
            order += [p for p in (start - step, start + step) if 0 <= p < pages]
            if len(order) >= max_pages:
                break
        for number in order[:max_pages]:
            for offset, item in enumerate(self._page(number)):
                if item.entry.id == entry_id:
                    return number * self.page_size + offset
        return -1

    # cells
    def is_overdue(self, item: JournalRow) -> bool:
        return (item.state is RowState.OPEN and self._overdue_before is not None
                and item.entry.at < self._overdue_before)

    def cell(self, item: JournalRow, column: int) -> str:
        entry, state = item.entry, item.state
        if column == self.COL_NUMBER:
            return str(entry.number)
        if column == self.COL_INVENTORY:
            return entry.inventory_number
        if column == self.COL_USER:
            return entry.user_full_name
        if column == self.COL_RECEIPT:
            return format_local(entry.at, self.timezone)
        if column == self.COL_RETURN:
            if item.returned is not None:
                return format_local(item.returned.returned_at, self.timezone)
            if entry.kind is EntryKind.ISSUE and item.strike is None:
                return self.tr("not returned")
            return ""
        if column == self.COL_STORED:
            if item.stored is not None:
                return format_local(item.stored.stored_at, self.timezone)
            if state is RowState.RETURNED_NOT_STORED:
                return row_state_label(state)
            return ""
        if column == self.COL_REMARKS:
            return "; ".join(self._remark_lines(item))
        return ""

    def _remark_lines(self, item: JournalRow) -> list[str]:
        lines = []
        if item.strike is not None:
            lines.append(self.tr("Struck through: {0}").format(item.strike.reason))
        if item.returned is not None and item.returned.condition:
            lines.append(item.returned.condition)
        lines += [f"{remark_kind_label(r.kind)}: {r.text}" for r in item.remarks]
        return lines

    def _foreground(self, item: JournalRow, column: int) -> QColor | None:
        state = item.state
        if state is RowState.STRUCK:
            return STRUCK_COLOUR
        if self.is_overdue(item):
            return OVERDUE_COLOUR
        if column == self.COL_STORED and state is RowState.RETURNED_NOT_STORED:
            return MUTED_COLOUR
        if state is RowState.FAULT and column == self.COL_REMARKS:
            return FAULT_COLOUR
        return None

    # Qt API
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        if role not in _ROLES:
            return None
        item = self.row(index.row())
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(item, column)
        if role == ItemRole:
            return item
        if role == StrokesRole:
            if column == self.COL_RECEIPT:
                return item.receipt_strokes
            if column == self.COL_RETURN:
                return item.return_strokes
            return None
        if role == Qt.ItemDataRole.FontRole:
            if item.strike is None:
                return None
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_NUMBER:
                return self.tr("Volume {0}, entry {1}").format(item.volume_number, item.entry.number)
            if column == self.COL_REMARKS:
                return "\n".join(self._remark_lines(item)) or None
            if column == self.COL_RETURN and self.is_overdue(item):
                return self.tr("Overdue: not returned in time")
            if column in (self.COL_USER, self.COL_STORED):  # may be wider than their columns
                return self.cell(item, column) or None
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_NUMBER:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return super().headerData(section, orientation, role)


_ROLES = {Qt.ItemDataRole.DisplayRole, ItemRole, StrokesRole, Qt.ItemDataRole.FontRole,
          Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole}
