"""`vault status | setup | add-slot | recovery-key | encrypt`: the storage password of the footage vault
(п.6) from a script, acting as `--as LOGIN` (the head, or the responsible person for their own slot).

Storage passwords are never options: the acting person's comes from $INSPECTOR_APP_STORAGE_PASSWORD, a new
one from $INSPECTOR_APP_NEW_STORAGE_PASSWORD, or else the next lines of stdin (after the sign-in
password). `setup` and `recovery-key` print the recovery key once, on stdout only: it goes on the
recovery sheet in the unit's safe and is never logged.
"""

from __future__ import annotations

import argparse

from inspector_app.cli_commands.base import PasswordReader, Result, add_actor, sign_in
from inspector_app.context import AppContext

STORAGE_PASSWORD_ENV = "INSPECTOR_APP_STORAGE_PASSWORD"
NEW_STORAGE_PASSWORD_ENV = "INSPECTOR_APP_NEW_STORAGE_PASSWORD"


def register(commands, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("vault", help="the storage password and the encryption of the footage vault")
    actions = group.add_subparsers(dest="action", metavar="{status,setup,add-slot,recovery-key,encrypt}",
                                   required=True, parser_class=type(group))
    for name, handler, text in (
            ("status", run_status, "is the vault encrypted, who holds a slot, what is still plain"),
            ("setup", run_setup, "the head sets the storage password; prints the recovery key once"),
            ("recovery-key", run_recovery_key, "the head makes a new recovery key; the old one stops working"),
            ("encrypt", run_encrypt, "encrypt the footage stored before the storage password was set")):
        parser = actions.add_parser(name, parents=[common], help=text)
        add_actor(parser)
        parser.set_defaults(handler=handler, needs_unit=True)
    slot = actions.add_parser("add-slot", parents=[common],
                              help="a storage password for the head or the appointed responsible person")
    slot.add_argument("--for", dest="holder", required=True, metavar="LOGIN", help="whose slot")
    add_actor(slot)
    slot.set_defaults(handler=run_add_slot, needs_unit=True)


def unlock_for(ctx: AppContext, actor, passwords: PasswordReader) -> None:
    """Unlock the vault for this command with the acting person's storage password."""
    ctx.keyring.unlock(actor, passwords.read(STORAGE_PASSWORD_ENV, f"the storage password of {actor.login}"))


def run_status(ctx: AppContext, args, passwords: PasswordReader) -> Result:
    from inspector_app.services.vault_conversion import VaultConversion

    actor = sign_in(ctx, args.actor, passwords)
    slots = ctx.keyring.slots(actor)
    active = [s for s in slots if s.active]
    plain = VaultConversion(ctx).plain_left() if ctx.keyring.is_set_up else None
    text = ("The vault is not encrypted: the head sets the storage password (vault setup)." if not slots else
            f"The vault is encrypted; {len(active)} active slot(s): "
            + ", ".join(f"{s.holder.value}{'' if s.user_id is None else f' (user {s.user_id})'}" for s in active)
            + (f"; {plain} recording(s) still plain (vault encrypt)" if plain else ""))
    return Result(text, {"encrypted": bool(slots), "plain_left": plain,
                         "slots": [{"holder": s.holder.value, "user_id": s.user_id, "active": s.active,
                                    "created_at": s.created_at.isoformat()} for s in slots]})


def run_setup(ctx: AppContext, args, passwords: PasswordReader) -> Result:
    actor = sign_in(ctx, args.actor, passwords)
    recovery = ctx.keyring.create(actor, passwords.read(NEW_STORAGE_PASSWORD_ENV,
                                                        f"the new storage password of {actor.login}", new=True))
    return Result(f"Storage password set. Recovery key (print it, keep it in the unit's safe; it is shown only "
                  f"now):\n{recovery}", {"recovery_key": recovery})


def run_add_slot(ctx: AppContext, args, passwords: PasswordReader) -> Result:
    from inspector_app.cli_commands.journal_signing import find_user

    actor = sign_in(ctx, args.actor, passwords)
    holder = find_user(ctx, actor, args.holder)
    unlock_for(ctx, actor, passwords)
    ctx.keyring.add_slot(actor, holder.id, passwords.read(NEW_STORAGE_PASSWORD_ENV,
                                                          f"the new storage password of {holder.login}", new=True))
    return Result(f"Storage password set for {holder.login}.", {"user": holder.login})


def run_recovery_key(ctx: AppContext, args, passwords: PasswordReader) -> Result:
    actor = sign_in(ctx, args.actor, passwords)
    unlock_for(ctx, actor, passwords)
    recovery = ctx.keyring.new_recovery_key(actor)
    return Result(f"New recovery key (the old one no longer opens the vault):\n{recovery}",
                  {"recovery_key": recovery})


def run_encrypt(ctx: AppContext, args, passwords: PasswordReader) -> Result:
    from inspector_app.services.vault_conversion import VaultConversion

    actor = sign_in(ctx, args.actor, passwords)
    report = VaultConversion(ctx).run(actor)
    text = (f"{report.files_encrypted} file(s) encrypted, {report.files_already} already were, "
            f"{report.thumbnails_sealed} thumbnail(s) sealed; verification before: "
            f"{'ok' if report.before and report.before.ok else 'FAILED'}, after: "
            f"{'ok' if report.after and report.after.ok else 'not run' if report.after is None else 'FAILED'}")
    result = Result("\n".join([text, *report.problems]), {
        "files_encrypted": report.files_encrypted, "files_already": report.files_already,
        "thumbnails_sealed": report.thumbnails_sealed, "ok": report.ok})
    if not report.ok:
        result.error, result.code = "the vault was not (fully) encrypted", "vault_not_encrypted"
    return result
