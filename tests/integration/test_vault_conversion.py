"""Converting a plain vault in place once the unit has a storage password: verified before and after,
resumable after a failure at any object, thumbnails sealed and cleared from their rows."""

from __future__ import annotations

import hashlib
from contextlib import closing

import pytest

from inspector_app.services.vault_conversion import VaultConversion
from tests.integration.conftest import db_path
from tests.integration.test_integrity import stored  # noqa: F401 - fixture: a plain vault with 3 recordings
from tests.db_backend import raw_connect

STORAGE = "Сақтау-басшы-2026"


def _plain_thumbnails(ctx) -> int:
    with closing(raw_connect(db_path(ctx))) as conn:
        return conn.execute("SELECT COUNT(*) FROM recordings WHERE thumbnail IS NOT NULL").fetchone()[0]


def test_a_plain_vault_is_encrypted_in_place_and_verifies_before_and_after(unit_context, stored, head):  # noqa: F811
    assert not any(unit_context.vault.is_encrypted(r.sha256) for r in stored) and _plain_thumbnails(unit_context) == 3
    unit_context.keyring.create(head, STORAGE)
    unit_context.keyring.lock("test")
    conversion = VaultConversion(unit_context)
    assert conversion.plain_left() == 6
    report = conversion.run(head)  # the head needs no unlocking: it encrypts to the public key
    assert report.ok, report.problems
    assert report.before.ok and report.after.ok and report.after.locked_files == 3
    assert (report.files_encrypted, report.thumbnails_sealed) == (3, 3)
    assert conversion.plain_left() == 0 and _plain_thumbnails(unit_context) == 0
    for recording in stored:
        assert unit_context.vault._object_path(recording.sha256).read_bytes()[:8] == b"IAVAULT\x01"
    unit_context.keyring.unlock(head, STORAGE)
    full = unit_context.integrity.run(head)
    assert full.ok and full.locked_files == 0, [str(p) for p in full.problems]  # thumbnails match their seals
    with unit_context.vault.open(stored[2].sha256) as stream:
        assert hashlib.sha256(stream.read()).hexdigest() == stored[2].sha256
    again = conversion.run(head)
    assert again.ok and (again.files_encrypted, again.files_already) == (0, 3)


def test_a_failure_midway_loses_nothing_and_the_next_run_finishes(unit_context, stored, head, monkeypatch):  # noqa: F811
    import storage.vault_conversion as conversion_module

    unit_context.keyring.create(head, STORAGE)
    real_replace = conversion_module.os.replace
    calls = {"n": 0}

    def dying_replace(src, dst):  # the second object's key file is written, then the power fails
        calls["n"] += 1
        if calls["n"] == 4:  # key file 1, object 1, key file 2, object 2
            raise OSError(5, "Input/output error")
        return real_replace(src, dst)

    monkeypatch.setattr(conversion_module.os, "replace", dying_replace)
    with pytest.raises(Exception, match="Input/output error"):
        VaultConversion(unit_context).run(head)
    encrypted = [unit_context.vault.is_encrypted(r.sha256) for r in stored]
    assert encrypted.count(True) == 1
    for recording in stored:  # every recording still reads whole, whichever state it was left in
        with unit_context.vault.open(recording.sha256) as stream:
            assert hashlib.sha256(stream.read()).hexdigest() == recording.sha256
    assert not list((unit_context.data_dir / "vault" / "tmp").glob("*.part"))
    monkeypatch.setattr(conversion_module.os, "replace", real_replace)
    report = VaultConversion(unit_context).run(head)
    assert report.ok and report.files_encrypted == 2 and report.files_already == 1


def test_nothing_is_converted_over_a_failed_verification(unit_context, stored, head):  # noqa: F811
    unit_context.keyring.create(head, STORAGE)
    path = unit_context.vault._object_path(stored[0].sha256)
    path.chmod(0o644)
    with open(path, "r+b") as stream:
        stream.seek(100)
        byte = stream.read(1)
        stream.seek(100)
        stream.write(bytes([byte[0] ^ 1]))
    report = VaultConversion(unit_context).run(head)
    assert not report.ok and report.problems and report.files_encrypted == 0
    assert not any(unit_context.vault.is_encrypted(r.sha256) for r in stored)


def test_only_the_head_converts(unit_context, stored, responsible):  # noqa: F811
    from inspector_app.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        VaultConversion(unit_context).run(responsible)
