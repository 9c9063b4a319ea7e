"""Several units on one PostgreSQL server (п.11, п.13): a schema and a login role per unit, each seeing only
its own rows and unable to alter its tables; the committee's auditors reading every unit's audit trail and
nothing else; the server's password from the credential store, refused when wrong, over TLS.

Runs on both passes of the suite against the run's real server (INSPECTOR_TEST_PG_URL, started by test.sh,
which asks every role but its administrator for a SCRAM password), in a database of the test's own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from inspector_app.bootstrap import build_context
from inspector_app.errors import StateError
from inspector_app.paths import config_file
from inspector_app.settings import LocalConfig
from inspector_app.services.setup import PersonInput, initialize_unit
from storage import server_units
from storage.database import make_engine
from tests import db_backend
from tests.conftest import PASSWORDS, ROOT

pytestmark = pytest.mark.slow
# Roles belong to the whole server: named per test process, so that two runs may share a server.
ALA_ROLE, AST_ROLE, AUDITOR_ROLE = (f"{name}_{os.getpid()}" for name in ("ala_app", "ast_app", "auditor_nurlan"))
ROLE_PASSWORDS = {ALA_ROLE: "Ala-server-pass-2026", AST_ROLE: "Ast-server-pass-2026",
                  AUDITOR_ROLE: "Audit-server-pass-2026"}


def _libpq(url: str, password: str | None = None) -> str:
    parsed = make_url(url).set(drivername="postgresql")
    if password:
        parsed = parsed.set(password=password)
    return parsed.render_as_string(hide_password=False)


@pytest.fixture
def server(tmp_path):
    """A database of the test's own with two units, ALA and AST, each set up by its own PCs."""
    name = db_backend.new_database_name("units")
    admin_url = db_backend.create_database(name)
    admin = make_engine(admin_url)
    urls = {}
    try:
        for code, schema, role in (("ALA", "unit_ala", ALA_ROLE), ("AST", "unit_ast", AST_ROLE)):
            urls[code] = server_units.add_unit(admin, schema, role, ROLE_PASSWORDS[role], tmp_path / "backups")
        server_units.add_auditor(admin, AUDITOR_ROLE, ROLE_PASSWORDS[AUDITOR_ROLE])
        yield admin, admin_url, urls
    finally:
        admin.dispose()
        db_backend.drop_database(name)
        for role in ROLE_PASSWORDS:
            db_backend.admin_execute(f"DROP ROLE IF EXISTS {role}")


def _unit(tmp_path: Path, url: str, role: str, code: str, clock):
    ctx = build_context(tmp_path / code, clock=clock, database_url=url, password=ROLE_PASSWORDS[role])
    initialize_unit(ctx.uow_factory, ctx.clock, name_kk=f"{code} бөлімшесі", name_ru=f"Подразделение {code}",
                    code=code,
                    head=PersonInput("head", "Сәрсенбаев Ерлан", "Бөлімше басшысы", PASSWORDS["head"]),
                    responsible=PersonInput("resp", "Жұмабаева Әйгерім", "Бас маман", PASSWORDS["resp"]),
                    order_reference="№ 12-ө", journal_registration_index="04-12/15")
    return ctx


def test_each_unit_sees_only_its_own_rows_and_cannot_alter_its_tables(server, tmp_path, clock):
    _admin, _url, urls = server
    ala = _unit(tmp_path, urls["ALA"], ALA_ROLE, "ALA", clock)
    ast = _unit(tmp_path, urls["AST"], AST_ROLE, "AST", clock)
    try:
        ala.recorders.add(ala.accounts.authenticate("resp", PASSWORDS["resp"]), "ВР-001", "", "DS-MCW406",
                          "hikvision-dswa")
        resp_ast = ast.accounts.authenticate("resp", PASSWORDS["resp"])
        assert ast.recorders.list(resp_ast) == []
        assert ast.unit().code == "AST" and ala.unit().code == "ALA"
    finally:
        ala.close(), ast.close()
    with closing(psycopg.connect(_libpq(urls["AST"], ROLE_PASSWORDS[AST_ROLE]), autocommit=True)) as conn:
        assert conn.execute("SELECT current_schema()").fetchone()[0] == "unit_ast"
        for refused in ("SELECT * FROM unit_ala.recorders", "SELECT * FROM unit_ala.audit_events",
                        "ALTER TABLE audit_events DISABLE TRIGGER ALL", "TRUNCATE audit_events",
                        "DROP TRIGGER audit_events_append_only ON audit_events", "CREATE TABLE mine (x int)"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(refused)
        with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
            conn.execute("DELETE FROM audit_events")


def _cli(*args: str, password: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PGPASSWORD"} | {"PGPASSWORD": password}
    return subprocess.run([sys.executable, "-m", "inspector_app", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_the_committee_auditor_reads_every_trail_and_nothing_else(server, tmp_path, clock):
    admin, admin_url, urls = server
    for code, role in (("ALA", ALA_ROLE), ("AST", AST_ROLE)):
        _unit(tmp_path, urls[code], role, code, clock).close()
    auditor_url = make_url(admin_url).set(username=AUDITOR_ROLE).render_as_string(hide_password=True)
    listed = _cli("committee", "units", "--db", auditor_url, "--json", password=ROLE_PASSWORDS[AUDITOR_ROLE])
    assert listed.returncode == 0, listed.stderr
    units = {u["code"]: u for u in json.loads(listed.stdout)["units"]}
    assert set(units) == {"ALA", "AST"} and units["ALA"]["events"] > 0
    verified = _cli("committee", "verify", "--db", auditor_url, "--unit", "ALA", "--json",
                    password=ROLE_PASSWORDS[AUDITOR_ROLE])
    assert verified.returncode == 0, verified.stderr
    assert json.loads(verified.stdout)["events"] == units["ALA"]["events"]
    events = _cli("committee", "events", "--db", auditor_url, "--unit", "AST", "--limit", "3", "--json",
                  password=ROLE_PASSWORDS[AUDITOR_ROLE])
    assert events.returncode == 0 and len(json.loads(events.stdout)["events"]) == min(3, units["AST"]["events"])

    with closing(psycopg.connect(_libpq(auditor_url, ROLE_PASSWORDS[AUDITOR_ROLE]), autocommit=True)) as conn:
        for refused in ("SELECT * FROM unit_ala.recordings", "SELECT * FROM unit_ala.journal_entries",
                        "SELECT private_key_enc FROM unit_ala.installation_keys", "SELECT * FROM unit_ast.users",
                        "INSERT INTO unit_ala.units (code, name_kk, name_ru, created_at) VALUES ('X', '', '', now())"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(refused)

    # an event changed on the server behind the units' backs: the auditor's walk names it
    with admin.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE unit_ast.audit_events DISABLE TRIGGER audit_events_append_only")
        conn.exec_driver_sql("UPDATE unit_ast.audit_events SET subject = 'forged' WHERE seq = 1")
    broken = _cli("committee", "verify", "--db", auditor_url, "--unit", "AST", "--json",
                  password=ROLE_PASSWORDS[AUDITOR_ROLE])
    assert broken.returncode == 1, broken.stdout
    assert any(problem.startswith("audit event 1 (installation_key) was changed") for problem in json.loads(broken.stdout)["problems"]), \
        broken.stdout


def test_the_server_password_comes_from_the_credential_store_and_a_wrong_one_is_refused(server, tmp_path, clock):
    from inspector_app import database_location
    from tests.keyring_stub import installed

    _admin, _url, urls = server
    _unit(tmp_path, urls["ALA"], ALA_ROLE, "ALA", clock).close()
    installed()
    for pc in ("pc2", "pc3"):  # the unit's other PCs, the unit's vault share mounted
        LocalConfig(config_file(tmp_path / pc)).set("vault_path", str(tmp_path / "ALA" / "vault"))
    with pytest.raises(StateError) as refused:
        build_context(tmp_path / "pc2", clock=clock, database_url=urls["ALA"], password="Not-the-password-1")
    assert refused.value.code == "database_password" and "refused the password" in str(refused.value)
    assert "Not-the-password-1" not in str(refused.value)
    database_location.remember_password(urls["ALA"], ROLE_PASSWORDS[ALA_ROLE])
    ctx = build_context(tmp_path / "pc2", clock=clock, database_url=urls["ALA"])  # from the store, not given
    try:
        with ctx.engine.connect() as conn:
            ssl = conn.exec_driver_sql("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").scalar()
        assert ssl is True  # the server offers TLS, so the app uses it
        assert ctx.unit().code == "ALA"
        assert not any(ROLE_PASSWORDS[ALA_ROLE].encode() in f.read_bytes()
                       for f in (tmp_path / "pc2").rglob("*") if f.is_file())  # no file of this PC holds it
    finally:
        ctx.close()
    asked = []
    database_location.forget_password(urls["ALA"])
    ctx = build_context(tmp_path / "pc3", clock=clock, database_url=urls["ALA"],
                        ask_password=lambda address: asked.append(str(address)) or ROLE_PASSWORDS[ALA_ROLE])
    ctx.close()
    assert asked == [f"{ALA_ROLE}@127.0.0.1:{make_url(urls['ALA']).port}/{make_url(urls['ALA']).database}#unit_ala"]


def test_a_units_role_cannot_migrate_its_schema_and_is_told_who_can(server, tmp_path, clock):
    admin, admin_url, urls = server
    with admin.begin() as conn:  # the schema as an older program left it: no tables yet
        conn.exec_driver_sql("CREATE SCHEMA unit_new")
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA unit_new TO {ALA_ROLE}")
    url = server_units.schema_url(make_url(urls["ALA"]).set(query={}).render_as_string(hide_password=True),
                                  "unit_new")
    with pytest.raises(StateError) as refused:
        build_context(tmp_path / "pc", clock=clock, database_url=url, password=ROLE_PASSWORDS[ALA_ROLE])
    assert refused.value.code == "schema_upgrade_needs_admin" and "upgrade-unit" in str(refused.value)
    with admin.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA unit_new CASCADE")
