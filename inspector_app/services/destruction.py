"""Destroying recordings whose period has ended, by two people (п.6, п.12).

The responsible person proposes a list: only recordings expired (by the guarded clock), not under a legal
hold and not on another list awaiting a decision can be on it. The head approves it (never a list they
proposed) or rejects it. On approval every recording is checked again; then, in one transaction, each gets
a tombstone (its hash and metadata, who proposed, who approved, when, which list) and loses its thumbnail;
only after that commit are the files destroyed (the key crypto-shredded, the file deleted). A crash between
the two leaves tombstones whose files remain: `finish_pending` (run with every approval and by the
verification) destroys them. The act of destruction, in Kazakh and Russian, is issued frozen and can be
signed like the acts of inspections.
"""

from __future__ import annotations

import hashlib
import logging

from inspector_app.cms_signatures import load_pkcs12, sign_detached, verify_detached, verify_each
from inspector_app.documents.destruction_act import (
    DestroyedRecording,
    DestructionActContent,
    render_destruction_act,
)
from inspector_app.documents.inspection_content import Localized, Official
from inspector_app.documents.templates import load_texts
from inspector_app.domain.audit import AuditKind
from inspector_app.domain.inspections import DocumentSignature
from inspector_app.domain.retention import DestructionAct, DestructionList, ListState, Tombstone
from inspector_app.domain.roles import Permission
from inspector_app.domain.validation import optional_text
from inspector_app.errors import NotFoundError, PermissionDenied, StateError, ValidationError
from inspector_app.services.common import acting_user
from inspector_app.services.retention import items_in
from inspector_app.timezones import format_local, to_local

logger = logging.getLogger(__name__)

NOTE_MAX = 2000
ACT_LANGUAGES = ("kk", "ru")


class DestructionService:
    def __init__(self, uow_factory, clock, audit, retention, vault, signer=None, timezone=lambda: "Asia/Almaty"):
        self.uow_factory, self.clock, self.audit, self.retention = uow_factory, clock, audit, retention
        self.vault, self.signer, self.timezone = vault, signer, timezone

    # proposing
    def propose(self, actor, recording_ids: list[int], note: str = "") -> DestructionList:
        note = optional_text(note, "The note", NOTE_MAX)
        ids = sorted(set(recording_ids))
        if not ids:
            raise ValidationError("A destruction list needs at least one recording", code="destruction_empty")
        with self.uow_factory() as uow:
            user = acting_user(uow, actor, Permission.PROPOSE_DESTRUCTION)
            self._refuse_unfit(uow, ids, proposing=True)
            list_id = uow.retention.add_list(note, ids, user.id, self.clock.now())
            proposed = uow.retention.destruction_list(list_id)
            uow.commit()
        self._record(user, f"destruction_list:{list_id}", action="proposed", list_id=list_id, recordings=ids)
        return proposed

    def _refuse_unfit(self, uow, ids: list[int], proposing: bool) -> list:
        """The items, if every recording may be destroyed now; else one refusal naming each that may not."""
        now = self.retention.trusted_now()
        recordings = uow.recordings.by_ids(ids)
        problems = [f"recording {i} does not exist" for i in sorted(set(ids) - {r.id for r in recordings})]
        destroyed = uow.retention.destroyed_ids(ids)
        proposed = uow.retention.proposed_ids() if proposing else set()
        items = items_in(uow, recordings)
        for item in items:
            rec = item.recording
            if rec.id in destroyed:
                problems.append(f"recording {rec.id} is already destroyed")
            elif item.holds:
                problems.append(f"recording {rec.id} is under a legal hold ({item.holds[0].reason})")
            elif item.expires_at > now:
                until = format_local(item.expires_at, self.timezone(), "%d.%m.%Y %H:%M")
                problems.append(f"recording {rec.id} is kept until {until}")
            elif rec.id in proposed:
                problems.append(f"recording {rec.id} is already on a list awaiting the head's decision")
        if problems:
            raise ValidationError("Not every recording may be destroyed: " + "; ".join(problems),
                                  code="destruction_unfit", problems=problems)
        return items

    def lists(self, actor) -> list[DestructionList]:
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.VIEW_RETENTION)
            return uow.retention.lists()

    # the head's decision
    def reject(self, actor, list_id: int, comment: str) -> DestructionList:
        with self.uow_factory() as uow:
            user = acting_user(uow, actor, Permission.APPROVE_DESTRUCTION)
            self._open_list(uow, list_id)
            uow.retention.decide(list_id, ListState.REJECTED, optional_text(comment, "The comment", NOTE_MAX),
                                 user.id, self.clock.now())
            decided = uow.retention.destruction_list(list_id)
            uow.commit()
        self._record(user, f"destruction_list:{list_id}", action="rejected", list_id=list_id, comment=comment)
        return decided

    def approve(self, actor, list_id: int, comment: str = "") -> list[Tombstone]:
        """Approve and destroy: tombstones first (one transaction), then the files; then the acts."""
        with self.uow_factory() as uow:
            user = acting_user(uow, actor, Permission.APPROVE_DESTRUCTION)
            listed = self._open_list(uow, list_id)
            if listed.proposed_by_id == user.id:
                raise PermissionDenied("A destruction needs two people: the list was proposed by you",
                                       code="destruction_same_person",
                                       permission=Permission.APPROVE_DESTRUCTION.value, role=user.role.value)
            items = self._refuse_unfit(uow, list(listed.recording_ids), proposing=False)
            at = self.clock.now()
            uow.retention.decide(list_id, ListState.APPROVED, optional_text(comment, "The comment", NOTE_MAX),
                                 user.id, at)
            stones = [Tombstone(i.recording.id, i.recording.sha256, i.recording.size, _metadata(i), list_id, at,
                                listed.proposed_by_id, user.id) for i in items]
            for stone in stones:
                uow.retention.add_tombstone(stone)
            uow.commit()
        for stone in stones:
            self._record(user, f"recording:{stone.recording_id}", recording_id=stone.recording_id, action="destroyed",
                         list_id=list_id, sha256=stone.sha256, size=stone.size)
        self.finish_pending()
        self._issue_acts(user, list_id)
        return stones

    def _open_list(self, uow, list_id: int) -> DestructionList:
        listed = uow.retention.destruction_list(list_id)
        if listed is None:
            raise NotFoundError(f"Destruction list {list_id} does not exist", what="Destruction list", id=list_id)
        if listed.state is not ListState.PROPOSED:
            raise StateError(f"Destruction list {list_id} is already {listed.state.value}", code="destruction_decided")
        return listed

    def finish_pending(self) -> int:
        """Destroy the files of tombstoned recordings still in the vault (after a crash); how many."""
        with self.uow_factory() as uow:
            stones = uow.retention.tombstones()
        done = 0
        for stone in stones:
            if self.vault.exists(stone.sha256) and self.vault.destroy(stone.sha256):
                done += 1
                logger.info("recording %s destroyed in the vault", stone.recording_id)
        return done

    # the acts of destruction
    def _issue_acts(self, user, list_id: int) -> None:
        zone = self.timezone()
        with self.uow_factory() as uow:
            listed = uow.retention.destruction_list(list_id)
            stones = uow.retention.tombstones(list_id)
            unit = uow.units.get()
            proposer, approver = uow.users.get(listed.proposed_by_id), uow.users.get(listed.decided_by_id)
            issued = []
            for lang in ACT_LANGUAGES:
                footer = load_texts("destruction", lang).text(
                    "footer_issued", number=str(list_id), issued=format_local(self.clock.now(), zone, "%d.%m.%Y %H:%M"),
                    fingerprint=self.signer.key.fingerprint if self.signer else "-")
                content = DestructionActContent(
                    str(list_id), _local(listed.decided_at, zone), Localized(unit.name_kk, unit.name_ru),
                    Official(proposer.full_name, proposer.position), _local(listed.proposed_at, zone),
                    Official(approver.full_name, approver.position), _local(listed.decided_at, zone),
                    tuple(_destroyed(s, zone) for s in stones), footer)
                pdf = render_destruction_act(content, lang)
                digest = hashlib.sha256(pdf).hexdigest()
                issued.append((uow.retention.add_act(list_id, lang, pdf, digest, user.id, self.clock.now()), lang,
                               digest))
            uow.commit()
        for act_id, lang, digest in issued:  # the trail is written in its own transaction, after the acts
            self._record(user, f"destruction_list:{list_id}", action="act_issued", act_id=act_id, lang=lang,
                         sha256=digest)

    def acts(self, actor, list_id: int) -> list[DestructionAct]:
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.VIEW_RETENTION)
            return [DestructionAct(a.id, a.list_id, a.lang, a.sha256, a.issued_at, a.issued_by_id)
                    for a in uow.retention.acts(list_id)]

    def act_pdf(self, actor, act_id: int) -> bytes:
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.VIEW_RETENTION)
            act = uow.retention.act(act_id)
        if act is None:
            raise NotFoundError(f"Destruction act {act_id} does not exist", what="Destruction act", id=act_id)
        if hashlib.sha256(act.pdf).hexdigest() != act.sha256:
            raise StateError(f"Destruction act {act_id} no longer matches its SHA-256", code="document_altered")
        return act.pdf

    def sign_act_with_key_file(self, actor, act_id: int, pkcs12: bytes, password: str) -> DocumentSignature:
        data = self.act_pdf(actor, act_id)
        key = load_pkcs12(pkcs12, password)
        return self._keep(actor, act_id, data, sign_detached(data, key, self.clock.now()), "pkcs12")

    def sign_act_with_ncalayer(self, actor, act_id: int, client, locale: str = "ru") -> DocumentSignature:
        data = self.act_pdf(actor, act_id)
        return self._keep(actor, act_id, data, client.sign_cms(data, locale), "ncalayer")

    def _keep(self, actor, act_id: int, data: bytes, cms: bytes, method: str) -> DocumentSignature:
        info = verify_detached(data, cms)
        with self.uow_factory() as uow:
            user = acting_user(uow, actor, Permission.VIEW_RETENTION)
            sig_id = uow.retention.add_act_signature(act_id, method, cms, info.common_name, info.iin or "",
                                                     info.fingerprint_sha256, info.signed_at or self.clock.now(),
                                                     user.id)
            signature = next(s for s in uow.retention.act_signatures(act_id) if s.id == sig_id)
            uow.commit()
        self._record(user, f"destruction_act:{act_id}", action="act_signed", act_id=act_id, method=method,
                     signer=info.common_name, certificate_sha256=info.fingerprint_sha256)
        return signature

    def verify_act(self, actor, act_id: int, trusted_roots=None) -> list:
        data = self.act_pdf(actor, act_id)
        with self.uow_factory() as uow:
            signatures = uow.retention.act_signatures(act_id)
        return verify_each(data, signatures, trusted_roots)

    def _record(self, user, subject: str, recording_id: int | None = None, **details) -> None:
        if self.audit is not None:
            self.audit.record(AuditKind.DESTRUCTION, user, subject=subject, recording_id=recording_id,
                              details=details)


def _local(moment, zone: str):
    return to_local(moment, zone).replace(tzinfo=None)


def _metadata(item) -> dict:
    rec = item.recording
    return {"source_name": rec.source_name, "inventory_number": rec.inventory_number, "recorder_id": rec.recorder_id,
            "entry_id": rec.entry_id, "user_id": rec.user_id, "kind": rec.kind.value,
            "start_utc": rec.start_utc.isoformat() if rec.start_utc else None,
            "end_utc": rec.end_utc.isoformat() if rec.end_utc else None, "retention_kind": item.kind.value,
            "expired_at": item.expires_at.isoformat()}


def _destroyed(stone: Tombstone, zone: str) -> DestroyedRecording:
    from datetime import datetime

    meta = stone.metadata
    start = datetime.fromisoformat(meta["start_utc"]) if meta.get("start_utc") else None
    end = datetime.fromisoformat(meta["end_utc"]) if meta.get("end_utc") else None
    return DestroyedRecording(meta["source_name"], meta["inventory_number"], _local(start, zone) if start else None,
                              _local(end, zone) if end else None, stone.sha256)
