"""`inspector-app verify`, `audit`, `clock` and `timestamps` as a script runs them: real processes on a real store."""

from __future__ import annotations

import csv
import json
import os
import subprocess
from contextlib import closing

from tests.integration.conftest import db_path
from tests.integration.test_ingest_cli import _run
from tests.integration.test_integrity import stored  # noqa: F401 - fixture
from tests.db_backend import raw_connect


def test_verify_exits_0_on_a_clean_store_and_1_on_a_tampered_one(unit_context, stored):  # noqa: F811
    clean = _run(unit_context, "verify", "--json", login="head")
    assert clean.returncode == 0, clean.stderr
    payload = json.loads(clean.stdout)["verification"]
    assert payload["ok"] and payload["checked"]["files"] == 3 and payload["problems"] == []

    path = unit_context.vault._object_path(stored[0].sha256)
    os.chmod(path, 0o644)
    with open(path, "r+b") as stream:
        stream.seek(100)
        first = stream.read(1)
        stream.seek(100)
        stream.write(bytes([first[0] ^ 0xFF]))
    with closing(raw_connect(db_path(unit_context))) as conn:
        conn.execute("DROP TRIGGER recordings_no_update")
        conn.execute(f"UPDATE recordings SET start_utc = '2026-01-01 00:00:00.000000' WHERE id = {stored[1].id}")
        conn.commit()
    tampered = _run(unit_context, "verify", login="head")
    assert tampered.returncode == 1
    assert f"FAILED files: recording {stored[0].id} ({stored[0].source_name})" in tampered.stdout
    assert f"FAILED recordings: recording {stored[1].id}" in tampered.stdout and "start_utc" in tampered.stdout
    assert "verification found 2 problem(s)" in tampered.stderr


def test_verify_is_refused_to_an_inspector(unit_context, stored):  # noqa: F811
    refused = _run(unit_context, "verify", login="aliya")
    assert refused.returncode == 1 and "does not allow" in refused.stderr


def test_rolling_verify_skips_files_checked_recently(unit_context, stored):  # noqa: F811
    assert _run(unit_context, "verify", login="resp").returncode == 0
    rolling = _run(unit_context, "verify", "--days", "30", "--json", login="resp")
    assert rolling.returncode == 0 and json.loads(rolling.stdout)["verification"]["checked"]["files"] == 0


def test_audit_list_and_export_csv_and_pdf(unit_context, stored, tmp_path):  # noqa: F811
    listed = _run(unit_context, "audit", "list", "--kind", "ingest", "--json", login="head")
    assert listed.returncode == 0, listed.stderr
    events = json.loads(listed.stdout)["events"]
    assert len(events) == 3 and {e["details"]["sha256"] for e in events} == {r.sha256 for r in stored}

    out_csv = tmp_path / "audit.csv"
    done = _run(unit_context, "audit", "export", "--out", str(out_csv), "--json", login="head")
    assert done.returncode == 0, done.stderr
    with open(out_csv, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][0] == "№" and rows[0][3] == "Событие"
    assert [int(r[0]) for r in rows[1:]] == list(range(1, len(rows)))  # every event, in chain order
    assert {r[4] for r in rows[1:]} >= {"installation_key", "login", "issue", "return", "dock", "ingest"}
    assert all(rows[i + 1][9] == rows[i][10] for i in range(1, len(rows) - 1))  # prev hash links

    out_pdf = tmp_path / "audit.pdf"
    done = _run(unit_context, "audit", "export", "--out", str(out_pdf), "--lang", "kk", login="head")
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out_pdf), "-"], capture_output=True, text=True).stdout
    assert "Бейнетіркеуіштермен және бейнежазбалармен жасалған әрекеттердің аудит журналы" in text
    assert "Бейнежазбаны сақтау" in text and "Бейнетіркеуішті беру" in text
    assert unit_context.signer.key.fingerprint in " ".join(text.split())
    fonts = subprocess.run(["pdffonts", str(out_pdf)], capture_output=True, text=True).stdout
    assert "DejaVuSans" in fonts and all(" yes " in line for line in fonts.splitlines()[2:])
    exports = json.loads(_run(unit_context, "audit", "list", "--kind", "export", "--json", login="head").stdout)
    assert [e["details"]["format"] for e in exports["events"]] == ["pdf", "csv"]

    refused = _run(unit_context, "audit", "export", "--out", str(tmp_path / "x.csv"), login="aliya")
    assert refused.returncode == 1 and not (tmp_path / "x.csv").exists()
    bad = _run(unit_context, "audit", "export", "--out", str(tmp_path / "x.txt"), login="head")
    assert bad.returncode == 2 and not (tmp_path / "x.txt").exists()


def test_clock_status_and_confirm(unit_context, stored):  # noqa: F811
    status = _run(unit_context, "clock", "status", "--json", login="resp")
    assert status.returncode == 0 and json.loads(status.stdout)["trusted"] is True
    refused = _run(unit_context, "clock", "confirm", login="resp")  # the head alone
    assert refused.returncode == 1


def test_timestamps_status_without_an_authority(unit_context, stored):  # noqa: F811
    status = _run(unit_context, "timestamps", "status", "--json", login="resp")
    assert status.returncode == 0 and json.loads(status.stdout) == {"ok": True, "pending": 0, "tsa_url": ""}
