"""Signing in, the persisted lockout after five wrong passwords, and changing one's password."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from inspector_app.bootstrap import build_context
from inspector_app.domain.roles import Role
from inspector_app.errors import AccountLocked, AuthenticationError, ValidationError
from tests.conftest import PASSWORDS
from tests.integration.conftest import query

WRONG = "Wrong-pass-1"
# The rule the app promises, written out here rather than read from the code under test.
MAX_FAILED_LOGINS = 5
LOCKOUT_MINUTES = 5


def fail(ctx, login: str = "aliya", times: int = 1) -> None:
    for _ in range(times):
        with pytest.raises(AuthenticationError):
            ctx.accounts.authenticate(login, WRONG)


def stored_state(db, login: str = "aliya") -> tuple:
    return query(db, "SELECT failed_logins, locked_until FROM users WHERE login = ?", (login,))[0]


def test_right_password_signs_in(unit_context):
    user = unit_context.accounts.authenticate("aliya", PASSWORDS["aliya"])
    assert (user.login, user.role, user.active) == ("aliya", Role.INSPECTOR, True)
    assert user.full_name == "Нұрланова Әлия Қайратқызы"
    assert not hasattr(user, "password_hash")


def test_login_ignores_case_and_surrounding_space(unit_context):
    assert unit_context.accounts.authenticate("  ALIYA ", PASSWORDS["aliya"]).login == "aliya"


def test_wrong_password_is_refused_and_counted(unit_context, db):
    with pytest.raises(AuthenticationError) as info:
        unit_context.accounts.authenticate("aliya", WRONG)
    assert not isinstance(info.value, AccountLocked)
    assert info.value.code == "bad_credentials"
    assert info.value.params["left"] == MAX_FAILED_LOGINS - 1
    assert stored_state(db) == (1, None)


def test_unknown_login_gives_the_same_message_as_a_wrong_password(unit_context):
    with pytest.raises(AuthenticationError) as unknown:
        unit_context.accounts.authenticate("nobody", WRONG)
    with pytest.raises(AuthenticationError) as wrong:
        unit_context.accounts.authenticate("aliya", WRONG)
    assert str(unknown.value) == str(wrong.value)
    assert unknown.value.code == wrong.value.code


def test_the_fifth_wrong_try_locks(unit_context, db):
    fail(unit_context, times=MAX_FAILED_LOGINS - 1)
    assert stored_state(db)[0] == MAX_FAILED_LOGINS - 1
    with pytest.raises(AccountLocked) as info:
        unit_context.accounts.authenticate("aliya", WRONG)
    assert info.value.params["locked_until"] == unit_context.clock.now() + timedelta(minutes=LOCKOUT_MINUTES)
    failed, locked_until = stored_state(db)
    assert failed == 0
    assert datetime.fromisoformat(locked_until) == datetime(2026, 11, 23, 5, 5)   # stored as naive UTC


def test_while_locked_even_the_right_password_is_refused(unit_context):
    fail(unit_context, times=MAX_FAILED_LOGINS)
    unit_context.clock.advance(minutes=LOCKOUT_MINUTES - 1, seconds=59)
    with pytest.raises(AccountLocked):
        unit_context.accounts.authenticate("aliya", PASSWORDS["aliya"])


def test_the_lock_touches_only_that_account(unit_context):
    fail(unit_context, times=MAX_FAILED_LOGINS)
    assert unit_context.accounts.authenticate("head", PASSWORDS["head"]).login == "head"


def test_the_lock_survives_a_restart(unit_context):
    fail(unit_context, times=MAX_FAILED_LOGINS)
    restarted = build_context(unit_context.data_dir, clock=unit_context.clock)
    try:
        with pytest.raises(AccountLocked):
            restarted.accounts.authenticate("aliya", PASSWORDS["aliya"])
    finally:
        restarted.close()


def test_wrong_tries_survive_a_restart(unit_context):
    fail(unit_context, times=MAX_FAILED_LOGINS - 1)
    restarted = build_context(unit_context.data_dir, clock=unit_context.clock)
    try:
        with pytest.raises(AccountLocked):
            restarted.accounts.authenticate("aliya", WRONG)
    finally:
        restarted.close()


def test_after_five_minutes_the_right_password_works_and_resets(unit_context, db):
    fail(unit_context, times=MAX_FAILED_LOGINS)
    unit_context.clock.advance(minutes=LOCKOUT_MINUTES)
    assert unit_context.accounts.authenticate("aliya", PASSWORDS["aliya"]).login == "aliya"
    assert stored_state(db) == (0, None)


def test_after_the_lock_the_count_starts_again(unit_context):
    fail(unit_context, times=MAX_FAILED_LOGINS)
    unit_context.clock.advance(minutes=LOCKOUT_MINUTES)
    with pytest.raises(AuthenticationError) as info:
        unit_context.accounts.authenticate("aliya", WRONG)
    assert not isinstance(info.value, AccountLocked)
    assert info.value.params["left"] == MAX_FAILED_LOGINS - 1


def test_a_successful_sign_in_resets_the_count(unit_context, db):
    fail(unit_context, times=MAX_FAILED_LOGINS - 1)
    unit_context.accounts.authenticate("aliya", PASSWORDS["aliya"])
    assert stored_state(db) == (0, None)
    fail(unit_context, times=MAX_FAILED_LOGINS - 1)   # would have locked without the reset
    assert unit_context.accounts.authenticate("aliya", PASSWORDS["aliya"]).login == "aliya"


def test_a_disabled_account_cannot_sign_in(unit_context, head, inspector):
    unit_context.users.update(head, inspector.id, inspector.full_name, inspector.position, active=False)
    with pytest.raises(AuthenticationError) as info:
        unit_context.accounts.authenticate("aliya", PASSWORDS["aliya"])
    assert info.value.code == "inactive"


def test_a_re_enabled_account_can_sign_in_again(unit_context, head, inspector):
    unit_context.users.update(head, inspector.id, inspector.full_name, inspector.position, active=False)
    unit_context.users.update(head, inspector.id, inspector.full_name, inspector.position, active=True)
    assert unit_context.accounts.authenticate("aliya", PASSWORDS["aliya"]).active


def test_change_password(unit_context, inspector):
    unit_context.accounts.change_password(inspector, PASSWORDS["aliya"], "New-pass-2027")
    assert unit_context.accounts.authenticate("aliya", "New-pass-2027").login == "aliya"
    with pytest.raises(AuthenticationError):
        unit_context.accounts.authenticate("aliya", PASSWORDS["aliya"])


def test_change_password_checks_the_old_one(unit_context, inspector, db):
    before = query(db, "SELECT password_hash FROM users WHERE login = 'aliya'")
    with pytest.raises(AuthenticationError) as info:
        unit_context.accounts.change_password(inspector, WRONG, "New-pass-2027")
    assert info.value.code == "bad_old_password"
    assert query(db, "SELECT password_hash FROM users WHERE login = 'aliya'") == before


@pytest.mark.parametrize("new", ["short1", "onlyletters", "1234567890"])
def test_change_password_checks_strength(unit_context, inspector, new):
    with pytest.raises(ValidationError):
        unit_context.accounts.change_password(inspector, PASSWORDS["aliya"], new)
    assert unit_context.accounts.authenticate("aliya", PASSWORDS["aliya"]).login == "aliya"


def test_change_password_refuses_the_same_password(unit_context, inspector):
    with pytest.raises(AuthenticationError) as info:
        unit_context.accounts.change_password(inspector, PASSWORDS["aliya"], PASSWORDS["aliya"])
    assert info.value.code == "same_password"
