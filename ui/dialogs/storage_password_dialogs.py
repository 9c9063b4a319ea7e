"""The storage password's forms (п.6): the head sets it, sets the responsible person's (typed by that person),
makes a new recovery key; each holder changes their own.

Every form calls `ctx.keyring` and then tells the session (`VaultSession.notify`) so the pages follow. A form
that needs the vault key while the vault is locked asks for the head's storage password in its first field.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit

from inspector_app.errors import ValidationError
from inspector_app.passwords import check_password_strength
from inspector_app.vault_keys import WrongStoragePassword
from ui.dialogs.form_dialog import FormDialog

logger = logging.getLogger(__name__)

WARNING_STYLE = "color: #b00020; font-weight: bold;"
# Shared by the forms below (a base class's self.tr() would look in each subclass's context instead).
YOUR_PASSWORD = QT_TRANSLATE_NOOP("StoragePasswordForms", "Your storage password")
LOCKED_FIRST = QT_TRANSLATE_NOOP("StoragePasswordForms",
                                 "The footage is locked: first enter your own storage password.")


def _shared(text: str) -> str:
    return QCoreApplication.translate("StoragePasswordForms", text)


def password_edit(name: str) -> QLineEdit:
    edit = QLineEdit(objectName=name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def same_password(a: QLineEdit, b: QLineEdit) -> str:
    if a.text() != b.text():
        raise ValidationError("The two passwords do not match", code="password_mismatch")
    check_password_strength(a.text())
    return a.text()


class _VaultForm(FormDialog):
    """A form over the session's vault, with an optional first field for the head's storage password."""

    def __init__(self, vault, name: str, needs_key: bool, parent=None) -> None:
        super().__init__(parent)
        self.vault, self.ctx, self.user = vault, vault.ctx, vault.user
        self.setObjectName(name)
        self.setMinimumWidth(540)
        self.intro = QLabel(objectName="storageIntro", wordWrap=True)
        self.form.addRow(self.intro)
        self.own = None
        if needs_key and vault.locked():
            self.own = self.add_row(password_edit("ownStoragePassword"))

    def unlock_first(self) -> None:
        """Unlock with the head's own storage password when the form asked for it."""
        if self.own is None or self.vault.unlocked():
            return
        try:
            self.vault.unlock(self.own.text())
        except WrongStoragePassword:
            self.own.clear()
            self.own.setFocus()
            raise
        self.own.setEnabled(False)  # done: the next try goes straight on

    def label_own(self) -> None:
        if self.own is not None:
            self.set_label(self.own, _shared(YOUR_PASSWORD))


class SetStoragePasswordDialog(_VaultForm):
    """The head sets the unit's storage password; `result_value` is the recovery key, to show once."""

    def __init__(self, vault, parent=None) -> None:
        super().__init__(vault, "setStoragePasswordDialog", needs_key=False, parent=parent)
        self.warning = QLabel(objectName="storageWarning", wordWrap=True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.form.addRow(self.warning)
        self.new = self.add_row(password_edit("newStoragePassword"))
        self.new2 = self.add_row(password_edit("newStoragePassword2"))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set the storage password"))
        self.intro.setText(self.tr(
            "The storage password protects the stored footage (п.6): only you and the responsible person will know "
            "it, each their own. Every recording is stored encrypted; without a storage password nobody can look "
            "at it. A recovery key is made with it, to print and keep in the unit's safe."))
        self.warning.setText(self.tr(
            "If both storage passwords and the recovery sheet are lost, the footage is lost for good: nobody can "
            "open it, ever."))
        self.set_label(self.new, self.tr("Storage password"))
        self.set_label(self.new2, self.tr("Storage password again"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Set"))

    def submit(self) -> str:
        recovery = self.ctx.keyring.create(self.user, same_password(self.new, self.new2))
        self.vault.notify()
        return recovery


class ResponsibleSlotDialog(_VaultForm):
    """The head lets the appointed responsible person type their own storage password, twice."""

    def __init__(self, vault, responsible, after_appointment: bool = False, parent=None) -> None:
        super().__init__(vault, "responsibleSlotDialog", needs_key=True, parent=parent)
        self.responsible, self.after_appointment = responsible, after_appointment
        self.who = QLabel(f"<b>{responsible.full_name}</b> ({responsible.login})")
        self.form.addRow(self.who)
        self.new = self.add_row(password_edit("responsibleStoragePassword"))
        self.new2 = self.add_row(password_edit("responsibleStoragePassword2"))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Storage password of the responsible person"))
        parts = [self.tr("{0} is now the responsible person.").format(self.responsible.full_name)] \
            if self.after_appointment else []
        parts.append(self.tr("The responsible person types their own storage password twice, here, in your session; "
                             "nobody else sees it. With it they see the footage (п.6, п.13)."))
        text = " ".join(parts)
        if self.own is not None:
            text += " " + _shared(LOCKED_FIRST)
        self.intro.setText(text)
        self.label_own()
        self.set_label(self.new, self.tr("Their storage password"))
        self.set_label(self.new2, self.tr("Their storage password again"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Set"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Later"))

    def submit(self):
        password = same_password(self.new, self.new2)
        self.unlock_first()
        self.ctx.keyring.add_slot(self.user, self.responsible.id, password)
        self.vault.notify()
        return True


class ChangeStoragePasswordDialog(_VaultForm):
    """One's own storage password: changed with the current one, or set while the vault is unlocked (a head
    who opened it with the recovery key, or has none yet)."""

    def __init__(self, vault, parent=None) -> None:
        super().__init__(vault, "changeStoragePasswordDialog", needs_key=False, parent=parent)
        self.has_own = vault.has_own_slot()
        self.old = self.add_row(password_edit("oldStoragePassword")) if self.has_own else None
        self.new = self.add_row(password_edit("newStoragePassword"))
        self.new2 = self.add_row(password_edit("newStoragePassword2"))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change my storage password") if self.has_own
                            else self.tr("Set my storage password"))
        self.intro.setText(self.tr("Only you know your storage password; the other holder's and the recovery key "
                                   "do not change."))
        if self.old is not None:
            self.set_label(self.old, self.tr("Current storage password"))
        self.set_label(self.new, self.tr("New storage password"))
        self.set_label(self.new2, self.tr("New storage password again"))

    def submit(self):
        password = same_password(self.new, self.new2)
        if self.old is None:
            self.ctx.keyring.add_slot(self.user, self.user.id, password)
        else:
            if self.old.text() == password:
                raise ValidationError("The new password must differ from the current one", code="same_password")
            try:
                self.ctx.keyring.change_password(self.user, self.old.text(), password)
            except WrongStoragePassword:
                self.old.clear()
                self.old.setFocus()
                raise
        self.vault.notify()
        return True


class NewRecoveryKeyDialog(_VaultForm):
    """The head replaces the recovery key; `result_value` is the new key, to show once."""

    def __init__(self, vault, parent=None) -> None:
        super().__init__(vault, "newRecoveryKeyDialog", needs_key=True, parent=parent)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New recovery key"))
        text = self.tr("A new recovery key replaces the one on the sheet in the safe: the old sheet stops opening "
                       "the footage. Print the new sheet, put it in the safe and destroy the old one.")
        if self.own is not None:
            text += " " + _shared(LOCKED_FIRST)
        self.intro.setText(text)
        self.label_own()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make a new key"))

    def submit(self) -> str:
        self.unlock_first()
        recovery = self.ctx.keyring.new_recovery_key(self.user)
        self.vault.notify()
        return recovery
