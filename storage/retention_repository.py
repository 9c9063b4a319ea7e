"""Storage of retention rules, legal holds, destruction lists, tombstones and destruction acts (schema 0009).

Rows never leave this module: it returns `inspector_app.domain.retention` objects. Everything is only
added; the current rule of a kind is its newest change, a hold is active while it has no release, a list
is proposed until the head's decision.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector_app.domain.inspections import DocumentSignature
from inspector_app.domain.retention import (
    DestructionAct,
    DestructionList,
    LegalHold,
    ListState,
    RetentionKind,
    RetentionRule,
    Tombstone,
)
from storage.id_lists import chunked
from storage.orm import (
    DestructionActRow,
    DestructionActSignatureRow,
    DestructionDecisionRow,
    DestructionItemRow,
    DestructionListRow,
    InspectionEntryRow,
    InspectionRow,
    JournalEntryRow,
    LegalHoldReleaseRow,
    LegalHoldRow,
    RecordingRow,
    RecordingThumbnailRow,
    RecordingTombstoneRow,
    RetentionRuleChangeRow,
)


class SqlRetentionRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # rules
    def rule_changes(self) -> dict[RetentionKind, RetentionRule]:
        """The newest change of each kind that has one."""
        newest = select(func.max(RetentionRuleChangeRow.id)).group_by(RetentionRuleChangeRow.kind)
        rows = self.session.scalars(select(RetentionRuleChangeRow).where(RetentionRuleChangeRow.id.in_(newest)))
        return {RetentionKind(r.kind): RetentionRule(RetentionKind(r.kind), r.months, r.changed_by_id, r.changed_at)
                for r in rows}

    def add_rule_change(self, kind: RetentionKind, months: int, previous: int, confirmed: bool, reason: str,
                        by_id: int, at: datetime) -> None:
        self.session.add(RetentionRuleChangeRow(kind=kind.value, months=months, previous_months=previous,
                                                shortening_confirmed=confirmed, reason=reason, changed_by_id=by_id,
                                                changed_at=at))
        self.session.flush()

    # what each recording was made for
    @staticmethod
    def _sources():
        """(recording id, control kind of an inspection its issue was taken for, the issue's purpose)."""
        return (select(RecordingRow.id, InspectionRow.control_kind, JournalEntryRow.purpose)
                .outerjoin(JournalEntryRow, JournalEntryRow.id == RecordingRow.entry_id)
                .outerjoin(InspectionEntryRow, InspectionEntryRow.entry_id == RecordingRow.entry_id)
                .outerjoin(InspectionRow, InspectionRow.id == InspectionEntryRow.inspection_id))

    def kinds_of(self, recording_ids: list[int]) -> dict[int, tuple[str | None, str | None]]:
        """recording id -> (the control kind of an inspection its issue was taken for, the issue's purpose)."""
        found: dict[int, tuple] = {}
        for chunk in chunked(recording_ids):
            query = self._sources().where(RecordingRow.id.in_(chunk)).order_by(RecordingRow.id, InspectionRow.id)
            for rec_id, control, purpose in self.session.execute(query):
                found.setdefault(rec_id, (control, purpose))  # the first inspection, if several
        return found

    def stored_sources(self) -> dict[tuple[str | None, str | None], int]:
        """How many recordings not destroyed come from each (control kind, purpose), counted in the database."""
        sources = self._sources().where(RecordingRow.id.not_in(select(RecordingTombstoneRow.recording_id))).subquery()
        first = (select(sources.c.id, func.min(sources.c.control_kind).label("control"),
                        func.min(sources.c.purpose).label("purpose")).group_by(sources.c.id).subquery())
        query = select(first.c.control, first.c.purpose, func.count()).group_by(first.c.control, first.c.purpose)
        return {(control, purpose): count for control, purpose, count in self.session.execute(query)}

    def ended_before(self, moment: datetime, limit: int = 100_000) -> list[int]:
        """Recordings whose retention starts before `moment` (end, else start, else ingest), not destroyed."""
        start = func.coalesce(RecordingRow.end_utc, RecordingRow.start_utc, RecordingRow.ingested_at)
        destroyed = select(RecordingTombstoneRow.recording_id)
        query = (select(RecordingRow.id).where(start < moment, RecordingRow.id.not_in(destroyed))
                 .order_by(RecordingRow.id).limit(limit))
        return list(self.session.scalars(query))

    # holds
    def add_hold(self, recording_id: int, reason: str, inspection_id: int | None, by_id: int, at) -> int:
        row = LegalHoldRow(recording_id=recording_id, reason=reason, inspection_id=inspection_id, placed_by_id=by_id,
                           placed_at=at)
        self.session.add(row)
        self.session.flush()
        return row.id

    def release_hold(self, hold_id: int, reason: str, by_id: int, at) -> None:
        self.session.add(LegalHoldReleaseRow(hold_id=hold_id, reason=reason, released_by_id=by_id, released_at=at))
        self.session.flush()

    def holds(self, recording_ids: list[int] | None = None, active_only: bool = True,
              hold_id: int | None = None) -> list[LegalHold]:
        query = (select(LegalHoldRow, LegalHoldReleaseRow)
                 .outerjoin(LegalHoldReleaseRow, LegalHoldReleaseRow.hold_id == LegalHoldRow.id))
        if hold_id is not None:
            query = query.where(LegalHoldRow.id == hold_id)
        if active_only:
            query = query.where(LegalHoldReleaseRow.id.is_(None))
        if recording_ids is not None:
            return [hold for chunk in chunked(recording_ids)
                    for hold in self._holds(query.where(LegalHoldRow.recording_id.in_(chunk)))]
        return self._holds(query)

    def _holds(self, query) -> list[LegalHold]:
        return [LegalHold(h.id, h.recording_id, h.reason, h.placed_by_id, h.placed_at, h.inspection_id,
                          r.released_at if r else None, r.released_by_id if r else None, r.reason if r else "")
                for h, r in self.session.execute(query.order_by(LegalHoldRow.id))]

    def hold(self, hold_id: int) -> LegalHold | None:
        found = self.holds(active_only=False, hold_id=hold_id)
        return found[0] if found else None

    # destruction lists
    def add_list(self, note: str, recording_ids: list[int], by_id: int, at) -> int:
        row = DestructionListRow(note=note, proposed_by_id=by_id, proposed_at=at)
        self.session.add(row)
        self.session.flush()
        self.session.add_all([DestructionItemRow(list_id=row.id, recording_id=i) for i in recording_ids])
        self.session.flush()
        return row.id

    def destruction_list(self, list_id: int) -> DestructionList | None:
        row = self.session.get(DestructionListRow, list_id)
        return None if row is None else self._list(row)

    def lists(self) -> list[DestructionList]:
        return [self._list(row) for row in self.session.scalars(select(DestructionListRow)
                                                                .order_by(DestructionListRow.id.desc()))]

    def _list(self, row: DestructionListRow) -> DestructionList:
        ids = tuple(self.session.scalars(select(DestructionItemRow.recording_id).where(
            DestructionItemRow.list_id == row.id).order_by(DestructionItemRow.recording_id)))
        decision = self.session.scalars(select(DestructionDecisionRow).where(
            DestructionDecisionRow.list_id == row.id)).first()
        if decision is None:
            return DestructionList(row.id, row.proposed_by_id, row.proposed_at, row.note, ids)
        return DestructionList(row.id, row.proposed_by_id, row.proposed_at, row.note, ids, ListState(decision.decision),
                               decision.decided_by_id, decision.decided_at, decision.comment)

    def proposed_ids(self) -> set[int]:
        """Recordings on a list that is still awaiting the head's decision."""
        decided = select(DestructionDecisionRow.list_id)
        return set(self.session.scalars(select(DestructionItemRow.recording_id).where(
            DestructionItemRow.list_id.not_in(decided))))

    def decide(self, list_id: int, state: ListState, comment: str, by_id: int, at) -> None:
        self.session.add(DestructionDecisionRow(list_id=list_id, decision=state.value, comment=comment,
                                                decided_by_id=by_id, decided_at=at))
        self.session.flush()

    # tombstones
    def add_tombstone(self, stone: Tombstone) -> None:
        self.session.add(RecordingTombstoneRow(
            recording_id=stone.recording_id, sha256=stone.sha256, size=stone.size,
            metadata_json=json.dumps(stone.metadata, ensure_ascii=False, sort_keys=True), list_id=stone.list_id,
            proposed_by_id=stone.proposed_by_id, approved_by_id=stone.approved_by_id, destroyed_at=stone.destroyed_at))
        self.session.flush()
        # the thumbnail goes with the footage: the database allows it once the tombstone is there
        row = self.session.get(RecordingRow, stone.recording_id)
        if row.thumbnail is not None:
            row.thumbnail = None
        sealed = self.session.get(RecordingThumbnailRow, stone.recording_id)
        if sealed is not None:
            self.session.delete(sealed)
        self.session.flush()

    def tombstones(self, list_id: int | None = None) -> list[Tombstone]:
        query = select(RecordingTombstoneRow).order_by(RecordingTombstoneRow.recording_id)
        if list_id is not None:
            query = query.where(RecordingTombstoneRow.list_id == list_id)
        return [Tombstone(r.recording_id, r.sha256, r.size, json.loads(r.metadata_json), r.list_id, r.destroyed_at,
                          r.proposed_by_id, r.approved_by_id) for r in self.session.scalars(query)]

    def destroyed_ids(self, recording_ids: list[int] | None = None) -> set[int]:
        query = select(RecordingTombstoneRow.recording_id)
        if recording_ids is None:
            return set(self.session.scalars(query))
        return {i for chunk in chunked(recording_ids)
                for i in self.session.scalars(query.where(RecordingTombstoneRow.recording_id.in_(chunk)))}

    # destruction acts
    def add_act(self, list_id: int, lang: str, pdf: bytes, sha256: str, by_id: int, at) -> int:
        row = DestructionActRow(list_id=list_id, lang=lang, pdf=pdf, sha256=sha256, issued_by_id=by_id, issued_at=at)
        self.session.add(row)
        self.session.flush()
        return row.id

    def act(self, act_id: int) -> DestructionAct | None:
        row = self.session.get(DestructionActRow, act_id)
        return None if row is None else _act(row)

    def acts(self, list_id: int) -> list[DestructionAct]:
        return [_act(row) for row in self.session.scalars(select(DestructionActRow).where(
            DestructionActRow.list_id == list_id).order_by(DestructionActRow.id))]

    def add_act_signature(self, act_id: int, method: str, cms: bytes, name: str, iin: str, cert: str, at,
                          by_id: int) -> int:
        row = DestructionActSignatureRow(act_id=act_id, method=method, cms=cms, signer_name=name, signer_iin=iin,
                                         certificate_sha256=cert, signed_at=at, signed_by_id=by_id)
        self.session.add(row)
        self.session.flush()
        return row.id

    def act_signatures(self, act_id: int) -> list[DocumentSignature]:
        rows = self.session.scalars(select(DestructionActSignatureRow).where(
            DestructionActSignatureRow.act_id == act_id).order_by(DestructionActSignatureRow.id))
        return [DocumentSignature(r.id, r.act_id, r.method, r.cms, r.signer_name, r.signer_iin, r.certificate_sha256,
                                  r.signed_at, r.signed_by_id) for r in rows]


def _act(row: DestructionActRow) -> DestructionAct:
    return DestructionAct(row.id, row.list_id, row.lang, row.sha256, row.issued_at, row.issued_by_id, row.pdf)
