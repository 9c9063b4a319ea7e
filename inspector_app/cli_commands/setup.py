"""`init`: set the unit up (the head and the responsible person); `demo`: build the sample unit.

Passwords are never options. `init` reads the head's from $INSPECTOR_APP_HEAD_PASSWORD and the
responsible person's from $INSPECTOR_APP_RESPONSIBLE_PASSWORD, or else one line each from stdin,
head first. `demo` prints the generated passwords: the only copy, so they go to stdout and
nowhere else (never to the log).
"""

from __future__ import annotations

import argparse
import logging

from inspector_app.cli_commands.base import PasswordReader, Result
from inspector_app.cli_commands.output import table, unit_json, user_json
from inspector_app.context import AppContext
from inspector_app.demo import build_demo
from inspector_app.domain.journal import JournalFilter
from inspector_app.errors import StateError
from inspector_app.services.setup import PersonInput, initialize_unit, is_set_up
from inspector_app.timezones import DEFAULT_TIMEZONE

logger = logging.getLogger(__name__)

HEAD_PASSWORD_ENV = "INSPECTOR_APP_HEAD_PASSWORD"
RESPONSIBLE_PASSWORD_ENV = "INSPECTOR_APP_RESPONSIBLE_PASSWORD"


def register(commands, common: argparse.ArgumentParser) -> None:
    init = commands.add_parser(
        "init", parents=[common], help="set up the unit with its head and responsible person",
        description="Set up the unit. Passwords come from $INSPECTOR_APP_HEAD_PASSWORD and "
                    "$INSPECTOR_APP_RESPONSIBLE_PASSWORD, or else from stdin, one line each, head first.")
    init.add_argument("--unit-name-kk", required=True, metavar="TEXT", help="the unit's name in Kazakh")
    init.add_argument("--unit-name-ru", required=True, metavar="TEXT", help="the unit's name in Russian")
    init.add_argument("--unit-code", required=True, metavar="CODE", help="a short code, e.g. ALA-01")
    for who, title in (("head", "the head of the unit"), ("responsible", "the responsible person (п.6)")):
        init.add_argument(f"--{who}-login", required=True, metavar="LOGIN", help=f"login of {title}")
        init.add_argument(f"--{who}-name", required=True, metavar="NAME", help=f"full name of {title}")
        init.add_argument(f"--{who}-position", default="", metavar="TEXT", help=f"position of {title}")
    init.add_argument("--order-ref", default="", metavar="TEXT",
                      help="the head's order appointing the responsible person")
    init.add_argument("--timezone", default=DEFAULT_TIMEZONE, metavar="ZONE",
                      help=f"the unit's time zone (default {DEFAULT_TIMEZONE})")
    init.add_argument("--journal-index", default="", metavar="TEXT",
                      help="the office registration index of the journal's first volume (п.9), e.g. 04-12/15; "
                           "without it, open the volume later with `journal open-volume`")
    init.set_defaults(handler=run_init, needs_unit=False)

    demo = commands.add_parser(
        "demo", parents=[common], help="build a sample unit in an empty data folder and print its passwords",
        description="Build a sample unit (10 people, 12 recorders, four weeks of the journal) in the folder "
                    "given by --data-dir, which must not hold a unit yet. The generated passwords are printed once "
                    "and never logged.")
    demo.set_defaults(handler=run_demo, needs_unit=False, needs_explicit_data_dir=True)


def run_init(ctx: AppContext, args: argparse.Namespace, passwords: PasswordReader) -> Result:
    if is_set_up(ctx.uow_factory):
        raise StateError("The unit is already set up", code="already_set_up")
    head_password = passwords.read(HEAD_PASSWORD_ENV, f"the head ({args.head_login})", new=True)
    responsible_password = passwords.read(RESPONSIBLE_PASSWORD_ENV,
                                          f"the responsible person ({args.responsible_login})", new=True)
    result = initialize_unit(
        ctx.uow_factory, ctx.clock, name_kk=args.unit_name_kk, name_ru=args.unit_name_ru, code=args.unit_code,
        head=PersonInput(args.head_login, args.head_name, args.head_position, head_password),
        responsible=PersonInput(args.responsible_login, args.responsible_name, args.responsible_position,
                                responsible_password),
        order_reference=args.order_ref, timezone=args.timezone, journal_registration_index=args.journal_index)
    journal = f" Journal volume 1 ({args.journal_index.strip()}) opened." if args.journal_index.strip() else ""
    return Result(
        f"Unit {result.unit.code} set up in {ctx.data_dir}: head {result.head.login}, "
        f"responsible person {result.responsible.login}.{journal}",
        {"unit": unit_json(result.unit), "head": user_json(result.head),
         "responsible": user_json(result.responsible), "data_dir": str(ctx.data_dir),
         "journal_registration_index": args.journal_index.strip() or None})


def run_demo(ctx: AppContext, args: argparse.Namespace, passwords: PasswordReader) -> Result:
    credentials = build_demo(ctx)
    head_login = next(iter(credentials))
    head = ctx.accounts.authenticate(head_login, credentials[head_login])
    order = {login: index for index, login in enumerate(credentials)}  # head, responsible, inspectors
    users = sorted(ctx.users.list(head), key=lambda u: order.get(u.login, len(order)))
    recorder_count = len(ctx.recorders.list(head))
    entry_count = ctx.journal.count(head, JournalFilter())
    unit = ctx.unit()
    if unit is None:  # build_demo has just set it up
        raise StateError("The demo unit was not created", code="demo_failed")
    storage = ctx.demo_storage_passwords
    rows = [(u.login, u.role.value, credentials.get(u.login, ""), storage.get(u.login, "-"), u.full_name)
            for u in users]
    text = "\n".join([
        f"Demo unit {unit.code} set up in {ctx.data_dir}: {len(users)} users, {recorder_count} recorders, "
        f"{entry_count} journal entries.",
        "These passwords are shown only this once; note them down now. The storage passwords open the footage "
        "(the head's and the responsible person's).",
        "",
        table(("login", "role", "password", "storage password", "full name"), rows),
        "",
        f"Recovery key of the footage storage (the head; on a real unit it is printed for the safe): "
        f"{ctx.demo_recovery_key}",
    ])
    payload = {"unit": unit_json(unit), "data_dir": str(ctx.data_dir), "recorder_count": recorder_count,
               "journal_entry_count": entry_count,
               "recovery_key": ctx.demo_recovery_key,
               "users": [{**user_json(u), "password": credentials.get(u.login, ""),
                          **({"storage_password": storage[u.login]} if u.login in storage else {})} for u in users]}
    return Result(text, payload)

