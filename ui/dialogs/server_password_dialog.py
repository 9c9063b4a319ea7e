"""The question for the database server's password at start-up, when the server refused the one kept (or there
was none): which server and user it is for, the password, and whether the system's credential store keeps it.

Cancel closes the program. A refused password brings the question back with the server's answer under it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QLineEdit

from inspector_app.errors import ValidationError
from ui.dialogs.form_dialog import FormDialog


class ServerPasswordDialog(FormDialog):
    def __init__(self, address, error=None, remember: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("serverPasswordDialog")
        self.setMinimumWidth(520)
        self.address = address
        self.intro = QLabel(objectName="serverPasswordIntro", wordWrap=True)
        self.form.addRow(self.intro)
        where = f"{address.user}@{address.host}:{address.port}/{address.database}"
        self.where = QLabel(f"<b>{where}</b>" + (f" ({address.schema})" if address.schema else ""),
                            objectName="serverAddress", textFormat=Qt.TextFormat.RichText)
        self.form.addRow(self.where)
        self.password = self.add_row(QLineEdit(objectName="serverPassword", echoMode=QLineEdit.EchoMode.Password))
        self.remember = QCheckBox(objectName="rememberServerPassword", checked=remember)
        self.form.addRow(self.remember)
        if error is not None:
            self.error_label.show_error(error)
        self.retranslate()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Database server password"))
        self.intro.setText(self.tr("The unit's database is on a server that asks for a password. Enter the password "
                                   "of this user of the database server:"))
        self.set_label(self.password, self.tr("Password"))
        self.remember.setText(self.tr("Remember the password in the system's credential store"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close the program"))

    def submit(self):
        if not self.password.text():
            raise ValidationError("Enter the password of the database server", code="database_password_empty")
        return self.password.text(), self.remember.isChecked()
