"""Several units on one PostgreSQL server: a schema and a login role per unit, and the committee's auditors.

Run by the server's administrator (`inspector-app server add-unit | upgrade-unit | add-auditor`), with an
administrator's URL. Each unit's tables live in a schema of their own (``unit_ala``), made and migrated by the
administrator, who owns them: the unit's login role may read and write rows (DML only), not alter a table,
drop a trigger or truncate, so the append-only rules hold against the app's own password too. A unit's role
has no right on any other unit's schema: the server itself keeps each unit to its own data.

The committee's auditors are members of one group role that may read, in every unit's schema, the audit
trail, the unit's name and the public keys that sign the trail (a view over the installation keys without
their sealed private parts), and nothing else: no recording, no journal, no footage.

A role's password never reaches the server in the clear: libpq hashes it into a SCRAM verifier on this PC.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text

from inspector_app.errors import StateError, ValidationError

AUDITORS_GROUP = "inspector_committee_auditors"
KEYS_VIEW = "audit_signing_keys"
AUDITED_TABLES = ("audit_events", "units", KEYS_VIEW)
_NAME = re.compile(r"^[a-z][a-z0-9_]{1,40}$")


@dataclass(frozen=True)
class UnitSchema:
    schema: str
    code: str
    name_kk: str
    name_ru: str


def identifier(value: str, what: str) -> str:
    if not _NAME.match(value or ""):
        raise ValidationError(f"{what} must be 2 to 41 small Latin letters, digits or _ and start with a letter: "
                              f"{value!r}", code="identifier", what=what)
    return value


def schema_url(url: str, schema: str) -> str:
    """`url` with the unit's schema first on the search path (libpq's ``options``)."""
    glue = "&" if "?" in url else "?"
    return f"{url}{glue}options=-csearch_path%3D{identifier(schema, 'The schema')}"


def _scram(conn, role: str, password: str) -> str:
    raw = conn.connection.dbapi_connection  # psycopg: libpq computes the verifier here, not the server
    return raw.pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256").decode()


def _role_exists(conn, role: str) -> bool:
    return bool(conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).scalar())


def _ensure_login_role(conn, role: str, password: str) -> None:
    if _role_exists(conn, role):
        raise StateError(f"The server already has a role {role}", code="role_exists", role=role)
    if len(password) < 12:
        raise ValidationError("A server role's password needs at least 12 characters", code="password_short")
    from psycopg import sql

    verifier = _scram(conn, role, password)
    conn.connection.dbapi_connection.execute(
        sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(role), sql.Literal(verifier)))


def add_unit(admin: Engine, schema: str, role: str, password: str, backups: Path) -> str:
    """Make the unit's schema and role, migrate the schema, grant the role its rows: the unit's URL."""
    from storage.database import open_database

    identifier(schema, "The schema"), identifier(role, "The role")
    with admin.begin() as conn:
        if conn.execute(text("SELECT 1 FROM pg_namespace WHERE nspname = :s"), {"s": schema}).scalar():
            raise StateError(f"The server already has a schema {schema}", code="schema_exists", schema=schema)
        _ensure_login_role(conn, role, password)
        conn.execute(text(f"CREATE SCHEMA {schema}"))
        conn.execute(text(f"ALTER ROLE {role} SET search_path = {schema}"))
    upgrade_unit(admin, schema, role, backups)
    unit_url = admin.url.set(username=role, password=None)
    return schema_url(unit_url.render_as_string(hide_password=True), schema)


def upgrade_unit(admin: Engine, schema: str, role: str, backups: Path) -> None:
    """Migrate the unit's schema to this program's and (re)grant: its role and the auditors."""
    from storage.database import open_database

    identifier(schema, "The schema"), identifier(role, "The role")
    url = schema_url(admin.url.render_as_string(hide_password=False), schema)
    open_database(url, backups).dispose()
    with admin.begin() as conn:
        conn.execute(text(f"GRANT USAGE ON SCHEMA {schema} TO {role}"))
        conn.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {role}"))
        conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {role}"))
        conn.execute(text(f"CREATE OR REPLACE VIEW {schema}.{KEYS_VIEW} AS "
                          f"SELECT id, public_key, created_at, retired_at FROM {schema}.installation_keys"))
        _ensure_group(conn)
        conn.execute(text(f"GRANT USAGE ON SCHEMA {schema} TO {AUDITORS_GROUP}"))
        for table in AUDITED_TABLES:
            conn.execute(text(f"GRANT SELECT ON {schema}.{table} TO {AUDITORS_GROUP}"))


def _ensure_group(conn) -> None:
    if not _role_exists(conn, AUDITORS_GROUP):
        conn.execute(text(f"CREATE ROLE {AUDITORS_GROUP} NOLOGIN"))


def add_auditor(admin: Engine, role: str, password: str) -> None:
    """A login role for a committee auditor: a member of the auditors' group, nothing more."""
    identifier(role, "The role")
    with admin.begin() as conn:
        _ensure_group(conn)
        _ensure_login_role(conn, role, password)
        conn.execute(text(f"GRANT {AUDITORS_GROUP} TO {role}"))


def unit_schemas(engine: Engine) -> list[UnitSchema]:
    """The units whose audit trail the connected role may read, by schema."""
    with engine.connect() as conn:
        names = [row[0] for row in conn.execute(text(
            "SELECT nspname FROM pg_namespace WHERE has_schema_privilege(nspname, 'USAGE') "
            "AND to_regclass(quote_ident(nspname) || '.audit_events') IS NOT NULL ORDER BY nspname"))]
        found = []
        for schema in names:
            if not _NAME.match(schema):
                continue
            unit = conn.execute(text(f"SELECT code, name_kk, name_ru FROM {schema}.units LIMIT 1")).first()
            found.append(UnitSchema(schema, *(unit or ("", "", ""))))
    return found
