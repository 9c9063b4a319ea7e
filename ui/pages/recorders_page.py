"""Recorders: the register (п.7) with search and status filter, add, edit, change status, and each one's history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from inspector_app.context import AppContext
from inspector_app.domain.recorders import RecorderStatus
from inspector_app.domain.roles import Permission, allows
from inspector_app.domain.users import UserView
from inspector_app.errors import AppError
from ui.dialogs.recorder_dialogs import RecorderDialog, StatusDialog
from ui.labels import status_label
from ui.models.history_table_model import RecorderHistoryTableModel
from ui.models.recorders_table_model import RecordersTableModel
from ui.pages.table_view import make_table, select_row_where, selected_item
from ui.widgets import Retranslatable, emphasize, show_error, text_width


class RecordersPage(Retranslatable, QWidget):
    def __init__(self, ctx: AppContext, user: UserView, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.user = ctx, user
        self.setObjectName("recordersPage")
        self.can_manage = allows(user.role, Permission.MANAGE_RECORDERS)
        tz = ctx.timezone()
        self.model = RecordersTableModel(tz, self)
        self.table, self.proxy = make_table(self.model, "recordersTable")
        self.history_model = RecorderHistoryTableModel(tz, self)
        self.history_table, _ = make_table(self.history_model, "historyTable")

        self.title = QLabel(objectName="pageTitle")
        emphasize(self.title)  # a title: 1.2 times the interface font, whatever its size
        self.search = QLineEdit(objectName="recorderSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.reload)
        self.status_filter = QComboBox(objectName="statusFilter")
        self.status_filter.currentIndexChanged.connect(self.reload)
        self.add_button = QPushButton(objectName="addRecorderButton", clicked=self.add_recorder)
        self.edit_button = QPushButton(objectName="editRecorderButton", clicked=self.edit_recorder)
        self.status_button = QPushButton(objectName="statusRecorderButton", clicked=self.change_status)
        for button in (self.add_button, self.edit_button, self.status_button):
            button.setVisible(self.can_manage)
        self.count_label = QLabel(objectName="recorderCount")
        self.history_title = QLabel()

        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.status_filter, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.status_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.history_title)
        lower_layout.addWidget(self.history_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([420, 200])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(splitter)
        layout.addWidget(self.count_label)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _: self.can_manage and self.edit_recorder())
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Recorders"))
        self.search.setPlaceholderText(self.tr("Search by inventory number, serial or model"))
        index = max(self.status_filter.currentIndex(), 0)
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in RecorderStatus:
            self.status_filter.addItem(status_label(status), status.value)
        self.status_filter.setCurrentIndex(index)
        self.status_filter.blockSignals(False)
        self.add_button.setText(self.tr("Register…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.status_button.setText(self.tr("Change status…"))
        self.history_title.setText(self.tr("History of the selected recorder"))
        self.search.setAccessibleName(self.search.placeholderText())
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.table.setAccessibleName(self.title.text())
        self.history_table.setAccessibleName(self.history_title.text())
        self.model.relabel()
        self.history_model.relabel()
        self._update_count()

    def reload(self) -> None:
        selected = self.selected()
        try:
            status = self.status_filter.currentData()
            items = self.ctx.recorders.list(self.user, RecorderStatus(status) if status else None, self.search.text())
        except AppError as error:
            show_error(self, error)
            return
        self.model.set_items(items)
        self.table.resizeColumnsToContents()
        if selected is not None:
            select_row_where(self.table, lambda r: r.id == selected.id)
        self._update_count()
        self._selection_changed()

    def selected(self):
        return selected_item(self.table)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%Ln recorder(s)", "", self.model.rowCount()))

    def _selection_changed(self, *_args) -> None:
        recorder = self.selected()
        self.edit_button.setEnabled(recorder is not None)
        self.status_button.setEnabled(recorder is not None)
        if recorder is None:
            self.history_model.set_items([])
        else:
            try:
                self.history_model.set_items(self.ctx.recorders.history(self.user, recorder.id))
            except AppError as error:
                show_error(self, error)
        # Also when empty: the default 100 px would cut the headers (on both sides, as they are centred).
        self.history_table.resizeColumnsToContents()
        # A long reason must not push the details out of sight (the full text is in the tooltip).
        reason = RecorderHistoryTableModel.COL_REASON
        self.history_table.setColumnWidth(reason, min(self.history_table.columnWidth(reason), text_width(self.history_table, 48)))

    def add_recorder(self) -> None:
        dialog = RecorderDialog(self.ctx, self.user, parent=self)
        if dialog.exec():
            self.reload()
            select_row_where(self.table, lambda r: r.id == dialog.result_value.id)

    def edit_recorder(self) -> None:
        recorder = self.selected()
        if recorder is not None and RecorderDialog(self.ctx, self.user, recorder, parent=self).exec():
            self.reload()

    def change_status(self) -> None:
        recorder = self.selected()
        if recorder is not None and StatusDialog(self.ctx, self.user, recorder, parent=self).exec():
            self.reload()
