"""Backup and restore of the database and the footage vault, on real files and the real database (SQLite, or
PostgreSQL with the real pg_dump and pg_restore), with real MP4 footage stored by the real ingest.

A backup restores into a new data folder (and a new, empty database) and the restored copy verifies clean; the
backup's files check with the real `sha256sum -c`; one flipped byte is named; a non-empty target, an inspector
and a cancel each leave nothing behind.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import subprocess
from contextlib import closing
from pathlib import Path

import pytest

from inspector_app.bootstrap import backup_restorer, backup_service, build_context
from inspector_app.domain.audit import AuditFilter, AuditKind
from inspector_app.domain.backup import MANIFEST, SUMS
from inspector_app.errors import OperationCancelled, PermissionDenied, StateError, ValidationError
from inspector_app.paths import config_file, database_file, vault_dir
from inspector_app.services.backup_manifest import verify_backup
from tests import db_backend
from tests.conftest import PASSWORDS
from tests.integration.test_cli import call
from tests.integration.test_integrity import stored  # noqa: F401 - fixture: three sealed recordings

STORAGE_PASSWORD = "Сақтау-басшы-2026"


@pytest.fixture
def target_db(request):
    """A new, empty PostgreSQL database to restore into (None on SQLite), dropped when the test ends."""
    if not db_backend.ON_POSTGRES:
        return None
    name = db_backend.new_database_name("restore")
    url = db_backend.create_database(name)
    request.addfinalizer(lambda: db_backend.drop_database(name))
    return url


def _restorer(clock):
    return backup_restorer(lambda data_dir, url: build_context(data_dir, clock=clock, database_url=url))


def _as(login: str):
    return lambda ctx: ctx.accounts.authenticate(login, PASSWORDS[login])


def _tree(folder: Path) -> dict[str, str]:
    """Every file under `folder` with the SHA-256 of its bytes."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _vault_objects(folder: Path) -> dict[str, str]:
    return {k: v for k, v in _tree(folder).items() if k.startswith("objects/")}


def _tables(url: str | None) -> list[str]:
    return db_backend.RawDatabase(url=url).tables() if url else []


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_backup_then_restore_into_a_new_folder_verifies_clean(unit_context, head, responsible, clock, tmp_path,
                                                              target_db, encrypted, request):
    ctx = unit_context
    if encrypted:
        ctx.keyring.create(head, STORAGE_PASSWORD)
    recordings = request.getfixturevalue("stored")
    source_vault = _vault_objects(vault_dir(ctx.data_dir))
    newest = ctx.audit.head()

    result = backup_service(ctx).create(head, tmp_path / "backup")

    manifest = json.loads((tmp_path / "backup" / MANIFEST).read_text("utf-8"))
    assert manifest["database"] == ("postgresql" if db_backend.ON_POSTGRES else "sqlite")
    assert manifest["facts"] == {"recordings": 3, "journal_entries": result.facts.journal_entries,
                                 "audit_events": newest.seq, "audit_seq": newest.seq, "audit_hash": newest.hash}
    assert result.facts.journal_entries >= 1 and manifest["schema_revision"]
    objects = {f"vault/objects/{r.sha256[:2]}/{r.sha256[2:4]}/{r.sha256}" for r in recordings}
    assert objects <= set(manifest["files"])
    assert sum(name.endswith(".key") for name in manifest["files"]) == (3 if encrypted else 0)
    assert _vault_objects(vault_dir(ctx.data_dir)) == source_vault  # the source is only read
    [event] = ctx.audit.list(head, AuditFilter(kind=AuditKind.BACKUP))
    assert event.seq == result.event_seq == newest.seq + 1
    assert event.details["manifest_sha256"] == result.manifest_sha256 and event.details["action"] == "created"
    assert verify_backup(tmp_path / "backup").ok

    def head_unlocking(copy):  # the head's storage password opens the restored vault: the footage is checked
        user = _as("head")(copy)
        copy.keyring.unlock(user, STORAGE_PASSWORD)
        return user

    restored = _restorer(clock).restore(tmp_path / "backup", tmp_path / "restored",
                                        head_unlocking if encrypted else _as("resp"), database_url=target_db)

    assert restored.ok, restored.problems
    assert restored.report.locked_files == 0 and restored.report.bytes_hashed == sum(r.size for r in recordings)
    assert restored.report.ok and restored.report.checked["files"] == 3 and restored.report.checked["chain"] > 0
    assert restored.restored_facts == restored.facts == result.facts
    data = tmp_path / "restored"
    assert _vault_objects(vault_dir(data)) == source_vault
    assert not any(name.startswith("keys") for name in manifest["files"])  # this PC's secret stays here
    secret = "keys/installation.secret"
    assert (data / secret).read_bytes() != (ctx.data_dir / secret).read_bytes()  # a new installation key
    if target_db:
        assert json.loads(config_file(data).read_text("utf-8"))["database_url"] == target_db
        assert not database_file(data).exists()
    else:
        assert database_file(data).is_file()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary folder left
    copy = build_context(data, clock=clock)
    try:
        resp = copy.accounts.authenticate("resp", PASSWORDS["resp"])  # the accounts came back with the unit
        with copy.uow_factory() as uow:
            assert sorted(r.sha256 for r in uow.recordings.by_ids([r.id for r in recordings])) == \
                sorted(r.sha256 for r in recordings)
        kinds = [e.details.get("action") for e in copy.audit.list(resp, AuditFilter(kind=AuditKind.BACKUP))]
        assert kinds == ["restored"]  # the backup's own event came after the copy was taken
        assert copy.integrity.run(resp).ok
    finally:
        copy.close()


def test_the_backup_checks_with_sha256sum(unit_context, head, stored, tmp_path):  # noqa: F811
    result = backup_service(unit_context).create(head, tmp_path / "backup")
    run = subprocess.run(["sha256sum", "--strict", "-c", SUMS], cwd=result.path, capture_output=True, text=True,
                         check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    checked = [line for line in run.stdout.splitlines() if line.endswith(": OK")]
    assert len(checked) == result.files + 1  # every file and backup.json itself
    assert sorted(line.removesuffix(": OK") for line in checked) == sorted(_tree(result.path).keys() - {SUMS})


def test_one_flipped_byte_of_a_vault_object_is_named_and_the_backup_is_not_restored(
        unit_context, head, stored, clock, tmp_path, target_db, capsys, monkeypatch):  # noqa: F811
    backup = backup_service(unit_context).create(head, tmp_path / "backup").path
    victim = stored[1].sha256
    name = f"vault/objects/{victim[:2]}/{victim[2:4]}/{victim}"
    path = backup / name
    os.chmod(path, 0o644)
    with open(path, "r+b") as stream:
        stream.seek(1000)
        byte = stream.read(1)
        stream.seek(1000)
        stream.write(bytes([byte[0] ^ 0x01]))

    check = verify_backup(backup)
    assert not check.ok
    [problem] = check.problems
    assert problem.startswith(f"{name}: changed") and victim in problem
    code, out, err = call(capsys, monkeypatch, tmp_path / "unused", "verify-backup", str(backup))
    assert code == 1 and f"FAILED: {name}: changed" in out and "does not verify" in err
    with pytest.raises(StateError, match=name):
        _restorer(clock).restore(backup, tmp_path / "restored", _as("head"), database_url=target_db)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup", "data", "vol"]
    assert _tables(target_db) == []


def test_restore_refuses_a_non_empty_target_and_touches_nothing(unit_context, head, stored, clock,  # noqa: F811
                                                                tmp_path, target_db):
    backup = backup_service(unit_context).create(head, tmp_path / "backup").path
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "inspector.sqlite").write_bytes(b"someone else's unit")
    before = _tree(occupied)
    with pytest.raises(StateError, match="not empty"):
        _restorer(clock).restore(backup, occupied, _as("head"), database_url=target_db)
    assert _tree(occupied) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup", "data", "occupied", "vol"]
    if target_db:  # and a database that holds anything
        with closing(db_backend.RawDatabase(url=target_db).connect()) as conn:
            conn.execute("CREATE TABLE someone_elses (x integer)")
        with pytest.raises(StateError, match="is not empty"):
            _restorer(clock).restore(backup, tmp_path / "new", _as("head"), database_url=target_db)
        assert _tables(target_db) == ["someone_elses"] and not (tmp_path / "new").exists()


def test_an_inspector_may_neither_back_up_nor_restore_and_nothing_is_written(
        unit_context, head, inspector, stored, clock, tmp_path, target_db):  # noqa: F811
    ctx = unit_context
    with pytest.raises(PermissionDenied):
        backup_service(ctx).create(inspector, tmp_path / "backup")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "vol"]
    [denied] = ctx.audit.list(head, AuditFilter(kind=AuditKind.ACCESS_DENIED))
    assert denied.user_id == inspector.id and denied.details["permission"] == "back_up"

    backup = backup_service(ctx).create(head, tmp_path / "backup").path
    with pytest.raises(PermissionDenied):
        _restorer(clock).restore(backup, tmp_path / "restored", _as("aliya"), database_url=target_db)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup", "data", "vol"]
    assert _tables(target_db) == []


def test_a_cancelled_backup_or_restore_leaves_nothing(unit_context, head, stored, clock, tmp_path,  # noqa: F811
                                                      target_db):
    seen = []

    def progress(done: int, total: int) -> None:
        seen.append(done)

    with pytest.raises(OperationCancelled):
        backup_service(unit_context).create(head, tmp_path / "backup", cancel=lambda: bool(seen and seen[-1]),
                                            progress=progress)
    assert seen and sorted(p.name for p in tmp_path.iterdir()) == ["data", "vol"]
    assert not unit_context.audit.list(head, AuditFilter(kind=AuditKind.BACKUP))

    backup = backup_service(unit_context).create(head, tmp_path / "backup").path
    steps: list[int] = []

    def copying(done: int, _total: int) -> None:
        steps.append(done)

    def second_pass() -> bool:  # the backup checked, its files being copied into the new folder
        return any(later < earlier for earlier, later in itertools.pairwise(steps))

    signed_in = []

    def sign_in(ctx):
        signed_in.append(1)
        return _as("head")(ctx)

    for cancel, progress in ((second_pass, copying), (lambda: bool(signed_in), None)):  # the copy; the verification
        with pytest.raises(OperationCancelled):
            _restorer(clock).restore(backup, tmp_path / "restored", sign_in, database_url=target_db, cancel=cancel,
                                     progress=progress)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["backup", "data", "vol"]
        assert _tables(target_db) == []
    assert signed_in == [1]  # the first was stopped before the copy was opened, the second in its verification


def test_the_command_line_backs_up_verifies_and_restores(unit_context, stored, tmp_path, target_db,  # noqa: F811
                                                         capsys, monkeypatch):
    data = unit_context.data_dir
    code, out, err = call(capsys, monkeypatch, data, "backup", "--out", str(tmp_path / "backup"), "--as", "resp",
                          "--json", stdin=PASSWORDS["resp"] + "\n")
    assert code == 0, err
    payload = json.loads(out)
    assert payload["ok"] and payload["facts"]["recordings"] == 3
    code, out, _err = call(capsys, monkeypatch, data, "verify-backup", str(tmp_path / "backup"))
    assert code == 0 and "the backup verifies" in out
    code, _out, err = call(capsys, monkeypatch, data, "backup", "--out", str(tmp_path / "other"), "--as", "resp",
                           "--password", "x")
    assert code == 2 and "never taken from the command line" in err
    code, _out, err = call(capsys, monkeypatch, data, "backup", "--out", str(tmp_path / "third"), "--as", "aliya",
                           stdin=PASSWORDS["aliya"] + "\n")
    assert code == 1 and "back_up" in err and not (tmp_path / "third").exists()
    db = ["--db", target_db] if target_db else []
    code, out, err = call(capsys, monkeypatch, tmp_path / "restored", "restore", "--from", str(tmp_path / "backup"),
                          *db, "--as", "head", stdin=PASSWORDS["head"] + "\n")
    assert code == 0, out + err
    assert "The restored copy verifies clean." in out
    wrong = [] if target_db else ["--db", "postgresql+psycopg://postgres@127.0.0.1:1/none"]
    code, _out, err = call(capsys, monkeypatch, tmp_path / "again", "restore", "--from", str(tmp_path / "backup"),
                           *wrong, "--as", "head", stdin=PASSWORDS["head"] + "\n")
    assert code == 2 and not (tmp_path / "again").exists(), err


@pytest.mark.skipif(not db_backend.ON_POSTGRES, reason="a PostgreSQL role's password")
def test_the_database_password_reaches_pg_dump_only_through_its_environment(unit_context, tmp_path, monkeypatch,
                                                                            caplog):
    import subprocess as sp

    from sqlalchemy.engine import make_url

    from storage.backup_database import DatabaseArchive
    from storage.database import make_engine

    role, password = f"backup_reader_{os.getpid()}", "Pg-secret-2026"
    db_backend.admin_execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
    try:
        db_backend.admin_execute(f"GRANT pg_read_all_data TO {role}")
        url = make_url(unit_context.engine.url).set(username=role, password=password)
        seen = []
        real_popen = sp.Popen

        def spying(command, **kwargs):
            seen.append((command, kwargs["env"]))
            return real_popen(command, **kwargs)

        monkeypatch.setattr(sp, "Popen", spying)
        monkeypatch.delenv("PGPASSWORD", raising=False)
        engine = make_engine(url.render_as_string(hide_password=False))
        try:
            facts = DatabaseArchive(engine).dump(tmp_path / "database.pgdump")
        finally:
            engine.dispose()
        [(command, env)] = seen
        assert not [arg for arg in command if password in arg] and env["PGPASSWORD"] == password
        assert facts.audit_events > 0 and (tmp_path / "database.pgdump").stat().st_size > 0
        assert password not in caplog.text
        with pytest.raises(ValidationError, match="PGPASSWORD"):
            backup_restorer().restore(tmp_path / "nothing", tmp_path / "new", _as("head"),
                                      database_url=url.render_as_string(hide_password=False))
    finally:
        db_backend.admin_execute(f"DROP OWNED BY {role}")
        db_backend.admin_execute(f"DROP ROLE {role}")
