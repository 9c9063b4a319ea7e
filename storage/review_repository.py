"""Storage of bookmarks and continuity review decisions, and the flags waiting for a decision.

Both tables are append-only (the database refuses UPDATE and DELETE): a bookmark is corrected by a new
one superseding it, a decision by a later decision on the same flag.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from inspector_app.domain.recordings import ClockCheck
from inspector_app.domain.review import Bookmark, Decision, FlagKind, ReviewDecision
from storage.orm import BookmarkRow, ClockCheckRow, ContinuityReportRow, ReviewDecisionRow
from storage.recordings_repository import _clock, _report


def _bookmark(row: BookmarkRow) -> Bookmark:
    return Bookmark(row.recording_id, row.start_ms, row.end_ms, row.note, row.created_by_id, row.created_at,
                    row.inspection_ref, row.supersedes_id, row.id)


def _decision(row: ReviewDecisionRow) -> ReviewDecision:
    return ReviewDecision(row.flag_key, FlagKind(row.kind), Decision(row.decision), row.comment, row.decided_by_id,
                          row.decided_at, row.entry_id, row.report_id, row.clock_check_id, row.supersedes_id, row.id)


class SqlReviewRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # bookmarks
    def add_bookmark(self, bookmark: Bookmark) -> Bookmark:
        row = BookmarkRow(recording_id=bookmark.recording_id, inspection_ref=bookmark.inspection_ref,
                          start_ms=bookmark.start_ms, end_ms=bookmark.end_ms, note=bookmark.note,
                          supersedes_id=bookmark.supersedes_id, created_by_id=bookmark.created_by_id,
                          created_at=bookmark.created_at)
        self.session.add(row)
        self.session.flush()
        return _bookmark(row)

    def bookmark(self, bookmark_id: int) -> Bookmark | None:
        row = self.session.get(BookmarkRow, bookmark_id)
        return None if row is None else _bookmark(row)

    def is_superseded(self, bookmark_id: int) -> bool:
        return self.session.scalar(select(BookmarkRow.id).where(BookmarkRow.supersedes_id == bookmark_id)) is not None

    def bookmarks(self, recording_id: int | None = None, inspection_ref: str | None = None,
                  current_only: bool = True) -> list[Bookmark]:
        """Bookmarks of a recording and/or an inspection, by position then by age; superseded ones left out
        unless `current_only` is False."""
        query = select(BookmarkRow)
        if recording_id is not None:
            query = query.where(BookmarkRow.recording_id == recording_id)
        if inspection_ref is not None:
            query = query.where(BookmarkRow.inspection_ref == inspection_ref)
        if current_only:
            later = aliased(BookmarkRow)
            query = query.where(~select(later.id).where(later.supersedes_id == BookmarkRow.id).exists())
        query = query.order_by(BookmarkRow.recording_id, BookmarkRow.start_ms, BookmarkRow.id)
        return [_bookmark(row) for row in self.session.scalars(query)]

    # decisions
    def add_decision(self, decision: ReviewDecision) -> ReviewDecision:
        row = ReviewDecisionRow(flag_key=decision.flag_key, kind=decision.kind.value, entry_id=decision.entry_id,
                                report_id=decision.report_id, clock_check_id=decision.clock_check_id,
                                decision=decision.decision.value, comment=decision.comment,
                                supersedes_id=decision.supersedes_id, decided_by_id=decision.decided_by_id,
                                decided_at=decision.decided_at)
        self.session.add(row)
        self.session.flush()
        return _decision(row)

    def latest_decision(self, flag_key: str) -> ReviewDecision | None:
        row = self.session.scalars(select(ReviewDecisionRow).where(ReviewDecisionRow.flag_key == flag_key)
                                   .order_by(ReviewDecisionRow.id.desc()).limit(1)).first()
        return None if row is None else _decision(row)

    def decisions(self, flag_key: str | None = None, entry_id: int | None = None) -> list[ReviewDecision]:
        """Every decision (superseded ones too), oldest first."""
        query = select(ReviewDecisionRow)
        if flag_key is not None:
            query = query.where(ReviewDecisionRow.flag_key == flag_key)
        if entry_id is not None:
            query = query.where(ReviewDecisionRow.entry_id == entry_id)
        return [_decision(row) for row in self.session.scalars(query.order_by(ReviewDecisionRow.id))]

    def decided_keys(self) -> set[str]:
        return set(self.session.scalars(select(ReviewDecisionRow.flag_key).distinct()))

    # what raises flags
    def latest_flagged_reports(self) -> list:
        """The newest continuity report of every journal entry, where that report found something."""
        newest = (select(func.max(ContinuityReportRow.id)).group_by(ContinuityReportRow.entry_id)).scalar_subquery()
        rows = self.session.scalars(select(ContinuityReportRow).where(ContinuityReportRow.id.in_(newest))
                                    .where(ContinuityReportRow.ok.is_(False)).order_by(ContinuityReportRow.id))
        return [_report(row) for row in rows]

    def continuity_report(self, report_id: int):
        row = self.session.get(ContinuityReportRow, report_id)
        return None if row is None else _report(row)

    def flagged_clock_checks(self) -> list[ClockCheck]:
        rows = self.session.scalars(select(ClockCheckRow).where(ClockCheckRow.flagged.is_(True))
                                    .order_by(ClockCheckRow.id))
        return [_clock(row) for row in rows]

    def clock_check(self, check_id: int) -> ClockCheck | None:
        row = self.session.get(ClockCheckRow, check_id)
        return None if row is None else _clock(row)
