"""A table view set up the way every list in the app wants it: whole rows, one selection, sortable.

Text sorts in the order of the interface language's alphabet (Kazakh: А Ә Б В Г Ғ … Қ … Ң … Ө … Ұ Ү …),
not by character codes, which would put Ә and Қ after Я.
"""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.models.base_table_model import ItemRole, SortRole


class CollatingProxy(QSortFilterProxyModel):
    """Sorts strings with a collator for the current default locale (set by the language switch)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._collator_locale = None
        self._collator = QCollator()

    def lessThan(self, left, right) -> bool:  # noqa: N802 - Qt API
        a, b = left.data(self.sortRole()), right.data(self.sortRole())
        if isinstance(a, str) and isinstance(b, str):
            locale = QLocale()
            if locale.name() != self._collator_locale:
                self._collator = QCollator(locale)
                self._collator.setNumericMode(True)
                self._collator_locale = locale.name()
            return self._collator.compare(a, b) < 0
        return super().lessThan(left, right)


def make_table(model, object_name: str) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = CollatingProxy()
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    view = QTableView(objectName=object_name)
    view.setModel(proxy)
    proxy.setParent(view)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move within it
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    return view, proxy


def selected_item(view: QTableView):
    indexes = view.selectionModel().selectedRows() if view.selectionModel() else []
    return indexes[0].data(ItemRole) if indexes else None


def select_row_where(view: QTableView, predicate) -> bool:
    proxy = view.model()
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if predicate(index.data(ItemRole)):
            view.selectRow(row)
            return True
    return False
