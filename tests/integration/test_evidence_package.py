"""Evidence packages for a court (п.13): recordings stored by the real ingest exported with their seals,
custody and a signed manifest, checked with coreutils and openssl alone, and by `verify-package`."""

from __future__ import annotations

import hashlib
import json
import subprocess
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest

from devices.ingest_engine import IngestEngine
from devices.profiles import all_profiles
from devices.volumes import scan_roots
from inspector_app.domain.audit import AuditFilter, AuditKind
from inspector_app.errors import OperationCancelled, PermissionDenied, VaultError
from inspector_app.services.evidence_package import EvidencePackager
from inspector_app.services.journal import IssueRequest
from inspector_app.services.package_verification import verify_package
from inspector_app.vault_keys import VaultLocked
from tests.conftest import PASSWORDS, sign_as
from tests.integration.fake_recorder import SERIAL, back_to_back, make_recorder
from tests.integration.test_cli import run_cli

LOCAL = timedelta(hours=5)
HEAD_STORAGE = "Сақтау-басшы-2026"
OPENSSL_MANIFEST = ["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "installation_key.pem", "-rawin",
                    "-in", "manifest.json", "-sigfile", "manifest.json.sig"]


def _store(ctx, responsible, inspector, clock, folder: Path):
    recorder = ctx.recorders.add(responsible, "ВР-001", SERIAL, "DS-MCW406", "hikvision-dswa")
    row = ctx.journal.issue(responsible, IssueRequest(recorder.id, inspector.id, "inspection", 95, 1),
                            sign_as(ctx, "aliya"), sign_as(ctx, "resp"))
    clock.advance(hours=2)
    ctx.journal.return_recorder(responsible, row.entry.id, "", sign_as(ctx, "aliya"), sign_as(ctx, "resp"))
    clock.advance(minutes=30)
    start = (row.entry.at + LOCAL).replace(tzinfo=None) + timedelta(minutes=5)
    root = make_recorder(folder, back_to_back(start, 3, 1.5))
    originals = {p.name: p.read_bytes() for p in sorted((root / "RECORD").rglob("*.MP4"))}
    [volume] = scan_roots([(root, "HIKVISION")], all_profiles())
    summary = IngestEngine(ctx).ingest(volume)
    assert summary.files_stored == 3, summary.log
    with ctx.uow_factory() as uow:
        recordings = sorted(uow.recordings.for_entry(row.entry.id), key=lambda r: r.sequence_number)
    return recordings, originals


@pytest.fixture(params=["plain", "encrypted"])
def stored(request, unit_context, head, responsible, inspector, clock, tmp_path):
    """Three segments stored by the real ingest: in a plain vault, or in an encrypted one (locked at the
    ingest, unlocked by the head's storage password for the export)."""
    if request.param == "encrypted":
        unit_context.keyring.create(head, HEAD_STORAGE)
        unit_context.keyring.lock("test")
    recordings, originals = _store(unit_context, responsible, inspector, clock, tmp_path / "vol")
    if request.param == "encrypted":
        unit_context.keyring.unlock(head, HEAD_STORAGE)
    return recordings, originals


def _export(ctx, actor, recordings, target, **options):
    return EvidencePackager(ctx).export(actor, [r.id for r in recordings], target, options.pop("lang", "kk"),
                                        **options)


def _sha256sum(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True)


def _flip_byte(path: Path, offset: int) -> None:
    with open(path, "r+b") as stream:
        stream.seek(offset)
        byte = stream.read(1)
        stream.seek(offset)
        stream.write(bytes([byte[0] ^ 0x01]))


def test_a_package_checks_with_coreutils_openssl_and_verify_package(unit_context, stored, head, tmp_path):
    recordings, originals = stored
    target = tmp_path / "usb" / "evidence-1"
    target.parent.mkdir()
    result = _export(unit_context, head, recordings, target, lang="ru")
    assert result.report.ok and result.recordings == 3
    assert sorted(p.name for p in target.parent.iterdir()) == ["evidence-1"]  # no temporary left beside it

    for name, data in originals.items():
        assert (target / "recordings" / name).read_bytes() == data  # byte-identical to the recorder's file
    checked = _sha256sum(target)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    lines = checked.stdout.splitlines()
    assert len(lines) == 7 and all(line.endswith(": OK") for line in lines)  # 3 files, pdf, pem, txt, manifest
    openssl = subprocess.run(OPENSSL_MANIFEST, cwd=target, capture_output=True, text=True)
    assert openssl.returncode == 0 and "Signature Verified Successfully" in openssl.stdout

    verified = run_cli(tmp_path / "nowhere", "verify-package", str(target))
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "the package verifies" in verified.stdout and not (tmp_path / "nowhere").exists()
    assert unit_context.signer.key.fingerprint in verified.stdout
    assert unit_context.signer.key.fingerprint in (target / "VERIFY.txt").read_text(encoding="utf-8")

    manifest = json.loads((target / "manifest.json").read_bytes())
    assert manifest["created_by"]["login"] == "head" and manifest["unit"]["code"] == "ALA"
    assert manifest["installation_keys"][0]["fingerprint"] == unit_context.signer.key.fingerprint
    first = manifest["recordings"][0]
    assert first["sha256"] == recordings[0].sha256 and first["recorder"]["serial_number"] == SERIAL
    assert first["journal_entry"]["inspector"].startswith("Нұрланова Әлия")
    kinds = {e["kind"] for e in manifest["audit_events"] if e["seq"] in first["custody"]}
    assert {"issue", "return", "dock", "ingest"} <= kinds
    verify_text = (target / "VERIFY.txt").read_text(encoding="utf-8")
    assert "sha256sum -c SHA256SUMS" in verify_text and "ТЕКСЕРУ" in verify_text and "ПРОВЕРИТЬ" in verify_text


def test_each_export_is_audited_and_shows_in_the_custody_of_the_next(unit_context, stored, head, tmp_path):
    recordings, _ = stored
    first = _export(unit_context, head, recordings[:1], tmp_path / "one")
    [event] = unit_context.audit.list(head, AuditFilter(kind=AuditKind.EXPORT, recording_id=recordings[0].id))
    assert event.details["manifest_sha256"] == first.manifest_sha256 == \
        hashlib.sha256((tmp_path / "one" / "manifest.json").read_bytes()).hexdigest()
    _export(unit_context, head, recordings[:1], tmp_path / "two")
    manifest = json.loads((tmp_path / "two" / "manifest.json").read_bytes())
    exports = [e for e in manifest["audit_events"] if e["kind"] == "export"]
    assert [e["details"]["manifest_sha256"] for e in exports] == [first.manifest_sha256]
    assert verify_package(tmp_path / "two").ok


def test_one_changed_byte_in_a_recording_or_the_manifest_fails(unit_context, stored, head, tmp_path):
    recordings, _ = stored
    target = tmp_path / "pkg"
    _export(unit_context, head, recordings, target)
    name = json.loads((target / "manifest.json").read_bytes())["recordings"][1]["file"]
    _flip_byte(target / name, recordings[1].size // 2)
    failed = run_cli(tmp_path / "nowhere", "verify-package", str(target))
    assert failed.returncode == 1 and name in failed.stdout, failed.stdout
    assert _sha256sum(target).returncode != 0
    _flip_byte(target / name, recordings[1].size // 2)  # back as it was
    assert verify_package(target).ok

    _flip_byte(target / "manifest.json", 40)
    failed = run_cli(tmp_path / "nowhere", "verify-package", str(target))
    assert failed.returncode == 1 and "manifest.json" in failed.stdout, failed.stdout
    assert subprocess.run(OPENSSL_MANIFEST, cwd=target, capture_output=True).returncode != 0


def test_an_added_or_removed_file_fails(unit_context, stored, head, tmp_path):
    recordings, _ = stored
    target = tmp_path / "pkg"
    _export(unit_context, head, recordings, target)
    (target / "recordings" / "extra.MP4").write_bytes(b"not evidence")
    assert any("recordings/extra.MP4" in p for p in verify_package(target).problems)
    (target / "recordings" / "extra.MP4").unlink()
    (target / "custody.pdf").unlink()
    assert verify_package(target).problems == ["custody.pdf is missing (listed in SHA256SUMS)"]


def test_a_zip_package_verifies_directly_and_after_unzipping(unit_context, stored, head, tmp_path):
    recordings, originals = stored
    target = tmp_path / "evidence.zip"
    result = _export(unit_context, head, recordings, target, as_zip=True)
    assert result.report.ok and zipfile.is_zipfile(target)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith((".evidence", "evidence"))) == \
        ["evidence.zip"]
    assert verify_package(target).ok
    verified = run_cli(tmp_path / "nowhere", "verify-package", str(target))
    assert verified.returncode == 0, verified.stdout + verified.stderr
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(target) as archive:
        archive.extractall(unpacked)
    assert _sha256sum(unpacked).returncode == 0
    assert subprocess.run(OPENSSL_MANIFEST, cwd=unpacked, capture_output=True).returncode == 0
    assert verify_package(unpacked).ok
    for name, data in originals.items():
        assert (unpacked / "recordings" / name).read_bytes() == data


def test_an_inspector_is_refused_and_nothing_is_written(unit_context, stored, inspector, tmp_path):
    recordings, _ = stored
    before = set(tmp_path.iterdir())
    with pytest.raises(PermissionDenied):
        _export(unit_context, inspector, recordings, tmp_path / "pkg")
    assert set(tmp_path.iterdir()) == before
    assert not unit_context.audit.list(unit_context.accounts.authenticate("head", PASSWORDS["head"]),
                                       AuditFilter(kind=AuditKind.EXPORT))


def test_a_failure_midway_or_a_cancel_leaves_nothing_behind(unit_context, stored, head, tmp_path, monkeypatch):
    recordings, _ = stored
    real_open, opened = unit_context.vault.open, []

    def failing_open(sha256):
        opened.append(sha256)
        if len(opened) == 2:
            raise VaultError("The disk went away", code="vault_io")
        return real_open(sha256)

    monkeypatch.setattr(unit_context.vault, "open", failing_open)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(VaultError):
        _export(unit_context, head, recordings, out / "pkg")
    assert list(out.iterdir()) == []
    opened.clear()
    with pytest.raises(VaultError):
        _export(unit_context, head, recordings, out / "pkg.zip", as_zip=True)
    assert list(out.iterdir()) == []
    monkeypatch.setattr(unit_context.vault, "open", real_open)
    calls = []
    with pytest.raises(OperationCancelled):
        _export(unit_context, head, recordings, out / "pkg", progress=lambda done, total: calls.append(done),
                cancel=lambda: len(calls) > 1)
    assert list(out.iterdir()) == []
    assert not unit_context.audit.list(head, AuditFilter(kind=AuditKind.EXPORT))


def test_a_locked_vault_refuses_the_export(unit_context, head, responsible, inspector, clock, tmp_path):
    unit_context.keyring.create(head, HEAD_STORAGE)
    unit_context.keyring.lock("test")
    recordings, _ = _store(unit_context, responsible, inspector, clock, tmp_path / "vol")
    with pytest.raises(VaultLocked):
        _export(unit_context, head, recordings, tmp_path / "pkg")
    assert not (tmp_path / "pkg").exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".pkg")]


def test_the_custody_sheet_names_the_people_and_hashes_with_embedded_fonts(unit_context, stored, head,
                                                                          responsible, tmp_path):
    from inspector_app.services.recordings import RecordingsService

    recordings, _ = stored
    RecordingsService(unit_context.uow_factory, unit_context.audit).view(head, recordings[0].id)  # a look
    _export(unit_context, responsible, recordings[:1], tmp_path / "first", lang="ru")  # an earlier export
    target = tmp_path / "pkg"
    _export(unit_context, responsible, recordings, target, lang="kk")
    text = subprocess.run(["pdftotext", "-layout", str(target / "custody.pdf"), "-"], capture_output=True,
                          text=True).stdout
    flat = "".join(text.split())
    for recording in recordings:
        assert recording.sha256 in flat
    assert "НұрлановаӘлия" in flat  # the inspector who recorded it
    assert "ЖұмабаеваӘйгерім" in flat  # the responsible person issued and received the recorder
    assert "Бейнежазбаларды" in text
    assert "СәрсенбаевЕрлан" in flat  # the head viewed it
    assert "Бейнежазбанықарау" in flat and "Экспорттау" in flat  # the look and the earlier export, in Kazakh
    fonts = subprocess.run(["pdffonts", str(target / "custody.pdf")], capture_output=True, text=True).stdout
    rows = [line for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all("DejaVu" in row and " yes " in row for row in rows), fonts


def test_the_cli_exports_with_the_storage_password(unit_context, head, responsible, inspector, clock, tmp_path):
    unit_context.keyring.create(head, HEAD_STORAGE)
    unit_context.keyring.lock("test")
    recordings, originals = _store(unit_context, responsible, inspector, clock, tmp_path / "vol")
    data_dir = unit_context.data_dir
    unit_context.close()
    args = ["export", *sum((["--recording", str(r.id)] for r in recordings), []), "--out", str(tmp_path / "pkg"),
            "--lang", "ru", "--as", "head"]
    env = {"INSPECTOR_APP_PASSWORD": PASSWORDS["head"], "INSPECTOR_APP_STORAGE_PASSWORD": HEAD_STORAGE}
    done = run_cli(data_dir, *args, env=env)
    assert done.returncode == 0, done.stderr
    assert "written to" in done.stdout
    assert _sha256sum(tmp_path / "pkg").returncode == 0
    refused = run_cli(data_dir, *args[:-1], "aliya", env={"INSPECTOR_APP_PASSWORD": PASSWORDS["aliya"],
                                                          "INSPECTOR_APP_STORAGE_PASSWORD": HEAD_STORAGE})
    assert refused.returncode != 0


def test_the_inspection_documents_go_in_with_their_signatures(unit_context, head, responsible, inspector, clock,
                                                               tmp_path):
    from inspector_app.domain.inspections import DocumentKind
    from tests.integration.test_inspections import NOW, _input
    from tests.nca_pki import PASSWORD, make_pki

    clock.set(NOW)  # the test certificates are valid from about now
    recordings, _ = _store(unit_context, responsible, inspector, clock, tmp_path / "vol")
    ctx = unit_context
    inspection = ctx.inspections.create(inspector, _input(inspector, recordings[0].entry_id))
    act = ctx.documents.issue(inspector, inspection.id, DocumentKind.ACT, "kk")
    ctx.documents.sign_with_key_file(inspector, act.id, make_pki().user_p12(PASSWORD), PASSWORD)
    target = tmp_path / "pkg"
    _export(ctx, head, recordings, target, inspection_id=inspection.id)
    manifest = json.loads((target / "manifest.json").read_bytes())
    [doc] = manifest["inspection"]["documents"]
    assert doc["number"] == act.number and doc["sha256"] == act.sha256
    pdf, [sig] = doc["file"], [s["file"] for s in doc["signatures"]]
    assert (target / pdf).read_bytes() == ctx.documents.pdf(inspector, act.id)
    cms = subprocess.run(["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", sig, "-content", pdf,
                          "-noverify", "-out", "/dev/null"], cwd=target, capture_output=True, text=True)
    assert cms.returncode == 0 and "Verification successful" in cms.stderr + cms.stdout, cms.stderr
    report = verify_package(target)
    assert report.ok and report.documents == 1, report.problems
    _flip_byte(target / pdf, act.size // 2)
    problems = verify_package(target).problems
    assert any(p.startswith(pdf) for p in problems) and any(p.startswith(sig) for p in problems), problems
    with pytest.raises(PermissionDenied):  # inspections are not the responsible person's
        _export(ctx, responsible, recordings, tmp_path / "pkg2", inspection_id=inspection.id)
    assert not (tmp_path / "pkg2").exists()


def test_an_export_the_audit_trail_cannot_record_is_removed(unit_context, stored, head, tmp_path, monkeypatch):
    recordings, _ = stored
    out = tmp_path / "out"
    out.mkdir()

    def refused(records):
        raise OSError("database is locked")

    monkeypatch.setattr(unit_context.audit, "append", refused)
    with pytest.raises(OSError):
        _export(unit_context, head, recordings, out / "pkg")
    assert list(out.iterdir()) == []


def _resign(ctx, target: Path, manifest: dict) -> None:
    """Write a changed manifest and sign it again, as someone holding the installation key could."""
    import base64

    data = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    (target / "manifest.json").write_bytes(data)
    (target / "manifest.json.sig").write_bytes(base64.b64decode(ctx.signer.sign(data)))
    sums = (target / "SHA256SUMS").read_text().splitlines()
    digest = hashlib.sha256(data).hexdigest()
    (target / "SHA256SUMS").write_text("".join(f"{digest}  manifest.json\n" if line.endswith("  manifest.json")
                                               else line + "\n" for line in sums))


def test_a_changed_or_removed_custody_event_is_found_even_in_a_resigned_manifest(unit_context, stored, head,
                                                                                 tmp_path):
    recordings, _ = stored
    target = tmp_path / "pkg"
    _export(unit_context, head, recordings, target)
    original = json.loads((target / "manifest.json").read_bytes())
    manifest = json.loads(json.dumps(original))
    ingest = next(e for e in manifest["audit_events"] if e["kind"] == "ingest")
    ingest["details"]["readable"] = False
    _resign(unit_context, target, manifest)
    problems = verify_package(target).problems
    assert problems == [f"manifest.json: audit event {ingest['seq']} (ingest) was changed: its content no longer "
                        "matches its hash"], problems

    manifest = json.loads(json.dumps(original))
    seal = manifest["recordings"][0]["seal"]
    seal["content"] = seal["content"].replace('"size":', '"size":1')
    _resign(unit_context, target, manifest)
    problems = verify_package(target).problems
    name = manifest["recordings"][0]["file"]
    assert f"{name}: its seal is not signed by the installation key" in problems, problems
