"""The files of a backup folder: copying them hash-checked, the manifest and SHA256SUMS, and checking a
folder against its manifest from the folder alone (`inspector-app verify-backup`).

See `inspector_app/domain/backup.py` for the layout. The check names every file whose bytes differ from
the manifest, every file missing and every file the manifest does not list.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from inspector_app.domain.backup import DATABASE_FILES, FORMAT, MANIFEST, SUMS, UnitFacts
from inspector_app.errors import OperationCancelled, ValidationError

logger = logging.getLogger(__name__)

CHUNK = 1 << 20
READ_ONLY = 0o444


def check_cancel(cancel) -> None:
    if cancel is not None and cancel():
        raise OperationCancelled("Cancelled: nothing was left behind")


def copy_hashed(source: Path, target: Path, cancel=None, on_bytes=None, mode: int = READ_ONLY) -> tuple[str, int]:
    """Copy `source` to the new file `target` in one pass, hashing what is read; (SHA-256, size).
    The source is only read; the copy is synced and made `mode`. The caller removes a failed copy."""
    digest, size = hashlib.sha256(), 0
    target.parent.mkdir(parents=True, exist_ok=True)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    with open(source, "rb", buffering=0) as reader, os.fdopen(os.open(target, flags, 0o600), "wb") as writer:
        while chunk := reader.read(CHUNK):
            digest.update(chunk)
            writer.write(chunk)
            size += len(chunk)
            if on_bytes is not None:
                on_bytes(len(chunk))
            check_cancel(cancel)
        writer.flush()
        os.fsync(writer.fileno())
    os.chmod(target, mode)
    return digest.hexdigest(), size


def hash_file(path: Path, cancel=None, on_bytes=None) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb", buffering=0) as reader:
        while chunk := reader.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            if on_bytes is not None:
                on_bytes(len(chunk))
            check_cancel(cancel)
    return digest.hexdigest(), size


def write_manifest(folder: Path, manifest: dict) -> str:
    """Write backup.json and SHA256SUMS (every file, backup.json included); the manifest's SHA-256."""
    data = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8") + b"\n"
    sha = hashlib.sha256(data).hexdigest()
    sums = {MANIFEST: sha, **{name: entry["sha256"] for name, entry in manifest["files"].items()}}
    text = "".join(f"{digest}  {name}\n" for name, digest in sorted(sums.items()))
    for name, content in ((MANIFEST, data), (SUMS, text.encode("utf-8"))):
        path = folder / name
        with open(path, "xb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(path, READ_ONLY)
    return sha


@dataclass
class BackupCheck:
    """What `verify_backup` found: `problems` names each file or field that is wrong."""

    path: Path
    manifest: dict = field(default_factory=dict)
    manifest_sha256: str = ""
    files: int = 0
    bytes: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def facts(self) -> UnitFacts:
        return UnitFacts.from_dict(self.manifest["facts"])

    @property
    def database(self) -> str:
        return self.manifest["database"]


def safe_relative(name: str) -> PurePosixPath:
    """A path the manifest names, refused if it could leave the backup folder."""
    path = PurePosixPath(name)
    if path.is_absolute() or not path.parts or any(part in ("", ".", "..") for part in path.parts) or "\\" in name:
        raise ValidationError(f"The backup's manifest names a path outside the backup: {name!r}",
                              code="backup_bad_path")
    return path


def verify_backup(folder: Path, cancel=None, progress=None) -> BackupCheck:
    """Check a backup folder from the folder alone: the manifest, and every file's size and SHA-256."""
    folder = Path(folder)
    check = BackupCheck(folder)
    manifest_path = folder / MANIFEST
    if not manifest_path.is_file():
        check.problems.append(f"{folder} is not a backup: it has no {MANIFEST}")
        return check
    data = manifest_path.read_bytes()
    check.manifest_sha256 = hashlib.sha256(data).hexdigest()
    try:
        manifest = json.loads(data)
        files = manifest["files"]
        if manifest.get("format") != FORMAT or manifest.get("database") not in DATABASE_FILES:
            raise ValueError("not a backup of this program, or of an unknown database")
        UnitFacts.from_dict(manifest["facts"])
        paths = {name: safe_relative(name) for name in files}
    except (ValueError, KeyError, TypeError, AttributeError, ValidationError) as error:
        check.problems.append(f"{MANIFEST}: damaged ({error})")
        return check
    check.manifest = manifest
    if DATABASE_FILES[manifest["database"]] not in files:
        check.problems.append(f"{DATABASE_FILES[manifest['database']]}: missing from the manifest")
    total, done = sum(int(entry.get("size", 0)) for entry in files.values()), 0

    def counted(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, total)

    for name in sorted(files):
        entry, path = files[name], folder.joinpath(*paths[name].parts)
        if not path.is_file():
            check.problems.append(f"{name}: missing")
            continue
        sha, size = hash_file(path, cancel, counted)
        check.files += 1
        check.bytes += size
        if sha != entry.get("sha256") or size != entry.get("size"):
            check.problems.append(f"{name}: changed (SHA-256 {sha}, {size} bytes; the manifest says "
                                  f"{entry.get('sha256')}, {entry.get('size')} bytes)")
    listed = set(files) | {MANIFEST, SUMS}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        name = path.relative_to(folder).as_posix()
        if name not in listed:
            check.problems.append(f"{name}: not in the manifest (added to the backup)")
    check.problems.extend(_sums_problems(folder, files, check.manifest_sha256))
    return check


def _sums_problems(folder: Path, files: dict, manifest_sha: str) -> list[str]:
    try:
        lines = (folder / SUMS).read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return [f"{SUMS}: missing or unreadable"]
    sums = dict(reversed(line.split("  ", 1)) for line in lines if "  " in line)
    want = {MANIFEST: manifest_sha, **{name: entry.get("sha256") for name, entry in files.items()}}
    if sums != want:
        wrong = sorted(name for name in set(sums) | set(want) if sums.get(name) != want.get(name))
        return [f"{SUMS}: does not agree with {MANIFEST} for " + ", ".join(wrong[:5])
                + (f" and {len(wrong) - 5} more" if len(wrong) > 5 else "")]
    return []
