"""`inspector-app vault ...` and `verify --unlock` as a script runs them: real processes, a real store."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import PASSWORDS, ROOT
from tests.integration.test_ingest_engine import issued  # noqa: F401 - fixture
from tests.integration.test_integrity import stored  # noqa: F401 - fixture: a plain vault with 3 recordings


def _run(ctx, *args, login="head", stdin="", **env):
    environ = dict(os.environ, INSPECTOR_APP_PASSWORD=PASSWORDS[login], **env)
    for name in ("INSPECTOR_APP_STORAGE_PASSWORD", "INSPECTOR_APP_NEW_STORAGE_PASSWORD"):
        if name not in env:
            environ.pop(name, None)
    command = [sys.executable, "-m", "inspector_app", "--data-dir", str(ctx.data_dir), *args, "--as", login]
    return subprocess.run(command, cwd=ROOT, env=environ, input=stdin, capture_output=True, text=True, timeout=120)


def test_setup_encrypt_verify_unlocked_and_a_slot_for_the_responsible_person(unit_context, stored, tmp_path):  # noqa: F811
    status = _run(unit_context, "vault", "status", "--json")
    assert status.returncode == 0 and json.loads(status.stdout)["encrypted"] is False

    setup = _run(unit_context, "vault", "setup", "--json", INSPECTOR_APP_NEW_STORAGE_PASSWORD="Сақтау-басшы-2026")
    assert setup.returncode == 0, setup.stderr
    recovery = json.loads(setup.stdout)["recovery_key"]
    assert len(recovery) == 39 and recovery.count("-") == 7
    logs = list((unit_context.data_dir / "logs").glob("*"))
    assert logs and all(recovery not in p.read_text(errors="replace") for p in logs if p.is_file())
    assert all("Сақтау-басшы-2026" not in p.read_text(errors="replace") for p in logs if p.is_file())

    encrypted = _run(unit_context, "vault", "encrypt", "--json")
    assert encrypted.returncode == 0, encrypted.stdout + encrypted.stderr
    assert json.loads(encrypted.stdout)["files_encrypted"] == 3

    locked = _run(unit_context, "verify", "--json")
    assert locked.returncode == 0 and json.loads(locked.stdout)["verification"]["locked_files"] == 3
    wrong = _run(unit_context, "verify", "--unlock", INSPECTOR_APP_STORAGE_PASSWORD="not-it-2026")
    assert wrong.returncode == 1 and "Wrong storage password" in wrong.stderr
    unlocked = _run(unit_context, "verify", "--unlock", "--json", INSPECTOR_APP_STORAGE_PASSWORD="Сақтау-басшы-2026")
    payload = json.loads(unlocked.stdout)["verification"]
    assert unlocked.returncode == 0 and payload["locked_files"] == 0 and payload["checked"]["files"] == 3

    # the head unlocks, the responsible person types theirs (here: the second line of stdin)
    slot = _run(unit_context, "vault", "add-slot", "--for", "resp", stdin="Сақтау-жауапты-2026\n",
                INSPECTOR_APP_STORAGE_PASSWORD="Сақтау-басшы-2026")
    assert slot.returncode == 0, slot.stderr
    by_resp = _run(unit_context, "verify", "--unlock", login="resp", INSPECTOR_APP_STORAGE_PASSWORD="Сақтау-жауапты-2026")
    assert by_resp.returncode == 0, by_resp.stderr
    refused = _run(unit_context, "vault", "setup", login="resp", INSPECTOR_APP_NEW_STORAGE_PASSWORD="x-2026-abcd")
    assert refused.returncode == 1


def test_the_ingest_command_stores_encrypted_with_nobody_unlocked(unit_context, issued, tmp_path):  # noqa: F811
    from datetime import timedelta

    from tests.integration.fake_recorder import back_to_back, make_recorder
    from tests.integration.test_ingest_engine import LOCAL

    assert _run(unit_context, "vault", "setup", INSPECTOR_APP_NEW_STORAGE_PASSWORD="Сақтау-басшы-2026").returncode == 0
    _, entry = issued
    root = make_recorder(tmp_path / "vol", back_to_back((entry.at + LOCAL).replace(tzinfo=None)
                                                         + timedelta(minutes=5), 2, 1.0))
    done = _run(unit_context, "ingest", "--from", str(root), "--json", login="resp")  # no storage password given
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["ingest"]["files_stored"] == 2
    listed = json.loads(_run(unit_context, "recordings", "list", "--json", login="resp").stdout)["recordings"]
    assert all(r["readable"] and r["duration_seconds"] for r in listed)  # probed from the stored ciphertext
    for recording in listed:
        assert unit_context.vault._object_path(recording["sha256"]).read_bytes()[:8] == b"IAVAULT\x01"
