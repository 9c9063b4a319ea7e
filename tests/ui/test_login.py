"""Signing in through the real form in the main window: success, wrong password, the lockout after five failures."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import PASSWORDS
from ui.main_window import MainWindow
from ui.sign_in_panel import SignInPanel


def _sign_in(qtbot, dialog, login: str, password: str) -> None:
    dialog.login_edit.clear()
    qtbot.keyClicks(dialog.login_edit, login)
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)


def _panel(qtbot, ctx) -> SignInPanel:
    panel = SignInPanel(ctx=ctx)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_window_signs_in_and_out(qtbot, unit_context):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    # Before the database is open, the form is shown but disabled.
    assert window.current_section() == "sign_in"
    assert not window.sign_in.password_edit.isEnabled()
    window.set_context(unit_context)
    assert window.sign_in.password_edit.isEnabled()
    assert "Алматы" in window.sign_in.unit_label.text()
    with qtbot.waitSignal(window.session_started, timeout=3000):
        _sign_in(qtbot, window.sign_in, "resp", PASSWORDS["resp"])
    assert window.user.login == "resp" and window.user.role.value == "responsible"
    assert window.current_section() == "recorders"
    assert window.sign_in.password_edit.text() == "", "the password does not stay in the form"
    with qtbot.waitSignal(window.signed_out, timeout=3000):
        window.sign_out_action.trigger()
    assert window.current_section() == "sign_in" and window.pages == {} and window.user is None
    assert not window.navigation.isVisible()


def test_wrong_password_shows_error_and_stays_open(qtbot, unit_context):
    dialog = _panel(qtbot, unit_context)
    _sign_in(qtbot, dialog, "resp", "not-the-password-1")
    assert dialog.isVisible()
    assert dialog.user is None
    assert dialog.error_label.isVisible()
    assert "password" in dialog.error_label.text().lower() or "пароль" in dialog.error_label.text().lower()
    assert dialog.password_edit.text() == ""


def test_sixth_try_refused_even_with_right_password(qtbot, unit_context, clock):
    dialog = _panel(qtbot, unit_context)
    for attempt in range(5):
        _sign_in(qtbot, dialog, "aliya", f"wrong-password-{attempt}")
        assert dialog.user is None
    _sign_in(qtbot, dialog, "aliya", PASSWORDS["aliya"])
    assert dialog.user is None, "the right password must be refused while the account is locked"
    assert dialog.isVisible()
    assert "lock" in dialog.error_label.text().lower() or "бұғатта" in dialog.error_label.text().lower() \
        or "заблок" in dialog.error_label.text().lower()

    # The lock is in the database: a fresh form (as after a restart) is refused too.
    second = _panel(qtbot, unit_context)
    _sign_in(qtbot, second, "aliya", PASSWORDS["aliya"])
    assert second.user is None

    clock.advance(minutes=5, seconds=1)
    with qtbot.waitSignal(second.authenticated, timeout=3000):
        _sign_in(qtbot, second, "aliya", PASSWORDS["aliya"])
    assert second.user.login == "aliya"


def test_demo_credentials_are_shown_and_prefilled(qtbot, unit_context):
    unit_context.demo_credentials = {"head": "Xy12-generated", "resp": "Ab34-generated"}
    dialog = _panel(qtbot, unit_context)
    assert dialog.login_edit.text() == "head"
    assert "Xy12-generated" in dialog.demo_label.text()
    assert not dialog.demo_label.isHidden()
