"""Opening a 2 GiB stored recording in the player and showing the first frame after a seek to its middle.

Writes a 2 GiB MP4 with OpenCV (1920×1080 frames of noise in `mp4v`, 25 fps: noise does not compress, so
the file is big for its length, about 1.5 minutes), docks it as a Hikvision-like recorder and ingests it
through the real `IngestEngine` into a vault with a storage password (encrypted at rest, unlocked for the
run). Then, offscreen, with the ffmpeg backend and warm caches, over several runs:

- player: make the app's `PlayerWidget` on the stored recording (the service opens the decrypting stream
  and audits it), seek to the middle of the timeline, and wait until a frame from the middle reaches the
  widget's `QVideoSink`;
- baseline: a bare `QMediaPlayer` on the original plaintext file on disk, `setPosition(middle)` when the
  media has loaded, until a frame from the middle reaches its sink.

Prints ONE JSON line with the medians in milliseconds and the goal (the player under 500 ms).

    .venv/bin/python bench/player_seek.py [--size-mib 2048] [--runs 5] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_MEDIA_BACKEND", "ffmpeg")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from verify_store import PASSWORDS, SERIAL, build_unit  # noqa: E402

GOAL_MS = 500.0
FPS = 25
SIZE = (1920, 1080)
STORAGE_PASSWORD = "Сақтау-бенчмарк-2026"
TIMEOUT_S = 30.0


def log(message: str) -> None:
    print(f"player_seek: {message}", file=sys.stderr, flush=True)


def write_big_mp4(path: Path, size_bytes: int) -> int:
    """Noise frames until the file holds `size_bytes`; the number of frames written."""
    import cv2
    import numpy as np

    rng = np.random.default_rng(444)
    pool = [rng.integers(0, 256, (SIZE[1], SIZE[0], 3), dtype=np.uint8) for _ in range(16)]
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), FPS, SIZE)
    frames = 0
    try:
        while frames % 10 or path.stat().st_size < size_bytes:  # the size on disk, checked every 10 frames
            writer.write(pool[frames % len(pool)])
            frames += 1
    finally:
        writer.release()
    return frames


def make_volume(root: Path, size_bytes: int) -> Path:
    (root / "DEVICE").mkdir(parents=True)
    (root / "DEVICE" / "ID.TXT").write_text(f"MODEL=DS-MCW406\nSN={SERIAL}\n")
    stamp = datetime(2026, 11, 23, 10, 5, 0)
    path = root / "RECORD" / f"{stamp:%Y%m%d}" / f"{stamp:%Y%m%d_%H%M%S}_0001.MP4"
    path.parent.mkdir(parents=True)
    frames = write_big_mp4(path, size_bytes)
    log(f"{path.stat().st_size / 2**30:.2f} GiB, {frames} frames ({frames / FPS:.0f} s)")
    return path


class FirstFrame:
    """Waits for the first valid frame whose time is at or after `from_us` in `sink`."""

    def __init__(self, app, sink) -> None:
        self.app, self.sink, self.from_us, self.seen = app, sink, None, None
        sink.videoFrameChanged.connect(self._frame)

    def _frame(self, frame) -> None:
        if self.from_us is not None and self.seen is None and frame.isValid() and frame.startTime() >= self.from_us:
            self.seen = time.perf_counter()

    def wait(self, from_us: int) -> float:
        self.from_us, self.seen = from_us, None
        deadline = time.perf_counter() + TIMEOUT_S
        while self.seen is None:
            self.app.processEvents()
            if time.perf_counter() > deadline:
                raise SystemExit("player_seek: no frame from the middle in time")
            time.sleep(0.0005)
        return self.seen


def run_player(app, ctx, user, service, recording, duration_ms: int) -> float:
    from ui.player.player_widget import PlayerWidget

    middle = duration_ms // 2
    start = time.perf_counter()
    widget = PlayerWidget(ctx, user, service, [recording])
    watch = FirstFrame(app, widget.sink())
    widget.seek(middle)
    seen = watch.wait((middle - 1000 // FPS) * 1000)
    widget.close_media()
    widget.deleteLater()
    app.processEvents()
    return (seen - start) * 1000


def run_baseline(app, path: Path, duration_ms: int) -> float:
    from PySide6.QtCore import QUrl
    from PySide6.QtMultimedia import QMediaPlayer, QVideoSink

    middle = duration_ms // 2
    start = time.perf_counter()
    player, sink = QMediaPlayer(), QVideoSink()
    player.setVideoOutput(sink)
    watch = FirstFrame(app, sink)

    def loaded(status) -> None:
        if status == QMediaPlayer.MediaStatus.LoadedMedia:
            player.setPosition(middle)
            player.pause()  # as the app's player does: paused, the picture at the position is shown

    player.mediaStatusChanged.connect(loaded)
    player.setSource(QUrl.fromLocalFile(str(path)))
    seen = watch.wait((middle - 1000 // FPS) * 1000)
    player.stop()
    player.setSource(QUrl())
    app.processEvents()
    return (seen - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=2048)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from inspector_app import vault_keys
    from inspector_app.domain.recordings import RecordingFilter
    from inspector_app.services.recordings import RecordingsService

    vault_keys.SCRYPT_LOG2_N = 12  # setting up is not what is measured
    app = QApplication.instance() or QApplication(sys.argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-seek-"))
    try:
        ctx, head, _recorder = build_unit(folder / "data")
        ctx.keyring.create(head, STORAGE_PASSWORD)
        original = make_volume(folder / "vol", args.size_mib << 20)
        from verify_store import ingest

        started = time.perf_counter()
        ingest(ctx, folder / "vol", 1)
        log(f"ingested (encrypted) in {time.perf_counter() - started:.1f} s")
        responsible = ctx.accounts.authenticate("resp", PASSWORDS["resp"])
        service = RecordingsService(ctx.uow_factory, ctx.audit, ctx.keyring)
        [recording] = service.list(responsible, RecordingFilter())
        if not recording.readable or not recording.duration_seconds:
            raise SystemExit("player_seek: the stored file is not readable video")
        duration_ms = round(recording.duration_seconds * 1000)
        if not ctx.vault.is_encrypted(recording.sha256):
            raise SystemExit("player_seek: the recording is not encrypted at rest")
        run_player(app, ctx, responsible, service, recording, duration_ms)  # warm-up (caches, codecs)
        run_baseline(app, original, duration_ms)
        player, baseline = [], []
        for _ in range(args.runs):
            player.append(run_player(app, ctx, responsible, service, recording, duration_ms))
            baseline.append(run_baseline(app, original, duration_ms))
        ctx.close()
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    result = {
        "bench": "player_seek", "runs": args.runs, "goal_ms": GOAL_MS, "size_bytes": recording.size,
        "duration_s": round(duration_ms / 1000, 1), "encrypted": True,
        "player_first_frame_at_middle_ms": round(statistics.median(player), 1),
        "baseline_plain_file_ms": round(statistics.median(baseline), 1),
        "player_all_ms": [round(x, 1) for x in player], "baseline_all_ms": [round(x, 1) for x in baseline],
    }
    result["meets_goal"] = result["player_first_frame_at_middle_ms"] < GOAL_MS
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
