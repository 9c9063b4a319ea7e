"""The unit's settings, kept in the database so every PC of the unit sees the same."""

from __future__ import annotations

from contextlib import closing

import pytest

from inspector_app.bootstrap import build_context
from inspector_app.errors import PermissionDenied, ValidationError
from tests.integration.conftest import query
from tests.db_backend import raw_connect

DEFAULTS = {"timezone": "Asia/Almaty", "idle_lock_minutes": 10, "battery_min_percent": 80,
            "clock_tolerance_seconds": 60, "overdue_hours": 12,
            "gap_tolerance_seconds": 10, "clock_max_idle_days": 60, "tsa_url": "", "tsa_certificate": "",
            "rolling_check_days": 30}


def test_defaults_before_set_up(context):
    assert context.unit_settings.all() == DEFAULTS
    assert context.timezone() == "Asia/Almaty"


def test_defaults_after_set_up(unit_context):
    assert unit_context.unit_settings.all() == DEFAULTS
    assert unit_context.unit_settings.get("idle_lock_minutes") == 10


def test_responsible_sets_and_it_persists(unit_context, responsible, db):
    assert unit_context.unit_settings.set(responsible, "idle_lock_minutes", "15") == 15
    unit_context.unit_settings.set(responsible, "timezone", "Asia/Aqtobe")
    assert query(db, "SELECT value FROM settings WHERE key = 'idle_lock_minutes'") == [("15",)]

    restarted = build_context(unit_context.data_dir, clock=unit_context.clock)
    try:
        assert restarted.unit_settings.all() == {**DEFAULTS, "timezone": "Asia/Aqtobe", "idle_lock_minutes": 15}
        assert restarted.timezone() == "Asia/Aqtobe"
    finally:
        restarted.close()


def test_head_may_set_too(unit_context, head):
    unit_context.unit_settings.set(head, "idle_lock_minutes", 30)
    assert unit_context.unit_settings.get("idle_lock_minutes") == 30


def test_inspector_is_refused(unit_context, inspector):
    with pytest.raises(PermissionDenied):
        unit_context.unit_settings.set(inspector, "idle_lock_minutes", 60)
    assert unit_context.unit_settings.get("idle_lock_minutes") == 10


@pytest.mark.parametrize("key, value", [
    ("idle_lock_minutes", 0), ("idle_lock_minutes", 241), ("idle_lock_minutes", "soon"),
    ("timezone", "Asia/Atlantis"), ("timezone", ""),
])
def test_bad_values_are_refused(unit_context, responsible, key, value):
    with pytest.raises(ValidationError):
        unit_context.unit_settings.set(responsible, key, value)
    assert unit_context.unit_settings.all() == DEFAULTS


@pytest.mark.parametrize("key, code", [("language", "setting_scope"), ("database_url", "setting_scope"),
                                       ("colour", "setting_unknown")])
def test_only_unit_settings_are_kept_here(unit_context, responsible, key, code):
    with pytest.raises(ValidationError) as info:
        unit_context.unit_settings.set(responsible, key, "x")
    assert info.value.code == code
    with pytest.raises(ValidationError):
        unit_context.unit_settings.get(key)


def test_a_damaged_stored_value_falls_back_to_the_default(unit_context, db):
    with closing(raw_connect(db)) as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('idle_lock_minutes', 'often')")
        conn.commit()
    assert unit_context.unit_settings.get("idle_lock_minutes") == 10
