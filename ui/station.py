"""The ingest station: watches for docked recorders and ingests each one as a background job (п.11).

Used by the main window and, with a QCoreApplication and no widgets, by `inspector-app station`.
Each docked recorder gets its own job on the app's one job primitive; a recorder pulled out is
cancelled (what was stored stays stored; the next dock resumes).

At most `max_parallel` ingests run at once; the others wait in order (`queued`). When the station
shares the window's job runner it adds that many threads to the runner's pool, so a journal print
never waits behind an hour of copying. Progress is thinned to `progress_hz` reports a second per
recorder: the copy reports every 4 MiB chunk, and ten recorders doing that would flood the GUI
thread's event queue. Each ingest runs at a lower CPU priority (`run_in_background`). With both,
ten recorders docked at once stall the event loop for about 20 ms at worst on a two-core PC (13-31 ms
over ten runs of `bench/ingest_gui_stall.py`). A cancel (the button, or the recorder pulled out) still ends in
`finished` with a summary whose status is "cancelled".
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from ui.jobs import JobRunner

logger = logging.getLogger(__name__)

BACKGROUND_NICE = 10  # added to an ingest thread's nice value (Linux): the GUI thread comes first for a core


@dataclass
class _Ingest:
    """One ingest in flight: its job, its own cancel flag and a flag set when the work has returned."""

    job: object = None
    cancel: threading.Event = field(default_factory=threading.Event)
    ended: threading.Event = field(default_factory=threading.Event)
    again: bool = False  # docked again while a cancelled run was still ending: run once more after it


class _Throttle:
    """Lets a report through at most every `interval` seconds, and always the last one (done == total)."""

    def __init__(self, interval: float) -> None:
        self.interval, self.last = interval, float("-inf")

    def due(self, done: int, total: int) -> bool:
        now = time.monotonic()
        if done >= total or now - self.last >= self.interval:
            self.last = now
            return True
        return False


def run_in_background(function, name: str):
    """`function()` in a thread of its own at a lower CPU priority; its result, or its exception, comes back.

    On a PC with two cores, four ingests (each reading, hashing and writing in three threads, and
    probing) keep both cores busy, and the GUI thread waits its turn for a core: the window stutters.
    On Linux a thread's nice value applies to that thread and is inherited by the threads it starts
    (the vault's reader and hasher, the probe), so the ingest runs at nice +10 in a thread made for it
    (an unprivileged process cannot lower a nice value again, so the pool's own thread is left alone).
    The copy is bound by the disk rather than the CPU: the ingest loses nothing when the GUI is idle.
    Elsewhere the function runs as it is.
    """
    if not sys.platform.startswith("linux"):
        return function()
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            tid = threading.get_native_id()
            os.setpriority(os.PRIO_PROCESS, tid, min(19, os.getpriority(os.PRIO_PROCESS, tid) + BACKGROUND_NICE))
        except OSError as error:  # e.g. a sandbox refusing it: run at the usual priority
            logger.debug("cannot lower the priority of %s: %s", name, error)
        try:
            outcome["value"] = function()
        except BaseException as error:  # noqa: BLE001 - raised again in the caller's thread
            outcome["error"] = error

    worker = threading.Thread(target=target, name=name, daemon=True)
    worker.start()
    worker.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


class Station(QObject):
    queued = Signal(object)             # DetectedVolume waiting for a free slot
    started = Signal(object)            # DetectedVolume
    progress = Signal(object, int, int, str)  # volume, bytes done, bytes total, file
    finished = Signal(object, object)   # volume, IngestSummary
    failed = Signal(object, str)

    def __init__(self, engine, *, interval_ms: int = 2000, roots_provider=None, jobs: JobRunner | None = None,
                 max_parallel: int = 4, progress_hz: float = 10.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from devices.volumes import VolumeWatcher

        self.engine = engine
        self.max_parallel = max(1, max_parallel)
        self.progress_interval = 1.0 / progress_hz if progress_hz > 0 else 0.0
        self._owns_jobs = jobs is None
        self.jobs = jobs or JobRunner(self, max_threads=self.max_parallel)
        self._threads_added = 0
        if not self._owns_jobs:  # room of its own in a shared pool
            self._threads_added = self.max_parallel
            self.jobs.pool.setMaxThreadCount(self.jobs.pool.maxThreadCount() + self._threads_added)
        self.watcher = VolumeWatcher(interval_ms=interval_ms, roots_provider=roots_provider, parent=self)
        self.watcher.connected.connect(self.ingest)
        self.watcher.disconnected.connect(self._pulled_out)
        self.active: dict[object, _Ingest] = {}  # volume -> ingest running
        self.waiting: deque = deque()            # volumes docked while `max_parallel` ingests run
        self.ingested = 0
        self._stopped = False

    def start(self) -> None:
        self._stopped = False
        self.watcher.start()

    def stop(self, timeout_ms: int = 30000) -> bool:
        """Stop watching, cancel this station's ingests and wait for them; True when all ended in time.

        Results that arrive afterwards are dropped. Other jobs of a shared runner are left alone.
        """
        self._stopped = True
        self.watcher.stop()
        self.waiting.clear()
        for item in self.active.values():
            item.cancel.set()
        deadline = time.monotonic() + timeout_ms / 1000
        ended = all(item.ended.wait(max(0.0, deadline - time.monotonic())) for item in list(self.active.values()))
        self.active.clear()
        if self._owns_jobs:
            ended = self.jobs.shutdown(max(0, int((deadline - time.monotonic()) * 1000))) and ended
        elif self._threads_added:
            self.jobs.pool.setMaxThreadCount(max(1, self.jobs.pool.maxThreadCount() - self._threads_added))
            self._threads_added = 0
        return ended

    def ingest(self, volume) -> None:
        """Ingest `volume` now, or when a slot is free; nothing if it is already being ingested."""
        if self._stopped:
            return
        running = self.active.get(volume)
        if running is not None:
            running.again = running.cancel.is_set()
            return
        if volume in self.waiting:
            return
        if len(self.active) >= self.max_parallel:
            self.waiting.append(volume)
            self.queued.emit(volume)
            return
        logger.info("recorder docked: %s (%s)", volume.serial, volume.root)
        item = _Ingest()
        throttle = _Throttle(self.progress_interval)

        def report(done: int, total: int, name: str) -> None:
            if not self._stopped and throttle.due(done, total):
                self.progress.emit(volume, done, total, name)

        def work(control):
            def cancelled() -> bool:
                return item.cancel.is_set() or control.cancelled

            def ingest_then_stamp():
                summary = self.engine.ingest(volume, cancel=cancelled, progress=report)
                self.engine.stamp_pending(cancelled)  # the new seals' trusted time, when the unit has an authority
                return summary

            try:
                return run_in_background(ingest_then_stamp, f"ingest {volume.serial or volume.root}")
            finally:
                item.ended.set()

        self.active[volume] = item
        item.job = self.jobs.submit(f"ingest {volume.root}", work,
                                    finished=lambda summary, v=volume: self._done(v, summary),
                                    failed=lambda message, v=volume: self._failed(v, message),
                                    cancelled=lambda v=volume: self._ended(v))
        self.started.emit(volume)

    def cancel(self, volume) -> None:
        """Stop the ingest of `volume` between chunks; a waiting one is dropped from the queue."""
        item = self.active.get(volume)
        if item is not None:
            item.cancel.set()
            item.again = False
        elif volume in self.waiting:
            from devices.ingest_engine import IngestSummary

            self.waiting.remove(volume)
            self.finished.emit(volume, IngestSummary(recorder_id=None, status="cancelled", serial=volume.serial))

    def is_busy(self, volume) -> bool:
        return volume in self.active or volume in self.waiting

    def _pulled_out(self, volume) -> None:
        self.cancel(volume)

    def _ended(self, volume) -> None:
        """The job of `volume` was cancelled by the runner's shutdown: free its slot."""
        item = self.active.pop(volume, None)
        if not self._stopped:
            self._next(volume, item)

    def _next(self, volume, item: _Ingest | None) -> None:
        """A slot is free: run `volume` again if it was docked again meanwhile, then the waiting ones."""
        if item is not None and item.again and volume in self.watcher.volumes:
            self.ingest(volume)
        while self.waiting and len(self.active) < self.max_parallel:
            self.ingest(self.waiting.popleft())

    def _done(self, volume, summary) -> None:
        item = self.active.pop(volume, None)
        if self._stopped:
            return
        self.ingested += 1
        logger.info("ingest of %s: %s", volume.root, summary.status)
        self.finished.emit(volume, summary)
        self._next(volume, item)

    def _failed(self, volume, message: str) -> None:
        item = self.active.pop(volume, None)
        if self._stopped:
            return
        logger.warning("ingest of %s failed: %s", volume.root, message)
        self.failed.emit(volume, message)
        self._next(volume, item)
