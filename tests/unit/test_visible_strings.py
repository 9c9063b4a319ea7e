"""Every text the window shows goes through Qt Linguist: no literal words handed to a widget in `ui/`.

Scans the sources of `ui/` for calls that put text on screen (a label's or button's text, a window title,
a tooltip, a message box, a combo box item, ...) with a string literal holding words, rather than a
`self.tr(...)`/`QCoreApplication.translate(...)` result. Log calls are not on screen and are left alone;
technical tokens the offices write the same in every language (SHA-256, PDF, ZIP, UTC, ...) are allowed.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHOWS_TEXT = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setTitle", "setStatusTip", "setAccessibleName",
    "setAccessibleDescription", "addItem", "addItems", "setHeaderLabels", "showMessage", "setSubTitle",
    "setButtonText", "setWhatsThis", "setLabelText", "setInformativeText", "setDetailedText", "addTab", "setTabText",
    "setItemText", "insertItem", "addRow", "addAction", "addMenu", "critical", "warning", "information", "question",
    "about", "setPrefix", "setSuffix", "setSpecialValueText", "showMessage", "setFormat",
    "QLabel", "QPushButton", "QCheckBox", "QGroupBox", "QRadioButton", "QAction", "QToolButton", "QMenu",
}
# How many leading arguments of each call are text (addItem(text, data): the data is not shown).
TEXT_ARGUMENTS = {"addItem": 1, "insertItem": 2, "setItemText": 2, "setTabText": 2, "addTab": 2,
                  "critical": 3, "warning": 3, "information": 3, "question": 3, "about": 3}
LOGGERS = {"logger", "logging", "log", "_log", "LOG"}
WORD = re.compile(r"[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]{2,}")
TECHNICAL = re.compile(r"\b(SHA-256|SHA|PDF|ZIP|UTC|USB|MP4|TSA|NCALayer|ID|MB|kB|GB|px|Ctrl|Alt|Shift|Esc)\b")


def _has_words(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return WORD.search(TECHNICAL.sub("", node.value)) is not None
    if isinstance(node, ast.JoinedStr):
        return any(_has_words(v) for v in node.values if isinstance(v, ast.Constant))
    return False


def _called_name(call: ast.Call) -> tuple[str | None, str | None]:
    func = call.func
    if isinstance(func, ast.Attribute):
        owner = func.value.id if isinstance(func.value, ast.Name) else None
        return func.attr, owner
    return (func.id, None) if isinstance(func, ast.Name) else (None, None)


def literal_texts(source: str, filename: str = "<source>") -> list[str]:
    """`file:line: call(literal)` for each literal with words handed to a call that shows text."""
    found = []
    for node in ast.walk(ast.parse(source, filename=filename)):
        if not isinstance(node, ast.Call):
            continue
        name, owner = _called_name(node)
        if name not in SHOWS_TEXT or owner in LOGGERS:
            continue
        arguments = node.args[:TEXT_ARGUMENTS.get(name, 1)]
        arguments += [k.value for k in node.keywords if k.arg in ("text", "title", "toolTip", "placeholderText")]
        found += [f"{filename}:{node.lineno}: {name}({ast.unparse(a)[:60]})" for a in arguments if _has_words(a)]
    return found


def test_no_literal_words_reach_the_screen():
    offenders = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        offenders += literal_texts(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert not offenders, "text shown without tr():\n" + "\n".join(offenders)


def test_the_scan_sees_a_literal_and_lets_a_translated_text_pass():
    source = ("label = QLabel('Recorders')\n"
              "button.setText(self.tr('Issue'))\n"
              "box.addItem(self.tr('Kazakh'), 'kk')\n"
              "logger.warning('not shown %s', x)\n"
              "QMessageBox.critical(self, 'Error', message)\n"
              "combo.setItemText(0, f'{name} (SHA-256 {digest})')\n")
    found = literal_texts(source)
    assert [line.split(": ", 1)[1] for line in found] == ["QLabel('Recorders')", "critical('Error')"]


def test_the_window_formats_dates_in_the_interface_language():
    """Every date on screen goes through ui/formats.py (the language's form), not the documents' own function."""
    offenders = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "inspector_app.timezones" \
                    and any(alias.name == "format_local" for alias in node.names):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, "import format_local from ui.formats instead: " + ", ".join(offenders)
