"""The queries of the footage browser: the WHERE of a filter and the ORDER BY of a listing.

Every filter is an indexed condition on `recordings` or an IN over a small indexed table (clock
checks, bookmarks, violations' evidence, legal holds, tombstones, the GAP flags), so a filter over a
million recordings reads only what it shows.
"""

from __future__ import annotations

from sqlalchemy import and_, or_, select

from inspector_app.domain.recordings import RecordingFilter, RecordingFlag, RecordingKind
from storage.text_search import contains
from storage.orm import (
    BookmarkRow,
    ClockCheckRow,
    LegalHoldReleaseRow,
    LegalHoldRow,
    RecordingFlagRow,
    RecordingRow,
    RecordingTombstoneRow,
    ViolationEvidenceRow,
)

TEXT_MAX = 200  # a longer search text is cut here


def order_terms(flt: RecordingFilter) -> list[tuple]:
    """The order of a listing as (column, descending, nulls last): undated recordings after dated ones."""
    if flt.by_issue:  # newest issue first (recordings in no issue last), each issue's segments in order
        return [(RecordingRow.entry_id, True, True), (RecordingRow.start_utc, False, True),
                (RecordingRow.id, False, False)]
    if flt.newest_first:
        return [(RecordingRow.start_utc, True, True), (RecordingRow.id, True, False)]
    return [(RecordingRow.start_utc, False, True), (RecordingRow.id, False, False)]


def order_by(terms: list[tuple], reverse: bool = False) -> list:
    """ORDER BY terms, or their exact reverse (for reading a page near the end from the end).

    NULLS FIRST/LAST is always spelled out: SQLite and PostgreSQL place NULL differently by default, and
    SQLite still reads the order off an index when the placement is its own."""
    clauses = []
    for column, descending, nulls_last in terms:
        if reverse:
            descending, nulls_last = not descending, not nulls_last
        clause = column.desc() if descending else column.asc()
        if column is not RecordingRow.id:
            clause = clause.nulls_last() if nulls_last else clause.nulls_first()
        clauses.append(clause)
    return clauses


def flag_condition(flag: RecordingFlag):
    """The recordings carrying `flag` (see `RecordingFlag`)."""
    if flag is RecordingFlag.UNREADABLE:
        return RecordingRow.readable.is_(False)
    if flag is RecordingFlag.NOT_ISSUED:
        return RecordingRow.entry_id.is_(None)
    if flag is RecordingFlag.CLOCK_OFFSET:
        flagged_runs = select(ClockCheckRow.ingest_run_id).where(ClockCheckRow.flagged.is_(True))
        return RecordingRow.ingest_run_id.in_(flagged_runs)
    if flag is RecordingFlag.EVIDENCE:
        return or_(RecordingRow.id.in_(select(BookmarkRow.recording_id)),
                   RecordingRow.id.in_(select(ViolationEvidenceRow.recording_id)))
    if flag is RecordingFlag.LEGAL_HOLD:
        released = select(LegalHoldReleaseRow.hold_id)
        return RecordingRow.id.in_(select(LegalHoldRow.recording_id).where(LegalHoldRow.id.not_in(released)))
    if flag is RecordingFlag.DESTROYED:
        return RecordingRow.id.in_(select(RecordingTombstoneRow.recording_id))
    return RecordingRow.id.in_(select(RecordingFlagRow.recording_id).where(RecordingFlagRow.flag == flag.value))


def text_condition(text: str):
    """The text in a bookmark's note (any case, Kazakh and Russian letters too), the file name, or the hash."""
    conditions = [RecordingRow.id.in_(select(BookmarkRow.recording_id).where(contains(text, BookmarkRow.note))),
                  contains(text, RecordingRow.source_name)]
    hex_text = text.lower()
    if len(hex_text) >= 4 and all(ch in "0123456789abcdef" for ch in hex_text):
        conditions.append(RecordingRow.sha256.like(hex_text + "%"))
    return or_(*conditions)


def filter_condition(flt: RecordingFilter):
    """The WHERE of a listing, or None for every recording."""
    conditions = []
    for column, value in ((RecordingRow.recorder_id, flt.recorder_id), (RecordingRow.entry_id, flt.entry_id),
                          (RecordingRow.user_id, flt.user_id), (RecordingRow.ingest_run_id, flt.ingest_run_id),
                          (RecordingRow.readable, flt.readable)):
        if value is not None:
            conditions.append(column == value)
    if flt.kind is not None:
        conditions.append(RecordingRow.kind == RecordingKind(flt.kind).value)
    if flt.unassigned_only:
        conditions.append(RecordingRow.entry_id.is_(None))
    if flt.date_from is not None:
        conditions.append(RecordingRow.start_utc >= flt.date_from)
    if flt.date_to is not None:
        conditions.append(RecordingRow.start_utc < flt.date_to)
    if flt.flag is not None:
        conditions.append(flag_condition(RecordingFlag(flt.flag)))
    text = (flt.text or "").strip()[:TEXT_MAX]
    if text:
        conditions.append(text_condition(text))
    return and_(*conditions) if conditions else None

