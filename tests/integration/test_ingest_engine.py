"""Ingest of a docked recorder through the engine: real MP4 files, the real vault and database."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from devices.ingest_engine import IngestEngine
from devices.profiles import all_profiles
from devices.volumes import scan_roots
from inspector_app.domain.journal import JournalFilter, RowState
from inspector_app.services.journal import IssueRequest
from tests.conftest import sign_as
from tests.integration.fake_recorder import SERIAL, back_to_back, make_recorder
from tests.db_backend import raw_connect

LOCAL = timedelta(hours=5)  # Asia/Almaty


@pytest.fixture
def issued(unit_context, responsible, inspector, clock):
    """ВР-001 (serial SERIAL) issued at 10:00 local, returned at 12:00 local."""
    recorder = unit_context.recorders.add(responsible, "ВР-001", SERIAL, "DS-MCW406", "hikvision-dswa")
    row = unit_context.journal.issue(responsible, IssueRequest(recorder.id, inspector.id, "inspection", 95, 1),
                                     sign_as(unit_context, "aliya"), sign_as(unit_context, "resp"))
    clock.advance(hours=2)
    unit_context.journal.return_recorder(responsible, row.entry.id, "", sign_as(unit_context, "aliya"),
                                         sign_as(unit_context, "resp"))
    clock.advance(minutes=30)
    return recorder, row.entry


def _recordings(ctx):
    with ctx.uow_factory() as uow:
        return uow.recordings.list(__import__("inspector_app.domain.recordings", fromlist=["RecordingFilter"])
                                   .RecordingFilter(), 0, 1000)


def _volume(root):
    [volume] = scan_roots([(root, "HIKVISION")], all_profiles())
    return volume


def _local(clock_now, minutes):
    return (clock_now + LOCAL).replace(tzinfo=None) + timedelta(minutes=minutes)


def test_dock_stores_files_fills_column_6_and_checks_clock(unit_context, issued, clock, tmp_path, db):
    recorder, entry = issued
    issue_local = _local(entry.at, 0)
    root = make_recorder(tmp_path / "vol", back_to_back(issue_local + timedelta(minutes=5), 3, 2.0),
                         clock=(clock.now() + LOCAL).replace(tzinfo=None) + timedelta(seconds=4))
    summary = IngestEngine(unit_context).ingest(_volume(root))
    assert summary.status == "done" and summary.files_stored == 3, summary.log
    with unit_context.uow_factory() as uow:
        stored = uow.recordings.for_entry(entry.id)
        check = uow.recordings.latest_clock_check(recorder.id)
    assert len(stored) == 3 and all(r.readable for r in stored)
    first = min(stored, key=lambda r: r.sequence_number)
    assert first.start_utc == entry.at + timedelta(minutes=5) and first.start_source.value == "filename"
    assert abs(first.duration_seconds - 2.0) < 0.3 and first.thumbnail
    assert check.offset_seconds == 4 and not check.flagged
    [row] = unit_context.journal.rows(unit_context.accounts.authenticate("resp", "Resp-pass-2026"), JournalFilter())
    assert row.state is RowState.STORED
    for rec in stored:  # the vault holds the very bytes: sha256 of the object equals the record
        assert unit_context.vault.verify(rec.sha256)


def test_second_dock_stores_nothing_twice_and_resumes(unit_context, issued, tmp_path, db):
    _, entry = issued
    root = make_recorder(tmp_path / "vol", back_to_back(_local(entry.at, 5), 2, 1.0))
    engine = IngestEngine(unit_context)
    assert engine.ingest(_volume(root)).files_stored == 2
    again = engine.ingest(_volume(root))
    assert (again.files_stored, again.files_skipped) == (0, 2)
    assert raw_connect(db).execute("select count(*) from recordings").fetchone()[0] == 2


def test_cancel_keeps_what_was_stored_and_the_next_dock_finishes(unit_context, issued, tmp_path, db):
    _, entry = issued
    root = make_recorder(tmp_path / "vol", back_to_back(_local(entry.at, 5), 3, 1.0))
    calls = {"n": 0}

    def cancel_after_first_file():
        calls["n"] += 1
        return calls["n"] > 1 and raw_connect(db).execute("select count(*) from recordings").fetchone()[0] >= 1

    first = IngestEngine(unit_context).ingest(_volume(root), cancel=cancel_after_first_file)
    assert first.status == "cancelled" and 1 <= first.files_stored < 3
    assert first.entries_completed == []  # column 6 waits until every file is stored
    second = IngestEngine(unit_context).ingest(_volume(root))
    assert second.status == "done" and first.files_stored + second.files_stored == 3
    assert second.entries_completed == [entry.id]


def test_gap_and_unreadable_file_are_reported(unit_context, issued, tmp_path):
    _, entry = issued
    start = _local(entry.at, 5)
    segments = back_to_back(start, 2, 1.0) + [(start + timedelta(minutes=20), 1.0)]
    root = make_recorder(tmp_path / "vol", segments, extra={
        f"RECORD/{start:%Y%m%d}/{start + timedelta(minutes=30):%Y%m%d_%H%M%S}_0004.MP4": b"not a video at all"})
    summary = IngestEngine(unit_context).ingest(_volume(root))
    assert summary.files_stored == 4
    with unit_context.uow_factory() as uow:
        report = uow.recordings.latest_continuity_report(entry.id)
        unreadable = [r for r in uow.recordings.for_entry(entry.id) if not r.readable]
    assert len(unreadable) == 1 and unreadable[0].size == len(b"not a video at all")
    assert any(gap.seconds > 60 for gap in report.gaps)


def test_unknown_serial_is_not_ingested(unit_context, issued, tmp_path, db):
    root = make_recorder(tmp_path / "vol", back_to_back(datetime(2026, 11, 23, 10, 5), 1, 1.0), serial="OTHER-0001")
    summary = IngestEngine(unit_context).ingest(_volume(root))
    assert summary.status == "unknown_recorder" and summary.files_stored == 0
    assert raw_connect(db).execute("select count(*) from recordings").fetchone()[0] == 0


def test_a_return_recorded_during_the_copy_waits_for_the_next_dock(unit_context, responsible, inspector, clock,
                                                                    tmp_path):
    """Docked before the return was signed: column 6 must not predate the return, so the next dock fills it."""
    recorder = unit_context.recorders.add(responsible, "ВР-001", SERIAL, "DS-MCW406", "hikvision-dswa")
    row = unit_context.journal.issue(responsible, IssueRequest(recorder.id, inspector.id, "inspection", 95, 1),
                                     sign_as(unit_context, "aliya"), sign_as(unit_context, "resp"))
    root = make_recorder(tmp_path / "vol", back_to_back(_local(row.entry.at, 5), 2, 1.0))
    clock.advance(hours=2)
    returned = []

    def return_while_copying(done, total, name):
        if not returned:
            clock.advance(minutes=1)
            returned.append(unit_context.journal.return_recorder(
                responsible, row.entry.id, "", sign_as(unit_context, "aliya"), sign_as(unit_context, "resp")))

    first = IngestEngine(unit_context).ingest(_volume(root), progress=return_while_copying)
    assert first.status == "done" and first.files_stored == 2 and first.entries_completed == []
    clock.advance(minutes=10)
    second = IngestEngine(unit_context).ingest(_volume(root))
    assert second.entries_completed == [row.entry.id]
    [stored] = unit_context.journal.rows(responsible, JournalFilter())
    assert stored.state is RowState.STORED and stored.stored.stored_at >= stored.returned.returned_at


def test_media_facts_come_from_the_stored_copy_not_the_recorder(unit_context, issued, tmp_path, monkeypatch):
    """A file changed on the recorder right after its copy cannot lend its facts to the stored recording."""
    import devices.ingest_engine as engine_module

    _, entry = issued
    root = make_recorder(tmp_path / "vol", back_to_back(_local(entry.at, 5), 1, 2.0))
    probed = []
    real_probe = engine_module.probe_video_stream

    def spying_probe(open_stream, name, *args, **kwargs):
        def opened():
            stream = open_stream()
            probed.append(stream)
            return stream
        return real_probe(opened, name, *args, **kwargs)

    monkeypatch.setattr(engine_module, "probe_video_stream", spying_probe)
    IngestEngine(unit_context).ingest(_volume(root))
    vault_root = unit_context.data_dir / "vault"
    [recording] = _recordings(unit_context)
    assert probed and all(Path(getattr(s, "name", "")).name == recording.sha256 or
                          getattr(s, "name", "") == recording.sha256 for s in probed)
    assert all(vault_root in Path(unit_context.vault.path_hint(recording.sha256)).parents for _ in probed)


@pytest.mark.parametrize("allowed", [False, True])
def test_files_leave_the_recorder_only_when_the_profile_allows_and_the_copy_verifies(
        unit_context, issued, tmp_path, monkeypatch, allowed):
    import dataclasses

    import devices.ingest_engine as engine_module

    _, entry = issued
    root = make_recorder(tmp_path / "vol", back_to_back(_local(entry.at, 5), 2, 1.0))
    real = engine_module.find_profile("hikvision-dswa")
    monkeypatch.setattr(engine_module, "find_profile",
                        lambda name: dataclasses.replace(real, may_clear_after_verified_copy=allowed))
    verified = []
    real_verify = unit_context.vault.verify
    monkeypatch.setattr(unit_context.vault, "verify", lambda sha: verified.append(sha) or real_verify(sha))
    summary = IngestEngine(unit_context).ingest(_volume(root))
    assert summary.files_stored == 2
    left = sorted(p.name for p in (root / "RECORD").rglob("*.MP4"))
    if allowed:
        assert left == [] and len(verified) == 2  # each removed only after its stored copy was re-hashed
    else:
        assert len(left) == 2 and verified == []
