"""The JSON format of a vendor profile file and its checks.

One file per profile in `resources/profiles/<name>.json`. Keys (see that folder's README.md):

    name, title                      the profile's register name (= the file name) and a human title
    video_globs, audio_globs,        relative glob patterns of the recorder's files, matched
    photo_globs                      case-insensitively ("RECORD/*/*.MP4"); at least one in all
    match_folders                    folders whose presence identifies the volume when nothing
                                     stronger does (the generic profile: ["DCIM"])
    serial                           null, {"kind": "id_file", "path": ..., "regex": ...}
                                     or {"kind": "volume_label", "regex": ...}; the regex has a
                                     named group "serial"
    file_time                        regex on a file name, named groups Y m d H M S: the recording
                                     start in the recorder's local time
    sequence_regex                   null or a regex with a named group "seq"
    segment_seconds                  null or the nominal segment length in seconds
    may_clear_after_verified_copy    bool, default false
    reports_battery                  bool, default false
    battery_file                     null or {"path": ..., "regex": ...} with a group "percent"
    clock_file                       null or {"path": ..., "regex": ...} with groups Y m d H M S
    notes                            free text for whoever maintains the file

Every regex is matched case-insensitively, with ^ and $ matching at each line of a status file.
A check that fails raises ProfileError naming the key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from devices.globs import Glob, GlobError, check_relative_path

TIME_GROUPS = ("Y", "m", "d", "H", "M", "S")
SERIAL_KINDS = ("id_file", "volume_label")
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
MAX_SEGMENT_SECONDS = 24 * 3600


class ProfileError(ValueError):
    """A profile that breaks the format; `file` and `key` say where."""

    def __init__(self, message: str, *, key: str | None = None, file: str | None = None) -> None:
        self.message, self.key, self.file = message, key, file
        super().__init__(str(self))

    def __str__(self) -> str:
        where = [part for part in (self.file, f"key {self.key!r}" if self.key else None) if part]
        return f"{': '.join(where)}: {self.message}" if where else self.message

    def in_file(self, file: str) -> "ProfileError":
        return ProfileError(self.message, key=self.key, file=file)


def compile_regex(key: str, text: Any, groups: tuple[str, ...]) -> re.Pattern[str]:
    if not isinstance(text, str) or not text:
        raise ProfileError("must be a non-empty regular expression string", key=key)
    try:
        pattern = re.compile(text, re.IGNORECASE | re.MULTILINE)
    except re.error as error:
        raise ProfileError(f"not a valid regular expression: {error}", key=key) from None
    missing = [g for g in groups if g not in pattern.groupindex]
    if missing:
        raise ProfileError(f"the regular expression lacks the named group(s) {', '.join(missing)}", key=key)
    return pattern


def compile_globs(key: str, patterns: tuple[str, ...]) -> tuple[Glob, ...]:
    compiled = []
    for text in patterns:
        try:
            compiled.append(Glob.compile(text))
        except GlobError as error:
            raise ProfileError(str(error), key=key) from None
    return tuple(compiled)


def check_path(key: str, text: Any) -> str:
    try:
        check_relative_path(text, allow_wildcards=False)
    except GlobError as error:
        raise ProfileError(str(error), key=key) from None
    return text


@dataclass(frozen=True)
class SerialSource:
    """Where a recorder's serial number is read: an ID file on the volume or the volume label."""

    kind: str
    regex: str
    path: str | None = None
    pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.kind not in SERIAL_KINDS:
            raise ProfileError(f"kind must be one of {', '.join(SERIAL_KINDS)}, not {self.kind!r}", key="serial.kind")
        if self.kind == "id_file":
            check_path("serial.path", self.path)
        elif self.path is not None:
            raise ProfileError("a volume_label source has no path", key="serial.path")
        object.__setattr__(self, "pattern", compile_regex("serial.regex", self.regex, ("serial",)))


@dataclass(frozen=True)
class StatusFile:
    """A small text file the recorder keeps up to date (battery charge, its clock) and the regex reading it."""

    path: str
    regex: str

    def check(self, key: str, groups: tuple[str, ...]) -> re.Pattern[str]:
        check_path(f"{key}.path", self.path)
        return compile_regex(f"{key}.regex", self.regex, groups)


_FIELDS: dict[str, tuple[type | tuple[type, ...], bool]] = {  # key: (JSON type, required)
    "name": (str, True), "title": (str, True),
    "video_globs": (list, True), "audio_globs": (list, False), "photo_globs": (list, False),
    "match_folders": (list, False), "serial": ((dict, type(None)), True), "file_time": (str, True),
    "sequence_regex": ((str, type(None)), False), "segment_seconds": ((int, type(None)), False),
    "may_clear_after_verified_copy": (bool, False), "reports_battery": (bool, False),
    "battery_file": ((dict, type(None)), False), "clock_file": ((dict, type(None)), False),
    "notes": (str, False),
}
_JSON_NAMES = {str: "a string", list: "a list", dict: "an object", bool: "true or false", int: "a whole number",
               type(None): "null"}


def _type_name(kind) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(_JSON_NAMES[k] for k in kinds)


def _sub_object(key: str, value: Any, allowed: tuple[str, ...], required: tuple[str, ...]) -> dict:
    unknown = sorted(set(value) - set(allowed))
    if unknown:
        raise ProfileError(f"unknown key(s) {', '.join(unknown)} (allowed: {', '.join(allowed)})", key=key)
    for sub in required:
        if sub not in value:
            raise ProfileError("is required", key=f"{key}.{sub}")
    for sub, item in value.items():
        if not isinstance(item, str):
            raise ProfileError("must be a string", key=f"{key}.{sub}")
    return value


def profile_arguments(data: Any) -> dict[str, Any]:
    """Check the JSON object's keys and value types; the keyword arguments of VendorProfile."""
    if not isinstance(data, dict):
        raise ProfileError("the file must hold one JSON object")
    unknown = sorted(set(data) - set(_FIELDS))
    if unknown:
        raise ProfileError(f"unknown key(s): {', '.join(unknown)}", key=unknown[0])
    args: dict[str, Any] = {}
    for key, (kind, required) in _FIELDS.items():
        if key not in data:
            if required:
                raise ProfileError("is required", key=key)
            continue
        value = data[key]
        if not isinstance(value, kind) or (isinstance(value, bool) and kind in (int, (int, type(None)))):
            raise ProfileError(f"must be {_type_name(kind)}", key=key)
        if isinstance(value, list):
            if not all(isinstance(item, str) for item in value):
                raise ProfileError("must be a list of strings", key=key)
            value = tuple(value)
        args[key] = value
    serial = args.get("serial")
    if serial is not None:
        kind = serial.get("kind")
        allowed = ("kind", "path", "regex") if kind == "id_file" else ("kind", "regex")
        _sub_object("serial", serial, allowed, allowed)
        args["serial"] = SerialSource(**serial)
    for key in ("battery_file", "clock_file"):
        if args.get(key) is not None:
            args[key] = StatusFile(**_sub_object(key, args[key], ("path", "regex"), ("path", "regex")))
    return args
