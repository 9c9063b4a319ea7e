"""Recordings taken off a docked recorder, the runs that ingest them, and the rules that place them in time.

Each file found on a recorder becomes one `Recording`, stored byte for byte and never changed (п.13):
its content hash, where it came from, when it was recorded and which journal entry (issue of the
recorder, п.8) it belongs to. An `IngestRun` is one docking's pass over the recorder's files.

The rules here are pure: no files, no database, no clock of their own.

* `local_to_utc` reads a recorder's local time (file names, menus) in the unit's zone.
* `choose_start` picks the start of a recording: the file name first (the recorder writes it at the
  moment recording starts), then the container's creation time, then the file's modification time.
* `entry_for` finds the issue window a recording belongs to (`ISSUE_GRACE`, below, explains the margin).
* `continuity` looks for gaps in recording (п.17, п.19) and for recordings made while the recorder
  was not issued; `clock_check` for a recorder clock that is not accurate (п.17).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import NamedTuple

from inspector_app.timezones import zone

# A recording whose start lies up to this long before the issue or after the return still belongs to
# that issue. The journal's times are the PC's, the recording's are the recorder's: the two clocks may
# differ by the tolerance the issue check allows, and an inspector may switch recording on while still
# signing for the recorder or off just after handing it back. Ten minutes covers both without reaching
# into another issue of the same recorder in practice (a recorder is rarely reissued within minutes).
ISSUE_GRACE = timedelta(minutes=10)

# Container times before this are the "unset" values cameras write (0 = 1904-01-01, or 1970-01-01).
PLAUSIBLE_AFTER = datetime(2000, 1, 1, tzinfo=timezone.utc)


class RecordingKind(str, enum.Enum):
    VIDEO = "video"
    AUDIO = "audio"
    PHOTO = "photo"


class StartSource(str, enum.Enum):
    """Where a recording's start time came from, best first."""

    FILENAME = "filename"    # the recorder's local time in the file name
    CONTAINER = "container"  # the MP4 movie header's creation time (UTC)
    FILE_TIME = "file_time"  # the file's modification time on the recorder's file system
    UNKNOWN = "unknown"


class RunStatus(str, enum.Enum):
    RUNNING = "running"
    DONE = "done"
    CANCELLED = "cancelled"
    FAILED = "failed"


@dataclass(frozen=True)
class Recording:
    """One stored file. `readable` is False when it could not be decoded; it is stored all the same.

    `thumbnail` is a small JPEG of a frame about one second in (video) or of the photo, if any.
    """

    sha256: str
    size: int
    recorder_id: int
    inventory_number: str
    source_name: str            # the file's path relative to the recorder's root, with "/" separators
    kind: RecordingKind
    ingested_at: datetime
    ingest_run_id: int
    entry_id: int | None = None
    user_id: int | None = None
    start_utc: datetime | None = None
    end_utc: datetime | None = None
    start_source: StartSource = StartSource.UNKNOWN
    original_time_text: str = ""  # the recorder's local time as found, e.g. "20261123_101502"
    duration_seconds: float | None = None
    width: int | None = None
    height: int | None = None
    fps: float | None = None
    sequence_number: int | None = None
    readable: bool = True
    thumbnail: bytes | None = field(default=None, repr=False, compare=False)
    id: int | None = None


@dataclass(frozen=True)
class IngestRun:
    """One docking's pass over a recorder. Counters, status and log change only while it runs."""

    recorder_id: int
    volume_label: str
    started_at: datetime
    finished_at: datetime | None = None
    status: RunStatus = RunStatus.RUNNING
    files_seen: int = 0
    files_stored: int = 0
    files_skipped: int = 0
    bytes_stored: int = 0
    log: str = ""
    id: int | None = None


@dataclass(frozen=True)
class ClockCheck:
    """The recorder's clock against the PC's at docking; see `clock_check`."""

    recorder_id: int
    ingest_run_id: int
    docked_at: datetime
    newest_file_end_utc: datetime | None
    recorder_clock_utc: datetime | None
    offset_seconds: int | None
    tolerance_seconds: int
    flagged: bool
    id: int | None = None

    @property
    def measured(self) -> bool:
        """True when the offset was read off the recorder's clock; False when it is only a bound."""
        return self.recorder_clock_utc is not None


class Gap(NamedTuple):
    after_recording_id: int
    before_recording_id: int
    seconds: float


@dataclass(frozen=True)
class ContinuityReport:
    """What `continuity` found for one journal entry. Several may exist over time; the newest counts."""

    entry_id: int
    created_at: datetime
    gaps: list[Gap]
    missing_sequence_numbers: list[int]
    outside_issue: list[int]    # ids of recordings made while the recorder was not issued (to this entry)
    empty: bool                 # the issue window holds no recording at all
    undated: list[int]          # ids of recordings of the batch whose start is unknown: not placed anywhere
    gap_tolerance_seconds: float
    id: int | None = None

    @property
    def ok(self) -> bool:
        return not (self.gaps or self.missing_sequence_numbers or self.outside_issue or self.empty
                    or self.undated)


@dataclass(frozen=True)
class IssueGroup:
    """One visit as the footage browser groups it: a journal issue and how many recordings it holds."""

    entry_id: int
    volume_number: int
    number: int
    inventory_number: str
    user_full_name: str
    issued_at: datetime
    returned_at: datetime | None
    segments: int


class IssueWindow(NamedTuple):
    """An issue of the recorder as the journal has it (struck entries left out)."""

    entry_id: int
    user_id: int
    issued_at: datetime
    returned_at: datetime | None  # None: not yet returned


class RecordingFlag(str, enum.Enum):
    """What the footage browser can pick out (п.17, п.19): each a question the head asks of the footage.

    * GAP: the recording borders a break in recording, or a missing sequence number, in its issue's
      newest continuity report;
    * UNREADABLE: the file could not be decoded (it is stored all the same);
    * CLOCK_OFFSET: the recorder's clock was off beyond the tolerance at the docking that brought it in;
    * NOT_ISSUED: recorded while the recorder was not issued to anyone (or of unknown time): in no issue;
    * EVIDENCE: a bookmark or note marks a moment of it, or a violation of an inspection cites it;
    * LEGAL_HOLD: a legal hold keeps it past its retention period (a court, the authorised body);
    * DESTROYED: destroyed at the end of its period (its tombstone and metadata stay).
    """

    GAP = "gap"
    UNREADABLE = "unreadable"
    CLOCK_OFFSET = "clock_offset"
    NOT_ISSUED = "not_issued"
    EVIDENCE = "evidence"
    LEGAL_HOLD = "legal_hold"
    DESTROYED = "destroyed"


@dataclass(frozen=True)
class RecordingFilter:
    """What the recordings screen asks for; every field optional. Dates bound the start, inclusive-exclusive.

    `text` is searched in the bookmarks' notes, the file names and the hashes; `by_issue` orders the rows
    issue by issue (newest issue first), each issue's segments in recording order.
    """

    recorder_id: int | None = None
    entry_id: int | None = None
    user_id: int | None = None
    ingest_run_id: int | None = None
    kind: RecordingKind | None = None
    readable: bool | None = None
    unassigned_only: bool = False
    date_from: datetime | None = None
    date_to: datetime | None = None
    flag: RecordingFlag | None = None
    text: str = ""
    by_issue: bool = False
    newest_first: bool = True


def local_to_utc(naive_local: datetime, zone_name: str) -> datetime:
    """A recorder's wall-clock time, read in the zone `zone_name`, as aware UTC.

    Kazakhstan has no daylight saving time, but the conversion goes through the zone database all the
    same: a time repeated when clocks go back is taken at its first occurrence (fold 0), a time skipped
    when they go forward is read with the offset before the change, as `zoneinfo` does.
    """
    if naive_local.tzinfo is not None:
        raise ValueError("local_to_utc expects a naive wall-clock time")
    return naive_local.replace(tzinfo=zone(zone_name), fold=0).astimezone(timezone.utc)


def choose_start(filename_local: datetime | None, container_utc: datetime | None,
                 file_mtime_utc: datetime | None, zone_name: str) -> tuple[datetime | None, StartSource]:
    """The start of a recording and where it came from: file name, then container, then file time.

    `filename_local` is naive local time (the recorder's clock, zone `zone_name`); the other two are
    aware. Container times before `PLAUSIBLE_AFTER` are the "unset" values and are passed over.
    """
    if filename_local is not None:
        return local_to_utc(filename_local, zone_name), StartSource.FILENAME
    if container_utc is not None and _aware(container_utc) >= PLAUSIBLE_AFTER:
        return _aware(container_utc), StartSource.CONTAINER
    if file_mtime_utc is not None:
        return _aware(file_mtime_utc), StartSource.FILE_TIME
    return None, StartSource.UNKNOWN


def end_of(start_utc: datetime | None, duration_seconds: float | None) -> datetime | None:
    """The end of a recording from its start and duration; None when either is unknown."""
    if start_utc is None or duration_seconds is None:
        return None
    return start_utc + timedelta(seconds=duration_seconds)


def entry_for(start_utc: datetime | None, windows: list[IssueWindow],
              grace: timedelta = ISSUE_GRACE) -> IssueWindow | None:
    """The issue window a recording starting at `start_utc` belongs to, or None.

    A window holds the starts from `issued_at` to `returned_at` (open-ended while not returned). When
    no window holds the start, the nearest one within `grace` of it is taken (see `ISSUE_GRACE`).
    Windows of one recorder do not overlap; if bad data makes them, the latest issue wins.
    """
    if start_utc is None:
        return None
    inside = [w for w in windows if _distance(start_utc, w) == timedelta(0)]
    if inside:
        return max(inside, key=lambda w: (w.issued_at, w.entry_id))
    near = [(d, w) for w in windows if (d := _distance(start_utc, w)) <= grace]
    if not near:
        return None
    return min(near, key=lambda pair: (pair[0], -pair[1].issued_at.timestamp()))[1]


def continuity(window: IssueWindow, recordings: list[Recording], batch: list[Recording],
               gap_tolerance_seconds: float, created_at: datetime,
               windows: list[IssueWindow] | None = None, grace: timedelta = ISSUE_GRACE) -> ContinuityReport:
    """Check that the recordings of one issue (`recordings`) run without breaks (п.17, п.19).

    * gaps: between the end of one segment and the start of the next, longer than the tolerance.
      Recorders cut continuous recording into segments of a few minutes; the tolerance absorbs the
      second or two between them. A segment of unknown end counts as ending at its start, so an
      unreadable file shows up as a gap for a person to look at rather than hiding one.
      The time from issue to the first recording is not a gap: the visit starts later than the issue.
    * missing sequence numbers between the lowest and highest numbers of the issue's files.
    * outside_issue: recordings of the docking's `batch` whose start lies in none of `windows`
      (default: just this entry's window), i.e. made while the recorder was not issued (to this entry).
    * empty: the issue has no recording at all. undated: recordings of the batch with no known start.
    """
    ordered = sorted((r for r in recordings if r.start_utc is not None), key=lambda r: (r.start_utc, r.id or 0))
    gaps: list[Gap] = []
    previous: Recording | None = None
    reach: datetime | None = None  # the latest end so far: overlapping segments do not make gaps
    for rec in ordered:
        if previous is not None and reach is not None:
            seconds = (rec.start_utc - reach).total_seconds()
            if seconds > gap_tolerance_seconds:
                gaps.append(Gap(previous.id, rec.id, seconds))
        end = rec.end_utc or end_of(rec.start_utc, rec.duration_seconds) or rec.start_utc
        if reach is None or end >= reach:
            reach, previous = end, rec
    numbers = sorted({r.sequence_number for r in recordings if r.sequence_number is not None})
    missing = _missing(numbers)
    scope = windows if windows is not None else [window]
    outside = [r.id for r in batch if r.start_utc is not None and entry_for(r.start_utc, scope, grace) is None]
    undated = [r.id for r in batch if r.start_utc is None]
    return ContinuityReport(window.entry_id, created_at, gaps, missing, sorted(outside), not recordings,
                            sorted(undated), gap_tolerance_seconds)


def gap_neighbours(report: ContinuityReport, recordings: list[Recording]) -> set[int]:
    """The recordings of an issue that border a break: both sides of each gap, and the files numbered just
    before and just after each missing sequence number, among `recordings` (the issue's). These carry the
    GAP flag in the footage browser."""
    ids = {gap.after_recording_id for gap in report.gaps} | {gap.before_recording_id for gap in report.gaps}
    missing = set(report.missing_sequence_numbers)
    if missing:
        around = {n - 1 for n in missing} | {n + 1 for n in missing}
        ids |= {r.id for r in recordings if r.sequence_number in around and r.sequence_number not in missing}
    return ids & {r.id for r in recordings if r.id is not None}


# A sequence of 1 and 999999 is a counter that wrapped or was reset, not a million lost files.
MISSING_LISTED_MAX = 1000


def _missing(numbers: list[int]) -> list[int]:
    if len(numbers) < 2:
        return []
    present = set(numbers)
    result = []
    for n in range(numbers[0] + 1, numbers[-1]):
        if n not in present:
            result.append(n)
            if len(result) >= MISSING_LISTED_MAX:
                break
    return result


def clock_check(docked_at_utc: datetime, newest_end_utc: datetime | None, recorder_clock_utc: datetime | None,
                tolerance_seconds: int, *, recorder_id: int, ingest_run_id: int) -> ClockCheck:
    """How far the recorder's clock is off at docking, and whether that is beyond the tolerance (п.17).

    With the recorder's clock read at the moment of docking, the offset is recorder time minus PC time,
    flagged when its size exceeds the tolerance.

    Without it, the offset is the newest file's end minus the docking moment, and that is a bound, not
    a measurement: the file really ended before docking, so the recorder's clock is at least this much
    ahead. A value above the tolerance is therefore flagged for certain. A negative value says only that
    the clock is at most that much behind (the recorder may simply have been idle), so it is not flagged.
    With neither, the offset is unknown and nothing is flagged.
    """
    if recorder_clock_utc is not None:
        offset = round((recorder_clock_utc - docked_at_utc).total_seconds())
        flagged = abs(offset) > tolerance_seconds
    elif newest_end_utc is not None:
        offset = round((newest_end_utc - docked_at_utc).total_seconds())
        flagged = offset > tolerance_seconds
    else:
        offset, flagged = None, False
    return ClockCheck(recorder_id, ingest_run_id, docked_at_utc, newest_end_utc, recorder_clock_utc, offset,
                      tolerance_seconds, flagged)


def _distance(moment: datetime, window: IssueWindow) -> timedelta:
    if moment < window.issued_at:
        return window.issued_at - moment
    if window.returned_at is not None and moment > window.returned_at:
        return moment - window.returned_at
    return timedelta(0)


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("expected an aware datetime")
    return value.astimezone(timezone.utc)
