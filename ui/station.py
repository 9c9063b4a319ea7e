"""The ingest station: watches for docked recorders and ingests each one as a background job (п.11).

Used by the main window and, with a QCoreApplication and no widgets, by `inspector-app station`.
Each docked recorder gets its own job on the app's one job primitive; a recorder pulled out is
cancelled (what was stored stays stored; the next dock resumes).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from ui.jobs import JobRunner

logger = logging.getLogger(__name__)


class Station(QObject):
    started = Signal(object)            # DetectedVolume
    progress = Signal(object, int, int, str)  # volume, bytes done, bytes total, file
    finished = Signal(object, object)   # volume, IngestSummary
    failed = Signal(object, str)

    def __init__(self, engine, *, interval_ms: int = 2000, roots_provider=None, jobs: JobRunner | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        from devices.volumes import VolumeWatcher

        self.engine = engine
        self.jobs = jobs or JobRunner(self, max_threads=4)
        self.watcher = VolumeWatcher(interval_ms=interval_ms, roots_provider=roots_provider, parent=self)
        self.watcher.connected.connect(self.ingest)
        self.watcher.disconnected.connect(self._pulled_out)
        self.active: dict[object, object] = {}  # volume -> job
        self.ingested = 0

    def start(self) -> None:
        self.watcher.start()

    def stop(self) -> None:
        self.watcher.stop()
        self.jobs.shutdown()

    def ingest(self, volume) -> None:
        if volume in self.active:
            return
        logger.info("recorder docked: %s (%s)", volume.serial, volume.root)

        def work(control):
            return self.engine.ingest(volume, cancel=lambda: control.cancelled,
                                      progress=lambda done, total, name: self.progress.emit(volume, done, total,
                                                                                            name))

        job = self.jobs.submit(f"ingest {volume.root}", work,
                               finished=lambda summary, v=volume: self._done(v, summary),
                               failed=lambda message, v=volume: self._failed(v, message),
                               cancelled=lambda v=volume: self.active.pop(v, None))
        self.active[volume] = job
        self.started.emit(volume)

    def cancel(self, volume) -> None:
        job = self.active.get(volume)
        if job is not None:
            job.cancel()

    def _pulled_out(self, volume) -> None:
        self.cancel(volume)

    def _done(self, volume, summary) -> None:
        self.active.pop(volume, None)
        self.ingested += 1
        logger.info("ingest of %s: %s", volume.root, summary.status)
        self.finished.emit(volume, summary)

    def _failed(self, volume, message: str) -> None:
        self.active.pop(volume, None)
        logger.warning("ingest of %s failed: %s", volume.root, message)
        self.failed.emit(volume, message)
