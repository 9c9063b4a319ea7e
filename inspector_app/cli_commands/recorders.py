"""`recorder add | list | status | history`: the recorder register (п.7), acting as `--as LOGIN`.

The acting user's password comes from $INSPECTOR_APP_PASSWORD or the first line of stdin.
Recorders are named by their inventory number everywhere.
"""

from __future__ import annotations

import argparse

from inspector_app.cli_commands.base import PasswordReader, Result, add_actor, sign_in
from inspector_app.cli_commands.output import history_json, recorder_json, table
from inspector_app.context import AppContext
from inspector_app.domain.recorders import MANUAL_TRANSITIONS, RecorderStatus
from inspector_app.timezones import format_local

STATUSES = tuple(s.value for s in RecorderStatus)
# Statuses a person may set by hand (ISSUED comes only from the journal).
MANUAL_TARGETS = tuple(s.value for s in RecorderStatus if any(s in targets for targets in MANUAL_TRANSITIONS.values()))


def register(commands, common: argparse.ArgumentParser) -> None:
    from devices.profiles import profile_names

    group = commands.add_parser("recorder", help="the recorder register")
    actions = group.add_subparsers(dest="action", metavar="{add,list,status,history}", required=True,
                                   parser_class=type(group))

    add = actions.add_parser("add", parents=[common], help="register a recorder")
    add.add_argument("--inventory", required=True, metavar="NUMBER", help="the inventory number (п.7), unique")
    add.add_argument("--serial", default="", metavar="TEXT", help="the serial number")
    add.add_argument("--model", default="", metavar="TEXT")
    add.add_argument("--profile", default="generic", metavar="NAME",
                     help=f"vendor profile: {', '.join(profile_names())} (default generic)")
    add.add_argument("--note", default="", metavar="TEXT", help="a remark kept in the history")
    add_actor(add)
    add.set_defaults(handler=run_add, needs_unit=True)

    listing = actions.add_parser("list", parents=[common], help="list the recorders")
    listing.add_argument("--status", choices=STATUSES)
    listing.add_argument("--search", default="", metavar="TEXT", help="part of the inventory, serial or model")
    add_actor(listing)
    listing.set_defaults(handler=run_list, needs_unit=True)

    status = actions.add_parser("status", parents=[common], help="change a recorder's status, with a reason")
    status.add_argument("--inventory", required=True, metavar="NUMBER")
    status.add_argument("--to", required=True, choices=MANUAL_TARGETS, dest="to_status")
    status.add_argument("--reason", required=True, metavar="TEXT", help="why (kept in the history)")
    add_actor(status)
    status.set_defaults(handler=run_status, needs_unit=True)

    history = actions.add_parser("history", parents=[common], help="every change of one recorder")
    history.add_argument("--inventory", required=True, metavar="NUMBER")
    add_actor(history)
    history.set_defaults(handler=run_history, needs_unit=True)


def run_add(ctx: AppContext, args: argparse.Namespace, passwords: PasswordReader) -> Result:
    actor = sign_in(ctx, args.actor, passwords)
    recorder = ctx.recorders.add(actor, args.inventory, args.serial, args.model, args.profile, args.note)
    return Result(f"Recorder {recorder.inventory_number} registered ({recorder.status.value}).",
                  {"recorder": recorder_json(recorder)})


def run_list(ctx: AppContext, args: argparse.Namespace, passwords: PasswordReader) -> Result:
    actor = sign_in(ctx, args.actor, passwords)
    recorders = ctx.recorders.list(actor, RecorderStatus(args.status) if args.status else None, args.search)
    rows = [(r.inventory_number, r.status.value, r.serial_number, r.model, r.vendor_profile) for r in recorders]
    text = table(("inventory", "status", "serial", "model", "profile"), rows) if rows else "No recorders."
    return Result(text, {"recorders": [recorder_json(r) for r in recorders]})


def run_status(ctx: AppContext, args: argparse.Namespace, passwords: PasswordReader) -> Result:
    actor = sign_in(ctx, args.actor, passwords)
    before = ctx.recorders.by_inventory(actor, args.inventory)
    recorder = ctx.recorders.change_status(actor, before.id, args.to_status, args.reason)
    return Result(f"Recorder {recorder.inventory_number}: {before.status.value} -> {recorder.status.value}.",
                  {"recorder": recorder_json(recorder), "from_status": before.status.value})


def run_history(ctx: AppContext, args: argparse.Namespace, passwords: PasswordReader) -> Result:
    actor = sign_in(ctx, args.actor, passwords)
    recorder = ctx.recorders.by_inventory(actor, args.inventory)
    entries = ctx.recorders.history(actor, recorder.id)
    zone = ctx.timezone()
    rows = [(format_local(e.at, zone), e.kind.value,
             f"{e.from_status.value if e.from_status else ''} -> {e.to_status.value}" if e.to_status else "",
             e.actor_name, e.reason or e.details) for e in entries]
    text = "\n".join([f"Recorder {recorder.inventory_number} ({recorder.status.value}), times in {zone}:",
                      table(("when", "event", "status", "by", "reason / details"), rows)])
    return Result(text, {"recorder": recorder_json(recorder), "history": [history_json(e) for e in entries]})
