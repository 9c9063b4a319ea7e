"""Helpers for the integration tests: look at the SQLite file directly, bypassing the app."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector_app import passwords, vault_keys
from inspector_app.paths import database_file
from tests.db_backend import RawDatabase

FAST_LOG2_N = 10


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch):
    """Hash with scrypt at n = 2**10 instead of 2**15: same code path, about 30 times quicker.

    The stored form names its parameters, so verification is unchanged; the production cost
    itself is checked in `tests/unit/test_passwords.py`, which does not use this fixture.
    """
    monkeypatch.setattr(passwords, "LOG2_N", FAST_LOG2_N)
    monkeypatch.setattr(vault_keys, "SCRYPT_LOG2_N", FAST_LOG2_N)  # the storage password's slots, likewise


def db_path(context) -> RawDatabase:
    """The test's database, to be looked at without the app: the SQLite file, or the PostgreSQL database."""
    if context.engine is not None and context.engine.dialect.name == "postgresql":
        return RawDatabase(url=context.engine.url.render_as_string(hide_password=False))
    return RawDatabase(path=database_file(context.data_dir))


def query(db: RawDatabase | Path, sql: str, params: tuple = ()) -> list[tuple]:
    """Rows of `sql` run with plain sqlite3 or psycopg (no app code, no triggers switched off)."""
    if not isinstance(db, RawDatabase):
        db = RawDatabase(path=Path(db))
    return db.query(sql, params)


def count(db: RawDatabase | Path, table: str) -> int:
    return query(db, f"SELECT COUNT(*) FROM {table}")[0][0]


@pytest.fixture
def db(context) -> RawDatabase:
    """The database under the test's context, seen without the app."""
    return db_path(context)
