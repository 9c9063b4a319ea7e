"""`verify`, `audit list|export`, `timestamps status|fetch` and `clock status|confirm`: the integrity of the
store without the window (п.13), for the head and the responsible person (`--as LOGIN`).

`verify` re-hashes every stored file against its seal, checks every seal, walks the audit chain, checks
every journal signature and time-stamp token, prints one line per problem and exits 1 when anything
fails. `--days N` limits the re-hashing to recordings not verified in N days (the daily rolling check).
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from inspector_app.cli_commands.base import PasswordReader, Result, add_actor, sign_in
from inspector_app.context import AppContext
from inspector_app.domain.audit import AuditFilter, AuditKind
from inspector_app.errors import ValidationError


def register(commands, common: argparse.ArgumentParser) -> None:
    verify = commands.add_parser("verify", parents=[common], help="verify every stored file, seal, signature, "
                                 "the audit chain and the time-stamps; exit 1 if anything fails")
    verify.add_argument("--days", type=int, metavar="N",
                        help="re-hash only the recordings not verified in the last N days (default: all)")
    verify.add_argument("--progress", action="store_true", help="report progress on standard error")
    verify.add_argument("--unlock", action="store_true",
                        help="unlock the encrypted vault (storage password from $INSPECTOR_APP_STORAGE_PASSWORD or "
                             "stdin) and check the decrypted footage; without it, encrypted files are checked as "
                             "stored")
    add_actor(verify)
    verify.set_defaults(handler=run_verify, needs_unit=True)

    audit = commands.add_parser("audit", help="the audit trail (head and responsible person only)")
    actions = audit.add_subparsers(dest="action", metavar="{list,export}", required=True, parser_class=type(audit))
    listing = actions.add_parser("list", parents=[common], help="the latest events")
    export = actions.add_parser("export", parents=[common], help="export the events to PDF or CSV")
    for parser in (listing, export):
        parser.add_argument("--kind", choices=[k.value for k in AuditKind], help="only events of this kind")
        parser.add_argument("--user", metavar="LOGIN", help="only this person's events")
        parser.add_argument("--recording", type=int, metavar="ID", help="only events about this recording")
        parser.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="from this day (UTC)")
        parser.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="up to and including this day")
        add_actor(parser)
    listing.add_argument("--limit", type=int, default=50, metavar="N")
    listing.set_defaults(handler=run_audit_list, needs_unit=True)
    export.add_argument("--out", required=True, metavar="FILE", help="FILE.pdf or FILE.csv")
    export.add_argument("--lang", choices=("kk", "ru"), default="ru", dest="doc_lang",  # --lang is the window's
                        help="the language of the PDF and the CSV headers (ru)")
    export.set_defaults(handler=run_audit_export, needs_unit=True)

    stamps = commands.add_parser("timestamps", help="RFC 3161 time-stamps of seals and of the audit chain")
    stamp_actions = stamps.add_subparsers(dest="action", metavar="{status,fetch}", required=True,
                                          parser_class=type(stamps))
    for name, handler, text in (("status", run_stamp_status, "how many are pending"),
                                ("fetch", run_stamp_fetch, "ask the time-stamp authority for the pending ones")):
        parser = stamp_actions.add_parser(name, parents=[common], help=text)
        add_actor(parser)
        parser.set_defaults(handler=handler, needs_unit=True)

    clock = commands.add_parser("clock", help="the PC clock against the latest time the audit trail has seen")
    clock_actions = clock.add_subparsers(dest="action", metavar="{status,confirm}", required=True,
                                         parser_class=type(clock))
    status = clock_actions.add_parser("status", parents=[common], help="is the PC clock trusted")
    add_actor(status)
    status.set_defaults(handler=run_clock_status, needs_unit=True)
    confirm = clock_actions.add_parser("confirm", parents=[common], help="the head accepts the PC clock as it is")
    confirm.add_argument("--note", default="", metavar="TEXT", help="how the time was checked")
    add_actor(confirm)
    confirm.set_defaults(handler=run_clock_confirm, needs_unit=True)


def run_verify(ctx: AppContext, args, passwords: PasswordReader) -> Result:
    if args.days is not None and args.days < 0:
        raise ValidationError("--days must be 0 or more", code="days")
    actor = sign_in(ctx, args.actor, passwords)
    if args.unlock:
        from inspector_app.cli_commands.vault import unlock_for

        unlock_for(ctx, actor, passwords)
    progress = None
    if args.progress:
        def progress(done: int, total: int, _name: str = "") -> None:
            print(f"\r{done * 100 // max(total, 1)} %", end="", file=sys.stderr, flush=True)
    report = ctx.integrity.run(actor, not_verified_days=args.days, progress=progress)
    if args.progress:
        print(file=sys.stderr)
    checked = ", ".join(f"{n} {k}" for k, n in report.checked.items())
    lines = [f"Checked: {checked}; {report.bytes_hashed} bytes re-hashed; {report.pending_tokens} time-stamp(s) "
             f"pending.", *(f"FAILED {p.kind}: {p}" for p in report.problems)]
    if report.locked_files:
        lines.insert(1, f"{report.locked_files} encrypted file(s) checked as stored (the vault is locked: --unlock "
                        "checks the decrypted footage against the seals).")
    lines.append("Everything verifies." if report.ok else f"{len(report.problems)} problem(s) found.")
    result = Result("\n".join(lines), {"verification": {
        "scope": report.scope, "ok": report.ok, "checked": report.checked, "bytes_hashed": report.bytes_hashed,
        "pending_tokens": report.pending_tokens, "audit_event": report.event_seq,
        "locked_files": report.locked_files,
        "problems": [{"kind": p.kind, "subject": p.subject, "text": p.text} for p in report.problems]}})
    if not report.ok:
        result.error, result.code = f"verification found {len(report.problems)} problem(s)", "verification_failed"
    return result


def _filter(ctx: AppContext, actor, args) -> AuditFilter:
    user_id = None
    if args.user:
        from inspector_app.cli_commands.journal_signing import find_user

        user_id = find_user(ctx, actor, args.user).id
    return AuditFilter(user_id=user_id, kind=AuditKind(args.kind) if args.kind else None,
                       recording_id=args.recording, date_from=_day(args.date_from),
                       date_to=_day(args.date_to, next_day=True))


def _day(text: str | None, next_day: bool = False) -> datetime | None:
    if not text:
        return None
    try:
        day = datetime.fromisoformat(text).replace(tzinfo=timezone.utc)
    except ValueError:
        raise ValidationError(f"Not a date (YYYY-MM-DD): {text}", code="date") from None
    return day + timedelta(days=1) if next_day else day


def run_audit_list(ctx: AppContext, args, passwords: PasswordReader) -> Result:
    from inspector_app.cli_commands.output import table

    actor = sign_in(ctx, args.actor, passwords)
    events = ctx.audit.list(actor, _filter(ctx, actor, args), 0, args.limit)
    rows = [(e.seq, e.at.isoformat(timespec="seconds"), e.kind.value, e.user_name, e.subject) for e in events]
    text = table(("seq", "at (UTC)", "event", "user", "subject"), rows) if rows else "No events."
    return Result(text, {"events": [{"seq": e.seq, "at": e.at.isoformat(), "kind": e.kind.value,
                                     "user_id": e.user_id, "user": e.user_name, "subject": e.subject,
                                     "recording_id": e.recording_id, "details": e.details, "hash": e.hash}
                                    for e in events]})


def run_audit_export(ctx: AppContext, args, passwords: PasswordReader) -> Result:
    from inspector_app.documents.audit_export import AuditExporter

    actor = sign_in(ctx, args.actor, passwords)
    out = Path(args.out)
    exported = AuditExporter(ctx).export(actor, _filter(ctx, actor, args), out, args.doc_lang)
    return Result(f"{exported.events} event(s) written to {out}", {"path": str(out), "events": exported.events,
                                                                    "sha256": exported.sha256})


def run_stamp_status(ctx: AppContext, args, passwords: PasswordReader) -> Result:
    _staff(ctx, args, passwords)
    pending = ctx.trusted_time.pending_count()
    url = ctx.trusted_time.url
    text = f"{pending} time-stamp(s) pending" + (f" from {url}" if url else "; no time-stamp authority is set")
    return Result(text, {"pending": pending, "tsa_url": url})


def run_stamp_fetch(ctx: AppContext, args, passwords: PasswordReader) -> Result:
    _staff(ctx, args, passwords)
    outcome = ctx.trusted_time.fetch_pending()
    text = f"{outcome.granted} time-stamp(s) received, {outcome.failed} refused, {outcome.pending} pending"
    if outcome.message:
        text += f" ({outcome.message})"
    result = Result(text, {"granted": outcome.granted, "failed": outcome.failed, "pending": outcome.pending})
    if outcome.unavailable:
        result.error, result.code = "the time-stamp authority could not be reached", "tsa_unavailable"
    return result


def _staff(ctx: AppContext, args, passwords: PasswordReader):
    from inspector_app.domain.roles import Permission, require

    actor = sign_in(ctx, args.actor, passwords)
    require(actor, Permission.VERIFY_INTEGRITY)
    return actor


def run_clock_status(ctx: AppContext, args, passwords: PasswordReader) -> Result:
    _staff(ctx, args, passwords)
    state = ctx.clock_guard.check()
    text = ("The PC clock is trusted." if state.trusted else
            f"The PC clock is NOT trusted ({state.reason}); the head must confirm it (clock confirm).")
    return Result(text, {"trusted": state.trusted, "reason": state.reason, "now": state.now.isoformat(),
                         "latest_seen": state.latest_seen.isoformat() if state.latest_seen else None})


def run_clock_confirm(ctx: AppContext, args, passwords: PasswordReader) -> Result:
    actor = sign_in(ctx, args.actor, passwords)
    event = ctx.clock_guard.confirm(actor, args.note)
    return Result(f"PC clock confirmed (audit event {event.seq}).", {"audit_event": event.seq})
