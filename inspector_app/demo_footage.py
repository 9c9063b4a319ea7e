"""The demo unit's footage: a few recorders come back with real video, ingested as a docked recorder is.

For each journal entry the history left to the ingest (`HistoryResult.for_ingest`), a temporary folder
is laid out as the recorder's vendor profile expects: its ID file or volume label with the recorder's
serial number, its status file with the charge and the clock, and a few short MP4 segments (OpenCV,
mp4v, 160x120 at 10 fps) named as the profile's start-time and sequence patterns read them, each frame
showing the inventory number and the time. One entry's footage has a gap (a segment missing from the
sequence and a long pause before the next), another ends with an unreadable file (random bytes named
as a segment). The folder is recognised by `devices.volumes.identify`, then `IngestEngine` stores it on
a clock standing a few minutes after the return, so the recordings, the clock check and column 6 of
the journal line up with the history. The folders are removed afterwards.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import random
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from inspector_app.clock import FixedClock
from inspector_app.services.audit import AuditTrail

logger = logging.getLogger(__name__)

# The profiles whose volumes name their serial number; a generic (DCIM) recorder is bound by hand.
FOOTAGE_PROFILES = frozenset({"hikvision-dswa", "dozor", "boblov"})
FPS = 10
FRAME_SIZE = (160, 120)
SEGMENTS = 3
DOCKED_AFTER_RETURN = timedelta(minutes=18)
GAP_ENTRY, UNREADABLE_ENTRY = 1, 2  # which of the entries (in order) get the gap and the unreadable file
GAP = timedelta(minutes=14)
_ASCII = str.maketrans({"В": "V", "Р": "R", "Д": "D"})


@dataclass(frozen=True)
class Segment:
    start: datetime  # the recorder's local time, naive
    seconds: float
    number: int
    unreadable: bool = False


@dataclass(frozen=True)
class _Layout:
    """Where a profile keeps its files and how it names them (checked against the profile when written)."""

    label: str
    files: dict[str, str]  # rel path -> text (ID and status files)
    segment_path: str  # a format of start (datetime) and number

    @staticmethod
    def of(recorder, clock_local: datetime, battery: int) -> "_Layout":
        profile, serial, model = recorder.vendor_profile, recorder.serial_number, (recorder.model.split() or [""])[-1]
        if profile == "hikvision-dswa":
            return _Layout("HIKVISION", {
                "DEVICE/ID.TXT": f"MODEL={model}\nSN={serial}\n",
                "DEVICE/STATUS.TXT": f"BATTERY={battery}%\nTIME={clock_local:%Y/%m/%d %H:%M:%S}\n"},
                "RECORD/{start:%Y%m%d}/{start:%Y%m%d_%H%M%S}_{number:04d}.MP4")
        if profile == "dozor":
            return _Layout(f"D{serial}", {
                "SYSTEM/STATE.INI": f"[State]\nBattery={battery}\nClock={clock_local:%Y-%m-%d %H:%M:%S}\n"},
                "VIDEO/REC_{start:%Y-%m-%d_%H-%M-%S}_N{number:04d}.MP4")
        if profile == "boblov":
            return _Layout("BOBLOV", {"MISC/DEVINFO.TXT": f"Model={model}\nDeviceID: {serial}\n"},
                           "DCIM/100MEDIA/{start:%Y_%m%d_%H%M%S}_{number:03d}.MP4")
        raise ValueError(f"no demo layout for the profile {profile!r}")


def plan(index: int, issued_local: datetime, returned_local: datetime) -> list[Segment]:
    """The segments of the `index`-th entry: back to back, some time into the visit, within the issue."""
    start = issued_local + timedelta(minutes=35 + 7 * index)
    segments = []
    for n in range(SEGMENTS + (index == GAP_ENTRY)):
        seconds = (2, 3, 2)[n % 3]  # whole seconds: the next name states its start exactly
        if index == GAP_ENTRY and n == 2:  # segment 3 is missing and the recorder paused a while
            start += GAP
            continue
        segments.append(Segment(start, seconds, n + 1))
        start += timedelta(seconds=seconds)
    if index == UNREADABLE_ENTRY:
        segments.append(Segment(start, 0.0, len(segments) + 1, unreadable=True))
    if segments[-1].start >= returned_local:
        raise ValueError("the demo footage must lie within the issue")
    return segments


def write_segment(path: Path, segment: Segment, inventory: str, seed: int) -> None:
    """One MP4 segment with the inventory number and the recorder's time drawn on each frame."""
    import cv2
    import numpy as np

    path.parent.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    if segment.unreadable:
        path.write_bytes(rng.randbytes(24_000))
        return
    width, height = FRAME_SIZE
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), FPS, FRAME_SIZE)
    if not writer.isOpened():
        raise OSError(f"OpenCV cannot write {path}")
    label = inventory.translate(_ASCII).encode("ascii", "replace").decode("ascii")
    base = np.array([rng.randint(40, 110) for _ in range(3)], dtype=np.uint8)
    try:
        for index in range(round(segment.seconds * FPS)):
            at = segment.start + timedelta(seconds=index / FPS)
            frame = np.empty((height, width, 3), dtype=np.uint8)
            frame[:] = base
            frame[:, :, 1] = np.linspace(base[1], base[1] + 60, width, dtype=np.uint8)  # a little depth
            x = (index * 6) % (width - 24)
            cv2.rectangle(frame, (x, 70), (x + 24, 94), (40, 170, 230), -1)  # something moving
            cv2.putText(frame, label, (6, 18), cv2.FONT_HERSHEY_SIMPLEX, 0.5, (255, 255, 255), 1, cv2.LINE_AA)
            cv2.putText(frame, f"{at:%Y-%m-%d}", (6, 40), cv2.FONT_HERSHEY_SIMPLEX, 0.4, (255, 255, 255), 1,
                        cv2.LINE_AA)
            cv2.putText(frame, f"{at:%H:%M:%S}", (6, 58), cv2.FONT_HERSHEY_SIMPLEX, 0.4, (255, 255, 255), 1,
                        cv2.LINE_AA)
            writer.write(frame)
    finally:
        writer.release()
    end = (segment.start + timedelta(seconds=segment.seconds)).timestamp()
    os.utime(path, (end, end))


def write_volume(root: Path, recorder, segments: list[Segment], clock_local: datetime, battery: int):
    """A recorder's volume at `root`, laid out as its profile expects; the DetectedVolume found there."""
    from devices.profiles import all_profiles, profile as find_profile
    from devices.volumes import identify

    layout = _Layout.of(recorder, clock_local, battery)
    profile = find_profile(recorder.vendor_profile)
    for rel, text in layout.files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="ascii")
    for segment in segments:
        rel = layout.segment_path.format(start=segment.start, number=segment.number)
        name = rel.rsplit("/", 1)[-1]
        if (profile.classify(rel) != "video" or profile.parse_start_local(name) != segment.start
                or profile.sequence_number(name) != segment.number):
            raise ValueError(f"{rel} is not named as the {profile.name} profile expects")
        write_segment(root / rel, segment, recorder.inventory_number, seed=segment.number)
    volume = identify(root, layout.label, all_profiles())
    if volume is None or volume.profile_name != profile.name or volume.serial != recorder.serial_number:
        raise ValueError(f"the demo volume of {recorder.inventory_number} is not recognised as its recorder")
    return volume


def ingest_demo_footage(ctx, entry_ids: list[int]) -> dict[str, int]:
    """Give each entry's recorder footage and dock it after the return; the counts of what was stored."""
    from devices.ingest_engine import IngestEngine

    zone = ZoneInfo(ctx.unit_settings.get("timezone"))
    counts = {"entries": 0, "recordings": 0, "bytes": 0, "completed": 0}
    for index, entry_id in enumerate(entry_ids):
        with ctx.uow_factory() as uow:
            entry = uow.journal.entry(entry_id)
            recorder = uow.recorders.get(entry.recorder_id)
            [window] = [w for w in uow.recordings.issue_windows(recorder.id) if w.entry_id == entry_id]
        local = [w.astimezone(zone).replace(tzinfo=None) for w in (window.issued_at, window.returned_at)]
        docked = window.returned_at + DOCKED_AFTER_RETURN
        dock_clock = FixedClock(docked)
        recorder_clock = docked.astimezone(zone).replace(tzinfo=None) + timedelta(seconds=1 + index)
        with tempfile.TemporaryDirectory(prefix="demo-recorder-") as folder:
            volume = write_volume(Path(folder), recorder, plan(index, *local), recorder_clock, 100 - 9 * index)
            at_dock = dataclasses.replace(ctx, clock=dock_clock, audit=AuditTrail(ctx.uow_factory, dock_clock, ctx.signer))
            summary = IngestEngine(at_dock).ingest(volume)
        if summary.status != "done":
            logger.warning("demo footage of %s: %s: %s", recorder.inventory_number, summary.status,
                           "; ".join(summary.log))
        counts["entries"] += 1
        counts["recordings"] += summary.files_stored
        counts["bytes"] += summary.bytes_stored
        counts["completed"] += len(summary.entries_completed)
    return counts
