"""The one background-job primitive of the app.

A `Job` is a `QRunnable` carrying a `JobSignals` QObject: `progress(done, total)`, `finished(result)`,
`failed(message)` and `cancelled()`. The work function gets a `JobControl` to report progress and to
check for cancellation between chunks. Results reach the GUI only through the signals (queued to the
GUI thread). The `JobRunner` keeps references to running jobs and waits for them on shutdown.
Work functions open their own unit of work: sessions never cross threads.
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from inspector_app.errors import AppError

logger = logging.getLogger(__name__)


class JobCancelled(Exception):
    """Raised by `JobControl.check()` when the job was asked to stop."""


class JobControl:
    def __init__(self, signals: "JobSignals", cancel_event: threading.Event) -> None:
        self._signals = signals
        self._cancel = cancel_event

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def cancel_event(self) -> threading.Event:
        """Set when the job is asked to stop: for work that waits on something else (NCALayer, a server)."""
        return self._cancel

    def check(self) -> None:
        if self._cancel.is_set():
            raise JobCancelled()

    def progress(self, done: int, total: int) -> None:
        self._signals.progress.emit(int(done), int(total))


class JobSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    done = Signal()  # always last, whatever the outcome


class Job(QRunnable):
    def __init__(self, title: str, work: Callable[[JobControl], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.title = title
        self.work = work
        self.signals = JobSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        control = JobControl(self.signals, self._cancel)
        try:
            result = self.work(control)
        except JobCancelled:
            self.signals.cancelled.emit()
        except AppError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # a bug: keep the app alive, say what happened
            logger.exception("job %r failed", self.title)
            self.signals.failed.emit(f"{type(error).__name__}: {error}")
        else:
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)
        finally:
            self.signals.done.emit()


class JobRunner(QObject):
    """Starts jobs on a thread pool and keeps them alive until they end."""

    job_started = Signal(object)
    job_ended = Signal(object)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._running: set[Job] = set()

    def start(self, job: Job) -> Job:
        self._running.add(job)
        job.signals.done.connect(lambda job=job: self._ended(job))
        self.job_started.emit(job)
        self.pool.start(job)
        return job

    def submit(self, title: str, work: Callable[[JobControl], Any], *, finished: Callable | None = None,
               failed: Callable | None = None, progress: Callable | None = None,
               cancelled: Callable | None = None, ended: Callable | None = None) -> Job:
        """Make a job, connect the handlers given (before it starts, so no signal is missed: a quick job may
        end before the next line of the caller runs), start it. `ended` comes last, whatever the outcome."""
        job = Job(title, work)
        for signal, handler in ((job.signals.finished, finished), (job.signals.failed, failed),
                                (job.signals.progress, progress), (job.signals.cancelled, cancelled),
                                (job.signals.done, ended)):
            if handler is not None:
                signal.connect(handler)
        return self.start(job)

    def running(self) -> list[Job]:
        return list(self._running)

    def _ended(self, job: Job) -> None:
        self._running.discard(job)
        # A job's last signal is queued to this thread: it may arrive after the window owning this runner was
        # deleted (its jobs waited for, its events not yet delivered). Then there is nobody left to tell.
        if shiboken6.isValid(self):
            self.job_ended.emit(job)

    def shutdown(self, timeout_ms: int = 30000) -> bool:
        """Ask every job to stop and wait for them; True when all ended in time."""
        for job in list(self._running):
            job.cancel()
        return self.pool.waitForDone(timeout_ms)
