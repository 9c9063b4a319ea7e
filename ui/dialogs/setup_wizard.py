"""First start: a wizard creates the unit, its head and its responsible person, all in one transaction."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWizard, QWizardPage

from inspector_app.context import AppContext
from inspector_app.domain.validation import required_text
from inspector_app.errors import AppError
from inspector_app.services.setup import PersonInput, SetupResult, initialize_unit
from inspector_app.timezones import DEFAULT_TIMEZONE, zone_names
from ui.dialogs.person_fields import PersonFields
from ui.widgets import ErrorLabel, Retranslatable


class UnitPage(Retranslatable, QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.name_kk = QLineEdit(objectName="unitNameKk")
        self.name_ru = QLineEdit(objectName="unitNameRu")
        self.code = QLineEdit(objectName="unitCode")
        self.journal_index = QLineEdit(objectName="journalIndex")
        self.timezone = QComboBox(objectName="unitTimezone")
        self.timezone.addItems(zone_names())
        self.timezone.setCurrentText(DEFAULT_TIMEZONE)
        self.form = QFormLayout(self)
        for widget in (self.name_kk, self.name_ru, self.code, self.journal_index, self.timezone):
            self.form.addRow(QLabel(), widget)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The territorial unit"))
        self.setSubTitle(self.tr("The name appears on the journal cover and on every document."))
        self.form.labelForField(self.name_kk).setText(self.tr("Name in Kazakh"))
        self.form.labelForField(self.name_ru).setText(self.tr("Name in Russian"))
        self.form.labelForField(self.code).setText(self.tr("Unit code"))
        self.form.labelForField(self.journal_index).setText(self.tr("Registration index of the journal (п.9)"))
        self.form.labelForField(self.timezone).setText(self.tr("Time zone"))


class PersonPage(Retranslatable, QWizardPage):
    def __init__(self, prefix: str, title: str, subtitle: str, with_order: bool = False) -> None:
        super().__init__()
        self._title, self._subtitle = title, subtitle
        self.person = PersonFields(prefix)
        layout = QVBoxLayout(self)
        layout.addWidget(self.person)
        self.order_ref = QLineEdit(objectName="orderReference")
        self.order_label = QLabel()
        if with_order:
            layout.addWidget(self.order_label)
            layout.addWidget(self.order_ref)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("PersonPage", self._title))
        self.setSubTitle(QCoreApplication.translate("PersonPage", self._subtitle))
        self.order_label.setText(self.tr("Order of appointment (number and date)"))

    def value(self) -> PersonInput:
        p = self.person
        return PersonInput(p.login.text(), p.full_name.text(), p.position.text(), p.checked_password())


class SummaryPage(Retranslatable, QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.text = QLabel(wordWrap=True)
        self.error_label = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.error_label)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Ready"))
        self.text.setText(self.tr("Press Finish to create the unit. The head and the responsible person "
                                  "sign in with the passwords given; nobody else knows them."))


class SetupWizard(Retranslatable, QWizard):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_: SetupResult | None = None
        self.setObjectName("setupWizard")
        self.setMinimumSize(620, 460)
        self.unit_page = UnitPage()
        self.head_page = PersonPage(
            "head", QT_TRANSLATE_NOOP("PersonPage", "Head of the unit"),
            QT_TRANSLATE_NOOP("PersonPage", "The head appoints the responsible person and has full access "
                              "to the footage (п.6, п.13)."))
        self.responsible_page = PersonPage(
            "responsible", QT_TRANSLATE_NOOP("PersonPage", "Responsible person"),
            QT_TRANSLATE_NOOP("PersonPage", "Keeps the recorders, issues them against signature and stores "
                              "the recordings (п.6, п.8)."),
            with_order=True)
        self.summary_page = SummaryPage()
        for page in (self.unit_page, self.head_page, self.responsible_page, self.summary_page):
            self.addPage(page)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Setting up the unit"))

    def accept(self) -> None:
        unit = self.unit_page
        try:
            required_text(unit.journal_index.text(), "Registration index", 100)
            self.result_ = initialize_unit(
                self.ctx.uow_factory, self.ctx.clock,
                name_kk=unit.name_kk.text(), name_ru=unit.name_ru.text(), code=unit.code.text(),
                head=self.head_page.value(), responsible=self.responsible_page.value(),
                order_reference=self.responsible_page.order_ref.text(), timezone=unit.timezone.currentText(),
                journal_registration_index=unit.journal_index.text())
        except AppError as error:
            self.summary_page.error_label.show_error(error)
            return
        super().accept()
