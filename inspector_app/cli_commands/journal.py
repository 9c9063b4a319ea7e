"""`journal list | volumes | open-volume | close-volume | verify | print`: reading the journal of issue and
return (Appendix 1) and keeping its volumes (п.9), acting as `--as LOGIN`; `issue | return | fault`, which
need signatures, are in `journal_signing.py`.

The acting user's password comes from $INSPECTOR_APP_PASSWORD or the first line of stdin. Volumes are
named by their number, recorders by their inventory number, people by their login.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from inspector_app.cli_commands import journal_signing
from inspector_app.cli_commands.base import PasswordReader, Result, add_actor, sign_in
from inspector_app.cli_commands.journal_signing import find_user
from inspector_app.cli_commands.output import journal_row_json, table, volume_json
from inspector_app.context import AppContext
from inspector_app.domain.journal import JournalFilter, JournalRow, RowState
from inspector_app.errors import NotFoundError, StateError, ValidationError
from inspector_app.timezones import format_local

DEFAULT_LIMIT = 100


def register(commands, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("journal", help="the journal of issue and return of recorders")
    actions = group.add_subparsers(
        dest="action", required=True, parser_class=type(group),
        metavar="{list,issue,return,fault,volumes,open-volume,close-volume,verify,print}")

    listing = actions.add_parser("list", parents=[common], help="the rows of the journal",
                                 description="The journal's rows in journal order: the latest --limit rows "
                                             "that match (all volumes unless --volume).")
    listing.add_argument("--volume", type=int, metavar="N", help="only this volume")
    listing.add_argument("--inspector", metavar="LOGIN", help="only the recorders issued to this person")
    listing.add_argument("--recorder", metavar="INVENTORY", help="only this recorder")
    listing.add_argument("--open", action="store_true", help="only recorders not yet returned")
    listing.add_argument("--overdue", action="store_true",
                         help="only recorders not returned within the unit's overdue limit (default 12 h)")
    listing.add_argument("--limit", type=int, default=DEFAULT_LIMIT, metavar="N",
                         help=f"at most N rows, the latest (default {DEFAULT_LIMIT})")
    add_actor(listing)
    listing.set_defaults(handler=run_list, needs_unit=True)

    journal_signing.register(actions, common)

    volumes = actions.add_parser("volumes", parents=[common], help="the journal's volumes")
    add_actor(volumes)
    volumes.set_defaults(handler=run_volumes, needs_unit=True)

    open_volume = actions.add_parser("open-volume", parents=[common],
                                     help="open the first volume, when `init` was run without --journal-index")
    open_volume.add_argument("--index", required=True, metavar="TEXT",
                             help="the office registration index of the volume (п.9), e.g. 04-12/15")
    add_actor(open_volume)
    open_volume.set_defaults(handler=run_open_volume, needs_unit=True)

    close = actions.add_parser("close-volume", parents=[common], help="close the open volume and open the next")
    close.add_argument("--next-index", required=True, metavar="TEXT",
                       help="the registration index of the next volume (п.9)")
    add_actor(close)
    close.set_defaults(handler=run_close_volume, needs_unit=True)

    verify = actions.add_parser("verify", parents=[common], help="check every signature of the journal",
                                description="Rebuild each record from what is stored and check its signatures. "
                                            "Exit code 1 when any signature is missing or does not match.")
    verify.add_argument("--volume", type=int, metavar="N", help="only this volume (default: all)")
    add_actor(verify)
    verify.set_defaults(handler=run_verify, needs_unit=True)

    printing = actions.add_parser("print", parents=[common], help="print a volume of the journal to PDF")
    printing.add_argument("--volume", type=int, metavar="N", help="the volume (default: the latest)")
    printing.add_argument("--lang", required=True, choices=("kk", "ru"), dest="print_lang",  # --lang is the window's
                          help="the language of the form")
    printing.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    add_actor(printing)
    printing.set_defaults(handler=run_print, needs_unit=True)


# --- reading ----------------------------------------------------------------------------------------------

def run_list(ctx: AppContext, args: argparse.Namespace, passwords: PasswordReader) -> Result:
    if args.limit < 1:
        raise ValidationError("--limit must be at least 1", code="limit")
    actor = sign_in(ctx, args.actor, passwords)
    flt = JournalFilter(
        volume_id=find_volume(ctx, actor, args.volume).id if args.volume is not None else None,
        recorder_id=ctx.recorders.by_inventory(actor, args.recorder).id if args.recorder else None,
        user_id=find_user(ctx, actor, args.inspector).id if args.inspector else None,
        open_only=args.open)
    if args.overdue:
        flt = ctx.journal.overdue_filter(flt)
    total = ctx.journal.count(actor, flt)
    rows = list(reversed(ctx.journal.rows(actor, flt, 0, args.limit)))  # the latest, shown in journal order
    zone = ctx.timezone()
    shown = f"{len(rows)} of {total}" if len(rows) < total else str(total)
    heading = f"Journal: {shown} row{'s' if total != 1 else ''}, times in {zone}."
    text = heading if not rows else "\n".join([heading, table(
        ("vol", "№", "inventory", "user", "received", "returned", "stored", "remarks", "state"),
        [_table_row(row, zone) for row in rows])])
    return Result(text, {"total": total, "rows": [journal_row_json(row) for row in rows]})


def _table_row(row: JournalRow, zone: str) -> tuple:
    remarks = [r.text for r in row.remarks]
    if row.strike is not None:
        remarks.insert(0, f"struck through: {row.strike.reason}")
    if row.returned is not None and row.returned.condition:
        remarks.append(row.returned.condition)
    return (row.volume_number, row.entry.number, row.entry.inventory_number, row.entry.user_full_name,
            format_local(row.entry.at, zone), format_local(row.returned.returned_at, zone) if row.returned else "",
            format_local(row.stored.stored_at, zone) if row.stored else "", "; ".join(remarks),
            _STATE_WORDS[row.state])


_STATE_WORDS = {RowState.OPEN: "open", RowState.RETURNED_NOT_STORED: "returned", RowState.STORED: "stored",
                RowState.FAULT: "fault", RowState.STRUCK: "struck"}


def run_volumes(ctx: AppContext, args: argparse.Namespace, passwords: PasswordReader) -> Result:
    actor = sign_in(ctx, args.actor, passwords)
    volumes = ctx.journal.volumes(actor)
    counts = {v.number: ctx.journal.count(actor, JournalFilter(volume_id=v.id)) for v in volumes}
    zone = ctx.timezone()
    rows = [(v.number, v.registration_index, format_local(v.started_at, zone), format_local(v.ended_at, zone)
             or "open", counts[v.number]) for v in volumes]
    text = table(("volume", "index", "started", "ended", "entries"), rows) if rows else \
        "No journal volume yet: open one with `journal open-volume --index TEXT`."
    return Result(text, {"volumes": [volume_json(v, counts[v.number]) for v in volumes]})


# --- volumes (п.9) ----------------------------------------------------------------------------------------

def run_open_volume(ctx: AppContext, args: argparse.Namespace, passwords: PasswordReader) -> Result:
    actor = sign_in(ctx, args.actor, passwords)
    volume = ctx.journal.open_volume(actor, args.index)
    return Result(f"Journal volume {volume.number} ({volume.registration_index}) opened.",
                  {"volume": volume_json(volume)})


def run_close_volume(ctx: AppContext, args: argparse.Namespace, passwords: PasswordReader) -> Result:
    actor = sign_in(ctx, args.actor, passwords)
    current = next((v for v in ctx.journal.volumes(actor) if v.ended_at is None), None)
    if current is None:
        raise StateError("No journal volume is open", code="no_volume")
    opened = ctx.journal.close_volume(actor, args.next_index)
    closed = find_volume(ctx, actor, current.number)
    return Result(f"Journal volume {closed.number} ({closed.registration_index}) closed; volume {opened.number} "
                  f"({opened.registration_index}) opened.",
                  {"closed": volume_json(closed), "opened": volume_json(opened)})


def run_verify(ctx: AppContext, args: argparse.Namespace, passwords: PasswordReader) -> Result:
    actor = sign_in(ctx, args.actor, passwords)
    volumes = [find_volume(ctx, actor, args.volume)] if args.volume is not None else ctx.journal.volumes(actor)
    if not volumes:
        raise StateError("The journal has no volume yet", code="no_volume")
    lines, results, problems = [], [], 0
    for volume in volumes:
        report = ctx.journal_verifier.verify_volume(actor, volume.id)
        problems += len(report.problems)
        verdict = "all valid" if report.ok else f"{len(report.problems)} problem(s)"
        lines.append(f"Volume {volume.number} ({volume.registration_index}): {report.entries} entries, "
                     f"{report.signatures} signatures checked: {verdict}.")
        lines += [f"  {problem}" for problem in report.problems]
        results.append({**volume_json(volume), "entries": report.entries, "signatures": report.signatures,
                        "ok": report.ok, "problems": report.problems})
    payload = {"volumes": results}
    if problems:
        return Result("\n".join(lines), payload, code="verification_failed",
                      error=f"{problems} signature problem(s) found in the journal: see the list above")
    return Result("\n".join(lines), payload)


def run_print(ctx: AppContext, args: argparse.Namespace, passwords: PasswordReader) -> Result:
    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        raise ValidationError(f"There is no folder {out.parent} to write the PDF into", code="no_folder")
    printer = getattr(ctx, "journal_printer", None)
    if printer is None:
        raise StateError("Printing the journal is not available in this installation", code="no_printer")
    actor = sign_in(ctx, args.actor, passwords)
    volumes = ctx.journal.volumes(actor)
    if args.volume is not None:
        volume = find_volume(ctx, actor, args.volume)
    elif volumes:
        volume = volumes[-1]
    else:
        raise StateError("The journal has no volume yet", code="no_volume")
    printed = printer.print_volume(actor, volume.number, args.print_lang, out, ctx.timezone())
    return Result(f"Journal volume {volume.number} printed to {printed.path}: {printed.pages} "
                  f"page{'s' if printed.pages != 1 else ''}, {printed.entries} entries.",
                  {"volume": volume.number, "lang": args.print_lang, "path": str(printed.path), "pages": printed.pages,
                   "entries": printed.entries})


# --- lookups -------------------------------------------------------------------------------------------

def find_volume(ctx: AppContext, actor, number: int):
    volume = next((v for v in ctx.journal.volumes(actor) if v.number == number), None)
    if volume is None:
        raise NotFoundError(f"There is no journal volume {number}", code="no_volume_number", number=number)
    return volume
