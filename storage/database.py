"""Engines, the SQLite pragmas, the backup before a migration, and migrating to the newest schema.

The app calls `open_database(url, backup_dir)` once, in the bootstrap: it backs up an existing
SQLite file whose schema is older than the code's, then upgrades it with Alembic. When the schema
is already current (the common case) Alembic is not even imported, which keeps start-up quick.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, make_url, text

from inspector_app.errors import StateError

logger = logging.getLogger(__name__)

# The newest migration; a test checks it matches Alembic's head.
HEAD_REVISION = "0009"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def make_engine(url: str, password: str | None = None) -> Engine:
    """An engine for `url`; a server's password is given apart (inspector_app/database_location.py)."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 15})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    connect_args = {"connect_timeout": 10, "application_name": "inspector-app"}
    if "sslmode=" not in url:
        connect_args["sslmode"] = "prefer"  # TLS whenever the server offers it
    target = make_url(url)
    if password:  # held by the URL object in memory only: SQLAlchemy prints it as *** (and pg_dump gets it
        target = target.set(password=password)  # through PGPASSWORD, storage/pg_tools.py)
    return create_engine(target, pool_pre_ping=True, connect_args=connect_args)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=15000")
    cursor.close()
    # SQLite's own lower() (used by ILIKE) folds only ASCII; searches must ignore the case of Kazakh and Russian too.
    dbapi_connection.create_function("lower", 1, _unicode_lower, deterministic=True)


def _unicode_lower(value):
    return value.lower() if isinstance(value, str) else value


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config(engine: Engine):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def backup_sqlite(engine: Engine, backup_dir: Path, label: str) -> Path | None:
    """A consistent copy of the SQLite file (online backup API, WAL included); None for other databases."""
    if engine.dialect.name != "sqlite" or not engine.url.database or engine.url.database == ":memory:":
        return None
    source_path = Path(engine.url.database)
    if not source_path.exists():
        return None
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"{source_path.stem}-{stamp}-{label}.sqlite"
    serial = 1
    while target.exists():  # two backups in one second keep both
        serial += 1
        target = backup_dir / f"{source_path.stem}-{stamp}-{label}-{serial}.sqlite"
    source = sqlite3.connect(source_path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    logger.info("database backed up to %s", target)
    return target


def open_database(url: str, backup_dir: Path, password: str | None = None) -> Engine:
    """Engine for `url`, migrated to `HEAD_REVISION`, with a backup taken first if the file had data."""
    engine = make_engine(url, password)
    try:
        revision = _first_contact(engine)
        if revision == HEAD_REVISION:
            return engine
        if revision is not None:
            known = _known_revisions()
            if revision not in known:
                raise StateError(f"The database schema ({revision}) is newer than this program; update the program",
                                 code="schema_newer", revision=revision)
            backup_sqlite(engine, backup_dir, f"before-{HEAD_REVISION}")
        logger.info("migrating database from %s to %s", revision, HEAD_REVISION)
        _upgrade_or_explain(engine, revision)
        return engine
    except BaseException:
        engine.dispose()  # let go of the file: nothing may hold it open after a refusal or a failed migration
        raise


def _upgrade_or_explain(engine: Engine, revision: str | None) -> None:
    """Migrate; on a shared server whose unit role may not change the schema, say who can."""
    from sqlalchemy.exc import ProgrammingError

    try:
        upgrade(engine)
    except ProgrammingError as error:
        if engine.dialect.name != "postgresql" or "permission denied" not in str(error.orig).lower():
            raise
        raise StateError(f"The unit's database on the server is at schema {revision or 'none'}, this program needs "
                         f"{HEAD_REVISION}, and {engine.url.username} may not change it: the server's administrator "
                         "runs `inspector-app server upgrade-unit` (or `add-unit` for a new unit)",
                         code="schema_upgrade_needs_admin", revision=revision) from None


def _first_contact(engine: Engine) -> str | None:
    """The schema revision; a server that cannot be reached or refuses us is a clear error, not a traceback."""
    if engine.dialect.name == "sqlite":
        return current_revision(engine)
    from sqlalchemy.exc import OperationalError

    try:
        return current_revision(engine)
    except OperationalError as error:
        reason = str(error.orig).strip().splitlines()[-1] if error.orig else str(error)
        where = f"{engine.url.host}:{engine.url.port or 5432}/{engine.url.database} as {engine.url.username}"
        account = f"{engine.url.username}@{engine.url.host}:{engine.url.port or 5432}/{engine.url.database}"
        if "password" in reason.lower() or "authentication" in reason.lower():
            raise StateError(f"The database server at {where} refused the password", code="database_password",
                             server=where, account=account) from None
        raise StateError(f"The database server at {where} cannot be reached: {reason}", code="database_unreachable",
                         server=where, account=account, reason=reason.strip()) from None


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return {rev.revision for rev in script.walk_revisions()}
