"""Listing the footage on a docked recorder's volume without trusting the volume.

A USB volume can hold anything: links to the PC's own files, FIFOs that block a read forever,
device files, names with control characters or names Windows would read as a device ("CON.MP4"),
another file system mounted inside it, or a hundred thousand tiny files. `walk_volume` lists only
regular files that match the profile's globs, never follows a link or a junction, never leaves the
volume, refuses names that are unsafe to carry into the vault, and stops at a budget of entries and
seconds, saying so. Every refusal is a plain line in `problems`, for the ingest report.

Folders that cannot hold a matching file are not entered; files that do not match are counted and
ignored. Only names and metadata are read here, never file contents. The volume can still change
after the walk: whoever copies a file opens it again without following links and checks its size.
"""

from __future__ import annotations

import logging
import os
import stat
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from devices.profiles import VendorProfile
from devices.volume_files import is_link_like

logger = logging.getLogger(__name__)

MAX_NAME_CHARS = 255
_WINDOWS_FORBIDDEN = set('<>:"|?*\\/')
_WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
                    *(f"COM{n}" for n in "123456789¹²³"), *(f"LPT{n}" for n in "123456789¹²³")}


@dataclass(frozen=True)
class SourceFile:
    """One file on the volume: its posix path from the root, where it is now, size, mtime and kind."""

    rel_path: str
    abs_path: Path
    size: int
    mtime: float
    kind: str


@dataclass(frozen=True)
class WalkResult:
    files: list[SourceFile]
    problems: list[str]
    truncated: bool
    examined: int = 0  # directory entries looked at (the budget `max_files` counts these)
    ignored: int = 0  # regular files the profile's globs do not match


def show(text: str, limit: int = 200) -> str:
    """A name as it can be printed in a report: control characters and undecodable bytes as \\xNN."""
    out = []
    for ch in text[:limit]:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
            out.append(f"\\x{code - 0xDC00:02x}")
        elif code < 32 or 127 <= code < 160 or 0xD800 <= code <= 0xDFFF:
            out.append(f"\\x{code:02x}" if code < 256 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out) + ("..." if len(text) > limit else "")


def unsafe_name_reason(name: str) -> str | None:
    """Why a file or folder name must not be taken from the volume, or None if it is safe."""
    if name in ("", ".", ".."):
        return "a '.' or '..' name"
    if len(name) > MAX_NAME_CHARS:
        return f"a name longer than {MAX_NAME_CHARS} characters"
    if any(ord(ch) < 32 or 127 <= ord(ch) < 160 for ch in name):
        return "a control character in the name"
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return "a name that is not valid text (UTF-8)"
    if "/" in name or "\\" in name or ".." in name:
        return "a path separator or '..' in the name"
    if any(ch in _WINDOWS_FORBIDDEN for ch in name):
        return "a character Windows does not allow in names (<>:\"|?*)"
    if name != name.rstrip(" ."):
        return "a name ending in a dot or a space (Windows would drop it)"
    if name.split(".")[0].rstrip(" ").upper() in _WINDOWS_DEVICES:
        return "a Windows device name (CON, NUL, COM1, ...)"
    return None


def _special_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device file"
    return "not a regular file"


def _within(path: str, real_root: str) -> bool:
    real = os.path.realpath(path)
    return real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep)


def _link_target(path: str) -> str:
    try:
        return f" -> {show(os.readlink(path))}"
    except (OSError, ValueError):
        return ""


class _Walk:
    def __init__(self, root: Path, profile: VendorProfile, max_files: int, max_seconds: float, max_depth: int,
                 clock: Callable[[], float]) -> None:
        self.root, self.profile, self.max_files, self.max_depth = root, profile, max_files, max_depth
        self.clock, self.deadline, self.max_seconds = clock, clock() + max_seconds, max_seconds
        self.files: list[SourceFile] = []
        self.problems: list[str] = []
        self.truncated = False
        self.examined = self.ignored = self.skipped_folders = 0
        self.real_root = os.path.realpath(root)
        self.root_dev = os.stat(root).st_dev

    def over_budget(self) -> bool:
        if self.truncated:
            return True
        if self.examined >= self.max_files:
            self.stop(f"stopped after {self.max_files} entries: the volume was not fully examined")
        elif self.clock() > self.deadline:
            self.stop(f"stopped after {self.max_seconds:g} s: the volume was not fully examined")
        return self.truncated

    def stop(self, message: str) -> None:
        self.truncated = True
        self.problems.append(message)
        logger.warning("%s: %s", self.root, message)

    def run(self) -> None:
        stack: list[tuple[str, tuple[str, ...]]] = [(os.fspath(self.root), ())]
        while stack and not self.over_budget():
            folder, parts = stack.pop()
            subfolders = self.list_folder(folder, parts)
            stack.extend(reversed(subfolders))

    def list_folder(self, folder: str, parts: tuple[str, ...]) -> list[tuple[str, tuple[str, ...]]]:
        where = show("/".join(parts)) or "(volume root)"
        if not _within(folder, self.real_root):
            self.problems.append(f"{where}: folder resolves outside the volume, not entered")
            return []
        entries = []
        try:
            with os.scandir(folder) as iterator:
                for entry in iterator:
                    if self.over_budget():
                        break
                    self.examined += 1
                    entries.append(entry)
        except OSError as error:
            self.problems.append(f"{where}: cannot list the folder ({error.strerror or error})")
        subfolders = []
        for entry in sorted(entries, key=lambda e: e.name):
            sub = self.entry(entry, parts)
            if sub is not None:
                subfolders.append(sub)
        return subfolders

    def entry(self, entry: os.DirEntry, parts: tuple[str, ...]) -> tuple[str, tuple[str, ...]] | None:
        rel_parts = (*parts, entry.name)
        rel = "/".join(rel_parts)
        shown = show(rel)
        reason = unsafe_name_reason(entry.name)
        if reason:
            self.problems.append(f"{shown}: refused, {reason}")
            return None
        try:
            if entry.is_symlink():
                self.problems.append(f"{shown}: symbolic link not followed{_link_target(entry.path)}")
                return None
            if entry.is_dir(follow_symlinks=False):
                return self.folder(entry, rel_parts, shown)
            if entry.is_file(follow_symlinks=False):
                kind = self.profile.classify(rel)
                if kind is None:
                    self.ignored += 1
                    return None
                self.file(entry, rel, shown, kind)
                return None
            st = entry.stat(follow_symlinks=False)
            self.problems.append(f"{shown}: {_special_kind(st.st_mode)}, skipped")
        except OSError as error:
            self.problems.append(f"{shown}: cannot be examined ({error.strerror or error})")
        return None

    def folder(self, entry: os.DirEntry, rel_parts: tuple[str, ...], shown: str):
        st = entry.stat(follow_symlinks=False)
        if is_link_like(st):
            self.problems.append(f"{shown}: junction or reparse point not followed")
            return None
        if st.st_dev != self.root_dev:
            self.problems.append(f"{shown}: another file system is mounted here, not entered")
            return None
        if not self.profile.may_contain(rel_parts):
            self.skipped_folders += 1
            return None
        if len(rel_parts) > self.max_depth:
            self.problems.append(f"{shown}: deeper than {self.max_depth} folders, not entered")
            return None
        return entry.path, rel_parts

    def file(self, entry: os.DirEntry, rel: str, shown: str, kind: str) -> None:
        st = entry.stat(follow_symlinks=False)
        if is_link_like(st) or not stat.S_ISREG(st.st_mode):
            self.problems.append(f"{shown}: not a regular file, skipped")
            return
        if st.st_dev != self.root_dev or not _within(entry.path, self.real_root):
            self.problems.append(f"{shown}: resolves outside the volume, skipped")
            return
        if st.st_size == 0:
            self.problems.append(f"{shown}: zero-length file (listed)")
        if st.st_nlink > 1:
            self.problems.append(f"{shown}: has {st.st_nlink} hard links (listed)")
        self.files.append(SourceFile(rel, self.root / rel, st.st_size, st.st_mtime, kind))


def walk_volume(root: Path, profile: VendorProfile, *, max_files: int = 20000, max_seconds: float = 10.0,
                max_depth: int = 8, clock: Callable[[], float] = time.monotonic) -> WalkResult:
    """The profile's files on the volume at `root`, sorted by rel_path, with every problem met on the way.

    `max_files` counts every directory entry looked at, matching or not, so a volume full of junk
    cannot keep the walk going; reaching it or `max_seconds` sets `truncated`.
    """
    root = Path(root)
    try:
        if not stat.S_ISDIR(os.stat(root).st_mode):
            return WalkResult([], [f"{show(str(root))}: the volume root is not a folder"], False)
        walk = _Walk(root, profile, max_files, max_seconds, max_depth, clock)
    except OSError as error:
        return WalkResult([], [f"{show(str(root))}: the volume root cannot be read ({error.strerror or error})"], False)
    walk.run()
    if walk.ignored:
        walk.problems.append(f"{walk.ignored} file(s) not matching the {profile.name} profile ignored")
    if walk.skipped_folders:
        walk.problems.append(f"{walk.skipped_folders} folder(s) outside the {profile.name} profile's layout "
                             "not entered")
    files = sorted(walk.files, key=lambda f: f.rel_path)
    return WalkResult(files, walk.problems, walk.truncated, walk.examined, walk.ignored)
