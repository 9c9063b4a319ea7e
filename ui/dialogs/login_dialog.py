"""The sign-in dialog: login, password, interface language; shows the demo logins for a demo unit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from inspector_app.context import AppContext
from inspector_app.domain.users import UserView
from inspector_app.errors import AppError
from ui.i18n import LANGUAGE_NAMES, LANGUAGES, LanguageManager
from ui.widgets import ErrorLabel, Retranslatable


class LoginDialog(Retranslatable, QDialog):
    def __init__(self, ctx: AppContext, languages: LanguageManager | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.languages = languages
        self.user: UserView | None = None
        self.setObjectName("loginDialog")
        self.setMinimumWidth(420)

        self.unit_label = QLabel()
        self.unit_label.setWordWrap(True)
        self.unit_label.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.login_edit = QLineEdit(objectName="loginEdit")
        self.password_edit = QLineEdit(objectName="passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.language_combo = QComboBox(objectName="languageCombo")
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        if languages is not None:
            self.language_combo.setCurrentIndex(LANGUAGES.index(languages.language))
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self.demo_label = QLabel(objectName="demoLabel")
        self.demo_label.setWordWrap(True)
        self.demo_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_label.setVisible(bool(ctx.demo_credentials))
        self.error_label = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.form.addRow(QLabel(), self.login_edit)
        self.form.addRow(QLabel(), self.password_edit)
        self.form.addRow(QLabel(), self.language_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.unit_label)
        layout.addLayout(self.form)
        layout.addWidget(self.demo_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        if ctx.demo_credentials:
            self.login_edit.setText(next(iter(ctx.demo_credentials)))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in"))
        unit = self.ctx.unit()
        lang = self.languages.language if self.languages else "ru"
        self.unit_label.setText(unit.name(lang) if unit else "")
        self.form.labelForField(self.login_edit).setText(self.tr("Login"))
        self.form.labelForField(self.password_edit).setText(self.tr("Password"))
        self.form.labelForField(self.language_combo).setText(self.tr("Language"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        if self.ctx.demo_credentials:
            lines = "".join(f"<tr><td>{login}</td><td><tt>{pw}</tt></td></tr>"
                            for login, pw in self.ctx.demo_credentials.items())
            self.demo_label.setText(self.tr("Demo unit. Passwords generated for this run:")
                                    + f"<table cellspacing='4'>{lines}</table>")

    def _language_changed(self, index: int) -> None:
        if self.languages is not None:
            code = self.language_combo.itemData(index)
            self.languages.install(code)
            self.ctx.config.set("language", code)

    def try_login(self) -> None:
        try:
            self.user = self.ctx.accounts.authenticate(self.login_edit.text(), self.password_edit.text())
        except AppError as error:
            self.password_edit.clear()
            self.password_edit.setFocus()
            self.error_label.show_error(error)
            return
        self.error_label.clear_error()
        self.accept()
