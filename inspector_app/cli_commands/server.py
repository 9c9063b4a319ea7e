"""`migrate-to`: move this PC's unit from its SQLite file to a PostgreSQL server (the head, `--as LOGIN`).

    inspector-app migrate-to --db postgresql+psycopg://ala_app@db.local:5432/inspector [--remember-password]

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

from inspector_app.cli_commands.base import PasswordReader, Result, add_actor, sign_in
from inspector_app.context import AppContext
from inspector_app.errors import StateError


def register(commands, common: argparse.ArgumentParser) -> None:
    move = commands.add_parser("migrate-to", parents=[common], help="move the unit's database to a PostgreSQL "
                               "server, verify it there and switch this PC to it (the head)")
    move.add_argument("--db", dest="database_url", required=True, metavar="URL",
                      help="the empty server database: postgresql+psycopg://USER@HOST:PORT/NAME (no password)")
    move.add_argument("--remember-password", action="store_true",
                      help="keep the server password in the OS credential store for the next starts")
    move.add_argument("--progress", action="store_true", help="report progress on standard error")
    add_actor(move)
    move.set_defaults(handler=run_migrate_to, needs_unit=True)


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
