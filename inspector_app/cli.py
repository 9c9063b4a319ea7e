"""`inspector-app`: with no command it opens the window; the commands serve scripts and set-up.

    inspector-app [--data-dir PATH] [--demo] [--lang kk|ru|en]      open the window
    inspector-app --self-check [--grab FILE.png]                     check this installation offscreen; one JSON line
    inspector-app init ...                                           set the unit up
    inspector-app user add|list ... --as LOGIN
    inspector-app recorder add|list|status|history ... --as LOGIN
    inspector-app journal list|issue|return|fault|volumes|open-volume|close-volume|verify|print ... --as LOGIN
    inspector-app demo --data-dir PATH                               a sample unit; prints its passwords

Passwords are never taken from the command line: each comes from its environment variable or
else from a line of stdin (a prompt on a terminal). See each command's --help.

Output: a short line for a person, or with --json one JSON object on stdout: ``{"ok": true, ...}``
on success, ``{"ok": false, "error": "...", "code": "..."}`` on failure. Errors are one line on
stderr, ``inspector-app: error: <message>``. Exit codes:

    0  success
    1  the operation failed: a conflict (e.g. a duplicate inventory number), something not found,
       a wrong password, no permission, the wrong state (e.g. already set up), or an unexpected error
    2  usage or validation: an unknown or missing option, a missing password, invalid input
  130  interrupted (Ctrl+C)
"""

from __future__ import annotations

import json
import logging
import os
import sys
import traceback
from pathlib import Path

from inspector_app import __version__
from inspector_app.cli_commands.base import (
    ArgumentParser,
    PasswordReader,
    Result,
    UsageError,
    common_options,
    refuse_password_options,
)
from inspector_app.errors import AppError, StateError, ValidationError
from inspector_app.logging_setup import logging_to
from inspector_app.paths import DATA_DIR_ENV, default_data_dir

logger = logging.getLogger(__name__)

PROG = "inspector-app"
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def build_parser() -> ArgumentParser:
    from inspector_app.cli_commands import MODULES

    parser = ArgumentParser(
        prog=PROG, allow_abbrev=False,
        description="Journal of body-worn video recorders (order No. 444). With no command, opens the window.",
        epilog="Exit codes: 0 success; 1 the operation failed; 2 usage or validation error; 130 interrupted.")
    common_options(parser, suppress=False)
    parser.add_argument("--demo", action="store_true", help="window only: open a throw-away demo unit")
    parser.add_argument("--lang", choices=("kk", "ru", "en"), help="window only: the interface language")
    parser.add_argument("--self-check", action="store_true",
                        help="check this installation offscreen on a throw-away demo unit (never the real unit's "
                             "data): resources, translations, the main window and the player; one JSON line, "
                             "exit code 0 or 1")
    parser.add_argument("--grab", metavar="FILE.png", type=Path,
                        help="with --self-check: also save pictures of the main window and the player")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    common = ArgumentParser(add_help=False, allow_abbrev=False)
    common_options(common, suppress=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=ArgumentParser)
    for module in MODULES:
        module.register(commands, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    _utf8_streams()
    try:
        refuse_password_options(argv)
        args = build_parser().parse_args(argv)
        if args.command is not None and (args.demo or args.lang or args.self_check):
            raise UsageError("--demo, --lang and --self-check apply only without a command")
        if args.self_check and (args.demo or args.lang or args.data_dir):
            raise UsageError("--self-check makes its own demo unit: no --demo, --lang or --data-dir")
        if args.grab and not args.self_check:
            raise UsageError("--grab applies only to --self-check")
    except UsageError as exc:
        return _fail(str(exc), UsageError.code, EXIT_USAGE, as_json="--json" in argv)
    except SystemExit as exc:  # --help and --version print and exit
        return exc.code if isinstance(exc.code, int) else EXIT_OK

    try:
        if args.self_check:
            return _self_check(args)
        data_dir = _data_dir(args)
        if args.command is None:
            return _open_window(args, data_dir)
        return _run_command(args, data_dir)
    except KeyboardInterrupt:
        return _fail("interrupted", "interrupted", EXIT_INTERRUPTED, args.json)
    except UsageError as exc:
        return _fail(str(exc), exc.code, EXIT_USAGE, args.json)
    except ValidationError as exc:
        return _fail(str(exc), exc.code, EXIT_USAGE, args.json)
    except AppError as exc:
        return _fail(str(exc), exc.code, EXIT_FAILED, args.json)
    except Exception as exc:
        if args.verbose:
            traceback.print_exc()
        hint = "" if args.verbose else " (run with --verbose for details)"
        return _fail(f"unexpected error: {type(exc).__name__}: {exc}{hint}", "internal", EXIT_FAILED, args.json)


def _data_dir(args) -> Path:
    if args.data_dir:
        return Path(args.data_dir).expanduser()
    if getattr(args, "needs_explicit_data_dir", False) and not os.environ.get(DATA_DIR_ENV):
        raise UsageError(f"{args.command} needs --data-dir (or ${DATA_DIR_ENV}): a folder of its own, "
                         "not the real unit's")
    return default_data_dir()


def _run_command(args, data_dir: Path) -> int:
    name = " ".join(filter(None, (args.command, getattr(args, "action", None))))
    if args.needs_unit and not data_dir.is_dir():
        raise StateError(f"There is no data folder at {data_dir}: run `{PROG} init` first", code="not_set_up")
    if getattr(args, "needs_context", True):
        result = _logged(args, data_dir, name)
    else:  # a command on its arguments alone (verify-package): no data folder is made or read
        result = args.handler(None, args, PasswordReader())
    if result.error:
        if not args.json and result.text:
            print(result.text)
        return _fail(result.error, result.code or "failed", EXIT_FAILED, args.json, result.payload)
    _print_result(result, args.json)
    return EXIT_OK


def _logged(args, data_dir: Path, name: str) -> Result:
    with logging_to(data_dir, args.verbose) as path:
        logger.info("%s %s: data folder %s", PROG, name, data_dir)
        try:
            result = _execute(args, data_dir)
        except (AppError, UsageError) as exc:
            logger.warning("%s failed: %s [%s]", name, exc, exc.code)
            raise
        except KeyboardInterrupt:
            logger.warning("%s interrupted", name)
            raise
        except Exception:
            logger.exception("%s failed unexpectedly (log: %s)", name, path)
            raise
        if result.error:
            logger.warning("%s found a problem: %s [%s]", name, result.error, result.code)
        else:
            logger.info("%s done", name)
    return result


def _execute(args, data_dir: Path) -> Result:
    from inspector_app.bootstrap import build_context
    from inspector_app.services.setup import is_set_up

    ctx = build_context(data_dir)
    try:
        if args.needs_unit and not is_set_up(ctx.uow_factory):
            raise StateError(f"The unit is not set up yet: run `{PROG} init` first", code="not_set_up")
        return args.handler(ctx, args, PasswordReader())
    finally:
        ctx.close()


def _open_window(args, data_dir: Path) -> int:
    with logging_to(data_dir, args.verbose):
        try:
            from ui.app import run_gui
        except ImportError as exc:
            logger.error("the window cannot start: %s", exc)
            raise StateError(f"The window cannot start: {exc}", code="no_gui") from exc
        return run_gui(data_dir=data_dir, demo=args.demo, lang=args.lang)


def _self_check(args) -> int:
    try:
        from ui.self_check import run_self_check
    except ImportError as exc:
        raise StateError(f"The self-check needs the window's libraries: {exc}", code="no_gui") from exc
    return run_self_check(grab=args.grab, verbose=args.verbose)


def _print_result(result: Result, as_json: bool) -> None:
    if as_json:
        print(json.dumps({"ok": True, **result.payload}, ensure_ascii=False))
    elif result.text:
        print(result.text)


def _fail(message: str, code: str, exit_code: int, as_json: bool, payload: dict | None = None) -> int:
    line = " ".join(message.split())
    print(f"{PROG}: error: {line}", file=sys.stderr)
    if as_json:
        print(json.dumps({"ok": False, "error": line, "code": code, **(payload or {})}, ensure_ascii=False))
    return exit_code


def _utf8_streams() -> None:
    """Kazakh letters must survive a pipe on a PC whose code page lacks them (cp1251 has no ә ғ қ ң ө ұ ү һ)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding and encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
