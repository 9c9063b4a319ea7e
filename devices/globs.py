"""Case-insensitive relative glob patterns for a recorder's file layout, e.g. "DCIM/100MEDIA/*.MP4".

A pattern is split on "/" and each segment is matched against one path segment with fnmatch rules
(`*`, `?`, `[...]`), case-insensitively: FAT volumes are case-insensitive and Linux may show 8.3 names
in lower case. A segment of exactly "**" matches any number of folders, none included. Patterns are
always relative to the volume root; absolute ones, "..", "." and backslashes are refused when a
pattern is compiled, so a profile cannot point outside the volume.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass

DOUBLE_STAR = "**"


class GlobError(ValueError):
    """A pattern that is not a safe relative glob."""


def _segment_regex(segment: str) -> re.Pattern[str] | None:
    if segment == DOUBLE_STAR:
        return None
    return re.compile(fnmatch.translate(segment.casefold()))


def check_relative_path(text: str, *, allow_wildcards: bool) -> list[str]:
    """The "/"-separated segments of a safe relative path or pattern; raises GlobError otherwise."""
    if not isinstance(text, str) or not text.strip():
        raise GlobError("must be a non-empty relative path")
    if "\\" in text:
        raise GlobError(f"{text!r}: use '/' between folders, not '\\'")
    if text.startswith("/") or re.match(r"^[A-Za-z]:", text):
        raise GlobError(f"{text!r}: must be relative to the volume root")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
        raise GlobError(f"{text!r}: contains a control character")
    segments = text.split("/")
    for segment in segments:
        if segment in ("", ".", ".."):
            raise GlobError(f"{text!r}: empty, '.' or '..' segment")
        if not allow_wildcards and any(ch in segment for ch in "*?[]"):
            raise GlobError(f"{text!r}: wildcards are not allowed here")
    if segments[-1] == DOUBLE_STAR:
        raise GlobError(f"{text!r}: must end with a file name pattern, not '**'")
    return segments


@dataclass(frozen=True)
class Glob:
    """One compiled pattern; `text` is what the profile file says."""

    text: str
    segments: tuple[re.Pattern[str] | None, ...]

    @classmethod
    def compile(cls, text: str) -> "Glob":
        return cls(text, tuple(_segment_regex(s) for s in check_relative_path(text, allow_wildcards=True)))

    def matches(self, rel_path: str) -> bool:
        """True if the posix relative path of a file matches the whole pattern."""
        return _match(self.segments, rel_path.casefold().split("/"))

    def may_contain(self, folder_parts: tuple[str, ...]) -> bool:
        """True if a file somewhere under the folder (given as path segments) could match."""
        return _may_contain(self.segments, tuple(p.casefold() for p in folder_parts))


def _match(segments, parts) -> bool:
    if not segments:
        return not parts
    head = segments[0]
    if head is None:
        return any(_match(segments[1:], parts[i:]) for i in range(len(parts) + 1))
    return bool(parts) and head.fullmatch(parts[0]) is not None and _match(segments[1:], parts[1:])


def _may_contain(segments, folder_parts) -> bool:
    if not folder_parts:
        return bool(segments)
    if not segments:
        return False
    head = segments[0]
    if head is None:
        return True
    if len(segments) == 1:  # the last segment names a file, never a folder
        return False
    return head.fullmatch(folder_parts[0]) is not None and _may_contain(segments[1:], folder_parts[1:])


def any_match(globs: tuple[Glob, ...], rel_path: str) -> bool:
    return any(g.matches(rel_path) for g in globs)
