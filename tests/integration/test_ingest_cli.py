"""`inspector-app ingest` and `recordings list` as a script runs them, and a kill in the middle of a copy."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

from tests.conftest import PASSWORDS, ROOT
from tests.integration.fake_recorder import back_to_back, make_recorder
from tests.integration.test_ingest_engine import LOCAL, issued  # noqa: F401 - fixture
from tests.db_backend import raw_connect
from tests.integration.conftest import db_path


def _run(ctx, *args, login="resp", wait=True):
    env = dict(os.environ, INSPECTOR_APP_PASSWORD=PASSWORDS[login])
    command = [sys.executable, "-m", "inspector_app", "--data-dir", str(ctx.data_dir), *args, "--as", login]
    if not wait:
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_ingest_command_and_recordings_list(unit_context, issued, tmp_path):  # noqa: F811
    _, entry = issued
    root = make_recorder(tmp_path / "vol", back_to_back((entry.at + LOCAL).replace(tzinfo=None)
                                                         + timedelta(minutes=5), 2, 1.0))
    done = _run(unit_context, "ingest", "--from", str(root), "--json")
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    assert payload["ingest"]["files_stored"] == 2 and payload["ingest"]["entries_completed"] == [entry.id]
    listed = json.loads(_run(unit_context, "recordings", "list", "--json").stdout)
    assert len(listed["recordings"]) == 2 and all(r["entry_id"] == entry.id for r in listed["recordings"])
    refused = _run(unit_context, "recordings", "list", login="aliya")  # п.13: inspectors have no access
    assert refused.returncode != 0 and "error" in refused.stderr


def test_kill_mid_copy_leaves_nothing_half_and_the_next_dock_resumes(unit_context, issued, tmp_path):  # noqa: F811
    _, entry = issued
    start = (entry.at + LOCAL).replace(tzinfo=None) + timedelta(minutes=5)
    big = os.urandom(1 << 20) * 400  # 400 MiB, stored byte for byte even though it is no video
    root = make_recorder(tmp_path / "vol", back_to_back(start, 1, 1.0),
                         extra={f"RECORD/{start:%Y%m%d}/{start + timedelta(minutes=3):%Y%m%d_%H%M%S}_0002.MP4": big})
    proc = _run(unit_context, "ingest", "--from", str(root), wait=False)
    tmp_dir = unit_context.data_dir / "vault" / "tmp"
    kill_at = random.randint(1 << 20, len(big) - (16 << 20))  # a random byte of the big file's copy
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # kill once the big file's copy has passed that byte
        try:
            parts = [p.stat().st_size for p in tmp_dir.glob("*.part")] if tmp_dir.exists() else []
        except FileNotFoundError:
            continue
        if any(size >= kill_at for size in parts):
            break
        time.sleep(0.002)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    db = raw_connect(db_path(unit_context))
    stored = db.execute("select sha256, size from recordings").fetchall()
    assert all(size < len(big) for _, size in stored), "the big file cannot be recorded: it was not finished"
    again = _run(unit_context, "ingest", "--from", str(root), "--json")
    assert again.returncode == 0, again.stderr
    sizes = sorted(size for (size,) in db.execute("select size from recordings"))
    assert len(sizes) == 2 and sizes[-1] == len(big)
    assert not list(tmp_dir.glob("*.part")), "no half-written file is left in the vault"
    objects = [p for p in (unit_context.data_dir / "vault" / "objects").rglob("*") if p.is_file()]
    assert len(objects) == 2


def test_headless_station_ingests_a_recorder_when_it_appears(unit_context, issued, tmp_path):  # noqa: F811
    _, entry = issued
    dock = tmp_path / "dock"
    dock.mkdir()
    station = _run(unit_context, "station", "--watch", str(dock), "--interval-ms", "200", wait=False)
    try:
        assert "watching" in station.stdout.readline().decode()
        built = make_recorder(tmp_path / "building", back_to_back((entry.at + LOCAL).replace(tzinfo=None)
                                                                   + timedelta(minutes=5), 2, 1.0))
        os.rename(built, dock / "REC1")  # the volume appears at once, as a mount does
        line = station.stdout.readline().decode()
        assert "done, 2 stored" in line, line
    finally:
        station.send_signal(signal.SIGINT)
        station.wait(30)
    assert station.returncode == 0
    db = raw_connect(db_path(unit_context))
    assert db.execute("select count(*) from recordings").fetchone()[0] == 2
    assert db.execute("select count(*) from journal_storage").fetchone()[0] == 1
