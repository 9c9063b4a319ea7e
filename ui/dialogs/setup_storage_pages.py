"""The setup wizard's storage-password pages (п.6): the head and the responsible person each type their storage
password twice; once the unit is created, the recovery key is shown with "Print the recovery sheet…".

Each storage password must differ from its holder's sign-in password and from the other's: the lock screen
asks for the sign-in password only, and each holder knows only their own.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWizardPage

from inspector_app.errors import AppError, ValidationError
from inspector_app.passwords import check_password_strength
from ui.dialogs.recovery_key_dialog import WARNING_STYLE, RecoveryKeyView
from ui.error_texts import error_text
from ui.widgets import ErrorLabel, Retranslatable, form_row

logger = logging.getLogger(__name__)


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit(objectName=name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class StoragePasswordsPage(Retranslatable, QWizardPage):
    def __init__(self, sign_in_password=lambda who: "") -> None:
        super().__init__()
        self.setObjectName("storagePasswordsPage")
        self.sign_in_password = sign_in_password  # who ("head" or "responsible") -> their sign-in password
        self.intro = QLabel(objectName="storagePasswordsIntro", wordWrap=True)
        self.warning = QLabel(objectName="storagePasswordsWarning", wordWrap=True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.head = _password_edit("headStoragePassword")
        self.head2 = _password_edit("headStoragePassword2")
        self.responsible = _password_edit("responsibleStoragePassword")
        self.responsible2 = _password_edit("responsibleStoragePassword2")
        self.form = QFormLayout()
        for edit in (self.head, self.head2, self.responsible, self.responsible2):
            form_row(self.form, edit)
        self.error_label = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.warning)
        layout.addWidget(self.error_label)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Storage passwords"))
        self.setSubTitle(self.tr("The stored footage is protected by a special password known only to the "
                                 "responsible person and the head (п.6)."))
        self.intro.setText(self.tr(
            "Each types their own storage password twice, the other looking away. It is not the sign-in password: "
            "it opens the footage, which is stored encrypted. A recovery key is made with them, to print next."))
        self.warning.setText(self.tr(
            "If both storage passwords and the recovery sheet are lost, the footage is lost for good: nobody can "
            "open it, ever."))
        for edit, text in ((self.head, self.tr("Storage password of the head")),
                           (self.head2, self.tr("Again")),
                           (self.responsible, self.tr("Storage password of the responsible person")),
                           (self.responsible2, self.tr("Again"))):
            self.form.labelForField(edit).setText(text)

    def values(self) -> tuple[str, str]:
        """(the head's, the responsible person's); ValidationError when they do not do."""
        pairs = (("head", self.head, self.head2), ("responsible", self.responsible, self.responsible2))
        for who, first, second in pairs:
            if first.text() != second.text():
                raise ValidationError("The two passwords do not match", code="password_mismatch")
            check_password_strength(first.text())
            if first.text() == self.sign_in_password(who):
                raise ValidationError("The storage password must differ from the sign-in password",
                                      code="storage_same_as_sign_in")
        if self.head.text() == self.responsible.text():
            raise ValidationError("The head and the responsible person each have a storage password of their own",
                                  code="storage_same_for_both")
        return self.head.text(), self.responsible.text()

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        try:
            self.values()
        except AppError as error:
            self.error_label.show_error(error)
            return False
        self.error_label.clear_error()
        return True


class RecoveryPage(Retranslatable, QWizardPage):
    """The last page: the recovery key of the unit just created; Finish once the sheet is kept."""

    def __init__(self, wizard) -> None:
        super().__init__()
        self.setObjectName("recoveryPage")
        self.setup = wizard
        self.view: RecoveryKeyView | None = None
        self.problem = QLabel(objectName="recoveryProblem", wordWrap=True)
        self.problem.setStyleSheet(WARNING_STYLE)
        self.problem.hide()
        self.box = QVBoxLayout(self)
        self.box.addWidget(self.problem)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Recovery key"))
        self.setSubTitle(self.tr("Shown only now. Print the sheet for the unit's safe before you finish."))
        if self.setup.storage_error is not None:
            self.problem.setText(self.tr("The unit is created, but its storage password is not set: {0}. The head "
                                         "sets it in Settings.").format(error_text(self.setup.storage_error)))

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        if self.view is None and self.setup.recovery_key:
            self.view = RecoveryKeyView(self.setup.ctx, self.setup.result_.head, self.setup.recovery_key,
                                        self.setup.language())
            self.view.confirmed_changed.connect(lambda *_: self.completeChanged.emit())
            self.box.addWidget(self.view)
        self.problem.setVisible(self.setup.storage_error is not None)
        self.retranslate()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.view is None or self.view.confirmed
