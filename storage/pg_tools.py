"""Running PostgreSQL's own `pg_dump` and `pg_restore` for backups, found in PATH or /usr/lib/postgresql/*/bin.

The connection is given to the tool as a libpq URI without the password; a password the app's URL
holds reaches the tool only through its environment (PGPASSWORD), never its command line, a file or a
log line. Without one, the tool reads PGPASSWORD or ~/.pgpass as libpq always does. A running tool is
stopped when `cancel` says so.
"""

from __future__ import annotations

import glob
import logging
import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from inspector_app.errors import OperationCancelled, StateError

logger = logging.getLogger(__name__)

POLL_SECONDS = 0.2


def find_tool(name: str) -> str:
    """The path of `pg_dump` or `pg_restore`: PATH first, then the newest of Debian's server folders."""
    found = shutil.which(name)
    if found:
        return found
    versions = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                      key=lambda p: [int(x) for x in Path(p).parts[-3].split(".") if x.isdigit()])
    if versions:
        return versions[-1]
    raise StateError(f"{name} was not found (PATH, /usr/lib/postgresql/*/bin): install the PostgreSQL client "
                     "tools (Debian: apt-get install postgresql-client)", code="pg_tool_missing", tool=name)


def libpq_target(url) -> tuple[str, str | None]:
    """(a libpq URI without the password, the password or None) for a SQLAlchemy URL or its text."""
    parsed = make_url(url) if isinstance(url, str) else url
    bare = URL.create("postgresql", parsed.username, None, parsed.host, parsed.port, parsed.database, parsed.query)
    return bare.render_as_string(hide_password=False), parsed.password  # (`URL.set` ignores a password of None)


def shown(url) -> str:
    """The URL for messages and logs: never its password."""
    parsed = make_url(url) if isinstance(url, str) else url
    return parsed.render_as_string(hide_password=True)


def run_tool(name: str, args: list[str], url, cancel=None, files: tuple[str, ...] = ()) -> None:
    """Run `name` with `args`, `--dbname=<url without its password>` and `files`; raise with its error output
    if it fails."""
    target, password = libpq_target(url)
    env = dict(os.environ)
    if password:
        env["PGPASSWORD"] = password
    command = [find_tool(name), *args, "--no-password", f"--dbname={target}", *files]
    logger.info("running %s on %s", name, shown(url))
    process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    try:
        while True:
            try:
                _out, err = process.communicate(timeout=POLL_SECONDS)
                break
            except subprocess.TimeoutExpired:
                if cancel is not None and cancel():
                    process.terminate()
                    process.wait(timeout=30)
                    raise OperationCancelled(f"{name} was stopped: cancelled") from None
    except BaseException:
        if process.poll() is None:
            process.kill()
            process.wait()
        raise
    if process.returncode != 0:
        text = err.decode("utf-8", "replace").strip()
        if password:
            text = text.replace(password, "***")
        logger.warning("%s failed (%s): %s", name, process.returncode, text)
        raise StateError(f"{name} failed on {shown(url)}: {' '.join(text.split())[:500]}", code="pg_tool_failed",
                         tool=name)
