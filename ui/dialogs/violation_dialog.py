"""A violation found in an inspection: the requirement breached (from the unit's catalogue), what and where, the
deadline to eliminate it, and the evidence (п.14).

The evidence is ticked in a list of the recordings of the inspection's journal issues, by their metadata only
(file name, recorder, start time in the unit's zone, SHA-256), with the bookmarks and stills made on them as
sub-items: no picture is ever shown here (an inspector has no access to footage, п.13).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
)

from inspector_app.domain.inspections import EvidenceRef, Inspection, Violation, ViolationInput
from inspector_app.errors import AppError
from ui.formats import format_local
from ui.dialogs.form_dialog import FormDialog
from ui.dialogs.inspection_fields import date_edit, date_of
from ui.models.inspection_models import catalogue_language
from ui.widgets import text_lines_height

EvidenceRole = Qt.ItemDataRole.UserRole + 1


def _position(ms: int) -> str:
    seconds = ms // 1000
    return f"{seconds // 3600:d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class ViolationDialog(FormDialog):
    """Add a violation to `inspection` (violation None) or change one."""

    def __init__(self, ctx, actor, inspection: Inspection, violation: Violation | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.inspection, self.violation = ctx, actor, inspection, violation
        self.setObjectName("violationDialog")
        self.setMinimumWidth(760)
        self.timezone = ctx.timezone()
        self.search = self.add_row(QLineEdit(objectName="catalogueSearch"))
        self.search.setClearButtonEnabled(True)
        self.requirements = self.add_row(QListWidget(objectName="requirementList"))
        self.requirements.setMinimumHeight(text_lines_height(self.requirements, 6.5))
        self.requirements.setWordWrap(True)
        self.description = self.add_row(QPlainTextEdit(objectName="violationDescriptionEdit"))
        self.description.setMaximumHeight(text_lines_height(self.description, 4))
        self.place = self.add_row(QLineEdit(objectName="violationPlaceEdit"))
        self.has_deadline = self.add_row(QCheckBox(objectName="deadlineCheck"))
        self.has_deadline.setChecked(True)
        period_to = inspection.data.period_to
        self.deadline = self.add_row(date_edit("deadlineEdit", period_to))
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self.evidence = self.add_row(QTreeWidget(objectName="evidenceTree"))
        self.evidence.setMinimumHeight(text_lines_height(self.evidence, 8.5))
        self.evidence.setColumnCount(4)
        self.code = violation.data.requirement_code if violation else ""
        if violation is not None:
            self.description.setPlainText(violation.data.description)
            self.place.setText(violation.data.place)
            if violation.data.deadline is None:
                self.has_deadline.setChecked(False)
            else:
                d = violation.data.deadline
                self.deadline.setDate(QDate(d.year, d.month, d.day))
        self._fill_evidence(set(violation.data.evidence) if violation else set())
        self.search.textChanged.connect(self._search)
        self.requirements.currentItemChanged.connect(self._picked)
        self.retranslate()
        self._search()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change the violation") if self.violation else self.tr("Add a violation"))
        self.set_label(self.search, self.tr("Find a requirement"))
        self.search.setPlaceholderText(self.tr("Code, act or words of the requirement"))
        self.set_label(self.requirements, self.tr("Requirement breached"))
        self.set_label(self.description, self.tr("Description"))
        self.set_label(self.place, self.tr("Where"))
        self.set_label(self.has_deadline, self.tr("Deadline"))
        self.has_deadline.setText(self.tr("Set a deadline to eliminate it"))
        self.set_label(self.deadline, self.tr("Eliminate by"))
        self.set_label(self.evidence, self.tr("Evidence"))
        self.evidence.setHeaderLabels([self.tr("Recording"), self.tr("Recorder"), self.tr("Start"), "SHA-256"])
        metrics = self.evidence.header().fontMetrics()
        for column in range(4):  # the contents or the header's title, whichever is wider
            self.evidence.resizeColumnToContents(column)
            title = metrics.horizontalAdvance(self.evidence.headerItem().text(column)) + 24
            self.evidence.setColumnWidth(column, max(self.evidence.columnWidth(column), title))

    # the catalogue
    def _search(self, *_args) -> None:
        lang = catalogue_language()
        try:
            found = self.ctx.catalogue.list(self.actor, self.search.text().strip(), 200)
        except AppError as error:
            self.error_label.show_error(error)
            return
        self.requirements.blockSignals(True)
        self.requirements.clear()
        for requirement in found:
            clause = requirement.text("requirement", lang) if requirement.clause else ""
            text = f"{requirement.code} — {requirement.text('title', lang)}"
            item = QListWidgetItem(text + (f"\n{clause}" if clause else ""))
            item.setData(Qt.ItemDataRole.UserRole, requirement.code)
            item.setToolTip(text)
            self.requirements.addItem(item)
            if requirement.code == self.code:
                self.requirements.setCurrentItem(item)
        self.requirements.blockSignals(False)

    def _picked(self, current, _previous=None) -> None:
        if current is not None:
            self.code = current.data(Qt.ItemDataRole.UserRole)

    # evidence
    def _fill_evidence(self, chosen: set[EvidenceRef]) -> None:
        try:
            candidates = self.ctx.inspections.evidence_candidates(self.actor, self.inspection.id)
        except AppError as error:
            self.error_label.show_error(error)
            return
        for candidate in candidates:
            rec = candidate.recording
            top = QTreeWidgetItem([rec.source_name.rsplit("/", 1)[-1], rec.inventory_number,
                                   format_local(rec.start_utc, self.timezone, "%d.%m.%Y %H:%M:%S"),
                                   rec.sha256[:16] + "…"])
            top.setToolTip(0, rec.source_name)
            top.setToolTip(3, rec.sha256)
            self._checkable(top, EvidenceRef(rec.id), chosen)
            for mark in candidate.bookmarks:
                span = _position(mark.start_ms) + (f"–{_position(mark.end_ms)}" if mark.end_ms is not None else "")
                child = QTreeWidgetItem([self.tr("Bookmark {0}: {1}").format(span, mark.note)])
                child.setToolTip(0, mark.note)
                self._checkable(child, EvidenceRef(rec.id, mark.id), chosen)
                top.addChild(child)
            for still in candidate.stills:
                child = QTreeWidgetItem([self.tr("Still at {0}").format(_position(still.position_ms))
                                         + f" · SHA-256 {still.png_sha256[:16]}…"])
                child.setToolTip(0, still.png_sha256)
                self._checkable(child, EvidenceRef(rec.id, still_sha256=still.png_sha256,
                                                   still_position_ms=still.position_ms), chosen)
                top.addChild(child)
            self.evidence.addTopLevelItem(top)
            for index in range(top.childCount()):  # a note runs across the columns, not widening the first
                top.child(index).setFirstColumnSpanned(True)
            top.setExpanded(True)
        if not candidates:
            self.evidence.addTopLevelItem(QTreeWidgetItem([self.tr("No recordings: link the journal issues of the "
                                                                   "visit to the inspection first")]))

    @staticmethod
    def _checkable(item: QTreeWidgetItem, ref: EvidenceRef, chosen: set[EvidenceRef]) -> None:
        item.setData(0, EvidenceRole, ref)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if ref in chosen else Qt.CheckState.Unchecked)

    def evidence_items(self) -> list[QTreeWidgetItem]:
        items = []
        for index in range(self.evidence.topLevelItemCount()):
            top = self.evidence.topLevelItem(index)
            items.append(top)
            items += [top.child(i) for i in range(top.childCount())]
        return [item for item in items if item.data(0, EvidenceRole) is not None]

    def chosen_evidence(self) -> tuple[EvidenceRef, ...]:
        return tuple(item.data(0, EvidenceRole) for item in self.evidence_items()
                     if item.checkState(0) == Qt.CheckState.Checked)

    def value(self) -> ViolationInput:
        return ViolationInput(self.code, self.description.toPlainText(),
                              date_of(self.deadline) if self.has_deadline.isChecked() else None,
                              self.place.text(), self.chosen_evidence())

    def submit(self) -> Violation:
        if self.violation is None:
            return self.ctx.inspections.add_violation(self.actor, self.inspection.id, self.value())
        return self.ctx.inspections.update_violation(self.actor, self.violation.id, self.value())
