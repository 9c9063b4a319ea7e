"""The recorder register (п.7): adding, editing with a reason, status changes and their history."""

from __future__ import annotations

from contextlib import closing

import pytest

from inspector_app.domain.recorders import HistoryKind, RecorderStatus
from inspector_app.errors import ConflictError, NotFoundError, PermissionDenied, StateError, ValidationError
from tests.integration.conftest import count, db_path, query
from tests.db_backend import raw_connect, RAW_INTEGRITY_ERRORS

RESP_NAME = "Жұмабаева Әйгерім Серікқызы"
HEAD_NAME = "Сәрсенбаев Ерлан Бақытұлы"


@pytest.fixture
def recorders(unit_context):
    return unit_context.recorders


@pytest.fixture
def rec(recorders, responsible):
    return recorders.add(responsible, "INV-001", "SN-0001", "DS-MCW406", "hikvision-dswa", note="from the 2026 lot")


def test_add_registers_the_recorder_in_store(recorders, responsible, rec, db, clock):
    assert rec.id is not None
    assert (rec.inventory_number, rec.serial_number, rec.model, rec.vendor_profile) == (
        "INV-001", "SN-0001", "DS-MCW406", "hikvision-dswa")
    assert rec.status is RecorderStatus.IN_STORE
    assert rec.created_at == clock.now()
    assert recorders.get(responsible, rec.id) == rec
    assert query(db, "SELECT inventory_number, inventory_key, status FROM recorders") == [
        ("INV-001", "inv-001", "in_store")]


def test_add_writes_a_registered_history_entry(recorders, responsible, rec):
    (entry,) = recorders.history(responsible, rec.id)
    assert entry.kind is HistoryKind.REGISTERED
    assert (entry.actor_id, entry.actor_name) == (responsible.id, RESP_NAME)
    assert (entry.from_status, entry.to_status) == (None, RecorderStatus.IN_STORE)
    assert "inventory_number:  → INV-001" in entry.details
    assert "vendor_profile:  → hikvision-dswa" in entry.details
    assert entry.reason == "from the 2026 lot"


def test_head_may_add_too(recorders, head):
    assert recorders.add(head, "INV-900").vendor_profile == "generic"


@pytest.mark.parametrize("inventory", ["INV-001", "inv-001", "Inv-001", "  INV-001  "])
def test_duplicate_inventory_number_is_a_conflict(recorders, responsible, rec, db, inventory):
    with pytest.raises(ConflictError) as info:
        recorders.add(responsible, inventory, "SN-2")
    assert info.value.code == "duplicate_inventory"
    assert count(db, "recorders") == 1
    assert count(db, "recorder_history") == 1


def test_duplicate_cyrillic_inventory_number_in_another_case_is_a_conflict(recorders, responsible, db):
    recorders.add(responsible, "ИНВ-Ә-001")
    with pytest.raises(ConflictError):
        recorders.add(responsible, "инв-ә-001")
    assert count(db, "recorders") == 1


def test_the_database_itself_refuses_a_duplicate_inventory_key(rec, db):
    # The service checks first; the unique key is what stops a second PC racing past that check.
    with closing(raw_connect(db)) as conn, pytest.raises(RAW_INTEGRITY_ERRORS):
        conn.execute("INSERT INTO recorders (inventory_number, inventory_key, serial_number, model, vendor_profile, "
                     "status, created_at, updated_at) VALUES ('inv-001', 'inv-001', '', '', 'generic', 'in_store', "
                     "'2026-11-23 05:00:00', '2026-11-23 05:00:00')")
    assert count(db, "recorders") == 1


@pytest.mark.parametrize("inventory, code", [("", "empty"), ("   ", "empty"), ("I" * 65, "too_long"),
                                             ("INV\t1", "control_chars")])
def test_bad_inventory_number_is_refused(recorders, responsible, db, inventory, code):
    with pytest.raises(ValidationError) as info:
        recorders.add(responsible, inventory)
    assert info.value.code == code
    assert count(db, "recorders") == 0


def test_unknown_vendor_profile_is_refused(recorders, responsible, db):
    with pytest.raises(ValidationError) as info:
        recorders.add(responsible, "INV-002", vendor_profile="acme-cam")
    assert info.value.code == "vendor_profile"
    assert count(db, "recorders") == 0


def test_inspector_cannot_add_but_can_list_and_read(recorders, inspector, rec, db):
    with pytest.raises(PermissionDenied):
        recorders.add(inspector, "INV-002")
    assert count(db, "recorders") == 1
    assert [r.inventory_number for r in recorders.list(inspector)] == ["INV-001"]
    assert recorders.get(inspector, rec.id).inventory_number == "INV-001"
    assert len(recorders.history(inspector, rec.id)) == 1


def test_unknown_recorder_is_not_found(recorders, responsible):
    with pytest.raises(NotFoundError):
        recorders.get(responsible, 999)
    with pytest.raises(NotFoundError):
        recorders.change_status(responsible, 999, "faulty", "broken")


def test_edit_records_the_changes_and_the_reason(recorders, responsible, rec, clock):
    clock.advance(hours=1)
    edited = recorders.edit(responsible, rec.id, "INV-001", "SN-0002", "DS-MCW407", "hikvision-dswa",
                            "serial number misread at registration")
    assert (edited.serial_number, edited.model) == ("SN-0002", "DS-MCW407")
    assert recorders.get(responsible, rec.id).serial_number == "SN-0002"
    entry = recorders.history(responsible, rec.id)[-1]
    assert entry.kind is HistoryKind.EDITED
    assert entry.details == "serial_number: SN-0001 → SN-0002\nmodel: DS-MCW406 → DS-MCW407"
    assert entry.reason == "serial number misread at registration"
    assert (entry.at, entry.actor_name) == (clock.now(), RESP_NAME)


@pytest.mark.parametrize("reason", ["", "   "])
def test_edit_requires_a_reason(recorders, responsible, rec, db, reason):
    before = query(db, "SELECT * FROM recorders")
    with pytest.raises(ValidationError):
        recorders.edit(responsible, rec.id, "INV-001", "SN-9", "", "generic", reason)
    assert query(db, "SELECT * FROM recorders") == before
    assert count(db, "recorder_history") == 1


def test_edit_without_a_change_is_refused(recorders, responsible, rec, db):
    with pytest.raises(ValidationError) as info:
        recorders.edit(responsible, rec.id, "INV-001", "SN-0001", "DS-MCW406", "hikvision-dswa", "nothing")
    assert info.value.code == "no_change"
    assert count(db, "recorder_history") == 1


def test_edit_to_another_recorders_inventory_number_is_a_conflict(recorders, responsible, rec, db):
    other = recorders.add(responsible, "INV-002")
    with pytest.raises(ConflictError):
        recorders.edit(responsible, other.id, "inv-001", "", "", "generic", "renumbering")
    assert query(db, "SELECT inventory_number FROM recorders ORDER BY id") == [("INV-001",), ("INV-002",)]
    assert count(db, "recorder_history") == 2


def test_edit_may_change_the_letter_case_of_its_own_number(recorders, responsible, rec):
    edited = recorders.edit(responsible, rec.id, "inv-001", "SN-0001", "DS-MCW406", "hikvision-dswa",
                            "as written on the label")
    assert edited.inventory_number == "inv-001"


def test_edit_refuses_an_unknown_profile_and_keeps_the_old_one(recorders, responsible, rec):
    with pytest.raises(ValidationError):
        recorders.edit(responsible, rec.id, "INV-001", "SN-0001", "DS-MCW406", "acme-cam", "new firmware")
    assert recorders.get(responsible, rec.id).vendor_profile == "hikvision-dswa"


def test_inspector_cannot_edit(recorders, inspector, rec):
    with pytest.raises(PermissionDenied):
        recorders.edit(inspector, rec.id, "INV-001", "SN-X", "", "generic", "reason")


def test_change_status_writes_a_status_entry(recorders, responsible, rec, db, clock):
    clock.advance(minutes=10)
    changed = recorders.change_status(responsible, rec.id, RecorderStatus.FAULTY, "  does not switch on ")
    assert changed.status is RecorderStatus.FAULTY
    assert recorders.get(responsible, rec.id).status is RecorderStatus.FAULTY
    entry = recorders.history(responsible, rec.id)[-1]
    assert entry.kind is HistoryKind.STATUS
    assert (entry.from_status, entry.to_status) == (RecorderStatus.IN_STORE, RecorderStatus.FAULTY)
    assert (entry.actor_id, entry.actor_name) == (responsible.id, RESP_NAME)
    assert entry.reason == "does not switch on"
    assert entry.at == clock.now()
    assert query(db, "SELECT status, updated_at > created_at FROM recorders") == [("faulty", 1)]


def test_change_status_without_a_reason_writes_nothing(recorders, responsible, rec, db):
    with pytest.raises(ValidationError):
        recorders.change_status(responsible, rec.id, "faulty", "")
    assert query(db, "SELECT status FROM recorders") == [("in_store",)]
    assert count(db, "recorder_history") == 1


@pytest.mark.parametrize("target", ["issued", "in_store"])
def test_refused_status_change_writes_nothing(recorders, responsible, rec, db, target):
    with pytest.raises(StateError):
        recorders.change_status(responsible, rec.id, target, "by hand")
    assert query(db, "SELECT status FROM recorders") == [("in_store",)]
    assert count(db, "recorder_history") == 1


def test_a_written_off_recorder_stays_written_off(recorders, responsible, rec):
    recorders.change_status(responsible, rec.id, "written_off", "broken beyond repair, act № 7")
    for target in ("in_store", "faulty", "under_repair"):
        with pytest.raises(StateError):
            recorders.change_status(responsible, rec.id, target, "try to revive")
    assert recorders.get(responsible, rec.id).status is RecorderStatus.WRITTEN_OFF


def test_inspector_cannot_change_status(recorders, inspector, rec, db):
    with pytest.raises(PermissionDenied):
        recorders.change_status(inspector, rec.id, "faulty", "it fell")
    assert count(db, "recorder_history") == 1


def test_history_is_in_the_order_things_happened(recorders, responsible, head, rec, clock):
    clock.advance(minutes=1)
    recorders.change_status(responsible, rec.id, "faulty", "lens cracked")
    clock.advance(minutes=1)
    recorders.change_status(head, rec.id, "under_repair", "sent to the service centre")
    clock.advance(minutes=1)
    recorders.edit(responsible, rec.id, "INV-001", "SN-0001", "DS-MCW406-B", "hikvision-dswa", "lens replaced")
    recorders.change_status(responsible, rec.id, "in_store", "repaired")   # same instant: ordered by entry

    history = recorders.history(responsible, rec.id)
    assert [(e.kind, e.to_status) for e in history] == [
        (HistoryKind.REGISTERED, RecorderStatus.IN_STORE),
        (HistoryKind.STATUS, RecorderStatus.FAULTY),
        (HistoryKind.STATUS, RecorderStatus.UNDER_REPAIR),
        (HistoryKind.EDITED, None),
        (HistoryKind.STATUS, RecorderStatus.IN_STORE),
    ]
    assert history[2].actor_name == HEAD_NAME
    assert [e.at for e in history] == sorted(e.at for e in history)


def test_history_is_per_recorder(recorders, responsible, rec):
    other = recorders.add(responsible, "INV-002")
    recorders.change_status(responsible, other.id, "faulty", "no sound")
    assert len(recorders.history(responsible, rec.id)) == 1
    assert {e.recorder_id for e in recorders.history(responsible, other.id)} == {other.id}


@pytest.fixture
def pool(recorders, responsible):
    made = [
        recorders.add(responsible, "INV-010", "HK-77", "DS-MCW406", "hikvision-dswa"),
        recorders.add(responsible, "inv-002", "BB-01", "BOBLOV KJ21", "boblov"),
        recorders.add(responsible, "INV-003", "DZ-5", "Dozor-77", "dozor"),
        recorders.add(responsible, "INV-001", "HK-78", "DS-MCW406", "hikvision-dswa"),
    ]
    recorders.change_status(responsible, made[2].id, "faulty", "battery swollen")
    return made


def test_list_is_ordered_by_inventory_number_ignoring_case(recorders, responsible, pool):
    assert [r.inventory_number for r in recorders.list(responsible)] == ["INV-001", "inv-002", "INV-003", "INV-010"]


def test_list_filters_by_status(recorders, responsible, pool):
    assert [r.inventory_number for r in recorders.list(responsible, RecorderStatus.FAULTY)] == ["INV-003"]
    assert len(recorders.list(responsible, RecorderStatus.IN_STORE)) == 3
    assert recorders.list(responsible, RecorderStatus.WRITTEN_OFF) == []


@pytest.mark.parametrize("search, expected", [
    ("mcw406", ["INV-001", "INV-010"]),     # model, any case
    ("BB-", ["inv-002"]),                    # serial number
    ("INV-00", ["INV-001", "inv-002", "INV-003"]),
    ("  dozor ", ["INV-003"]),
    ("nothing-like-this", []),
    ("", ["INV-001", "inv-002", "INV-003", "INV-010"]),
])
def test_list_searches_inventory_serial_and_model(recorders, responsible, pool, search, expected):
    assert [r.inventory_number for r in recorders.list(responsible, search=search)] == expected


def test_list_combines_status_and_search(recorders, responsible, pool):
    assert recorders.list(responsible, RecorderStatus.FAULTY, "HK") == []
    assert [r.inventory_number for r in recorders.list(responsible, RecorderStatus.IN_STORE, "HK")] == [
        "INV-001", "INV-010"]


@pytest.mark.parametrize("search", ["дозор", "ДОЗОР", "Дозор", "инв-ә", "ИНВ-Ә", "серік"])
def test_search_ignores_the_case_of_cyrillic_and_kazakh_letters(recorders, responsible, search):
    recorders.add(responsible, "ИНВ-Ә-001", "Серік-5", "Дозор-77", "dozor")
    recorders.add(responsible, "INV-002", "", "DS-MCW406", "hikvision-dswa")
    assert [r.inventory_number for r in recorders.list(responsible, search=search)] == ["ИНВ-Ә-001"]


def test_written_off_recorder_cannot_be_edited(unit_context, responsible):
    
    from inspector_app.errors import StateError

    recorder = unit_context.recorders.add(responsible, "ВР-090", "SN", "M", "generic")
    unit_context.recorders.change_status(responsible, recorder.id, "written_off", "Акт № 3 есептен шығару")
    db = raw_connect(db_path(unit_context))
    before = db.execute("select count(*) from recorder_history").fetchone()[0]
    with pytest.raises(StateError):
        unit_context.recorders.edit(responsible, recorder.id, "ВР-091", "SN", "M", "generic", "typo")
    assert unit_context.recorders.get(responsible, recorder.id).inventory_number == "ВР-090"
    assert db.execute("select count(*) from recorder_history").fetchone()[0] == before


def test_bind_serial_from_a_docked_recorder(unit_context, responsible, inspector):
    recorder = unit_context.recorders.add(responsible, "ВР-070", "", "Дозор-77", "dozor")
    other = unit_context.recorders.add(responsible, "ВР-071", "77-0311458", "Дозор-77", "dozor")
    assert unit_context.recorders.by_serial("77-0311458").id == other.id
    assert unit_context.recorders.by_serial("77-9999999") is None
    with pytest.raises(PermissionDenied):
        unit_context.recorders.bind_serial(inspector, recorder.id, "77-0311460")
    with pytest.raises(ConflictError):
        unit_context.recorders.bind_serial(responsible, recorder.id, "77-0311458")
    bound = unit_context.recorders.bind_serial(responsible, recorder.id, "77-0311460")
    assert bound.serial_number == "77-0311460"
    assert unit_context.recorders.by_serial("77-0311460").id == recorder.id
    history = unit_context.recorders.history(responsible, recorder.id)
    assert history[-1].reason == "Serial number read from the docked recorder"
