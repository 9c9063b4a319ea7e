"""Evidence packages for a court (п.13): recordings exported with everything needed to check them
outside the app, by the head or the responsible person only.

A package is a folder (or a ZIP file) holding each recording decrypted and byte-identical to what was
sealed (`recordings/`), `manifest.json` (the recordings' facts, their signed seals, the installation
keys, the audit events of their custody, the SHA-256 of every other file), its detached Ed25519
signature `manifest.json.sig` and the public key `installation_key.pem`, the chain-of-custody sheet
`custody.pdf`, the inspection's signed acts and prescriptions (`documents/`), `SHA256SUMS` and
`VERIFY.txt`, which tells a court clerk how to check it all with sha256sum and openssl.

It is built beside its target (a temporary folder or file in the same parent), verified from what was
written, and only then renamed into place: a failure or a cancel leaves nothing behind. Each export is
then one audit event per recording, with the manifest's SHA-256, so later packages show it in the custody.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from inspector_app import signing
from inspector_app.documents.custody_pdf import render_custody
from inspector_app.documents.output_files import check_target
from inspector_app.documents.templates import load_texts
from inspector_app.domain.audit import AuditKind, AuditRecord
from inspector_app.domain.roles import Permission
from inspector_app.errors import OperationCancelled, StateError, ValidationError, VaultError
from inspector_app.services.audit import who
from inspector_app.services.common import acting_user
from inspector_app.services.evidence_manifest import iso, keys_json, recordings_json
from inspector_app.services.package_files import (
    CUSTODY,
    DOCUMENTS,
    FORMAT,
    MANIFEST,
    MANIFEST_SIG,
    PUBLIC_KEY,
    SUMS,
    VERIFY,
    FolderSink,
    ZipSink,
    iter_chunks,
    safe_name,
    sums_text,
)
from inspector_app.services.package_verification import PackageReport, verify_package

logger = logging.getLogger(__name__)

LANGUAGES = ("kk", "ru")


@dataclass(frozen=True)
class PackageResult:
    path: Path
    manifest_sha256: str
    recordings: int
    bytes_written: int
    report: PackageReport


class EvidencePackager:
    def __init__(self, ctx) -> None:
        self.ctx = ctx

    def export(self, actor, recording_ids: list[int], target: Path, lang: str, inspection_id: int | None = None,
               as_zip: bool = False, progress=None, cancel=None) -> PackageResult:
        """Write the package of `recording_ids` to `target` (a new folder, or a new ZIP file with `as_zip`)."""
        with self.ctx.uow_factory() as uow:
            user = acting_user(uow, actor, Permission.ACCESS_FOOTAGE)  # before anything is looked up or written
            if lang not in LANGUAGES:
                raise ValidationError(f"An evidence package is in Kazakh (kk) or Russian (ru), not '{lang}'",
                                      code="package_language", lang=lang)
            if not recording_ids:
                raise ValidationError("An evidence package holds at least one recording", code="package_empty")
            target = check_target(Path(target))
            if target.exists():
                raise ValidationError(f"{target} already exists: choose a new name for the package",
                                      code="package_exists", path=str(target))
            recordings, entries, events = recordings_json(uow, list(recording_ids))
            keys = keys_json(uow)
            unit = uow.units.get()
        documents = self._documents(actor, inspection_id) if inspection_id is not None else None
        manifest = {
            "format": FORMAT, "language": lang,
            "unit": {"code": unit.code, "name_kk": unit.name_kk, "name_ru": unit.name_ru} if unit else {},
            "created_at": iso(self.ctx.clock.now()),
            "created_by": {"id": user.id, "login": user.login, "full_name": user.full_name, "role": user.role.value},
            "signed_with_key_id": self.ctx.signer.key_id, "installation_keys": keys,
            "recordings": entries, "audit_events": events,
            "inspection": {"id": inspection_id, "documents": [d for d, _pdf, _sigs in documents]}
            if documents is not None else None}
        temp = target.parent / f".{target.name}.{uuid.uuid4().hex[:8]}.part"
        sink = ZipSink(temp) if as_zip else FolderSink(_made(temp))
        try:
            written = self._write_recordings(sink, recordings, entries, progress, cancel)
            for doc, pdf, signatures in documents or []:
                sink.write_bytes(doc["file"], pdf)
                for sig, cms in zip(doc["signatures"], signatures):
                    sink.write_bytes(sig["file"], cms)
            sink.write_bytes(PUBLIC_KEY, signing.public_pem(self.ctx.signer.key.public_key))
            sink.write_bytes(VERIFY, self._verify_text())
            sink.write_bytes(CUSTODY, render_custody(manifest, lang, self.ctx.timezone()))
            _check(cancel)
            manifest["files"] = dict(sorted(sink.digests.items()))
            manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
            sink.write_bytes(MANIFEST, manifest_bytes)
            sink.write_bytes(SUMS, sums_text({k: v for k, v in sink.digests.items() if k != SUMS}))
            sink.write_bytes(MANIFEST_SIG, base64.b64decode(self.ctx.signer.sign(manifest_bytes)))
            sink.close()
            _check(cancel)
            report = verify_package(temp)  # read back from what was written, before it is put in place
            if not report.ok:
                raise StateError("The written package does not verify: " + "; ".join(report.problems),
                                 code="package_not_verified", problems=report.problems)
            if target.exists():
                raise ValidationError(f"{target} appeared meanwhile: choose a new name for the package",
                                      code="package_exists", path=str(target))
            os.rename(temp, target)
        except BaseException:
            _remove(temp, sink)
            raise
        digest = hashlib.sha256(manifest_bytes).hexdigest()
        user_id, user_name = who(user)
        try:  # an export the trail does not show does not stand: the package goes again
            self.ctx.audit.append([AuditRecord(
                AuditKind.EXPORT, user_id, user_name, f"recording:{rec.id}", rec.id,
                {"format": "evidence_package", "package": target.name, "zip": as_zip, "manifest_sha256": digest,
                 "sha256": rec.sha256, "recordings": len(recordings), "language": lang,
                 "inspection_id": inspection_id}) for rec in recordings])
        except BaseException:
            _remove(target, None)
            raise
        logger.info("evidence package of %s recording(s) written to %s", len(recordings), target)
        return PackageResult(target, digest, len(recordings), written, report)

    def _write_recordings(self, sink, recordings, entries, progress, cancel) -> int:
        total, done = sum(r.size for r in recordings), 0
        if progress:
            progress(0, total)
        for recording, entry in zip(recordings, entries):
            _check(cancel)

            def copy(writer, recording=recording) -> None:
                nonlocal done
                with self.ctx.vault.open(recording.sha256) as stream:
                    for chunk in iter_chunks(stream):
                        writer.write(chunk)
                        done += len(chunk)
                        if progress:
                            progress(done, total)
                        _check(cancel)

            writer = sink.write_stream(entry["file"], copy)
            if writer.digest.hexdigest() != recording.sha256 or writer.size != recording.size:
                raise VaultError(f"Recording {recording.id} ({recording.source_name}) read from the vault does not "
                                 "match its sealed SHA-256: it is not exported", code="package_hash_mismatch",
                                 id=recording.id)
        return total

    def _documents(self, actor, inspection_id: int) -> list[tuple[dict, bytes, list[bytes]]]:
        found = []
        for doc in self.ctx.documents.documents(actor, inspection_id):
            pdf = self.ctx.documents.pdf(actor, doc.id)
            base = f"{DOCUMENTS}/{doc.kind.value}-{safe_name(doc.number, str(doc.id))}-{safe_name(doc.lang, 'x')}"
            signatures = self.ctx.documents.signatures(actor, doc.id)
            found.append(({
                "id": doc.id, "kind": doc.kind.value, "number": doc.number, "lang": doc.lang, "sha256": doc.sha256,
                "size": doc.size, "issued_at": iso(doc.issued_at), "drawn_up_at": iso(doc.drawn_up_at),
                "replaces_id": doc.replaces_id, "file": f"{base}.pdf",
                "signatures": [{"file": f"{base}.p7s" if i == 0 else f"{base}.{i + 1}.p7s", "method": s.method,
                                "signer": s.signer_name, "iin": s.signer_iin,
                                "certificate_sha256": s.certificate_sha256, "signed_at": iso(s.signed_at)}
                               for i, s in enumerate(signatures)]}, pdf, [s.cms for s in signatures]))
        return found

    def _verify_text(self) -> bytes:
        key = self.ctx.signer.key
        parts = ["\n".join(load_texts("custody", lang).items("verify")) for lang in ("kk", "ru", "en")]
        footer = f"Ed25519 {key.public_key}\nSHA-256: {key.fingerprint}"
        return ("\n\n" + "=" * 72 + "\n\n").join([*parts, footer]).replace("\n", "\r\n").encode("utf-8") + b"\r\n"


def _check(cancel) -> None:
    if cancel is not None and cancel():
        raise OperationCancelled("The evidence package was cancelled: nothing was written")


def _made(path: Path) -> Path:
    path.mkdir(mode=0o755)
    return path


def _remove(temp: Path, sink) -> None:
    if isinstance(sink, ZipSink):
        sink.abort()
    try:
        if temp.is_dir():
            shutil.rmtree(temp)
        elif temp.exists():
            temp.unlink()
    except OSError:
        logger.exception("could not remove the unfinished package %s", temp)
