"""Inspections (п.14): an inspector's own inspections (the head sees all), the violations of the selected one with
their evidence, and its acts and prescriptions; a tab with the follow-up of deadlines, and the badge of п.16."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspector_app.errors import AppError
from inspector_app.timezones import to_local
from ui.dialogs.inspection_dialog import InspectionDialog
from ui.dialogs.inspection_fields import inspectors_known
from ui.dialogs.violation_dialog import ViolationDialog
from ui.models.inspection_models import InspectionRow, InspectionsTableModel, ViolationsTableModel
from ui.pages.follow_up_page import FollowUpPage
from ui.pages.inspection_court import CourtActions
from ui.pages.inspection_documents_panel import DocumentsPanel
from ui.pages.table_view import make_table, select_row_where, selected_item
from ui.widgets import Retranslatable, emphasize, show_error, text_width

LIST_LIMIT = 500


class InspectionsPage(Retranslatable, QWidget):
    def __init__(self, ctx, user, jobs=None, parent=None, ncalayer_url: str | None = None, ncalayer_probe=None) -> None:
        super().__init__(parent)
        self.ctx, self.user, self.jobs = ctx, user, jobs
        self.setObjectName("inspectionsPage")
        self.people = inspectors_known(ctx, user)
        self.title = QLabel(objectName="pageTitle")
        emphasize(self.title)  # a title: 1.2 times the interface font, whatever its size
        self.model = InspectionsTableModel(self)
        self.table, _ = make_table(self.model, "inspectionsTable")
        self.new_button = QPushButton(objectName="newInspectionButton", clicked=self.new_inspection)
        self.edit_button = QPushButton(objectName="editInspectionButton", clicked=self.edit_inspection)
        self.badge_button = QPushButton(objectName="printBadgeButton", clicked=self.print_badge)
        self.count_label = QLabel(objectName="inspectionCount")

        self.violations_title = QLabel(objectName="violationsTitle")
        self.violations_model = ViolationsTableModel(self)
        self.violations_table, _ = make_table(self.violations_model, "violationsTable")
        self.violations_table.setWordWrap(False)  # one line a violation; the whole text is in the tooltip
        self.add_violation_button = QPushButton(objectName="addViolationButton", clicked=self.add_violation)
        self.edit_violation_button = QPushButton(objectName="editViolationButton", clicked=self.edit_violation)
        self.remove_violation_button = QPushButton(objectName="removeViolationButton", clicked=self.remove_violation)
        self.documents = DocumentsPanel(ctx, user, jobs, self.people, ncalayer_probe=ncalayer_probe,
                                        **({"ncalayer_url": ncalayer_url} if ncalayer_url else {}))
        self.documents.changed.connect(self._documents_changed)
        self.court = CourtActions(ctx, user, jobs)  # the head's: holds and an evidence package for a court

        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addStretch()
        bar.addWidget(self.badge_button)
        violations = QWidget()
        violations_layout = QVBoxLayout(violations)
        violations_layout.setContentsMargins(0, 0, 0, 0)
        violations_bar = QHBoxLayout()
        for button in (self.add_violation_button, self.edit_violation_button, self.remove_violation_button):
            violations_bar.addWidget(button)
        violations_bar.addStretch()
        violations_layout.addWidget(self.violations_title)
        violations_layout.addLayout(violations_bar)
        violations_layout.addWidget(self.violations_table)
        details = QSplitter(Qt.Orientation.Horizontal)
        details.addWidget(violations)
        details.addWidget(self.documents)
        details.setStretchFactor(1, 1)
        details.setSizes([400, 560])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(details)
        splitter.setSizes([300, 300])
        inspections = QWidget()
        inspections_layout = QVBoxLayout(inspections)
        inspections_layout.setContentsMargins(0, 0, 0, 0)
        inspections_layout.addLayout(bar)
        inspections_layout.addWidget(splitter, 1)
        inspections_layout.addWidget(self.court)
        inspections_layout.addWidget(self.count_label)
        self.follow_up = FollowUpPage(ctx, user)
        self.tabs = QTabWidget(objectName="inspectionsTabs")
        self.tabs.addTab(inspections, "")
        self.tabs.addTab(self.follow_up, "")
        self.tabs.currentChanged.connect(lambda index: index == 1 and self.follow_up.reload())
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _: self.edit_inspection())
        self.violations_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.violations_table.doubleClicked.connect(lambda _: self.edit_violation())
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Inspections"))
        self.tabs.setTabText(0, self.tr("Inspections and acts"))
        self.tabs.setTabText(1, self.tr("Follow-up of prescriptions"))
        self.new_button.setText(self.tr("New…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.badge_button.setText(self.tr("Print the badge…"))
        self.violations_title.setText(self.tr("Violations found"))
        self.add_violation_button.setText(self.tr("Add violation…"))
        self.edit_violation_button.setText(self.tr("Edit…"))
        self.remove_violation_button.setText(self.tr("Remove"))
        self.table.setAccessibleName(self.tabs.tabText(0))
        self.violations_table.setAccessibleName(self.violations_title.text())
        self.follow_up.table.setAccessibleName(self.tabs.tabText(1))
        self.court.retranslate()
        self.model.relabel()
        self.violations_model.relabel()
        self._update_count()

    # the list
    def reload(self) -> None:
        selected = self.selected()
        try:
            inspections = self.ctx.inspections.list(self.user, 0, LIST_LIMIT)
            counts = self.ctx.documents.counts(self.user, inspections)  # one query, not one per inspection
            rows = [InspectionRow(i, self._name(i.data.lead_inspector_id), counts.get(i.id, 0)) for i in inspections]
        except AppError as error:
            show_error(self, error)
            return
        self.model.set_items(rows)
        self.table.resizeColumnsToContents()
        for column in (InspectionsTableModel.COL_SUBJECT, InspectionsTableModel.COL_FACILITY):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), text_width(self.table, 44)))
        if selected is not None:
            select_row_where(self.table, lambda r: r.id == selected.id)
        self._update_count()
        self._selection_changed()

    def _name(self, user_id) -> str:
        return self.people.get(user_id, (f"#{user_id}", ""))[0]

    def selected(self):
        row = selected_item(self.table)
        return row.inspection if row is not None else None

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%Ln inspection(s)", "", self.model.rowCount()))

    def _selection_changed(self, *_args) -> None:
        inspection = self.selected()
        self.documents.set_inspection(inspection)
        self.court.show_inspection(inspection)
        self._reload_violations()

    def _reload_violations(self) -> None:
        inspection = self.selected()
        items = []
        if inspection is not None:
            try:
                today = to_local(self.ctx.clock.now(), self.ctx.timezone()).date()
                items = [(v, v.follow_up(today)) for v in self.ctx.inspections.violations(self.user, inspection.id)]
            except AppError as error:
                show_error(self, error)
        self.violations_model.set_items(items)
        self.violations_table.resizeColumnsToContents()
        column = ViolationsTableModel.COL_DESCRIPTION
        self.violations_table.setColumnWidth(column, min(self.violations_table.columnWidth(column), text_width(self.violations_table, 30)))
        self._update_buttons()

    def selected_violation(self):
        item = selected_item(self.violations_table)
        return item[0] if item is not None else None

    def _update_buttons(self, *_args) -> None:
        has_inspection = self.selected() is not None
        self.edit_button.setEnabled(has_inspection)
        self.add_violation_button.setEnabled(has_inspection)
        has_violation = self.selected_violation() is not None
        self.edit_violation_button.setEnabled(has_violation)
        self.remove_violation_button.setEnabled(has_violation)

    def _documents_changed(self) -> None:
        inspection = self.selected()
        self.reload()
        if inspection is not None:
            select_row_where(self.table, lambda r: r.id == inspection.id)

    # inspections
    def new_inspection(self) -> None:
        dialog = InspectionDialog(self.ctx, self.user, parent=self)
        try:
            if dialog.exec():
                created = dialog.result_value
                self.reload()
                select_row_where(self.table, lambda r: r.id == created.id)
        finally:
            dialog.deleteLater()

    def edit_inspection(self) -> None:
        inspection = self.selected()
        if inspection is None:
            return
        dialog = InspectionDialog(self.ctx, self.user, inspection, parent=self)
        try:
            if dialog.exec():
                self.reload()
        finally:
            dialog.deleteLater()

    # violations
    def add_violation(self) -> None:
        self._violation_dialog(None)

    def edit_violation(self) -> None:
        violation = self.selected_violation()
        if violation is not None:
            self._violation_dialog(violation)

    def _violation_dialog(self, violation) -> None:
        inspection = self.selected()
        if inspection is None:
            return
        dialog = ViolationDialog(self.ctx, self.user, inspection, violation, parent=self)
        try:
            if dialog.exec():
                self._reload_violations()
                saved = dialog.result_value
                select_row_where(self.violations_table, lambda item: item[0].id == saved.id)
                self.follow_up.reload()
        finally:
            dialog.deleteLater()

    def remove_violation(self) -> None:
        violation = self.selected_violation()
        if violation is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove the violation"),
                                      self.tr("Remove violation {0}?").format(violation.number))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ctx.inspections.remove_violation(self.user, violation.id)
        except AppError as error:
            show_error(self, error)
            return
        self._reload_violations()
        self.follow_up.reload()

    # the badge (п.16)
    def print_badge(self) -> None:
        from inspector_app.documents.badge import write_badge
        from ui.dialogs.document_dialogs import BadgeDialog

        dialog = BadgeDialog(parent=self)
        try:
            if not dialog.exec():
                return
            langs = dialog.result_value
        finally:
            dialog.deleteLater()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"badge-{'-'.join(langs)}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the badges as"), suggested,
                                              self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        path = path if path.lower().endswith(".pdf") else f"{path}.pdf"
        try:
            write_badge(Path(path), langs)
        except AppError as error:
            show_error(self, error)
            return
        self.documents.status.setText(self.tr("Badges saved to {0}").format(path))
