"""A reusable group of fields for one person: login, full name, position, password twice."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from inspector_app.errors import ValidationError
from ui.widgets import Retranslatable, form_row


class PersonFields(Retranslatable, QWidget):
    def __init__(self, prefix: str, parent: QWidget | None = None, with_password: bool = True) -> None:
        super().__init__(parent)
        self.with_password = with_password
        self.login = QLineEdit(objectName=f"{prefix}Login")
        self.full_name = QLineEdit(objectName=f"{prefix}FullName")
        self.position = QLineEdit(objectName=f"{prefix}Position")
        self.password = QLineEdit(objectName=f"{prefix}Password")
        self.password2 = QLineEdit(objectName=f"{prefix}Password2")
        for edit in (self.password, self.password2):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        for edit in (self.login, self.full_name, self.position, *((self.password, self.password2) if with_password else ())):
            form_row(self.form, edit)
        self.retranslate()

    def retranslate(self) -> None:
        self.form.labelForField(self.login).setText(self.tr("Login (Latin letters)"))
        self.form.labelForField(self.full_name).setText(self.tr("Full name"))
        self.form.labelForField(self.position).setText(self.tr("Position"))
        if self.with_password:
            self.form.labelForField(self.password).setText(self.tr("Password"))
            self.form.labelForField(self.password2).setText(self.tr("Password again"))

    def checked_password(self) -> str:
        if self.password.text() != self.password2.text():
            raise ValidationError("The two passwords do not match", code="password_mismatch")
        return self.password.text()
