"""A look at a database before this PC is switched to it: which server, whether the line is encrypted, which
schema revision it holds.

`probe(url, password)` connects as the program will (storage/database.py `make_engine`: the connect timeout,
``sslmode=prefer`` unless the URL says otherwise), changes nothing, and lets go of the connection. A refused
password or an unreachable server is the same clear `StateError` as at start-up (``database_password``,
``database_unreachable``); a unit schema named in the URL that the server does not have is
``database_schema_missing``.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import NamedTuple

from sqlalchemy import text

from inspector_app.errors import StateError
from storage.database import _first_contact, make_engine

logger = logging.getLogger(__name__)


class ServerFacts(NamedTuple):
    version: str          # the server's own version string (SQLite's for a file)
    tls: bool             # the connection is encrypted
    revision: str | None  # the schema revision; None for an empty database (the program sets it up)


def probe(url: str, password: str | None = None) -> ServerFacts:
    """Connect to `url` (its password apart), read what the settings panel shows, and disconnect."""
    engine = make_engine(url, password)
    try:
        if engine.dialect.name == "sqlite":
            return ServerFacts(sqlite3.sqlite_version, False, _first_contact(engine))
        revision = _first_contact(engine)  # the first connection: a refusal becomes a clear error here
        with engine.connect() as conn:
            version, schema = conn.execute(text("SELECT current_setting('server_version'), current_schema()")).one()
            tls = bool(conn.execute(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar())
        if schema is None:  # the search path names no schema the server has (or the role may use)
            raise StateError("The server has no schema for this unit that this user may use: ask its administrator "
                             "(inspector-app server add-unit)", code="database_schema_missing")
    finally:
        engine.dispose()
    logger.info("probed %s:%s/%s: PostgreSQL %s, TLS %s, revision %s", engine.url.host, engine.url.port,
                engine.url.database, version, tls, revision)
    return ServerFacts(str(version), tls, revision)
