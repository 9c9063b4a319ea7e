"""The demo unit: built through the services, with generated passwords that work and are never logged."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest

from inspector_app.demo import INSPECTORS, JOURNAL_INDEX, RECORDERS, UNIT_CODE, build_demo, generate_password
from inspector_app.domain.journal import JournalFilter, RemarkKind, RowState
from inspector_app.domain.recorders import HistoryKind, RecorderStatus
from inspector_app.domain.recordings import RecordingFilter, RunStatus
from inspector_app.domain.strokes import strokes_sha256
from inspector_app.domain.roles import Role
from inspector_app.errors import StateError
from inspector_app.passwords import check_password_strength
from inspector_app.services.recordings import RecordingsService
from inspector_app.vault_keys import VaultLocked
from tests.conftest import ROOT

KAZAKH_LETTERS = "әғқңөұүһі"


def run_demo(data_dir, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INSPECTOR_APP_")}
    return subprocess.run([sys.executable, "-m", "inspector_app", "--data-dir", str(data_dir), "demo", *args],
                          cwd=ROOT, env=env, input="", capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_generated_passwords_are_strong_and_different():
    passwords = {generate_password() for _ in range(200)}
    assert len(passwords) == 200
    for password in passwords:
        check_password_strength(password)
        assert len(password) >= 12
        assert not set(password) & set("0O1lI")


def test_build_demo(context):
    credentials = build_demo(context)
    assert len(credentials) == 10 and len(set(credentials.values())) == 10
    assert context.demo_credentials == credentials

    head = context.accounts.authenticate(next(iter(credentials)), credentials[next(iter(credentials))])
    assert head.role is Role.HEAD
    users = context.users.list(head)
    assert Counter(u.role for u in users) == {Role.HEAD: 1, Role.RESPONSIBLE: 1, Role.INSPECTOR: len(INSPECTORS)}
    names = " ".join(u.full_name for u in users).lower()
    assert all(letter in names for letter in KAZAKH_LETTERS)
    assert all(u.full_name.endswith(("ұлы", "қызы")) and u.position for u in users)
    assert context.unit().code == UNIT_CODE and context.unit().name_kk.endswith("аумақтық бөлімшесі")

    recorders = {r.inventory_number: r for r in context.recorders.list(head)}
    assert len(recorders) == len(RECORDERS) == 12
    assert {r.vendor_profile for r in recorders.values()} <= set(context.vendor_profiles)
    assert Counter(r.status for r in recorders.values()) == {
        RecorderStatus.IN_STORE: 7, RecorderStatus.ISSUED: 2, RecorderStatus.FAULTY: 1,
        RecorderStatus.UNDER_REPAIR: 1, RecorderStatus.WRITTEN_OFF: 1}
    history = context.recorders.history(head, recorders["ВР-011"].id)
    assert [(h.kind, h.to_status) for h in history] == [
        (HistoryKind.REGISTERED, RecorderStatus.IN_STORE), (HistoryKind.STATUS, RecorderStatus.FAULTY),
        (HistoryKind.STATUS, RecorderStatus.WRITTEN_OFF)]
    assert all(h.reason for h in history)


def test_demo_journal(context, clock):
    credentials = build_demo(context)
    head = context.accounts.authenticate(next(iter(credentials)), credentials[next(iter(credentials))])
    journal = context.journal
    [volume] = journal.volumes(head)
    assert (volume.number, volume.registration_index, volume.ended_at) == (1, JOURNAL_INDEX, None)
    rows = journal.rows(head, JournalFilter(newest_first=False), limit=1000)
    assert 25 <= len(rows) <= 45
    times = [row.entry.at for row in rows if row.entry.corrects_entry_id is None]
    assert times == sorted(times) and times[-1] < clock.now() and clock.now() - times[0] > timedelta(days=25)
    assert len({row.entry.user_id for row in rows}) >= 6 and len({row.entry.recorder_id for row in rows}) >= 6

    states = Counter(row.state for row in rows)
    assert states[RowState.OPEN] == 2 and states[RowState.STRUCK] == 1 and states[RowState.RETURNED_NOT_STORED] == 1
    assert states[RowState.STORED] == len(rows) - 4
    assert all(row.returned.returned_at.date() == row.entry.at.date() for row in rows if row.returned)
    assert all(row.stored.stored_at > row.returned.returned_at for row in rows if row.stored)
    [overdue] = journal.rows(head, journal.overdue_filter())
    assert overdue.entry.at < clock.now() - timedelta(hours=12)

    struck = next(row for row in rows if row.state is RowState.STRUCK)
    correction = next(row for row in rows if row.entry.id == struck.strike.correction_entry_id)
    assert correction.entry.corrects_entry_id == struck.entry.id
    assert correction.entry.inventory_number != struck.entry.inventory_number
    assert correction.remarks[0].kind is RemarkKind.CORRECTION
    remarks = Counter(r.kind for row in rows for r in row.remarks)
    assert remarks == {RemarkKind.CORRECTION: 1, RemarkKind.BATTERY_OVERRIDE: 1, RemarkKind.FAULT: 1}
    assert all(row.entry.battery_percent >= 80 for row in rows
               if not any(r.kind is RemarkKind.BATTERY_OVERRIDE for r in row.remarks))

    [note] = journal.notifications(head)
    assert note.kind == "fault" and note.message.startswith("ВР-004: ")
    faulty = context.recorders.by_inventory(head, "ВР-004")
    assert faulty.status is RecorderStatus.FAULTY

    report = context.journal_verifier.verify_volume(head, volume.id)
    assert report.ok, report.problems
    assert report.entries == len(rows) and report.signatures > 3 * len(rows)
    # Everyone signed with a drawing of their own.
    drawings = {row.entry.user_id: strokes_sha256(row.receipt_strokes) for row in rows}
    assert len(set(drawings.values())) == len(drawings)


def test_demo_footage_is_ingested_and_fills_column_6(context, clock):
    leftovers = set(Path(tempfile.gettempdir()).glob("demo-recorder-*"))
    credentials = build_demo(context)
    head = context.accounts.authenticate(next(iter(credentials)), credentials[next(iter(credentials))])
    with context.uow_factory() as uow:
        recordings = uow.recordings.list(RecordingFilter(newest_first=False), limit=1000)
        entry_ids = sorted({r.entry_id for r in recordings})
        reports = [uow.recordings.latest_continuity_report(entry_id) for entry_id in entry_ids]
        runs = {r.ingest_run_id: uow.recordings.run(r.ingest_run_id) for r in recordings}
    assert 10 <= len(recordings) <= 30 and 3 <= len(entry_ids) <= 5 and None not in entry_ids
    assert len({r.source_name.split("/")[0] for r in recordings}) >= 2  # more than one vendor layout
    [unreadable] = [r for r in recordings if not r.readable]
    assert unreadable.duration_seconds is None and unreadable.size > 0
    with context.uow_factory() as uow:  # the footage is encrypted (п.6): each thumbnail sealed to the vault key
        sealed = uow.vault_keys.thumbnails([r.id for r in recordings])
    assert all(r.duration_seconds and 1.5 <= r.duration_seconds <= 3.5 and (r.width, r.height) == (160, 120)
               and r.id in sealed for r in recordings if r.readable)
    assert sum(bool(report.gaps) for report in reports) == 1
    [gap] = [report for report in reports if report.gaps]
    assert gap.missing_sequence_numbers and max(g.seconds for g in gap.gaps) > 600
    assert all(run.status is RunStatus.DONE for run in runs.values()) and len(runs) == len(entry_ids)
    assert all(context.vault.verify(r.sha256) for r in recordings)

    journal = context.journal
    rows = {row.entry.id: row for row in journal.rows(head, JournalFilter(newest_first=False), limit=1000)}
    for entry_id in entry_ids:  # column 6 filled by the ingest, at the docking moment after the return
        row = rows[entry_id]
        mine = [r for r in recordings if r.entry_id == entry_id]
        assert row.state is RowState.STORED and row.entry.at > clock.now() - timedelta(days=9)
        assert {runs[r.ingest_run_id].started_at for r in mine} == {row.stored.stored_at}
        assert row.returned.returned_at < row.stored.stored_at < row.returned.returned_at + timedelta(hours=1)
        assert all(row.entry.at < r.start_utc < row.returned.returned_at for r in mine)
        assert {r.user_id for r in mine} == {row.entry.user_id}
    assert Counter(row.state for row in rows.values())[RowState.RETURNED_NOT_STORED] == 1
    assert not journal.notifications(head)[1:]  # recorder clocks were within the tolerance: only the fault
    [volume] = journal.volumes(head)
    report = context.journal_verifier.verify_volume(head, volume.id)
    assert report.ok, report.problems
    assert set(Path(tempfile.gettempdir()).glob("demo-recorder-*")) == leftovers


def test_demo_storage_passwords_open_the_encrypted_footage(context):
    """The head and the responsible person have generated storage passwords (п.6), set before the footage came:
    every recording is stored encrypted, its thumbnail sealed; each storage password and the recovery key open it."""
    credentials = build_demo(context)
    storage = context.demo_storage_passwords
    logins = list(credentials)
    assert list(storage) == logins[:2]  # the head, the responsible person; inspectors have none (п.13)
    for password in storage.values():
        check_password_strength(password)
        assert password not in credentials.values() and not set(password) & set("0O1lI")
    assert len(set(storage.values())) == 2
    head, responsible = (context.accounts.authenticate(login, credentials[login]) for login in logins[:2])
    keyring = context.keyring
    assert keyring.is_set_up and not keyring.unlocked  # locked: the demo signs nobody in
    [slot_time] = {s.created_at for s in keyring.slots(head) if s.holder.value != "responsible"}

    with context.uow_factory() as uow:
        recordings = uow.recordings.list(RecordingFilter(newest_first=False), limit=1000)
        sealed = uow.vault_keys.thumbnails([r.id for r in recordings])
        first_run = min(uow.recordings.run(r.ingest_run_id).started_at for r in recordings)
    assert recordings and slot_time < first_run  # set before the footage was ingested
    assert all(context.vault.is_encrypted(r.sha256) and r.thumbnail is None for r in recordings)
    assert {r.id for r in recordings if r.readable} <= set(sealed)
    with pytest.raises(VaultLocked):
        context.vault.open(recordings[0].sha256)
    service = RecordingsService(context.uow_factory, context.audit, keyring)
    assert all(r.thumbnail is None for r in service.list(head))

    for actor in (head, responsible):
        keyring.unlock(actor, storage[actor.login])
        with context.vault.open(recordings[0].sha256) as stream:
            assert hashlib.sha256(stream.read()).hexdigest() == recordings[0].sha256
        assert any(r.thumbnail for r in service.list(actor))
        keyring.lock("test")
    keyring.unlock_with_recovery(head, context.demo_recovery_key)
    keyring.lock("test")


def test_build_demo_without_footage(context):
    credentials = build_demo(context, footage=False)
    head = context.accounts.authenticate(next(iter(credentials)), credentials[next(iter(credentials))])
    with context.uow_factory() as uow:
        assert uow.recordings.count() == 0 and uow.recordings.runs() == []
    states = Counter(row.state for row in context.journal.rows(head, JournalFilter(), limit=1000))
    assert states[RowState.RETURNED_NOT_STORED] == 1 and states[RowState.OPEN] == 2


def test_build_demo_refuses_a_unit_that_is_set_up(unit_context, head):
    before = len(unit_context.users.list(head))
    with pytest.raises(StateError, match="already set up"):
        build_demo(unit_context)
    assert len(unit_context.users.list(head)) == before and unit_context.demo_credentials == {}


def test_demo_command_prints_passwords_that_sign_in_and_logs_none(tmp_path):
    from inspector_app.bootstrap import build_context

    data = tmp_path / "demo"
    result = run_demo(data, "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["ok"] is True and payload["recorder_count"] == 12 and payload["journal_entry_count"] >= 25
    users = payload["users"]
    assert len(users) == 10 and users[0]["role"] == "head" and users[1]["role"] == "responsible"
    passwords = {u["login"]: u["password"] for u in users}
    assert len(set(passwords.values())) == 10
    storage = {u["login"]: u["storage_password"] for u in users if "storage_password" in u}
    assert list(storage) == [users[0]["login"], users[1]["login"]]
    recovery = payload["recovery_key"]
    assert len(recovery.split("-")) == 8

    ctx = build_context(data)
    try:
        for login, password in passwords.items():
            assert ctx.accounts.authenticate(login, password).login == login
        for login, password in storage.items():
            ctx.keyring.unlock(ctx.accounts.authenticate(login, passwords[login]), password)
            ctx.keyring.lock("test")
    finally:
        ctx.close()

    files = [p for p in data.rglob("*") if p.is_file()]
    assert any(p.suffix == ".log" for p in files)
    for path in files:  # the logs above all, but the database must not hold them in clear either
        content = path.read_bytes()
        for password in [*passwords.values(), *storage.values(), recovery, recovery.replace("-", "")]:
            assert password.encode() not in content, path

    again = run_demo(data)
    assert again.returncode == 1
    assert again.stderr.splitlines() == ["inspector-app: error: The unit is already set up; "
                                         "the demo needs an empty data folder"]


def test_demo_command_table(tmp_path):
    result = run_demo(tmp_path / "demo")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "10 users, 12 recorders" in lines[0]
    rows = [line.split() for line in lines if line.startswith(("n.", "g.", "e.", "a.", "d.", "m.", "i."))]
    assert len(rows) == 10
    assert all(check_password_strength(row[2]) is None for row in rows)
    assert any(line.startswith("login") and "storage password" in line for line in lines)
    assert all(check_password_strength(row[3]) is None for row in rows[:2])
    assert {row[3] for row in rows[2:]} == {"-"}  # the inspectors hold none (п.13)
    assert any(line.startswith("Recovery key") for line in lines)


def test_demo_command_needs_an_explicit_data_folder(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("INSPECTOR_APP_")}
    env["HOME"] = str(tmp_path)  # wherever the per-user folder would be, keep it in tmp
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    result = subprocess.run([sys.executable, "-m", "inspector_app", "demo"], cwd=ROOT, env=env, input="",
                            capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert result.returncode == 2 and "needs --data-dir" in result.stderr
    assert not (tmp_path / "xdg").exists()
