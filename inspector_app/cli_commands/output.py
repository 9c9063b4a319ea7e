"""Turning domain objects into JSON-ready dicts (times in ISO 8601 UTC) and into plain-text tables."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Iterable, Sequence

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
