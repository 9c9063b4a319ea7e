"""Moving a unit from its SQLite file to a real PostgreSQL server (`inspector-app migrate-to`, п.11): every
row copied and read back equal, the unit verified on the server (seals, files, the audit chain, the journal),
this PC switched to it; a refusal or a failed verification leaves the PC on its file.

The source is always a SQLite unit (the module's own `fresh_database`), on both passes of the suite; the
target is a new database on the run's server (INSPECTOR_TEST_PG_URL, started by test.sh)."""

from __future__ import annotations

import json

import pytest

from inspector_app.paths import config_file, database_file
from inspector_app.settings import LocalConfig
from tests import db_backend
from tests.conftest import PASSWORDS
from tests.integration.conftest import query
from tests.integration.test_ingest_cli import _run
from tests.integration.test_integrity import stored  # noqa: F401 - fixture: three sealed recordings
from tests.db_backend import RawDatabase

pytestmark = pytest.mark.slow


@pytest.fixture
def fresh_database(sqlite_database):
    """This module's units live in a SQLite file whichever database the rest of the suite runs on."""
    return sqlite_database


@pytest.fixture
def server():
    """An empty database of this test's own on the run's PostgreSQL server: (URL, raw access)."""
    name = db_backend.new_database_name("move")
    url = db_backend.create_database(name)
    yield url, RawDatabase(url=url)
    db_backend.drop_database(name)


def test_a_sqlite_unit_moved_to_postgresql_verifies_clean_and_the_pc_switches(unit_context, stored, server):  # noqa: F811
    url, raw = server
    source = RawDatabase(path=database_file(unit_context.data_dir))
    unit_context.close()  # the GUI is not running while the head moves the unit
    done = _run(unit_context, "migrate-to", "--db", url, "--json", login="head")
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    assert payload["switched"] and payload["problems"] == []
    assert payload["checked"]["files"] == 3 and payload["checked"]["seals"] == 3 and payload["checked"]["chain"] > 0
    assert LocalConfig(config_file(unit_context.data_dir)).get("database_url") == url
    # the file it was made from stays as it was at the copy: the server has that, then its verification and the move
    assert query(raw, "SELECT kind FROM audit_events WHERE seq > ? ORDER BY seq",
                 (query(source, "SELECT MAX(seq) FROM audit_events")[0][0],)) == [("verification",), ("database_moved",)]

    # the rows are on the server, its triggers in place, the move in the unit's audit trail
    assert query(raw, "SELECT COUNT(*) FROM recordings")[0][0] == 3
    assert query(raw, "SELECT recordings FROM recording_totals")[0][0] == 3
    assert query(raw, "SELECT kind FROM audit_events ORDER BY seq DESC LIMIT 1") == [("database_moved",)]
    with pytest.raises(db_backend.RAW_ERRORS, match="append-only"):
        query(raw, "UPDATE recordings SET sha256 = 'x' WHERE id = 1")
    # the next command opens the server: the unit verifies there, and new rows take new ids
    verify = _run(unit_context, "verify", "--json", login="head")
    assert verify.returncode == 0, verify.stderr
    assert json.loads(verify.stdout)["verification"]["checked"]["files"] == 3
    added = _run(unit_context, "recorder", "add", "--inventory", "ВР-009", "--json", login="resp")
    assert added.returncode == 0, added.stderr
    assert query(raw, "SELECT COUNT(*), COUNT(DISTINCT id) FROM recorders") == [(2, 2)]


def test_only_the_head_moves_the_unit_and_a_refusal_keeps_the_pc_on_its_file(unit_context, stored, server):  # noqa: F811
    url, raw = server
    unit_context.close()
    refused = _run(unit_context, "migrate-to", "--db", url, "--json", login="resp")
    assert refused.returncode == 1 and json.loads(refused.stdout)["code"] == "permission"
    assert raw.tables() == []  # nothing was made on the server
    assert LocalConfig(config_file(unit_context.data_dir)).get("database_url") == ""


def test_a_password_in_the_url_is_refused_and_never_printed(unit_context, server):
    url, raw = server
    unit_context.close()
    with_password = url.replace("postgres@", "postgres:Secret-9876@")
    refused = _run(unit_context, "migrate-to", "--db", with_password, "--json", login="head")
    assert refused.returncode == 2 and json.loads(refused.stdout)["code"] == "database_password_in_url"
    assert "Secret-9876" not in refused.stdout + refused.stderr
    assert raw.tables() == []


def test_a_server_database_that_holds_data_is_refused(unit_context, stored, server, tmp_path):  # noqa: F811
    url, raw = server
    from inspector_app.bootstrap import build_context, database_move

    other = build_context(tmp_path / "other", database_url=url)  # another unit's database already there
    other.close()
    with pytest.raises(Exception) as refused:
        database_move(unit_context).run(unit_context.accounts.authenticate("head", PASSWORDS["head"]), url)
    assert getattr(refused.value, "code", "") == "target_not_empty"
    assert LocalConfig(config_file(unit_context.data_dir)).get("database_url") == ""


def test_a_unit_that_does_not_verify_on_the_server_stays_on_its_file(unit_context, stored, server):  # noqa: F811
    from inspector_app.bootstrap import database_move

    url, raw = server
    path = unit_context.vault._object_path(stored[0].sha256)  # a stored file changed behind the app's back
    path.chmod(0o644)
    data = bytearray(path.read_bytes())
    data[200] ^= 0xFF
    path.write_bytes(bytes(data))
    head = unit_context.accounts.authenticate("head", PASSWORDS["head"])
    report = database_move(unit_context).run(head, url)
    assert not report.switched
    assert any(problem.kind == "files" for problem in report.verification.problems)
    assert LocalConfig(config_file(unit_context.data_dir)).get("database_url") == ""
    assert query(RawDatabase(path=database_file(unit_context.data_dir)), "SELECT COUNT(*) FROM recordings")[0][0] == 3
