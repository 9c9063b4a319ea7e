"""Fake recorders for tests: folders laid out like a docked Hikvision-like recorder, holding real MP4 files
written by OpenCV (mp4v), an ID file with the serial and a status file with the recorder's clock."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import cv2
import numpy as np

SERIAL = "DS-MCW406-0001"


def write_mp4(path: Path, seconds: float, fps: int = 10, size: tuple[int, int] = (160, 120), seed: int = 0) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), fps, size)
    assert writer.isOpened()
    rng = np.random.default_rng(seed)
    for index in range(int(seconds * fps)):
        frame = np.full((size[1], size[0], 3), (index * 7) % 255, dtype=np.uint8)
        frame[rng.integers(0, size[1]), :, :] = 255
        writer.write(frame)
    writer.release()


def make_recorder(root: Path, segments: list[tuple[datetime, float]], serial: str = SERIAL,
                  clock: datetime | None = None, extra: dict[str, bytes] | None = None) -> Path:
    """A volume root with one segment per (local start time, seconds), numbered 0001, 0002, …"""
    (root / "DEVICE").mkdir(parents=True, exist_ok=True)
    (root / "DEVICE" / "ID.TXT").write_text(f"MODEL=DS-MCW406\nSN={serial}\n")
    if clock is not None:
        (root / "DEVICE" / "STATUS.TXT").write_text(f"BATTERY=64%\nTIME={clock:%Y/%m/%d %H:%M:%S}\n")
    for number, (start, seconds) in enumerate(segments, start=1):
        name = f"{start:%Y%m%d_%H%M%S}_{number:04d}.MP4"
        write_mp4(root / "RECORD" / f"{start:%Y%m%d}" / name, seconds, seed=number)
    for rel, data in (extra or {}).items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    return root


def back_to_back(start: datetime, count: int, seconds: float) -> list[tuple[datetime, float]]:
    return [(start + timedelta(seconds=i * seconds), seconds) for i in range(count)]
