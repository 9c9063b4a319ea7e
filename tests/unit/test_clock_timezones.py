"""Clocks and the unit's time zone."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from inspector_app.clock import FixedClock, SystemClock, as_utc
from inspector_app.errors import ValidationError
from inspector_app.timezones import DEFAULT_TIMEZONE, format_local, to_local, zone, zone_names

START = datetime(2026, 11, 23, 5, 0, tzinfo=timezone.utc)


def test_fixed_clock_stands_still():
    clock = FixedClock(START)
    assert clock.now() == START
    assert clock.now() == START


def test_fixed_clock_advances_by_delta_or_keywords():
    clock = FixedClock(START)
    assert clock.advance(timedelta(minutes=5)) == START + timedelta(minutes=5)
    assert clock.advance(hours=1, seconds=30) == START + timedelta(minutes=65, seconds=30)
    assert clock.now() == START + timedelta(minutes=65, seconds=30)


def test_fixed_clock_keeps_utc_when_started_in_another_zone():
    clock = FixedClock(datetime(2026, 11, 23, 10, 0, tzinfo=timezone(timedelta(hours=5))))
    assert clock.now() == START
    assert clock.now().utcoffset() == timedelta(0)


def test_fixed_clock_set():
    clock = FixedClock(START)
    clock.set(datetime(2027, 1, 1, tzinfo=timezone.utc))
    assert clock.now() == datetime(2027, 1, 1, tzinfo=timezone.utc)


def test_fixed_clock_refuses_naive_time():
    with pytest.raises(ValueError):
        FixedClock(datetime(2026, 11, 23, 5, 0))


def test_system_clock_is_aware_utc():
    now = SystemClock().now()
    assert now.utcoffset() == timedelta(0)


def test_as_utc_treats_naive_as_utc_and_converts_aware():
    assert as_utc(datetime(2026, 11, 23, 5, 0)) == START
    assert as_utc(datetime(2026, 11, 23, 10, 0, tzinfo=timezone(timedelta(hours=5)))).tzinfo is timezone.utc


def test_default_zone_is_almaty():
    assert DEFAULT_TIMEZONE == "Asia/Almaty"


def test_almaty_is_utc_plus_5_after_march_2024():
    # Kazakhstan moved to a single zone, UTC+5, on 1 March 2024; an old tz database would say +6.
    local = to_local(START, "Asia/Almaty")
    assert (local.hour, local.minute) == (10, 0)
    assert local.utcoffset() == timedelta(hours=5)


def test_almaty_was_utc_plus_6_before_march_2024():
    assert to_local(datetime(2024, 2, 1, tzinfo=timezone.utc), "Asia/Almaty").utcoffset() == timedelta(hours=6)


@pytest.mark.parametrize("name", ["Asia/Atlantis", "", "../../etc/passwd", "Asia/Almaty "])
def test_unknown_zone_is_a_validation_error(name):
    with pytest.raises(ValidationError) as info:
        zone(name)
    assert info.value.code == "timezone"


def test_format_local_is_day_first():
    assert format_local(START, "Asia/Almaty") == "23.11.2026 10:00"
    assert format_local(datetime(2026, 3, 4, 20, 5, tzinfo=timezone.utc), "Asia/Almaty") == "05.03.2026 01:05"


def test_format_local_of_nothing_is_empty():
    assert format_local(None, "Asia/Almaty") == ""


def test_format_local_with_a_pattern():
    assert format_local(START, "Asia/Almaty", "%d.%m.%Y") == "23.11.2026"


def test_zone_names_put_kazakhstan_first():
    names = zone_names()
    assert names[0] == "Asia/Almaty"
    assert "Europe/Moscow" in names
    assert len(names) == len(set(names))
