"""The database side of backups: a consistent copy with the facts of that very copy, and its restore.

SQLite: the online backup API (as `backup_sqlite` does before a migration), a few pages at a time so a
cancel stops it; the copy is switched to a rollback journal so it is one self-contained file, and the
facts are read from it. PostgreSQL: one REPEATABLE READ transaction exports its snapshot, reads the facts
and holds the snapshot while `pg_dump --format=custom --snapshot=...` dumps exactly what it saw. A restore
goes into a new data folder (SQLite) or a new, empty database (`pg_restore --no-owner` in one transaction).
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, func, select, text

from inspector_app.domain.backup import UnitFacts
from inspector_app.errors import OperationCancelled, StateError
from inspector_app.paths import database_file
from inspector_app.services.backup_manifest import copy_hashed
from storage.database import HEAD_REVISION, make_engine, sqlite_url
from storage.orm import AuditEventRow, JournalEntryRow, RecordingRow
from storage.pg_tools import run_tool, shown

logger = logging.getLogger(__name__)

PAGES_PER_STEP = 4096
_SYSTEM_SCHEMAS = ("n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' "
                   "AND n.nspname NOT LIKE 'pg\\_temp%'")


def facts_of(conn) -> UnitFacts:
    def count(row) -> int:
        return conn.execute(select(func.count()).select_from(row.__table__)).scalar_one()

    newest = conn.execute(select(AuditEventRow.seq, AuditEventRow.hash).order_by(AuditEventRow.seq.desc())
                          .limit(1)).first()
    return UnitFacts(count(RecordingRow), count(JournalEntryRow), count(AuditEventRow),
                     int(newest[0]) if newest else 0, newest[1] if newest else "")


class DatabaseArchive:
    """Implements the `DatabaseArchive` port of `inspector_app/services/backup.py` over the app's engine."""

    schema_revision = HEAD_REVISION

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.kind = "postgresql" if engine.dialect.name == "postgresql" else "sqlite"

    def dump(self, target: Path, cancel=None) -> UnitFacts:
        """Write a consistent copy of the database to the new file `target`; the facts of that copy."""
        return self._dump_postgres(target, cancel) if self.kind == "postgresql" else self._dump_sqlite(target, cancel)

    def _dump_sqlite(self, target: Path, cancel) -> UnitFacts:
        source_path = Path(self.engine.url.database or "")
        if not source_path.is_file():
            raise StateError(f"The database file {source_path} is missing", code="backup_no_database")

        def step(_status, _remaining, _total) -> None:
            if cancel is not None and cancel():
                raise OperationCancelled("The backup was cancelled: nothing was left behind")

        source = sqlite3.connect(source_path)  # only read: the backup API copies pages, it never writes the source
        try:
            dest = sqlite3.connect(target)
            try:
                source.backup(dest, pages=PAGES_PER_STEP, progress=step)
                dest.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
            finally:
                dest.close()
        finally:
            source.close()
        copy = create_engine(sqlite_url(target))
        try:
            with copy.connect() as conn:
                return facts_of(conn)
        finally:
            copy.dispose()

    def _dump_postgres(self, target: Path, cancel) -> UnitFacts:
        with self.engine.connect() as conn:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                snapshot = conn.execute(text("SELECT pg_export_snapshot()")).scalar_one()
                facts = facts_of(conn)
                run_tool("pg_dump", ["--format=custom", f"--snapshot={snapshot}", f"--file={target}"],
                         self.engine.url, cancel)
        return facts


class DatabaseRestore:
    """Implements the `DatabaseRestore` port of `inspector_app/services/backup_restore.py`."""

    def check_empty(self, url: str) -> None:
        """Refuse a database that holds anything (a table, sequence, view, function) outside the system's."""
        engine = _engine(url)
        try:
            with engine.connect() as conn:
                relations = conn.execute(text(
                    f"SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    f"WHERE {_SYSTEM_SCHEMAS}")).scalar_one()
                routines = conn.execute(text(
                    f"SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                    f"WHERE {_SYSTEM_SCHEMAS}")).scalar_one()
        except Exception as error:
            raise StateError(f"Cannot open the database {shown(url)}: {type(error).__name__}",
                             code="restore_database_unreachable") from error
        finally:
            engine.dispose()
        if relations or routines:
            raise StateError(f"The database {shown(url)} is not empty ({relations} relation(s), {routines} "
                             "function(s)): a backup is restored only into a new, empty database; nothing was "
                             "touched", code="restore_target_not_empty")

    def restore(self, kind: str, dump: Path, data_dir: Path, url: str | None, cancel=None) -> str | None:
        """Load `dump` into the new data folder's file (its SHA-256) or into the empty database `url` (None)."""
        if kind == "sqlite":
            return copy_hashed(dump, database_file(data_dir), cancel, mode=0o600)[0]
        run_tool("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction"],
                 url, cancel, files=(str(dump),))
        return None

    def facts(self, data_dir: Path, url: str | None) -> UnitFacts:
        engine = create_engine(url) if url else create_engine(sqlite_url(database_file(data_dir)))
        try:
            with engine.connect() as conn:
                return facts_of(conn)
        finally:
            engine.dispose()

    def discard(self, url: str) -> None:
        """Drop what a restore put into `url` (checked empty before it), after a failure or a refusal."""
        engine = _engine(url)
        try:
            with engine.begin() as conn:
                kinds = {"r": "TABLE", "p": "TABLE", "v": "VIEW", "m": "MATERIALIZED VIEW", "f": "FOREIGN TABLE",
                         "S": "SEQUENCE"}
                rows = conn.execute(text(
                    "SELECT format('%I.%I', n.nspname, c.relname), c.relkind FROM pg_class c "
                    f"JOIN pg_namespace n ON n.oid = c.relnamespace WHERE {_SYSTEM_SCHEMAS} "
                    "AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') ORDER BY c.relkind = 'S'")).all()
                for name, relkind in rows:
                    conn.execute(text(f"DROP {kinds[relkind]} IF EXISTS {name} CASCADE"))
                for (routine,) in conn.execute(text(
                        "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                        f"WHERE {_SYSTEM_SCHEMAS}")).all():
                    conn.execute(text(f"DROP ROUTINE IF EXISTS {routine} CASCADE"))
                for (name,) in conn.execute(text(
                        "SELECT format('%I.%I', n.nspname, t.typname) FROM pg_type t JOIN pg_namespace n "
                        f"ON n.oid = t.typnamespace WHERE {_SYSTEM_SCHEMAS} AND t.typtype IN ('e', 'd', 'r', 'm')"
                        )).all():
                    conn.execute(text(f"DROP TYPE IF EXISTS {name} CASCADE"))
        finally:
            engine.dispose()
        logger.info("the unfinished restore was removed from %s", shown(url))


def _engine(url: str) -> Engine:
    return make_engine(url)
