"""Reviewing stored footage (п.6, п.19): bookmarks on recordings, and the continuity review.

Only the head and the responsible person (`Permission.ACCESS_FOOTAGE`); inspectors never. Everything
written here is append-only and every write is an audit event: a bookmark (`AuditKind.BOOKMARK`) and a
decision on a continuity flag (`AuditKind.REVIEW_DECISION`).
"""

from __future__ import annotations

import logging

from inspector_app.domain.audit import AuditKind
from inspector_app.domain.review import (
    COMMENT_MAX,
    NOTE_MAX,
    Bookmark,
    Decision,
    ReviewDecision,
    ReviewFlag,
    clock_flag,
    report_flags,
)
from inspector_app.domain.roles import Permission
from inspector_app.errors import ConflictError, NotFoundError, ValidationError
from inspector_app.services.common import acting_user

logger = logging.getLogger(__name__)
INSPECTION_REF_MAX = 100


def _all_flags(uow) -> list[ReviewFlag]:
    flags = [flag for report in uow.review.latest_flagged_reports() for flag in report_flags(report)]
    flags += [flag for flag in map(clock_flag, uow.review.flagged_clock_checks()) if flag is not None]
    return flags


class ReviewService:
    def __init__(self, uow_factory, clock, audit=None) -> None:
        self.uow_factory = uow_factory
        self.clock = clock
        self.audit = audit

    # bookmarks
    def add_bookmark(self, actor, recording_id: int, start_ms: int, note: str, end_ms: int | None = None,
                     inspection_ref: str | None = None, supersedes_id: int | None = None) -> Bookmark:
        """A bookmark on a moment (or the range start..end) of a recording; `supersedes_id` names the
        bookmark of the same recording it corrects (which then no longer shows)."""
        note = (note or "").strip()
        inspection_ref = (inspection_ref or "").strip() or None
        with self.uow_factory() as uow:
            user = acting_user(uow, actor, Permission.ACCESS_FOOTAGE)
            recording = uow.recordings.get(recording_id)
            if recording is None:
                raise NotFoundError(f"Recording {recording_id} does not exist", what="Recording", id=recording_id)
            if not note:
                raise ValidationError("A bookmark needs a note", code="bookmark_note_empty")
            if len(note) > NOTE_MAX:
                raise ValidationError("The note is too long", code="bookmark_note_long", max=NOTE_MAX)
            if inspection_ref is not None and len(inspection_ref) > INSPECTION_REF_MAX:
                raise ValidationError("The inspection reference is too long", code="bookmark_ref_long")
            if start_ms is None or start_ms < 0 or (end_ms is not None and end_ms < start_ms):
                raise ValidationError("The bookmark's offsets are not a moment or a range", code="bookmark_offsets")
            duration = recording.duration_seconds
            if duration and max(start_ms, end_ms or 0) > duration * 1000 + 1000:
                raise ValidationError("The bookmark lies beyond the end of the recording", code="bookmark_beyond")
            if supersedes_id is not None:
                old = uow.review.bookmark(supersedes_id)
                if old is None or old.recording_id != recording_id:
                    raise NotFoundError(f"Bookmark {supersedes_id} does not exist", what="Bookmark", id=supersedes_id)
                if uow.review.is_superseded(supersedes_id):
                    raise ConflictError("That bookmark has already been corrected", code="bookmark_superseded")
            bookmark = uow.review.add_bookmark(Bookmark(recording_id, int(start_ms),
                                                        None if end_ms is None else int(end_ms), note, user.id,
                                                        self.clock.now(), inspection_ref, supersedes_id))
            uow.commit()
        if self.audit is not None:
            self.audit.record(AuditKind.BOOKMARK, user, subject=f"bookmark:{bookmark.id}", recording_id=recording_id,
                              details={"start_ms": bookmark.start_ms, "end_ms": bookmark.end_ms, "note": note,
                                       "inspection_ref": inspection_ref, "supersedes_id": supersedes_id,
                                       "inventory_number": recording.inventory_number,
                                       "file": recording.source_name})
        return bookmark

    def bookmarks(self, actor, recording_id: int, history: bool = False) -> list[Bookmark]:
        """The recording's bookmarks by position; with `history`, the superseded ones too."""
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.ACCESS_FOOTAGE)
            return uow.review.bookmarks(recording_id=recording_id, current_only=not history)

    def inspection_bookmarks(self, actor, inspection_ref: str) -> list[Bookmark]:
        """The current bookmarks made for an inspection, over all its recordings (the act's evidence list)."""
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.ACCESS_FOOTAGE)
            return uow.review.bookmarks(inspection_ref=(inspection_ref or "").strip())

    # the continuity review
    def open_flags(self, actor) -> list[ReviewFlag]:
        """Every flag of the newest continuity report of each issue, and of flagged clock checks, not decided yet."""
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.ACCESS_FOOTAGE)
            decided = uow.review.decided_keys()
            return [flag for flag in _all_flags(uow) if flag.key not in decided]

    def flags(self, actor) -> list[tuple[ReviewFlag, ReviewDecision | None]]:
        """Every current flag with the decision that counts for it (None while open)."""
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.ACCESS_FOOTAGE)
            return [(flag, uow.review.latest_decision(flag.key)) for flag in _all_flags(uow)]

    def decide(self, actor, flag_key: str, decision: Decision | str, comment: str) -> ReviewDecision:
        """Decide a flag; deciding an already decided flag again supersedes the earlier decision."""
        comment = (comment or "").strip()
        with self.uow_factory() as uow:
            user = acting_user(uow, actor, Permission.ACCESS_FOOTAGE)
            try:
                decision = Decision(decision)
            except ValueError:
                raise ValidationError(f"Unknown decision {decision!r}", code="review_decision_unknown") from None
            flag = next((f for f in _all_flags(uow) if f.key == flag_key), None)
            if flag is None:
                raise NotFoundError(f"Flag {flag_key} does not exist", what="Flag", id=flag_key)
            if not comment:
                raise ValidationError("A decision needs a comment", code="review_comment_empty")
            if len(comment) > COMMENT_MAX:
                raise ValidationError("The comment is too long", code="review_comment_long", max=COMMENT_MAX)
            previous = uow.review.latest_decision(flag_key)
            stored = uow.review.add_decision(ReviewDecision(
                flag.key, flag.kind, decision, comment, user.id, self.clock.now(), flag.entry_id, flag.report_id,
                flag.clock_check_id, previous.id if previous else None))
            uow.commit()
        if self.audit is not None:
            self.audit.record(AuditKind.REVIEW_DECISION, user, subject=f"flag:{flag.key}",
                              details={"decision": decision.value, "comment": comment, "kind": flag.kind.value,
                                       "entry_id": flag.entry_id, "report_id": flag.report_id,
                                       "clock_check_id": flag.clock_check_id,
                                       "recording_ids": list(flag.recording_ids), "decision_id": stored.id,
                                       "supersedes_id": stored.supersedes_id})
        return stored

    def decisions(self, actor, flag_key: str | None = None, entry_id: int | None = None) -> list[ReviewDecision]:
        """Every decision (superseded ones too), oldest first, of one flag or one issue or all."""
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.ACCESS_FOOTAGE)
            return uow.review.decisions(flag_key, entry_id)
