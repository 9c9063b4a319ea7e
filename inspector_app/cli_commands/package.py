"""`export` and `verify-package`: evidence packages for a court (п.13).

`export` writes the recordings given (`--recording ID`, repeated), decrypted, with their seals, custody,
signed manifest and, with `--inspection`, the inspection's signed documents, to a new folder (or a ZIP
file with `--zip`), acting as `--as LOGIN` (the head or the responsible person). An encrypted vault is
opened with the acting person's storage password from $INSPECTOR_APP_STORAGE_PASSWORD or stdin.

`verify-package` checks a package from the package alone (no data folder, no sign-in) and exits 1 with
one line per problem.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from inspector_app.cli_commands.base import PasswordReader, Result, add_actor, sign_in
from inspector_app.context import AppContext


def register(commands, common: argparse.ArgumentParser) -> None:
    export = commands.add_parser("export", parents=[common], help="write an evidence package of recordings "
                                 "(decrypted, sealed, with their custody and a signed manifest) for a court")
    export.add_argument("--recording", type=int, action="append", required=True, metavar="ID",
                        help="a recording to include (repeat for more)")
    export.add_argument("--inspection", type=int, metavar="ID", help="also include this inspection's documents")
    export.add_argument("--out", required=True, metavar="PATH", help="the new package folder (or ZIP file)")
    export.add_argument("--zip", action="store_true", help="write one ZIP file instead of a folder")
    export.add_argument("--lang", choices=("kk", "ru"), required=True, dest="doc_lang",  # --lang is the window's
                        help="the language of the chain-of-custody sheet")
    export.add_argument("--progress", action="store_true", help="report progress on standard error")
    add_actor(export)
    export.set_defaults(handler=run_export, needs_unit=True)

    verify = commands.add_parser("verify-package", parents=[common], help="check an evidence package (folder or "
                                 "ZIP file) from the package alone; exit 1 with one line per problem")
    verify.add_argument("path", metavar="PATH")
    verify.set_defaults(handler=run_verify_package, needs_unit=False, needs_context=False)


def run_export(ctx: AppContext, args, passwords: PasswordReader) -> Result:
    from inspector_app.cli_commands.vault import unlock_for
    from inspector_app.services.evidence_package import EvidencePackager

    actor = sign_in(ctx, args.actor, passwords)
    if ctx.keyring is not None and ctx.keyring.is_set_up and not ctx.keyring.unlocked:
        unlock_for(ctx, actor, passwords)  # refuses anyone but the head and the responsible person
    progress = None
    if args.progress:
        def progress(done: int, total: int) -> None:
            print(f"\r{done * 100 // max(total, 1)} %", end="", file=sys.stderr, flush=True)
    result = EvidencePackager(ctx).export(actor, args.recording, Path(args.out), args.doc_lang,
                                          inspection_id=args.inspection, as_zip=args.zip, progress=progress)
    if args.progress:
        print(file=sys.stderr)
    report = result.report
    return Result(f"Evidence package of {result.recordings} recording(s) written to {result.path} and verified "
                  f"({report.files} files, {report.events} custody events, {report.documents} document(s)); "
                  f"manifest SHA-256 {result.manifest_sha256}",
                  {"path": str(result.path), "recordings": result.recordings, "manifest_sha256": result.manifest_sha256,
                   "files": report.files, "bytes": result.bytes_written})


def run_verify_package(_ctx, args, _passwords) -> Result:
    from inspector_app.services.package_verification import verify_package

    report = verify_package(Path(args.path))
    lines = [*(f"FAILED: {p}" for p in report.problems)]
    lines.append(f"Checked {report.files} files, {report.recordings} recording(s), {report.events} custody event(s), "
                 f"{report.documents} document(s): " + ("the package verifies." if report.ok else
                                                       f"{len(report.problems)} problem(s) found."))
    if report.fingerprint:
        lines.append(f"Signed by the installation key with SHA-256 fingerprint {report.fingerprint}: compare it with "
                     "the fingerprint printed on the unit's documents.")
    result = Result("\n".join(lines), {"path": str(report.path), "ok": report.ok, "problems": report.problems,
                                       "files": report.files, "recordings": report.recordings,
                                       "fingerprint": report.fingerprint})
    if not report.ok:
        result.error, result.code = f"the package does not verify: {len(report.problems)} problem(s)", \
            "package_not_verified"
    return result
