"""What a screen reader and a keyboard user meet on a screen: the checks of tests/ui/test_accessibility.py.

`unnamed(root)` lists the visible interactive widgets whose accessible name (what a screen reader reads,
from `QAccessible`) is empty; `tab_walk(qtbot, window)` presses Tab as a person would and records where the
focus goes; `unreachable(...)` lists the interactive widgets the walk never reached; `form_order_errors`
lists form rows the walk visits out of their order on the screen. Each problem is a line naming the widget
by its object name (or class and text), its class and the screen it was found on.
"""

from __future__ import annotations

import warnings
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from ui.signature_pad import SignaturePad

INTERACTIVE = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
               QAbstractSlider, SignaturePad)


def describe(widget: QWidget) -> str:
    name = widget.objectName() or f"<{type(widget).__name__}>"
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    where = f" in {parent.objectName()}" if parent is not None else ""
    return f"{name} ({type(widget).__name__}{', ' + repr(text) if text else ''}){where}"


def _is_part_of_another(widget: QWidget) -> bool:
    """Widgets a compound control is made of (a combo box's edit, a spin box's edit, a view's header and scroll
    bars, a tab bar's scroll arrows): the compound control is what is named and focused."""
    if isinstance(widget, (QHeaderView, QScrollBar)):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar)):
            return True
        if isinstance(parent, QAbstractItemView) and widget is not parent:
            return not isinstance(widget, QAbstractButton) or widget.parentWidget() is parent  # the corner button
        parent = parent.parentWidget()
    return False


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """The visible controls a person can operate, in `root` (a window) and below."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or _is_part_of_another(widget):
            continue
        if not widget.isVisibleTo(root) or (root.isVisible() and not widget.isVisible()):
            continue
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        found.append(widget)
    return found


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) or "").strip() if interface is not None else ""


def unnamed(root: QWidget, screen: str) -> list[str]:
    """Controls with no accessible name, and combo boxes named by nothing but their current choice (a screen
    reader would say "All users" and not which list it is)."""
    problems = []
    for widget in interactive_widgets(root):
        name = accessible_name(widget)
        if not name:
            problems.append(f"{screen}: {describe(widget)} has no accessible name")
        elif isinstance(widget, QComboBox) and not widget.accessibleName() and name == widget.currentText().strip():
            problems.append(f"{screen}: {describe(widget)} is named only by its current choice {name!r}")
    return problems


def undescribed_pads(root: QWidget, screen: str) -> list[str]:
    problems = []
    for pad in root.findChildren(SignaturePad):
        if not pad.isVisibleTo(root) or pad.isReadOnly():
            continue
        interface = QAccessible.queryAccessibleInterface(pad)
        if not (interface.text(QAccessible.Text.Description) or "").strip():
            problems.append(f"{screen}: {describe(pad)} has no accessible description")
        if not pad.focusPolicy() & Qt.FocusPolicy.TabFocus:
            problems.append(f"{screen}: {describe(pad)} cannot be reached with Tab")
    return problems


def tab_walk(qtbot, window: QWidget, limit: int = 400) -> tuple[list[QWidget], list[str]]:
    """Press Tab from the window's first focus until the focus comes round again; return the widgets it stopped
    on, in order, and the traps met (a widget Tab does not leave)."""
    window.activateWindow()
    with warnings.catch_warnings():  # offscreen, activateWindow() alone leaves no focus widget
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None or window.focusNextChild(), timeout=2000)
    start = QApplication.focusWidget()
    order: list[QWidget] = [start]
    traps: list[str] = []
    same = 0
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        here = QApplication.focusWidget()
        if here is order[-1]:
            same += 1
            if same == 8:  # a date and time edit's sections take five presses
                traps.append(f"Tab does not leave {describe(here)}")
                here.clearFocus()  # go on past it, as the test of the rest would otherwise stop here
                window.focusNextChild()
                here = QApplication.focusWidget()
            else:
                continue
        same = 0
        if here is start or here in order:
            break
        order.append(here)
    return order, traps


def _focus_target(widget: QWidget) -> QWidget:
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def unreachable(root: QWidget, reached: list[QWidget], screen: str) -> list[str]:
    reached_set = set(map(id, reached))
    problems = []
    for widget in interactive_widgets(root):
        if not widget.isEnabled():
            continue
        target = _focus_target(widget)
        if id(target) in reached_set:
            continue
        if target.focusPolicy() == Qt.FocusPolicy.NoFocus and _has_keyboard_alternative(widget):
            continue
        if _group_reached(widget, reached_set):
            continue
        problems.append(f"{screen}: {describe(widget)} is not reached with Tab")
    return problems


def _group_reached(widget: QWidget, reached: set[int]) -> bool:
    """One button of an exclusive group is a tab stop (the checked one), the others are reached from it with the
    arrow keys, as radio buttons are."""
    if not isinstance(widget, QAbstractButton):
        return False
    group = widget.group()
    if group is not None:
        return group.exclusive() and any(id(b) in reached for b in group.buttons())
    parent = widget.parentWidget()
    return widget.autoExclusive() and parent is not None and any(  # radio buttons of one parent
        id(b) in reached for b in parent.findChildren(QAbstractButton) if b.autoExclusive() and b.parentWidget() is parent)


def _has_keyboard_alternative(widget: QWidget) -> bool:
    if isinstance(widget, QAbstractButton) and not widget.shortcut().isEmpty():
        return True
    return any(not action.shortcut().isEmpty() for action in widget.actions())


def form_order_errors(root: QWidget, reached: list[QWidget], screen: str) -> list[str]:
    """Rows of every form are visited top to bottom, and a dialog's buttons after its fields."""
    position = {id(w): i for i, w in enumerate(reached)}
    problems = []
    for form in root.findChildren(QFormLayout):
        seen = []
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            field = item.widget() if item is not None else None
            if field is None:
                continue
            targets = [field, *field.findChildren(QWidget)]
            steps = [position[id(_focus_target(w))] for w in targets if id(_focus_target(w)) in position]
            if steps:
                seen.append((min(steps), field))
        for (before, first), (after, second) in pairwise(seen):
            if after < before:
                problems.append(f"{screen}: Tab reaches {describe(second)} before {describe(first)}, "
                                "which is above it")
    for box in root.findChildren(QDialogButtonBox):
        if box.window() is not root or not box.isVisibleTo(root):
            continue
        buttons = [position[id(b)] for b in box.buttons() if id(b) in position]
        fields = [i for w, i in ((w, position[id(w)]) for w in reached) if not box.isAncestorOf(w)]
        if buttons and fields and min(buttons) < max(fields):
            problems.append(f"{screen}: Tab reaches the dialog's buttons before its last field")
    return problems
