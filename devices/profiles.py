"""Vendor profiles: how a recorder model lays out its files and reports its state when docked.

A profile is named on each recorder in the register. Profiles are data, one JSON file each in
`resources/profiles/` (the format is in `devices.profile_schema`); this module turns a file into a
checked, frozen `VendorProfile` with the helpers the volume scan and the ingest need: which kind a
file is, when its recording started by the recorder's own clock, its sequence number, and the
serial number, battery charge and clock the recorder reports.

A broken profile file is skipped with a logged error naming the file and the key; it never stops
the application. `profile_names()` and `profile(name)` read the shipped folder once.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from devices.globs import Glob, any_match
from devices.profile_schema import (
    MAX_SEGMENT_SECONDS,
    NAME_RE,
    TIME_GROUPS,
    ProfileError,
    SerialSource,
    StatusFile,
    check_path,
    compile_globs,
    compile_regex,
    profile_arguments,
)
from devices.volume_files import find_entry, read_small_text

logger = logging.getLogger(__name__)

KINDS = ("video", "audio", "photo")
GENERIC = "generic"
MAX_PROFILE_FILE_BYTES = 64 * 1024
MAX_NAME_CHARS = 255  # a longer "file name" is not one a recorder wrote; regexes never see it


@dataclass(frozen=True)
class _Compiled:
    globs: dict[str, tuple[Glob, ...]]
    file_time: re.Pattern[str]
    sequence: re.Pattern[str] | None
    battery: re.Pattern[str] | None
    clock: re.Pattern[str] | None


@dataclass(frozen=True)
class VendorProfile:
    """One recorder model's layout and reports, checked on construction (raises ProfileError naming the key)."""

    name: str
    title: str
    video_globs: tuple[str, ...]
    file_time: str
    serial: SerialSource | None = None
    audio_globs: tuple[str, ...] = ()
    photo_globs: tuple[str, ...] = ()
    match_folders: tuple[str, ...] = ()
    sequence_regex: str | None = None
    segment_seconds: int | None = None
    may_clear_after_verified_copy: bool = False
    reports_battery: bool = False
    battery_file: StatusFile | None = None
    clock_file: StatusFile | None = None
    notes: str = ""
    _compiled: _Compiled = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not NAME_RE.match(self.name):
            raise ProfileError("lower-case letters, digits and '-', at most 40 characters", key="name")
        if not isinstance(self.title, str) or not self.title.strip():
            raise ProfileError("must not be empty", key="title")
        globs = {}
        for kind in KINDS:
            key = f"{kind}_globs"
            object.__setattr__(self, key, tuple(getattr(self, key)))
            globs[kind] = compile_globs(key, getattr(self, key))
        if not any(globs.values()):
            raise ProfileError("a profile needs at least one glob pattern", key="video_globs")
        object.__setattr__(self, "match_folders", tuple(self.match_folders))
        for folder in self.match_folders:
            check_path("match_folders", folder)
        if self.segment_seconds is not None and not 0 < self.segment_seconds <= MAX_SEGMENT_SECONDS:
            raise ProfileError(f"must be between 1 and {MAX_SEGMENT_SECONDS}", key="segment_seconds")
        if self.battery_file is not None and not self.reports_battery:
            raise ProfileError("a battery file is given but reports_battery is false", key="battery_file")
        object.__setattr__(self, "_compiled", _Compiled(
            globs=globs,
            file_time=compile_regex("file_time", self.file_time, TIME_GROUPS),
            sequence=None if self.sequence_regex is None else compile_regex("sequence_regex", self.sequence_regex,
                                                                            ("seq",)),
            battery=None if self.battery_file is None else self.battery_file.check("battery_file", ("percent",)),
            clock=None if self.clock_file is None else self.clock_file.check("clock_file", TIME_GROUPS),
        ))

    # --- files -------------------------------------------------------------------------------

    def classify(self, rel_path: str) -> str | None:
        """"video", "audio" or "photo" for a posix path relative to the volume root; None if no glob matches."""
        for kind in KINDS:
            if any_match(self._compiled.globs[kind], rel_path):
                return kind
        return None

    def may_contain(self, folder_parts: tuple[str, ...]) -> bool:
        """True if a file under this folder (path segments from the root) could match one of the globs."""
        return any(g.may_contain(folder_parts) for kind in KINDS for g in self._compiled.globs[kind])

    def start_time_text(self, name: str) -> str | None:
        """The recording start the file name states, "YYYY-MM-DD HH:MM:SS", as written even if not a real date."""
        match = self._search(self._compiled.file_time, name)
        return _time_text(match) if match else None

    def parse_start_local(self, name: str) -> datetime | None:
        """The recording start in the recorder's local time (naive), or None if the name states no valid one."""
        match = self._search(self._compiled.file_time, name)
        return _time_value(match) if match else None

    def sequence_number(self, name: str) -> int | None:
        if self._compiled.sequence is None:
            return None
        match = self._search(self._compiled.sequence, name)
        return _number(match["seq"]) if match else None

    @staticmethod
    def _search(pattern: re.Pattern[str], name: str) -> re.Match[str] | None:
        base = name.replace("\\", "/").rsplit("/", 1)[-1]
        return pattern.search(base) if len(base) <= MAX_NAME_CHARS else None

    # --- what the docked recorder reports -----------------------------------------------------

    def has_id_file(self, root: Path) -> bool:
        return (self.serial is not None and self.serial.kind == "id_file"
                and find_entry(root, self.serial.path) is not None)

    def has_match_folder(self, root: Path) -> bool:
        return any(find_entry(root, folder, want_dir=True) is not None for folder in self.match_folders)

    def serial_from_label(self, label: str | None) -> str | None:
        if self.serial is None or self.serial.kind != "volume_label" or not label:
            return None
        return _serial(self.serial.pattern.search(label[:MAX_NAME_CHARS]))

    def read_serial(self, root: Path, label: str | None = None) -> str | None:
        """The serial number from the ID file (reading at most a few KB) or from the volume label."""
        if self.serial is None:
            return None
        if self.serial.kind == "volume_label":
            return self.serial_from_label(label)
        text = read_small_text(root, self.serial.path)
        return _serial(self.serial.pattern.search(text)) if text else None

    def read_battery(self, root: Path) -> int | None:
        """The charge in percent (0-100) the recorder wrote, or None."""
        if self.battery_file is None:
            return None
        text = read_small_text(root, self.battery_file.path)
        match = self._compiled.battery.search(text) if text else None
        percent = _number(match["percent"]) if match else None
        return percent if percent is not None and 0 <= percent <= 100 else None

    def read_clock(self, root: Path) -> datetime | None:
        """The recorder's current time (naive, its local time) as it wrote it, or None."""
        if self.clock_file is None:
            return None
        text = read_small_text(root, self.clock_file.path)
        match = self._compiled.clock.search(text) if text else None
        return _time_value(match) if match else None


def _number(text: str | None) -> int | None:
    """An ASCII decimal number; regex `\\d` also matches other scripts' digits, which are refused."""
    return int(text) if text and text.isascii() and text.isdigit() else None


def _serial(match: re.Match[str] | None) -> str | None:
    value = (match["serial"] or "").strip() if match else ""
    return value or None


def _time_fields(match: re.Match[str]) -> list[str] | None:
    values = [match[g] or "" for g in TIME_GROUPS]
    if any(_number(v) is None for v in values):
        return None
    if len(values[0]) == 2:
        values[0] = "20" + values[0]
    return values


def _time_text(match: re.Match[str]) -> str | None:
    values = _time_fields(match)
    if values is None:
        return None
    year, *rest = values
    month, day, hour, minute, second = (v.zfill(2) for v in rest)
    return f"{year.zfill(4)}-{month}-{day} {hour}:{minute}:{second}"


def _time_value(match: re.Match[str]) -> datetime | None:
    values = _time_fields(match)
    if values is None:
        return None
    try:
        return datetime(*(int(v) for v in values))
    except ValueError:
        return None


# --- loading -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadedProfiles:
    profiles: tuple[VendorProfile, ...]
    errors: tuple[str, ...]


def parse_profile(data) -> VendorProfile:
    """A profile from a parsed JSON object; raises ProfileError."""
    return VendorProfile(**profile_arguments(data))


def load_profile_file(path: Path) -> VendorProfile:
    """One profile file; raises ProfileError naming the file (and the key where there is one)."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_PROFILE_FILE_BYTES:
            raise ProfileError(f"larger than {MAX_PROFILE_FILE_BYTES} bytes", file=str(path))
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ProfileError(f"cannot be read: {error}", file=str(path)) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ProfileError(f"not valid JSON (line {error.lineno}, column {error.colno}): {error.msg}",
                           file=str(path)) from None
    try:
        loaded = parse_profile(data)
    except ProfileError as error:
        raise error.in_file(str(path)) from None
    if loaded.name != path.stem:
        raise ProfileError(f"{loaded.name!r} does not match the file name {path.name!r}", key="name", file=str(path))
    return loaded


def load_profiles(folder: Path | None = None) -> LoadedProfiles:
    """Every `*.json` profile in the folder (default: the shipped one), generic first, then by name.

    A file that fails its checks, or repeats a name, is left out and its error logged and returned.
    """
    from resources.paths import profiles_dir

    folder = Path(folder) if folder is not None else profiles_dir()
    loaded: dict[str, VendorProfile] = {}
    errors: list[str] = []
    try:
        files = sorted(p for p in folder.glob("*.json") if p.is_file())
    except OSError as error:
        files = []
        errors.append(f"{folder}: cannot list the profiles folder: {error}")
    for path in files:
        try:
            item = load_profile_file(path)
            if item.name in loaded:
                raise ProfileError(f"the name {item.name!r} is already used by another file", key="name",
                                   file=str(path))
        except ProfileError as error:
            errors.append(str(error))
            continue
        loaded[item.name] = item
    for message in errors:
        logger.error("vendor profile skipped: %s", message)
    ordered = sorted(loaded.values(), key=lambda p: (p.name != GENERIC, p.name))
    return LoadedProfiles(tuple(ordered), tuple(errors))


@lru_cache(maxsize=1)
def _shipped() -> LoadedProfiles:
    return load_profiles()


def all_profiles() -> tuple[VendorProfile, ...]:
    """The shipped profiles, read once."""
    return _shipped().profiles


def profile_load_errors() -> tuple[str, ...]:
    """Why shipped profile files were left out (empty when all loaded), for a notice to the user."""
    return _shipped().errors


def reload_profiles() -> None:
    """Forget the shipped profiles so the next call reads the folder again."""
    _shipped.cache_clear()


def profile_names() -> tuple[str, ...]:
    return tuple(p.name for p in all_profiles())


def profile(name: str) -> VendorProfile | None:
    return next((p for p in all_profiles() if p.name == name), None)
