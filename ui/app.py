"""Starting the GUI: fonts, language, the setup wizard on first start, then sign-in and the main window.

A `--demo` run builds a throw-away demo unit in a temporary folder (deleted at exit) with passwords
generated for that run and shown on the sign-in screen.
"""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from inspector_app.context import AppContext
from inspector_app.errors import AppError
from inspector_app.services.setup import is_set_up
from ui.dialogs.login_dialog import LoginDialog
from ui.dialogs.setup_wizard import SetupWizard
from ui.fonts import install_fonts
from ui.i18n import LanguageManager, default_language
from ui.jobs import JobRunner
from ui.main_window import MainWindow

logger = logging.getLogger(__name__)


class SessionController(QObject):
    """Sign-in, then the main window; signing out goes back to sign-in; closing the window quits."""

    def __init__(self, app: QApplication, ctx: AppContext, languages: LanguageManager) -> None:
        super().__init__(app)
        self.app, self.ctx, self.languages = app, ctx, languages
        self.jobs = JobRunner(self)
        self.window: MainWindow | None = None

    def start(self) -> bool:
        dialog = LoginDialog(self.ctx, self.languages)
        if not dialog.exec() or dialog.user is None:
            self.app.quit()
            return False
        self.window = MainWindow(self.ctx, dialog.user, self.languages, self.jobs)
        self.window.signed_out.connect(self._signed_out)
        self.window.closed.connect(self.app.quit)
        self.window.show()
        return True

    def _signed_out(self) -> None:
        self.window.deleteLater()
        self.window = None
        self.start()


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("InspectorApp")
    app.setOrganizationName("ISC-KZ")
    app.setApplicationDisplayName("Inspector App")
    install_fonts(app)
    return app


def run_gui(data_dir: Path | None = None, demo: bool = False, lang: str | None = None) -> int:
    from inspector_app.bootstrap import build_context

    app = create_application()
    app.setQuitOnLastWindowClosed(False)
    demo_dir = tempfile.TemporaryDirectory(prefix="inspector-demo-") if demo else None
    try:
        ctx = build_context(Path(demo_dir.name) if demo_dir else data_dir)
        if demo:
            from inspector_app.demo import build_demo

            ctx.demo_credentials = build_demo(ctx)
    except AppError as error:
        QMessageBox.critical(None, "Inspector App", str(error))
        return 1
    languages = LanguageManager(app)
    languages.install(lang or ctx.config.get("language") or default_language())
    try:
        if not is_set_up(ctx.uow_factory):
            wizard = SetupWizard(ctx)
            if not wizard.exec():
                return 0
        controller = SessionController(app, ctx, languages)
        if not controller.start():
            return 0
        return app.exec()
    finally:
        ctx.close()
        if demo_dir is not None:
            demo_dir.cleanup()
