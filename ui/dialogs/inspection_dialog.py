"""The form of an inspection: the subject of control and its facility, the basis and the team, the findings, and
the journal issues of the recorders taken on the visit (their recordings become the evidence, п.14).

Every field of `InspectionInput` is here, on three tabs. The lead inspector and the members are chosen from
the active inspectors; the issues offered are the journal's issues to the inspectors chosen. The service
checks everything (the BIN/IIN above all): a refusal is shown under the form and nothing is saved.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from inspector_app.domain.inspections import ControlKind, Inspection, InspectionInput
from inspector_app.domain.journal import EntryKind, JournalFilter
from inspector_app.errors import AppError
from ui.formats import format_local
from ui.dialogs.form_dialog import FormDialog
from ui.dialogs.inspection_fields import date_edit, date_of, inspectors_known
from ui.models.inspection_models import control_kind_label
from ui.widgets import form_row, text_lines_height


class InspectionDialog(FormDialog):
    """A new inspection (inspection None) or a change of one."""

    def __init__(self, ctx, actor, inspection: Inspection | None = None, parent=None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.inspection = ctx, actor, inspection
        self.setObjectName("inspectionDialog")
        self.setMinimumWidth(720)
        self.timezone = ctx.timezone()
        self.people = inspectors_known(ctx, actor)
        data = inspection.data if inspection is not None else None
        for person_id in (data.inspector_ids if data else ()):
            self.people.setdefault(person_id, (f"#{person_id}", ""))
        today = today or ctx.clock.now().date()
        self.tabs = QTabWidget(objectName="inspectionTabs")
        self.tabs.setUsesScrollButtons(False)  # every tab's title in sight, in Kazakh too
        self.layout().insertWidget(0, self.tabs)
        self.forms = [QFormLayout(), QFormLayout(), QFormLayout()]
        for form in self.forms:
            page = QWidget()
            page.setLayout(form)
            self.tabs.addTab(page, "")
        subject, team, findings = self.forms
        findings.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # long texts: labels above, full width
        line = lambda name, form=subject: self._row(form, QLineEdit(objectName=name))  # noqa: E731
        self.subject_name = line("subjectNameEdit")
        self.bin_iin = line("binIinEdit")
        self.bin_iin.setMaxLength(20)
        self.subject_address = line("subjectAddressEdit")
        self.facility_name = line("facilityNameEdit")
        self.facility_kind = line("facilityKindEdit")
        self.facility_address = line("facilityAddressEdit")
        self.facility_registration = line("facilityRegistrationEdit")
        self.representative_name = line("representativeNameEdit")
        self.representative_position = line("representativePositionEdit")

        self.control_kind = self._row(team, QComboBox(objectName="controlKindCombo"))
        self.basis_number = line("basisNumberEdit", team)
        self.basis_date = self._row(team, date_edit("basisDateEdit", today))
        self.basis_registration = line("basisRegistrationEdit", team)
        self.basis_registered = self._row(team, QCheckBox(objectName="basisRegisteredCheck"))
        self.basis_registered_on = self._row(team, date_edit("basisRegisteredOnEdit", today))
        self.basis_registered.toggled.connect(self.basis_registered_on.setEnabled)
        self.period_from = self._row(team, date_edit("periodFromEdit", today))
        self.period_to = self._row(team, date_edit("periodToEdit", today))
        self.lead = self._row(team, QComboBox(objectName="leadCombo"))
        for person_id, (name, _position) in sorted(self.people.items(), key=lambda p: p[1][0]):
            self.lead.addItem(name, person_id)
        self.members = self._row(team, QListWidget(objectName="membersList"))
        self.members.setMaximumHeight(text_lines_height(self.members, 5))
        self.place = line("placeEdit", team)

        self.findings = self._row(findings, QPlainTextEdit(objectName="findingsEdit"))
        self.findings.setMinimumHeight(text_lines_height(self.findings, 6))
        self.entries = self._row(findings, QListWidget(objectName="entriesList"))
        self.entries.setMinimumHeight(text_lines_height(self.entries, 6))
        self.no_entries = QLabel(objectName="noEntriesLabel")
        self.no_entries.setWordWrap(True)
        findings.addRow(self.no_entries)
        self.follows = self._row(findings, QListWidget(objectName="followsList"))
        self.follows.setMaximumHeight(text_lines_height(self.follows, 5))
        self._fill_follows(set(data.follows_violation_ids) if data else set())

        self._fill(data)
        self.lead.currentIndexChanged.connect(self._team_changed)
        self.members.itemChanged.connect(self._team_changed)
        self.retranslate()

    def _row(self, form: QFormLayout, widget: QWidget) -> QWidget:
        return form_row(form, widget)

    def _label(self, widget: QWidget, text: str) -> None:
        for form in self.forms:
            label = form.labelForField(widget)
            if label is not None:
                label.setText(text)

    def _fill(self, data: InspectionInput | None) -> None:
        for kind in ControlKind:
            self.control_kind.addItem("", kind.value)
        lead_id = data.lead_inspector_id if data else self.actor.id
        self.lead.setCurrentIndex(max(self.lead.findData(lead_id), 0))
        for person_id, (name, _position) in sorted(self.people.items(), key=lambda p: p[1][0]):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if data and person_id in data.member_ids
                               else Qt.CheckState.Unchecked)
            self.members.addItem(item)
        self.basis_registered_on.setEnabled(False)
        if data is None:
            self._team_changed()
            return
        for widget, value in ((self.subject_name, data.subject_name), (self.bin_iin, data.subject_bin_iin),
                              (self.subject_address, data.subject_address), (self.facility_name, data.facility_name),
                              (self.facility_kind, data.facility_kind), (self.facility_address, data.facility_address),
                              (self.facility_registration, data.facility_registration),
                              (self.representative_name, data.representative_name),
                              (self.representative_position, data.representative_position),
                              (self.basis_number, data.basis_number),
                              (self.basis_registration, data.basis_registration),
                              (self.place, data.place)):
            widget.setText(value)
        self.control_kind.setCurrentIndex(max(self.control_kind.findData(ControlKind(data.control_kind).value), 0))
        for edit, value in ((self.basis_date, data.basis_date), (self.period_from, data.period_from),
                            (self.period_to, data.period_to)):
            edit.setDate(QDate(value.year, value.month, value.day))
        if data.basis_registered_on is not None:
            self.basis_registered.setChecked(True)
            on = data.basis_registered_on
            self.basis_registered_on.setDate(QDate(on.year, on.month, on.day))
        self.findings.setPlainText(data.findings)
        self._team_changed(checked=set(data.entry_ids))

    def team_ids(self) -> tuple[int, ...]:
        lead = self.lead.currentData()
        members = [self.members.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.members.count())
                   if self.members.item(i).checkState() == Qt.CheckState.Checked]
        return tuple(dict.fromkeys(([lead] if lead is not None else []) + members))

    def _team_changed(self, *_args, checked: set[int] | None = None) -> None:
        """Offer the journal issues of the inspectors chosen, keeping the ones already ticked."""
        if checked is None:
            checked = set(self.entry_ids())
        lead = self.lead.currentData()
        self.members.blockSignals(True)
        for index in range(self.members.count()):  # the lead is not also one of the others
            item = self.members.item(index)
            item.setHidden(item.data(Qt.ItemDataRole.UserRole) == lead)
            if item.isHidden():
                item.setCheckState(Qt.CheckState.Unchecked)
        self.members.blockSignals(False)
        self.entries.blockSignals(True)
        self.entries.clear()
        rows = []
        for person_id in self.team_ids():
            try:
                rows += self.ctx.journal.rows(self.actor, JournalFilter(user_id=person_id), 0, 500)
            except AppError as error:
                self.error_label.show_error(error)
        for row in sorted(rows, key=lambda r: r.entry.at, reverse=True):
            entry = row.entry
            if entry.kind is not EntryKind.ISSUE or row.strike is not None:
                continue
            text = f"№ {entry.number} · {entry.inventory_number} · {format_local(entry.at, self.timezone)} · " \
                   f"{entry.user_full_name}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if entry.id in checked else Qt.CheckState.Unchecked)
            self.entries.addItem(item)
        self.entries.blockSignals(False)
        self.no_entries.setVisible(self.entries.count() == 0)

    def entry_ids(self) -> tuple[int, ...]:
        return tuple(self.entries.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.entries.count())
                     if self.entries.item(i).checkState() == Qt.CheckState.Checked)

    def _fill_follows(self, chosen: set[int]) -> None:
        """A follow-up visit checks violations of earlier prescriptions: those not yet eliminated are offered."""
        try:
            items = self.ctx.inspections.follow_up(self.actor)
        except AppError as error:
            self.error_label.show_error(error)
            items = []
        own_id = self.inspection.id if self.inspection else None
        self.kept_follows = chosen - {f.violation.id for f in items}  # e.g. one without a deadline: kept as it was
        for follow in items:
            violation, data = follow.violation, follow.inspection.data
            if violation.inspection_id == own_id or (violation.elimination and violation.id not in chosen):
                continue
            item = QListWidgetItem(f"{data.subject_name} · {data.subject_bin_iin} · № {violation.number}: "
                                   f"{violation.data.description}")
            item.setData(Qt.ItemDataRole.UserRole, violation.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if violation.id in chosen else Qt.CheckState.Unchecked)
            self.follows.addItem(item)
        self.follows.setVisible(self.follows.count() > 0)
        label = self.forms[2].labelForField(self.follows)
        if label is not None:
            label.setVisible(self.follows.count() > 0)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change the inspection") if self.inspection else self.tr("New inspection"))
        for index, title in enumerate((self.tr("Subject and facility"), self.tr("Basis and inspectors"),
                                       self.tr("Findings and recorders"))):
            self.tabs.setTabText(index, title)
        for index, kind in enumerate(ControlKind):
            self.control_kind.setItemText(index, control_kind_label(kind))
        for widget, text in (
                (self.subject_name, self.tr("Subject of control")), (self.bin_iin, self.tr("BIN/IIN")),
                (self.subject_address, self.tr("Legal address")),
                (self.facility_name, self.tr("Hazardous production facility")),
                (self.facility_kind, self.tr("Type of facility")), (self.facility_address, self.tr("Facility address")),
                (self.facility_registration, self.tr("Registration number of the facility")),
                (self.representative_name, self.tr("Representative of the subject")),
                (self.representative_position, self.tr("Representative's position")),
                (self.control_kind, self.tr("Kind of control")),
                (self.basis_number, self.tr("Act of appointment: number")),
                (self.basis_date, self.tr("Act of appointment: date")),
                (self.basis_registration, self.tr("Registration of the act (legal statistics)")),
                (self.basis_registered, self.tr("Registered")), (self.basis_registered_on, self.tr("Registered on")),
                (self.period_from, self.tr("Inspection from")), (self.period_to, self.tr("Inspection to")),
                (self.lead, self.tr("Lead inspector")), (self.members, self.tr("Other inspectors")),
                (self.place, self.tr("Place of drawing up")), (self.findings, self.tr("Findings")),
                (self.entries, self.tr("Recorders taken (journal issues)")),
                (self.follows, self.tr("Violations of earlier prescriptions this visit checks"))):
            self._label(widget, text)
        self.basis_registered.setText(self.tr("The act of appointment is registered"))
        self.no_entries.setText(self.tr("The journal has no issue of a recorder to the inspectors chosen."))

    def value(self) -> InspectionInput:
        lead = self.lead.currentData()
        return InspectionInput(
            subject_name=self.subject_name.text(), subject_bin_iin=self.bin_iin.text(),
            control_kind=ControlKind(self.control_kind.currentData()), basis_number=self.basis_number.text(),
            basis_date=date_of(self.basis_date), lead_inspector_id=lead, period_from=date_of(self.period_from),
            period_to=date_of(self.period_to), subject_address=self.subject_address.text(),
            facility_name=self.facility_name.text(), facility_address=self.facility_address.text(),
            facility_kind=self.facility_kind.text(), facility_registration=self.facility_registration.text(),
            basis_registration=self.basis_registration.text(),
            basis_registered_on=date_of(self.basis_registered_on) if self.basis_registered.isChecked() else None,
            member_ids=tuple(i for i in self.team_ids() if i != lead),
            representative_name=self.representative_name.text(),
            representative_position=self.representative_position.text(), place=self.place.text(),
            findings=self.findings.toPlainText(), entry_ids=self.entry_ids(),
            follows_violation_ids=tuple(sorted(self.kept_follows)) + tuple(
                self.follows.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.follows.count())
                if self.follows.item(i).checkState() == Qt.CheckState.Checked))

    def submit(self) -> Inspection:
        if self.inspection is None:
            return self.ctx.inspections.create(self.actor, self.value())
        return self.ctx.inspections.update(self.actor, self.inspection.id, self.value())
