"""A small, careful reader of the MP4 / QuickTime box structure: just enough to find `moov/mvhd`.

The movie header (`mvhd`) holds the container's creation time (seconds since 1904-01-01 UTC), its time
scale and its duration. Files come off recorders and are not trusted, so the walk is defensive: every
read is bounded by the enclosing box and the file's length, only the few bytes needed are read (large
boxes such as `mdat` are skipped with a seek), a box whose size would not move the walk forward ends
it, and the number of boxes looked at is capped.

Box sizes: a 32-bit size counts the 8-byte header; size 1 means a 64-bit size follows the type;
size 0 means "to the end of the enclosing box" (allowed for the last box of a file).
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import BinaryIO, Iterator

EPOCH_1904 = datetime(1904, 1, 1, tzinfo=timezone.utc)
MAX_BOXES = 2048            # boxes looked at in one file, all levels together
_HEADER = struct.Struct(">I4s")
_LARGE = struct.Struct(">Q")
_MVHD_V0 = struct.Struct(">IIII")   # creation, modification, timescale, duration
_MVHD_V1 = struct.Struct(">QQIQ")


@dataclass(frozen=True)
class MovieHeader:
    creation_utc: datetime | None   # None when the field is 0 ("not set") or out of range
    timescale: int
    duration_seconds: float | None  # None when unknown (all ones) or the time scale is 0
    version: int


class _Budget:
    def __init__(self, boxes: int) -> None:
        self.left = boxes

    def take(self) -> bool:
        self.left -= 1
        return self.left >= 0


def read_movie_header(path: str | os.PathLike) -> MovieHeader | None:
    """The `moov/mvhd` of the file at `path`, or None when there is none (or the file cannot be read)."""
    try:
        with open(Path(path), "rb") as stream:
            return movie_header(stream, os.fstat(stream.fileno()).st_size)
    except OSError:
        return None


def movie_header(stream: BinaryIO, length: int, max_boxes: int = MAX_BOXES) -> MovieHeader | None:
    """The movie header of the box structure in `stream`'s first `length` bytes, or None."""
    budget = _Budget(max_boxes)
    moov = _find(stream, 0, length, b"moov", budget)
    if moov is None:
        return None
    mvhd = _find(stream, moov[0], moov[1], b"mvhd", budget)
    if mvhd is None:
        return None
    return _parse_mvhd(stream, *mvhd)


def boxes(stream: BinaryIO, start: int, end: int, budget: _Budget | None = None) -> Iterator[tuple[bytes, int, int]]:
    """(type, payload start, payload end) of each box between `start` and `end`, in order.

    A box that claims to run past `end` is cut to `end` (a truncated file still shows its first
    boxes); a box whose size is smaller than its own header ends the walk.
    """
    budget = budget or _Budget(MAX_BOXES)
    pos = start
    while pos + _HEADER.size <= end and budget.take():
        stream.seek(pos)
        header = stream.read(_HEADER.size)
        if len(header) < _HEADER.size:
            return
        size, kind = _HEADER.unpack(header)
        payload = pos + _HEADER.size
        if size == 1:
            if payload + _LARGE.size > end:
                return
            large = stream.read(_LARGE.size)
            if len(large) < _LARGE.size:
                return
            (size,) = _LARGE.unpack(large)
            payload += _LARGE.size
        elif size == 0:
            size = end - pos
        if size < payload - pos:  # malformed: the walk would stand still or go back
            return
        box_end = pos + size
        yield kind, payload, min(box_end, end)
        pos = box_end


def _find(stream: BinaryIO, start: int, end: int, kind: bytes, budget: _Budget) -> tuple[int, int] | None:
    for found, payload, box_end in boxes(stream, start, end, budget):
        if found == kind:
            return payload, box_end
    return None


def _parse_mvhd(stream: BinaryIO, start: int, end: int) -> MovieHeader | None:
    stream.seek(start)
    head = stream.read(min(4, end - start))
    if len(head) < 4:
        return None
    version = head[0]
    layout = _MVHD_V1 if version == 1 else _MVHD_V0
    if version not in (0, 1) or end - start < 4 + layout.size:
        return None
    body = stream.read(layout.size)
    if len(body) < layout.size:
        return None
    created, _modified, timescale, duration = layout.unpack(body)
    unknown = (1 << (64 if version == 1 else 32)) - 1
    seconds = duration / timescale if timescale and duration != unknown else None
    return MovieHeader(_from_1904(created), timescale, seconds, version)


def _from_1904(seconds: int) -> datetime | None:
    if seconds == 0:
        return None
    try:
        return EPOCH_1904 + timedelta(seconds=seconds)
    except OverflowError:
        return None


def video_track_size(stream: BinaryIO, length: int, max_boxes: int = MAX_BOXES) -> tuple[int, int] | None:
    """(width, height) in pixels from the `tkhd` of the first video track (`mdia/hdlr` of type `vide`)."""
    budget = _Budget(max_boxes)
    moov = _find(stream, 0, length, b"moov", budget)
    if moov is None:
        return None
    for kind, start, end in boxes(stream, moov[0], moov[1], budget):
        if kind != b"trak":
            continue
        mdia = _find(stream, start, end, b"mdia", budget)
        hdlr = _find(stream, mdia[0], mdia[1], b"hdlr", budget) if mdia else None
        if hdlr is None:
            continue
        stream.seek(hdlr[0] + 8)  # version and flags, pre_defined, then the handler type
        if stream.read(4) != b"vide":
            continue
        tkhd = _find(stream, start, end, b"tkhd", budget)
        if tkhd is None:
            return None
        stream.seek(tkhd[0])
        version = stream.read(1)[:1]
        offset = 4 + (32 if version == b"\x01" else 20) + 8 + 8 + 36  # times, id, duration; layer..; matrix
        if tkhd[1] - tkhd[0] < offset + 8:
            return None
        stream.seek(tkhd[0] + offset)
        raw = stream.read(8)
        if len(raw) < 8:
            return None
        width, height = int.from_bytes(raw[:4], "big") >> 16, int.from_bytes(raw[4:], "big") >> 16
        return (width, height) if width and height else None
    return None
