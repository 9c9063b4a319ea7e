"""Mnemonics for the labels of forms, chosen in whatever language the interface is in.

A form label whose buddy is its field gets an underlined letter: Alt and that letter moves the focus to the
field, as in any Windows form. The letters are not written into the translations (a translator could not
keep them unique per form, in three languages, for forms that share strings); they are given here, each time
a widget's texts are set (`Retranslatable` calls `assign_mnemonics` after every `retranslate()`): the first
letter of a word not yet taken in the window, else any letter not taken, else none. Letters the window's
buttons, check boxes and menus already claim with an ampersand are left to them. Kazakh and Russian labels
get Cyrillic letters, which Alt reaches with the Kazakh or Russian keyboard layout on.

A combo box takes its accessible name from its current choice, never from its label; the combo boxes of
forms are given their label's text as their accessible name here too, so a screen reader says which list it
is and then the choice.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QMenuBar, QStackedWidget, QWidget, QWizardPage

MARK = "&"


def plain(text: str) -> str:
    """The text without its mnemonic marks (a doubled ampersand stays one ampersand)."""
    return text.replace(MARK * 2, "\0").replace(MARK, "").replace("\0", MARK * 2)


def mnemonic_of(text: str) -> str:
    """The letter marked in `text`, lower case, or ''."""
    index = text.replace(MARK * 2, "\0\0").find(MARK)
    return text[index + 1].lower() if 0 <= index < len(text) - 1 else ""


def _choose(text: str, taken: set[str]) -> int:
    """Where the mnemonic of `text` goes: the first free word initial, else the first free letter; -1 if none."""
    starts = [i for i, c in enumerate(text) if c.isalpha() and (i == 0 or not text[i - 1].isalnum())]
    others = [i for i, c in enumerate(text) if c.isalpha() and i not in starts]
    return next((i for i in starts + others if text[i].lower() not in taken), -1)


def form_labels(window: QWidget) -> list[QLabel]:
    """The labels of `window` that name a field (their buddy), plain text, in the order they were made."""
    return [label for label in window.findChildren(QLabel)
            if label.buddy() is not None and label.text() and not label.text().lstrip().startswith("<")]


def _page_of(widget: QWidget, window: QWidget) -> int:
    """The page `widget` is on (of a tab widget, a wizard, a stack of sections), as an id, or 0 for the part of
    the window always shown: only one page shows at a time, so pages may use the same letters."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QWizardPage) or isinstance(parent.parentWidget(), QStackedWidget):
            return id(parent)
        parent = parent.parentWidget()
    return 0


def assign_mnemonics(widget: QWidget) -> None:
    """Give every form label of `widget`'s window a mnemonic of its own on its page, from its current text."""
    window = widget.window()
    labels = form_labels(window)
    if not labels:
        return
    managed = set(map(id, labels))
    taken: dict[int, set[str]] = {0: set()}  # page -> letters taken there; page 0's are taken on every page
    for bar in window.findChildren(QMenuBar):
        taken[0].update(mnemonic_of(action.text()) for action in bar.actions())
    for other in [*window.findChildren(QAbstractButton), *window.findChildren(QLabel)]:
        if id(other) not in managed:
            taken.setdefault(_page_of(other, window), set()).add(mnemonic_of(other.text()))
    by_page: dict[int, list[QLabel]] = {}
    for label in labels:
        by_page.setdefault(_page_of(label, window), []).append(label)
    for page in sorted(by_page, key=lambda p: p != 0):  # the always shown part first
        letters = taken[0] if page == 0 else taken[0] | taken.get(page, set())
        letters.discard("")
        for label in by_page[page]:
            text = plain(label.text())
            at = _choose(text.replace(MARK * 2, "\0\0"), letters)
            if at >= 0:
                letters.add(text[at].lower())
            wanted = text if at < 0 else text[:at] + MARK + text[at:]
            if label.text() != wanted:
                label.setText(wanted)
    for label in labels:
        _name_from_label(label)


NAMED_FROM_LABEL = "accessibleNameFromLabel"


def _name_from_label(label: QLabel) -> None:
    """A form's combo box named by its label (unless it was named otherwise), kept in step with the label."""
    combo = label.buddy()
    if not isinstance(combo, QComboBox) or (combo.accessibleName() and not combo.property(NAMED_FROM_LABEL)):
        return
    name = plain(label.text()).replace(MARK * 2, MARK).strip().rstrip(":")
    if combo.accessibleName() != name:
        combo.setAccessibleName(name)
        combo.setProperty(NAMED_FROM_LABEL, True)
