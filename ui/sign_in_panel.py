"""The sign-in form shown inside the main window: login, password, language; the demo logins for a demo unit.

It is shown at once, before the database is open; `set_context()` enables it when the
background start-up job has opened the database. Nothing on this path touches the `Qt` namespace:
PySide6 builds its ~150 Python enums on first use, which would add about 12 ms to the first paint.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector_app.errors import AppError
from ui.i18n import LANGUAGE_NAMES, LANGUAGES, LanguageManager
from ui.widgets import ErrorLabel, Retranslatable, emphasize, form_row, text_width


class SignInPanel(Retranslatable, QWidget):
    authenticated = Signal(object)  # UserView
    ready = Signal()  # the database is open and the form enabled

    def __init__(self, languages: LanguageManager | None = None, ctx=None, parent=None) -> None:
        super().__init__(parent)
        self.ctx = None
        self.languages = languages
        self.user = None
        self.setObjectName("signInPanel")
        self.setStyleSheet("#signInUnit { qproperty-alignment: AlignCenter; }"
                           "#signInTitle { qproperty-alignment: AlignCenter; }"
                           "#signInStatus { qproperty-alignment: AlignCenter; }")
        self.unit_label = emphasize(QLabel(objectName="signInUnit", wordWrap=True), 1.15)
        self.title = QLabel(objectName="signInTitle")
        self.login_edit = QLineEdit(objectName="loginEdit")
        self.password_edit = QLineEdit(objectName="passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.returnPressed.connect(self.try_sign_in)
        self.login_edit.returnPressed.connect(self.password_edit.setFocus)
        self.language_combo = QComboBox(objectName="languageCombo")
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        if languages is not None:
            self.language_combo.setCurrentIndex(LANGUAGES.index(languages.language))
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self.sign_in_button = QPushButton(objectName="signInButton", clicked=self.try_sign_in)
        self.sign_in_button.setDefault(True)
        self.status_label = QLabel(objectName="signInStatus")
        self.demo_label = QLabel(objectName="demoLabel", wordWrap=True)
        self.demo_label.hide()
        self.error_label = ErrorLabel()

        card = QFrame(objectName="signInCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setFixedWidth(max(460, text_width(card, 60)))  # wider with a larger text
        self.form = QFormLayout()
        for field in (self.login_edit, self.password_edit, self.language_combo):
            form_row(self.form, field)
        inner = QVBoxLayout(card)
        inner.addWidget(self.unit_label)
        inner.addWidget(self.title)
        inner.addLayout(self.form)
        inner.addWidget(self.sign_in_button)
        inner.addWidget(self.status_label)
        inner.addWidget(self.error_label)
        inner.addWidget(self.demo_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self._set_enabled(False)
        self.retranslate()
        if ctx is not None:
            self.set_context(ctx)

    def set_context(self, ctx) -> None:
        """The database is open: show the unit, enable the form."""
        from PySide6.QtCore import Qt

        self.ctx = ctx
        self.demo_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if ctx.demo_credentials and not self.login_edit.text():
            self.login_edit.setText(next(iter(ctx.demo_credentials)))
        self.demo_label.setVisible(bool(ctx.demo_credentials))
        self._set_enabled(True)
        self.retranslate()
        (self.password_edit if self.login_edit.text() else self.login_edit).setFocus()
        self.ready.emit()

    def reset(self) -> None:
        """Back to an empty form (after signing out)."""
        self.user = None
        self.password_edit.clear()
        self.error_label.clear_error()

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.login_edit, self.password_edit, self.sign_in_button):
            widget.setEnabled(enabled)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sign in"))
        lang = self.languages.language if self.languages else "ru"
        unit = self.ctx.unit() if self.ctx is not None else None
        self.unit_label.setText(unit.name(lang) if unit else "")
        self.status_label.setText("" if self.ctx is not None else self.tr("Opening the database…"))
        self.form.labelForField(self.login_edit).setText(self.tr("Login"))
        self.form.labelForField(self.password_edit).setText(self.tr("Password"))
        self.form.labelForField(self.language_combo).setText(self.tr("Language"))
        self.sign_in_button.setText(self.tr("Sign in"))
        if self.ctx is not None and self.ctx.demo_credentials:
            storage = self.ctx.demo_storage_passwords  # the head's and the responsible person's (п.6)
            titles = (self.tr("Login"), self.tr("Password"), self.tr("Storage password"))  # lupdate reads no f-strings
            head = "<tr>" + "".join(f"<th align='left'>{t}</th>" for t in titles) + "</tr>" if storage else ""
            rows = "".join(f"<tr><td>{login}</td><td><tt>{pw}</tt></td><td><tt>{storage.get(login, '')}</tt></td></tr>"
                           for login, pw in self.ctx.demo_credentials.items())
            self.demo_label.setText(self.tr("Demo unit. Passwords generated for this run:")
                                    + f"<table cellspacing='4'>{head}{rows}</table>")

    def _language_changed(self, index: int) -> None:
        code = self.language_combo.itemData(index)
        if self.languages is not None:
            self.languages.install(code)
        if self.ctx is not None:
            self.ctx.config.set("language", code)

    def try_sign_in(self) -> None:
        if self.ctx is None:
            return
        try:
            self.user = self.ctx.accounts.authenticate(self.login_edit.text(), self.password_edit.text())
        except AppError as error:
            self.password_edit.clear()
            self.password_edit.setFocus()
            self.error_label.show_error(error)
            return
        self.error_label.clear_error()
        self.password_edit.clear()
        self.authenticated.emit(self.user)
