"""Helpers for the integration tests: look at the SQLite file directly, bypassing the app."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from inspector_app import passwords, vault_keys
from inspector_app.paths import database_file

FAST_LOG2_N = 10


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch):
    """Hash with scrypt at n = 2**10 instead of 2**15: same code path, about 30 times quicker.

    The stored form names its parameters, so verification is unchanged; the production cost
    itself is checked in `tests/unit/test_passwords.py`, which does not use this fixture.
    """
    monkeypatch.setattr(passwords, "LOG2_N", FAST_LOG2_N)
    monkeypatch.setattr(vault_keys, "SCRYPT_LOG2_N", FAST_LOG2_N)  # the storage password's slots, likewise


def db_path(context) -> Path:
    return database_file(context.data_dir)


def query(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    """Rows of `sql` run on the file with plain sqlite3 (no app code, no triggers switched off)."""
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql, params).fetchall()


def count(path: Path, table: str) -> int:
    return query(path, f"SELECT COUNT(*) FROM {table}")[0][0]


@pytest.fixture
def db(context) -> Path:
    """The SQLite file under the test's context."""
    return db_path(context)
