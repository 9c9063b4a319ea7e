"""Opening the database: pragmas, migration on first start, backups, and refusing a newer schema."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from inspector_app.bootstrap import build_context
from inspector_app.errors import StateError
from inspector_app.paths import backup_dir
from storage.database import HEAD_REVISION, backup_sqlite, current_revision, make_engine, open_database, sqlite_url
from tests.integration.conftest import count, query


@pytest.fixture
def fresh_database(sqlite_database):
    """The SQLite file itself is under test here (its backups, its pragmas), on both passes of the suite."""
    return sqlite_database


@pytest.fixture
def opened(tmp_path):
    """Open (create and migrate) a fresh file; give its path, engine and backup folder."""
    path, backups = tmp_path / "fresh.sqlite", tmp_path / "backups"
    engine = open_database(sqlite_url(path), backups)
    yield path, engine, backups
    engine.dispose()


def test_a_fresh_file_is_created_and_migrated_to_head(opened):
    path, engine, backups = opened
    assert path.exists()
    assert current_revision(engine) == HEAD_REVISION
    assert query(path, "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]


def test_a_fresh_file_is_not_backed_up(opened):
    _path, _engine, backups = opened
    assert not backups.exists() or not any(backups.iterdir())


def test_a_fresh_file_is_in_wal_mode(opened):
    path, _engine, _backups = opened
    # WAL is persistent: a plain connection that sets nothing sees it.
    assert query(path, "PRAGMA journal_mode") == [("wal",)]


def test_app_connections_enforce_foreign_keys(opened):
    _path, engine, _backups = opened
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        with pytest.raises(IntegrityError):
            conn.execute(text("INSERT INTO appointments (user_id, order_reference, starts_at) "
                              "VALUES (999, '', '2026-11-23 05:00:00')"))


def test_reopening_a_current_file_takes_no_backup(unit_context):
    data_dir, clock = unit_context.data_dir, unit_context.clock
    again = build_context(data_dir, clock=clock)
    try:
        assert again.unit() is not None
        assert again.unit().code == "ALA"
    finally:
        again.close()
    backups = backup_dir(data_dir)
    assert not backups.exists() or not any(backups.iterdir())


def test_backup_is_a_readable_copy_with_the_same_rows(unit_context, responsible, tmp_path):
    unit_context.recorders.add(responsible, "INV-001", "SN-1", "DS-MCW406", "hikvision-dswa")
    target = backup_sqlite(unit_context.engine, tmp_path / "copies", "manual")
    assert target is not None and target.parent == tmp_path / "copies"
    assert target.name.startswith("inspector-") and target.name.endswith("-manual.sqlite")
    source = unit_context.data_dir / "inspector.sqlite"
    for table in ("units", "users", "appointments", "recorders", "recorder_history", "settings", "alembic_version"):
        assert query(target, f"SELECT * FROM {table} ORDER BY 1") == query(source, f"SELECT * FROM {table} ORDER BY 1")
    assert count(target, "users") == 3
    assert query(target, "SELECT inventory_number FROM recorders") == [("INV-001",)]
    with closing(sqlite3.connect(target)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_backup_of_an_in_memory_database_is_none(tmp_path):
    engine = make_engine("sqlite://")
    try:
        assert backup_sqlite(engine, tmp_path / "copies", "x") is None
    finally:
        engine.dispose()
    assert not (tmp_path / "copies").exists()


def _dump(path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return list(conn.iterdump())


def test_a_newer_schema_is_refused_and_left_untouched(unit_context):
    path = unit_context.data_dir / "inspector.sqlite"
    unit_context.close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        conn.commit()
    before = _dump(path)
    backups = unit_context.data_dir / "backups"

    with pytest.raises(StateError) as info:
        open_database(sqlite_url(path), backups)

    assert info.value.code == "schema_newer"
    assert info.value.params["revision"] == "9999_from_the_future"
    assert _dump(path) == before
    assert not backups.exists()


def test_build_context_refuses_a_newer_schema_too(unit_context):
    path = unit_context.data_dir / "inspector.sqlite"
    unit_context.close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
        conn.commit()
    with pytest.raises(StateError):
        build_context(unit_context.data_dir, clock=unit_context.clock)
    assert query(path, "SELECT version_num FROM alembic_version") == [("ffff",)]


def test_a_refused_database_is_not_held_open(unit_context, monkeypatch):
    # After the refusal no pooled connection may keep the file open (Windows would lock it).
    from storage import database

    path = unit_context.data_dir / "inspector.sqlite"
    unit_context.close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
        conn.commit()
    made = []
    monkeypatch.setattr(database, "make_engine", lambda url, password=None: made.append(make_engine(url)) or made[-1])
    with pytest.raises(StateError):
        database.open_database(sqlite_url(path), unit_context.data_dir / "backups")
    assert len(made) == 1
    assert made[0].pool.checkedin() == 0
