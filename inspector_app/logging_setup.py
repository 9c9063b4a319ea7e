"""Logging for one run of the app: a rotating file in the data folder, and warnings on stderr.

The file (``<data folder>/logs/inspector-app.log``) gets INFO and up (DEBUG with ``--verbose``).
The terminal gets WARNING and up (INFO with ``--verbose``), except what the command line reports
itself as its one error line: the records of `inspector_app.cli*` and, unless verbose, the audit
records of `inspector_app.services*` (a failed sign-in is then said once, not twice).

Passwords are never logged: no code path passes one to a logger, and SQLAlchemy's statement
logging (which would show bound parameters) is held at WARNING whatever the root level is.
"""

from __future__ import annotations

import logging
import sys
from contextlib import contextmanager
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Iterator

from inspector_app.paths import log_dir

LOG_FILE_NAME = "inspector-app.log"
MAX_BYTES = 2_000_000
BACKUP_COUNT = 5
FILE_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
# SQLAlchemy would log statements with their parameters; Alembic's plugin set-up is noise.
_QUIET = {"sqlalchemy": logging.WARNING, "alembic.runtime.plugins": logging.WARNING}


class _TerminalFilter(logging.Filter):
    def __init__(self, verbose: bool) -> None:
        super().__init__()
        self.verbose = verbose

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith("inspector_app.cli"):
            return False
        return self.verbose or not record.name.startswith("inspector_app.services")


def log_file(data_dir: Path) -> Path:
    return log_dir(data_dir) / LOG_FILE_NAME


@contextmanager
def logging_to(data_dir: Path, verbose: bool = False) -> Iterator[Path]:
    """Attach the file and terminal handlers to the root logger for the block; yield the log file's path."""
    path = log_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    file_handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    file_handler.setLevel(logging.DEBUG if verbose else logging.INFO)
    file_handler.setFormatter(logging.Formatter(FILE_FORMAT))
    terminal = logging.StreamHandler(sys.stderr)
    terminal.setLevel(logging.INFO if verbose else logging.WARNING)
    terminal.setFormatter(logging.Formatter("inspector-app: %(levelname)s: %(message)s"))
    terminal.addFilter(_TerminalFilter(verbose))

    root = logging.getLogger()
    saved_root_level = root.level
    saved_levels = {name: logging.getLogger(name).level for name in _QUIET}
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for name, level in _QUIET.items():
        logging.getLogger(name).setLevel(level)
    root.addHandler(file_handler)
    root.addHandler(terminal)
    logging.captureWarnings(True)
    try:
        yield path
    finally:
        logging.captureWarnings(False)
        for handler in (file_handler, terminal):
            root.removeHandler(handler)
            handler.close()
        root.setLevel(saved_root_level)
        for name, level in saved_levels.items():
            logging.getLogger(name).setLevel(level)
