"""The committee auditor's reading of every unit's audit trail on a shared server, read-only.

The auditor's role may read, per unit schema, `audit_events`, `units` and the public signing keys
(storage/server_units.py); every session here is read-only besides, and set to one unit's schema.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from inspector_app.domain.audit import AuditEvent, AuditFilter
from storage.audit_repository import SqlAuditRepository
from storage.server_units import KEYS_VIEW, UnitSchema, identifier, unit_schemas


class CommitteeAuditReader:
    """Implements what `services/committee_audit.py` needs, over an auditor's engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def units(self) -> list[UnitSchema]:
        return unit_schemas(self.engine)

    @contextmanager
    def _trail(self, schema: str) -> Iterator[SqlAuditRepository]:
        identifier(schema, "The schema")
        with self.engine.connect() as conn:
            conn.exec_driver_sql("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            conn.exec_driver_sql(f"SET search_path TO {schema}")
            with Session(bind=conn) as session:
                yield SqlAuditRepository(session)
            conn.rollback()

    def events(self, schema: str, flt: AuditFilter, offset: int, limit: int) -> list[AuditEvent]:
        with self._trail(schema) as trail:
            return trail.list(flt, offset, limit)

    def count(self, schema: str, flt: AuditFilter) -> int:
        with self._trail(schema) as trail:
            return trail.count(flt)

    def pages(self, schema: str) -> Iterator[list[AuditEvent]]:
        with self._trail(schema) as trail:
            yield from trail.walk()

    def public_keys(self, schema: str) -> dict[int, str]:
        with self._trail(schema) as trail:
            rows = trail.session.execute(text(f"SELECT id, public_key FROM {KEYS_VIEW}"))
            return {row[0]: row[1] for row in rows}
