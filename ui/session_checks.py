"""What the window checks in the background while the head or the responsible person is signed in.

When the session starts, and then every 24 hours while it lasts: the PC clock (`ctx.clock_guard.check()`,
which records an anomaly the first time it sees one), the pending time-stamps fetched from the unit's
time-stamp authority when one is set, and the daily rolling check of the store
(`ctx.integrity.run_scheduled`) when the last verification in the audit trail is older than 24 hours.
Every check runs in the job runner: the window never waits for the database, the network or the disk.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from inspector_app.domain.audit import AuditFilter, AuditKind
from ui.jobs import Job, JobRunner

logger = logging.getLogger(__name__)

DAY_MS = 24 * 3600 * 1000
ROLLING_EVERY = timedelta(hours=24)


class SessionChecks(QObject):
    clock_checked = Signal(object)          # ClockState
    timestamps_fetched = Signal(object)     # FetchResult
    verification_finished = Signal(object)  # IntegrityReport of a rolling check that ran

    def __init__(self, ctx, user, jobs: JobRunner, interval_ms: int = DAY_MS, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.user, self.jobs = ctx, user, jobs
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.run)
        self.jobs_started: list = []
        self.rolling_job = None
        self.stopped = False
        self._thread_added = False

    def attach(self, audit_page=None, notifications_bar=None) -> None:
        """Show what the checks find on the audit page and in the notifications bar (either may be None)."""
        def clock_checked(state) -> None:
            if audit_page is not None:
                audit_page.banner.show_state(state)
            if not state.trusted and notifications_bar is not None:
                notifications_bar.refresh()  # the anomaly is a notification too

        def trail_changed(refresh_banner: bool = False) -> None:
            if audit_page is not None and audit_page.isVisible():
                audit_page.reload()
            if audit_page is not None and refresh_banner:
                audit_page.banner.refresh()

        self.clock_checked.connect(clock_checked)
        self.timestamps_fetched.connect(lambda _result: trail_changed(refresh_banner=True))
        self.verification_finished.connect(lambda _report: trail_changed())

    def start(self) -> None:
        # A thread of its own in the shared pool: a rolling check that re-hashes for minutes takes none of
        # the threads that prints, exports and the page's own verification use.
        self.jobs.pool.setMaxThreadCount(self.jobs.pool.maxThreadCount() + 1)
        self._thread_added = True
        self.run()
        self.timer.start()

    def stop(self) -> None:
        """The session ended: no more checks; a rolling check under way is cancelled, results are dropped."""
        self.stopped = True
        self.timer.stop()
        if self._thread_added:
            self._thread_added = False
            self.jobs.pool.setMaxThreadCount(max(1, self.jobs.pool.maxThreadCount() - 1))
        if self.rolling_job is not None:
            self.rolling_job.cancel()
            self.rolling_job = None

    def run(self) -> None:
        if self.stopped:
            return
        ctx = self.ctx
        guard = ctx.clock_guard
        self._submit("checking the PC clock", lambda _control: guard.check(), self._clock_checked)
        trusted = ctx.trusted_time
        if trusted is not None and trusted.url:
            self._submit("fetching time-stamps", lambda control: trusted.fetch_pending(lambda: control.cancelled),
                         self._fetched)
        if self.rolling_job is None:
            self.rolling_job = self._submit("the daily rolling check", self._rolling, self._rolled,
                                            ended=self._rolling_ended)

    def _submit(self, title: str, work, finished, ended=None) -> Job:
        job = Job(title, work)  # every handler connected before it starts, so none is missed
        job.signals.finished.connect(finished)
        job.signals.failed.connect(lambda message, title=title: logger.warning("%s failed: %s", title, message))
        if ended is not None:
            job.signals.done.connect(ended)
        self.jobs_started = self.jobs_started[-9:] + [job]  # the latest, for tests and the log
        return self.jobs.start(job)

    def _rolling(self, control):
        """In the job: the rolling check if the last verification is older than a day; None otherwise."""
        ctx = self.ctx
        last = ctx.audit.list(self.user, AuditFilter(kind=AuditKind.VERIFICATION, newest_first=True), 0, 1)
        if last and ctx.clock.now() - last[0].at < ROLLING_EVERY:
            return None
        days = ctx.unit_settings.get("rolling_check_days")
        logger.info("daily rolling check: recordings not verified in %s days", days)
        return ctx.integrity.run_scheduled(days, cancel=lambda: control.cancelled)

    # results, in the GUI thread
    def _clock_checked(self, state) -> None:
        if not self.stopped:
            self.clock_checked.emit(state)

    def _fetched(self, result) -> None:
        if not self.stopped:
            self.timestamps_fetched.emit(result)

    def _rolled(self, report) -> None:
        if report is not None and not self.stopped:
            self.verification_finished.emit(report)

    def _rolling_ended(self) -> None:
        self.rolling_job = None
