"""The encrypted vault (п.6, п.13): footage unreadable on disk, stored while locked, opened only by a
storage password of the head or the responsible person (or the recovery key), and crypto-shredding."""

from __future__ import annotations

import hashlib
import subprocess
from contextlib import closing
from datetime import timedelta

import pytest

from devices.ingest_engine import IngestEngine
from devices.profiles import all_profiles
from devices.volumes import scan_roots
from inspector_app.domain.audit import AuditFilter, AuditKind
from inspector_app.errors import PermissionDenied, VaultError
from inspector_app.services.journal import IssueRequest
from inspector_app.vault_keys import VaultLocked, WrongStoragePassword
from tests.conftest import PASSWORDS, sign_as
from tests.integration.conftest import db_path
from tests.integration.fake_recorder import SERIAL, back_to_back, make_recorder
from tests.db_backend import raw_connect, RAW_ERRORS

LOCAL = timedelta(hours=5)
HEAD_STORAGE = "Сақтау-басшы-2026"
RESP_STORAGE = "Сақтау-жауапты-2026"


@pytest.fixture
def keyring(unit_context, head, responsible):
    """The unit's storage password set by the head, the responsible person's slot added; then locked."""
    recovery = unit_context.keyring.create(head, HEAD_STORAGE)
    unit_context.keyring.add_slot(head, responsible.id, RESP_STORAGE)
    unit_context.keyring.lock("test")
    unit_context.keyring.recovery_key = recovery  # for the tests
    return unit_context.keyring


@pytest.fixture
def stored(unit_context, keyring, responsible, inspector, clock, tmp_path):
    """Three segments docked and ingested with the vault locked, as the headless station does."""
    recorder = unit_context.recorders.add(responsible, "ВР-001", SERIAL, "DS-MCW406", "hikvision-dswa")
    row = unit_context.journal.issue(responsible, IssueRequest(recorder.id, inspector.id, "inspection", 95, 1),
                                     sign_as(unit_context, "aliya"), sign_as(unit_context, "resp"))
    clock.advance(hours=2)
    unit_context.journal.return_recorder(responsible, row.entry.id, "", sign_as(unit_context, "aliya"),
                                         sign_as(unit_context, "resp"))
    clock.advance(minutes=30)
    start = (row.entry.at + LOCAL).replace(tzinfo=None) + timedelta(minutes=5)
    root = make_recorder(tmp_path / "vol", back_to_back(start, 3, 1.5))
    [volume] = scan_roots([(root, "HIKVISION")], all_profiles())
    assert not keyring.unlocked
    summary = IngestEngine(unit_context).ingest(volume)
    assert summary.status == "done" and summary.files_stored == 3, summary.log
    with unit_context.uow_factory() as uow:
        recordings = sorted(uow.recordings.for_entry(row.entry.id), key=lambda r: r.sequence_number)
    originals = sorted((root / "RECORD").rglob("*.MP4"))
    return recordings, originals


def _object(ctx, recording):
    return ctx.vault._object_path(recording.sha256)


def test_a_file_in_the_vault_read_from_disk_is_not_the_recording(unit_context, stored):
    recordings, originals = stored
    for recording, original in zip(recordings, originals):
        on_disk = _object(unit_context, recording).read_bytes()
        plain = original.read_bytes()
        assert hashlib.sha256(plain).hexdigest() == recording.sha256
        assert on_disk[:8] == b"IAVAULT\x01" and b"ftyp" not in on_disk and plain[100:164] not in on_disk
        sha = subprocess.run(["sha256sum", str(_object(unit_context, recording))], capture_output=True,
                             text=True).stdout.split()[0]
        assert sha != recording.sha256  # the evidence hash is the plaintext's, not what lies on disk
    with closing(raw_connect(db_path(unit_context))) as conn:
        plain_thumbnails = conn.execute("SELECT COUNT(*) FROM recordings WHERE thumbnail IS NOT NULL").fetchone()[0]
        sealed = conn.execute("SELECT sealed FROM recording_thumbnails").fetchall()
    assert plain_thumbnails == 0 and len(sealed) == 3
    assert all(b"JFIF" not in blob and b"\xff\xd8\xff" not in blob[:64] for (blob,) in sealed)


def test_locked_nothing_reads_and_either_password_unlocks(unit_context, stored, keyring, head, responsible):
    recordings, _ = stored
    with pytest.raises(VaultLocked):
        unit_context.vault.open(recordings[0].sha256)
    for actor, password in ((head, HEAD_STORAGE), (responsible, RESP_STORAGE)):
        with pytest.raises(WrongStoragePassword):
            keyring.unlock(actor, password + "x")
        assert not keyring.unlocked
        keyring.unlock(actor, password)
        with unit_context.vault.open(recordings[0].sha256) as stream:
            assert hashlib.sha256(stream.read()).hexdigest() == recordings[0].sha256
        keyring.lock("test")
    with pytest.raises(WrongStoragePassword):  # each opens only their own slot
        keyring.unlock(head, RESP_STORAGE)
    keyring.unlock_with_recovery(head, keyring.recovery_key.lower())
    assert keyring.unlocked
    failed = unit_context.audit.list(head, AuditFilter(kind=AuditKind.VAULT, text="unlock_failed"))
    assert len(failed) == 3 and all("Сақтау" not in str(e.details) for e in failed)  # never the password


def test_an_inspector_reaches_no_footage(unit_context, stored, keyring, inspector):
    with pytest.raises(PermissionDenied):
        keyring.unlock(inspector, HEAD_STORAGE)
    with pytest.raises(PermissionDenied):
        keyring.add_slot(inspector, inspector.id, "Inspector-2026")


def test_a_new_responsible_person_revokes_the_old_slot(unit_context, stored, keyring, head, responsible):
    newcomer = unit_context.users.add(head, "dana", "Серікова Дана Ержанқызы", "Бас маман", "inspector",
                                      "Dana-pass-2026")
    unit_context.users.appoint_responsible(head, newcomer.id, "№ 31-ө, 01.12.2026")
    with pytest.raises(PermissionDenied):
        keyring.unlock(responsible, RESP_STORAGE)  # an inspector again: no footage, whatever the password
    [old_slot] = [s for s in keyring.slots(head) if s.user_id == responsible.id]
    assert old_slot.revoked_at is not None and old_slot.revoked_by_id == head.id  # revoked at the appointment
    keyring.unlock(head, HEAD_STORAGE)
    dana = unit_context.accounts.authenticate("dana", "Dana-pass-2026")
    keyring.add_slot(head, dana.id, "Дана-сақтау-2026")  # typed by her in the head's unlocked session
    keyring.lock("test")
    keyring.unlock(dana, "Дана-сақтау-2026")
    recordings, _ = stored
    with unit_context.vault.open(recordings[1].sha256) as stream:  # nothing was re-encrypted
        assert hashlib.sha256(stream.read()).hexdigest() == recordings[1].sha256


def test_verification_locked_and_unlocked(unit_context, stored, keyring, head, clock):
    recordings, _ = stored
    locked = unit_context.integrity.run(head)
    assert locked.ok and locked.locked_files == 3, [str(p) for p in locked.problems]
    keyring.unlock(head, HEAD_STORAGE)
    unlocked = unit_context.integrity.run(head)
    assert unlocked.ok and unlocked.locked_files == 0 and unlocked.bytes_hashed == sum(r.size for r in recordings)
    path = _object(unit_context, recordings[1])
    path.chmod(0o644)
    with open(path, "r+b") as stream:
        stream.seek(5000)
        byte = stream.read(1)
        stream.seek(5000)
        stream.write(bytes([byte[0] ^ 1]))
    report = unit_context.integrity.run(head)
    assert [p.subject for p in report.problems] == [f"recording {recordings[1].id} ({recordings[1].source_name})"]
    assert "changed or damaged" in report.problems[0].text
    keyring.lock("test")
    clock.advance(seconds=1)  # the good checks before the change are older now
    report = unit_context.integrity.run_scheduled(0)
    assert [p.subject for p in report.problems] == [f"recording {recordings[1].id} ({recordings[1].source_name})"]


def test_a_shredded_recording_cannot_be_recovered_with_the_vault_key(unit_context, stored, keyring, head):
    recordings, _ = stored
    keyring.unlock(head, HEAD_STORAGE)
    target = recordings[0]
    path = _object(unit_context, target)
    ciphertext = path.read_bytes()
    assert unit_context.vault.shred(target.sha256)
    assert path.read_bytes() == ciphertext  # the ciphertext stays, unreadable
    assert not path.with_name(path.name + ".key").exists()
    with pytest.raises(VaultError) as caught:
        unit_context.vault.open(target.sha256)
    assert caught.value.code == "vault_shredded"
    with unit_context.vault.open(recordings[1].sha256) as stream:  # the others are untouched
        assert hashlib.sha256(stream.read()).hexdigest() == recordings[1].sha256


def test_the_thumbnail_column_is_cleared_only_with_an_encrypted_copy(unit_context, stored):
    recordings, _ = stored
    with closing(raw_connect(db_path(unit_context))) as conn:
        with pytest.raises(RAW_ERRORS, match="append-only"):
            conn.execute(f"UPDATE recordings SET start_utc = '2020-01-01 00:00:00.000000' WHERE id = "
                         f"{recordings[0].id}")
        with pytest.raises(RAW_ERRORS, match="append-only"):
            conn.execute("UPDATE recordings SET thumbnail = ? WHERE id = ?", (b"\x00", recordings[0].id))


def test_the_session_opens_thumbnails_only_unlocked(unit_context, stored, keyring, responsible):
    from inspector_app.services.recordings import RecordingsService

    service = RecordingsService(unit_context.uow_factory, unit_context.audit, keyring)
    assert all(r.thumbnail is None for r in service.list(responsible))
    keyring.unlock(responsible, RESP_STORAGE)
    assert all(r.thumbnail[:3] == b"\xff\xd8\xff" for r in service.list(responsible))
    assert PASSWORDS["resp"] != RESP_STORAGE  # the storage password is not the sign-in password



def test_a_changed_storage_password_revokes_the_old_one(unit_context, stored, keyring, responsible):
    keyring.change_password(responsible, RESP_STORAGE, "Жаңа-сақтау-2027")
    keyring.lock("test")
    with pytest.raises(WrongStoragePassword):
        keyring.unlock(responsible, RESP_STORAGE)
    keyring.unlock(responsible, "Жаңа-сақтау-2027")
    assert keyring.unlocked


def test_the_player_opens_footage_through_the_service_only_unlocked_and_audited(unit_context, stored, keyring,
                                                                                 responsible, inspector):
    from inspector_app.services.recordings import RecordingsService

    recordings, _ = stored
    service = RecordingsService(unit_context.uow_factory, unit_context.audit, keyring)
    with pytest.raises(PermissionDenied):
        service.open_footage(inspector, recordings[0].id, unit_context.vault)
    with pytest.raises(VaultLocked):
        service.open_footage(responsible, recordings[0].id, unit_context.vault)
    keyring.unlock(responsible, RESP_STORAGE)
    with service.open_footage(responsible, recordings[0].id, unit_context.vault) as stream:
        stream.seek(recordings[0].size // 2)
        assert len(stream.read(1000)) == 1000
    plays = unit_context.audit.list(responsible, AuditFilter(kind=AuditKind.VIEW, recording_id=recordings[0].id))
    assert [e.details["purpose"] for e in plays] == ["play"]  # opened once; the locked try showed nothing


def test_an_object_left_by_a_crash_is_probed_from_the_new_copy_while_locked(unit_context, keyring, responsible,
                                                                            inspector, clock, tmp_path):
    """The copy reached the vault but the process died before the database row: the next dock, locked,
    still records the recording's media facts (from its own identical copy, removed afterwards)."""
    import dataclasses

    from storage.vault import FileVault

    recorder = unit_context.recorders.add(responsible, "ВР-001", SERIAL, "DS-MCW406", "hikvision-dswa")
    row = unit_context.journal.issue(responsible, IssueRequest(recorder.id, inspector.id, "inspection", 95, 1),
                                     sign_as(unit_context, "aliya"), sign_as(unit_context, "resp"))
    start = (row.entry.at + LOCAL).replace(tzinfo=None) + timedelta(minutes=5)
    root = make_recorder(tmp_path / "vol", back_to_back(start, 1, 2.0))
    [segment] = sorted((root / "RECORD").rglob("*.MP4"))
    unit_context.vault.put(segment)  # ... and the process dies here
    after_crash = dataclasses.replace(unit_context, vault=FileVault(unit_context.data_dir / "vault", keyring=keyring))
    [volume] = scan_roots([(root, "HIKVISION")], all_profiles())
    summary = IngestEngine(after_crash).ingest(volume)
    assert summary.files_stored == 1, summary.log
    with unit_context.uow_factory() as uow:
        [recording] = uow.recordings.for_entry(row.entry.id)
    assert recording.readable and abs(recording.duration_seconds - 2.0) < 0.3
    assert not list((unit_context.data_dir / "vault" / "tmp").glob("*.part"))
