"""The keyboard shortcuts of the app, in one table: the pages bind them, Help > Keyboard shortcuts lists them.

Frequent actions of the office have a key of their own (issue and return at the journal, printing, reading
the page again); the sections are Alt+1 … Alt+8 in the order of the navigation list. A page's shortcuts
act only while that page is shown, wherever the focus is in the window (Qt ignores the shortcut of a hidden
widget: a button on another page, or a page the stack does not show). Each button's tooltip names its key, in the form of the PC's
keyboard (`QKeySequence.NativeText`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QWidget

# key name -> (key sequence, what it does)
SHORTCUTS = {
    "issue": ("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Issue a recorder (journal)")),
    "return": ("Ctrl+R", QT_TRANSLATE_NOOP("Shortcuts", "Take a recorder back (journal)")),
    "print": ("Ctrl+P", QT_TRANSLATE_NOOP("Shortcuts", "Print the journal")),
    "reload": ("F5", QT_TRANSLATE_NOOP("Shortcuts", "Read the page again")),
    "lock": ("Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Lock the screen")),
    "sections": ("Alt+1 … Alt+8", QT_TRANSLATE_NOOP("Shortcuts", "Go to a section, in the order of the list")),
    "shortcuts": ("F1", QT_TRANSLATE_NOOP("Shortcuts", "This list of keys")),
}


def key(name: str) -> QKeySequence:
    return QKeySequence(SHORTCUTS[name][0])


def key_text(name: str) -> str:
    """The key as the PC's keyboard names it (Ctrl+N), or the table's own text for a range."""
    sequence = key(name)
    return sequence.toString(QKeySequence.SequenceFormat.NativeText) or SHORTCUTS[name][0]


def description(name: str) -> str:
    return QCoreApplication.translate("Shortcuts", SHORTCUTS[name][1])


def bind_button(button: QAbstractButton, name: str, tooltip: str) -> None:
    """Give `button` the shortcut `name`, and a tooltip `tooltip (key)`; call again on LanguageChange."""
    if button.shortcut().isEmpty():
        button.setShortcut(key(name))
    button.setToolTip(f"{tooltip} ({key_text(name)})")


def bind_page(page: QWidget, name: str, slot) -> QShortcut:
    """A shortcut that acts while `page` is shown in the active window."""
    shortcut = QShortcut(key(name), page, slot)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    return shortcut


def table() -> list[tuple[str, str]]:
    """(key, description) of every shortcut, translated: for the help dialog."""
    return [(key_text(name) if name != "sections" else SHORTCUTS[name][0], description(name)) for name in SHORTCUTS]


def show_table(parent: QWidget) -> None:
    """Help > Keyboard shortcuts: the keys and what they do, in the interface language."""
    from html import escape

    from PySide6.QtWidgets import QMessageBox

    rows = "".join(f"<tr><td style='padding-right:16px'><b>{escape(k)}</b></td><td>{escape(d)}</td></tr>"
                   for k, d in table())
    box = QMessageBox(QMessageBox.Icon.NoIcon, QCoreApplication.translate("Shortcuts", "Keyboard shortcuts"),
                      f"<table>{rows}</table>", QMessageBox.StandardButton.Close, parent)
    box.setObjectName("shortcutsBox")
    box.open()
