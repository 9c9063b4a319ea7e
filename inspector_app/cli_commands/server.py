"""`migrate-to`, `server` and `committee`: a unit on a PostgreSQL server, several units on one server.

    inspector-app migrate-to --db postgresql+psycopg://ala_app@db.local:5432/inspector [--remember-password]
    inspector-app server add-unit --admin-db URL --schema unit_ala --role ala_app     (the server's administrator)
    inspector-app server upgrade-unit --admin-db URL --schema unit_ala --role ala_app
    inspector-app server add-auditor --admin-db URL --role committee_aliyev
    inspector-app committee units|events|verify --db URL [--unit CODE]               (a committee auditor)

`migrate-to` is the head's, signed in with `--as LOGIN`.
The server's password is never an option or part of the URL: it comes from the OS credential store, else
$PGPASSWORD (libpq's own variable), else a prompt on a terminal. Every row is copied into the empty server
database, read back and compared, then the unit is verified on the server (seals, files, the audit chain,
the journal's signatures); only then does this PC switch to the server. Exit codes: 0 moved and verified;
1 refused, or the verification found problems (each named; the PC stays on its file); 2 usage.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

from inspector_app.cli_commands.base import PasswordReader, Result, UsageError, add_actor, sign_in
from inspector_app.context import AppContext
from inspector_app.errors import StateError


def register(commands, common: argparse.ArgumentParser) -> None:
    register_server(commands, common)
    move = commands.add_parser("migrate-to", parents=[common], help="move the unit's database to a PostgreSQL "
                               "server, verify it there and switch this PC to it (the head)")
    move.add_argument("--db", dest="database_url", required=True, metavar="URL",
                      help="the empty server database: postgresql+psycopg://USER@HOST:PORT/NAME (no password)")
    move.add_argument("--remember-password", action="store_true",
                      help="keep the server password in the OS credential store for the next starts")
    move.add_argument("--progress", action="store_true", help="report progress on standard error")
    add_actor(move)
    move.set_defaults(handler=run_migrate_to, needs_unit=True)


NEW_ROLE_PASSWORD_ENV = "INSPECTOR_APP_NEW_DB_PASSWORD"


def register_server(commands, common: argparse.ArgumentParser) -> None:
    server = commands.add_parser("server", help="units and committee auditors on a shared PostgreSQL server "
                                 "(the server's administrator)")
    actions = server.add_subparsers(dest="action", metavar="{add-unit,upgrade-unit,add-auditor}", required=True,
                                    parser_class=type(server))
    for name, handler, text in (
            ("add-unit", run_add_unit, "a schema and a login role for a unit, the schema migrated; prints the "
                                       "URL for the unit's PCs (the role's password from "
                                       f"${NEW_ROLE_PASSWORD_ENV} or stdin)"),
            ("upgrade-unit", run_upgrade_unit, "migrate a unit's schema to this program's, grants renewed"),
            ("add-auditor", run_add_auditor, "a committee auditor's login role: the audit trails of every unit, "
                                             "read-only, nothing else")):
        parser = actions.add_parser(name, parents=[common], help=text)
        parser.add_argument("--admin-db", required=True, metavar="URL",
                            help="an administrator's URL of the server (no password: PGPASSWORD or the keyring)")
        parser.add_argument("--role", required=True, metavar="NAME", help="the login role")
        if name != "add-auditor":
            parser.add_argument("--schema", required=True, metavar="NAME", help="the unit's schema, e.g. unit_ala")
        parser.set_defaults(handler=handler, needs_unit=False, needs_context=False)

    committee = commands.add_parser("committee", help="the committee auditor's view: every unit's audit trail, "
                                    "read-only")
    views = committee.add_subparsers(dest="action", metavar="{units,events,verify}", required=True,
                                     parser_class=type(committee))
    for name, handler, text in (("units", run_committee_units, "the units and the size of their trails"),
                                ("events", run_committee_events, "a unit's latest audit events"),
                                ("verify", run_committee_verify, "walk a unit's chain, every signature checked; "
                                                                 "exit 1 on any break")):
        parser = views.add_parser(name, parents=[common], help=text)
        parser.add_argument("--db", dest="database_url", required=True, metavar="URL",
                            help="the auditor's URL of the server (no password: PGPASSWORD or the keyring)")
        if name != "units":
            parser.add_argument("--unit", required=True, metavar="CODE", help="the unit's code or schema")
        if name == "events":
            parser.add_argument("--limit", type=int, default=50, metavar="N")
        parser.set_defaults(handler=handler, needs_unit=False, needs_context=False)


def _server_engine(url: str):
    from inspector_app import database_location
    from storage.database import make_engine

    url = database_location.check_url(url)
    if not database_location.is_server(url):
        raise UsageError("give a PostgreSQL server URL: postgresql+psycopg://USER@HOST:PORT/NAME")
    return make_engine(url, database_location.stored_password(url))


def run_add_unit(_ctx, args, passwords: PasswordReader) -> Result:
    from storage import server_units

    password = passwords.read(NEW_ROLE_PASSWORD_ENV, f"the new role {args.role}", new=True)
    admin = _server_engine(args.admin_db)
    try:
        url = server_units.add_unit(admin, args.schema, args.role, password, Path(tempfile.gettempdir()))
    finally:
        admin.dispose()
    return Result(f"unit schema {args.schema} made and migrated; its PCs use the database URL\n  {url}\n"
                  f"with the password of {args.role}", {"schema": args.schema, "role": args.role, "url": url})


def run_upgrade_unit(_ctx, args, passwords: PasswordReader) -> Result:
    from storage import server_units

    admin = _server_engine(args.admin_db)
    try:
        server_units.upgrade_unit(admin, args.schema, args.role, Path(tempfile.gettempdir()))
    finally:
        admin.dispose()
    return Result(f"unit schema {args.schema} migrated to this program's; grants renewed", {"schema": args.schema})


def run_add_auditor(_ctx, args, passwords: PasswordReader) -> Result:
    from storage import server_units

    password = passwords.read(NEW_ROLE_PASSWORD_ENV, f"the new role {args.role}", new=True)
    admin = _server_engine(args.admin_db)
    try:
        server_units.add_auditor(admin, args.role, password)
    finally:
        admin.dispose()
    return Result(f"committee auditor {args.role} added: the audit trails of every unit, read-only",
                  {"role": args.role})


@contextmanager
def _committee(url: str):
    from inspector_app.services.committee_audit import CommitteeAudit
    from storage.committee_audit import CommitteeAuditReader

    engine = _server_engine(url)
    try:
        yield CommitteeAudit(CommitteeAuditReader(engine))
    finally:
        engine.dispose()


def run_committee_units(_ctx, args, passwords: PasswordReader) -> Result:
    with _committee(args.database_url) as committee:
        units = committee.units()
    lines = [f"{u.code or '-'}\t{u.schema}\t{u.events} events\t{u.name_ru}" for u in units]
    return Result("\n".join(lines) or "no unit is visible to this role",
                  {"units": [u.__dict__ for u in units]})


def run_committee_events(_ctx, args, passwords: PasswordReader) -> Result:
    with _committee(args.database_url) as committee:
        events = committee.events(args.unit, limit=max(1, args.limit))
    lines = [f"{e.seq}\t{e.at:%Y-%m-%d %H:%M:%S}\t{e.kind.value}\t{e.user_name}\t{e.subject}" for e in events]
    return Result("\n".join(lines), {"events": [{"seq": e.seq, "at": e.at.isoformat(), "kind": e.kind.value,
                                                  "user": e.user_name, "subject": e.subject} for e in events]})


def run_committee_verify(_ctx, args, passwords: PasswordReader) -> Result:
    with _committee(args.database_url) as committee:
        walk = committee.verify(args.unit)
    payload = {"unit": args.unit, "events": walk.events, "problems": list(walk.problems)}
    if walk.problems:
        return Result("\n".join(walk.problems), payload, error=f"the audit trail of {args.unit} is broken",
                      code="chain_broken")
    return Result(f"the audit trail of {args.unit}: {walk.events} events, the chain and every signature intact",
                  payload)


def run_migrate_to(ctx: AppContext, args, passwords: PasswordReader) -> Result:
    from inspector_app import database_location
    from inspector_app.bootstrap import database_move

    actor = sign_in(ctx, args.actor, passwords)
    url = database_location.check_url(args.database_url)
    password = database_location.stored_password(url) if database_location.is_server(url) else None
    progress = _progress if args.progress else None
    mover = database_move(ctx)
    try:
        report = mover.run(actor, url, password, remember_password=args.remember_password, progress=progress)
    except StateError as error:
        if error.code != "database_password" or password or not sys.stdin.isatty():
            raise
        password = getpass.getpass(f"Password of {database_location.address(url)}: ")
        report = mover.run(actor, url, password, remember_password=args.remember_password, progress=progress)
    verification = report.verification
    payload = {"target": report.target, "rows": report.rows, "tables": report.tables, "switched": report.switched,
               "checked": verification.checked, "problems": [str(p) for p in verification.problems]}
    if not report.switched:
        lines = [f"copied {report.rows} rows to {report.target}, but the unit did not verify there:"]
        lines += [f"  {problem}" for problem in verification.problems] or ["  (cancelled)"]
        lines.append("this PC still opens its own database file")
        return Result("\n".join(lines), payload, error="the unit did not verify on the server", code="not_verified")
    checked = ", ".join(f"{kind} {count}" for kind, count in verification.checked.items())
    return Result(f"moved {report.rows} rows in {report.tables} tables to {report.target}, read back equal; "
                  f"verified there ({checked}); this PC now opens the unit on the server", payload)


def _progress(done: int, total: int) -> None:
    print(f"copied {done} of {total} rows", file=sys.stderr, flush=True)
