"""`backup`, `restore` and `verify-backup`: the database and the footage vault copied to a checked folder,
restored into a new data folder and verified there (head or responsible person, `--as LOGIN`).

    inspector-app backup --out FOLDER --as LOGIN
    inspector-app restore --from FOLDER --data-dir NEW [--db URL] [--unlock] --as LOGIN
    inspector-app verify-backup FOLDER

The sign-in password comes from $INSPECTOR_APP_PASSWORD or the first line of stdin, never an option; for
`restore` it is checked against the accounts in the backup, on the restored copy. A PostgreSQL password
is never in a URL: pg_dump, pg_restore and the app read it from $PGPASSWORD (or ~/.pgpass).
Exit codes: 0 done and verified; 1 refused, failed, or a verification found problems (each named);
2 usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from inspector_app.cli_commands.base import PasswordReader, Result, add_actor, sign_in
from inspector_app.context import AppContext


def register(commands, common: argparse.ArgumentParser) -> None:
    backup = commands.add_parser("backup", parents=[common], help="back the database and the footage vault up "
                                 "into a new folder, checked file by file (head or responsible person)")
    backup.add_argument("--out", required=True, metavar="FOLDER", help="the new backup folder")
    backup.add_argument("--progress", action="store_true", help="report progress on standard error")
    add_actor(backup)
    backup.set_defaults(handler=run_backup, needs_unit=True)

    restore = commands.add_parser("restore", parents=[common], help="restore a backup into a NEW data folder "
                                  "(--data-dir) and verify the restored copy")
    restore.add_argument("--from", dest="source", required=True, metavar="FOLDER", help="the backup folder")
    restore.add_argument("--db", dest="database_url", metavar="URL",
                         help="PostgreSQL backups: the new, empty database to restore into "
                              "(postgresql+psycopg://user@host:port/name; the password from $PGPASSWORD)")
    restore.add_argument("--unlock", action="store_true",
                         help="an encrypted vault: unlock it on the restored copy (storage password from "
                              "$INSPECTOR_APP_STORAGE_PASSWORD or stdin) and check the decrypted footage against "
                              "the seals; without it, encrypted files are checked as stored")
    restore.add_argument("--progress", action="store_true", help="report progress on standard error")
    add_actor(restore)
    restore.set_defaults(handler=run_restore, needs_unit=False, needs_context=False, needs_explicit_data_dir=True)

    verify = commands.add_parser("verify-backup", parents=[common], help="check a backup folder against its "
                                 "manifest (every file's SHA-256) from the folder alone; exit 1 naming each problem")
    verify.add_argument("folder", metavar="FOLDER")
    verify.set_defaults(handler=run_verify_backup, needs_unit=False, needs_context=False)


def _progress(args):
    if not args.progress:
        return None

    def show(done: int, total: int) -> None:
        print(f"\r{done * 100 // max(total, 1)} %", end="", file=sys.stderr, flush=True)
    return show


def run_backup(ctx: AppContext, args, passwords: PasswordReader) -> Result:
    from inspector_app.bootstrap import backup_service

    actor = sign_in(ctx, args.actor, passwords)
    result = backup_service(ctx).create(actor, Path(args.out), progress=_progress(args))
    if args.progress:
        print(file=sys.stderr)
    facts = result.facts
    return Result(f"Backup of the {result.database} database and the vault written to {result.path} and verified: "
                  f"{result.files} file(s), {result.bytes} bytes; {facts.recordings} recording(s), "
                  f"{facts.journal_entries} journal entries, {facts.audit_events} audit events (newest {facts.audit_seq});"
                  f" manifest SHA-256 {result.manifest_sha256} (audit event {result.event_seq})",
                  {"path": str(result.path), "database": result.database, "files": result.files,
                   "bytes": result.bytes, "manifest_sha256": result.manifest_sha256, "facts": facts.as_dict(),
                   "audit_event": result.event_seq})


def run_restore(_ctx, args, passwords: PasswordReader) -> Result:
    from inspector_app.bootstrap import backup_restorer
    from inspector_app.paths import default_data_dir

    data_dir = Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()

    def signed_in(ctx):  # on the restored copy, against the accounts in the backup
        actor = sign_in(ctx, args.actor, passwords)
        if args.unlock:
            from inspector_app.cli_commands.vault import unlock_for

            unlock_for(ctx, actor, passwords)
        return actor

    result = backup_restorer().restore(Path(args.source), data_dir, signed_in, database_url=args.database_url,
                                       progress=_progress(args))
    if args.progress:
        print(file=sys.stderr)
    report = result.report
    lines = [*(f"FAILED {p}" for p in result.problems)]
    checked = ", ".join(f"{n} {k}" for k, n in report.checked.items()) if report else ""
    lines.append(f"Restored the {result.database} backup into {result.path}; checked: {checked}.")
    if report and report.locked_files:
        lines.append(f"{report.locked_files} encrypted file(s) checked as stored (--unlock checks the decrypted "
                     "footage against the seals).")
    lines.append("The restored copy verifies clean." if result.ok else
                 f"The restored copy does NOT verify: {len(result.problems)} problem(s); it is left in {result.path} "
                 "for inspection, not for use.")
    out = Result("\n".join(lines), {"path": str(result.path), "database": result.database, "ok": result.ok,
                                    "manifest_sha256": result.manifest_sha256, "facts": result.facts.as_dict(),
                                    "restored_facts": result.restored_facts.as_dict(), "problems": result.problems})
    if not result.ok:
        out.error, out.code = f"the restored copy does not verify: {len(result.problems)} problem(s)", \
            "restore_not_verified"
    return out


def run_verify_backup(_ctx, args, _passwords) -> Result:
    from inspector_app.services.backup_manifest import verify_backup

    check = verify_backup(Path(args.folder))
    lines = [*(f"FAILED: {p}" for p in check.problems)]
    lines.append(f"Checked {check.files} file(s), {check.bytes} bytes: " +
                 ("the backup verifies." if check.ok else f"{len(check.problems)} problem(s) found."))
    result = Result("\n".join(lines), {"path": str(check.path), "ok": check.ok, "files": check.files,
                                       "bytes": check.bytes, "manifest_sha256": check.manifest_sha256,
                                       "problems": check.problems})
    if not check.ok:
        result.error, result.code = f"the backup does not verify: {len(check.problems)} problem(s)", \
            "backup_not_verified"
    return result
