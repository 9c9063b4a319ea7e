"""The typed settings registry: every option is declared here once, with its type, default and title.

Two scopes: LOCAL options belong to this PC (kept in ``config.json`` in the data folder:
the database URL, the UI language); UNIT options belong to the unit and live in the
database, so every PC of the unit sees the same (time zone, idle lock).
"""

from __future__ import annotations

import enum
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from inspector_app.errors import ValidationError
from inspector_app.i18n_marks import QT_TRANSLATE_NOOP
from inspector_app.timezones import DEFAULT_TIMEZONE, zone


class Scope(str, enum.Enum):
    LOCAL = "local"
    UNIT = "unit"


@dataclass(frozen=True)
class Option:
    key: str
    scope: Scope
    kind: type
    default: Any
    title: str
    minimum: int | None = None
    maximum: int | None = None
    check: Callable[[Any], None] | None = None

    def parse(self, raw: Any) -> Any:
        """Turn a stored or typed value into the option's type; a clear error if it does not fit."""
        try:
            value = self.kind(raw) if not isinstance(raw, self.kind) else raw
        except (TypeError, ValueError):
            raise ValidationError(f"Setting {self.key}: {raw!r} is not a valid {self.kind.__name__}",
                                  code="setting", key=self.key) from None
        if self.minimum is not None and value < self.minimum or self.maximum is not None and value > self.maximum:
            raise ValidationError(f"Setting {self.key} must be between {self.minimum} and {self.maximum}",
                                  code="setting_range", key=self.key, min=self.minimum, max=self.maximum)
        if self.check is not None:
            self.check(value)
        return value


def _check_language(value: str) -> None:
    if value not in ("", "kk", "ru", "en"):
        raise ValidationError(f"Unknown language: {value}", code="language", value=value)


def _check_tsa_url(value: str) -> None:
    if value and not value.lower().startswith(("http://", "https://")):
        raise ValidationError("The time-stamp authority URL must start with http:// or https://", code="tsa_url")


def _check_pem(value: str) -> None:
    if value and "-----BEGIN CERTIFICATE-----" not in value:
        raise ValidationError("Not a PEM certificate (it must contain -----BEGIN CERTIFICATE-----)", code="tsa_pem")


def _check_database_url(value: str) -> None:
    from inspector_app.database_location import check_url

    check_url(value)


OPTIONS: dict[str, Option] = {o.key: o for o in [
    Option("database_url", Scope.LOCAL, str, "", QT_TRANSLATE_NOOP("Settings", "Database URL (empty: the local file)"),
           check=_check_database_url),
    Option("vault_path", Scope.LOCAL, str, "",
           QT_TRANSLATE_NOOP("Settings", "Footage vault folder, shared by the unit's PCs (empty: the data folder's)")),
    Option("language", Scope.LOCAL, str, "", QT_TRANSLATE_NOOP("Settings", "Interface language"),
           check=_check_language),
    Option("timezone", Scope.UNIT, str, DEFAULT_TIMEZONE, QT_TRANSLATE_NOOP("Settings", "Time zone of the unit"),
           check=lambda v: zone(v) and None),
    Option("idle_lock_minutes", Scope.UNIT, int, 10,
           QT_TRANSLATE_NOOP("Settings", "Lock the screen after this many idle minutes"), minimum=1, maximum=240),
    Option("battery_min_percent", Scope.UNIT, int, 80,
           QT_TRANSLATE_NOOP("Settings", "Lowest battery charge for issuing a recorder, %"), minimum=0, maximum=100),
    Option("clock_tolerance_seconds", Scope.UNIT, int, 60,
           QT_TRANSLATE_NOOP("Settings", "Largest recorder clock offset allowed at issue, seconds"),
           minimum=1, maximum=3600),
    Option("gap_tolerance_seconds", Scope.UNIT, int, 10,
           QT_TRANSLATE_NOOP("Settings", "Longest pause between recording segments not reported as a gap, seconds"),
           minimum=1, maximum=3600),
    Option("clock_max_idle_days", Scope.UNIT, int, 60,
           QT_TRANSLATE_NOOP("Settings", "The PC clock may move ahead at most this many days between two uses"),
           minimum=1, maximum=3650),
    Option("tsa_url", Scope.UNIT, str, "",
           QT_TRANSLATE_NOOP("Settings", "Time-stamp authority (RFC 3161) URL, empty: none"), check=_check_tsa_url),
    Option("tsa_certificate", Scope.UNIT, str, "",
           QT_TRANSLATE_NOOP("Settings", "Trusted certificate of the time-stamp authority (PEM)"),
           check=_check_pem),
    Option("rolling_check_days", Scope.UNIT, int, 30,
           QT_TRANSLATE_NOOP("Settings", "Re-check every stored file at least every this many days"),
           minimum=1, maximum=3650),
    Option("overdue_hours", Scope.UNIT, int, 12,
           QT_TRANSLATE_NOOP("Settings", "A recorder not returned after this many hours is overdue"),
           minimum=1, maximum=720),
]}


def option(key: str) -> Option:
    try:
        return OPTIONS[key]
    except KeyError:
        raise ValidationError(f"Unknown setting: {key}", code="setting_unknown", key=key) from None


class LocalConfig:
    """The LOCAL options of this PC, in a JSON file written atomically."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        if path.exists():
            try:
                self._values = json.loads(path.read_text("utf-8"))
            except (OSError, ValueError) as exc:
                raise ValidationError(f"Cannot read {path}: {exc}", code="config") from exc
            if not isinstance(self._values, dict):
                raise ValidationError(f"Cannot read {path}: not a JSON object", code="config")

    def get(self, key: str) -> Any:
        opt = self._local_option(key)
        return opt.parse(self._values[key]) if key in self._values else opt.default

    def set(self, key: str, value: Any) -> None:
        opt = self._local_option(key)
        self._values[key] = opt.parse(value)
        self._save()

    @staticmethod
    def _local_option(key: str) -> Option:
        opt = option(key)
        if opt.scope is not Scope.LOCAL:
            raise ValidationError(f"{key} is not a local setting", code="setting_scope", key=key)
        return opt

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".config-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(self._values, handle, ensure_ascii=False, indent=2)
        os.replace(tmp, self.path)
