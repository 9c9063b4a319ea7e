"""What a recorder's file holds: duration, picture size, frame rate, a thumbnail, the container's time.

`probe(path)` never raises for a bad file: a file that cannot be opened or decoded comes back with
`readable=False` (it is still stored byte for byte by the ingest, and flagged). Video goes through
OpenCV (it reads H.264 and HEVC MP4 as well as the mp4v it writes), photos through `cv2.imdecode`,
audio through light header checks (OpenCV decodes no audio). The container's creation time comes
from `mp4_boxes`, not from OpenCV.

Files are untrusted, so the work per file is bounded: at most `MAX_FRAMES` frames are decoded (the
thumbnail is taken about one second in), FFmpeg's open and read time-outs are set, and
`probe_with_timeout` gives up on a file that still takes too long.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import wave
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO, Callable

import cv2
import numpy as np

from devices.mp4_boxes import MovieHeader, movie_header, read_movie_header, video_track_size
from inspector_app.domain.recordings import RecordingKind

logger = logging.getLogger(__name__)

VIDEO_EXTENSIONS = frozenset({".mp4", ".mov", ".m4v", ".avi", ".mkv", ".3gp", ".ts", ".webm"})
PHOTO_EXTENSIONS = frozenset({".jpg", ".jpeg", ".png", ".bmp"})
AUDIO_EXTENSIONS = frozenset({".wav", ".mp3", ".m4a", ".aac", ".amr"})
MP4_FAMILY = frozenset({".mp4", ".mov", ".m4v", ".m4a", ".3gp"})

THUMBNAIL_AT_SECONDS = 1.0
THUMBNAIL_WIDTH = 160
THUMBNAIL_QUALITY = 80
MAX_FRAMES = 120                 # frames decoded per file at most (1 s in at up to 120 fps)
DECODE_BUDGET_SECONDS = 5.0      # time spent reading frames of one file at most
# OpenCV's reader of Python streams takes sizes and offsets as 32-bit integers: a stream past 2 GiB crashes
# the whole process (a segfault inside cv2, seen with OpenCV 5.0 on a 2.0 GiB MP4), so such a stream is
# never handed to it (a file path is not affected: FFmpeg opens those itself).
OPENCV_STREAM_LIMIT = (1 << 31) - 1
FFMPEG_TIMEOUT_MS = 5000
PROBE_TIMEOUT_SECONDS = 20.0
PHOTO_MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class MediaInfo:
    readable: bool
    duration_seconds: float | None = None
    width: int | None = None
    height: int | None = None
    fps: float | None = None
    frame_count: int | None = None
    thumbnail_jpeg: bytes | None = None
    container_creation_utc: datetime | None = None
    error: str = ""  # why the file is not readable, for the ingest log


def media_kind(path: str | os.PathLike) -> RecordingKind | None:
    """Video, audio or photo by the file's extension; None for anything else."""
    suffix = Path(path).suffix.lower()
    if suffix in VIDEO_EXTENSIONS:
        return RecordingKind.VIDEO
    if suffix in PHOTO_EXTENSIONS:
        return RecordingKind.PHOTO
    if suffix in AUDIO_EXTENSIONS:
        return RecordingKind.AUDIO
    return None


def probe(path: str | os.PathLike, *, thumbnail_width: int = THUMBNAIL_WIDTH,
          max_frames: int = MAX_FRAMES) -> MediaInfo:
    """Everything the ingest records about the file at `path`; `readable=False` instead of raising."""
    path = Path(path)
    header = read_movie_header(path) if path.suffix.lower() in MP4_FAMILY else None
    kind = media_kind(path) or RecordingKind.VIDEO
    try:
        if kind is RecordingKind.PHOTO:
            return _probe_photo(path, thumbnail_width)
        if kind is RecordingKind.AUDIO:
            return _probe_audio(path, header)
        return _probe_video(path, header, thumbnail_width, max_frames)
    except Exception as error:  # an untrusted file: whatever goes wrong, the file is unreadable, not the ingest
        logger.warning("probe of %s failed: %s", path, error)
        return MediaInfo(False, container_creation_utc=_created(header), error=f"probe failed: {error}")


def probe_with_timeout(path: str | os.PathLike, timeout_seconds: float = PROBE_TIMEOUT_SECONDS,
                       **options) -> MediaInfo:
    """`probe`, giving up after `timeout_seconds` with `readable=False`.

    A call into OpenCV cannot be interrupted, so a probe that overruns is left to finish in its
    (daemon) thread and its result is dropped; the FFmpeg time-outs and the frame cap make that rare.
    """
    return _bounded(lambda: probe(path, **options), Path(path).name, timeout_seconds)


def probe_video_stream(open_stream: Callable[[], BinaryIO], name: str, *, thumbnail_width: int = THUMBNAIL_WIDTH,
                       max_frames: int = MAX_FRAMES, timeout_seconds: float = PROBE_TIMEOUT_SECONDS) -> MediaInfo:
    """`probe` of a video read from a stream (a stored, possibly encrypted, vault object): nothing is
    written to disk. `open_stream` is called for each pass (the movie header, then OpenCV)."""
    def work() -> MediaInfo:
        header = None
        try:
            size = None
            if Path(name).suffix.lower() in MP4_FAMILY:
                with open_stream() as stream:
                    size = stream.seek(0, os.SEEK_END)
                    header = movie_header(stream, size)
                    if size > OPENCV_STREAM_LIMIT:
                        return _from_container(stream, size, header)
            with open_stream() as stream:
                return _probe_video(stream, header, thumbnail_width, max_frames)
        except Exception as error:  # noqa: BLE001 - an untrusted file: it is unreadable, the ingest goes on
            logger.warning("probe of %s failed: %s", name, error)
            return MediaInfo(False, container_creation_utc=_created(header), error=f"probe failed: {error}")

    return _bounded(work, name, timeout_seconds)


def _from_container(stream, size: int, header: MovieHeader | None) -> MediaInfo:
    """The facts of a stream OpenCV cannot read (past `OPENCV_STREAM_LIMIT`), from the MP4 boxes alone:
    the duration and creation time of the movie header, the picture size of the video track; no frame
    is decoded, so there is no thumbnail (the player still plays it)."""
    dimensions = video_track_size(stream, size)
    if header is None or dimensions is None:
        return MediaInfo(False, container_creation_utc=_created(header),
                         error="too large to decode here and its MP4 header has no video track")
    return MediaInfo(True, header.duration_seconds, dimensions[0], dimensions[1], None, None, None, _created(header))


def _bounded(work: Callable[[], MediaInfo], name: str, timeout_seconds: float) -> MediaInfo:
    result: list[MediaInfo] = []
    worker = threading.Thread(target=lambda: result.append(work()), daemon=True, name=f"probe {name}")
    worker.start()
    worker.join(timeout_seconds)
    if result:
        return result[0]
    logger.warning("probe of %s took longer than %s s; marked unreadable", name, timeout_seconds)
    return MediaInfo(False, error=f"probe timed out after {timeout_seconds:g} s")


def _probe_video(source, header: MovieHeader | None, thumbnail_width: int, max_frames: int) -> MediaInfo:
    """`source`: a path, or a seekable binary stream (OpenCV 5 reads those through FFmpeg)."""
    params = [cv2.CAP_PROP_OPEN_TIMEOUT_MSEC, FFMPEG_TIMEOUT_MS, cv2.CAP_PROP_READ_TIMEOUT_MSEC, FFMPEG_TIMEOUT_MS]
    capture = cv2.VideoCapture(str(source) if isinstance(source, Path) else source, cv2.CAP_FFMPEG, params)
    try:
        if not capture.isOpened():
            return MediaInfo(False, container_creation_utc=_created(header), error="cannot be opened")
        fps = _positive(capture.get(cv2.CAP_PROP_FPS), upper=1000.0)
        count = _positive(capture.get(cv2.CAP_PROP_FRAME_COUNT), upper=1e9)
        width = _positive(capture.get(cv2.CAP_PROP_FRAME_WIDTH), upper=100_000)
        height = _positive(capture.get(cv2.CAP_PROP_FRAME_HEIGHT), upper=100_000)
        wanted = min(round(fps * THUMBNAIL_AT_SECONDS) if fps else 0, max(max_frames - 1, 0))
        frame = _read_up_to(capture, wanted)
    finally:
        capture.release()
    if frame is None:
        return MediaInfo(False, container_creation_utc=_created(header), error="no frame could be decoded")
    if count and fps:
        duration = count / fps
    else:
        duration = header.duration_seconds if header else None
    height_px, width_px = frame.shape[:2]
    return MediaInfo(True, duration, int(width or width_px), int(height or height_px), fps,
                     int(count) if count else None, _thumbnail(frame, thumbnail_width), _created(header))


def _read_up_to(capture, index: int):
    """The frame at `index` (0-based), or the last one decoded before the file or the time budget ran out."""
    deadline = time.monotonic() + DECODE_BUDGET_SECONDS
    frame = None
    for _ in range(index + 1):
        ok, image = capture.read()
        if not ok or image is None:
            break
        frame = image
        if time.monotonic() > deadline:
            break
    return frame


def _probe_photo(path: Path, thumbnail_width: int) -> MediaInfo:
    if path.stat().st_size > PHOTO_MAX_BYTES:
        return MediaInfo(False, error="photo too large to decode")
    image = cv2.imdecode(np.fromfile(path, dtype=np.uint8), cv2.IMREAD_COLOR)
    if image is None:
        return MediaInfo(False, error="photo cannot be decoded")
    height, width = image.shape[:2]
    return MediaInfo(True, None, width, height, None, None, _thumbnail(image, thumbnail_width))


def _probe_audio(path: Path, header: MovieHeader | None) -> MediaInfo:
    suffix = path.suffix.lower()
    if suffix == ".wav":
        with wave.open(str(path), "rb") as audio:
            rate = audio.getframerate()
            return MediaInfo(True, audio.getnframes() / rate if rate else None)
    if header is not None:
        return MediaInfo(True, header.duration_seconds, container_creation_utc=header.creation_utc)
    with open(path, "rb") as stream:
        start = stream.read(16)
    known = (start.startswith(b"ID3") or start[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2", b"\xff\xf1",
                                                         b"\xff\xf9") or start.startswith(b"#!AMR"))
    if known:
        return MediaInfo(True)  # recognised header; OpenCV cannot decode audio, so no duration
    return MediaInfo(False, error="audio format not recognised")


def _thumbnail(image, width: int) -> bytes | None:
    height_px, width_px = image.shape[:2]
    if not width_px or not height_px:
        return None
    if width_px > width:
        size = (width, max(1, round(height_px * width / width_px)))
        image = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
    ok, encoded = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, THUMBNAIL_QUALITY])
    return encoded.tobytes() if ok else None


def _positive(value: float, upper: float) -> float | None:
    """A property OpenCV reported, or None when it is missing (0, negative, NaN) or absurd."""
    if value is None or not value == value or value <= 0 or value > upper:
        return None
    return float(value)


def _created(header: MovieHeader | None) -> datetime | None:
    return header.creation_utc if header else None
