"""Reading a few small files (ID, battery, clock) from an untrusted recorder volume, safely.

The volume may hold anything: a symbolic link where the ID file should be, a FIFO that blocks an
open() forever, a multi-gigabyte file, bytes that are not text. `find_entry` looks a relative path
up segment by segment, case-insensitively (FAT volumes are), never following a link or a Windows
junction; `read_small_text` reads at most `limit` bytes of a regular file found that way and never
raises for anything the volume contains.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from devices.globs import GlobError, check_relative_path

logger = logging.getLogger(__name__)

SMALL_FILE_LIMIT = 4096
# A case-insensitive lookup lists a folder; on a hostile volume that listing is cut short here.
LOOKUP_MAX_ENTRIES = 2000
_REPARSE_POINT = getattr(stat, "FILE_ATTRIBUTE_REPARSE_POINT", 0x400)


def is_link_like(st: os.stat_result) -> bool:
    """A symbolic link, or on Windows any reparse point (junctions, mount points)."""
    if stat.S_ISLNK(st.st_mode):
        return True
    return bool(getattr(st, "st_file_attributes", 0) & _REPARSE_POINT)


def _lookup(folder: Path, name: str) -> Path | None:
    exact = folder / name
    try:
        os.lstat(exact)
        return exact
    except OSError:
        pass
    wanted = name.casefold()
    try:
        with os.scandir(folder) as entries:
            for count, entry in enumerate(entries):
                if count >= LOOKUP_MAX_ENTRIES:
                    return None
                if entry.name.casefold() == wanted:
                    return folder / entry.name
    except OSError:
        return None
    return None


def find_entry(root: Path, rel_path: str, *, want_dir: bool = False) -> Path | None:
    """The path of `rel_path` under `root`, matched case-insensitively, or None.

    Every folder on the way must be a real folder and the last entry a regular file (or a real
    folder with `want_dir`); a link or junction anywhere means None.
    """
    try:
        segments = check_relative_path(rel_path, allow_wildcards=False)
    except GlobError:
        return None
    current = Path(root)
    for index, segment in enumerate(segments):
        found = _lookup(current, segment)
        if found is None:
            return None
        try:
            st = os.lstat(found)
        except OSError:
            return None
        if is_link_like(st):
            return None
        last = index == len(segments) - 1
        if not last or want_dir:
            if not stat.S_ISDIR(st.st_mode):
                return None
        elif not stat.S_ISREG(st.st_mode):
            return None
        current = found
    return current


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return data.decode("utf-8", errors="replace")


def read_small_text(root: Path, rel_path: str, limit: int = SMALL_FILE_LIMIT) -> str | None:
    """The first `limit` bytes of a regular file on the volume as text, or None if it cannot be read safely."""
    path = find_entry(root, rel_path)
    if path is None:
        return None
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        logger.info("cannot open %s: %s", path, error)
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped after the check above
            return None
        data = os.read(fd, limit)
    except OSError as error:
        logger.info("cannot read %s: %s", path, error)
        return None
    finally:
        os.close(fd)
    return _decode(data)
