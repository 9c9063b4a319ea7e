"""The main window: the sign-in form, then navigation between the sections; locking and signing out.

The window is shown at once, before the database is open (a background job opens it), so the app
appears nearly as fast as a bare Qt window; the sections are built for the role of whoever signs in.
The navigation keeps its section keys in a Python list rather than item data roles, and nothing
before the first paint touches the `Qt` namespace (its Python enums cost about 12 ms to build).

A session of someone who may see footage (the responsible person, the head) runs an ingest station:
docked recorders are stored as they charge (п.11) and the footage and journal sections follow. An
inspector's session runs none: they never see footage (п.13), and an ingest started under their
session would show them its recorders and files and bind serials in their name.

A session of the head or the responsible person also runs the background checks of `session_checks.py`
(the PC clock, pending time-stamps, the daily rolling verification). Every end of a session (signing out,
locking, closing the window) is recorded in the audit trail; unlocking is a sign-in of its own.

Once the unit has a storage password (п.6), such a session asks for it when it starts (`vault_session.py`;
"Later" goes on with the footage locked). Signing out, locking the screen and closing the window lock the
footage vault again; unlocking the screen with the sign-in password does not unlock it, it asks again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from typing import TYPE_CHECKING

from inspector_app import __version__
from inspector_app.domain.roles import Permission, allows
from ui.i18n import LanguageManager
from ui.idle import IdleWatcher
from ui.jobs import JobRunner
from ui.labels import role_label
from ui.sign_in_panel import SignInPanel

if TYPE_CHECKING:  # the sections are imported when someone signs in: the window shows sooner
    from inspector_app.context import AppContext
    from inspector_app.domain.users import UserView
    from ui.dialogs.password_dialogs import LockDialog
from ui.widgets import CurrentPageStack, Retranslatable, emphasize, text_width

logger = logging.getLogger(__name__)

# (key, title, permission needed to see it, placeholder description or None when built)
SECTIONS = [
    ("journal", QT_TRANSLATE_NOOP("Sections", "Journal"), Permission.VIEW_RECORDERS, None),
    ("recorders", QT_TRANSLATE_NOOP("Sections", "Recorders"), Permission.VIEW_RECORDERS, None),
    ("footage", QT_TRANSLATE_NOOP("Sections", "Footage"), Permission.ACCESS_FOOTAGE,
     QT_TRANSLATE_NOOP("Sections", "Recordings are stored automatically while a recorder charges (п.11), hashed "
                       "and sealed so that nobody can change them or their date and time (п.13). Only the "
                       "responsible person and the head may see them.")),
    ("inspections", QT_TRANSLATE_NOOP("Sections", "Inspections & acts"), Permission.WORK_ON_INSPECTIONS, None),
    ("retention", QT_TRANSLATE_NOOP("Sections", "Retention"), Permission.VIEW_RETENTION, None),
    ("audit", QT_TRANSLATE_NOOP("Sections", "Audit"), Permission.VIEW_AUDIT, None),
    ("users", QT_TRANSLATE_NOOP("Sections", "Users"), Permission.VIEW_USERS, None),
    ("settings", QT_TRANSLATE_NOOP("Sections", "Settings"), None, None),
]


class MainWindow(Retranslatable, QMainWindow):
    session_started = Signal(object)
    signed_out = Signal()
    closed = Signal()

    def __init__(self, ctx: AppContext | None = None, user: UserView | None = None,
                 languages: LanguageManager | None = None, jobs: JobRunner | None = None,
                 idle_timeout_ms: int | None = None, roots_provider=None, station_interval_ms: int = 2000,
                 other_pcs_interval_ms: int = 10_000) -> None:
        super().__init__()
        self.other_pcs, self.other_pcs_interval_ms = None, other_pcs_interval_ms
        self.ctx, self.user, self.languages = None, None, languages
        self.unit = None
        self.jobs = jobs or JobRunner(self)
        self.idle_timeout_ms = idle_timeout_ms
        self.station = None  # the ingest station of a footage session
        self.vault = None  # the storage password of a footage session (ui/vault_session.py)
        self.checks = None  # the clock, time-stamp and rolling checks of a head's or responsible person's session
        self._session_open = False  # signed in and not yet recorded as signed out
        self.roots_provider, self.station_interval_ms = roots_provider, station_interval_ms  # tests give folders
        self.idle: IdleWatcher | None = None
        self.lock_dialog = None
        self.notifications_bar = None  # for those who acknowledge notifications, above the sections
        self.notifications_holder = None
        self.session_status = None  # the status bar's docked recorders, vault lock, pending time-stamps
        self.tray = None  # tray notifications of a session that ingests or acknowledges notifications
        self.section_keys = []  # Alt+1 … Alt+8
        self.setObjectName("mainWindow")
        self._fit_to_screen(1180, 740)

        self.header = emphasize(QLabel(objectName="unitHeader"), 1.15)
        self.header.setStyleSheet("padding: 4px;")
        # A unit's full official name is long (the Kazakh one ~1300 px in one line): wrap it, so it
        # neither widens the window past a 1280-pixel screen nor pushes the user's name out of sight.
        self.header.setWordWrap(True)
        self.user_label = QLabel(objectName="userLabel")
        self.navigation = QListWidget(objectName="navigation")
        self.navigation.setStyleSheet("QListWidget::item { padding: 8px; }")  # as wide as its titles: retranslate()
        self.navigation.hide()
        self.stack = CurrentPageStack(objectName="sections")
        self.sign_in = SignInPanel(languages)
        self.sign_in.authenticated.connect(self.start_session)
        self.locked_page = emphasize(QLabel(objectName="lockedPage"), 1.15, bold=False)
        self.locked_page.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.stack.addWidget(self.sign_in)
        self.stack.addWidget(self.locked_page)
        self.pages: dict[str, QWidget] = {}
        self.nav_keys: list[str] = []  # section key of each navigation row
        self.navigation.currentRowChanged.connect(self._show_section)

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.user_label)
        # A section taller or wider than the window (a small screen at 200 %, or large text) scrolls instead of
        # squeezing its controls below their size and cutting their text.
        self.scroll = QScrollArea(objectName="sectionsScroll", widgetResizable=True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.stack)
        self.content = QVBoxLayout()
        self.content.addWidget(self.scroll, 1)
        body = QHBoxLayout()
        body.addWidget(self.navigation)
        body.addLayout(self.content, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        self._build_menu()
        self.retranslate()
        if ctx is not None:
            self.set_context(ctx)
        if user is not None:
            self.start_session(user)

    def _fit_to_screen(self, width: int, height: int) -> None:
        """The wanted size, or nine tenths of the screen when that is smaller (a 1920x1080 screen at 200 %
        is 960x540 device-independent pixels)."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() * 9 // 10), min(height, room.height() * 9 // 10)
        self.resize(width, height)

    def _fit_navigation(self) -> None:
        """The navigation as wide as its longest title in this language and font, never narrower than 18
        average characters (the width of 210 pixels at the default font)."""
        fm = self.navigation.fontMetrics()
        titles = [self.navigation.item(row).text() for row in range(self.navigation.count())]
        widest = max((fm.horizontalAdvance(title) for title in titles), default=0)
        frame = 2 * self.navigation.frameWidth() + 2 * 8 + 8  # the items' padding and some air
        self.navigation.setFixedWidth(max(text_width(self.navigation, 18), widest + frame))

    # start-up and sessions
    def set_context(self, ctx: AppContext) -> None:
        """The database is open: show the unit and let people sign in."""
        self.ctx = ctx
        self.unit = ctx.unit()
        self.sign_in.set_context(ctx)
        self.retranslate()

    def start_session(self, user: UserView) -> None:
        self.user = user
        if allows(user.role, Permission.ACCESS_FOOTAGE):
            from ui.vault_session import VaultSession

            self._create_station()
            self.vault = VaultSession(self.ctx, user, self) if self.ctx.keyring is not None else None
        self._build_sections()
        if allows(user.role, Permission.ACKNOWLEDGE_NOTIFICATIONS):
            from ui.notifications_bar import NotificationsBar

            # In a holder of its own, so that locking hides it even when the bar refreshes meanwhile.
            self.notifications_holder = QWidget(objectName="notificationsHolder")
            holder = QVBoxLayout(self.notifications_holder)
            holder.setContentsMargins(0, 0, 0, 0)
            self.notifications_bar = NotificationsBar(self.ctx, user)
            holder.addWidget(self.notifications_bar)
            self.content.insertWidget(0, self.notifications_holder)
            if "journal" in self.pages:  # a fault report or an acknowledgement shows in the journal too
                self.notifications_bar.changed.connect(self.pages["journal"].reload)
                self.pages["journal"].journal_changed.connect(self.notifications_bar.refresh)
        self.navigation.show()
        self._update_actions()
        minutes = self.ctx.unit_settings.get("idle_lock_minutes")
        self.idle = IdleWatcher(QApplication.instance(), self.idle_timeout_ms or minutes * 60_000, self)
        self.idle.idle.connect(lambda: self.lock("idle_lock"))
        if "settings" in self.pages:
            self.pages["settings"].idle_minutes_changed.connect(lambda m: self.idle.set_timeout(m * 60_000))
        self.navigation.setCurrentRow(self._row_of("recorders"))
        self._start_status()
        self.retranslate()
        self._watch_other_pcs()
        if self.station is not None:
            self.station.start()
        self._session_open = True
        if allows(user.role, Permission.VIEW_AUDIT):
            self._start_checks()
        logger.info("session started: %s", user.login)
        self.session_started.emit(user)
        if self.vault is not None:
            self.vault.ask(self)

    def sign_out(self) -> None:
        if self.user is None:
            return
        logger.info("signed out: %s", self.user.login)
        self._lock_vault("sign_out")
        self._end_session("sign_out")
        self._stop_checks()
        self._stop_status()
        self._stop_station()
        self._stop_watching_other_pcs()
        if self.idle is not None:
            self.idle.stop()
            self.idle.deleteLater()
            self.idle = None
        self.navigation.blockSignals(True)
        self.navigation.clear()
        self.nav_keys.clear()
        self.navigation.blockSignals(False)
        self.navigation.hide()
        if self.notifications_bar is not None:
            self.content.removeWidget(self.notifications_holder)
            self.notifications_holder.deleteLater()
            self.notifications_bar = self.notifications_holder = None
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        if self.vault is not None:
            self.vault.deleteLater()
            self.vault = None
        self.user = None
        self.sign_in.reset()
        self.stack.setCurrentWidget(self.sign_in)
        self._update_actions()
        self.retranslate()
        self.signed_out.emit()

    def _build_sections(self) -> None:
        from ui.pages.audit_page import AuditPage
        from ui.pages.footage_page import FootagePage
        from ui.pages.journal_page import JournalPage
        from ui.pages.placeholder_page import PlaceholderPage
        from ui.pages.recorders_page import RecordersPage
        from ui.pages.settings_page import SettingsPage
        from ui.pages.users_page import UsersPage
        from ui import empty_state

        for key, title, permission, description in SECTIONS:
            if permission is not None and not allows(self.user.role, permission):
                continue
            if key == "journal":
                page = JournalPage(self.ctx, self.user, jobs=self.jobs)
            elif key == "recorders":
                page = RecordersPage(self.ctx, self.user)
            elif key == "inspections":
                from ui.pages.inspections_page import InspectionsPage

                page = InspectionsPage(self.ctx, self.user, jobs=self.jobs)
            elif key == "footage":
                page = FootagePage(self.ctx, self.user, station=self.station, vault=self.vault, jobs=self.jobs)
            elif key == "retention":
                from ui.pages.retention_page import RetentionPage

                page = RetentionPage(self.ctx, self.user, jobs=self.jobs)
            elif key == "audit":
                page = AuditPage(self.ctx, self.user, jobs=self.jobs)
            elif key == "users":
                page = UsersPage(self.ctx, self.user, vault=self.vault)
            elif key == "settings":
                page = SettingsPage(self.ctx, self.user, self.languages, vault=self.vault, jobs=self.jobs)
            else:
                page = PlaceholderPage(f"{key}Page", title, description)
            empty_state.attach_all(page)  # an empty list says why, and what to do
            self.pages[key] = page
            self.stack.addWidget(page)
            self.nav_keys.append(key)
            self.navigation.addItem(QListWidgetItem(title))

    def _lock_vault(self, reason: str) -> None:
        """The footage vault's key is dropped whenever the session ends; never fails the end of a session."""
        try:
            if self.vault is not None:
                self.vault.lock(reason)
            elif self.ctx is not None and self.ctx.keyring is not None:
                self.ctx.keyring.lock(reason)
        except Exception:  # noqa: BLE001 - signing out or closing must never fail on the record
            logger.exception("could not lock the footage vault")

    def _end_session(self, reason: str) -> None:
        """Record in the audit trail that the session ended (once: a lock ends it, unlocking signs in again)."""
        if self.user is None or not self._session_open:
            return
        self._session_open = False
        try:
            self.ctx.accounts.sign_out(self.user, reason)
        except Exception:  # noqa: BLE001 - signing out or closing must never fail on the record
            logger.exception("could not record the end of the session of %s", self.user.login)

    # background checks of the session
    def _watch_other_pcs(self) -> None:
        """The journal and the recorders as the unit's other PCs leave them (ui/other_pcs.py)."""
        from ui.other_pcs import OtherPcsWatcher

        self.other_pcs = OtherPcsWatcher(self.ctx, self.jobs, self.other_pcs_interval_ms, parent=self)
        for name in ("journal", "recorders"):
            if name in self.pages:
                self.other_pcs.changed.connect(self.pages[name].reload)
        self.other_pcs.start()

    def _stop_watching_other_pcs(self) -> None:
        if self.other_pcs is not None:
            self.other_pcs.stop()
            self.other_pcs.deleteLater()
            self.other_pcs = None

    def _start_checks(self) -> None:
        from ui.session_checks import SessionChecks

        self.checks = SessionChecks(self.ctx, self.user, self.jobs, parent=self)
        self.checks.attach(self.pages.get("audit"), self.notifications_bar)
        if self.session_status is not None:
            self.checks.timestamps_fetched.connect(lambda _result: self.session_status.refresh_pending())
        self.checks.start()

    def _stop_checks(self) -> None:
        if self.checks is not None:
            self.checks.stop()
            self.checks.deleteLater()
            self.checks = None

    # the ingest station
    def _create_station(self) -> None:
        """A station over the window's job runner; started once the sections are built."""
        from devices.ingest_engine import IngestEngine
        from ui.station import Station

        self.station = Station(IngestEngine(self.ctx), jobs=self.jobs, interval_ms=self.station_interval_ms,
                               roots_provider=self.roots_provider, parent=self)
        self.station.finished.connect(self._ingest_finished)

    # the status bar and the tray
    def _start_status(self) -> None:
        from ui.status_bar import SessionStatus
        from ui.tray import TrayNotifier

        self.session_status = SessionStatus(self.statusBar(), self.ctx, self.user, self.jobs, station=self.station,
                                            vault=self.vault, show_footage=lambda: self.show_section("footage"),
                                            parent=self)
        if self.station is None and self.notifications_bar is None:
            return  # nothing finishes in the background for an inspector
        self.tray = TrayNotifier(self)
        if self.station is not None:
            self.station.failed.connect(lambda volume, message: self.tray.ingest_failed(volume.serial or "", message))
        if self.notifications_bar is not None:
            bar = self.notifications_bar
            self.tray.notifications_changed(bar.notifications)  # what is there already is not news
            bar.changed.connect(lambda: self.tray.notifications_changed(bar.notifications))

    def _stop_status(self) -> None:
        if self.session_status is not None:
            self.session_status.detach()
            self.session_status.deleteLater()
            self.session_status = None
        if self.tray is not None:
            self.tray.close()
            self.tray.deleteLater()
            self.tray = None

    def _ingest_finished(self, _volume, summary) -> None:
        if self.tray is not None:
            name = summary.inventory_number or summary.serial or ""
            if summary.inventory_number and summary.serial:
                name = f"{summary.inventory_number} ({summary.serial})"
            self.tray.ingest_finished(name, summary)
        if "journal" in self.pages and summary.entries_completed:
            self.pages["journal"].reload()  # column 6: the date and time the data was stored
        if self.notifications_bar is not None and summary.recorder_id is not None:
            self.notifications_bar.refresh()  # e.g. a recorder clock found off (п.17)

    def _stop_station(self) -> None:
        if self.station is None:
            return
        station, self.station = self.station, None
        station.finished.disconnect(self._ingest_finished)
        if not station.stop(10_000):
            logger.warning("an ingest did not stop in time")
        station.deleteLater()

    def _build_menu(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        # Shortcuts are set when a session starts: building key sequences touches the Qt enums (slow start).
        self.lock_action = QAction(self, triggered=lambda: self.lock("lock"))
        self.sign_out_action = QAction(self, triggered=self.sign_out)
        self.quit_action = QAction(self, triggered=self.close)
        for action in (self.lock_action, self.sign_out_action, self.quit_action):
            self.file_menu.addAction(action)
        self.help_menu = self.menuBar().addMenu("")
        self.shortcuts_action = QAction(self, triggered=self.show_shortcuts)
        self.about_action = QAction(self, triggered=self.about)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)
        self._update_actions()

    def _update_actions(self) -> None:
        if self.user is not None and self.lock_action.shortcut().isEmpty():
            from ui import shortcuts

            self.lock_action.setShortcut(shortcuts.key("lock"))
            self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
            self.shortcuts_action.setShortcut(shortcuts.key("shortcuts"))
            for number in range(1, 9):  # Alt+1 … Alt+8: the sections in the order of the list
                action = QAction(self, shortcut=QKeySequence(f"Alt+{number}"),
                                 triggered=lambda _=False, row=number - 1: self._go_to_row(row))
                self.addAction(action)
                self.section_keys.append(action)
        self.lock_action.setEnabled(self.user is not None)
        self.sign_out_action.setEnabled(self.user is not None)

    def retranslate(self) -> None:
        lang = self.languages.language if self.languages else "ru"
        unit_name = self.unit.name(lang) if self.unit else ""
        title = self.tr("Recorder journal and footage")
        self.setWindowTitle(f"{title} — {unit_name}" if unit_name else title)
        self.header.setText(unit_name)
        self.user_label.setText(f"{self.user.full_name} · {role_label(self.user.role)}" if self.user else "")
        for row, key in enumerate(self.nav_keys):
            title = next(t for k, t, _p, _d in SECTIONS if k == key)
            self.navigation.item(row).setText(QCoreApplication.translate("Sections", title))
        self._fit_navigation()
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.locked_page.setText(self.tr("The screen is locked."))
        self.file_menu.setTitle(self.tr("&File"))
        self.lock_action.setText(self.tr("Lock the screen"))
        self.sign_out_action.setText(self.tr("Sign out"))
        self.quit_action.setText(self.tr("Quit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("About"))
        self.shortcuts_action.setText(self.tr("Keyboard shortcuts"))
        if self.session_status is not None:
            self.session_status.retranslate()
        if self.tray is not None:
            self.tray.retranslate()

    # sections
    def _row_of(self, key: str) -> int:
        return self.nav_keys.index(key) if key in self.nav_keys else 0

    def _go_to_row(self, row: int) -> None:
        if self.user is not None and self.lock_dialog is None and row < self.navigation.count():
            self.navigation.setCurrentRow(row)

    def show_section(self, key: str) -> None:
        self.navigation.setCurrentRow(self._row_of(key))

    def _show_section(self, row: int) -> None:
        if self.lock_dialog is not None or row < 0 or self.user is None:
            return
        self.stack.setCurrentWidget(self.pages[self.nav_keys[row]])

    def current_section(self) -> str:
        if self.stack.currentWidget() is self.sign_in:
            return "sign_in"
        for key, page in self.pages.items():
            if page is self.stack.currentWidget():
                return key
        return "locked"

    # locking
    def lock(self, reason: str = "lock") -> None:
        """Hide everything and ask for the password again (idle time, or Ctrl+L); unlocking signs in again."""
        from ui.dialogs.password_dialogs import LockDialog

        if self.lock_dialog is not None or self.user is None:
            return
        logger.info("screen locked for %s", self.user.login)
        self._lock_vault(reason)
        self._end_session(reason)
        self.stack.setCurrentWidget(self.locked_page)
        if self.notifications_bar is not None:  # its messages are hidden with the rest
            self.notifications_holder.hide()
        self.navigation.setEnabled(False)
        self.menuBar().setEnabled(False)
        self.lock_dialog = LockDialog(self.ctx, self.user, self)
        self.lock_dialog.finished.connect(self._lock_finished)
        self.lock_dialog.open()

    def _lock_finished(self, result: int) -> None:
        from ui.dialogs.password_dialogs import LockDialog

        dialog, self.lock_dialog = self.lock_dialog, None
        dialog.deleteLater()
        self.navigation.setEnabled(True)
        self.menuBar().setEnabled(True)
        if result == LockDialog.SIGN_OUT or not result:
            self.sign_out()
            return
        self._session_open = True  # the password was checked again: a new sign-in in the audit trail
        self._show_section(self.navigation.currentRow())
        if self.notifications_bar is not None:
            self.notifications_holder.show()
        self.idle.reset()
        if self.vault is not None:  # the sign-in password does not unlock the footage: ask again
            self.vault.ask(self)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About"), self.tr(
            "Recorder journal and footage, version {0}.\nOrder No. 444 of the Minister of Emergency Situations "
            "of the Republic of Kazakhstan.").format(__version__))

    def show_shortcuts(self) -> None:
        from ui import shortcuts

        shortcuts.show_table(self)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.idle is not None:
            self.idle.stop()
        self._stop_status()
        self._lock_vault("close")
        self._end_session("close")
        self._stop_checks()
        self._stop_station()
        self._stop_watching_other_pcs()
        self.jobs.shutdown(10_000)
        super().closeEvent(event)
        self.closed.emit()
