"""Full verification of the store (п.13): every file against its seal, every seal's signature, the audit
chain, every journal signature and every time-stamp token; each failure is named.

The files are re-hashed on all cores (`parallel_hash.py`). A run may be limited to the recordings not
verified in the last N days (the rolling check the app runs daily); the chain, the journal and the
tokens are always checked in full, they are small. The result is appended to the audit chain and each
file check is kept, so the next rolling run knows what is due.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from inspector_app.domain.audit import AuditKind
from inspector_app.domain.roles import Permission
from inspector_app.domain.seals import differences, fact_value
from inspector_app.errors import OperationCancelled
from inspector_app.services.common import acting_user
from inspector_app.services.parallel_hash import HashJob, hash_files
from inspector_app.services.sealing import CHAIN_SUBJECT, SEAL_SUBJECT
from inspector_app.services.thumbnails import with_thumbnails

logger = logging.getLogger(__name__)

PAGE = 500
KINDS = ("recordings", "files", "seals", "chain", "journal", "tokens")


@dataclass(frozen=True)
class Problem:
    kind: str        # one of KINDS
    subject: str     # "recording 12 (DCIM/FILE0001.MP4)", "audit event 7", "journal № 3"
    text: str

    def __str__(self) -> str:
        return f"{self.subject}: {self.text}"


@dataclass
class IntegrityReport:
    started_at: datetime
    scope: str = "full"
    finished_at: datetime | None = None
    checked: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    problems: list[Problem] = field(default_factory=list)
    pending_tokens: int = 0
    bytes_hashed: int = 0
    locked_files: int = 0       # checked as ciphertext only: the vault was locked (the headless rolling check)
    cancelled: bool = False
    event_seq: int | None = None

    @property
    def ok(self) -> bool:
        return not self.problems and not self.cancelled

    def failed(self, kind: str) -> int:
        return sum(1 for p in self.problems if p.kind == kind)

    def add(self, kind: str, subject: str, text: str) -> None:
        self.problems.append(Problem(kind, subject, text))


class IntegrityVerifier:
    def __init__(self, ctx, workers: int | None = None) -> None:
        self.ctx = ctx
        self.workers = workers or max(2, os.cpu_count() or 2)

    def run(self, actor, *, not_verified_days: int | None = None, cancel=lambda: False,
            progress=None) -> IntegrityReport:
        """Verify as `actor` (head or responsible person); see the module docstring."""
        with self.ctx.uow_factory() as uow:
            user = acting_user(uow, actor, Permission.VERIFY_INTEGRITY)
        return self._run(user, not_verified_days, cancel, progress)

    def run_scheduled(self, not_verified_days: int, cancel=lambda: False, progress=None) -> IntegrityReport:
        """The daily rolling check, run by the app itself with nobody signed in."""
        return self._run(None, not_verified_days, cancel, progress)

    def _run(self, user, days, cancel, progress) -> IntegrityReport:
        ctx = self.ctx
        now = ctx.clock.now()
        report = IntegrityReport(now, "full" if days is None else f"not verified in {days} days")
        try:
            self._recordings(report, None if days is None else now - timedelta(days=days), cancel, progress)
            self._destroyed(report)
            self._chain(report, cancel)
            self._journal(report)
            self._tokens(report)
        except OperationCancelled:
            report.cancelled = True
        report.finished_at = ctx.clock.now()
        event = ctx.audit.record(AuditKind.VERIFICATION, user, subject="store", details=_summary(report))
        report.event_seq = event.seq
        logger.info("verification (%s): %d problem(s)%s", report.scope, len(report.problems),
                    ", cancelled" if report.cancelled else "")
        return report

    # recordings: rows against seals, seals against the key, files against the sealed hash
    def _recordings(self, report: IntegrityReport, since, cancel, progress) -> None:
        ctx = self.ctx
        ctx.audit.refresh_keys()
        with ctx.uow_factory() as uow:
            ids = uow.integrity.recordings_not_checked_since(since)
            for recording_id in uow.integrity.orphan_seal_ids():
                report.add("recordings", f"recording {recording_id}",
                           "deleted from the database (its seal remains)")
        jobs: list[HashJob] = []
        labels: dict[int, str] = {}
        for start in range(0, len(ids), PAGE):
            page = ids[start:start + PAGE]
            with ctx.uow_factory() as uow:
                recordings, closed = with_thumbnails(uow, ctx.keyring, uow.recordings.by_ids(page))
                seals = uow.integrity.seals_of(page)
            for rec in recordings:
                label = labels[rec.id] = f"recording {rec.id} ({rec.source_name})"
                report.checked["recordings"] += 1
                seal = seals.get(rec.id)
                if seal is None:
                    report.add("seals", label, "has no seal")
                    jobs.append(HashJob(rec.id, rec.sha256, rec.size))
                    continue
                report.checked["seals"] += 1
                facts = seal.facts
                if not ctx.signer.verify(seal.key_id, seal.content_bytes, seal.signature):
                    report.add("seals", label, "its seal is not signed by the installation key (the seal was changed)")
                changed = differences(rec, facts, check_thumbnail=rec.id not in closed)
                if changed:
                    shown = ", ".join(f"{name} (sealed {facts.get(name)!r}, now {_now_value(rec, name)!r})"
                                      if name != "thumbnail" else "thumbnail (another picture than the sealed one)"
                                      for name in changed)
                    report.add("recordings", label, f"changed since it was sealed: {shown}")
                jobs.append(HashJob(rec.id, facts.get("sha256", rec.sha256), int(facts.get("size", rec.size))))
        results = hash_files(ctx.vault, jobs, workers=self.workers, cancel=cancel, progress=progress)
        checks = []
        for job, outcome in results:
            report.checked["files"] += 1
            report.bytes_hashed += outcome.bytes_read
            if outcome.error:
                report.add("files", labels[job.recording_id], outcome.error)
            elif outcome.how == "cipher" and not outcome.matches:
                report.add("files", labels[job.recording_id], "the stored (encrypted) file was changed: its "
                                                              "ciphertext no longer matches its key file")
            elif outcome.how == "plain" and outcome.sha256 != job.sha256:
                report.add("files", labels[job.recording_id], f"the stored file was changed: its SHA-256 is now "
                                                              f"{outcome.sha256}, sealed {job.sha256}")
            if outcome.how == "cipher":
                report.locked_files += 1
            checks.append((job.recording_id, outcome.matches and (outcome.how == "cipher"
                                                                   or outcome.sha256 == job.sha256)))
        if cancel():
            raise OperationCancelled("Verification cancelled")
        failed_ids = {p.subject for p in report.problems}
        with ctx.uow_factory() as uow:
            at = ctx.clock.now()
            for recording_id, ok in checks:
                uow.integrity.add_file_check(recording_id, at, ok and labels[recording_id] not in failed_ids)
            uow.commit()

    def _destroyed(self, report: IntegrityReport) -> None:
        """Each recording destroyed at the end of its period: its file is gone (or is destroyed now, after a
        crash between the tombstone and the file), its tombstone still says what it was."""
        ctx = self.ctx
        with ctx.uow_factory() as uow:
            stones = uow.retention.tombstones()
        report.checked["destroyed"] = len(stones)
        left = [s for s in stones if ctx.vault.exists(s.sha256)]
        if left and ctx.destruction is not None:
            ctx.destruction.finish_pending()
        for stone in left:
            if ctx.vault.exists(stone.sha256):
                report.add("recordings", f"recording {stone.recording_id}",
                           "destroyed (list %d) but its file is still in the vault" % stone.list_id)

    def _chain(self, report: IntegrityReport, cancel) -> None:
        def recordings_still_there(uow, page) -> None:
            ingested = {e.recording_id for e in page if e.kind is AuditKind.INGEST and e.recording_id}
            for missing in sorted(ingested - uow.recordings.existing_ids(sorted(ingested))):
                report.add("recordings", f"recording {missing}",
                           "deleted from the database (the audit trail records its ingest)")

        walk = self.ctx.audit.walk(cancel, on_page=recordings_still_there)
        report.checked["chain"] = walk.events
        for text in walk.problems:
            report.add("chain", "audit trail", text)

    def _journal(self, report: IntegrityReport) -> None:
        result = self.ctx.journal_verifier.verify_all()
        report.checked["journal"] = result.signatures
        for text in result.problems:
            report.add("journal", "journal", text)

    def _tokens(self, report: IntegrityReport) -> None:
        trusted = self.ctx.trusted_time
        if trusted is None:
            return
        for token, problem in trusted.verify_all():
            report.checked["tokens"] += 1
            if problem:
                subject = f"time-stamp of {'seal' if token.subject_kind == SEAL_SUBJECT else 'audit event'} " \
                          f"{token.subject_id}" if token.subject_kind in (SEAL_SUBJECT, CHAIN_SUBJECT) else "time-stamp"
                report.add("tokens", subject, problem)
        report.pending_tokens = trusted.pending_count()


def _now_value(recording, name: str):
    return fact_value(getattr(recording, name))


def _summary(report: IntegrityReport) -> dict:
    return {"scope": report.scope, "ok": report.ok, "cancelled": report.cancelled, "checked": report.checked,
            "problems": len(report.problems), "first_problems": [str(p) for p in report.problems[:20]],
            "bytes_hashed": report.bytes_hashed, "pending_tokens": report.pending_tokens}
