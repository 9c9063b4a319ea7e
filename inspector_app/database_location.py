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
import re
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, unquote, urlsplit

from inspector_app.errors import ValidationError

logger = logging.getLogger(__name__)

KEYRING_SERVICE = "InspectorApp database"
SCHEMES = ("sqlite", "postgresql", "postgresql+psycopg")
SERVER_SCHEME = "postgresql+psycopg"
DEFAULT_PORT = 5432
SSL_MODES = ("prefer", "require", "verify-full")  # TLS when the server offers it; always; always, the name checked
LIBPQ_SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")  # a URL may name any
_SCHEMA = re.compile(r"^[a-z][a-z0-9_]{1,40}$")  # as storage/server_units.py names a unit's schema


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


def compose_url(host: str, port: int | str, database: str, user: str, schema: str = "",
                sslmode: str = "prefer") -> str:
    """The settings' URL of a server database from its parts (never a password): what `url_fields` reads back."""
    host, database, user, schema = host.strip(), database.strip(), user.strip(), schema.strip()
    if not (host and database and user):
        raise ValidationError("A server database needs a host, a user and a database name", code="database_url")
    try:
        port = int(port)
    except (TypeError, ValueError):
        port = 0
    if not 0 < port < 65536:
        raise ValidationError("The port must be a number from 1 to 65535", code="database_port")
    if schema and not _SCHEMA.match(schema):
        raise ValidationError(f"The unit's schema must be 2 to 41 small Latin letters, digits or _ and start with a "
                              f"letter: {schema!r}", code="database_schema", value=schema)
    if sslmode not in LIBPQ_SSL_MODES:
        raise ValidationError(f"Unknown TLS mode: {sslmode}", code="database_sslmode", value=sslmode)
    where = f"[{host}]" if ":" in host else quote(host, safe="")
    url = f"{SERVER_SCHEME}://{quote(user, safe='')}@{where}:{port}/{quote(database, safe='')}?sslmode={sslmode}"
    return f"{url}&options=-csearch_path%3D{schema}" if schema else url


def url_fields(url: str) -> dict:
    """The parts `compose_url` takes, read from a settings URL; a local file's (or an empty) URL gives the
    defaults of a new server, with `host` empty."""
    fields = {"host": "", "port": DEFAULT_PORT, "database": "", "user": "", "schema": "", "sslmode": "prefer"}
    if not is_server(url.strip()):
        return fields
    where = address(url.strip())
    sslmode = parse_qs(urlsplit(url.strip()).query).get("sslmode", ["prefer"])[0]
    fields.update(host=where.host, port=where.port, database=unquote(where.database), user=where.user,
                  schema=where.schema, sslmode=sslmode)
    return fields


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
