"""Serialising writers across PCs: a named lock held for the length of one transaction.

Journal entry numbers must stay gapless, the audit trail one chain and a recorder issued once, whatever
number of PCs write at the same moment (order No. 444, п.6, п.13). A unit of work that reads the newest
number or state and writes the next takes the lock of that resource first (the names are in
`inspector_app/ports.py`):

- PostgreSQL: ``pg_advisory_xact_lock`` on a 64-bit key derived from the name; the server releases it at
  commit or rollback, and a crashed client's lock goes with its connection. Under READ COMMITTED each
  statement after the lock sees everything committed before it was granted.
- SQLite: the database's own write lock, taken at once by a write that changes nothing. It must be the
  first statement of the transaction (a WAL reader that wrote later would see a stale snapshot), which is
  why the unit of work takes its locks on entry. Other processes wait for it up to the busy timeout.
"""

from __future__ import annotations

import hashlib
from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session


LOCK_WAIT_SECONDS = 15  # as SQLite's busy timeout (storage/database.py)


def lock_key(name: str) -> int:
    """A stable signed 64-bit key for `name` (PostgreSQL's advisory lock space is bigint)."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


def _unit_scope(session: Session) -> str:
    """The unit's schema named in the engine's URL (storage/server_units.py), '' for a database of its own."""
    options = session.get_bind().url.query.get("options", "")
    return f"{options}:" if options else ""


def take(session: Session, names: tuple[str, ...]) -> None:
    """Hold every lock of `names` until this session's transaction ends (in one fixed order: no deadlock)."""
    if not names:
        return
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        # Never wait for ever (a writer stuck on another PC): give up like SQLite's busy timeout does.
        session.execute(text(f"SET LOCAL lock_timeout = '{LOCK_WAIT_SECONDS}s'"))
        scope = _unit_scope(session)  # units sharing a server do not wait for each other
        for name in sorted(set(names)):
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": lock_key(scope + name)})
    elif dialect == "sqlite":
        # One lock for the whole file: a no-op write begins the transaction holding SQLite's write lock.
        session.execute(text("UPDATE alembic_version SET version_num = version_num WHERE 1 = 0"))
    else:
        raise NotImplementedError(f"transaction locks for {dialect}")


@contextmanager
def held(engine: Engine, name: str) -> Iterator[None]:
    """`name`'s lock held for the length of the block, in a transaction of its own that writes nothing: for
    work outside the database that PCs must take turns on (publishing a vault object)."""
    with Session(engine) as session:
        take(session, (name,))
        try:
            yield
        finally:
            session.rollback()
