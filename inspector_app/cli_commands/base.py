"""What every command shares: the argument parser that raises instead of exiting, the result of a
command, reading passwords (never from the command line), and signing the acting user in."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import dataclass, field
from typing import Any, Mapping, NoReturn, TextIO

from inspector_app.context import AppContext
from inspector_app.domain.users import UserView

ACTOR_PASSWORD_ENV = "INSPECTOR_APP_PASSWORD"
NEW_PASSWORD_ENV = "INSPECTOR_APP_NEW_PASSWORD"


class UsageError(Exception):
    """The command line is wrong or incomplete (exit code 2). The message never echoes a value given."""

    code = "usage"


class ArgumentParser(argparse.ArgumentParser):
    """An argparse parser that raises `UsageError` (one line, no usage dump) instead of exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)

    def parse_args(self, args=None, namespace=None):  # type: ignore[override]
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            raise UsageError(unrecognized(extras))
        return parsed


def refuse_password_options(argv: list[str]) -> None:
    """No option takes a password; say so plainly (and without echoing it) when someone tries one."""
    for token in argv:
        if token == "--":
            break
        name = token.split("=", 1)[0]
        if name.startswith("--") and "password" in name.lower():
            raise UsageError(f"there is no option {name}: passwords are never taken from the command line; "
                             "give them in the environment or on standard input (see --help)")


def unrecognized(extras: list[str]) -> str:
    """Name the unknown options without their values: someone may have typed a password there."""
    names = [token.split("=", 1)[0] for token in extras if token.startswith("-")]
    others = len(extras) - len(names)
    text = "unrecognized arguments: " + (" ".join(names) if names else "")
    if others:
        text += f"{' and ' if names else ''}{others} other value{'s' if others > 1 else ''}"
    if any("pass" in name.lower() for name in names):
        text += " (passwords are never taken from the command line: use the environment or standard input)"
    return text


@dataclass
class Result:
    """What a command gives back: `payload` for --json (without "ok"), `text` for a person.

    A command that ran but found something wrong (e.g. a signature that does not verify) sets `error`
    (one line) and `code`: the text still goes to stdout, the error line to stderr, and the exit code is 1.
    """

    text: str
    payload: dict[str, Any] = field(default_factory=dict)
    error: str = ""
    code: str = ""


class PasswordReader:
    """Passwords for one command: each from its environment variable, or else the next line of stdin.

    On a terminal the person is asked with `getpass` instead (a new password twice). An empty
    value is the same as none, and none is a `UsageError` naming where the password may come from.
    """

    def __init__(self, environ: Mapping[str, str] | None = None, stdin: TextIO | None = None) -> None:
        self.environ = os.environ if environ is None else environ
        self.stdin = stdin

    def read(self, env_var: str, whose: str, *, new: bool = False) -> str:
        value = self.environ.get(env_var, "")
        if value:
            return value
        stream = self.stdin if self.stdin is not None else sys.stdin
        if stream is not None and _is_terminal(stream):
            password = self._ask(whose, new)
        else:
            password = stream.readline().rstrip("\r\n") if stream is not None else ""
        if not password:
            raise UsageError(f"no password for {whose}: set {env_var} or give it on standard input")
        return password

    @staticmethod
    def _ask(whose: str, new: bool) -> str:
        try:
            password = getpass.getpass(f"Password for {whose}: ")
            if new and password and getpass.getpass(f"Password for {whose} (again): ") != password:
                raise UsageError(f"the two passwords typed for {whose} differ")
        except EOFError:
            return ""
        return password


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def sign_in(ctx: AppContext, login: str, passwords: PasswordReader) -> UserView:
    """The acting user (`--as LOGIN`), signed in with the password from INSPECTOR_APP_PASSWORD or stdin."""
    password = passwords.read(ACTOR_PASSWORD_ENV, login)
    return ctx.accounts.authenticate(login, password)


def common_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """The options every command takes; `suppress` for the copies on subcommands (which then may
    follow the command, as in ``recorder list --json``) so they do not overwrite the global ones."""
    def default(value: Any) -> Any:
        return argparse.SUPPRESS if suppress else value

    parser.add_argument("--data-dir", metavar="PATH", default=default(None),
                        help="the data folder (default: $INSPECTOR_APP_DATA_DIR or the per-user data folder)")
    parser.add_argument("--json", action="store_true", default=default(False),
                        help="print one JSON object on stdout, for scripts")
    parser.add_argument("-v", "--verbose", action="store_true", default=default(False),
                        help="more detail in the log; a traceback on an unexpected error")


def add_actor(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--as", dest="actor", metavar="LOGIN", required=True,
                        help=f"the acting user; their password from ${ACTOR_PASSWORD_ENV} or the first line of stdin")
