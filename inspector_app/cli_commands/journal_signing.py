"""`journal issue | return | fault`: the journal operations that are signed (п.8, п.10, п.20), for scripted use.

Two people sign an issue and a return: the acting person (`--as`, the responsible person) as issuer or
receiver, and the inspector as recipient or returner. Their passwords (PINs) come from
$INSPECTOR_APP_PASSWORD and $INSPECTOR_APP_SIGNER_PASSWORD, or else one line each from stdin, the acting
person first. A fault report is signed by the acting person alone.

A script has no signature pad, so the drawn signatures come from `--signature-file`: JSON strokes, a list
of strokes of [x, y] points between 0 and 1 (x to the right, y down, in a 3:1 box), used for everyone who
signs; or an object {"actor": [...], "signer": [...]} with a drawing each.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from inspector_app.cli_commands.base import ACTOR_PASSWORD_ENV, PasswordReader, Result, UsageError, add_actor
from inspector_app.cli_commands.output import journal_row_json
from inspector_app.context import AppContext
from inspector_app.domain.journal import JournalRow, Purpose
from inspector_app.domain.strokes import Strokes, normalise_strokes
from inspector_app.errors import NotFoundError, StateError, ValidationError
from inspector_app.services.journal import IssueRequest
from inspector_app.services.signers import SignatureInput

SIGNER_PASSWORD_ENV = "INSPECTOR_APP_SIGNER_PASSWORD"
PURPOSES = tuple(p.value for p in Purpose)
SIGNATURE_FILE_MAX = 2_000_000  # bytes; a drawing is a few kilobytes
WHOSE = {"actor": "the acting person", "signer": "the inspector"}
PASSWORDS_HELP = ("Passwords (PINs): the acting person's from $INSPECTOR_APP_PASSWORD, the inspector's from "
                  "$INSPECTOR_APP_SIGNER_PASSWORD, or else one line each from stdin, the acting person first.")
FILE_HELP = ('JSON strokes of the drawn signature(s): a list of strokes of [x, y] points in 0..1 used for both '
             'signers, or {"actor": [...], "signer": [...]}')


def register(actions, common: argparse.ArgumentParser) -> None:
    issue = actions.add_parser("issue", parents=[common], help="issue a recorder to an inspector, both signing",
                               description="Issue a recorder against signature (п.8). " + PASSWORDS_HELP)
    issue.add_argument("--recorder", required=True, metavar="INVENTORY", help="the recorder's inventory number")
    issue.add_argument("--to", required=True, dest="to_login", metavar="LOGIN", help="the inspector receiving it")
    issue.add_argument("--purpose", required=True, choices=PURPOSES, help="why it is taken (п.4)")
    issue.add_argument("--battery", required=True, type=int, metavar="PCT", help="battery charge read off the device")
    issue.add_argument("--clock-offset", required=True, type=int, metavar="SECONDS",
                       help="recorder clock minus PC clock, in seconds (п.17)")
    issue.add_argument("--battery-override-reason", default="", metavar="TEXT",
                       help="why a recorder below the minimum charge is issued anyway (kept as a signed remark)")
    issue.add_argument("--signature-file", required=True, metavar="PATH", help=FILE_HELP)
    add_actor(issue)
    issue.set_defaults(handler=run_issue, needs_unit=True)

    ret = actions.add_parser("return", parents=[common], help="receive a recorder back, both signing",
                             description="Receive an issued recorder back (п.10). " + PASSWORDS_HELP)
    ret.add_argument("--recorder", required=True, metavar="INVENTORY", help="the recorder's inventory number")
    ret.add_argument("--condition", default="", metavar="TEXT", help="the state it came back in")
    ret.add_argument("--faulty", action="store_true",
                     help="it came back faulty (п.20): --condition describes the fault; the head is notified")
    ret.add_argument("--signature-file", required=True, metavar="PATH", help=FILE_HELP)
    add_actor(ret)
    ret.set_defaults(handler=run_return, needs_unit=True)

    fault = actions.add_parser(
        "fault", parents=[common], help="report a recorder's malfunction (п.20)",
        description="Report a malfunction: the recorder becomes faulty, the head and the responsible person are "
                    "notified. Signed by the acting person: password from $INSPECTOR_APP_PASSWORD or stdin.")
    fault.add_argument("--recorder", required=True, metavar="INVENTORY", help="the recorder's inventory number")
    fault.add_argument("--description", required=True, metavar="TEXT", help="what is wrong")
    fault.add_argument("--signature-file", required=True, metavar="PATH",
                       help='JSON strokes of the drawn signature (a list of strokes, or {"actor": [...]})')
    add_actor(fault)
    fault.set_defaults(handler=run_fault, needs_unit=True)


def run_issue(ctx: AppContext, args: argparse.Namespace, passwords: PasswordReader) -> Result:
    drawings = read_signature_file(args.signature_file, ("actor", "signer"))
    actor, actor_password = _sign_in(ctx, args.actor, passwords)
    recorder = ctx.recorders.by_inventory(actor, args.recorder)
    recipient = find_user(ctx, actor, args.to_login)
    signer_password = passwords.read(SIGNER_PASSWORD_ENV, f"{recipient.login} (signing for receipt)")
    request = IssueRequest(recorder.id, recipient.id, args.purpose, args.battery, args.clock_offset,
                           battery_override_reason=args.battery_override_reason)
    row = ctx.journal.issue(actor, request, SignatureInput(recipient.id, signer_password, drawings["signer"]),
                            SignatureInput(actor.id, actor_password, drawings["actor"]))
    return _row_result(f"Recorder {row.entry.inventory_number} issued to {row.entry.user_full_name}", row)


def run_return(ctx: AppContext, args: argparse.Namespace, passwords: PasswordReader) -> Result:
    drawings = read_signature_file(args.signature_file, ("actor", "signer"))
    actor, actor_password = _sign_in(ctx, args.actor, passwords)
    recorder = ctx.recorders.by_inventory(actor, args.recorder)
    issued = ctx.journal.open_entry_for_recorder(actor, recorder.id)
    if issued is None:
        raise StateError(f"Recorder {recorder.inventory_number} is not issued: no journal entry is open for it",
                         code="not_issued", inventory=recorder.inventory_number)
    signer_password = passwords.read(SIGNER_PASSWORD_ENV, f"{issued.entry.user_full_name} (returning the recorder)")
    row = ctx.journal.return_recorder(
        actor, issued.entry.id, args.condition,
        SignatureInput(issued.entry.user_id, signer_password, drawings["signer"]),
        SignatureInput(actor.id, actor_password, drawings["actor"]), faulty=args.faulty)
    what = "returned faulty" if args.faulty else "returned"
    return _row_result(f"Recorder {row.entry.inventory_number} {what} by {row.entry.user_full_name}", row)


def run_fault(ctx: AppContext, args: argparse.Namespace, passwords: PasswordReader) -> Result:
    drawings = read_signature_file(args.signature_file, ("actor",))
    actor, actor_password = _sign_in(ctx, args.actor, passwords)
    recorder = ctx.recorders.by_inventory(actor, args.recorder)
    row = ctx.journal.report_fault(actor, recorder.id, args.description,
                                   SignatureInput(actor.id, actor_password, drawings["actor"]))
    return _row_result(f"Fault of recorder {row.entry.inventory_number} recorded; the head and the responsible "
                       "person are notified", row)


def _row_result(done: str, row: JournalRow) -> Result:
    return Result(f"{done}: journal volume {row.volume_number}, entry № {row.entry.number}.",
                  {"entry": journal_row_json(row)})


def _sign_in(ctx: AppContext, login: str, passwords: PasswordReader):
    """The acting user and their password, which they sign with too."""
    password = passwords.read(ACTOR_PASSWORD_ENV, login)
    return ctx.accounts.authenticate(login, password), password


def find_user(ctx: AppContext, actor, login: str):
    """A user by login; an inspector may name only themselves (the list of users is not theirs to see)."""
    wanted = (login or "").strip().lower()
    if wanted == actor.login:
        return actor
    user = next((u for u in ctx.users.list(actor) if u.login == wanted), None)
    if user is None:
        raise NotFoundError(f"No user has the login {login}", code="no_login", login=login)
    return user


def read_signature_file(path: str, roles: tuple[str, ...]) -> dict[str, Strokes]:
    """The drawings for `roles` ("actor", "signer"), checked as the pad's are; exit code 2 when unusable."""
    file = Path(path).expanduser()
    try:
        if file.stat().st_size > SIGNATURE_FILE_MAX:
            raise ValidationError(f"The signature file {path} is too large for a drawing", code="strokes_large")
        data = json.loads(file.read_text("utf-8"))
    except OSError as exc:
        raise UsageError(f"cannot read the signature file {path}: {exc.strerror or exc}") from None
    except (ValueError, UnicodeDecodeError):
        raise ValidationError(f"The signature file {path} is not JSON: {FILE_HELP}", code="signature_file") from None
    if isinstance(data, dict):
        unknown = sorted(set(data) - set(WHOSE))
        if unknown:
            raise ValidationError(f"The signature file {path} has unknown keys ({', '.join(unknown)}): "
                                  'expected "actor" and "signer"', code="signature_file")
        return {role: _drawing(path, raw, f" for {WHOSE[role]}") for role in roles for raw in [data.get(role)]}
    if isinstance(data, list):
        strokes = _drawing(path, data, "")
        return {role: strokes for role in roles}
    raise ValidationError(f"The signature file {path} holds no strokes: {FILE_HELP}", code="signature_file")


def _drawing(path: str, raw, whose: str) -> Strokes:
    if not isinstance(raw, list):
        raise ValidationError(f"The signature file {path} has no drawing{whose}", code="signature_empty")
    try:
        return normalise_strokes(raw)
    except ValidationError as exc:
        if exc.code == "signature_empty":
            raise ValidationError(f"The signature file {path} holds an empty drawing{whose}: a signature needs at "
                                  "least one stroke of two [x, y] points", code="signature_empty") from None
        raise ValidationError(f"The signature file {path}, drawing{whose}: {exc}", code=exc.code) from None
    except (TypeError, ValueError):
        raise ValidationError(f"The signature file {path}, drawing{whose}: each stroke must be a list of "
                              "[x, y] number pairs", code="strokes_bad") from None
