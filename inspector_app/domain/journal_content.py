"""The canonical content of each journal record: the exact bytes an Ed25519 signature covers.

JSON with sorted keys, no spaces, UTF-8 (Kazakh and Russian letters as themselves), times in UTC
ISO 8601 to the second. The signer's role, identity, key and drawn strokes (by SHA-256) are part of
it, so a signature cannot be moved to another record, person or drawing. Changing any stored field
changes these bytes and the signature no longer verifies.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone

from inspector_app.domain.journal import Entry, Remark, Return, SignerRole, StorageMark, Strike

FORMAT = "inspector-app/journal/v1"


def _time(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def entry_content(entry: Entry, volume_number: int) -> dict:
    return {
        "act": "entry", "id": entry.id, "volume": volume_number, "number": entry.number, "kind": entry.kind.value,
        "recorder_id": entry.recorder_id, "inventory_number": entry.inventory_number, "user_id": entry.user_id,
        "user_full_name": entry.user_full_name, "at": _time(entry.at),
        "purpose": entry.purpose.value if entry.purpose else None, "battery_percent": entry.battery_percent,
        "battery_source": entry.battery_source.value if entry.battery_source else None,
        "clock_offset_seconds": entry.clock_offset_seconds, "issued_by_id": entry.issued_by_id,
        "corrects_entry_id": entry.corrects_entry_id,
    }


def return_content(ret: Return) -> dict:
    return {"act": "return", "id": ret.id, "entry_id": ret.entry_id, "returned_at": _time(ret.returned_at),
            "received_by_id": ret.received_by_id, "condition": ret.condition}


def remark_content(remark: Remark) -> dict:
    return {"act": "remark", "id": remark.id, "entry_id": remark.entry_id, "kind": remark.kind.value,
            "text": remark.text, "author_id": remark.author_id, "author_name": remark.author_name,
            "at": _time(remark.at)}


def strike_content(strike: Strike) -> dict:
    return {"act": "strike", "id": strike.id, "entry_id": strike.entry_id, "struck_at": _time(strike.struck_at),
            "struck_by_id": strike.struck_by_id, "reason": strike.reason,
            "correction_entry_id": strike.correction_entry_id}


def storage_content(mark: StorageMark) -> dict:
    return {"act": "storage", "id": mark.id, "entry_id": mark.entry_id, "stored_at": _time(mark.stored_at),
            "source": mark.source}


def signed_bytes(content: dict, role: SignerRole, user_id: int, key_id: int, strokes_sha256: str,
                 signed_at: datetime) -> bytes:
    """The bytes signed by one signer of one record."""
    document = {"format": FORMAT, "content": content, "signer": {
        "role": role.value, "user_id": user_id, "key_id": key_id, "strokes_sha256": strokes_sha256,
        "signed_at": _time(signed_at)}}
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
