"""The audit trail: one hash-chained, signed log of every event that matters (п.13).

Each event holds the SHA-256 of the one before it (`prev_hash`), its own hash over its canonical bytes
(`event_bytes`), and an Ed25519 signature of those bytes by the installation key. Events are numbered
1, 2, 3 ... without gaps (`seq`), so a deleted event leaves a hole in the numbers, a changed event no
longer matches its hash, a reordered one breaks the links, and a forged one lacks the signature.

`ChainWalk` checks a run of events in order and names every break it finds; it is pure and takes the
events in pages, so a chain of millions is checked in constant memory. Every hash and link is checked;
signatures may be sampled (`sample_every`): since each signed event covers the hash of the one before,
a good signature on a later event vouches for every event linked before it, and the last event is
always checked. A walk whose sampled signature fails is run again with every signature checked, which
names each forged event (`AuditTrail.walk` does this).
"""

from __future__ import annotations

import enum
import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, Iterable

FORMAT = "inspector-app/audit/v1"
GENESIS_HASH = "0" * 64


class AuditKind(str, enum.Enum):
    """What happened. The values are stored: never rename one."""

    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOCKOUT = "lockout"
    LOGOUT = "logout"
    PASSWORD_CHANGED = "password_changed"
    USER_CHANGED = "user_changed"
    RECORDER_CHANGED = "recorder_changed"
    ISSUE = "issue"
    RETURN = "return"
    FAULT = "fault"
    CORRECTION = "correction"
    VOLUME = "journal_volume"
    DOCK = "dock"
    INGEST = "ingest"
    VIEW = "view"
    EXPORT = "export"
    ACCESS_DENIED = "access_denied"
    SETTINGS_CHANGED = "settings_changed"
    DESTRUCTION = "destruction"
    VERIFICATION = "verification"
    CLOCK_ANOMALY = "clock_anomaly"
    CLOCK_CONFIRMED = "clock_confirmed"
    KEY_CREATED = "installation_key"
    VAULT = "vault"                      # the storage password: set, unlocked, locked, a slot added or revoked
    BOOKMARK = "bookmark"                # a bookmark or note added on a recording
    REVIEW_DECISION = "review_decision"  # a decision on a continuity flag (explained, п.19 violation, device fault)
    INSPECTION = "inspection"            # an inspection made or changed, a violation added, changed or removed
    DOCUMENT = "document"                # an act or prescription issued (with its SHA-256), replaced, signed
    ELIMINATION = "elimination"          # a violation marked eliminated, with the proof
    CATALOGUE = "catalogue"              # the catalogue of normative legal acts imported
    RETENTION = "retention"              # a retention rule changed
    LEGAL_HOLD = "legal_hold"            # a legal hold placed or released
    BACKUP = "backup"                    # a backup of the database and the vault made, or restored from
    DATABASE_MOVED = "database_moved"    # the unit's database copied to a server and verified there


@dataclass(frozen=True)
class AuditRecord:
    """What a service reports; the trail numbers, links and signs it into an `AuditEvent`."""

    kind: AuditKind
    user_id: int | None = None
    user_name: str = ""
    subject: str = ""             # what it is about, e.g. "entry:12", "recorder:3", "setting:timezone"
    recording_id: int | None = None
    details: dict = field(default_factory=dict)


@dataclass(frozen=True)
class AuditEvent:
    seq: int
    at: datetime
    kind: AuditKind
    user_id: int | None
    user_name: str
    subject: str
    recording_id: int | None
    details: dict
    prev_hash: str
    hash: str
    key_id: int
    signature: str
    id: int | None = None


@dataclass(frozen=True)
class AuditFilter:
    user_id: int | None = None
    kind: AuditKind | None = None
    recording_id: int | None = None
    date_from: datetime | None = None   # inclusive
    date_to: datetime | None = None     # exclusive
    text: str = ""                      # in the subject or the details
    newest_first: bool = True


def details_summary(details: dict, length: int = 160) -> str:
    """An event's details as one short line, `key: value; …`, empty values left out (screens, prints)."""
    parts = []
    for key, value in details.items():
        if value in (None, "", [], {}):
            continue
        shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        parts.append(f"{key}: {shown}")
    text = "; ".join(parts)
    return text if len(text) <= length else text[:length - 1] + "…"


def _time(value: datetime) -> str:
    return value.astimezone(timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


def event_bytes(seq: int, at: datetime, kind: AuditKind, user_id: int | None, user_name: str, subject: str,
                recording_id: int | None, details: dict, prev_hash: str, key_id: int) -> bytes:
    """The canonical bytes of an event: what its hash and its signature cover."""
    body = {"format": FORMAT, "seq": seq, "at": _time(at), "kind": kind.value, "user_id": user_id,
            "user_name": user_name, "subject": subject, "recording_id": recording_id, "details": details,
            "prev_hash": prev_hash, "key_id": key_id}
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def bytes_of(event: AuditEvent) -> bytes:
    return event_bytes(event.seq, event.at, event.kind, event.user_id, event.user_name, event.subject,
                       event.recording_id, event.details, event.prev_hash, event.key_id)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class ChainWalk:
    """The state of a walk over the chain, fed page by page; `problems` names each break found."""

    verify_signature: Callable[[int, bytes, str], bool]   # key id, data, signature -> valid
    sample_every: int = 1                                 # check every n-th signature (and the last)
    events: int = 0
    last_seq: int = 0
    last_hash: str = GENESIS_HASH
    last_at: datetime | None = None
    problems: list[str] = field(default_factory=list)
    signature_failed: bool = False
    _unsigned_check: tuple | None = None                  # the latest event whose signature is not yet checked

    def feed(self, events: Iterable[AuditEvent]) -> None:
        for event in events:
            self._check(event)

    def finish(self) -> "ChainWalk":
        """Check the signature still owed by the last event; call once, after the last page."""
        if self._unsigned_check is not None:
            self._signature(*self._unsigned_check)
            self._unsigned_check = None
        return self

    def _signature(self, event: AuditEvent, data: bytes, label: str) -> None:
        if not self.verify_signature(event.key_id, data, event.signature):
            self.signature_failed = True
            self.problems.append(f"{label} is not signed by the installation key")

    def _check(self, event: AuditEvent) -> None:
        self.events += 1
        label = f"audit event {event.seq} ({event.kind.value})"
        if event.seq != self.last_seq + 1:
            if event.seq > self.last_seq + 1:
                missing = event.seq - self.last_seq - 1
                self.problems.append(f"audit events {self.last_seq + 1}–{event.seq - 1} are missing "
                                     f"({missing} deleted)" if missing > 1 else
                                     f"audit event {self.last_seq + 1} is missing (deleted)")
            else:
                self.problems.append(f"{label} is out of order: it follows event {self.last_seq}")
        data = bytes_of(event)
        if sha256_hex(data) != event.hash:
            self.problems.append(f"{label} was changed: its content no longer matches its hash")
            self._unsigned_check = None
        elif self.sample_every <= 1 or event.seq % self.sample_every == 0:
            self._signature(event, data, label)
            self._unsigned_check = None
        else:
            self._unsigned_check = (event, data, label)
        if event.prev_hash != self.last_hash:
            self.problems.append(f"{label} does not follow the event before it (the chain is broken: "
                                 "an event was removed, inserted or reordered)")
        self.last_seq, self.last_hash = event.seq, event.hash
        self.last_at = event.at if self.last_at is None else max(self.last_at, event.at)

    @property
    def ok(self) -> bool:
        return not self.problems
