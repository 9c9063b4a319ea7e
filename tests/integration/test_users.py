"""Managing users, and the head's appointment of the responsible person (п.6)."""

from __future__ import annotations

import pytest

from inspector_app.domain.roles import Role
from inspector_app.errors import (
    AccountLocked,
    AuthenticationError,
    ConflictError,
    PermissionDenied,
    StateError,
    ValidationError,
)
from tests.conftest import PASSWORDS
from tests.integration.conftest import count, query

NEW_PASSWORD = "Berik-pass-2026"


def add_inspector(ctx, actor, login: str = "berik"):
    return ctx.users.add(actor, login, "Серіков Берік", "Мемлекеттік инспектор", "inspector", NEW_PASSWORD)


def test_head_adds_an_inspector(unit_context, head, db):
    user = add_inspector(unit_context, head)
    assert (user.login, user.role, user.active) == ("berik", Role.INSPECTOR, True)
    assert "berik" in {u.login for u in unit_context.users.list(head)}
    assert query(db, "SELECT role FROM users WHERE login = 'berik'") == [("inspector",)]
    assert unit_context.accounts.authenticate("berik", NEW_PASSWORD).id == user.id


def test_head_adds_another_head(unit_context, head):
    user = unit_context.users.add(head, "deputy", "Орынбасар", "", Role.HEAD, NEW_PASSWORD)
    assert user.role is Role.HEAD


def test_responsible_adds_an_inspector(unit_context, responsible):
    assert add_inspector(unit_context, responsible).role is Role.INSPECTOR


def test_responsible_cannot_add_a_head(unit_context, responsible, db):
    with pytest.raises(PermissionDenied):
        unit_context.users.add(responsible, "boss", "Бастық", "", "head", NEW_PASSWORD)
    assert count(db, "users") == 3


def test_inspector_cannot_add_users(unit_context, inspector, db):
    with pytest.raises(PermissionDenied):
        add_inspector(unit_context, inspector)
    assert count(db, "users") == 3


def test_inspector_cannot_list_users(unit_context, inspector):
    with pytest.raises(PermissionDenied):
        unit_context.users.list(inspector)


def test_nobody_adds_a_responsible_person_directly(unit_context, head, db):
    with pytest.raises(ValidationError) as info:
        unit_context.users.add(head, "resp2", "Екінші", "", "responsible", NEW_PASSWORD)
    assert info.value.code == "add_responsible"
    assert count(db, "users") == 3


@pytest.mark.parametrize("login", ["aliya", "ALIYA", " aliya "])
def test_duplicate_login_is_a_conflict_and_writes_nothing(unit_context, head, db, login):
    before = query(db, "SELECT * FROM users ORDER BY id")
    with pytest.raises(ConflictError) as info:
        unit_context.users.add(head, login, "Басқа адам", "", "inspector", NEW_PASSWORD)
    assert info.value.code == "login_taken"
    assert query(db, "SELECT * FROM users ORDER BY id") == before


@pytest.mark.parametrize("args", [
    ("x", "Name", "", "inspector", NEW_PASSWORD),             # login too short
    ("berik", "", "", "inspector", NEW_PASSWORD),             # no name
    ("berik", "Name", "", "inspector", "weak"),               # weak password
    ("berik", "Name", "", "auditor", NEW_PASSWORD),           # unknown role
])
def test_bad_user_input_writes_nothing(unit_context, head, db, args):
    with pytest.raises(ValidationError):
        unit_context.users.add(head, *args)
    assert count(db, "users") == 3


def test_appointing_moves_the_role(unit_context, head, responsible, inspector, db):
    unit_context.clock.advance(days=30)
    appointment = unit_context.users.appoint_responsible(head, inspector.id, "№ 40-ө, 23.12.2026")

    assert (appointment.user_id, appointment.appointed_by_id) == (inspector.id, head.id)
    assert appointment.order_reference == "№ 40-ө, 23.12.2026"
    assert appointment.starts_at == unit_context.clock.now() and appointment.ends_at is None
    roles = {u.login: u.role for u in unit_context.users.list(head)}
    assert roles == {"head": Role.HEAD, "resp": Role.INSPECTOR, "aliya": Role.RESPONSIBLE}

    history = unit_context.users.appointments(head)
    assert len(history) == 2
    first, second = history
    assert first.user_id == responsible.id and first.ends_at == unit_context.clock.now()
    assert second == appointment
    assert query(db, "SELECT COUNT(*) FROM appointments WHERE ends_at IS NULL") == [(1,)]


def test_the_new_responsible_person_gains_and_the_old_one_loses_their_rights(unit_context, head, responsible,
                                                                             inspector):
    unit_context.users.appoint_responsible(head, inspector.id, "")
    # Both still hold their old UserView: the services read the role again from the database.
    unit_context.recorders.add(inspector, "INV-100")
    with pytest.raises(PermissionDenied):
        unit_context.recorders.add(responsible, "INV-101")


@pytest.mark.parametrize("who", ["responsible", "inspector"])
def test_only_the_head_appoints(unit_context, request, inspector, db, who):
    actor = request.getfixturevalue(who)
    with pytest.raises(PermissionDenied):
        unit_context.users.appoint_responsible(actor, inspector.id, "")
    assert count(db, "appointments") == 1


def test_appointing_the_current_responsible_person_again_is_refused(unit_context, head, responsible, db):
    with pytest.raises(StateError):
        unit_context.users.appoint_responsible(head, responsible.id, "")
    assert count(db, "appointments") == 1


def test_the_head_cannot_be_appointed(unit_context, head, db):
    with pytest.raises(ValidationError):
        unit_context.users.appoint_responsible(head, head.id, "")
    assert count(db, "appointments") == 1


def test_a_disabled_user_cannot_be_appointed(unit_context, head, inspector, db):
    unit_context.users.update(head, inspector.id, inspector.full_name, inspector.position, active=False)
    with pytest.raises(ValidationError):
        unit_context.users.appoint_responsible(head, inspector.id, "")
    assert count(db, "appointments") == 1


def test_update_changes_name_and_position(unit_context, responsible, inspector):
    view = unit_context.users.update(responsible, inspector.id, " Нұрланова Әлия ", "Бас инспектор", True)
    assert (view.full_name, view.position) == ("Нұрланова Әлия", "Бас инспектор")
    assert unit_context.accounts.authenticate("aliya", PASSWORDS["aliya"]).position == "Бас инспектор"


def test_responsible_cannot_edit_the_head(unit_context, head, responsible):
    with pytest.raises(PermissionDenied):
        unit_context.users.update(responsible, head.id, "Changed", "", True)


def test_cannot_disable_oneself(unit_context, head):
    with pytest.raises(ValidationError) as info:
        unit_context.users.update(head, head.id, head.full_name, head.position, active=False)
    assert info.value.code == "disable_self"
    assert unit_context.accounts.authenticate("head", PASSWORDS["head"]).active


def test_the_responsible_person_cannot_be_disabled_before_a_successor_is_appointed(unit_context, head, responsible):
    with pytest.raises(ValidationError):
        unit_context.users.update(head, responsible.id, responsible.full_name, "", active=False)
    assert unit_context.accounts.authenticate("resp", PASSWORDS["resp"]).active


def test_a_disabled_users_old_view_can_no_longer_act(unit_context, head, inspector):
    unit_context.users.update(head, inspector.id, inspector.full_name, inspector.position, active=False)
    with pytest.raises(PermissionDenied) as info:
        unit_context.recorders.list(inspector)
    assert info.value.code == "inactive"
    with pytest.raises(PermissionDenied):
        unit_context.accounts.change_password(inspector, PASSWORDS["aliya"], "Another-pass-1")


def test_inactive_users_are_left_out_of_the_inspector_list(unit_context, head, inspector):
    unit_context.users.update(head, inspector.id, inspector.full_name, inspector.position, active=False)
    assert "aliya" not in {u.login for u in unit_context.users.inspectors(head)}
    assert "aliya" in {u.login for u in unit_context.users.list(head, include_inactive=True)}
    assert "head" not in {u.login for u in unit_context.users.inspectors(head)}


def test_reset_password_lifts_a_lockout(unit_context, responsible, inspector):
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            unit_context.accounts.authenticate("aliya", "Wrong-pass-1")
    with pytest.raises(AccountLocked):
        unit_context.accounts.authenticate("aliya", PASSWORDS["aliya"])

    unit_context.users.reset_password(responsible, inspector.id, "Reset-pass-2026")

    assert unit_context.accounts.authenticate("aliya", "Reset-pass-2026").login == "aliya"
    with pytest.raises(AuthenticationError):
        unit_context.accounts.authenticate("aliya", PASSWORDS["aliya"])


def test_reset_password_checks_strength_and_rights(unit_context, head, responsible, inspector):
    with pytest.raises(ValidationError):
        unit_context.users.reset_password(responsible, inspector.id, "weak")
    with pytest.raises(PermissionDenied):
        unit_context.users.reset_password(responsible, head.id, "Reset-pass-2026")
    with pytest.raises(PermissionDenied):
        unit_context.users.reset_password(inspector, inspector.id, "Reset-pass-2026")
    assert unit_context.accounts.authenticate("head", PASSWORDS["head"]).login == "head"
