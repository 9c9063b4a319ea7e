"""Copying a unit's database to another server table by table, and proving the copy equal.

Used to move a unit from its SQLite file to PostgreSQL (`inspector-app migrate-to`). The target is migrated
to the same schema first (its triggers in place), then every table is copied in the order of its foreign
keys, rows in key order, in batches, with the ids kept; each server sequence is then set past the largest
id. Tables kept by triggers (`recording_totals`) are not copied: the target's triggers rebuild them as the
rows arrive, and the verification compares them like every other table.

`table_digests` reads every row of every table through the same typed columns on either database and
hashes a canonical form of it, so "equal" means every value of every row, not only the counts.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Callable

from sqlalchemy import Engine, Integer, func, select, text

from storage.orm import Base

BATCH = 2_000
DERIVED_TABLES = frozenset({"recording_totals"})  # kept by triggers, rebuilt on the target


@dataclass(frozen=True)
class TableDigest:
    rows: int
    sha256: str


def tables():
    return list(Base.metadata.sorted_tables)  # parents before children


def is_empty(engine: Engine) -> bool:
    """True when none of the app's tables holds a row other than what a fresh migration puts there."""
    with engine.connect() as conn:
        for table in tables():
            if table.name in DERIVED_TABLES:
                continue
            if conn.execute(select(func.count()).select_from(table)).scalar():
                return False
    return True


class CopyMismatch(Exception):
    """The copy read back differs from the source (the target's transaction is rolled back)."""

    def __init__(self, tables: list[str]) -> None:
        super().__init__(", ".join(tables))
        self.tables = tables


def copy_rows(source: Engine, target: Engine, *, cancel: Callable[[], bool] = lambda: False,
              progress: Callable[[int, int], None] | None = None) -> dict[str, TableDigest]:
    """Every row of `source` into the (migrated, empty) `target`, in one transaction on the target, which
    commits only if every table read back from the target equals the source's (`CopyMismatch` otherwise):
    a failed or cancelled copy leaves the server as it was. Returns the tables' digests."""
    copied: dict[str, int] = {}
    with source.connect() as src:
        total = sum(src.execute(select(func.count()).select_from(t)).scalar() or 0
                    for t in tables() if t.name not in DERIVED_TABLES)
        done = 0
        with target.begin() as dst:
            for table in tables():
                if table.name in DERIVED_TABLES:
                    continue
                copied[table.name] = 0
                result = src.execution_options(stream_results=True, yield_per=BATCH).execute(
                    select(table).order_by(*table.primary_key.columns))
                for batch in result.mappings().partitions(BATCH):
                    if cancel():
                        from inspector_app.errors import OperationCancelled

                        raise OperationCancelled("The move was cancelled: nothing was kept on the server")
                    dst.execute(table.insert(), [dict(row) for row in batch])
                    copied[table.name] += len(batch)
                    done += len(batch)
                    if progress:
                        progress(done, total)
            if target.dialect.name == "postgresql":
                _advance_sequences(dst)
            theirs, ours = digests_of(src), digests_of(dst)
            differing = [name for name in theirs if theirs[name] != ours.get(name)]
            if differing:
                raise CopyMismatch(differing)
    return ours


def _advance_sequences(conn) -> None:
    for table in tables():
        for column in table.primary_key.columns:
            if isinstance(column.type, Integer):
                conn.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                    f"COALESCE((SELECT MAX({column.name}) FROM {table.name}), 0) + 1, false) "
                    f"WHERE pg_get_serial_sequence('{table.name}', '{column.name}') IS NOT NULL"))


def table_digests(engine: Engine) -> dict[str, TableDigest]:
    """Per table: the number of rows and the SHA-256 of their canonical form, in key order."""
    with engine.connect() as conn:
        return digests_of(conn)


def digests_of(conn) -> dict[str, TableDigest]:
    """`table_digests` on an open connection (inside the copy's own transaction, say)."""
    digests = {}
    for table in tables():
        digest, rows = hashlib.sha256(), 0
        result = conn.execution_options(stream_results=True, yield_per=BATCH).execute(
            select(table).order_by(*table.primary_key.columns))
        for row in result:
            digest.update(json.dumps([_canonical(v) for v in row], ensure_ascii=False, sort_keys=True).encode())
            digest.update(b"\n")
            rows += 1
        digests[table.name] = TableDigest(rows, digest.hexdigest())
    return digests


def _canonical(value):
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        return "t:" + value.isoformat()
    if isinstance(value, date):
        return "d:" + value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "b:" + bytes(value).hex()
    if isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if hasattr(value, "value") and not isinstance(value, (str, int, float)):  # an Enum
        return value.value
    return value


class DatabaseCopier:
    """Copies the database behind `source` into an empty server database (migrated here first)."""

    def __init__(self, source: Engine, backup_dir) -> None:
        self.source = source
        self.backup_dir = backup_dir

    def copy_to(self, url: str, password: str | None, *, cancel: Callable[[], bool] = lambda: False,
                progress: Callable[[int, int], None] | None = None) -> dict[str, TableDigest]:
        from inspector_app.errors import StateError
        from storage.database import open_database

        target = open_database(url, self.backup_dir, password)  # the same migrations, the same triggers
        try:
            if not is_empty(target):
                raise StateError("The server database already holds a unit's data: give an empty database "
                                 "(or schema) for this unit", code="target_not_empty")
            try:
                return copy_rows(self.source, target, cancel=cancel, progress=progress)
            except CopyMismatch as mismatch:
                raise StateError(f"The copy on the server differs from this database in: {mismatch}; nothing "
                                 "was kept on the server", code="copy_mismatch", tables=mismatch.tables) from None
        finally:
            target.dispose()
