"""First start: the unit, its head and its responsible person, all or nothing."""

from __future__ import annotations

import pytest

from inspector_app.domain.roles import Role
from inspector_app.errors import AppError, ConflictError, StateError, ValidationError
from inspector_app.services.setup import PersonInput, initialize_unit, is_set_up
from tests.conftest import PASSWORDS
from tests.integration.conftest import count, query

HEAD = PersonInput("head", "Сәрсенбаев Ерлан Бақытұлы", "Бөлімше басшысы", PASSWORDS["head"])
RESP = PersonInput("resp", "Жұмабаева Әйгерім Серікқызы", "Бас маман", PASSWORDS["resp"])
UNIT = {"name_kk": "Алматы қаласы бойынша аумақтық бөлімше",
        "name_ru": "Территориальное подразделение по г. Алматы", "code": "ALA"}


def setup(context, **overrides):
    args = {**UNIT, "head": HEAD, "responsible": RESP, "order_reference": "№ 12-ө, 01.09.2026", **overrides}
    return initialize_unit(context.uow_factory, context.clock, **args)


def test_initialize_creates_unit_head_and_responsible(context, db):
    assert not is_set_up(context.uow_factory)
    result = setup(context)

    assert is_set_up(context.uow_factory)
    assert result.unit.code == "ALA" and result.unit.name("kk") == UNIT["name_kk"]
    assert result.unit.name("ru") == UNIT["name_ru"]
    assert result.unit.created_at == context.clock.now()
    assert (result.head.login, result.head.role) == ("head", Role.HEAD)
    assert (result.responsible.login, result.responsible.role) == ("resp", Role.RESPONSIBLE)

    assert count(db, "units") == 1
    assert query(db, "SELECT login, role, active FROM users ORDER BY id") == [
        ("head", "head", 1), ("resp", "responsible", 1)]
    assert query(db, "SELECT user_id, appointed_by_id, order_reference, ends_at FROM appointments") == [
        (result.responsible.id, result.head.id, "№ 12-ө, 01.09.2026", None)]
    assert query(db, "SELECT value FROM settings WHERE key = 'timezone'") == [("Asia/Almaty",)]


def test_passwords_are_stored_hashed_and_work(context, db):
    setup(context)
    hashes = [h for (h,) in query(db, "SELECT password_hash FROM users")]
    assert all(h.startswith("scrypt$") for h in hashes)
    assert not any(PASSWORDS["head"] in h or PASSWORDS["resp"] in h for h in hashes)
    assert context.accounts.authenticate("head", PASSWORDS["head"]).role is Role.HEAD
    assert context.accounts.authenticate("resp", PASSWORDS["resp"]).role is Role.RESPONSIBLE


def test_initialize_stores_the_chosen_time_zone(context):
    setup(context, timezone="Asia/Qostanay")
    assert context.timezone() == "Asia/Qostanay"


def test_a_second_initialize_is_refused(context, db):
    setup(context)
    with pytest.raises(StateError) as info:
        setup(context, code="AST", head=PersonInput("head2", "Other Head", "", "Other-pass-1"),
              responsible=PersonInput("resp2", "Other Resp", "", "Other-pass-2"))
    assert info.value.code == "already_set_up"
    assert count(db, "units") == 1
    assert count(db, "users") == 2
    assert count(db, "appointments") == 1


@pytest.mark.parametrize("overrides, error", [
    ({"name_kk": "   "}, ValidationError),
    ({"name_ru": ""}, ValidationError),
    ({"code": ""}, ValidationError),
    ({"name_ru": "Я" * 301}, ValidationError),
    ({"timezone": "Asia/Atlantis"}, ValidationError),
    ({"responsible": PersonInput("head", "Другой человек", "", PASSWORDS["resp"])}, ValidationError),
    ({"responsible": PersonInput(" HEAD ", "Другой человек", "", PASSWORDS["resp"])}, ValidationError),
    ({"head": PersonInput("head", "Сәрсенбаев Е.", "", "short1")}, ValidationError),
    # The head is already written (flushed) when the responsible person's data turns out bad.
    ({"responsible": PersonInput("resp", "Жұмабаева Ә.", "", "onlyletters")}, ValidationError),
    ({"responsible": PersonInput("resp", "Ж" * 201, "", PASSWORDS["resp"])}, ValidationError),
    ({"responsible": PersonInput("resp", "Жұмабаева Ә.", "П" * 201, PASSWORDS["resp"])}, ValidationError),
    ({"responsible": PersonInput("жауапты", "Жұмабаева Ә.", "", PASSWORDS["resp"])}, ValidationError),
    ({"order_reference": "№" * 201}, ValidationError),
])
def test_bad_input_writes_nothing(context, db, overrides, error):
    with pytest.raises(error):
        setup(context, **overrides)
    for table in ("units", "users", "appointments"):
        assert count(db, table) == 0, table
    assert query(db, "SELECT key FROM settings") == [("vault.id",)]  # written at the first start, before set-up
    assert not is_set_up(context.uow_factory)
    # And a correct set-up still works afterwards.
    setup(context)
    assert count(db, "users") == 2


def test_every_failure_is_an_app_error_with_a_message(context):
    with pytest.raises(AppError) as info:
        setup(context, head=PersonInput("head", "", "", PASSWORDS["head"]))
    assert "Full name" in str(info.value)
    assert not isinstance(info.value, ConflictError)
