"""Encrypting a vault that was filled before the unit had a storage password (п.6, п.13), resumably.

The store is verified first (nothing is converted over a failed verification: the problem would be
hidden under new ciphertext), then every plain object is encrypted in place and every plaintext
thumbnail is sealed to the vault key and cleared from its row (the only change the database allows on
a recording), then the store is verified again. Stopping at any point, by a cancel or a crash, loses
nothing; running it again goes on where it stopped. Seals keep the plaintext's hashes: evidence hashes
do not change with encryption.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from inspector_app.domain.audit import AuditKind
from inspector_app.domain.roles import Permission
from inspector_app.errors import OperationCancelled, StateError
from inspector_app.services.common import acting_user
from inspector_app.vault_keys import seal_to

logger = logging.getLogger(__name__)

PAGE = 200


@dataclass
class ConversionReport:
    before: object = None            # IntegrityReport
    after: object = None
    files_encrypted: int = 0
    files_already: int = 0
    thumbnails_sealed: int = 0
    cancelled: bool = False
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.cancelled and not self.problems and self.after is not None and self.after.ok


class VaultConversion:
    def __init__(self, ctx) -> None:
        self.ctx = ctx

    def plain_left(self) -> int:
        """How many recordings still have a plain object or a plaintext thumbnail (0: nothing to do)."""
        left = sum(0 if self.ctx.vault.is_encrypted(sha256) else 1 for _id, sha256 in self._all())
        with self.ctx.uow_factory() as uow:
            left += len(uow.vault_keys.plain_thumbnail_ids(10 ** 9))
        return left

    def run(self, actor, cancel=lambda: False, progress=None) -> ConversionReport:
        ctx = self.ctx
        with ctx.uow_factory() as uow:
            user = acting_user(uow, actor, Permission.MANAGE_VAULT_KEYS)
        if not ctx.keyring.is_set_up:
            raise StateError("Set the storage password first: the footage is encrypted to its key",
                             code="no_vault_key")
        report = ConversionReport()
        report.before = ctx.integrity.run(actor, cancel=cancel)
        if not report.before.ok:
            report.problems.append("the verification before the conversion failed: nothing was converted")
            return report
        try:
            self._objects(report, cancel, progress)
            self._thumbnails(report, cancel)
        except OperationCancelled:
            report.cancelled = True
        ctx.audit.record(AuditKind.VAULT, user, subject="vault", details={
            "action": "encrypted", "files": report.files_encrypted, "already": report.files_already,
            "thumbnails": report.thumbnails_sealed, "cancelled": report.cancelled})
        if not report.cancelled:
            report.after = ctx.integrity.run(actor, cancel=cancel)
        return report

    def _all(self) -> list[tuple[int, str]]:
        with self.ctx.uow_factory() as uow:
            ids = uow.integrity.recordings_not_checked_since(None)
        pairs = []
        for start in range(0, len(ids), PAGE):
            with self.ctx.uow_factory() as uow:
                pairs += [(r.id, r.sha256) for r in uow.recordings.by_ids(ids[start:start + PAGE])]
        return pairs

    def _objects(self, report: ConversionReport, cancel, progress) -> None:
        pairs = self._all()
        for done, (_recording_id, sha256) in enumerate(pairs, start=1):
            if cancel():
                raise OperationCancelled("Conversion cancelled")
            if self.ctx.vault.encrypt_in_place(sha256, cancel=cancel):
                report.files_encrypted += 1
            else:
                report.files_already += 1
            if progress:
                progress(done, len(pairs))

    def _thumbnails(self, report: ConversionReport, cancel) -> None:
        public = self.ctx.keyring.public_key()
        while True:
            with self.ctx.uow_factory() as uow:
                ids = uow.vault_keys.plain_thumbnail_ids(PAGE)
                if not ids:
                    return
                for recording in uow.recordings.by_ids(ids):
                    uow.vault_keys.add_thumbnail(recording.id, seal_to(recording.thumbnail, public))
                    uow.vault_keys.clear_plain_thumbnail(recording.id)
                    report.thumbnails_sealed += 1
                uow.commit()
            if cancel():
                raise OperationCancelled("Conversion cancelled")
