"""The unit's time zone: display of stored UTC times and reading recorder clocks.

Kazakhstan has used a single zone, UTC+5, since 1 March 2024; the IANA name
`Asia/Almaty` carries that rule in tzdata 2024a and later (the `tzdata` package
is a dependency so Windows, which has no zone database, gets it too).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from inspector_app.errors import ValidationError

DEFAULT_TIMEZONE = "Asia/Almaty"


def zone(name: str) -> ZoneInfo:
    """The zone for an IANA name; a clear error for an unknown one."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(f"Unknown time zone: {name}", code="timezone", name=name) from exc


def to_local(value: datetime, zone_name: str) -> datetime:
    """A stored UTC time shown in the unit's zone."""
    return value.astimezone(zone(zone_name))


def format_local(value: datetime | None, zone_name: str, pattern: str = "%d.%m.%Y %H:%M") -> str:
    """Day-first, as Kazakh and Russian documents write dates; empty for None."""
    if value is None:
        return ""
    return to_local(value, zone_name).strftime(pattern)


def zone_names() -> list[str]:
    """All known zone names, Kazakhstan's first."""
    names = sorted(available_timezones())
    first = [n for n in ("Asia/Almaty", "Asia/Qostanay", "Asia/Aqtobe", "Asia/Aqtau", "Asia/Oral") if n in names]
    return first + [n for n in names if n not in first]
