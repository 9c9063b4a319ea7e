"""`inspector-app --self-check`: prove that this installation (a source tree or the PyInstaller bundle) works.

The check needs no display (it runs on Qt's offscreen platform unless QT_QPA_PLATFORM says otherwise) and no
data folder: it builds a throw-away demo unit in a temporary folder, the same `build_context` + `build_demo`
path as `--demo`, and never opens the real unit's. In order it checks

1. the resources: the font files the PDF code embeds (registered with reportlab, and a badge PDF made with
   them), every document template, the vendor profiles and the starter catalogue;
2. the translations: the app's kk and ru `.qm` files and Qt's own `qtbase_kk`/`qtbase_ru` (from
   QLibraryInfo's TranslationsPath) load and translate a known string each;
3. the demo unit: built, with its footage ingested into the encrypted vault;
4. the real main window, in Kazakh: the demo head signs in through the sign-in form, unlocks the footage with
   the storage password, opens the footage section, and its UI font has every Kazakh letter;
5. the real player (ui/player/): a recording opened with the page's "Play" button decodes frames into the
   player's video sink and its position advances.

On success it prints one JSON line (what was checked, with timings in milliseconds) and returns 0; on a failure
it prints `inspector-app: self-check failed: <step>: <why>` on stderr, with the warnings logged meanwhile, and
returns 1. `grab` saves pictures of the main window and of the player, to look at.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

logger = logging.getLogger(__name__)

KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
# (context, English source) of a text the app's own translations must change, and one of Qt's (qtbase).
APP_TEXT = ("MainWindow", "Recorder journal and footage")
QT_TEXT = ("QPlatformTheme", "Cancel")
# What the offscreen platform says of every window: not worth a line of a failure report.
QT_NOISE = frozenset({"This plugin does not support propagateSizeHints()"})
WAIT_SECONDS = 60  # for any one thing to happen (a page to load, frames to come)
MIN_FRAMES = 5
MIN_ADVANCE_MS = 300


class SelfCheckFailed(Exception):
    def __init__(self, step: str, message: str) -> None:
        super().__init__(f"{step}: {message}")
        self.step = step


class _Collected(logging.Handler):
    """Warnings logged (by the app or by Qt) during the check, shown with a failure."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.name}: {record.getMessage()}")


def _environment() -> None:
    """Before Qt and OpenCV are loaded: no display needed, Qt's ffmpeg media backend, OpenCV's notes quiet."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_MEDIA_BACKEND", "ffmpeg")
    os.environ.setdefault("OPENCV_LOG_LEVEL", "ERROR")


def run_self_check(grab: Path | None = None, verbose: bool = False) -> int:
    _environment()
    started_at = time.time()
    collected = _Collected()
    root = logging.getLogger()
    root.addHandler(collected)
    if verbose:
        root.setLevel(logging.INFO)
        root.addHandler(logging.StreamHandler(sys.stderr))
    check = SelfCheck(collected, grab)
    try:
        report = check.run()
    except SelfCheckFailed as failure:
        print(f"inspector-app: self-check failed: {failure}", file=sys.stderr)
        for line in collected.lines[-20:]:
            print(f"inspector-app: self-check: logged: {line}", file=sys.stderr)
        return 1
    finally:
        root.removeHandler(collected)
    report = {"ok": True, "started_at": round(started_at, 3), **report,
              "total_ms": round((time.time() - started_at) * 1000), "warnings": len(collected.lines)}
    print(json.dumps(report, ensure_ascii=False), flush=True)
    return 0


class SelfCheck:
    """Runs the steps in order, timing each; the first failure ends the check."""

    def __init__(self, collected: _Collected, grab: Path | None) -> None:
        self.collected, self.grab = collected, grab
        self.languages = None  # the LanguageManager, once the application exists
        self.timings: dict[str, int] = {}
        self.facts: dict[str, object] = {}

    def run(self) -> dict:
        app = self._step("qt", self._application)
        from ui.self_check_steps import check_resources, check_translations

        self.facts["resources"] = self._step("resources", check_resources)
        self.facts["translations"] = self._step("translations", lambda: check_translations(app, self.languages))
        with tempfile.TemporaryDirectory(prefix="inspector-self-check-") as temp:
            data_dir = Path(temp) / "demo"
            # Anything asking for the default data folder gets the temporary one, never the real unit's.
            saved = os.environ.get("INSPECTOR_APP_DATA_DIR")
            os.environ["INSPECTOR_APP_DATA_DIR"] = str(data_dir)
            try:
                self._with_unit(app, data_dir)
            finally:
                if saved is None:
                    os.environ.pop("INSPECTOR_APP_DATA_DIR", None)
                else:
                    os.environ["INSPECTOR_APP_DATA_DIR"] = saved
        return {"frozen": bool(getattr(sys, "frozen", False)), "platform": self.facts.pop("platform"),
                "checks": self.facts, "timings_ms": self.timings}

    def _with_unit(self, app, data_dir: Path) -> None:
        from ui.self_check_steps import Session

        ctx = self._step("demo_unit", lambda: self._demo(data_dir))
        session = Session(app, ctx, self.languages, WAIT_SECONDS)
        try:
            self.facts["window"] = self._step("window", session.open_window)
            self.facts["footage"] = self._step("footage", session.open_footage)
            self.facts["player"] = self._step("player", lambda: session.play(MIN_FRAMES, MIN_ADVANCE_MS))
            if self.grab is not None:
                self.facts["grab"] = self._step("grab", lambda: session.save_pictures(self.grab))
        finally:
            session.close()
            ctx.close()

    def _step(self, name: str, work):
        start = time.perf_counter()
        try:
            result = work()
        except SelfCheckFailed:
            raise
        except Exception as error:  # any failure of the app's own code is this step's failure
            logger.debug("self-check step %s", name, exc_info=True)
            raise SelfCheckFailed(name, f"{type(error).__name__}: {error}") from error
        self.timings[name] = round((time.perf_counter() - start) * 1000)
        return result

    def _application(self):
        from PySide6.QtCore import QtMsgType, qInstallMessageHandler

        def qt_message(kind, _context, text) -> None:
            if kind not in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg) and text not in QT_NOISE:
                self.collected.lines.append(f"qt: {text}")

        qInstallMessageHandler(qt_message)  # before the other Qt modules load their plugins
        from PySide6.QtGui import QGuiApplication

        from ui.app import create_application
        from ui.i18n import LanguageManager

        app = create_application()
        self.languages = LanguageManager(app)
        self.facts["platform"] = QGuiApplication.platformName()
        return app

    def _demo(self, data_dir: Path):
        from inspector_app.bootstrap import build_context
        from inspector_app.demo import build_demo

        ctx = build_context(data_dir)
        try:
            ctx.demo_credentials = build_demo(ctx)
        except BaseException:
            ctx.close()
            raise
        return ctx
