"""Checking the journal's signatures: each record's content is rebuilt from what is stored and checked
against the Ed25519 signatures made when it was written. A record changed behind the app's back (even
with the database triggers removed) fails here."""

from __future__ import annotations

from dataclasses import dataclass, field

from inspector_app import signing
from inspector_app.domain.journal import JournalFilter, SignerRole
from inspector_app.domain.journal_content import (
    entry_content,
    remark_content,
    return_content,
    sha256_hex,
    signed_bytes,
    strike_content,
)
from inspector_app.domain.roles import Permission
from inspector_app.domain.strokes import strokes_sha256
from inspector_app.services.common import acting_user

REQUIRED = {"entry:issue": {SignerRole.RECIPIENT, SignerRole.ISSUER}, "entry:fault": {SignerRole.AUTHOR},
            "return": {SignerRole.RETURNER, SignerRole.RECEIVER}, "remark": {SignerRole.AUTHOR},
            "strike": {SignerRole.AUTHOR}}


@dataclass
class VerificationReport:
    entries: int = 0
    signatures: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class JournalVerifier:
    def __init__(self, uow_factory) -> None:
        self.uow_factory = uow_factory

    def verify_entries(self, actor, entry_ids: list[int]) -> VerificationReport:
        report = VerificationReport()
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.VIEW_JOURNAL)
            for row in uow.journal.rows_by_ids(entry_ids):
                self._check_row(uow, row, report)
        return report

    def verify_volume(self, actor, volume_id: int, chunk: int = 500) -> VerificationReport:
        report = VerificationReport()
        flt = JournalFilter(volume_id=volume_id, newest_first=False)
        offset = 0
        while True:
            with self.uow_factory() as uow:
                acting_user(uow, actor, Permission.VIEW_JOURNAL)
                rows = uow.journal.rows(flt, offset, chunk)
                for row in rows:
                    self._check_row(uow, row, report)
            if len(rows) < chunk:
                return report
            offset += chunk

    def verify_all(self, chunk: int = 500) -> VerificationReport:
        """Every record of every volume; for the integrity verification, which has checked its caller."""
        report = VerificationReport()
        with self.uow_factory() as uow:
            volumes = uow.journal.volumes()
        for volume in volumes:
            flt = JournalFilter(volume_id=volume.id, newest_first=False)
            offset = 0
            while True:
                with self.uow_factory() as uow:
                    rows = uow.journal.rows(flt, offset, chunk)
                    for row in rows:
                        self._check_row(uow, row, report)
                if len(rows) < chunk:
                    break
                offset += chunk
        return report

    def _check_row(self, uow, row, report: VerificationReport) -> None:
        report.entries += 1
        entry = row.entry
        label = f"№ {entry.number}"
        records = [(f"entry:{entry.kind.value}", "entry", entry.id, entry_content(entry, row.volume_number))]
        if row.returned is not None:
            records.append(("return", "return", row.returned.id, return_content(row.returned)))
        records += [("remark", "remark", r.id, remark_content(r)) for r in row.remarks]
        if row.strike is not None:
            records.append(("strike", "strike", row.strike.id, strike_content(row.strike)))
        for kind, act, act_id, content in records:
            signatures = uow.journal.signatures(act, [act_id])
            missing = REQUIRED[kind] - {s.role for s in signatures}
            if missing:
                report.problems.append(f"{label}: {act} is missing the signature of "
                                       + ", ".join(sorted(r.value for r in missing)))
            for sig in signatures:
                report.signatures += 1
                key = uow.journal.key(sig.key_id)
                data = signed_bytes(content, sig.role, sig.user_id, sig.key_id, strokes_sha256(sig.strokes),
                                    sig.signed_at)
                if key is None or key.user_id != sig.user_id:
                    report.problems.append(f"{label}: {act} signed with an unknown key")
                elif sha256_hex(data) != sig.content_sha256 or not signing.verify(key.public_key, data, sig.signature):
                    report.problems.append(f"{label}: the {act} signed by {sig.user_name} ({sig.role.value}) "
                                           "does not match what is stored")
