"""History tables refuse changes below the app: a plain sqlite3 connection cannot rewrite them (п.9, п.13)."""

from __future__ import annotations

from contextlib import closing

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from tests.integration.conftest import count, db_path, query
from tests.db_backend import raw_connect, RAW_ERRORS


@pytest.fixture
def recorded(unit_context, responsible):
    """A unit with one recorder whose history has two entries."""
    recorder = unit_context.recorders.add(responsible, "INV-001", "SN-1", "", "generic")
    unit_context.recorders.change_status(responsible, recorder.id, "faulty", "screen cracked")
    return db_path(unit_context)


def run(path, sql: str, params: tuple = ()) -> None:
    with closing(raw_connect(path)) as conn:
        conn.execute(sql, params)
        conn.commit()


def refused(path, sql: str, params: tuple = ()) -> str:
    with pytest.raises(RAW_ERRORS) as info:
        run(path, sql, params)
    return str(info.value)


@pytest.mark.parametrize("sql", [
    "UPDATE recorder_history SET reason = 'rewritten'",
    "UPDATE recorder_history SET at = '2020-01-01 00:00:00' WHERE kind = 'status'",
    "UPDATE recorder_history SET actor_name = 'someone else' WHERE id = 1",
])
def test_history_cannot_be_updated(recorded, sql):
    before = query(recorded, "SELECT * FROM recorder_history ORDER BY id")
    assert "append-only" in refused(recorded, sql)
    assert query(recorded, "SELECT * FROM recorder_history ORDER BY id") == before


@pytest.mark.parametrize("sql", ["DELETE FROM recorder_history", "DELETE FROM recorder_history WHERE id = 2"])
def test_history_cannot_be_deleted(recorded, sql):
    assert "append-only" in refused(recorded, sql)
    assert count(recorded, "recorder_history") == 2


def test_history_can_still_be_appended(recorded):
    run(recorded, "INSERT INTO recorder_history (recorder_id, kind, at, actor_id, actor_name, details, reason) "
                  "VALUES (1, 'edited', '2026-11-23 06:00:00', NULL, '', '', 'note')")
    assert count(recorded, "recorder_history") == 3


def test_history_is_protected_from_the_app_connection_too(unit_context, recorded):
    with unit_context.engine.connect() as conn:
        with pytest.raises(DatabaseError) as info:
            conn.execute(text("DELETE FROM recorder_history"))
        assert "append-only" in str(info.value)
    assert count(recorded, "recorder_history") == 2


@pytest.fixture
def appointed(unit_context):
    """The unit's file, with its one open appointment."""
    path = db_path(unit_context)
    assert query(path, "SELECT COUNT(*) FROM appointments WHERE ends_at IS NULL") == [(1,)]
    return path


def test_closing_an_open_appointment_is_allowed(appointed):
    run(appointed, "UPDATE appointments SET ends_at = '2026-12-01 05:00:00' WHERE ends_at IS NULL")
    assert query(appointed, "SELECT ends_at FROM appointments") == [("2026-12-01 05:00:00",)]


def test_a_closed_appointment_cannot_be_reopened_or_moved(appointed):
    run(appointed, "UPDATE appointments SET ends_at = '2026-12-01 05:00:00'")
    assert "append-only" in refused(appointed, "UPDATE appointments SET ends_at = '2027-01-01 05:00:00'")
    assert "append-only" in refused(appointed, "UPDATE appointments SET ends_at = NULL")
    assert query(appointed, "SELECT ends_at FROM appointments") == [("2026-12-01 05:00:00",)]


@pytest.mark.parametrize("assignment", [
    "order_reference = 'forged'",
    "user_id = 1",
    "appointed_by_id = NULL",
    "starts_at = '2020-01-01 00:00:00'",
    "starts_at = '2020-01-01 00:00:00', ends_at = '2026-12-01 05:00:00'",   # closing while rewriting the start
    "order_reference = 'forged', ends_at = '2026-12-01 05:00:00'",
])
def test_anything_else_on_an_appointment_is_refused(appointed, assignment):
    before = query(appointed, "SELECT * FROM appointments")
    assert "append-only" in refused(appointed, f"UPDATE appointments SET {assignment}")
    assert query(appointed, "SELECT * FROM appointments") == before


def test_appointments_cannot_be_deleted(appointed):
    assert "append-only" in refused(appointed, "DELETE FROM appointments")
    assert count(appointed, "appointments") == 1
