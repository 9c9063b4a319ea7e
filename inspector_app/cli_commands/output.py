"""Turning domain objects into JSON-ready dicts (times in ISO 8601 UTC) and into plain-text tables."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Iterable, Sequence

from inspector_app.domain.journal import JournalRow, Volume
from inspector_app.domain.recorders import Recorder, RecorderHistoryEntry
from inspector_app.domain.unit import Unit
from inspector_app.domain.users import UserView


def iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).isoformat()


def unit_json(unit: Unit) -> dict[str, Any]:
    return {"code": unit.code, "name_kk": unit.name_kk, "name_ru": unit.name_ru, "created_at": iso(unit.created_at)}


def user_json(user: UserView) -> dict[str, Any]:
    return {"id": user.id, "login": user.login, "full_name": user.full_name, "position": user.position,
            "role": user.role.value, "active": user.active, "locked_until": iso(user.locked_until)}


def recorder_json(recorder: Recorder) -> dict[str, Any]:
    return {"id": recorder.id, "inventory_number": recorder.inventory_number,
            "serial_number": recorder.serial_number, "model": recorder.model,
            "vendor_profile": recorder.vendor_profile, "status": recorder.status.value,
            "created_at": iso(recorder.created_at)}


def history_json(entry: RecorderHistoryEntry) -> dict[str, Any]:
    return {"id": entry.id, "kind": entry.kind.value, "at": iso(entry.at), "actor": entry.actor_name,
            "from_status": entry.from_status.value if entry.from_status else None,
            "to_status": entry.to_status.value if entry.to_status else None,
            "details": entry.details, "reason": entry.reason}


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """Left-aligned columns two spaces apart; cells are flattened to one line."""
    cells = [[_cell(v) for v in headers]] + [[_cell(v) for v in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = ["  ".join(value.ljust(width) for value, width in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return "; ".join(part.strip() for part in str(value).splitlines() if part.strip())


def volume_json(volume: Volume, entries: int | None = None) -> dict[str, Any]:
    payload = {"number": volume.number, "registration_index": volume.registration_index,
               "started_at": iso(volume.started_at), "ended_at": iso(volume.ended_at)}
    if entries is not None:
        payload["entries"] = entries
    return payload


def journal_row_json(row: JournalRow) -> dict[str, Any]:
    """A journal row: its seven columns (Appendix 1), what was checked at issue, and its state."""
    entry = row.entry
    return {
        "entry_id": entry.id, "volume": row.volume_number, "kind": entry.kind.value, "state": row.state.value,
        "number": entry.number,                                                    # 1
        "inventory_number": entry.inventory_number,                                # 2
        "user_full_name": entry.user_full_name,                                    # 3
        "received_at": iso(entry.at),                                              # 4
        "returned_at": iso(row.returned.returned_at) if row.returned else None,    # 5
        "stored_at": iso(row.stored.stored_at) if row.stored else None,            # 6
        "remarks": [{"kind": r.kind.value, "text": r.text, "author": r.author_name, "at": iso(r.at)}
                    for r in row.remarks],                                         # 7
        "purpose": entry.purpose.value if entry.purpose else None, "battery_percent": entry.battery_percent,
        "clock_offset_seconds": entry.clock_offset_seconds,
        "return_condition": row.returned.condition if row.returned else None,
        "corrects_entry_id": entry.corrects_entry_id,
        "struck": None if row.strike is None else {
            "at": iso(row.strike.struck_at), "reason": row.strike.reason,
            "correction_entry_id": row.strike.correction_entry_id},
    }
