"""Storage of the audit trail: appending an event, the chain's head, pages for the screen and the walk.

Appends race safely: `seq` and `prev_hash` are unique in the database, so of two writers that read
the same head only one can insert its event; the other's commit fails and the trail tries again.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Iterator

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from inspector_app.domain.audit import AuditEvent, AuditFilter, AuditKind
from inspector_app.errors import ConflictError
from storage.orm import AuditEventRow
from storage.text_search import contains


def _event(row: AuditEventRow) -> AuditEvent:
    return AuditEvent(row.seq, row.at, AuditKind(row.kind), row.user_id, row.user_name, row.subject,
                      row.recording_id, json.loads(row.details), row.prev_hash, row.hash, row.key_id,
                      row.signature, row.id)


def details_json(details: dict) -> str:
    return json.dumps(details, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


class SqlAuditRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def head(self) -> AuditEvent | None:
        row = self.session.scalars(select(AuditEventRow).order_by(AuditEventRow.seq.desc()).limit(1)).first()
        return _event(row) if row else None

    def add(self, event: AuditEvent) -> AuditEvent:
        row = AuditEventRow(seq=event.seq, at=event.at, kind=event.kind.value, user_id=event.user_id,
                            user_name=event.user_name, subject=event.subject, recording_id=event.recording_id,
                            details=details_json(event.details), prev_hash=event.prev_hash, hash=event.hash,
                            key_id=event.key_id, signature=event.signature)
        self.session.add(row)
        try:
            self.session.flush()
        except IntegrityError as error:  # another writer took this seq first: the trail retries on the new head
            raise ConflictError("Another event was appended at the same moment", code="audit_race") from error
        return _event(row)

    def latest_time(self, after_seq: int = 0) -> datetime | None:
        """The latest time in the chain, counting only events from `after_seq` on."""
        return self.session.scalar(select(func.max(AuditEventRow.at)).where(AuditEventRow.seq >= after_seq))

    def last_of(self, kinds: list[AuditKind]) -> AuditEvent | None:
        row = self.session.scalars(select(AuditEventRow).where(AuditEventRow.kind.in_([k.value for k in kinds]))
                                   .order_by(AuditEventRow.seq.desc()).limit(1)).first()
        return _event(row) if row else None

    def by_seq(self, seq: int) -> AuditEvent | None:
        row = self.session.scalars(select(AuditEventRow).where(AuditEventRow.seq == seq)).first()
        return _event(row) if row else None

    def _where(self, flt: AuditFilter):
        conds = []
        if flt.user_id is not None:
            conds.append(AuditEventRow.user_id == flt.user_id)
        if flt.kind is not None:
            conds.append(AuditEventRow.kind == flt.kind.value)
        if flt.recording_id is not None:
            conds.append(AuditEventRow.recording_id == flt.recording_id)
        if flt.date_from is not None:
            conds.append(AuditEventRow.at >= flt.date_from)
        if flt.date_to is not None:
            conds.append(AuditEventRow.at < flt.date_to)
        if flt.text.strip():
            conds.append(contains(flt.text.strip(), AuditEventRow.subject, AuditEventRow.details,
                                  AuditEventRow.user_name))
        return conds

    def list(self, flt: AuditFilter, offset: int = 0, limit: int = 200) -> list[AuditEvent]:
        order = AuditEventRow.seq.desc() if flt.newest_first else AuditEventRow.seq
        rows = self.session.scalars(select(AuditEventRow).where(*self._where(flt)).order_by(order)
                                    .offset(offset).limit(limit))
        return [_event(r) for r in rows]

    def count(self, flt: AuditFilter = AuditFilter()) -> int:
        return self.session.scalar(select(func.count()).select_from(AuditEventRow).where(*self._where(flt))) or 0

    def walk(self, after_seq: int = 0, page: int = 2000) -> Iterator[list[AuditEvent]]:
        """All events in `seq` order, in pages (ordered by the primary key of insertion is not trusted)."""
        last = after_seq
        while True:
            rows = list(self.session.scalars(select(AuditEventRow).where(AuditEventRow.seq > last)
                                             .order_by(AuditEventRow.seq).limit(page)))
            if not rows:
                return
            yield [_event(r) for r in rows]
            last = rows[-1].seq

    def day_heads(self, before: datetime) -> list[AuditEvent]:
        """The last event of each UTC day that ended before `before`."""
        day = func.date(AuditEventRow.at)
        last_seqs = select(func.max(AuditEventRow.seq)).where(AuditEventRow.at < before).group_by(day)
        rows = self.session.scalars(select(AuditEventRow).where(AuditEventRow.seq.in_(last_seqs))
                                    .order_by(AuditEventRow.seq))
        return [_event(r) for r in rows]
