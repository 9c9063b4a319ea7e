"""Where the unit's database is: the local SQLite file, or a PostgreSQL server, and the server's password.

The settings keep a URL with no password in it, such as
``postgresql+psycopg://ala_app@db.example.kz:5432/inspector?sslmode=prefer&options=-csearch_path%3Dunit_ala``
(host, port, database, user; the unit's schema when several units share the server). The password lives in
the OS keyring (Windows Credential Manager), or is asked for at start-up; it reaches the driver as a connect
argument only, never the URL, argv, a log line or a file. libpq's ``sslmode=prefer`` (TLS when the server
offers it) is the default; ``require`` or ``verify-full`` may be set in the URL.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

from inspector_app.errors import ValidationError

logger = logging.getLogger(__name__)

KEYRING_SERVICE = "InspectorApp database"
SCHEMES = ("sqlite", "postgresql", "postgresql+psycopg")


@dataclass(frozen=True)
class ServerAddress:
    """The parts of a PostgreSQL URL a person reads and the keyring entry is named by."""
    user: str
    host: str
    port: int
    database: str
    schema: str = ""

    @property
    def account(self) -> str:
        where = f"{self.user}@{self.host}:{self.port}/{self.database}"
        return f"{where}#{self.schema}" if self.schema else where

    def __str__(self) -> str:
        return self.account


def is_server(url: str) -> bool:
    return url.startswith("postgresql")


def check_url(url: str) -> str:
    """`url` if the settings may keep it: a known kind of database, and no password in it."""
    url = url.strip()
    if not url:
        return url
    parts = urlsplit(url)
    if parts.scheme not in SCHEMES:
        raise ValidationError(f"Unknown kind of database: {parts.scheme or url!r} (sqlite or postgresql)",
                              code="database_kind")
    if parts.password is not None or "password" in parse_qs(parts.query):
        raise ValidationError("The database password is not kept in the settings: it goes to the system's "
                              "credential store, or is asked for at start-up", code="database_password_in_url")
    if is_server(url) and not (parts.hostname and parts.username and parts.path.strip("/")):
        raise ValidationError("A server database needs a host, a user and a database name", code="database_url")
    return url


def address(url: str) -> ServerAddress:
    parts = urlsplit(url)
    options = unquote(parse_qs(parts.query).get("options", [""])[0])
    schema = ""
    for item in options.replace("-c ", "-c").split():
        if item.startswith("-csearch_path="):
            schema = item.split("=", 1)[1].split(",")[0]
    return ServerAddress(unquote(parts.username or ""), parts.hostname or "", parts.port or 5432,
                         parts.path.strip("/"), schema)


def stored_password(url: str) -> str | None:
    """The password the keyring holds for this server and user; None if none (or no keyring here)."""
    try:
        import keyring
        from keyring.errors import KeyringError, NoKeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, address(url).account)
        except NoKeyringError:
            logger.debug("no credential store on this system")
            return None
        except KeyringError as error:
            logger.warning("the credential store could not be read: %s", type(error).__name__)
            return None
    except ImportError:
        return None


def remember_password(url: str, password: str) -> None:
    import keyring

    keyring.set_password(KEYRING_SERVICE, address(url).account, password)


def forget_password(url: str) -> None:
    import keyring
    from keyring.errors import PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, address(url).account)
    except PasswordDeleteError:
        pass
