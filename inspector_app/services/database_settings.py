"""Where this PC keeps the unit: its database (the PC's own file or a PostgreSQL server) and its footage vault
folder, as the head or the responsible person sets them in Settings.

`check` connects to a server database and says what it found (version, TLS, schema revision) without changing
anything; `save` writes the URL (never a password) and the vault folder to this PC's settings, keeps the server
password in the OS credential store only when asked to, and records the change in the audit trail. The new
place is opened at the next start of the program: the open unit stays where it is until then.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from inspector_app import database_location
from inspector_app.domain.audit import AuditKind
from inspector_app.domain.roles import Permission
from inspector_app.errors import StateError, ValidationError
from inspector_app.services.common import acting_user

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DatabaseChoice:
    """What Settings shows: the saved URL (empty: the PC's own file), the vault folder, a kept password."""
    url: str
    vault_path: str
    password_kept: bool


@dataclass(frozen=True)
class DatabaseCheck:
    """What a connection found: the server's version, whether the line is encrypted, the schema revision."""
    version: str
    tls: bool
    revision: str | None       # None: an empty database, which the program sets up at its next start
    program_revision: str      # the revision this program's schema is at

    @property
    def schema_state(self) -> str:
        """"empty", "current", "older" (upgraded at the next start) or "newer" (the program must be updated)."""
        if self.revision is None:
            return "empty"
        if self.revision == self.program_revision:
            return "current"
        return "older" if self.revision < self.program_revision else "newer"  # revisions are 0001, 0002, ...


class DatabaseSettings:
    def __init__(self, ctx, probe: Callable, program_revision: str) -> None:
        self.ctx = ctx
        self.probe = probe  # storage/server_probe.py probe(url, password) -> (version, tls, revision)
        self.program_revision = program_revision

    def current(self) -> DatabaseChoice:
        url = self.ctx.config.get("database_url")
        kept = database_location.is_server(url) and database_location.stored_password(url) is not None
        return DatabaseChoice(url, self.ctx.config.get("vault_path"), kept)

    def check(self, actor, url: str, password: str | None = None) -> DatabaseCheck:
        """Connect to the server database at `url` (with `password`, else the one kept for it) and report."""
        self._allowed(actor)
        url = self._server_url(url)
        version, tls, revision = self.probe(url, password or database_location.stored_password(url))
        return DatabaseCheck(version, tls, revision, self.program_revision)

    def save(self, actor, url: str, vault_path: str, password: str | None = None, remember: bool = False) -> bool:
        """Write the database URL and the vault folder to this PC's settings; True when anything changed."""
        user = self._allowed(actor)
        url = database_location.check_url(url)
        vault_path = vault_path.strip()
        if vault_path and not Path(vault_path).expanduser().is_dir():
            raise ValidationError(f"The vault folder {vault_path} does not exist or is not reachable from this PC",
                                  code="vault_path_missing", path=vault_path)
        if database_location.is_server(url):  # first: a credential store that fails leaves the settings as they were
            _keep_password(url, password, remember)
        config = self.ctx.config
        changes = {key: (config.get(key), value) for key, value in (("database_url", url), ("vault_path", vault_path))
                   if config.get(key) != value}
        for key, (_before, value) in changes.items():
            config.set(key, value)
        for key, (before, value) in changes.items():
            self.ctx.audit.record(AuditKind.SETTINGS_CHANGED, user, subject=f"setting:{key}",
                                  details={"key": key, "from": before, "to": value})
        if changes:
            logger.info("this PC's %s changed; opened at the next start", ", ".join(changes))
        return bool(changes)

    def _allowed(self, actor):
        with self.ctx.uow_factory() as uow:
            return acting_user(uow, actor, Permission.CHANGE_SETTINGS)

    @staticmethod
    def _server_url(url: str) -> str:
        url = database_location.check_url(url)
        if not database_location.is_server(url):
            raise ValidationError("Give the URL of a PostgreSQL server database (postgresql://user@host/db)",
                                  code="database_kind")
        return url


def _keep_password(url: str, password: str | None, remember: bool) -> None:
    """The password into the OS credential store when `remember` (a kept one stays if none is typed); out of it
    when not."""
    from keyring.errors import KeyringError

    try:
        if remember and password:
            database_location.remember_password(url, password)
        elif not remember:
            database_location.forget_password(url)
    except KeyringError as error:
        if not remember:
            logger.warning("the credential store could not be cleared: %s", type(error).__name__)
            return
        raise StateError("The system's credential store could not keep the password; untick the box to type it at "
                         "each start", code="keyring_unavailable") from None
