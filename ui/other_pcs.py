"""Seeing what the unit's other PCs did: a light poll of the audit trail's newest event.

Every change of the journal, the recorders, the inspections or the footage appends an event to the unit's
audit trail, whichever PC made it. Every few seconds the window reads the newest event's number in the
background (one indexed row, in the job runner: a slow server never blocks the window); when it moved, the
pages that show the unit's state read it again, keeping their selection. A change made on this PC moves it
too, which costs one reload of pages that are cheap to read.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from ui.jobs import JobRunner

logger = logging.getLogger(__name__)

POLL_MS = 10_000


class OtherPcsWatcher(QObject):
    changed = Signal()

    def __init__(self, ctx, jobs: JobRunner, interval_ms: int = POLL_MS, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.jobs = ctx, jobs
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.poll)
        self.last_seq: int | None = None
        self.polling = None
        self.stopped = False

    def start(self) -> None:
        self.poll()
        self.timer.start()

    def stop(self) -> None:
        """No more reads; one still under way is dropped when it comes back."""
        self.stopped = True
        self.timer.stop()
        if self.polling is not None:
            self.polling.signals.finished.disconnect(self._read)
            self.polling.signals.failed.disconnect(self._failed)
            self.polling = None

    def poll(self) -> None:
        if self.polling is not None or self.stopped:  # the last read has not come back (a slow server): skip
            return
        self.polling = self.jobs.submit("newest audit event", lambda _control: self._newest_seq(),
                                        finished=self._read, failed=self._failed)

    def _newest_seq(self) -> int:
        head = self.ctx.audit.head()
        return head.seq if head is not None else 0

    def _read(self, seq: int) -> None:
        self.polling = None
        if self.stopped:
            return
        moved = self.last_seq is not None and seq != self.last_seq
        self.last_seq = seq
        if moved:
            self.changed.emit()

    def _failed(self, message: str) -> None:
        self.polling = None
        logger.warning("the unit's newest change could not be read: %s", message)
