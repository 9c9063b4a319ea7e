"""Starting the GUI: the window first, then the database opened by a background job, then sign-in.

On first start the setup wizard creates the unit. A `--demo` run builds a throw-away demo unit in
a temporary folder (deleted at exit) with passwords generated for that run, shown on the sign-in form.
When the unit's database server refuses the password (or none is kept), the password is asked for on the
GUI thread (`ui/dialogs/server_password_dialog.py`) and the open tried again in the background; Cancel closes
the program.
"""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from inspector_app.errors import AppError
from inspector_app.paths import config_file, default_data_dir
from inspector_app.settings import LocalConfig
from ui.fonts import install_fonts
from ui.i18n import LanguageManager, default_language
from ui.jobs import JobControl, JobRunner
from ui.main_window import MainWindow

logger = logging.getLogger(__name__)


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("InspectorApp")
    app.setOrganizationName("ISC-KZ")
    app.setApplicationDisplayName("Inspector App")
    install_fonts(app)
    from ui.tray import app_icon

    app.setWindowIcon(app_icon())  # drawn, as the tray's: the taskbar, the title bar, Alt+Tab
    return app


def open_context(data_dir: Path, demo: bool, control: JobControl | None = None, password: str | None = None):
    """Runs in the start-up job: open (create, back up, migrate) the database; build the demo unit if asked.
    `password` is the server's, typed at start-up (else the one the credential store keeps)."""
    from inspector_app.bootstrap import build_context

    ctx = build_context(data_dir, password=password)
    if demo:
        from inspector_app.demo import build_demo

        ctx.demo_credentials = build_demo(ctx)
    return ctx


class Startup(QObject):
    """Shows the window, opens the database in the background, then runs the wizard if the unit is new."""

    def __init__(self, app: QApplication, data_dir: Path, demo: bool, lang: str | None) -> None:
        super().__init__(app)
        self.app = app
        self.demo_dir = tempfile.TemporaryDirectory(prefix="inspector-demo-") if demo else None
        self.data_dir = Path(self.demo_dir.name) if self.demo_dir else Path(data_dir or default_data_dir())
        self.ctx = None
        self.exit_code = 0
        self.demo = demo
        self.password: str | None = None  # the server's, once typed at start-up
        self.remember = False
        self.password_dialog = None
        self.languages = LanguageManager(app)
        self.languages.install(lang or _saved_language(self.data_dir) or default_language())
        self.jobs = JobRunner(self)
        self.window = MainWindow(languages=self.languages, jobs=self.jobs)
        self.window.closed.connect(self.app.quit)
        self.window.show()
        # Open the database once the window is up, so its first paint does not wait for the imports.
        self.opening = None
        QTimer.singleShot(0, lambda: self._start_opening(demo))

    def _start_opening(self, demo: bool) -> None:
        data_dir, password = self.data_dir, self.password

        def work(control):
            try:
                return open_context(data_dir, demo, control, password)
            except AppError as error:  # a refused password is asked for; any error is shown in the UI's language
                return error

        self.opening = self.jobs.submit("open database", work, finished=self._opened, failed=self._failed)

    def _opened(self, ctx) -> None:
        from inspector_app.services.setup import is_set_up
        from ui.dialogs.setup_wizard import SetupWizard
        from ui.error_texts import error_text

        if isinstance(ctx, AppError):
            if ctx.code == "database_password" and self._server_url():
                self._ask_password(ctx)
            else:
                self._failed(error_text(ctx))
            return
        if self.password is not None:
            self._keep_password()
        self.ctx = ctx
        if not is_set_up(ctx.uow_factory):
            wizard = SetupWizard(ctx, self.window, language=self.languages.language)
            if not wizard.exec():
                self.window.close()
                return
        self.window.set_context(ctx)

    def _server_url(self) -> str:
        from inspector_app.database_location import is_server

        try:
            url = LocalConfig(config_file(self.data_dir)).get("database_url")
        except AppError:
            return ""
        return url if is_server(url) else ""

    def _ask_password(self, error: AppError) -> None:
        """The server's password asked for over the window; the open tried again with it, or the program closed."""
        from inspector_app.database_location import address, stored_password
        from ui.dialogs.server_password_dialog import ServerPasswordDialog

        url = self._server_url()
        kept = stored_password(url) is not None
        shown = error if self.password is not None or kept else None  # the first question needs no reproach
        dialog = ServerPasswordDialog(address(url), shown, self.remember or kept, self.window)
        self.password_dialog = dialog
        dialog.accepted.connect(lambda: self._password_given(dialog))
        dialog.rejected.connect(lambda: self._password_refused(dialog))
        dialog.open()

    def _password_given(self, dialog) -> None:
        self.password_dialog = None
        self.password, self.remember = dialog.result_value
        dialog.deleteLater()
        self._start_opening(self.demo)

    def _password_refused(self, dialog) -> None:
        logger.info("start-up: no password given for the database server; closing")
        self.password_dialog = None
        dialog.deleteLater()
        self.window.close()

    def _keep_password(self) -> None:
        """The typed password into the credential store when asked to, or a refused kept one out of it."""
        from keyring.errors import KeyringError

        from inspector_app import database_location

        url = self._server_url()
        try:
            if self.remember:
                database_location.remember_password(url, self.password)
            elif database_location.stored_password(url) is not None:
                database_location.forget_password(url)
        except KeyringError as error:
            logger.warning("the credential store could not keep the server password: %s", type(error).__name__)

    def _failed(self, message: str) -> None:
        logger.error("start-up failed: %s", message)
        QMessageBox.critical(self.window, self.tr("Recorder journal and footage"), message)
        self.exit_code = 1
        self.window.close()

    def close(self) -> None:
        self.jobs.shutdown()
        if self.ctx is not None:
            self.ctx.close()
        if self.demo_dir is not None:
            self.demo_dir.cleanup()


def _saved_language(data_dir: Path) -> str:
    try:
        return LocalConfig(config_file(data_dir)).get("language")
    except Exception:  # an unreadable config must not stop the start; the database open reports it
        return ""


def _quit_on_signals(app: QApplication) -> QTimer:
    """Ctrl+C and SIGTERM end the event loop normally, so the start-up job is waited for and a demo folder
    is removed. Python runs signal handlers only between bytecodes, hence the idle timer that wakes it."""
    import signal

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_args: app.quit())
    timer = QTimer(app)
    timer.start(500)
    timer.timeout.connect(lambda: None)
    return timer


def run_gui(data_dir: Path | None = None, demo: bool = False, lang: str | None = None) -> int:
    app = create_application()
    _quit_on_signals(app)
    startup = Startup(app, data_dir, demo, lang)
    try:
        code = app.exec()
    finally:
        startup.close()
    return startup.exit_code or code
