"""The media probe on real files: MP4s written by OpenCV, photos, junk, truncated and hand-built box structures."""

from __future__ import annotations

import io
import struct
import threading
import time
import wave
from datetime import datetime, timedelta, timezone

import cv2
import numpy as np
import pytest

from devices import media_probe
from devices.media_probe import media_kind, probe, probe_with_timeout
from devices.mp4_boxes import EPOCH_1904, boxes, movie_header, read_movie_header
from inspector_app.domain.recordings import RecordingKind

CREATED = datetime(2026, 11, 23, 5, 15, 2, tzinfo=timezone.utc)


def write_mp4(path, seconds=3, fps=10, size=(320, 240)):
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), fps, size)
    assert writer.isOpened()
    for i in range(int(seconds * fps)):
        frame = np.full((size[1], size[0], 3), (i * 7) % 256, np.uint8)
        cv2.putText(frame, str(i), (20, size[1] // 2), cv2.FONT_HERSHEY_SIMPLEX, 2, (255, 255, 255), 3)
        writer.write(frame)
    writer.release()
    return path


def box(kind: bytes, payload: bytes = b"") -> bytes:
    return struct.pack(">I4s", 8 + len(payload), kind) + payload


def mvhd(version: int, created: int, timescale: int = 1000, duration: int = 3000) -> bytes:
    if version == 1:
        body = struct.pack(">QQIQ", created, created, timescale, duration)
    else:
        body = struct.pack(">IIII", created, created, timescale, duration)
    return box(b"mvhd", bytes([version, 0, 0, 0]) + body + b"\x00" * 80)


def seconds_1904(moment: datetime) -> int:
    return int((moment - EPOCH_1904).total_seconds())


def header_of(data: bytes):
    return movie_header(io.BytesIO(data), len(data))


@pytest.fixture
def clip(tmp_path):
    return write_mp4(tmp_path / "20261123_101502_0001.mp4")


# real video
def test_a_three_second_clip(clip):
    info = probe(clip)
    assert info.readable and info.error == ""
    assert info.duration_seconds == pytest.approx(3.0, abs=0.15)
    assert (info.width, info.height) == (320, 240)
    assert info.fps == pytest.approx(10.0)
    assert info.frame_count == 30
    thumb = cv2.imdecode(np.frombuffer(info.thumbnail_jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert thumb is not None and thumb.shape[1] == 160 and thumb.shape[0] == 120
    assert info.thumbnail_jpeg[:2] == b"\xff\xd8"


def test_the_thumbnail_is_about_one_second_in(clip):
    frame_10 = np.full((120, 160, 3), (10 * 7) % 256, np.uint8)
    thumb = cv2.imdecode(np.frombuffer(probe(clip).thumbnail_jpeg, np.uint8), cv2.IMREAD_COLOR)
    # The frame's grey level (70) shows through the digits drawn on it; the first frame's would be 0.
    assert abs(float(np.median(thumb)) - float(np.median(frame_10))) < 12


def test_a_clip_shorter_than_a_second_gives_its_last_frame(tmp_path):
    info = probe(write_mp4(tmp_path / "short.mp4", seconds=0.5))
    assert info.readable and info.thumbnail_jpeg and info.frame_count == 5


def test_opencv_writes_no_creation_time(clip):
    # mp4v files from OpenCV carry creation time 0, "not set"; the movie header is still found.
    header = read_movie_header(clip)
    assert header is not None and header.creation_utc is None
    assert header.duration_seconds == pytest.approx(3.0, abs=0.15)
    assert probe(clip).container_creation_utc is None


# bad files
def test_random_bytes_named_mp4_are_unreadable(tmp_path):
    junk = tmp_path / "junk.mp4"
    junk.write_bytes(np.random.default_rng(1).bytes(200_000))
    info = probe(junk)
    assert not info.readable and info.error and info.thumbnail_jpeg is None


def test_empty_and_missing_files_are_unreadable(tmp_path):
    (tmp_path / "empty.mp4").write_bytes(b"")
    assert not probe(tmp_path / "empty.mp4").readable
    assert not probe(tmp_path / "missing.mp4").readable


@pytest.mark.parametrize("keep", [0.05, 0.5, 0.95])
def test_a_truncated_mp4_does_not_hang(clip, tmp_path, keep):
    data = clip.read_bytes()
    cut = tmp_path / f"cut-{keep}.mp4"
    cut.write_bytes(data[:int(len(data) * keep)])
    started = time.monotonic()
    info = probe_with_timeout(cut, timeout_seconds=20)
    assert time.monotonic() - started < 10
    assert not info.readable  # OpenCV puts the movie header last: without it nothing plays


def test_corrupt_frames_inside_a_whole_file_do_not_hang(clip, tmp_path):
    data = bytearray(clip.read_bytes())
    start = data.find(b"mdat") + 4
    data[start + 200:start + 20_000] = np.random.default_rng(2).bytes(19_800)
    bad = tmp_path / "bad.mp4"
    bad.write_bytes(bytes(data))
    started = time.monotonic()
    info = probe(bad)
    assert time.monotonic() - started < 10
    assert info.readable in (True, False)


def test_probe_with_timeout_gives_up_on_a_slow_probe(clip, monkeypatch):
    release = threading.Event()

    def slow(path, **options):
        release.wait(5)
        return media_probe.MediaInfo(True)

    monkeypatch.setattr(media_probe, "probe", slow)
    started = time.monotonic()
    info = probe_with_timeout(clip, timeout_seconds=0.2)
    release.set()
    assert not info.readable and "timed out" in info.error
    assert time.monotonic() - started < 2


def test_frames_read_are_capped(clip, monkeypatch):
    reads = []
    original = cv2.VideoCapture

    class Counting:
        def __init__(self, *args):
            self.inner = original(*args)

        def read(self):
            reads.append(1)
            return self.inner.read()

        def __getattr__(self, name):
            return getattr(self.inner, name)

    monkeypatch.setattr(media_probe.cv2, "VideoCapture", Counting)
    assert probe(clip, max_frames=4).readable
    assert len(reads) == 4


# photos and audio
def test_a_photo(tmp_path):
    image = np.zeros((480, 640, 3), np.uint8)
    cv2.circle(image, (320, 240), 100, (0, 0, 255), -1)
    path = tmp_path / "IMG_0001.JPG"
    path.write_bytes(cv2.imencode(".jpg", image)[1].tobytes())
    info = probe(path)
    assert info.readable and (info.width, info.height) == (640, 480)
    assert cv2.imdecode(np.frombuffer(info.thumbnail_jpeg, np.uint8), cv2.IMREAD_COLOR).shape[:2] == (120, 160)
    (tmp_path / "broken.jpg").write_bytes(b"\xff\xd8 not really")
    assert not probe(tmp_path / "broken.jpg").readable


def test_audio(tmp_path):
    path = tmp_path / "REC_0001.wav"
    with wave.open(str(path), "wb") as audio:
        audio.setnchannels(1)
        audio.setsampwidth(2)
        audio.setframerate(8000)
        audio.writeframes(b"\x00\x00" * 16000)
    info = probe(path)
    assert info.readable and info.duration_seconds == pytest.approx(2.0)
    (tmp_path / "a.mp3").write_bytes(b"ID3\x04" + bytes(100))
    assert probe(tmp_path / "a.mp3").readable
    (tmp_path / "b.mp3").write_bytes(bytes(100))
    assert not probe(tmp_path / "b.mp3").readable


def test_media_kind():
    assert media_kind("DCIM/100MEDIA/A.MP4") is RecordingKind.VIDEO
    assert media_kind("x.jpeg") is RecordingKind.PHOTO
    assert media_kind("x.WAV") is RecordingKind.AUDIO
    assert media_kind("x.txt") is None


# the movie header, built by hand
@pytest.mark.parametrize("version", [0, 1])
def test_mvhd_creation_time(version, tmp_path):
    data = box(b"ftyp", b"isom\x00\x00\x02\x00isomiso2mp41") + box(b"moov", mvhd(version, seconds_1904(CREATED)))
    header = header_of(data)
    assert header.version == version
    assert header.creation_utc == CREATED
    assert header.timescale == 1000 and header.duration_seconds == 3.0
    path = tmp_path / "hand.mp4"
    path.write_bytes(data)
    assert read_movie_header(path).creation_utc == CREATED
    assert probe(path).container_creation_utc == CREATED  # kept even though OpenCV cannot play it


def test_mvhd_after_a_large_mdat_and_other_boxes(tmp_path):
    moov = box(b"moov", box(b"udta", b"x" * 20) + mvhd(0, seconds_1904(CREATED)) + box(b"trak", b"y" * 50))
    data = box(b"ftyp", b"isom") + box(b"free") + box(b"mdat", b"\x00" * 100_000) + moov
    assert header_of(data).creation_utc == CREATED


def test_a_64_bit_size_box_is_followed():
    mdat = struct.pack(">I4sQ", 1, b"mdat", 16 + 5000) + b"\x00" * 5000
    data = box(b"ftyp", b"isom") + mdat + box(b"moov", mvhd(1, seconds_1904(CREATED)))
    assert header_of(data).creation_utc == CREATED


def test_a_size_zero_box_runs_to_the_end():
    moov_to_end = struct.pack(">I4s", 0, b"moov") + mvhd(0, seconds_1904(CREATED))
    assert header_of(box(b"ftyp", b"isom") + moov_to_end).creation_utc == CREATED
    # A zero-size box before the moov swallows the rest: no movie header, and no endless loop.
    data = box(b"ftyp", b"isom") + struct.pack(">I4s", 0, b"mdat") + box(b"moov", mvhd(0, 1))
    assert header_of(data) is None


@pytest.mark.parametrize("bad", [
    struct.pack(">I4s", 4, b"free"),                    # smaller than its own header
    struct.pack(">I4s", 0xFFFFFFFF, b"mdat"),           # far past the end of the file
    struct.pack(">I4sQ", 1, b"mdat", 2 ** 64 - 1),      # 64-bit size past anything
    struct.pack(">I4sQ", 1, b"mdat", 3),                # 64-bit size smaller than the header
    struct.pack(">I4s", 1, b"mdat") + b"\x00\x00",      # 64-bit size cut off
])
def test_broken_sizes_end_the_walk(bad):
    data = box(b"ftyp", b"isom") + bad + box(b"moov", mvhd(0, seconds_1904(CREATED)))
    assert header_of(data) is None


def test_a_moov_claiming_more_than_the_file_is_read_up_to_the_end():
    data = box(b"ftyp", b"isom") + struct.pack(">I4s", 10_000_000, b"moov") + mvhd(0, seconds_1904(CREATED))
    assert header_of(data).creation_utc == CREATED


def test_mvhd_variants():
    assert header_of(box(b"moov", mvhd(0, 0))).creation_utc is None               # not set
    assert header_of(box(b"moov", mvhd(1, 2 ** 63))).creation_utc is None         # out of range
    assert header_of(box(b"moov", mvhd(0, 1, timescale=0))).duration_seconds is None
    assert header_of(box(b"moov", mvhd(0, 1, duration=0xFFFFFFFF))).duration_seconds is None
    assert header_of(box(b"moov", mvhd(2, 1))) is None                            # unknown version
    short = box(b"moov", box(b"mvhd", b"\x00\x00\x00\x00" + b"\x00" * 10))
    assert header_of(short) is None
    assert header_of(box(b"moov", mvhd(0, 1))[:30]) is None                      # cut inside mvhd
    assert header_of(b"") is None and header_of(b"\x00\x00\x00") is None


def test_the_number_of_boxes_is_capped():
    many = box(b"free") * 10_000 + box(b"moov", mvhd(0, seconds_1904(CREATED)))
    assert header_of(many) is None
    assert len(list(boxes(io.BytesIO(many), 0, len(many)))) == 2048


def test_only_what_is_needed_is_read():
    class Counting(io.BytesIO):
        read_bytes = 0

        def read(self, n=-1):
            assert n is not None and n >= 0, "never read to the end"
            data = super().read(n)
            Counting.read_bytes += len(data)
            return data

    data = box(b"ftyp", b"isom") + box(b"mdat", b"\x00" * 1_000_000) + box(b"moov", mvhd(1, 5))
    assert movie_header(Counting(data), len(data)) is not None
    assert Counting.read_bytes < 100


def test_unset_creation_time_reads_as_none_not_1904():
    assert header_of(box(b"moov", mvhd(0, 0))).creation_utc is None
    one_day = header_of(box(b"moov", mvhd(0, 86400))).creation_utc
    assert one_day == EPOCH_1904 + timedelta(days=1)


def test_os_errors_give_no_header(tmp_path):
    assert read_movie_header(tmp_path / "missing.mp4") is None
    assert read_movie_header(tmp_path) is None  # a folder: IsADirectoryError or PermissionError


def test_a_stream_past_two_gib_is_described_from_its_boxes_not_handed_to_opencv(tmp_path):
    """OpenCV's reader of Python streams crashes the process past 2 GiB (32-bit sizes): such a stream gets
    its duration and picture size from the MP4 boxes (a sparse 2 GiB `free` box after the movie here)."""
    small = tmp_path / "small.mp4"
    write_mp4(small, seconds=3, fps=10, size=(320, 240))
    big = tmp_path / "big.mp4"
    data = small.read_bytes()
    gap = (1 << 31) + 4096
    with big.open("wb") as out:
        out.write(data)
        out.write(struct.pack(">I4sQ", 1, b"free", gap))  # a 64-bit size: a box as big as the rest
        out.seek(len(data) + gap - 1)
        out.write(b"\0")
    assert big.stat().st_size > media_probe.OPENCV_STREAM_LIMIT
    info = media_probe.probe_video_stream(lambda: big.open("rb"), "20261123_101502_0001.MP4")
    assert info.readable and (info.width, info.height) == (320, 240)
    assert info.duration_seconds == pytest.approx(3.0, abs=0.2) and info.thumbnail_jpeg is None
    small_info = media_probe.probe_video_stream(lambda: small.open("rb"), "20261123_101502_0001.MP4")
    assert small_info.readable and small_info.thumbnail_jpeg  # under the limit OpenCV decodes a frame
