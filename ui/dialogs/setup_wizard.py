"""First start: a wizard creates the unit, its head and its responsible person, all in one transaction, then
their storage passwords (п.6) and the recovery key to print.

The summary is the commit page: "Create" writes the unit (`initialize_unit`), then the head's storage password
(`keyring.create`) and the responsible person's (`keyring.add_slot`); the last page shows the recovery key
once, and Finish waits until the sheet is kept. The vault is locked when the wizard ends: the head and the
responsible person unlock it when they sign in.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWizard, QWizardPage

from inspector_app.context import AppContext
from inspector_app.domain.validation import required_text
from inspector_app.errors import AppError
from inspector_app.services.setup import PersonInput, SetupResult, initialize_unit
from inspector_app.timezones import DEFAULT_TIMEZONE, zone_names
from ui.dialogs.person_fields import PersonFields
from ui.dialogs.setup_storage_pages import RecoveryPage, StoragePasswordsPage
from ui.widgets import ErrorLabel, Retranslatable, form_row

logger = logging.getLogger(__name__)


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
        # The first thing a new unit reads: what the steps are, what to have at hand, the two kinds of password.
        self.intro = QLabel(objectName="setupIntro", wordWrap=True)
        self.form = QFormLayout(self)
        self.form.addRow(self.intro)
        for widget in (self.name_kk, self.name_ru, self.code, self.journal_index, self.timezone):
            form_row(self.form, widget)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The territorial unit"))
        self.setSubTitle(self.tr("The name appears on the journal cover and on every document."))
        self.intro.setText(self.tr(
            "This PC keeps the unit's journal and footage. Five steps set the unit up: its names, the head, the "
            "responsible person, their storage passwords and a recovery sheet. Have at hand the unit's official "
            "names in Kazakh and Russian, the order appointing the responsible person, and a printer. Each of the "
            "two signs in with a password of their own and opens the encrypted footage with a second one, the "
            "storage password; the printed recovery sheet opens the footage if both storage passwords are lost."))
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
        self.order_label = QLabel(buddy=self.order_ref)
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
        self.text.setText(self.tr("Press Create to set up the unit. The head and the responsible person sign in "
                                  "with the passwords given and open the footage with their storage passwords; "
                                  "nobody else knows them. The recovery key is shown next."))

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        return self.wizard().create_unit()


class SetupWizard(Retranslatable, QWizard):
    def __init__(self, ctx: AppContext, parent=None, language: str = "kk") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_: SetupResult | None = None
        self.recovery_key: str | None = None  # shown once on the last page, kept nowhere
        self.storage_error: AppError | None = None
        self._language = language
        self.setObjectName("setupWizard")
        self.setMinimumSize(660, 520)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
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
        self.storage_page = StoragePasswordsPage(self._sign_in_password)
        self.summary_page = SummaryPage()
        self.summary_page.setCommitPage(True)
        self.recovery_page = RecoveryPage(self)
        for page in (self.unit_page, self.head_page, self.responsible_page, self.storage_page, self.summary_page,
                     self.recovery_page):
            self.addPage(page)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Setting up the unit"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create"))

    def language(self) -> str:
        """The language the recovery sheet is offered in first."""
        return self._language if self._language in ("kk", "ru") else "kk"

    def _sign_in_password(self, who: str) -> str:
        page = self.head_page if who == "head" else self.responsible_page
        return page.person.password.text()

    def create_unit(self) -> bool:
        """Create the unit, then the storage passwords; False (and the error shown) when nothing was written."""
        if self.result_ is not None:
            return True
        unit = self.unit_page
        try:
            head_storage, responsible_storage = self.storage_page.values()
            required_text(unit.journal_index.text(), "Registration index", 100)
            self.result_ = initialize_unit(
                self.ctx.uow_factory, self.ctx.clock,
                name_kk=unit.name_kk.text(), name_ru=unit.name_ru.text(), code=unit.code.text(),
                head=self.head_page.value(), responsible=self.responsible_page.value(),
                order_reference=self.responsible_page.order_ref.text(), timezone=unit.timezone.currentText(),
                journal_registration_index=unit.journal_index.text())
        except AppError as error:
            self.summary_page.error_label.show_error(error)
            return False
        self.summary_page.error_label.clear_error()
        if self.ctx.keyring is not None:
            try:  # the unit exists now: a failure here is told on the last page, the head sets it in Settings
                self.recovery_key = self.ctx.keyring.create(self.result_.head, head_storage)
                self.ctx.keyring.add_slot(self.result_.head, self.result_.responsible.id, responsible_storage)
            except AppError as error:
                logger.error("the storage password of the new unit was not set: %s", error)
                self.storage_error = error
        return True

    def accept(self) -> None:
        if self.result_ is None:  # not created yet: on through the pages (Create among them) to the key
            last = self.pageIds()[-1]
            while self.currentId() != last:
                before = self.currentId()
                self.next()
                if self.currentId() == before:  # a page refused: its error is shown
                    return
            return
        if not self.recovery_page.isComplete():
            return
        self._lock()
        super().accept()

    def reject(self) -> None:  # once the unit is created the wizard ends only with the recovery key kept
        if self.result_ is None:
            super().reject()
        elif self.recovery_page.isComplete():
            self.accept()

    def _lock(self) -> None:
        if self.ctx.keyring is not None:
            self.ctx.keyring.lock("setup")
