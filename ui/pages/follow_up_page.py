"""The follow-up of prescriptions: every violation with a deadline (an inspector's own, all for the head), due,
overdue or eliminated, with its inspection; "Mark eliminated…" records the day and the proof."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from inspector_app.domain.inspections import FollowUp
from inspector_app.errors import AppError
from inspector_app.timezones import to_local
from ui.dialogs.form_dialog import FormDialog
from ui.dialogs.inspection_fields import date_edit, date_of
from ui.models.inspection_models import FollowUpTableModel, follow_up_label
from ui.pages.table_view import make_table, select_row_where, selected_item
from ui.widgets import Retranslatable, show_error, text_lines_height, text_width


class EliminationDialog(FormDialog):
    """The day a violation was eliminated and what proves it."""

    def __init__(self, ctx, actor, item, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.item = ctx, actor, item
        self.setObjectName("eliminationDialog")
        self.violation_label = QLabel(objectName="eliminatedViolationLabel")
        self.violation_label.setWordWrap(True)
        self.form.addRow(self.violation_label)
        today = to_local(ctx.clock.now(), ctx.timezone()).date()
        self.eliminated_on = self.add_row(date_edit("eliminatedOnEdit", today))
        self.proof = self.add_row(QPlainTextEdit(objectName="proofEdit"))
        self.proof.setMaximumHeight(text_lines_height(self.proof, 5.5))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Mark the violation eliminated"))
        data = self.item.inspection.data
        self.violation_label.setText(self.tr("Violation {0} of the inspection of {1}: {2}").format(
            self.item.violation.number, data.subject_name, self.item.violation.data.description))
        self.set_label(self.eliminated_on, self.tr("Eliminated on"))
        self.set_label(self.proof, self.tr("Proof (a letter, photos, a follow-up visit)"))

    def submit(self):
        return self.ctx.inspections.record_elimination(self.actor, self.item.violation.id,
                                                       date_of(self.eliminated_on), self.proof.toPlainText())


class FollowUpPage(Retranslatable, QWidget):
    def __init__(self, ctx, user, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.user = ctx, user
        self.setObjectName("followUpPage")
        self.model = FollowUpTableModel(self)
        self.table, _ = make_table(self.model, "followUpTable")
        self.table.setWordWrap(False)
        self.state_filter = QComboBox(objectName="followUpFilter")
        self.state_filter.currentIndexChanged.connect(self.reload)
        self.eliminate_button = QPushButton(objectName="markEliminatedButton", clicked=self.mark_eliminated)
        self.refresh_button = QPushButton(objectName="refreshFollowUpButton", clicked=self.reload)
        self.count_label = QLabel(objectName="followUpCount")
        bar = QHBoxLayout()
        bar.addWidget(self.state_filter)
        bar.addStretch()
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.eliminate_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.items = []
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.state_filter.setAccessibleName(self.tr("Deadlines shown"))  # else a screen reader hears the choice only
        index = max(self.state_filter.currentIndex(), 0)
        self.state_filter.blockSignals(True)
        self.state_filter.clear()
        self.state_filter.addItem(self.tr("Due and overdue"), "open")
        for state in FollowUp:
            self.state_filter.addItem(follow_up_label(state), state.value)
        self.state_filter.addItem(self.tr("All"), None)
        self.state_filter.setCurrentIndex(index)
        self.state_filter.blockSignals(False)
        self.eliminate_button.setText(self.tr("Mark eliminated…"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.model.relabel()
        self._update_count()

    def reload(self, *_args) -> None:
        selected = self.selected()
        try:
            self.items = self.ctx.inspections.follow_up(self.user)
        except AppError as error:
            show_error(self, error)
            return
        wanted = self.state_filter.currentData()
        if wanted == "open":
            shown = [i for i in self.items if i.state is not FollowUp.ELIMINATED]
        else:
            shown = [i for i in self.items if wanted is None or i.state.value == wanted]
        self.model.set_items(shown)
        self.table.resizeColumnsToContents()
        for column in (FollowUpTableModel.COL_INSPECTION, FollowUpTableModel.COL_DESCRIPTION):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), text_width(self.table, 40)))
        if selected is not None:
            select_row_where(self.table, lambda i: i.violation.id == selected.violation.id)
        self._update_count()
        self._selection_changed()

    def selected(self):
        return selected_item(self.table)

    def _update_count(self) -> None:
        overdue = sum(1 for i in self.items if i.state is FollowUp.OVERDUE)
        self.count_label.setText(self.tr("%Ln violation(s) shown", "", self.model.rowCount()) + " · "
                                 + self.tr("%Ln overdue", "", overdue))

    def _selection_changed(self, *_args) -> None:
        item = self.selected()
        self.eliminate_button.setEnabled(item is not None and item.state is not FollowUp.ELIMINATED)

    def mark_eliminated(self) -> None:
        item = self.selected()
        if item is None or item.state is FollowUp.ELIMINATED:
            return
        dialog = EliminationDialog(self.ctx, self.user, item, self)
        try:
            if dialog.exec():
                self.reload()
        finally:
            dialog.deleteLater()
