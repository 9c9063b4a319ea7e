"""A read-only table model over a list of plain objects; subclasses name the columns and cell texts.

Headers and cell texts are produced at display time, so a language change only needs `relabel()`.
"""

from __future__ import annotations

from typing import Any, Generic, Sequence, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

T = TypeVar("T")

ItemRole = Qt.ItemDataRole.UserRole + 1   # the whole object of the row
SortRole = Qt.ItemDataRole.UserRole + 2   # a value to sort by


class ObjectTableModel(QAbstractTableModel, Generic[T]):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[T] = []

    # subclasses implement these
    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, item: T, column: int) -> Any:
        raise NotImplementedError

    def sort_key(self, item: T, column: int) -> Any:
        return self.cell(item, column)

    # data
    def set_items(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[T]:
        return list(self._items)

    def item(self, row: int) -> T | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def relabel(self) -> None:
        """Texts changed (a language switch): repaint headers and cells."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(self.columnCount() - 1, 0))
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, self.columnCount() - 1))

    # Qt API
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.cell(item, index.column())
            return "" if value is None else str(value)
        if role == ItemRole:
            return item
        if role == SortRole:
            return self.sort_key(item, index.column())
        return self.extra_data(item, index.column(), role)

    def extra_data(self, item: T, column: int, role: int) -> Any:
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return super().headerData(section, orientation, role)
