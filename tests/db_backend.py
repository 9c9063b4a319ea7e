"""Which database the tests run on: SQLite files (the default) or a real PostgreSQL server.

``INSPECTOR_TEST_DB=postgresql`` with ``INSPECTOR_TEST_PG_URL`` (an administrator's URL of a running server,
such as ``postgresql+psycopg://postgres@127.0.0.1:55432/postgres``) runs the same tests on PostgreSQL: the schema
is migrated once per run into a database of the run's own, and each test starts from it emptied: every other
connection to it ended, every row deleted with the triggers held off (as a superuser may), every sequence
restarted. That is 40 ms a test where copying a template database took 350. `test.sh` starts the server.
"""

from __future__ import annotations

import itertools
import os
import re
from contextlib import closing
from pathlib import Path

from sqlalchemy.engine import make_url

BACKEND = os.environ.get("INSPECTOR_TEST_DB", "sqlite")
ON_POSTGRES = BACKEND == "postgresql"
_serial = itertools.count(1)


def admin_url() -> str:
    url = os.environ.get("INSPECTOR_TEST_PG_URL", "")
    if not url:
        raise RuntimeError("INSPECTOR_TEST_DB=postgresql needs INSPECTOR_TEST_PG_URL (see README, Tests)")
    return url


def _libpq(url: str) -> str:
    """The URL psycopg itself takes (no '+psycopg' driver suffix), for the tests' own connections: on the
    loopback without TLS (a handshake is most of a connection's 9 ms; the app's connections keep theirs)."""
    parsed = make_url(url).set(drivername="postgresql")
    if "sslmode" not in parsed.query:
        parsed = parsed.update_query_dict({"sslmode": "disable"})
    return parsed.render_as_string(hide_password=False)


def database_url(name: str) -> str:
    return make_url(admin_url()).set(database=name).render_as_string(hide_password=False)


def admin_execute(statement: str) -> None:
    import psycopg

    with closing(psycopg.connect(_libpq(admin_url()), autocommit=True)) as conn:
        conn.execute(statement)


def new_database_name(prefix: str = "t") -> str:
    return f"insp_{prefix}_{os.getpid()}_{next(_serial)}"


def create_database(name: str, template: str | None = None) -> str:
    admin_execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    return database_url(name)


def drop_database(name: str) -> None:
    admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _admin_connection(url: str):
    import psycopg

    return psycopg.connect(_libpq(url), autocommit=True)


def _app_tables(conn) -> list[str]:
    return [row[0] for row in conn.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'alembic_version' "
        "ORDER BY tablename")]


def _sequences(conn) -> list[str]:
    return [row[0] for row in conn.execute(
        "SELECT sequencename FROM pg_sequences WHERE schemaname = current_schema() ORDER BY sequencename")]


def empty(url: str) -> None:
    """The database at `url` as freshly migrated: no other connection, no row, every sequence at its start."""
    with closing(_admin_connection(url)) as conn:
        _empty(conn)


_EMPTYING: dict[str, str] = {}  # database -> the statements that empty it (its tables do not change in a run)


def _empty(conn) -> None:
    conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                 "WHERE datname = current_database() AND pid <> pg_backend_pid()")
    # A test that played the tamperer switched a trigger off (DROP TRIGGER, spelled for PostgreSQL): on again.
    for table, trigger in conn.execute("SELECT tgrelid::regclass::text, tgname FROM pg_trigger "
                                       "WHERE tgenabled = 'D' AND NOT tgisinternal").fetchall():
        conn.execute(f'ALTER TABLE {table} ENABLE TRIGGER "{trigger}"')
    name = conn.info.dbname
    if name not in _EMPTYING:
        _EMPTYING[name] = "; ".join(
            ["SET session_replication_role = replica", "BEGIN"]  # the append-only triggers held off
            + [f'DELETE FROM "{table}"' for table in _app_tables(conn)]
            + [f'ALTER SEQUENCE "{sequence}" RESTART' for sequence in _sequences(conn)]
            + ["COMMIT", "SET session_replication_role = DEFAULT"])
    conn.execute(_EMPTYING[name])  # one round trip


def snapshot(url: str) -> dict:
    """Every row (in PostgreSQL's binary COPY form) and every sequence's position, to `restore` later."""
    with closing(_admin_connection(url)) as conn:
        rows = {}
        for table in _app_tables(conn):
            with conn.cursor().copy(f'COPY "{table}" TO STDOUT (FORMAT binary)') as copy:
                rows[table] = b"".join(bytes(chunk) for chunk in copy)
        sequences = {name: conn.execute(f'SELECT last_value, is_called FROM "{name}"').fetchone()
                     for name in _sequences(conn)}
    return {"rows": rows, "sequences": sequences}


def restore(url: str, saved: dict) -> None:
    """The database at `url` exactly as `snapshot` saw it."""
    with closing(_admin_connection(url)) as conn:
        _empty(conn)
        conn.execute("SET session_replication_role = replica")
        with conn.transaction():
            for table, data in saved["rows"].items():
                with conn.cursor().copy(f'COPY "{table}" FROM STDIN (FORMAT binary)') as copy:
                    copy.write(data)
            for name, (value, called) in saved["sequences"].items():
                conn.execute("SELECT setval(%s, %s, %s)", (name, value, called))
        conn.execute("SET session_replication_role = DEFAULT")


class RawDatabase:
    """A test's database seen without the app: plain sqlite3 on the file, or plain psycopg on the server."""

    def __init__(self, path: Path | None = None, url: str | None = None) -> None:
        self.path, self.url = path, url

    @property
    def dialect(self) -> str:
        return "sqlite" if self.url is None else "postgresql"

    def __fspath__(self) -> str:  # the SQLite-only tests open it as a file
        if self.path is None:
            raise TypeError("a PostgreSQL database is not a file")
        return str(self.path)

    def connect(self):
        """A DB-API connection (no app code, no trigger switched off); `?` placeholders work on both."""
        if self.url is None:
            import sqlite3

            return sqlite3.connect(self.path)
        import psycopg

        from psycopg.types.string import TextLoader

        # Autocommit: a refused statement (a trigger's) does not poison the next one, as in sqlite3.
        conn = psycopg.connect(_libpq(self.url), autocommit=True)
        conn.adapters.register_loader("timestamp", TextLoader)  # read back as text, as sqlite3 gives it
        return _QmarkConnection(conn)

    def tables(self) -> list[str]:
        """The names of the app's tables (the database's own bookkeeping left out)."""
        if self.url is None:
            sql = "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'sqlite_sequence'"
        else:
            sql = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        return sorted(row[0] for row in self.query(sql))

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        with closing(self.connect()) as conn:
            rows = conn.execute(sql, params).fetchall()
            conn.commit()
            return rows


def raw_connect(target):
    """`sqlite3.connect` for a path, the backend's own connection for a `RawDatabase`."""
    if isinstance(target, RawDatabase):
        return target.connect()
    import sqlite3

    return sqlite3.connect(target)


def _errors(name: str) -> tuple[type, ...]:
    import sqlite3

    import psycopg

    return getattr(sqlite3, name), getattr(psycopg, name)


# What a refused raw statement raises, on either database (a trigger's refusal, a broken constraint).
RAW_ERRORS = _errors("DatabaseError")
RAW_INTEGRITY_ERRORS = _errors("IntegrityError")

_QMARK = re.compile(r"\?")
# A tamperer with the database's own rights, spelled the SQLite way in the tests, done the PostgreSQL way.
_TAMPERING = [
    (re.compile(r"^\s*DROP TRIGGER (\w+?)_no_(?:update|delete)\s*$", re.I), r"ALTER TABLE \1 DISABLE TRIGGER \1_append_only"),
    (re.compile(r"^\s*PRAGMA foreign_keys\s*=\s*OFF\s*$", re.I), "SET session_replication_role = replica"),
]


def postgres_spelling(sql: str) -> str:
    for pattern, replacement in _TAMPERING:
        sql = pattern.sub(replacement, sql)
    return sql


class _QmarkConnection:
    """psycopg with SQLite's `?` placeholders, so one raw statement serves both databases in the tests."""

    def __init__(self, conn) -> None:
        self._conn = conn

    def execute(self, sql: str, params: tuple = ()):
        sql = postgres_spelling(sql)
        return self._conn.execute(_QMARK.sub("%s", sql.replace("%", "%%")) if params else sql, params or None)

    def executemany(self, sql: str, rows) -> None:
        with self._conn.cursor() as cursor:
            cursor.executemany(_QMARK.sub("%s", postgres_spelling(sql).replace("%", "%%")), list(rows))

    def commit(self) -> None:
        self._conn.commit()

    def rollback(self) -> None:
        self._conn.rollback()

    def close(self) -> None:
        self._conn.close()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, *_):
        (self.rollback if exc_type else self.commit)()
