"""A table view set up the way every list in the app wants it: whole rows, one selection, sortable."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.models.base_table_model import ItemRole, SortRole


def make_table(model, object_name: str) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    view = QTableView(objectName=object_name)
    view.setModel(proxy)
    proxy.setParent(view)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
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
