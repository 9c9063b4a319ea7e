"""Checking an evidence package anywhere, from the package alone: no database, no vault, no key but the
public one it carries (`services/evidence_package.py` says what a package holds).

Checked: every line of SHA256SUMS against the file it names, no file missing and none added, the
manifest's signature by the included installation key, the SHA-256 the signed manifest gives each file,
every recording's seal (its signature, and its SHA-256 and size against the file), the custody events
(each hash recomputed from its canonical bytes, the links between consecutive events, the signatures),
and the detached CMS signatures of the documents. Each failure is one problem line naming the file.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from inspector_app import signing
from inspector_app.domain.audit import bytes_of, sha256_hex
from inspector_app.installation_key import fingerprint
from inspector_app.services.package_files import FORMAT, MANIFEST, MANIFEST_SIG, NOT_LISTED, PUBLIC_KEY, SUMS, \
    PackageReader, parse_sums

@dataclass
class PackageReport:
    path: Path
    problems: list[str] = field(default_factory=list)
    files: int = 0
    recordings: int = 0
    events: int = 0
    documents: int = 0
    bytes_hashed: int = 0
    fingerprint: str = ""  # of the key that signed the manifest: to compare with the unit's published one

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_package(path: Path) -> PackageReport:
    report = PackageReport(Path(path))
    if not report.path.exists():
        report.problems.append(f"{path}: there is no such package")
        return report
    try:
        reader = PackageReader(report.path)
    except Exception as error:  # noqa: BLE001 - a broken ZIP file is a finding, not a crash
        report.problems.append(f"{path}: not a package folder or ZIP file ({error})")
        return report
    try:
        _verify(reader, report)
    finally:
        reader.close()
    return report


def _verify(reader: PackageReader, report: PackageReport) -> None:
    problems = report.problems
    names = set(reader.names())
    if SUMS not in names:
        problems.append(f"{SUMS} is missing: the package cannot be checked")
        return
    listed, problems_of_sums = parse_sums(reader.read(SUMS))
    problems += problems_of_sums
    actual: dict[str, tuple[str, int]] = {}
    for name in sorted(listed):
        if name not in names:
            problems.append(f"{name} is missing (listed in {SUMS})")
            continue
        actual[name] = reader.hash(name)
        report.files += 1
        report.bytes_hashed += actual[name][1]
        if actual[name][0] != listed[name]:
            problems.append(f"{name} was changed: it does not match its SHA-256 in {SUMS}")
    for name in sorted(names - set(listed) - set(NOT_LISTED)):
        problems.append(f"{name} is not part of the package (not listed in {SUMS})")
    for name in NOT_LISTED:
        if name not in names and name != SUMS:
            problems.append(f"{name} is missing")
    if MANIFEST not in names:
        problems.append(f"{MANIFEST} is missing: the package cannot be checked")
        return
    data = reader.read(MANIFEST)
    try:
        manifest = json.loads(data)
        if manifest.get("format") != FORMAT:
            problems.append(f"{MANIFEST} is not an evidence package manifest ({FORMAT})")
            return
    except (ValueError, AttributeError):
        problems.append(f"{MANIFEST} cannot be read (not JSON): it was changed")
        return
    try:
        keys = {int(k["id"]): k["public_key"] for k in manifest["installation_keys"]}
        signer = keys.get(manifest["signed_with_key_id"])
        report.fingerprint = fingerprint(signer) if signer else ""
        _check_manifest_signature(reader, names, data, signer, problems)
        _check_files(manifest.get("files", {}), listed, problems)
        _check_recordings(manifest, keys, actual, report)
        _check_events(manifest, keys, report)
        _check_documents(reader, manifest, actual, report)
    except (KeyError, TypeError, ValueError) as error:
        problems.append(f"{MANIFEST} is incomplete or malformed ({type(error).__name__}: {error})")


def _check_manifest_signature(reader, names: set[str], data: bytes, signing_key: str | None, problems) -> None:
    if PUBLIC_KEY not in names or MANIFEST_SIG not in names:
        return  # already reported as missing
    try:
        public = serialization.load_pem_public_key(reader.read(PUBLIC_KEY))
        if not isinstance(public, Ed25519PublicKey):
            raise ValueError("not an Ed25519 key")
    except ValueError:
        problems.append(f"{PUBLIC_KEY} is not an Ed25519 public key")
        return
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    if signing_key is None or base64.b64decode(signing_key) != raw:
        problems.append(f"{PUBLIC_KEY} is not the installation key {MANIFEST} names as its signer")
    try:
        public.verify(reader.read(MANIFEST_SIG), data)
    except InvalidSignature:
        problems.append(f"{MANIFEST} does not match its signature {MANIFEST_SIG}: the manifest or the "
                        "signature was changed")


def _check_files(files: dict, listed: dict[str, str], problems) -> None:
    for name, digest in sorted(files.items()):
        if listed.get(name) != digest:
            problems.append(f"{name}: its SHA-256 in {SUMS} is not the one the signed {MANIFEST} gives")
    for name in sorted(set(listed) - set(files) - {MANIFEST}):
        problems.append(f"{name} is listed in {SUMS} but not in the signed {MANIFEST}")


def _check_recordings(manifest: dict, keys: dict[int, str], actual: dict, report: PackageReport) -> None:
    for rec in manifest["recordings"]:
        report.recordings += 1
        name, seal = rec["file"], rec["seal"]
        key = keys.get(int(seal["key_id"]))
        if key is None or not signing.verify(key, seal["content"].encode("utf-8"), seal["signature"]):
            report.problems.append(f"{name}: its seal is not signed by the installation key")
        facts = json.loads(seal["content"])
        stated = {"sha256": rec["sha256"], "size": rec["size"], "source_name": rec["source_name"],
                  "inventory_number": rec["recorder"]["inventory_number"], "start_utc": rec["start_utc"],
                  "end_utc": rec["end_utc"]}
        changed = [fact for fact, value in stated.items() if facts.get(fact) != value]
        if changed:
            report.problems.append(f"{name}: the manifest's {', '.join(changed)} differ from its seal")
        if name not in actual:
            if not any(p.startswith(f"{name} is missing") for p in report.problems):
                report.problems.append(f"{name} is missing or not listed in {SUMS}")
            continue
        sha, size = actual[name]
        if sha != facts.get("sha256") or size != facts.get("size"):
            report.problems.append(f"{name} is not the sealed recording: its SHA-256 or size differs from its seal")


def _check_events(manifest: dict, keys: dict[int, str], report: PackageReport) -> None:
    from inspector_app.services.evidence_manifest import event_from_json

    events = {}
    for data in manifest["audit_events"]:
        event = event_from_json(data)
        events[event.seq] = event
        report.events += 1
        label = f"{MANIFEST}: audit event {event.seq} ({event.kind.value})"
        canonical = bytes_of(event)
        if sha256_hex(canonical) != event.hash:
            report.problems.append(f"{label} was changed: its content no longer matches its hash")
            continue
        key = keys.get(event.key_id)
        if key is None or not signing.verify(key, canonical, event.signature):
            report.problems.append(f"{label} is not signed by the installation key")
    for seq, event in sorted(events.items()):
        before = events.get(seq - 1)
        if before is not None and event.prev_hash != before.hash:
            report.problems.append(f"{MANIFEST}: audit event {seq} does not follow event {seq - 1} (the chain "
                                   "is broken)")
    for rec in manifest["recordings"]:
        missing = [seq for seq in rec["custody"] if seq not in events]
        if missing:
            report.problems.append(f"{rec['file']}: custody events {missing} are not in {MANIFEST}")


def _check_documents(reader: PackageReader, manifest: dict, actual: dict, report: PackageReport) -> None:
    from inspector_app.cms_signatures import verify_detached

    inspection = manifest.get("inspection") or {}
    for doc in inspection.get("documents", []):
        report.documents += 1
        name = doc["file"]
        if name not in actual:
            continue  # reported as missing
        if actual[name][0] != doc["sha256"]:
            report.problems.append(f"{name} is not the issued document: its SHA-256 differs")
        pdf = reader.read(name)
        for sig in doc["signatures"]:
            if sig["file"] not in actual:
                continue
            try:
                verify_detached(pdf, reader.read(sig["file"]))
            except Exception as error:  # noqa: BLE001 - every failure of a signature is a finding
                report.problems.append(f"{sig['file']}: the signature of {name} does not verify ({error})")
