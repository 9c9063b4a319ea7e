"""Settings: interface language (this PC), the unit's time zone and idle lock, the user's own password, and for
the head and the responsible person this PC's database and vault folder (`database_panel.py`) and the storage
password of the footage (`storage_password_panel.py`). The page scrolls when it is taller than the window."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inspector_app.context import AppContext
from inspector_app.domain.roles import Permission, allows
from inspector_app.domain.users import UserView
from inspector_app.errors import AppError
from inspector_app.timezones import zone_names
from ui.dialogs.password_dialogs import ChangePasswordDialog
from ui.i18n import LANGUAGE_NAMES, LANGUAGES, LanguageManager
from ui.vault_session import VaultSession
from ui.widgets import ErrorLabel, Retranslatable, emphasize, form_row


class SettingsPage(Retranslatable, QWidget):
    idle_minutes_changed = Signal(int)

    def __init__(self, ctx: AppContext, user: UserView, languages: LanguageManager | None, parent=None,
                 vault=None, jobs=None) -> None:
        super().__init__(parent)
        self.ctx, self.user, self.languages = ctx, user, languages
        self.setObjectName("settingsPage")
        can_change = allows(user.role, Permission.CHANGE_SETTINGS)
        self.title = QLabel(objectName="pageTitle")
        emphasize(self.title)  # a title: 1.2 times the interface font, whatever its size
        self.language = QComboBox(objectName="settingsLanguage")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        if languages is not None:
            self.language.setCurrentIndex(LANGUAGES.index(languages.language))
        self.language.currentIndexChanged.connect(self._language_changed)
        values = ctx.unit_settings.all()
        self.timezone = QComboBox(objectName="settingsTimezone")
        self.timezone.addItems(zone_names())
        self.timezone.setCurrentText(values["timezone"])
        self.timezone.setEnabled(can_change)
        self.idle = QSpinBox(objectName="settingsIdle")
        self.idle.setRange(1, 240)
        self.idle.setValue(values["idle_lock_minutes"])
        self.idle.setEnabled(can_change)
        self.save_button = QPushButton(objectName="saveSettingsButton", clicked=self.save)
        self.save_button.setVisible(can_change)
        self.saved_label = QLabel(objectName="savedLabel")
        self.error_label = ErrorLabel()
        self.password_button = QPushButton(objectName="changePasswordButton", clicked=self.change_password)
        self.form = QFormLayout()
        for widget in (self.language, self.timezone, self.idle):
            form_row(self.form, widget)
        content = QWidget(objectName="settingsContent")
        scroll = QScrollArea(objectName="settingsScroll", widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.scroll = scroll
        layout = QVBoxLayout(content)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.error_label)
        layout.addSpacing(20)
        layout.addWidget(self.password_button)
        if allows(user.role, Permission.MANAGE_CATALOGUE):  # the normative acts that violations cite
            from ui.pages.catalogue_import import CatalogueImport

            self.catalogue_import = CatalogueImport(ctx, user)
            layout.addWidget(self.catalogue_import)
        self.database = None
        if can_change:  # where this PC keeps the unit: its file or a server, and the vault folder
            from ui.pages.database_panel import DatabasePanel

            self.database = DatabasePanel(ctx, user, jobs)
            layout.addSpacing(12)
            layout.addWidget(self.database)
        self.storage = None
        vault = VaultSession.of_page(ctx, user, vault, self)
        if vault is not None and vault.applies:  # never for an inspector (п.13)
            from ui.pages.storage_password_panel import StoragePasswordPanel

            lang = languages.language if languages is not None else "kk"
            self.storage = StoragePasswordPanel(ctx, user, vault, jobs, lang if lang in ("kk", "ru") else "kk")
            layout.addSpacing(12)
            layout.addWidget(self.storage, 1)
        else:
            layout.addStretch()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.form.labelForField(self.language).setText(self.tr("Interface language (this PC)"))
        self.form.labelForField(self.timezone).setText(self.tr("Time zone of the unit"))
        self.form.labelForField(self.idle).setText(self.tr("Lock the screen after idle minutes"))
        self.save_button.setText(self.tr("Save unit settings"))
        self.password_button.setText(self.tr("Change my password…"))
        self.saved_label.clear()

    def _language_changed(self, index: int) -> None:
        code = self.language.itemData(index)
        self.ctx.config.set("language", code)
        if self.languages is not None:
            self.languages.install(code)

    def save(self) -> None:
        try:
            self.ctx.unit_settings.set(self.user, "timezone", self.timezone.currentText())
            minutes = self.ctx.unit_settings.set(self.user, "idle_lock_minutes", self.idle.value())
        except AppError as error:
            self.error_label.show_error(error)
            return
        self.error_label.clear_error()
        self.saved_label.setText(self.tr("Saved."))
        self.idle_minutes_changed.emit(minutes)

    def change_password(self) -> None:
        if ChangePasswordDialog(self.ctx, self.user, parent=self).exec():
            self.saved_label.setText(self.tr("Password changed."))
