"""A lazy table over a service that counts and pages (the journal, the recordings, the audit trail).

The model never holds all rows: it knows the total from the service's count for the current filter
and reads the page a requested row falls in, keeping the last `CACHED_PAGES` pages. The order is the
service's; no sort proxy may sit on top, as it would read every row. Subclasses say how to count and
fetch (`fetch_count`, `fetch_page`) and what a cell shows; a failed read is an empty page and a
`load_failed` message, never an exception in the view.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from inspector_app.errors import AppError

logger = logging.getLogger(__name__)


class PagedTableModel(QAbstractTableModel):
    PAGE_SIZE = 200
    CACHED_PAGES = 30
    WHAT = "rows"  # for the log

    load_failed = Signal(str)

    def __init__(self, initial_filter, page_size: int = PAGE_SIZE, parent=None) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._filter = initial_filter
        self._total = 0
        self._pages: OrderedDict[int, list] = OrderedDict()
        self.pages_loaded = 0  # pages read since the model was made (a figure for tests)

    # what subclasses provide
    def fetch_count(self, flt) -> int:
        raise NotImplementedError

    def fetch_page(self, flt, offset: int, limit: int) -> list:
        raise NotImplementedError

    def header_count(self) -> int:
        raise NotImplementedError

    def counted(self) -> None:
        """Called after a successful count in `reload` (e.g. to read a limit the cells depend on)."""

    def forgotten(self, items: list | None) -> None:
        """A page left the cache (`items`), or every page did (None): drop what was derived from it."""

    # the rows
    def filter(self):
        return self._filter

    def set_filter(self, flt) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Forget the cached pages and count again (after a change, or a new filter)."""
        self.beginResetModel()
        self._pages.clear()
        self.forgotten(None)
        try:
            self._total = self.fetch_count(self._filter)
            self.counted()
        except AppError as error:
            logger.warning("%s count failed: %s", self.WHAT, error)
            self._total = 0
            self.load_failed.emit(str(error))
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def item_at(self, row: int):
        """The item at `row`, reading its page when it is not cached; None outside the rows."""
        if not 0 <= row < self._total:
            return None
        page = self._page(row // self.page_size)
        offset = row % self.page_size
        return page[offset] if offset < len(page) else None

    def cached_pages(self) -> list[tuple[int, list]]:
        return list(self._pages.items())

    def pages(self) -> int:
        return max(1, -(-self._total // self.page_size))

    def _page(self, number: int) -> list:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        try:
            page = self.fetch_page(self._filter, number * self.page_size, self.page_size)
        except AppError as error:
            logger.warning("%s page %s failed: %s", self.WHAT, number, error)
            self.load_failed.emit(str(error))
            page = []
        self.pages_loaded += 1
        self._pages[number] = page
        while len(self._pages) > self.CACHED_PAGES:
            _, dropped = self._pages.popitem(last=False)
            self.forgotten(dropped)
        return page

    def relabel(self) -> None:
        """Texts changed (a language switch): repaint headers and cells."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._total:
            self.dataChanged.emit(self.index(0, 0), self.index(self._total - 1, self.columnCount() - 1))

    # Qt API
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.header_count()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # overridden
        return None
