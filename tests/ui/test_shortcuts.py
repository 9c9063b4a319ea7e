"""Keyboard shortcuts, pressed as a person would: issue and return at the journal, the sections by Alt+digit,
the list of keys on F1; a page's keys do nothing while another page is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.test_journal_page import fake_dialogs, journal, recorders  # noqa: F401 - fixtures
from ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def window_of(qtbot, ctx, user) -> MainWindow:
    window = MainWindow(ctx, user)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    QApplication.setActiveWindow(window)  # offscreen, nothing activates a window by itself
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the focus is: shortcuts are found from the focused widget, as on a real keyboard."""
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def test_issue_and_return_keys_open_their_dialogs_only_on_the_journal(
        qtbot, monkeypatch, unit_context, responsible, journal):  # noqa: F811
    opened = []

    class IssueDialog:
        def __init__(self, ctx, actor, parent=None):
            opened.append("issue")
            self.result_value = None

        def exec(self):
            return 0

        def deleteLater(self):  # noqa: N802
            pass

    class ReturnDialog(IssueDialog):
        def __init__(self, ctx, actor, row, parent=None):
            opened.append(("return", row.entry.id))
            self.result_value = None

    fake_dialogs(monkeypatch, IssueDialog=IssueDialog, ReturnDialog=ReturnDialog)
    window = window_of(qtbot, unit_context, responsible)
    window.show_section("recorders")
    window.navigation.setFocus()
    press(qtbot, window, Qt.Key.Key_N, CTRL)
    qtbot.wait(300)
    assert opened == []  # the journal is not shown: its keys do nothing

    window.show_section("journal")
    page = window.pages["journal"]
    window.navigation.setFocus()  # the focus stays in the navigation: the keys still work
    press(qtbot, window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: opened == ["issue"])  # a button's key "animates" a click: it comes a moment later
    press(qtbot, window, Qt.Key.Key_R, CTRL)
    qtbot.wait(300)
    assert opened == ["issue"]  # no open issue selected: returning is not possible
    assert page.select_entry(journal.open.entry.id)
    press(qtbot, window, Qt.Key.Key_R, CTRL)
    qtbot.waitUntil(lambda: opened == ["issue", ("return", journal.open.entry.id)])
    assert page.issue_button.toolTip() == "Issue a recorder to an inspector (Ctrl+N)"


def test_alt_digits_go_to_the_sections_and_f1_lists_the_keys(qtbot, unit_context, responsible):
    window = window_of(qtbot, unit_context, responsible)
    window.navigation.setFocus()
    press(qtbot, window, Qt.Key.Key_1, ALT)
    assert window.current_section() == window.nav_keys[0] == "journal"
    press(qtbot, window, Qt.Key.Key_2, ALT)
    assert window.current_section() == "recorders"
    press(qtbot, window, Qt.Key.Key_9, ALT)  # no ninth section: nothing moves
    assert window.current_section() == "recorders"

    press(qtbot, window, Qt.Key.Key_F1)
    box = window.findChild(QMessageBox, "shortcutsBox")
    assert box is not None and box.isVisible()
    for text in ("Ctrl+N", "Issue a recorder (journal)", "Ctrl+R", "Alt+1 … Alt+8", "Ctrl+L"):
        assert text in box.text()
    box.close()


def test_keys_do_nothing_while_the_screen_is_locked(qtbot, unit_context, responsible):
    window = window_of(qtbot, unit_context, responsible)
    window.show_section("recorders")
    window.lock()
    press(qtbot, window, Qt.Key.Key_1, ALT)
    assert window.current_section() == "locked"
    window.lock_dialog.reject()
