"""Recordings, ingest runs, clock checks and continuity reports on a real SQLite file, with real journal entries."""

from __future__ import annotations

from contextlib import closing
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from inspector_app.domain.recordings import (
    ContinuityReport,
    Gap,
    IngestRun,
    IssueWindow,
    Recording,
    RecordingFilter,
    RecordingKind,
    RunStatus,
    StartSource,
    clock_check,
)
from inspector_app.errors import ConflictError, StateError
from inspector_app.services.journal import IssueRequest
from inspector_app.services.journal_corrections import CorrectionRequest
from tests.conftest import sign_as
from tests.integration.conftest import count, query
from tests.db_backend import raw_connect, RAW_ERRORS

THUMB = b"\xff\xd8\xff\xe0 a small jpeg \xff\xd9"


@pytest.fixture
def recorder(unit_context, responsible):
    return unit_context.recorders.add(responsible, "ВР-001", "SN-1", "DS-MCW406", "hikvision-dswa")


@pytest.fixture
def run(unit_context, recorder, clock):
    with unit_context.uow_factory() as uow:
        made = uow.recordings.add_run(IngestRun(recorder.id, "REC_001", clock.now()))
        uow.commit()
    return made


def recording(run, n: int, start, minutes: float = 5, **fields) -> Recording:
    values = dict(sha256=f"{n:064x}", size=1_000_000 * n, recorder_id=run.recorder_id, inventory_number="ВР-001",
                  source_name=f"DCIM/100MEDIA/{n:04d}.mp4", kind=RecordingKind.VIDEO, ingested_at=run.started_at,
                  ingest_run_id=run.id, start_utc=start, end_utc=start + timedelta(minutes=minutes) if start else None,
                  start_source=StartSource.FILENAME, original_time_text="20261123_101502",
                  duration_seconds=minutes * 60, width=1920, height=1080, fps=30.0, sequence_number=n)
    values.update(fields)
    return Recording(**values)


def add(ctx, *recordings: Recording) -> list[Recording]:
    with ctx.uow_factory() as uow:
        added = [uow.recordings.add_recording(r) for r in recordings]
        uow.commit()
    return added


def execute(db, sql: str) -> None:
    with closing(raw_connect(db)) as conn:
        conn.execute(sql)
        conn.commit()


def test_recordings_are_stored_and_read_back(unit_context, run, clock):
    start = clock.now() - timedelta(hours=2)
    first, second = add(unit_context, recording(run, 1, start, thumbnail=THUMB),
                        recording(run, 2, None, readable=False, kind="video", start_source="unknown",
                                  duration_seconds=None, width=None, height=None, fps=None, sequence_number=None))
    assert first.id and second.id and first.thumbnail == THUMB
    with unit_context.uow_factory() as uow:
        again = uow.recordings.get(first.id)
        assert again == first and again.thumbnail == THUMB
        assert again.start_utc == start and again.start_utc.tzinfo is not None
        assert again.kind is RecordingKind.VIDEO and again.start_source is StartSource.FILENAME
        undated = uow.recordings.by_sha256(f"{2:064x}")
        assert undated.readable is False and undated.start_utc is None and undated.start_source is StartSource.UNKNOWN
        assert uow.recordings.by_sha256("f" * 64) is None
        assert uow.recordings.has_source(run.recorder_id, "DCIM/100MEDIA/0001.mp4", 1_000_000)
        assert not uow.recordings.has_source(run.recorder_id, "DCIM/100MEDIA/0001.mp4", 999)
        assert [r.id for r in uow.recordings.for_recorder(run.recorder_id)] == [first.id, second.id]
        assert [r.id for r in uow.recordings.for_run(run.id)] == [first.id, second.id]


def test_the_same_content_is_never_stored_twice(unit_context, run, clock, db):
    add(unit_context, recording(run, 1, clock.now()))
    duplicate = recording(run, 2, clock.now(), sha256=f"{1:064x}", source_name="DCIM/copy.mp4")
    with pytest.raises(ConflictError) as info:
        with unit_context.uow_factory() as uow:
            uow.recordings.add_recording(recording(run, 3, clock.now()))
            uow.recordings.add_recording(duplicate)
            uow.commit()
    assert info.value.code == "duplicate_recording"
    assert count(db, "recordings") == 1  # nothing of the failed unit of work is kept
    # A fresh unit of work goes on as usual.
    add(unit_context, recording(run, 3, clock.now()))
    assert count(db, "recordings") == 2


def test_a_duplicate_racing_past_the_check_fails_at_commit_too(unit_context, run, clock):
    # Two stations check by_sha256, both find nothing, both insert: the second commit is refused.
    with unit_context.uow_factory() as first, unit_context.uow_factory() as second:
        assert first.recordings.by_sha256(f"{1:064x}") is None and second.recordings.by_sha256(f"{1:064x}") is None
        first.recordings.add_recording(recording(run, 1, clock.now()))
        first.commit()
        with pytest.raises(ConflictError):
            second.recordings.add_recording(recording(run, 1, clock.now(), source_name="other.mp4"))
            second.commit()


@pytest.mark.parametrize("sql", [
    "UPDATE recordings SET start_utc = '2020-01-01 00:00:00.000000'",
    "UPDATE recordings SET entry_id = NULL",
    "UPDATE recordings SET readable = TRUE",
    "DELETE FROM recordings",
])
def test_recordings_cannot_be_changed_or_deleted(unit_context, run, clock, db, sql):
    add(unit_context, recording(run, 1, clock.now(), readable=False))
    before = query(db, "SELECT * FROM recordings")
    with pytest.raises(RAW_ERRORS, match="append-only"):
        execute(db, sql)
    assert query(db, "SELECT * FROM recordings") == before


def test_recordings_are_protected_from_the_app_connection_too(unit_context, run, clock, db):
    add(unit_context, recording(run, 1, clock.now()))
    with unit_context.engine.connect() as conn:
        with pytest.raises(DatabaseError, match="append-only"):
            conn.execute(text("UPDATE recordings SET sha256 = 'forged'"))
    assert query(db, "SELECT sha256 FROM recordings") == [(f"{1:064x}",)]


def test_a_run_changes_while_running_and_is_frozen_once_done(unit_context, run, clock, db):
    with unit_context.uow_factory() as uow:
        uow.recordings.update_run(replace(run, files_seen=3, files_stored=2, files_skipped=1, bytes_stored=5 << 30,
                                          log="0003.mp4: unreadable\n"))
        uow.commit()
    done = replace(run, status=RunStatus.DONE, finished_at=clock.now() + timedelta(minutes=3), files_seen=3,
                   files_stored=2, files_skipped=1, bytes_stored=5 << 30, log="done")
    with unit_context.uow_factory() as uow:
        uow.recordings.update_run(done)
        uow.commit()
    with unit_context.uow_factory() as uow:
        assert uow.recordings.run(run.id) == done  # 5 GiB fits: sizes are 64-bit
        with pytest.raises(StateError) as info:
            uow.recordings.update_run(replace(done, files_stored=99))
        assert info.value.code == "run_ended"
    for sql in ("UPDATE ingest_runs SET status = 'running'", "UPDATE ingest_runs SET log = 'rewritten'",
                "DELETE FROM ingest_runs"):
        with pytest.raises(RAW_ERRORS, match="append-only"):
            execute(db, sql)
    with unit_context.uow_factory() as uow:
        assert uow.recordings.run(run.id) == done
        assert uow.recordings.runs(run.recorder_id) == [done]


@pytest.mark.parametrize("assignment", ["recorder_id = 99", "started_at = '2020-01-01 00:00:00.000000'",
                                        "volume_label = 'OTHER'"])
def test_a_running_run_keeps_what_it_is(run, db, assignment):
    with pytest.raises(RAW_ERRORS, match="append-only"):
        execute(db, f"UPDATE ingest_runs SET {assignment}")


def test_clock_checks_latest_first_and_append_only(unit_context, run, clock, db):
    docked = clock.now()
    with unit_context.uow_factory() as uow:
        uow.recordings.add_clock_check(clock_check(docked, docked - timedelta(minutes=30), None, 60,
                                                   recorder_id=run.recorder_id, ingest_run_id=run.id))
        second = uow.recordings.add_clock_check(clock_check(docked, None, docked + timedelta(seconds=95), 60,
                                                            recorder_id=run.recorder_id, ingest_run_id=run.id))
        uow.commit()
    with unit_context.uow_factory() as uow:
        latest = uow.recordings.latest_clock_check(run.recorder_id)
        assert latest == second and latest.offset_seconds == 95 and latest.flagged and latest.measured
        assert uow.recordings.latest_clock_check(run.recorder_id + 1) is None
    for sql in ("UPDATE clock_checks SET flagged = FALSE", "DELETE FROM clock_checks"):
        with pytest.raises(RAW_ERRORS, match="append-only"):
            execute(db, sql)


def _issue(ctx, responsible, inspector, recorder):
    request = IssueRequest(recorder.id, inspector.id, "inspection", 95, 2)
    return ctx.journal.issue(responsible, request, sign_as(ctx, "aliya"), sign_as(ctx, "resp"))


def _return(ctx, responsible, entry_id):
    return ctx.journal.return_recorder(responsible, entry_id, "Жарамды", sign_as(ctx, "aliya"), sign_as(ctx, "resp"))


@pytest.fixture
def journal(unit_context, responsible, inspector, recorder, clock):
    """Three issues of the recorder: returned, struck and corrected, and still open."""
    first = _issue(unit_context, responsible, inspector, recorder)
    clock.advance(hours=3)
    first_back = _return(unit_context, responsible, first.entry.id)
    clock.advance(hours=2)
    wrong = _issue(unit_context, responsible, inspector, recorder)
    fix = CorrectionRequest(recorder.id, inspector.id, "inspection", wrong.entry.at + timedelta(minutes=15), 95, 2)
    corrected = unit_context.journal.correct(responsible, wrong.entry.id, "Уақыты қате жазылған", fix,
                                             sign_as(unit_context, "aliya"), sign_as(unit_context, "resp"))
    clock.advance(hours=1)
    _return(unit_context, responsible, corrected.entry.id)
    clock.advance(hours=1)
    still_out = _issue(unit_context, responsible, inspector, recorder)
    return first, first_back, wrong, corrected, still_out


def test_issue_windows_from_the_journal(unit_context, recorder, inspector, journal):
    first, first_back, wrong, corrected, still_out = journal
    with unit_context.uow_factory() as uow:
        windows = uow.recordings.issue_windows(recorder.id)
        corrected_back = uow.journal.return_of(corrected.entry.id).returned_at
    assert windows == [
        IssueWindow(first.entry.id, inspector.id, first.entry.at, first_back.returned.returned_at),
        IssueWindow(corrected.entry.id, inspector.id, corrected.entry.at, corrected_back),
        IssueWindow(still_out.entry.id, inspector.id, still_out.entry.at, None),
    ]
    assert wrong.entry.id not in {w.entry_id for w in windows}  # struck through: left out


def test_issue_windows_overlapping_the_bounds(unit_context, recorder, journal):
    first, first_back, _wrong, corrected, still_out = journal
    with unit_context.uow_factory() as uow:
        def ids(since=None, until=None):
            return [w.entry_id for w in uow.recordings.issue_windows(recorder.id, since, until)]

        back = first_back.returned.returned_at
        assert ids(until=first.entry.at) == [first.entry.id]
        assert ids(until=first.entry.at - timedelta(seconds=1)) == []
        assert ids(since=back) == [first.entry.id, corrected.entry.id, still_out.entry.id]
        assert ids(since=back + timedelta(seconds=1)) == [corrected.entry.id, still_out.entry.id]
        assert ids(since=still_out.entry.at + timedelta(days=30)) == [still_out.entry.id]  # open: no end
        assert uow.recordings.issue_windows(recorder.id + 100) == []


def test_recordings_of_an_entry_list_and_count(unit_context, run, journal, inspector):
    first = journal[0]
    start = first.entry.at
    mine = [recording(run, n, start + timedelta(minutes=5 * n), entry_id=first.entry.id, user_id=inspector.id)
            for n in (3, 1, 2)]
    stray = recording(run, 9, start - timedelta(days=1), kind=RecordingKind.PHOTO)
    add(unit_context, *mine, stray)
    with unit_context.uow_factory() as uow:
        repo = uow.recordings
        assert [r.sequence_number for r in repo.for_entry(first.entry.id)] == [1, 2, 3]
        assert repo.count() == 4 and repo.count(RecordingFilter(entry_id=first.entry.id)) == 3
        assert repo.count(RecordingFilter(unassigned_only=True)) == 1
        assert repo.count(RecordingFilter(kind=RecordingKind.PHOTO)) == 1
        assert repo.count(RecordingFilter(user_id=inspector.id, date_from=start + timedelta(minutes=10))) == 2
        assert [r.sequence_number for r in repo.list(RecordingFilter())] == [3, 2, 1, 9]
        assert [r.sequence_number for r in repo.list(RecordingFilter(newest_first=False), offset=1, limit=2)] == [1, 2]
        assert [r.sequence_number for r in repo.for_recorder(run.recorder_id, since=start,
                                                              until=start + timedelta(minutes=15))] == [1, 2]


def test_continuity_reports_newest_counts(unit_context, journal, clock, db):
    entry_id = journal[0].entry.id
    older = ContinuityReport(entry_id, clock.now(), [Gap(1, 2, 612.5)], [43, 44], [9], False, [], 2.0)
    newer = ContinuityReport(entry_id, clock.now() + timedelta(hours=1), [], [], [], False, [], 2.0)
    with unit_context.uow_factory() as uow:
        stored_older = uow.recordings.add_continuity_report(older)
        uow.recordings.add_continuity_report(newer)
        uow.commit()
    assert stored_older == replace(older, id=stored_older.id) and not stored_older.ok
    with unit_context.uow_factory() as uow:
        latest = uow.recordings.latest_continuity_report(entry_id)
        assert latest == replace(newer, id=latest.id) and latest.ok
        assert uow.recordings.latest_continuity_report(journal[-1].entry.id) is None
    assert query(db, "SELECT ok FROM continuity_reports ORDER BY id") == [(0,), (1,)]
    for sql in ("UPDATE continuity_reports SET ok = TRUE", "DELETE FROM continuity_reports"):
        with pytest.raises(RAW_ERRORS, match="append-only"):
            execute(db, sql)
