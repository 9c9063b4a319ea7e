"""Seals and the full verification against tampering done behind the app's back (п.13).

Each case changes the store the way someone with the files and a SQLite tool could: a byte of a stored
file, a timestamp or hash in a row with the append-only triggers dropped, an audit event deleted or
reordered, a thumbnail swapped. The verification must name each one.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
from contextlib import closing
from datetime import timedelta

import pytest

from devices.ingest_engine import IngestEngine
from devices.profiles import all_profiles
from devices.volumes import scan_roots
from inspector_app import signing
from inspector_app.domain.audit import AuditFilter, AuditKind
from inspector_app.errors import PermissionDenied
from inspector_app.services.journal import IssueRequest
from tests.conftest import sign_as
from tests.integration.conftest import db_path
from tests.integration.fake_recorder import SERIAL, back_to_back, make_recorder
from tests.db_backend import raw_connect, RAW_ERRORS

LOCAL = timedelta(hours=5)  # Asia/Almaty


@pytest.fixture
def stored(unit_context, responsible, inspector, clock, tmp_path):
    """ВР-001 issued, returned and docked: three real MP4 segments stored, sealed and recorded."""
    recorder = unit_context.recorders.add(responsible, "ВР-001", SERIAL, "DS-MCW406", "hikvision-dswa")
    row = unit_context.journal.issue(responsible, IssueRequest(recorder.id, inspector.id, "inspection", 95, 1),
                                     sign_as(unit_context, "aliya"), sign_as(unit_context, "resp"))
    clock.advance(hours=2)
    unit_context.journal.return_recorder(responsible, row.entry.id, "", sign_as(unit_context, "aliya"),
                                         sign_as(unit_context, "resp"))
    clock.advance(minutes=30)
    start = (row.entry.at + LOCAL).replace(tzinfo=None) + timedelta(minutes=5)
    root = make_recorder(tmp_path / "vol", back_to_back(start, 3, 1.5),
                         clock=(clock.now() + LOCAL).replace(tzinfo=None) + timedelta(seconds=3))
    [volume] = scan_roots([(root, "HIKVISION")], all_profiles())
    summary = IngestEngine(unit_context).ingest(volume)
    assert summary.files_stored == 3, summary.log
    with unit_context.uow_factory() as uow:
        recordings = sorted(uow.recordings.for_entry(row.entry.id), key=lambda r: r.sequence_number)
    return recordings


def _sql(ctx, *statements: str, params: tuple = ()) -> None:
    """Straight to the SQLite file, as a person with a database tool would."""
    with closing(raw_connect(db_path(ctx))) as conn:
        for statement in statements:
            conn.execute(statement, params if "?" in statement else ())
        conn.commit()


def _verify(ctx, actor):
    report = ctx.integrity.run(actor)
    return report, [str(p) for p in report.problems]


def test_every_recording_is_sealed_at_ingest_and_a_clean_store_verifies(unit_context, stored, head):
    with unit_context.uow_factory() as uow:
        seals = uow.integrity.seals_of([r.id for r in stored])
    assert set(seals) == {r.id for r in stored}
    facts = seals[stored[0].id].facts
    assert facts["sha256"] == stored[0].sha256 and facts["serial_number"] == SERIAL
    assert facts["inventory_number"] == "ВР-001" and facts["clock_offset_seconds"] == 3
    assert facts["entry_id"] == stored[0].entry_id and facts["start_source"] == "filename"
    report, problems = _verify(unit_context, head)
    assert report.ok, problems
    assert report.checked["files"] == 3 and report.checked["seals"] == 3
    assert report.checked["chain"] > 0 and report.checked["journal"] >= 4
    assert report.bytes_hashed == sum(r.size for r in stored)


def test_the_verification_run_is_recorded_in_the_chain(unit_context, stored, head):
    report = unit_context.integrity.run(head)
    [event] = unit_context.audit.list(head, AuditFilter(kind=AuditKind.VERIFICATION))
    assert event.seq == report.event_seq and event.details["ok"] is True
    assert event.details["checked"]["files"] == 3 and event.user_id == head.id


def test_an_inspector_may_not_verify(unit_context, stored, inspector):
    with pytest.raises(PermissionDenied):
        unit_context.integrity.run(inspector)


def test_one_changed_byte_in_a_stored_file(unit_context, stored, head):
    target = stored[1]
    path = unit_context.vault._object_path(target.sha256)
    os.chmod(path, 0o644)
    with open(path, "r+b") as stream:
        stream.seek(target.size // 2)
        byte = stream.read(1)
        stream.seek(target.size // 2)
        stream.write(bytes([byte[0] ^ 0x01]))
    report, problems = _verify(unit_context, head)
    assert not report.ok
    assert [p for p in report.problems if p.kind == "files"] == [p for p in report.problems]
    [problem] = problems
    assert f"recording {target.id} ({target.source_name})" in problem and "stored file was changed" in problem


def test_a_stored_file_removed_from_the_vault(unit_context, stored, head):
    path = unit_context.vault._object_path(stored[0].sha256)
    os.chmod(path.parent, 0o755)
    path.unlink()
    report, problems = _verify(unit_context, head)
    assert any(f"recording {stored[0].id}" in p and "missing" in p for p in problems), problems


def test_a_changed_start_time_in_the_database(unit_context, stored, head):
    target = stored[0]
    _sql(unit_context, "DROP TRIGGER recordings_no_update",
         f"UPDATE recordings SET start_utc = '2026-11-20 06:00:00.000000' WHERE id = {target.id}")
    report, problems = _verify(unit_context, head)
    [problem] = problems
    assert f"recording {target.id}" in problem and "start_utc" in problem and "changed since it was sealed" in problem


def test_a_changed_hash_in_the_database(unit_context, stored, head):
    target = stored[2]
    _sql(unit_context, "DROP TRIGGER recordings_no_update",
         f"UPDATE recordings SET sha256 = '{'ab' * 32}' WHERE id = {target.id}")
    report, problems = _verify(unit_context, head)
    assert any(f"recording {target.id}" in p and "sha256" in p for p in problems), problems


def test_a_swapped_thumbnail(unit_context, stored, head):
    first, second = stored[0], stored[1]
    assert first.thumbnail != second.thumbnail
    _sql(unit_context, "DROP TRIGGER recordings_no_update",
         f"UPDATE recordings SET thumbnail = (SELECT thumbnail FROM recordings WHERE id = {second.id}) "
         f"WHERE id = {first.id}")
    report, problems = _verify(unit_context, head)
    [problem] = problems
    assert f"recording {first.id}" in problem and "thumbnail" in problem


def test_a_seal_rewritten_to_match_a_changed_row(unit_context, stored, head):
    target = stored[0]
    with unit_context.uow_factory() as uow:
        facts = uow.integrity.seal_of(target.id).facts
    facts["start_utc"] = "2026-11-20T06:00:00.000000Z"
    forged = json.dumps(facts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    _sql(unit_context, "DROP TRIGGER recording_seals_no_update",
         "UPDATE recording_seals SET content = ? WHERE recording_id = ?", params=(forged, target.id))
    _sql(unit_context, "DROP TRIGGER recordings_no_update",
         f"UPDATE recordings SET start_utc = '2026-11-20 06:00:00.000000' WHERE id = {target.id}")
    report, problems = _verify(unit_context, head)
    assert any(f"recording {target.id}" in p and "not signed by the installation key" in p for p in problems), problems


def test_a_recording_deleted_from_the_database(unit_context, stored, head):
    target = stored[1]
    _sql(unit_context, "PRAGMA foreign_keys = OFF", "DROP TRIGGER recordings_no_delete",
         "DROP TRIGGER recording_seals_no_delete", f"DELETE FROM recording_seals WHERE recording_id = {target.id}",
         f"DELETE FROM recordings WHERE id = {target.id}")
    report, problems = _verify(unit_context, head)
    assert any(f"recording {target.id}" in p and "deleted from the database" in p for p in problems), problems


def test_a_deleted_audit_event(unit_context, stored, head):
    _sql(unit_context, "DROP TRIGGER audit_events_no_delete", "DELETE FROM audit_events WHERE seq = 5")
    report, problems = _verify(unit_context, head)
    assert "audit trail: audit event 5 is missing (deleted)" in problems
    assert any("audit event 6" in p and "chain is broken" in p for p in problems)


def test_reordered_audit_events(unit_context, stored, head):
    _sql(unit_context, "DROP TRIGGER audit_events_no_update",
         "UPDATE audit_events SET seq = -1 WHERE seq = 7", "UPDATE audit_events SET seq = 7 WHERE seq = 8",
         "UPDATE audit_events SET seq = 8 WHERE seq = -1")
    report, problems = _verify(unit_context, head)
    assert any(p.startswith("audit trail: audit event 7") for p in problems), problems
    assert any(p.startswith("audit trail: audit event 8") for p in problems), problems
    assert all(p.startswith("audit trail:") for p in problems)


def test_a_changed_audit_event(unit_context, stored, head):
    with closing(raw_connect(db_path(unit_context))) as conn:
        seq, details = conn.execute("SELECT seq, details FROM audit_events WHERE kind = 'ingest' LIMIT 1").fetchone()
    changed = details.replace('"readable":true', '"readable":false')
    assert changed != details
    _sql(unit_context, "DROP TRIGGER audit_events_no_update", "UPDATE audit_events SET details = ? WHERE seq = ?",
         params=(changed, seq))
    report, problems = _verify(unit_context, head)
    assert f"audit trail: audit event {seq} (ingest) was changed: its content no longer matches its hash" in problems


def test_sealed_rows_and_the_trail_refuse_changes_through_sql(unit_context, stored):
    for statement in ("UPDATE recordings SET start_utc = '2020-01-01 00:00:00.000000'",
                      "DELETE FROM recordings", "UPDATE recording_seals SET signature = 'x'",
                      "DELETE FROM recording_seals", "UPDATE audit_events SET at = '2020-01-01 00:00:00.000000'",
                      "DELETE FROM audit_events"):
        with pytest.raises(RAW_ERRORS, match="append-only"):
            _sql(unit_context, statement)


def test_a_seal_verifies_with_openssl(unit_context, stored, tmp_path):
    with unit_context.uow_factory() as uow:
        seal = uow.integrity.seal_of(stored[0].id)
    (tmp_path / "pub.pem").write_bytes(signing.public_pem(unit_context.signer.key.public_key))
    (tmp_path / "seal.json").write_bytes(seal.content_bytes)
    (tmp_path / "seal.sig").write_bytes(base64.b64decode(seal.signature))
    command = ["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "pub.pem", "-rawin", "-in", "seal.json",
               "-sigfile", "seal.sig"]
    good = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True)
    assert good.returncode == 0 and "Signature Verified Successfully" in good.stdout
    (tmp_path / "seal.json").write_bytes(seal.content_bytes.replace(b'"size":', b'"size":1'))
    assert subprocess.run(command, cwd=tmp_path, capture_output=True).returncode != 0
    # and the sealed hash is the file's, by coreutils
    path = unit_context.vault._object_path(stored[0].sha256)
    assert subprocess.run(["sha256sum", str(path)], capture_output=True, text=True).stdout.split()[0] \
        == seal.facts["sha256"]


def test_rolling_check_rehashes_only_what_is_due(unit_context, stored, head, clock):
    first = unit_context.integrity.run(head)
    assert first.checked["files"] == 3
    clock.advance(days=1)
    soon = unit_context.integrity.run(head, not_verified_days=30)
    assert soon.ok and soon.checked["files"] == 0 and soon.checked["chain"] > first.checked["chain"]
    clock.advance(days=30)
    due = unit_context.integrity.run_scheduled(30)
    assert due.ok and due.checked["files"] == 3
