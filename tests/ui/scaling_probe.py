"""Run by tests/ui/test_scaling.py in a process of its own (Qt fixes the scale factor when the application
is made): the demo unit in Kazakh at the scale factor of the environment, on an offscreen 1920x1080 screen.
Signs in as the head, shows every section and the main dialogs, and prints as JSON what does not fit: a
control smaller than its minimum size hint (its text cut), a button whose text is wider than it, the window
larger than its screen, a label in a font smaller than the interface's (a pixel size in a style sheet), table
rows lower than their text; each line starts with its kind: width, height, window or font. With `--png DIR` it saves what it showed as PNG files there.

Usage: QT_SCALE_FACTOR=2 python -m tests.ui.scaling_probe [--png DIR]
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

SCREEN = {"screens": [{"name": "screen", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
                       "logicalBaseDpi": 96, "dpr": 1}]}


def main(argv: list[str]) -> int:
    png = Path(argv[argv.index("--png") + 1]) if "--png" in argv else None
    work = Path(tempfile.mkdtemp(prefix="scaling-"))
    config = work / "screen.json"
    config.write_text(json.dumps(SCREEN))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ.pop("INSPECTOR_APP_DATA_DIR", None)

    from PySide6.QtGui import QFontInfo
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QApplication,
        QComboBox,
        QHeaderView,
        QLabel,
        QLineEdit,
        QTableView,
        QWidget,
    )

    from inspector_app import passwords, vault_keys
    from inspector_app.bootstrap import build_context
    from inspector_app.demo import build_demo
    from ui.fonts import install_fonts
    from ui.i18n import LanguageManager
    from ui.main_window import MainWindow

    passwords.LOG2_N = vault_keys.SCRYPT_LOG2_N = 10
    app = QApplication(["probe"])
    install_fonts(app)
    text_scale = float(os.environ.get("PROBE_TEXT_SCALE", "1"))  # Windows' "Make text bigger", without DPI
    if text_scale != 1:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * text_scale)
        app.setFont(font)
    languages = LanguageManager(app)
    languages.install("kk")
    ctx = build_context(work / "data")
    credentials = build_demo(ctx, footage=False)
    problems: list[str] = []
    screen = app.primaryScreen().availableGeometry()

    def check(root, where: str) -> None:
        app.processEvents()
        kinds = (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)
        for widget in root.findChildren(QWidget):
            if not isinstance(widget, kinds) or not widget.isVisible() or widget.window() is not root.window():
                continue
            if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
                continue
            if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
                continue  # the edit inside a combo or spin box: the box itself is checked
            name = widget.objectName() or type(widget).__name__
            hint, size = widget.minimumSizeHint(), widget.size()
            if size.width() < hint.width() or size.height() < hint.height():
                kind = "width" if size.width() < hint.width() else "height"
                problems.append(f"{kind} {where}: {name} is {size.width()}x{size.height()}, needs "
                                f"{hint.width()}x{hint.height()}")
            if isinstance(widget, QAbstractButton) and widget.text():
                text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                advance = widget.fontMetrics().horizontalAdvance(text)
                if advance > widget.width():
                    problems.append(f"width {where}: the text of {name} ({text!r}) is {advance} wide, the button "
                                    f"{widget.width()}")
        base = QFontInfo(app.font()).pixelSize()
        for widget in root.findChildren(QWidget):
            if not widget.isVisible() or widget.window() is not root.window():
                continue
            name = widget.objectName() or type(widget).__name__
            if isinstance(widget, QLabel) and widget.text() and QFontInfo(widget.font()).pixelSize() < base:
                problems.append(f"font {where}: {name} is in a {QFontInfo(widget.font()).pixelSize()}-pixel font, "
                                f"smaller than the interface's {base} (a pixel size that does not follow the text)")
            if isinstance(widget, QTableView) and widget.verticalHeader().sectionResizeMode(0) == \
                    QHeaderView.ResizeMode.Fixed and widget.model() is not None and widget.model().rowCount():
                need = widget.fontMetrics().height() + 2
                if widget.rowHeight(0) < need:
                    problems.append(f"height {where}: the rows of {name} are {widget.rowHeight(0)} high, the text "
                                    f"{need}")
        window = root.window()
        frame = window.frameGeometry()
        if frame.width() > screen.width() or frame.height() > screen.height():
            problems.append(f"window {where}: the window is {frame.width()}x{frame.height()}, the screen "
                            f"{screen.width()}x{screen.height()}")

    def save(widget, name: str) -> None:
        if png is not None:
            png.mkdir(parents=True, exist_ok=True)
            widget.grab().save(str(png / f"{name}.png"))

    from inspector_app.demo import HEAD

    user = ctx.accounts.authenticate(HEAD[0], credentials[HEAD[0]])
    window = MainWindow(ctx, None, languages, station_interval_ms=3_600_000, other_pcs_interval_ms=3_600_000,
                        roots_provider=list)
    window.show()
    window.start_session(user)
    if window.vault is not None:
        window.vault.close_dialog()
    for key in window.nav_keys:
        window.show_section(key)
        app.processEvents()
        check(window, key)
        if key in ("journal", "inspections", "settings"):
            save(window, f"main-{key}")

    from ui.dialogs.inspection_dialog import InspectionDialog
    from ui.dialogs.journal_issue_dialog import IssueDialog
    from ui.dialogs.recorder_dialogs import RecorderDialog
    from ui.dialogs.vault_unlock_dialog import UnlockVaultDialog

    responsible = ctx.accounts.authenticate(*next(iter(list(credentials.items())[1:2])))
    dialogs = {
        "issue-dialog": lambda: IssueDialog(ctx, responsible, window),
        "recorder-dialog": lambda: RecorderDialog(ctx, responsible, parent=window),
        "inspection-dialog": lambda: InspectionDialog(ctx, user, parent=window),
        "unlock-dialog": lambda: UnlockVaultDialog(window.vault, window),
    }
    for name, factory in dialogs.items():
        dialog = factory()
        dialog.show()
        app.processEvents()
        check(dialog, name)
        save(dialog, name)
        dialog.reject()
    window.close()
    window.jobs.shutdown(10_000)
    ctx.close()
    shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(problems, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
