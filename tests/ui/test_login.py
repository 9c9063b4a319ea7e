"""Signing in through the real dialog: success, wrong password, and the lockout after five failures."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import PASSWORDS
from ui.dialogs.login_dialog import LoginDialog


def _sign_in(qtbot, dialog, login: str, password: str) -> None:
    dialog.login_edit.clear()
    qtbot.keyClicks(dialog.login_edit, login)
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)


def test_right_password_signs_in(qtbot, unit_context):
    dialog = LoginDialog(unit_context)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        _sign_in(qtbot, dialog, "resp", PASSWORDS["resp"])
    assert dialog.user is not None and dialog.user.login == "resp"
    assert dialog.user.role.value == "responsible"


def test_wrong_password_shows_error_and_stays_open(qtbot, unit_context):
    dialog = LoginDialog(unit_context)
    qtbot.addWidget(dialog)
    dialog.show()
    _sign_in(qtbot, dialog, "resp", "not-the-password-1")
    assert dialog.isVisible()
    assert dialog.user is None
    assert dialog.error_label.isVisible()
    assert "password" in dialog.error_label.text().lower() or "пароль" in dialog.error_label.text().lower()
    assert dialog.password_edit.text() == ""


def test_sixth_try_refused_even_with_right_password(qtbot, unit_context, clock):
    dialog = LoginDialog(unit_context)
    qtbot.addWidget(dialog)
    dialog.show()
    for attempt in range(5):
        _sign_in(qtbot, dialog, "aliya", f"wrong-password-{attempt}")
        assert dialog.user is None
    _sign_in(qtbot, dialog, "aliya", PASSWORDS["aliya"])
    assert dialog.user is None, "the right password must be refused while the account is locked"
    assert dialog.isVisible()
    assert "lock" in dialog.error_label.text().lower() or "бұғатта" in dialog.error_label.text().lower() \
        or "заблок" in dialog.error_label.text().lower()

    # The lock is in the database: a fresh dialog (as after a restart) is refused too.
    second = LoginDialog(unit_context)
    qtbot.addWidget(second)
    second.show()
    _sign_in(qtbot, second, "aliya", PASSWORDS["aliya"])
    assert second.user is None

    clock.advance(minutes=5, seconds=1)
    with qtbot.waitSignal(second.accepted, timeout=3000):
        _sign_in(qtbot, second, "aliya", PASSWORDS["aliya"])
    assert second.user.login == "aliya"


def test_demo_credentials_are_shown_and_prefilled(qtbot, unit_context):
    unit_context.demo_credentials = {"head": "Xy12-generated", "resp": "Ab34-generated"}
    dialog = LoginDialog(unit_context)
    qtbot.addWidget(dialog)
    assert dialog.login_edit.text() == "head"
    assert "Xy12-generated" in dialog.demo_label.text()
    assert not dialog.demo_label.isHidden()
