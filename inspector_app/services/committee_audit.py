"""The committee's view over the units of a shared server: their audit trails, read-only, and nothing else.

The only view across units (order No. 444, п.13: footage stays with each unit's responsible person and
head). The auditor signs in as their own server role; what that role may read is set on the server
(storage/server_units.py), so even a changed program could not show them a recording or a journal. Each
trail is checked in full here: the hash chain, and every event's signature against the unit's public keys.
"""

from __future__ import annotations

from dataclasses import dataclass

from inspector_app import signing
from inspector_app.domain.audit import AuditEvent, AuditFilter, ChainWalk
from inspector_app.errors import NotFoundError


@dataclass(frozen=True)
class UnitTrail:
    schema: str
    code: str
    name_kk: str
    name_ru: str
    events: int


class CommitteeAudit:
    def __init__(self, reader) -> None:
        self.reader = reader  # storage/committee_audit.py CommitteeAuditReader

    def units(self) -> list[UnitTrail]:
        return [UnitTrail(u.schema, u.code, u.name_kk, u.name_ru, self.reader.count(u.schema, AuditFilter()))
                for u in self.reader.units()]

    def events(self, unit: str, flt: AuditFilter = AuditFilter(), offset: int = 0,
               limit: int = 200) -> list[AuditEvent]:
        return self.reader.events(self._schema(unit), flt, offset, limit)

    def verify(self, unit: str, cancel=lambda: False) -> ChainWalk:
        """The unit's whole chain walked, every signature checked (`ChainWalk.problems` names each break)."""
        schema = self._schema(unit)
        keys = self.reader.public_keys(schema)
        state = ChainWalk(lambda key_id, data, sig: key_id in keys and signing.verify(keys[key_id], data, sig), 1)
        for page in self.reader.pages(schema):
            state.feed(page)
            if cancel():
                from inspector_app.errors import OperationCancelled

                raise OperationCancelled("Verification cancelled")
        return state.finish()

    def _schema(self, unit: str) -> str:
        """A unit named by its code or its schema."""
        for known in self.reader.units():
            if unit in (known.code, known.schema):
                return known.schema
        raise NotFoundError(f"No unit {unit} on this server for this auditor", what="Unit", id=unit)
