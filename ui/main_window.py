"""The main window: navigation between the sections, the signed-in user, locking and signing out."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inspector_app import __version__
from inspector_app.context import AppContext
from inspector_app.domain.roles import Permission, allows
from inspector_app.domain.users import UserView
from ui.dialogs.password_dialogs import LockDialog
from ui.i18n import LanguageManager
from ui.idle import IdleWatcher
from ui.jobs import JobRunner
from ui.labels import role_label
from ui.pages.placeholder_page import PlaceholderPage
from ui.pages.recorders_page import RecordersPage
from ui.pages.settings_page import SettingsPage
from ui.pages.users_page import UsersPage
from ui.widgets import Retranslatable

logger = logging.getLogger(__name__)

# (key, title, permission needed to see it, placeholder description or None when built)
SECTIONS = [
    ("journal", QT_TRANSLATE_NOOP("Sections", "Journal"), Permission.VIEW_RECORDERS,
     QT_TRANSLATE_NOOP("Sections", "The journal of issue and return of recorders (Appendix 1 of order No. 444): "
                       "issue against signature, return, malfunction reports, corrections by striking through, "
                       "and the printed journal.")),
    ("recorders", QT_TRANSLATE_NOOP("Sections", "Recorders"), Permission.VIEW_RECORDERS, None),
    ("footage", QT_TRANSLATE_NOOP("Sections", "Footage"), Permission.ACCESS_FOOTAGE,
     QT_TRANSLATE_NOOP("Sections", "Recordings are stored automatically while a recorder charges (п.11), hashed "
                       "and sealed so that nobody can change them or their date and time (п.13). Only the "
                       "responsible person and the head may see them.")),
    ("inspections", QT_TRANSLATE_NOOP("Sections", "Inspections & acts"), Permission.VIEW_RECORDERS,
     QT_TRANSLATE_NOOP("Sections", "Inspection acts and prescriptions in Kazakh and Russian, with the recordings "
                       "that prove violations attached (п.14).")),
    ("retention", QT_TRANSLATE_NOOP("Sections", "Retention"), Permission.ACCESS_FOOTAGE,
     QT_TRANSLATE_NOOP("Sections", "Recordings are kept for 3 years (п.12), then destroyed under dual control "
                       "with a destruction act.")),
    ("audit", QT_TRANSLATE_NOOP("Sections", "Audit"), Permission.ACCESS_FOOTAGE,
     QT_TRANSLATE_NOOP("Sections", "A tamper-evident trail of every action, and a full verification of the "
                       "stored recordings.")),
    ("users", QT_TRANSLATE_NOOP("Sections", "Users"), Permission.VIEW_USERS, None),
    ("settings", QT_TRANSLATE_NOOP("Sections", "Settings"), None, None),
]


class MainWindow(Retranslatable, QMainWindow):
    signed_out = Signal()
    closed = Signal()

    def __init__(self, ctx: AppContext, user: UserView, languages: LanguageManager | None = None,
                 jobs: JobRunner | None = None, idle_timeout_ms: int | None = None) -> None:
        super().__init__()
        self.ctx, self.user, self.languages = ctx, user, languages
        self.jobs = jobs or JobRunner(self)
        self.setObjectName("mainWindow")
        self.resize(1180, 740)
        self.unit = ctx.unit()

        self.header = QLabel(objectName="unitHeader")
        self.header.setStyleSheet("font-size: 15px; font-weight: bold; padding: 4px;")
        self.user_label = QLabel(objectName="userLabel")
        self.user_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.navigation = QListWidget(objectName="navigation")
        self.navigation.setFixedWidth(210)
        self.navigation.setStyleSheet("QListWidget::item { padding: 8px; }")
        self.stack = QStackedWidget(objectName="sections")
        self.locked_page = QLabel(objectName="lockedPage", alignment=Qt.AlignmentFlag.AlignCenter)
        self.pages: dict[str, QWidget] = {}
        self._build_sections()
        self.stack.addWidget(self.locked_page)
        self.navigation.currentRowChanged.connect(self._show_section)

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.user_label)
        body = QHBoxLayout()
        body.addWidget(self.navigation)
        body.addWidget(self.stack, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        self._build_menu()

        minutes = ctx.unit_settings.get("idle_lock_minutes")
        self.idle = IdleWatcher(QApplication.instance(), idle_timeout_ms or minutes * 60_000, self)
        self.idle.idle.connect(self.lock)
        if "settings" in self.pages:
            self.pages["settings"].idle_minutes_changed.connect(lambda m: self.idle.set_timeout(m * 60_000))
        self.lock_dialog: LockDialog | None = None
        self.navigation.setCurrentRow(self._row_of("recorders"))
        self.retranslate()

    def _build_sections(self) -> None:
        for key, title, permission, description in SECTIONS:
            if permission is not None and not allows(self.user.role, permission):
                continue
            if key == "recorders":
                page = RecordersPage(self.ctx, self.user)
            elif key == "users":
                page = UsersPage(self.ctx, self.user)
            elif key == "settings":
                page = SettingsPage(self.ctx, self.user, self.languages)
            else:
                page = PlaceholderPage(f"{key}Page", title, description)
            self.pages[key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigation.addItem(item)

    def _build_menu(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.lock_action = QAction(self, shortcut=QKeySequence("Ctrl+L"), triggered=self.lock)
        self.sign_out_action = QAction(self, triggered=self.sign_out)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        for action in (self.lock_action, self.sign_out_action, self.quit_action):
            self.file_menu.addAction(action)
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self, triggered=self.about)
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        lang = self.languages.language if self.languages else "ru"
        unit_name = self.unit.name(lang) if self.unit else ""
        self.setWindowTitle(self.tr("Recorder journal and footage — {0}").format(unit_name))
        self.header.setText(unit_name)
        self.user_label.setText(f"{self.user.full_name} · {role_label(self.user.role)}")
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            title = next(t for k, t, _p, _d in SECTIONS if k == key)
            item.setText(QCoreApplication.translate("Sections", title))
        self.locked_page.setText(self.tr("The screen is locked."))
        self.file_menu.setTitle(self.tr("&File"))
        self.lock_action.setText(self.tr("Lock the screen"))
        self.sign_out_action.setText(self.tr("Sign out"))
        self.quit_action.setText(self.tr("Quit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("About"))
        self.statusBar().showMessage(self.tr("Signed in as {0}").format(self.user.login))

    def _row_of(self, key: str) -> int:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key:
                return row
        return 0

    def show_section(self, key: str) -> None:
        self.navigation.setCurrentRow(self._row_of(key))

    def _show_section(self, row: int) -> None:
        if self.lock_dialog is not None or row < 0:
            return
        key = self.navigation.item(row).data(Qt.ItemDataRole.UserRole)
        self.stack.setCurrentWidget(self.pages[key])

    def current_section(self) -> str:
        for key, page in self.pages.items():
            if page is self.stack.currentWidget():
                return key
        return "locked"

    def lock(self) -> None:
        """Hide everything and ask for the password again (idle time, or Ctrl+L)."""
        if self.lock_dialog is not None:
            return
        logger.info("screen locked for %s", self.user.login)
        self.stack.setCurrentWidget(self.locked_page)
        self.navigation.setEnabled(False)
        self.menuBar().setEnabled(False)
        self.lock_dialog = LockDialog(self.ctx, self.user, self)
        self.lock_dialog.finished.connect(self._lock_finished)
        self.lock_dialog.open()

    def _lock_finished(self, result: int) -> None:
        dialog, self.lock_dialog = self.lock_dialog, None
        dialog.deleteLater()
        if result == LockDialog.SIGN_OUT or not result:
            self.sign_out()
            return
        self.navigation.setEnabled(True)
        self.menuBar().setEnabled(True)
        self._show_section(self.navigation.currentRow())
        self.idle.reset()

    def sign_out(self) -> None:
        logger.info("signed out: %s", self.user.login)
        self.idle.stop()
        self._signing_out = True
        self.close()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About"), self.tr(
            "Recorder journal and footage, version {0}.\nOrder No. 444 of the Minister of Emergency Situations "
            "of the Republic of Kazakhstan.").format(__version__))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.idle.stop()
        self.jobs.shutdown(10_000)
        super().closeEvent(event)
        if getattr(self, "_signing_out", False):
            self.signed_out.emit()
        else:
            self.closed.emit()
