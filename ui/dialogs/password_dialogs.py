"""Changing one's own password, a manager resetting someone's, and the lock screen after idle time."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit

from inspector_app.context import AppContext
from inspector_app.domain.users import UserView
from inspector_app.errors import AppError, ValidationError
from ui.dialogs.form_dialog import FormDialog


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit(objectName=name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _same(a: QLineEdit, b: QLineEdit) -> str:
    if a.text() != b.text():
        raise ValidationError("The two passwords do not match", code="password_mismatch")
    return a.text()


class ChangePasswordDialog(FormDialog):
    def __init__(self, ctx: AppContext, user: UserView, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.user = ctx, user
        self.old = self.add_row(_password_edit("oldPassword"))
        self.new = self.add_row(_password_edit("newPassword"))
        self.new2 = self.add_row(_password_edit("newPassword2"))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change password"))
        self.set_label(self.old, self.tr("Current password"))
        self.set_label(self.new, self.tr("New password"))
        self.set_label(self.new2, self.tr("New password again"))

    def submit(self):
        self.ctx.accounts.change_password(self.user, self.old.text(), _same(self.new, self.new2))


class ResetPasswordDialog(FormDialog):
    def __init__(self, ctx: AppContext, actor: UserView, target: UserView, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.target = ctx, actor, target
        self.who = QLabel(target.full_name)
        self.form.addRow(self.who)
        self.new = self.add_row(_password_edit("resetPassword"))
        self.new2 = self.add_row(_password_edit("resetPassword2"))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set a new password"))
        self.set_label(self.new, self.tr("New password"))
        self.set_label(self.new2, self.tr("New password again"))

    def submit(self):
        self.ctx.users.reset_password(self.actor, self.target.id, _same(self.new, self.new2))


class LockDialog(FormDialog):
    """Shown over the main window after idle time: the same user types their password to go on."""

    SIGN_OUT = 2

    def __init__(self, ctx: AppContext, user: UserView, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.user = ctx, user
        self.setObjectName("lockDialog")
        self.who = QLabel(f"<b>{user.full_name}</b> ({user.login})")
        self.form.addRow(self.who)
        self.password = self.add_row(_password_edit("unlockPassword"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).clicked.connect(lambda: self.done(self.SIGN_OUT))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Locked"))
        self.set_label(self.password, self.tr("Password"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Sign out"))

    def reject(self) -> None:  # Escape must not unlock
        pass

    def submit(self):
        try:
            return self.ctx.accounts.authenticate(self.user.login, self.password.text())
        except AppError:
            self.password.clear()
            raise
