"""Where the app keeps its files: the data folder (database, config, backups, the footage vault)."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "InspectorApp"
APP_AUTHOR = "ISC-KZ"
DATA_DIR_ENV = "INSPECTOR_APP_DATA_DIR"


def default_data_dir() -> Path:
    """`$INSPECTOR_APP_DATA_DIR` if set, else the platform's per-user data folder."""
    if os.environ.get(DATA_DIR_ENV):
        return Path(os.environ[DATA_DIR_ENV]).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


def database_file(data_dir: Path) -> Path:
    return data_dir / "inspector.sqlite"


def config_file(data_dir: Path) -> Path:
    return data_dir / "config.json"


def backup_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def log_dir(data_dir: Path) -> Path:
    return data_dir / "logs"


def vault_dir(data_dir: Path) -> Path:
    """The footage vault: content-addressed, read-only objects (`storage/vault.py`)."""
    return data_dir / "vault"


def keys_dir(data_dir: Path) -> Path:
    """This PC's installation secret (see `machine_secret.py`); never copied with the database."""
    return data_dir / "keys"
