"""Helpers for the integration tests: look at the SQLite file directly, bypassing the app."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from inspector_app.paths import database_file


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
