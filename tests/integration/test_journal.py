"""The journal of issue and return through its services, on a real SQLite file."""

from __future__ import annotations

import subprocess

import pytest

from inspector_app import signing
from inspector_app.domain.journal import JournalFilter, RowState
from inspector_app.domain.journal_content import entry_content, signed_bytes
from inspector_app.domain.strokes import strokes_sha256
from inspector_app.errors import AuthenticationError, PermissionDenied, StateError, ValidationError
from inspector_app.services.journal import IssueRequest
from inspector_app.services.journal_corrections import CorrectionRequest
from tests.conftest import sign_as
from tests.integration.conftest import count
from tests.db_backend import raw_connect, RAW_ERRORS


@pytest.fixture
def recorder(unit_context, responsible):
    return unit_context.recorders.add(responsible, "ВР-001", "SN-1", "DS-MCW406", "hikvision-dswa")


def _issue(ctx, responsible, inspector, recorder, **overrides):
    request = IssueRequest(recorder.id, inspector.id, overrides.pop("purpose", "inspection"),
                           overrides.pop("battery", 95), overrides.pop("offset", 2), **overrides)
    return ctx.journal.issue(responsible, request, sign_as(ctx, "aliya"), sign_as(ctx, "resp"))


def _tables(db) -> dict[str, int]:
    return {t: count(db, t) for t in ("journal_entries", "journal_returns", "journal_remarks", "signatures",
                                       "journal_strikes", "notifications", "recorder_history")}


def test_issue_then_return_then_storage(unit_context, responsible, inspector, recorder, clock, db):
    row = _issue(unit_context, responsible, inspector, recorder)
    assert row.entry.number == 1 and row.volume_number == 1
    assert row.entry.inventory_number == "ВР-001" and row.entry.user_full_name == "Нұрланова Әлия Қайратқызы"
    assert row.state is RowState.OPEN and row.receipt_strokes is not None
    assert unit_context.recorders.get(responsible, recorder.id).status.value == "issued"

    clock.advance(hours=3)
    row = unit_context.journal.return_recorder(responsible, row.entry.id, "Жарамды", sign_as(unit_context, "aliya"),
                                               sign_as(unit_context, "resp"))
    assert row.state is RowState.RETURNED_NOT_STORED
    assert row.returned.returned_at == clock.now().replace(microsecond=0)
    assert unit_context.recorders.get(responsible, recorder.id).status.value == "in_store"

    unit_context.journal.record_storage(row.entry.id, clock.now())
    [row] = unit_context.journal.rows(responsible, JournalFilter())
    assert row.state is RowState.STORED
    assert unit_context.journal_verifier.verify_entries(responsible, [row.entry.id]).ok
    assert count(db, "signatures") == 4


@pytest.mark.parametrize("status", ["faulty", "written_off"])
def test_recorder_not_in_store_is_refused_and_nothing_written(unit_context, responsible, inspector, recorder, db,
                                                              status):
    unit_context.recorders.change_status(responsible, recorder.id, status, "Экран сынған")
    before = _tables(db)
    with pytest.raises(StateError, match="cannot be issued"):
        _issue(unit_context, responsible, inspector, recorder)
    assert _tables(db) == before


def test_already_issued_and_not_issued(unit_context, responsible, inspector, recorder, db):
    row = _issue(unit_context, responsible, inspector, recorder)
    with pytest.raises(StateError):
        _issue(unit_context, responsible, inspector, recorder)
    unit_context.journal.return_recorder(responsible, row.entry.id, "", sign_as(unit_context, "aliya"),
                                         sign_as(unit_context, "resp"))
    before = _tables(db)
    with pytest.raises(StateError, match="already returned"):
        unit_context.journal.return_recorder(responsible, row.entry.id, "", sign_as(unit_context, "aliya"),
                                             sign_as(unit_context, "resp"))
    assert _tables(db) == before


def test_inspector_cannot_issue_to_themselves(unit_context, inspector, recorder, db):
    request = IssueRequest(recorder.id, inspector.id, "inspection", 95, 0)
    with pytest.raises(ValidationError, match="oneself"):
        unit_context.journal.issue(inspector, request, sign_as(unit_context, "aliya"), sign_as(unit_context, "aliya"))
    with pytest.raises(PermissionDenied):
        unit_context.journal.issue(inspector, IssueRequest(recorder.id, 1, "inspection", 95, 0),
                                   sign_as(unit_context, "head"), sign_as(unit_context, "aliya"))
    assert count(db, "journal_entries") == 0


def test_wrong_pin_and_empty_pad_write_nothing_but_the_failed_try(unit_context, responsible, inspector, recorder,
                                                                 db):
    before = _tables(db)
    with pytest.raises(AuthenticationError):
        unit_context.journal.issue(responsible, IssueRequest(recorder.id, inspector.id, "inspection", 95, 0),
                                   sign_as(unit_context, "aliya", password="Wrong-pin-1"), sign_as(unit_context, "resp"))
    with pytest.raises(ValidationError, match="pad is empty"):
        unit_context.journal.issue(responsible, IssueRequest(recorder.id, inspector.id, "inspection", 95, 0),
                                   sign_as(unit_context, "aliya", strokes=[]), sign_as(unit_context, "resp"))
    assert _tables(db) == before
    assert raw_connect(db).execute("select failed_logins from users where login='aliya'").fetchone()[0] == 1
    assert unit_context.recorders.get(responsible, recorder.id).status.value == "in_store"


def test_low_battery_needs_override_and_clock_must_be_set(unit_context, responsible, inspector, recorder, db):
    with pytest.raises(ValidationError, match="below the minimum"):
        _issue(unit_context, responsible, inspector, recorder, battery=40)
    with pytest.raises(StateError, match="set its clock"):
        _issue(unit_context, responsible, inspector, recorder, offset=-300)
    assert count(db, "journal_entries") == 0
    row = _issue(unit_context, responsible, inspector, recorder, battery=40,
                 battery_override_reason="Шұғыл тексеру, қосалқы батарея берілді")
    assert [r.kind.value for r in row.remarks] == ["battery_override"]
    assert row.entry.battery_percent == 40 and row.entry.clock_offset_seconds == 2


def test_fault_report_notifies_until_acknowledged(unit_context, responsible, inspector, head, recorder, db):
    row = _issue(unit_context, responsible, inspector, recorder)
    fault = unit_context.journal.report_fault(inspector, recorder.id, "Батарея тез отырады",
                                              sign_as(unit_context, "aliya"))
    assert fault.entry.id == row.entry.id and fault.remarks[-1].text == "Батарея тез отырады"
    assert unit_context.recorders.get(responsible, recorder.id).status.value == "faulty"
    [note] = unit_context.journal.notifications(head)
    assert "ВР-001" in note.message
    with pytest.raises(PermissionDenied):
        unit_context.journal.notifications(inspector)
    unit_context.journal.acknowledge(head, note.id)
    assert unit_context.journal.notifications(responsible) == []
    with pytest.raises(StateError):
        unit_context.journal.acknowledge(responsible, note.id)


def test_correction_strikes_and_makes_a_new_signed_entry(unit_context, responsible, inspector, recorder, clock, db):
    other = unit_context.recorders.add(responsible, "ВР-002", "SN-2", "DS-MCW406", "hikvision-dswa")
    wrong = _issue(unit_context, responsible, inspector, recorder)
    fix = CorrectionRequest(other.id, inspector.id, "inspection", wrong.entry.at, 95, 2)
    new = unit_context.journal.correct(responsible, wrong.entry.id, "Түгендеу нөмірі қате жазылған", fix,
                                       sign_as(unit_context, "aliya"), sign_as(unit_context, "resp"))
    rows = {r.entry.number: r for r in unit_context.journal.rows(responsible, JournalFilter())}
    assert rows[1].state is RowState.STRUCK and rows[1].strike.correction_entry_id == new.entry.id
    assert rows[2].entry.inventory_number == "ВР-002" and rows[2].entry.corrects_entry_id == wrong.entry.id
    assert rows[2].remarks[0].text == "№ 1: Түгендеу нөмірі қате жазылған"
    assert unit_context.recorders.get(responsible, recorder.id).status.value == "in_store"
    assert unit_context.recorders.get(responsible, other.id).status.value == "issued"
    assert unit_context.journal_verifier.verify_entries(responsible, [1, 2]).ok


def test_database_refuses_changes_to_signed_entries(unit_context, responsible, inspector, recorder, db):
    _issue(unit_context, responsible, inspector, recorder)
    conn = raw_connect(db)
    for sql in ("UPDATE journal_entries SET user_full_name = 'Басқа адам'", "DELETE FROM journal_entries",
                "UPDATE signatures SET signature = 'AAAA'", "DELETE FROM signatures"):
        with pytest.raises(RAW_ERRORS, match="append-only"):
            conn.execute(sql)


def test_tampering_past_the_triggers_is_detected_by_verification(unit_context, responsible, inspector, recorder, db):
    row = _issue(unit_context, responsible, inspector, recorder)
    assert unit_context.journal_verifier.verify_entries(responsible, [row.entry.id]).ok
    conn = raw_connect(db)
    conn.execute("DROP TRIGGER journal_entries_no_update")
    conn.execute("UPDATE journal_entries SET at = '2026-11-01 09:00:00.000000'")
    conn.commit()
    report = unit_context.journal_verifier.verify_entries(responsible, [row.entry.id])
    assert not report.ok and len(report.problems) == 2  # both signatures of the entry fail


def test_signature_verifies_with_openssl(unit_context, responsible, inspector, recorder, tmp_path):
    row = _issue(unit_context, responsible, inspector, recorder)
    sig = next(s for s in row.signatures if s.role.value == "recipient")
    with unit_context.uow_factory() as uow:
        key = uow.journal.key(sig.key_id)
    data = signed_bytes(entry_content(row.entry, row.volume_number), sig.role, sig.user_id, sig.key_id,
                        strokes_sha256(sig.strokes), sig.signed_at)
    (tmp_path / "pub.pem").write_bytes(signing.public_pem(key.public_key))
    (tmp_path / "content.json").write_bytes(data)
    import base64
    (tmp_path / "sig.bin").write_bytes(base64.b64decode(sig.signature))
    command = ["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "pub.pem", "-rawin", "-in", "content.json",
               "-sigfile", "sig.bin"]
    good = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True)
    assert good.returncode == 0 and "Signature Verified Successfully" in good.stdout
    (tmp_path / "content.json").write_bytes(data.replace("Әлия".encode(), "Алия".encode()))
    bad = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True)
    assert bad.returncode != 0


def test_volumes_number_entries_within_each(unit_context, responsible, inspector, recorder, db):
    row = _issue(unit_context, responsible, inspector, recorder)
    unit_context.journal.return_recorder(responsible, row.entry.id, "", sign_as(unit_context, "aliya"),
                                         sign_as(unit_context, "resp"))
    volume2 = unit_context.journal.close_volume(responsible, "04-12/16")
    assert volume2.number == 2
    second = _issue(unit_context, responsible, inspector, recorder)
    assert (second.volume_number, second.entry.number) == (2, 1)
    volumes = unit_context.journal.volumes(responsible)
    assert volumes[0].ended_at is not None and volumes[1].ended_at is None
    with pytest.raises(StateError):
        unit_context.journal.open_volume(responsible, "again")


def test_filters_open_overdue_inspector(unit_context, responsible, inspector, recorder, clock):
    other = unit_context.recorders.add(responsible, "ВР-002", "SN-2", "M", "generic")
    first = _issue(unit_context, responsible, inspector, recorder)
    clock.advance(hours=13)
    _issue(unit_context, responsible, inspector, other)
    j = unit_context.journal
    assert j.count(responsible, JournalFilter(open_only=True)) == 2
    overdue = j.rows(responsible, j.overdue_filter())
    assert [r.entry.id for r in overdue] == [first.entry.id]
    assert j.count(responsible, JournalFilter(user_id=inspector.id)) == 2
    assert j.count(responsible, JournalFilter(recorder_id=other.id)) == 1
