"""`user add` and `user list`, acting as a signed-in user (`--as LOGIN`).

The acting user's password comes from $INSPECTOR_APP_PASSWORD or the first line of stdin; the
new user's from $INSPECTOR_APP_NEW_PASSWORD or the next line of stdin.
"""

from __future__ import annotations

import argparse

from inspector_app.cli_commands.base import NEW_PASSWORD_ENV, PasswordReader, Result, add_actor, sign_in
from inspector_app.cli_commands.output import table, user_json
from inspector_app.context import AppContext

# The responsible person is not added but appointed by the head, so `user add` offers these two.
ADDABLE_ROLES = ("inspector", "head")


def register(commands, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("user", help="add and list users")
    actions = group.add_subparsers(dest="action", metavar="{add,list}", required=True,
                                   parser_class=type(group))

    add = actions.add_parser(
        "add", parents=[common], help="add an inspector or a head",
        description="Add a user. The acting user's password comes from $INSPECTOR_APP_PASSWORD or the first "
                    "line of stdin; the new user's from $INSPECTOR_APP_NEW_PASSWORD or the next line.")
    add.add_argument("--login", required=True, help="the new user's login (Latin letters, digits, . - _)")
    add.add_argument("--name", required=True, metavar="FULL_NAME", help="surname, given name, patronymic")
    add.add_argument("--position", default="", metavar="TEXT")
    add.add_argument("--role", required=True, choices=ADDABLE_ROLES)
    add_actor(add)
    add.set_defaults(handler=run_add, needs_unit=True)

    listing = actions.add_parser("list", parents=[common], help="list the users")
    add_actor(listing)
    listing.set_defaults(handler=run_list, needs_unit=True)


def run_add(ctx: AppContext, args: argparse.Namespace, passwords: PasswordReader) -> Result:
    actor = sign_in(ctx, args.actor, passwords)
    password = passwords.read(NEW_PASSWORD_ENV, f"the new user {args.login}", new=True)
    user = ctx.users.add(actor, args.login, args.name, args.position, args.role, password)
    return Result(f"User {user.login} added ({user.role.value}): {user.full_name}.", {"user": user_json(user)})


def run_list(ctx: AppContext, args: argparse.Namespace, passwords: PasswordReader) -> Result:
    actor = sign_in(ctx, args.actor, passwords)
    users = ctx.users.list(actor)
    rows = [(u.login, u.role.value, "yes" if u.active else "no", u.full_name, u.position) for u in users]
    return Result(table(("login", "role", "active", "full name", "position"), rows),
                  {"users": [user_json(u) for u in users]})
