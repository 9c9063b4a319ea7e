"""Reviewing stored footage (п.6, п.17–19): bookmarks on recordings and decisions on continuity flags.

A bookmark marks a moment (`end_ms` None) or a range of a recording, in milliseconds from its start, with
a note. It is never edited: a correction is a new bookmark that supersedes the old one (`supersedes_id`).

A continuity report (and a flagged clock check) raises flags; each flag has a stable key, so a decision
on it (explained, a violation of п.19, a device fault) can be found again. Decisions are only added; the
newest decision on a flag is the one that counts. A flag without a decision is open.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from inspector_app.domain.recordings import ClockCheck, ContinuityReport

NOTE_MAX = 2000
COMMENT_MAX = 2000


@dataclass(frozen=True)
class Bookmark:
    recording_id: int
    start_ms: int
    end_ms: int | None          # None: a moment, not a range
    note: str
    created_by_id: int
    created_at: datetime
    # The inspection the note is for. There is no inspections table yet: a free reference (the act's
    # number, say) until the inspections are built, then it will name one of them.
    inspection_ref: str | None = None
    supersedes_id: int | None = None
    id: int | None = None

    @property
    def is_range(self) -> bool:
        return self.end_ms is not None


class FlagKind(str, enum.Enum):
    """What a continuity flag is about. The values are stored: never rename one."""

    GAP = "gap"
    MISSING_SEQUENCE = "missing_sequence"
    OUTSIDE_ISSUE = "outside_issue"
    EMPTY_ISSUE = "empty_issue"
    UNDATED = "undated"
    CLOCK_OFFSET = "clock_offset"


class Decision(str, enum.Enum):
    """The reviewer's decision on a flag. The values are stored: never rename one."""

    EXPLAINED = "explained"
    VIOLATION = "violation"        # a violation of п.19 (the recorder was switched off or the footage cut)
    DEVICE_FAULT = "device_fault"


@dataclass(frozen=True)
class ReviewFlag:
    """One thing a continuity report or a clock check found, with the key its decisions refer to."""

    key: str
    kind: FlagKind
    entry_id: int | None          # the journal entry (issue) of a continuity report
    report_id: int | None = None
    clock_check_id: int | None = None
    recorder_id: int | None = None
    recording_ids: tuple[int, ...] = ()
    value: float | int | None = None   # the gap's seconds, the missing number, the clock offset's seconds
    raised_at: datetime | None = None


@dataclass(frozen=True)
class ReviewDecision:
    flag_key: str
    kind: FlagKind
    decision: Decision
    comment: str
    decided_by_id: int
    decided_at: datetime
    entry_id: int | None = None
    report_id: int | None = None
    clock_check_id: int | None = None
    supersedes_id: int | None = None
    id: int | None = None


def report_flags(report: ContinuityReport) -> list[ReviewFlag]:
    """The flags of one continuity report, in a stable order."""
    entry, rid, at = report.entry_id, report.id, report.created_at
    flags = [ReviewFlag(f"entry:{entry}:gap:{g.after_recording_id}-{g.before_recording_id}", FlagKind.GAP, entry,
                        rid, recording_ids=(g.after_recording_id, g.before_recording_id), value=g.seconds,
                        raised_at=at) for g in report.gaps]
    flags += [ReviewFlag(f"entry:{entry}:missing:{n}", FlagKind.MISSING_SEQUENCE, entry, rid, value=n, raised_at=at)
              for n in report.missing_sequence_numbers]
    flags += [ReviewFlag(f"entry:{entry}:outside:{r}", FlagKind.OUTSIDE_ISSUE, entry, rid, recording_ids=(r,),
                         raised_at=at) for r in report.outside_issue]
    if report.empty:
        flags.append(ReviewFlag(f"entry:{entry}:empty", FlagKind.EMPTY_ISSUE, entry, rid, raised_at=at))
    flags += [ReviewFlag(f"entry:{entry}:undated:{r}", FlagKind.UNDATED, entry, rid, recording_ids=(r,),
                         raised_at=at) for r in report.undated]
    return flags


def clock_flag(check: ClockCheck) -> ReviewFlag | None:
    """The flag of a clock check whose offset was beyond the tolerance, or None."""
    if not check.flagged:
        return None
    return ReviewFlag(f"clock:{check.id}", FlagKind.CLOCK_OFFSET, None, clock_check_id=check.id,
                      recorder_id=check.recorder_id, value=check.offset_seconds, raised_at=check.docked_at)
