"""Seals of recordings: the canonical bytes of a stored recording's facts, signed at ingest (п.13).

A seal covers the file's SHA-256 and size, the recorder (inventory number and serial), the recording's
start and end and where they came from, the moment it was stored, the recorder clock's offset at the
dock, the journal entry of the issue, and the hash of its thumbnail: everything that says what the
recording is and when it was made. It is signed by the installation key in the same transaction that
stores the recording, so there is never a stored recording without its seal.

`seal_content` rebuilds the facts from a stored `Recording`; `differences` compares them with what the
seal holds and names each field that no longer agrees, so a timestamp changed in the database behind
the app's back is reported by name.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone

from inspector_app.domain.recordings import Recording

FORMAT = "inspector-app/seal/v1"

# Facts of the recording row a seal covers; the serial and the clock offset come from elsewhere.
ROW_FIELDS = ("sha256", "size", "recorder_id", "inventory_number", "source_name", "kind", "start_utc", "end_utc",
              "start_source", "original_time_text", "duration_seconds", "width", "height", "fps",
              "sequence_number", "readable", "ingested_at", "ingest_run_id", "entry_id", "user_id")


@dataclass(frozen=True)
class Seal:
    recording_id: int
    key_id: int
    sealed_at: datetime
    content: str        # canonical JSON, exactly the signed bytes decoded as UTF-8
    signature: str      # base64 Ed25519 over `content`'s bytes
    id: int | None = None

    @property
    def content_bytes(self) -> bytes:
        return self.content.encode("utf-8")

    @property
    def facts(self) -> dict:
        return json.loads(self.content)

    @property
    def digest(self) -> bytes:
        """SHA-256 of the signed bytes: what a time-stamp authority stamps for this seal."""
        return hashlib.sha256(self.content_bytes).digest()


def fact_value(value):
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")
    if hasattr(value, "value"):  # enums
        return value.value
    if isinstance(value, float):
        return repr(value)  # exact and stable across platforms
    return value


def thumbnail_sha256(thumbnail: bytes | None) -> str | None:
    return hashlib.sha256(thumbnail).hexdigest() if thumbnail else None


def seal_content(recording: Recording, *, serial_number: str, clock_offset_seconds: int | None,
                 clock_offset_measured: bool) -> dict:
    facts = {name: fact_value(getattr(recording, name)) for name in ROW_FIELDS}
    facts.update(format=FORMAT, serial_number=serial_number, clock_offset_seconds=clock_offset_seconds,
                 clock_offset_measured=clock_offset_measured, thumbnail_sha256=thumbnail_sha256(recording.thumbnail))
    return facts


def canonical(facts: dict) -> str:
    return json.dumps(facts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def differences(recording: Recording, sealed: dict, check_thumbnail: bool = True) -> list[str]:
    """The names of the recording's facts that differ from the seal (the row or the thumbnail changed).
    `check_thumbnail=False` when the thumbnail is encrypted and the vault locked."""
    found = []
    for name in ROW_FIELDS:
        if fact_value(getattr(recording, name)) != sealed.get(name):
            found.append(name)
    if check_thumbnail and thumbnail_sha256(recording.thumbnail) != sealed.get("thumbnail_sha256"):
        found.append("thumbnail")
    return found
