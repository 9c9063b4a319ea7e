"""Moving a unit from this PC's SQLite file to a PostgreSQL server (`inspector-app migrate-to`, п.11).

The head alone may do it. Every row is copied into an empty server database that the same migrations have
just made (its append-only triggers in place), and the copy commits only if every table read back from the
server equals this database's, value for value (`storage/database_copy.py`). Then the unit is opened on the
server and verified there as the verification service does it: every recording against its seal and its
file, every seal's signature, the audit chain, the journal's signatures, the time-stamps. Only a clean
verification switches this PC's settings to the server and records the move in the unit's audit trail; the
SQLite file stays where it was, untouched, as the copy it was made from.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable

from inspector_app import database_location
from inspector_app.domain.audit import AuditKind
from inspector_app.domain.roles import Permission
from inspector_app.errors import StateError, ValidationError
from inspector_app.services.common import acting_user

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class MoveReport:
    target: str                 # user@host:port/database (no password)
    rows: int                   # rows copied and read back equal
    tables: int
    verification: object        # the IntegrityReport of the unit on the server
    switched: bool              # this PC now opens the server database

    @property
    def ok(self) -> bool:
        return self.switched


class DatabaseMove:
    def __init__(self, ctx, copier, open_on_server: Callable[[str, str | None], object]) -> None:
        self.ctx = ctx
        self.copier = copier                  # storage/database_copy.py DatabaseCopier over this database
        self.open_on_server = open_on_server  # (url, password) -> an AppContext on the server database

    def run(self, actor, url: str, password: str | None = None, *, remember_password: bool = False,
            cancel: Callable[[], bool] = lambda: False, progress=None) -> MoveReport:
        with self.ctx.uow_factory() as uow:
            acting_user(uow, actor, Permission.MOVE_DATABASE)
        url = database_location.check_url(url)
        if not database_location.is_server(url):
            raise ValidationError("Give the URL of a PostgreSQL server database (postgresql://user@host/db)",
                                  code="database_kind")
        if self.ctx.engine is not None and self.ctx.engine.dialect.name != "sqlite":
            raise StateError("This unit already works on a server database", code="already_on_server")
        address = database_location.address(url)
        digests = self.copier.copy_to(url, password, cancel=cancel, progress=progress)
        rows = sum(d.rows for d in digests.values())
        logger.info("unit copied to %s: %d rows in %d tables, read back equal", address, rows, len(digests))
        moved = self.open_on_server(url, password)
        try:
            report = moved.integrity.run(actor, cancel=cancel)
            if report.ok:
                moved.audit.record(AuditKind.DATABASE_MOVED, actor, subject=f"database:{address}",
                                   details={"from": "sqlite", "rows": rows, "tables": len(digests)})
        finally:
            moved.close()
        if not report.ok:
            logger.warning("the unit on %s did not verify: %d problem(s); settings not switched", address,
                           len(report.problems))
            return MoveReport(str(address), rows, len(digests), report, False)
        self.ctx.config.set("database_url", url)
        if remember_password and password:
            database_location.remember_password(url, password)
        logger.info("this PC now opens the unit on %s", address)
        return MoveReport(str(address), rows, len(digests), report, True)
