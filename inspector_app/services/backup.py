"""Backing up a unit: the database and the footage vault into one checked folder, by the head or the
responsible person only (the restore is in `backup_restore.py`).

The folder (laid out as `inspector_app/domain/backup.py` says) is written beside its target, under a
temporary name: first a consistent copy of the database with the facts of that copy (the storage side,
`storage/backup_database.py`: SQLite's online backup, or `pg_dump` in one snapshot), then every vault
object and key file, each checked against its name while it is copied (`storage/vault_backup.py`; the
vault is never changed, nor decrypted), then `backup.json` and `SHA256SUMS`. The folder is then read back
and checked against its manifest, and only then renamed into place: a failure or a cancel leaves nothing.
The backup is one `backup` event of the audit trail, with the manifest's SHA-256.
"""

from __future__ import annotations

import logging
import os
import shutil
import stat
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from inspector_app import __version__
from inspector_app.documents.output_files import check_target
from inspector_app.domain.audit import AuditKind
from inspector_app.domain.backup import DATABASE_FILES, FORMAT, VAULT, UnitFacts
from inspector_app.domain.roles import Permission
from inspector_app.errors import StateError, ValidationError
from inspector_app.services.backup_manifest import check_cancel, hash_file, verify_backup, write_manifest
from inspector_app.services.common import acting_user
from inspector_app.services.evidence_manifest import iso

logger = logging.getLogger(__name__)


class DatabaseArchive(Protocol):
    kind: str                 # "sqlite" or "postgresql"
    schema_revision: str

    def dump(self, target: Path, cancel=None) -> UnitFacts: ...  # a consistent copy, and the facts of that copy


class VaultArchive(Protocol):
    def files(self) -> list[tuple[str, int]]: ...  # (path under the vault folder, size), objects and key files
    # copied and checked against its name; (SHA-256, size), or None for an object nobody can read (shredded)
    def copy(self, name: str, target: Path, cancel=None, on_bytes=None) -> tuple[str, int] | None: ...


@dataclass(frozen=True)
class BackupResult:
    path: Path
    manifest_sha256: str
    database: str
    facts: UnitFacts
    files: int
    bytes: int
    event_seq: int


class BackupService:
    def __init__(self, ctx, database: DatabaseArchive, vault: VaultArchive) -> None:
        self.ctx, self.database, self.vault = ctx, database, vault

    def create(self, actor, target: Path, cancel: Callable[[], bool] | None = None,
               progress: Callable[[int, int], None] | None = None) -> BackupResult:
        """Back the unit up into the new folder `target` (see the module docstring)."""
        with self.ctx.uow_factory() as uow:
            user = acting_user(uow, actor, Permission.BACK_UP)  # before anything is looked at or written
            unit = uow.units.get()
        target = check_target(Path(target))
        if target.exists():
            raise ValidationError(f"{target} already exists: a backup goes into a new folder", code="backup_exists",
                                  path=str(target))
        temp = target.parent / f".{target.name}.{uuid.uuid4().hex[:8]}.part"
        temp.mkdir(mode=0o700)
        try:
            manifest = self._write(temp, user, unit, cancel, progress)
            check = verify_backup(temp, cancel)  # read back from what was written, before it is put in place
            if not check.ok:
                raise StateError("The written backup does not verify: " + "; ".join(check.problems[:5]),
                                 code="backup_not_verified")
            check_cancel(cancel)
            if target.exists():
                raise ValidationError(f"{target} appeared meanwhile: choose a new folder", code="backup_exists",
                                      path=str(target))
            os.chmod(temp, 0o755)
            os.rename(temp, target)
        except BaseException:
            remove_tree(temp)
            raise
        files = manifest["files"]
        details = {"action": "created", "folder": target.name, "manifest_sha256": check.manifest_sha256,
                   "database": self.database.kind, "files": len(files), "facts": manifest["facts"]}
        try:  # a backup the trail does not show does not stand
            event = self.ctx.audit.record(AuditKind.BACKUP, user, subject="backup", details=details)
        except BaseException:
            remove_tree(target)
            raise
        logger.info("backup of %s file(s) written to %s", len(files), target)
        return BackupResult(target, check.manifest_sha256, self.database.kind, UnitFacts.from_dict(manifest["facts"]),
                            len(files), sum(e["size"] for e in files.values()), event.seq)

    def _write(self, temp: Path, user, unit, cancel, progress) -> dict:
        check_cancel(cancel)
        name = DATABASE_FILES[self.database.kind]
        facts = self.database.dump(temp / name, cancel)
        sha, size = hash_file(temp / name, cancel)
        os.chmod(temp / name, 0o444)
        files = {name: {"sha256": sha, "size": size}}
        listed = self.vault.files()
        total, done, shredded = sum(size for _name, size in listed), 0, 0

        def counted(n: int) -> None:
            nonlocal done
            done += n
            if progress is not None:
                progress(done, total)

        if progress is not None:
            progress(0, total)
        for vault_name, _size in listed:
            check_cancel(cancel)
            copied = self.vault.copy(vault_name, temp / VAULT / vault_name, cancel, counted)
            if copied is None:
                shredded += 1
                continue
            files[f"{VAULT}/{vault_name}"] = {"sha256": copied[0], "size": copied[1]}
        manifest = {
            "format": FORMAT, "app_version": __version__, "created_at": iso(self.ctx.clock.now()),
            "created_by": {"id": user.id, "login": user.login, "full_name": user.full_name, "role": user.role.value},
            "unit": {"code": unit.code, "name_kk": unit.name_kk, "name_ru": unit.name_ru} if unit else {},
            "database": self.database.kind, "schema_revision": self.database.schema_revision,
            "facts": facts.as_dict(),
            "vault": {"objects": sum(1 for n in files if n.startswith(f"{VAULT}/") and not n.endswith(".key")),
                      "key_files": sum(1 for n in files if n.endswith(".key")), "shredded_left_out": shredded},
            "files": files}
        check_cancel(cancel)
        write_manifest(temp, manifest)
        return manifest


def remove_tree(path: Path) -> None:
    """Remove a folder of read-only files (Windows refuses to delete those until they are made writable)."""
    def writable_again(function, name, _info) -> None:
        os.chmod(name, stat.S_IWRITE | stat.S_IREAD | stat.S_IEXEC)
        function(name)

    try:
        if path.is_dir():
            shutil.rmtree(path, onerror=writable_again)
    except OSError:
        logger.exception("could not remove the unfinished %s", path)
