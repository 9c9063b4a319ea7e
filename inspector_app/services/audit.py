"""The audit trail as a service: services report what happened, the trail chains, signs and stores it.

Appends are serialised: a lock inside this process and, across processes or PCs, the database's
unique `seq` and `prev_hash` (a writer that lost the race retries on the new head). An event is
appended in its own short transaction right after the operation it reports has committed; events that
have no operation (a failed sign-in, an access refused) are appended alone.

Reading the trail is for the head and the responsible person only (п.13).
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime
from typing import Iterable

from inspector_app.ports import AUDIT_CHAIN_LOCK
from inspector_app.clock import Clock
from inspector_app.domain.audit import (
    GENESIS_HASH,
    AuditEvent,
    AuditFilter,
    AuditKind,
    AuditRecord,
    ChainWalk,
    event_bytes,
    sha256_hex,
)
from inspector_app.domain.roles import Permission
from inspector_app.errors import ConflictError, OperationCancelled, PermissionDenied
from inspector_app.installation_key import InstallationSigner
from inspector_app.services.common import acting_user

logger = logging.getLogger(__name__)

RETRIES = 50
SIGNATURE_SAMPLE = 64  # check every 64th event's signature on a walk, and the last (see ChainWalk)


def who(actor) -> tuple[int | None, str]:
    """The id and the name to record for `actor` (a UserView, or None for the app itself)."""
    if actor is None:
        return None, ""
    name = getattr(actor, "full_name", "") or getattr(actor, "login", "")
    login = getattr(actor, "login", "")
    return getattr(actor, "id", None), f"{name} ({login})" if login and name != login else name


class AuditTrail:
    def __init__(self, uow_factory, clock: Clock, signer: InstallationSigner) -> None:
        self.uow_factory = uow_factory
        self.clock = clock
        self.signer = signer
        self._lock = threading.Lock()

    # writing
    def record(self, kind: AuditKind, actor=None, *, subject: str = "", recording_id: int | None = None,
               details: dict | None = None) -> AuditEvent:
        user_id, user_name = who(actor)
        return self.append([AuditRecord(kind, user_id, user_name, subject, recording_id, dict(details or {}))])[0]

    def append(self, records: Iterable[AuditRecord]) -> list[AuditEvent]:
        """Append `records` in order, in one transaction; returns the stored events."""
        records = list(records)
        for attempt in range(RETRIES):
            try:
                with self._lock, self.uow_factory.serial(AUDIT_CHAIN_LOCK) as uow:
                    head = uow.audit.head()
                    seq, prev = (head.seq, head.hash) if head else (0, GENESIS_HASH)
                    stored = []
                    for record in records:
                        seq += 1
                        event = self._chain(seq, prev, record)
                        stored.append(uow.audit.add(event))
                        prev = event.hash
                    uow.commit()
                    return stored
            except ConflictError:
                if attempt == RETRIES - 1:
                    raise
                time.sleep(0.005 * (attempt + 1))  # another process appended first: take the new head
        raise AssertionError("unreachable")

    def _chain(self, seq: int, prev: str, record: AuditRecord) -> AuditEvent:
        at = self.clock.now()
        key_id = self.signer.key_id
        data = event_bytes(seq, at, record.kind, record.user_id, record.user_name, record.subject,
                           record.recording_id, record.details, prev, key_id)
        return AuditEvent(seq, at, record.kind, record.user_id, record.user_name, record.subject,
                          record.recording_id, record.details, prev, sha256_hex(data), key_id, self.signer.sign(data))

    def record_denial(self, error: PermissionDenied) -> None:
        """Called by the unit of work when a use case refused someone (the refusal is the event)."""
        params = error.params
        try:
            self.append([AuditRecord(AuditKind.ACCESS_DENIED, params.get("actor_id"), params.get("actor_name", ""),
                                     params.get("permission", ""), None,
                                     {"permission": params.get("permission", ""), "role": params.get("role", ""),
                                      "reason": error.code})])
        except Exception:  # noqa: BLE001 - the refusal itself must still reach the person
            logger.exception("could not record a refused access in the audit trail")

    # reading
    def list(self, actor, flt: AuditFilter = AuditFilter(), offset: int = 0, limit: int = 200) -> list[AuditEvent]:
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.VIEW_AUDIT)
            return uow.audit.list(flt, offset, limit)

    def count(self, actor, flt: AuditFilter = AuditFilter()) -> int:
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.VIEW_AUDIT)
            return uow.audit.count(flt)

    def head(self) -> AuditEvent | None:
        with self.uow_factory() as uow:
            return uow.audit.head()

    def walk(self, cancel=lambda: False, progress=None, on_page=None) -> ChainWalk:
        """Check the whole chain in order (no permission check: the verification service does that).

        Signatures are sampled (see `ChainWalk`); if a sampled one fails, the chain is walked again with
        every signature checked, so each forged event is named. `on_page(uow, events)` sees every page of
        the first walk; a cancelled walk raises OperationCancelled.
        """
        self.refresh_keys()
        state = self._walk(SIGNATURE_SAMPLE, cancel, progress, on_page)
        if state.signature_failed:
            state = self._walk(1, cancel, progress, None)
        return state

    def _walk(self, sample_every: int, cancel, progress, on_page) -> ChainWalk:
        state = ChainWalk(self.signer.verify, sample_every)
        with self.uow_factory() as uow:
            total = uow.audit.count()
            for page in uow.audit.walk():
                state.feed(page)
                if on_page is not None:
                    on_page(uow, page)
                if progress:
                    progress(state.events, total)
                if cancel():
                    raise OperationCancelled("Verification cancelled")
        return state.finish()

    def refresh_keys(self) -> None:
        with self.uow_factory() as uow:
            self.signer.learn({k.id: k.public_key for k in uow.integrity.keys()})

    def latest_time(self, after_seq: int = 0) -> datetime | None:
        with self.uow_factory() as uow:
            return uow.audit.latest_time(after_seq)
