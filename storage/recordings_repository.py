"""Storage of recordings, ingest runs, clock checks and continuity reports, and the issue windows of a recorder.

Recordings, clock checks and continuity reports are only ever added (the database refuses anything
else); a run is updated while it runs. A second recording with the same content (SHA-256) is refused
by the database's unique constraint; `add_recording` turns that into `ConflictError`, after which the
unit of work holds nothing (it is rolled back, as `commit` does for the same error).
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import and_, delete, func, insert, or_, select
from sqlalchemy.exc import DatabaseError, IntegrityError
from sqlalchemy.orm import Session

from inspector_app.domain.journal import EntryKind
from inspector_app.domain.recordings import (
    ClockCheck,
    ContinuityReport,
    Gap,
    IngestRun,
    IssueGroup,
    IssueWindow,
    Recording,
    RecordingFilter,
    RecordingFlag,
    RecordingKind,
    RunStatus,
    StartSource,
    gap_neighbours,
)
from inspector_app.errors import ConflictError, StateError
from storage.id_lists import chunked
from storage.recording_queries import order_by, order_terms, filter_condition, flag_condition
from storage.orm import (
    BookmarkRow,
    ClockCheckRow,
    ContinuityReportRow,
    IngestRunRow,
    JournalEntryRow,
    JournalReturnRow,
    JournalStrikeRow,
    JournalVolumeRow,
    RecordingFlagRow,
    RecordingRow,
    RecordingTotalRow,
)

REPORT_FORMAT = 1
def _run(row: IngestRunRow) -> IngestRun:
    return IngestRun(row.recorder_id, row.volume_label, row.started_at, row.finished_at, RunStatus(row.status),
                     row.files_seen, row.files_stored, row.files_skipped, row.bytes_stored, row.log, row.id)


def _recording(row: RecordingRow) -> Recording:
    return Recording(
        sha256=row.sha256, size=row.size, recorder_id=row.recorder_id, inventory_number=row.inventory_number,
        source_name=row.source_name, kind=RecordingKind(row.kind), ingested_at=row.ingested_at,
        ingest_run_id=row.ingest_run_id, entry_id=row.entry_id, user_id=row.user_id, start_utc=row.start_utc,
        end_utc=row.end_utc, start_source=StartSource(row.start_source), original_time_text=row.original_time_text,
        duration_seconds=row.duration_seconds, width=row.width, height=row.height, fps=row.fps,
        sequence_number=row.sequence_number, readable=row.readable, thumbnail=row.thumbnail, id=row.id)


def _clock(row: ClockCheckRow) -> ClockCheck:
    return ClockCheck(row.recorder_id, row.ingest_run_id, row.docked_at, row.newest_file_end_utc,
                      row.recorder_clock_utc, row.offset_seconds, row.tolerance_seconds, row.flagged, row.id)


def report_json(report: ContinuityReport) -> str:
    return json.dumps({
        "format": REPORT_FORMAT,
        "gaps": [list(gap) for gap in report.gaps],
        "missing_sequence_numbers": report.missing_sequence_numbers,
        "outside_issue": report.outside_issue,
        "empty": report.empty,
        "undated": report.undated,
        "gap_tolerance_seconds": report.gap_tolerance_seconds,
    }, ensure_ascii=False, sort_keys=True)


def _report(row: ContinuityReportRow) -> ContinuityReport:
    data = json.loads(row.report)
    return ContinuityReport(row.entry_id, row.created_at, [Gap(*gap) for gap in data.get("gaps", [])],
                            list(data.get("missing_sequence_numbers", [])), list(data.get("outside_issue", [])),
                            bool(data.get("empty", False)), list(data.get("undated", [])),
                            data.get("gap_tolerance_seconds", 0), row.id)


class SqlRecordingsRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # ingest runs
    def add_run(self, run: IngestRun) -> IngestRun:
        row = IngestRunRow(recorder_id=run.recorder_id, volume_label=run.volume_label, started_at=run.started_at,
                           finished_at=run.finished_at, status=RunStatus(run.status).value,
                           files_seen=run.files_seen, files_stored=run.files_stored, files_skipped=run.files_skipped,
                           bytes_stored=run.bytes_stored, log=run.log)
        self.session.add(row)
        self.session.flush()
        return _run(row)

    def update_run(self, run: IngestRun) -> None:
        """Status, end, counters and log of a running run; the database refuses it once the run has ended."""
        row = self.session.get(IngestRunRow, run.id)
        row.status, row.finished_at = RunStatus(run.status).value, run.finished_at
        row.files_seen, row.files_stored, row.files_skipped = run.files_seen, run.files_stored, run.files_skipped
        row.bytes_stored, row.log = run.bytes_stored, run.log
        try:
            self.session.flush()
        except DatabaseError as error:  # the trigger: the run has ended (SQLite: IntegrityError; PostgreSQL: other)
            self.session.rollback()
            raise StateError(f"Ingest run {run.id} has ended and can no longer change", code="run_ended",
                             run_id=run.id) from error

    def run(self, run_id: int) -> IngestRun | None:
        row = self.session.get(IngestRunRow, run_id)
        return None if row is None else _run(row)

    def runs(self, recorder_id: int | None = None, limit: int = 100) -> list[IngestRun]:
        query = select(IngestRunRow).order_by(IngestRunRow.id.desc()).limit(limit)
        if recorder_id is not None:
            query = query.where(IngestRunRow.recorder_id == recorder_id)
        return [_run(r) for r in self.session.scalars(query)]

    # recordings
    def add_recording(self, rec: Recording) -> Recording:
        """Record a stored file; `ConflictError` when the same content is already recorded."""
        row = RecordingRow(
            sha256=rec.sha256, size=rec.size, recorder_id=rec.recorder_id, inventory_number=rec.inventory_number,
            entry_id=rec.entry_id, user_id=rec.user_id, source_name=rec.source_name,
            kind=RecordingKind(rec.kind).value, start_utc=rec.start_utc, end_utc=rec.end_utc,
            start_source=StartSource(rec.start_source).value, original_time_text=rec.original_time_text,
            duration_seconds=rec.duration_seconds, width=rec.width, height=rec.height, fps=rec.fps,
            sequence_number=rec.sequence_number, readable=rec.readable, thumbnail=rec.thumbnail,
            ingested_at=rec.ingested_at, ingest_run_id=rec.ingest_run_id)
        self.session.add(row)
        try:
            self.session.flush()
        except IntegrityError as error:
            self.session.rollback()
            if "sha256" in str(error.orig).lower():
                raise ConflictError("A recording with this content is already stored", code="duplicate_recording",
                                    sha256=rec.sha256) from error
            raise ConflictError(f"The recording clashes with stored data: {error.orig}", code="integrity") from error
        return _recording(row)

    def get(self, recording_id: int) -> Recording | None:
        row = self.session.get(RecordingRow, recording_id)
        return None if row is None else _recording(row)

    def by_ids(self, ids: list[int]) -> list[Recording]:
        found = []
        for chunk in chunked(ids):
            found += [_recording(r) for r in self.session.scalars(select(RecordingRow).where(
                RecordingRow.id.in_(chunk)).order_by(RecordingRow.id))]
        return found

    def existing_ids(self, ids: list[int]) -> set[int]:
        return {i for chunk in chunked(ids)
                for i in self.session.scalars(select(RecordingRow.id).where(RecordingRow.id.in_(chunk)))}

    def by_sha256(self, sha256: str) -> Recording | None:
        row = self.session.scalars(select(RecordingRow).where(RecordingRow.sha256 == sha256)).first()
        return None if row is None else _recording(row)

    def has_source(self, recorder_id: int, source_name: str, size: int) -> bool:
        """Whether a file of this name and size from this recorder is already recorded (resuming a dock)."""
        query = select(RecordingRow.id).where(RecordingRow.recorder_id == recorder_id,
                                              RecordingRow.source_name == source_name, RecordingRow.size == size)
        return self.session.scalars(query.limit(1)).first() is not None

    def for_entry(self, entry_id: int) -> list[Recording]:
        """The recordings of one issue, by start (undated last)."""
        query = (select(RecordingRow).where(RecordingRow.entry_id == entry_id)
                 .order_by(RecordingRow.start_utc.is_(None), RecordingRow.start_utc, RecordingRow.id))
        return [_recording(r) for r in self.session.scalars(query)]

    def for_recorder(self, recorder_id: int, since: datetime | None = None,
                     until: datetime | None = None) -> list[Recording]:
        """A recorder's recordings starting in [since, until), by start; undated ones only without bounds."""
        query = select(RecordingRow).where(RecordingRow.recorder_id == recorder_id)
        if since is not None:
            query = query.where(RecordingRow.start_utc >= since)
        if until is not None:
            query = query.where(RecordingRow.start_utc < until)
        query = query.order_by(RecordingRow.start_utc.is_(None), RecordingRow.start_utc, RecordingRow.id)
        return [_recording(r) for r in self.session.scalars(query)]

    def for_run(self, ingest_run_id: int) -> list[Recording]:
        query = (select(RecordingRow).where(RecordingRow.ingest_run_id == ingest_run_id)
                 .order_by(RecordingRow.start_utc.is_(None), RecordingRow.start_utc, RecordingRow.id))
        return [_recording(r) for r in self.session.scalars(query)]

    def list(self, flt: RecordingFilter = RecordingFilter(), offset: int = 0, limit: int = 200,
             total: int | None = None) -> list[Recording]:
        """A page of the filtered recordings in the filter's order.

        With `total` (the count for this filter) a page in the second half is read from the end, in the
        reverse order, and turned round: the database then skips the rows after it, not the millions before."""
        query = select(RecordingRow)
        where = filter_condition(flt)
        if where is not None:
            query = query.where(where)
        terms = order_terms(flt)
        if total is not None and offset > total // 2 and offset < total:
            take = min(limit, total - offset)
            query = query.order_by(*order_by(terms, reverse=True)).offset(total - offset - take).limit(take)
            return [_recording(r) for r in self.session.scalars(query)][::-1]
        return [_recording(r) for r in self.session.scalars(query.order_by(*order_by(terms)).offset(offset)
                                                            .limit(limit))]

    def issue_groups(self, entry_ids: list[int]) -> dict[int, IssueGroup]:
        """The journal issues of these ids, each with the number of its recordings (the browser's groups)."""
        if not entry_ids:
            return {}
        ids = sorted(set(entry_ids))
        sizes = dict(self.session.execute(select(RecordingRow.entry_id, func.count(RecordingRow.id))
                                          .where(RecordingRow.entry_id.in_(ids)).group_by(RecordingRow.entry_id)).all())
        query = (select(JournalEntryRow.id, JournalVolumeRow.number, JournalEntryRow.number,
                        JournalEntryRow.inventory_number, JournalEntryRow.user_full_name, JournalEntryRow.at,
                        JournalReturnRow.returned_at)
                 .join(JournalVolumeRow, JournalVolumeRow.id == JournalEntryRow.volume_id)
                 .outerjoin(JournalReturnRow, JournalReturnRow.entry_id == JournalEntryRow.id)
                 .where(JournalEntryRow.id.in_(ids)))
        return {row[0]: IssueGroup(*row, segments=sizes.get(row[0], 0)) for row in self.session.execute(query)}

    def flags_of(self, recording_ids: list[int]) -> dict[int, set[RecordingFlag]]:
        """The flags each of these recordings carries (those without any are left out), in one query: a
        column per flag, each the flag's own condition."""
        result: dict[int, set[RecordingFlag]] = {}
        if not recording_ids:
            return result
        flags = list(RecordingFlag)
        columns = [flag_condition(flag).label(flag.value) for flag in flags]
        query = select(RecordingRow.id, *columns).where(RecordingRow.id.in_(sorted(set(recording_ids))))
        for recording_id, *carried in self.session.execute(query):
            found = {flag for flag, on in zip(flags, carried) if on}
            if found:
                result[recording_id] = found
        return result

    def count(self, flt: RecordingFilter = RecordingFilter()) -> int:
        where = filter_condition(flt)
        if where is None:  # every recording: the total the triggers keep (schema 0007)
            total = self.session.scalar(select(RecordingTotalRow.recordings).where(RecordingTotalRow.id == 1))
            if total is not None:
                return total
        query = select(func.count(RecordingRow.id))
        if where is not None:
            query = query.where(where)
        return self.session.scalar(query) or 0

    # clock checks
    def add_clock_check(self, check: ClockCheck) -> ClockCheck:
        row = ClockCheckRow(recorder_id=check.recorder_id, ingest_run_id=check.ingest_run_id,
                            docked_at=check.docked_at, newest_file_end_utc=check.newest_file_end_utc,
                            recorder_clock_utc=check.recorder_clock_utc, offset_seconds=check.offset_seconds,
                            tolerance_seconds=check.tolerance_seconds, flagged=check.flagged)
        self.session.add(row)
        self.session.flush()
        return _clock(row)

    def latest_clock_check(self, recorder_id: int) -> ClockCheck | None:
        row = self.session.scalars(select(ClockCheckRow).where(ClockCheckRow.recorder_id == recorder_id)
                                   .order_by(ClockCheckRow.id.desc()).limit(1)).first()
        return None if row is None else _clock(row)

    # continuity reports
    def add_continuity_report(self, report: ContinuityReport) -> ContinuityReport:
        row = ContinuityReportRow(entry_id=report.entry_id, created_at=report.created_at, ok=report.ok,
                                  report=report_json(report))
        self.session.add(row)
        self.session.flush()
        self._set_gap_flags(report)
        return _report(row)

    def _set_gap_flags(self, report: ContinuityReport) -> None:
        """The GAP flags of the issue's recordings, as its newest report has them (see `RecordingFlagRow`)."""
        self.session.execute(delete(RecordingFlagRow).where(RecordingFlagRow.entry_id == report.entry_id,
                                                            RecordingFlagRow.flag == RecordingFlag.GAP.value))
        ids = gap_neighbours(report, self.for_entry(report.entry_id))
        if ids:
            # A recording lies in one issue; a stale flag from another issue's report goes first.
            self.session.execute(delete(RecordingFlagRow).where(RecordingFlagRow.recording_id.in_(sorted(ids)),
                                                                RecordingFlagRow.flag == RecordingFlag.GAP.value))
            self.session.execute(insert(RecordingFlagRow), [
                {"recording_id": i, "flag": RecordingFlag.GAP.value, "entry_id": report.entry_id}
                for i in sorted(ids)])
        self.session.flush()

    def latest_continuity_report(self, entry_id: int) -> ContinuityReport | None:
        row = self.session.scalars(select(ContinuityReportRow).where(ContinuityReportRow.entry_id == entry_id)
                                   .order_by(ContinuityReportRow.id.desc()).limit(1)).first()
        return None if row is None else _report(row)

    # the journal, as the ingest needs it
    def issue_windows(self, recorder_id: int, since: datetime | None = None,
                      until: datetime | None = None) -> list[IssueWindow]:
        """The recorder's issues (struck entries and fault reports left out) overlapping [since, until], by issue.

        An entry not yet returned runs on without end. The caller widens the bounds by the grace margin
        of `entry_for` if it wants the windows near them too.
        """
        query = (select(JournalEntryRow.id, JournalEntryRow.user_id, JournalEntryRow.at, JournalReturnRow.returned_at)
                 .outerjoin(JournalReturnRow, JournalReturnRow.entry_id == JournalEntryRow.id)
                 .outerjoin(JournalStrikeRow, JournalStrikeRow.entry_id == JournalEntryRow.id)
                 .where(JournalEntryRow.recorder_id == recorder_id, JournalEntryRow.kind == EntryKind.ISSUE.value,
                        JournalStrikeRow.id.is_(None)))
        if until is not None:
            query = query.where(JournalEntryRow.at <= until)
        if since is not None:
            query = query.where(or_(JournalReturnRow.returned_at.is_(None), JournalReturnRow.returned_at >= since))
        rows = self.session.execute(query.order_by(JournalEntryRow.at, JournalEntryRow.id))
        return [IssueWindow(entry_id, user_id, at, returned_at) for entry_id, user_id, at, returned_at in rows]
