"""What an evidence package's manifest says, read from the store: the recordings, their seals, the
journal entry of each one's issue, the installation keys, and the audit events of their custody.

The custody of a recording is every audit event about it (stored, viewed, exported), the docking it was
taken off the recorder in, and the issue and return of the recorder in the journal. Each event is kept
whole (seq, prev hash, hash, key, signature), so its hash and signature can be checked from the package.
"""

from __future__ import annotations

from datetime import datetime, timezone

from inspector_app import signing
from inspector_app.domain.audit import AuditEvent, AuditFilter, AuditKind
from inspector_app.errors import NotFoundError, StateError
from inspector_app.installation_key import fingerprint
from inspector_app.services.package_files import RECORDINGS, safe_name

EVENTS_PER_RECORDING = 100_000


def iso(value: datetime | None) -> str | None:
    """The form the audit trail's canonical bytes use: UTC, microseconds, a Z."""
    if value is None:
        return None
    return value.astimezone(timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


def event_json(event: AuditEvent) -> dict:
    return {"seq": event.seq, "at": iso(event.at), "kind": event.kind.value, "user_id": event.user_id,
            "user_name": event.user_name, "subject": event.subject, "recording_id": event.recording_id,
            "details": event.details, "prev_hash": event.prev_hash, "hash": event.hash, "key_id": event.key_id,
            "signature": event.signature}


def event_from_json(data: dict) -> AuditEvent:
    return AuditEvent(int(data["seq"]), datetime.fromisoformat(data["at"].replace("Z", "+00:00")),
                      AuditKind(data["kind"]), data["user_id"], data["user_name"], data["subject"],
                      data["recording_id"], data["details"], data["prev_hash"], data["hash"], int(data["key_id"]),
                      data["signature"])


def keys_json(uow) -> list[dict]:
    return [{"id": key.id, "public_key": key.public_key, "fingerprint": fingerprint(key.public_key),
             "public_key_pem": signing.public_pem(key.public_key).decode("ascii"), "created_at": iso(key.created_at),
             "retired_at": iso(key.retired_at)} for key in uow.integrity.keys()]


def _user_name(uow, user_id: int | None, cache: dict) -> str:
    if user_id is None:
        return ""
    if user_id not in cache:
        user = uow.users.get(user_id)
        cache[user_id] = f"{user.full_name} ({user.login})" if user else f"user {user_id}"
    return cache[user_id]


def _entry_json(uow, entry_id: int | None, users: dict) -> dict | None:
    if entry_id is None:
        return None
    entry = uow.journal.entry(entry_id)
    if entry is None:
        return None
    volume = uow.journal.volume(entry.volume_id)
    returned = uow.journal.return_of(entry_id)
    stored = uow.journal.storage_of(entry_id)
    return {"id": entry.id, "volume": volume.number if volume else None, "number": entry.number,
            "inventory_number": entry.inventory_number, "purpose": entry.purpose.value if entry.purpose else None,
            "inspector_id": entry.user_id, "inspector": _user_name(uow, entry.user_id, users) or entry.user_full_name,
            "issued_at": iso(entry.at), "issued_by": _user_name(uow, entry.issued_by_id, users),
            "returned_at": iso(returned.returned_at) if returned else None,
            "received_by": _user_name(uow, returned.received_by_id, users) if returned else "",
            "stored_at": iso(stored.stored_at) if stored else None}


def custody_events(uow, recording) -> list[AuditEvent]:
    """The audit events of one recording's custody, oldest first."""
    events = {e.seq: e for e in uow.audit.list(AuditFilter(recording_id=recording.id, newest_first=False), 0,
                                                EVENTS_PER_RECORDING)}
    docks = uow.audit.list(AuditFilter(kind=AuditKind.DOCK, text=f"recorder:{recording.recorder_id}"), 0, 1000)
    events.update({e.seq: e for e in docks if e.subject == f"recorder:{recording.recorder_id}"
                   and e.details.get("ingest_run") == recording.ingest_run_id})
    if recording.entry_id is not None:
        subject = f"entry:{recording.entry_id}"
        for kind in (AuditKind.ISSUE, AuditKind.RETURN):
            events.update({e.seq: e for e in uow.audit.list(AuditFilter(kind=kind, text=subject), 0, 1000)
                           if e.subject == subject})
    return [events[seq] for seq in sorted(events)]


def recordings_json(uow, recording_ids: list[int]) -> tuple[list, list[dict], list[dict]]:
    """(the recordings read, their manifest entries, the audit events of their custody)."""
    recordings = []
    for recording_id in dict.fromkeys(recording_ids):
        recording = uow.recordings.get(recording_id)
        if recording is None:
            raise NotFoundError(f"Recording {recording_id} does not exist", what="Recording", id=recording_id)
        recordings.append(recording)
    seals = uow.integrity.seals_of([r.id for r in recordings])
    users: dict = {}
    names: set[str] = set()
    entries, events = [], {}
    for recording in recordings:
        seal = seals.get(recording.id)
        if seal is None:
            raise StateError(f"Recording {recording.id} has no seal: it cannot be exported as evidence",
                             code="package_unsealed", id=recording.id)
        recorder = uow.recorders.get(recording.recorder_id)
        custody = custody_events(uow, recording)
        events.update({e.seq: e for e in custody})
        entries.append({
            "id": recording.id, "file": _unique(names, recording), "sha256": recording.sha256,
            "size": recording.size, "kind": recording.kind.value, "source_name": recording.source_name,
            "recorder": {"id": recording.recorder_id, "inventory_number": recording.inventory_number,
                         "serial_number": seal.facts.get("serial_number", recorder.serial_number if recorder else ""),
                         "model": recorder.model if recorder else ""},
            "start_utc": iso(recording.start_utc), "end_utc": iso(recording.end_utc),
            "start_source": recording.start_source.value, "duration_seconds": recording.duration_seconds,
            "ingested_at": iso(recording.ingested_at), "readable": recording.readable,
            "journal_entry": _entry_json(uow, recording.entry_id, users),
            "seal": {"content": seal.content, "signature": seal.signature, "key_id": seal.key_id,
                     "sealed_at": iso(seal.sealed_at)},
            "custody": [e.seq for e in custody]})
    return recordings, entries, [event_json(events[seq]) for seq in sorted(events)]


def _unique(names: set[str], recording) -> str:
    name = safe_name(recording.source_name, f"recording-{recording.id}")
    if name in names:
        stem, dot, ext = name.rpartition(".")
        name = f"{stem or ext}-{recording.id}{dot}{ext if stem else ''}"
    names.add(name)
    return f"{RECORDINGS}/{name}"
