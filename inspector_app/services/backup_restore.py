"""Restoring a backup into a NEW data folder (and, for PostgreSQL, a new, empty database), then verifying
the restored copy; and nothing else: a restore never goes over an existing unit.

1. The backup is checked against its manifest (every file's SHA-256); a damaged backup is not restored.
2. The target data folder must be new or empty, the target database empty: else a clear refusal, with
   nothing touched.
3. Into a temporary folder beside the target: the vault files, each hash-checked again as it is copied,
   and the database (the SQLite file, or `pg_restore --no-owner` into the empty database, whose URL goes
   into the folder's config.json without any password).
4. The restored database must show the manifest's facts (counts, the newest audit event and its hash)
   before anything new is written into it.
5. The unit is opened on the copy; the person signs in there and must be the head or the responsible
   person; the full integrity verification (audit chain, seals, vault files, journal, time-stamps) runs
   as them, and the restore is an audit event of the restored unit.
6. The folder is renamed into place. A failure, a refusal or a cancel before that removes the folder and
   empties the database again. A copy that restored completely but does not verify clean is kept where
   it was asked for, and the problems are named.

This PC's machine secret (`keys/`) is never in a backup: the restored unit makes a new installation key
at its first start, and every old seal and audit event is still checked against the keys in the database.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from inspector_app.domain.audit import AuditKind
from inspector_app.domain.backup import DATABASE_FILES, VAULT, UnitFacts
from inspector_app.domain.roles import Permission
from inspector_app.errors import OperationCancelled, StateError, ValidationError
from inspector_app.paths import config_file
from inspector_app.services.backup import remove_tree
from inspector_app.services.backup_manifest import check_cancel, copy_hashed, safe_relative, verify_backup
from inspector_app.services.common import acting_user

logger = logging.getLogger(__name__)


class DatabaseRestore(Protocol):
    def check_empty(self, url: str) -> None: ...  # StateError unless the database holds nothing
    # the SHA-256 of the restored SQLite file, or None after pg_restore into `url`
    def restore(self, kind: str, dump: Path, data_dir: Path, url: str | None, cancel=None) -> str | None: ...
    def facts(self, data_dir: Path, url: str | None) -> UnitFacts: ...
    def discard(self, url: str) -> None: ...  # drop what a restore put into `url`


@dataclass
class RestoreResult:
    path: Path
    database: str
    manifest_sha256: str
    facts: UnitFacts                  # as the manifest has them
    restored_facts: UnitFacts         # as the restored database showed them
    report: object = None             # IntegrityReport of the restored unit
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class BackupRestorer:
    def __init__(self, database: DatabaseRestore, open_unit: Callable[[Path, str | None], object]) -> None:
        self.database = database
        self.open_unit = open_unit   # (data folder, database URL or None) -> AppContext (bootstrap.build_context)

    def restore(self, source: Path, data_dir: Path, sign_in: Callable[[object], object], *,
                database_url: str | None = None, cancel: Callable[[], bool] | None = None,
                progress: Callable[[int, int], None] | None = None) -> RestoreResult:
        """Restore the backup folder `source` into `data_dir`; `sign_in(ctx)` gives the acting person on the copy."""
        if database_url and _has_password(database_url):
            raise ValidationError("The database URL holds a password: give it in PGPASSWORD instead (the URL is "
                                  "written to the data folder's config.json)", code="restore_url_password")
        check = verify_backup(Path(source), cancel, progress)
        if not check.ok:
            raise StateError(f"The backup {source} does not verify, so it is not restored: "
                             + "; ".join(check.problems[:10]), code="backup_not_verified", problems=check.problems)
        kind = check.database
        data_dir = Path(data_dir)
        self._check_targets(kind, data_dir, database_url)
        temp = data_dir.parent / f".{data_dir.name}.{uuid.uuid4().hex[:8]}.restoring"
        temp.mkdir(mode=0o700)
        try:
            result = self._restore_into(temp, check, kind, sign_in, database_url, cancel, progress)
            check_cancel(cancel)
            if data_dir.exists():
                data_dir.rmdir()  # it was checked empty; rmdir refuses if something appeared meanwhile
            os.rename(temp, data_dir)
        except BaseException:
            remove_tree(temp)
            if database_url:
                self.database.discard(database_url)
            raise
        result.path = data_dir
        logger.info("backup %s restored into %s: %s", source, data_dir,
                    "verified clean" if result.ok else f"{len(result.problems)} problem(s)")
        return result

    def _check_targets(self, kind: str, data_dir: Path, url: str | None) -> None:
        if kind == "postgresql" and not url:
            raise ValidationError("This is a backup of a PostgreSQL database: name the new, empty database to "
                                  "restore it into (--db URL)", code="restore_needs_database")
        if kind == "sqlite" and url:
            raise ValidationError("This is a backup of a SQLite database: it is restored into the data folder "
                                  "alone, not into a database server", code="restore_no_database_url")
        if not data_dir.parent.is_dir():
            raise ValidationError(f"The folder {data_dir.parent} does not exist", code="no_folder",
                                  path=str(data_dir.parent))
        if data_dir.exists() and (not data_dir.is_dir() or any(data_dir.iterdir())):
            raise StateError(f"{data_dir} is not empty: a backup is restored only into a new data folder; nothing "
                             "was touched", code="restore_target_not_empty", path=str(data_dir))
        if url:
            self.database.check_empty(url)

    def _restore_into(self, temp: Path, check, kind: str, sign_in, url, cancel, progress) -> RestoreResult:
        files = check.manifest["files"]
        total, done = sum(entry["size"] for entry in files.values()), 0

        def counted(n: int) -> None:
            nonlocal done
            done += n
            if progress is not None:
                progress(done, total)

        for name in sorted(n for n in files if n.startswith(f"{VAULT}/")):
            sha, _size = copy_hashed(source_path(check, name), temp.joinpath(*safe_relative(name).parts), cancel,
                                     counted)
            if sha != files[name]["sha256"]:
                raise StateError(f"{name} changed while it was restored: the backup is not trustworthy",
                                 code="backup_changed", path=name)
        dump = check.path / DATABASE_FILES[kind]
        if url:
            _write_config(temp, url)
        restored_sha = self.database.restore(kind, dump, temp, url, cancel)
        if restored_sha is not None and restored_sha != files[DATABASE_FILES[kind]]["sha256"]:
            raise StateError("The database file changed while it was restored: the backup is not trustworthy",
                             code="backup_changed", path=DATABASE_FILES[kind])
        restored = self.database.facts(temp, url)
        result = RestoreResult(temp, kind, check.manifest_sha256, check.facts, restored)
        result.problems = [f"facts: {line}" for line in restored.differences(check.facts)]
        check_cancel(cancel)
        ctx = self.open_unit(temp, url)
        try:
            actor = sign_in(ctx)
            with ctx.uow_factory() as uow:
                user = acting_user(uow, actor, Permission.BACK_UP)
            report = ctx.integrity.run(actor, cancel=cancel or (lambda: False))
            if report.cancelled:
                raise OperationCancelled("The restore was cancelled: nothing was left behind")
            result.report = report
            result.problems += [f"{p.kind}: {p}" for p in report.problems]
            ctx.audit.record(AuditKind.BACKUP, user, subject="backup", details={
                "action": "restored", "manifest_sha256": check.manifest_sha256, "database": kind,
                "backup_created_at": check.manifest.get("created_at"), "facts": check.facts.as_dict(),
                "verification_event": report.event_seq, "ok": result.ok, "problems": len(result.problems)})
        finally:
            ctx.close()
        return result


def source_path(check, name: str) -> Path:
    return check.path.joinpath(*safe_relative(name).parts)


def _write_config(folder: Path, url: str) -> None:
    from inspector_app.settings import LocalConfig

    LocalConfig(config_file(folder)).set("database_url", url)


def _has_password(url: str) -> bool:
    from urllib.parse import urlsplit

    try:
        return bool(urlsplit(url).password)
    except ValueError:
        return False
