"""The PC clock banner and the head's confirmation after the clock was moved back, the checks the window runs
in the background when the head or the responsible person signs in (the clock, the daily rolling check,
again every 24 hours), and the end of every session in the audit trail (signing out, locking, closing)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from inspector_app.domain.audit import AuditFilter, AuditKind
from tests.conftest import PASSWORDS
from tests.ui.audit_fixtures import TIMEOUT_MS, fast_password_hashing, jobs, open_page  # noqa: F401 - fixtures
from tests.ui.conftest import press_ok, type_text
from ui.dialogs.password_dialogs import LockDialog
from ui.main_window import MainWindow
from ui.session_checks import DAY_MS


def _events(ctx, head, kind: AuditKind) -> list:
    return ctx.audit.list(head, AuditFilter(kind=kind))


def _window(qtbot, ctx, user) -> MainWindow:
    window = MainWindow(ctx, user)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.jobs.running(), timeout=TIMEOUT_MS)
    return window


def test_the_clock_banner_and_the_heads_confirmation(qtbot, modal, unit_context, head, responsible, clock, jobs):
    ctx = unit_context
    page = open_page(qtbot, ctx, head, jobs)
    assert not page.banner.isVisible()  # a trusted clock and no time-stamp authority: nothing to say

    clock.advance(hours=-6)  # someone sets the PC clock back
    page.banner.refresh()
    qtbot.waitUntil(lambda: page.banner.clock_box.isVisible(), timeout=TIMEOUT_MS)
    assert "ran backwards" in page.banner.clock_text.text() and page.banner.confirm_button.isVisible()
    [anomaly] = _events(ctx, head, AuditKind.CLOCK_ANOMALY)
    assert anomaly.details["reason"] == "backwards"

    # the responsible person sees it too, but only the head confirms the clock
    other = open_page(qtbot, ctx, responsible, jobs)
    assert other.banner.clock_box.isVisible() and not other.banner.confirm_button.isVisible()
    assert "Tell the head" in other.banner.clock_text.text()

    def confirm(dialog) -> None:
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert not ok.isEnabled()  # a note first
        type_text(dialog.note, "Сверено с сервисом точного времени")
        press_ok(qtbot, dialog)

    modal.run(lambda: qtbot.mouseClick(page.banner.confirm_button, Qt.MouseButton.LeftButton), confirm)
    qtbot.waitUntil(lambda: not page.banner.isVisible() and page.banner.check_job is None, timeout=TIMEOUT_MS)
    [confirmed] = _events(ctx, head, AuditKind.CLOCK_CONFIRMED)
    assert confirmed.details["note"] == "Сверено с сервисом точного времени"
    assert confirmed.details["anomaly_seq"] == anomaly.seq and ctx.clock_guard.check().trusted
    assert page.model.event_at(0).kind is AuditKind.CLOCK_CONFIRMED  # the table shows it at once


def test_signing_in_runs_the_checks_in_the_background_and_daily(qtbot, unit_context, head, clock):
    ctx = unit_context
    clock.advance(hours=-6)
    window = _window(qtbot, ctx, head)
    assert window.checks is not None and window.checks.timer.isActive() and window.checks.timer.interval() == DAY_MS
    page = window.pages["audit"]  # not on screen: the recorders are shown first
    qtbot.waitUntil(lambda: page.banner.clock_box.isVisibleTo(page), timeout=TIMEOUT_MS)
    # no verification yet: the rolling check ran by itself, with nobody named as its user
    [rolling] = _events(ctx, head, AuditKind.VERIFICATION)
    assert rolling.user_id is None and rolling.details["scope"] == "not verified in 30 days"
    # and the anomaly is a notification the head sees at once
    qtbot.waitUntil(lambda: any(n.kind == "clock_pc" for n in window.notifications_bar.notifications),
                    timeout=TIMEOUT_MS)

    # signed out and in again within a day: the last check is recent, none runs
    with qtbot.waitSignal(window.signed_out):
        window.sign_out()
    assert window.checks is None
    window.start_session(ctx.accounts.authenticate("head", PASSWORDS["head"]))
    qtbot.waitUntil(lambda: not window.jobs.running(), timeout=TIMEOUT_MS)
    assert len(_events(ctx, head, AuditKind.VERIFICATION)) == 1

    # a day later, the timer runs the checks again
    clock.advance(hours=25)
    window.checks.timer.timeout.emit()
    qtbot.waitUntil(lambda: len(_events(ctx, head, AuditKind.VERIFICATION)) == 2, timeout=TIMEOUT_MS)
    window.close()


def test_every_end_of_a_session_is_in_the_audit_trail(qtbot, unit_context, head, inspector):
    ctx = unit_context
    window = _window(qtbot, ctx, inspector)  # whatever the role
    window.lock_action.trigger()
    [locked] = _events(ctx, head, AuditKind.LOGOUT)
    assert locked.details["reason"] == "lock" and locked.user_name.endswith("(aliya)")
    password = window.lock_dialog.findChild(QLineEdit, "unlockPassword")
    type_text(password, PASSWORDS["aliya"])
    qtbot.keyClick(password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.lock_dialog is None, timeout=3000)
    assert _events(ctx, head, AuditKind.LOGIN)[0].user_name.endswith("(aliya)")  # unlocking is a sign-in

    window.lock("idle_lock")
    with qtbot.waitSignal(window.signed_out):
        window.lock_dialog.done(LockDialog.SIGN_OUT)  # signing out of the lock screen: no second record
    assert [e.details["reason"] for e in _events(ctx, head, AuditKind.LOGOUT)] == ["idle_lock", "lock"]

    window.start_session(ctx.accounts.authenticate("aliya", PASSWORDS["aliya"]))
    window.sign_out_action.trigger()
    window.start_session(ctx.accounts.authenticate("aliya", PASSWORDS["aliya"]))
    window.close()
    assert [e.details["reason"] for e in _events(ctx, head, AuditKind.LOGOUT)][:2] == ["close", "sign_out"]
