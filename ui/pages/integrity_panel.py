"""Verification of the whole store from the audit page: the choice of what to verify, the run in a
background job with a progress bar and a Cancel button, then the report in a dialog.

`ctx.integrity.run` re-hashes every stored file on all cores; on a real store that takes minutes, so it
runs only in the app's job runner. Its progress comes in bytes, from several hashing threads at once:
the panel passes on per-mille steps only, so the GUI gets at most a thousand updates.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from inspector_app.errors import AppError
from ui.dialogs.integrity_dialogs import IntegrityReportDialog, VerifyOptionsDialog
from ui.jobs import JobRunner
from ui.widgets import Retranslatable, show_error, text_width

logger = logging.getLogger(__name__)

STEPS = 1000


class PerMille:
    """Turns (done, total) byte counts from several threads into at most STEPS progress reports."""

    def __init__(self, report) -> None:
        self.report = report
        self.last = -1
        self.lock = threading.Lock()

    def __call__(self, done: int, total: int, _name: str = "") -> None:
        step = STEPS if total <= 0 else min(STEPS, done * STEPS // total)
        with self.lock:
            if step <= self.last:
                return
            self.last = step
        self.report(step, STEPS)


class IntegrityPanel(Retranslatable, QWidget):
    finished = Signal(object)  # the IntegrityReport of a run that ended

    def __init__(self, ctx, user, jobs: JobRunner | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("integrityPanel")
        self.ctx, self.user = ctx, user
        self.jobs = jobs or JobRunner(self)
        self.job = None
        self.report = None
        self.report_dialog: IntegrityReportDialog | None = None
        self.verify_button = QPushButton(objectName="verifyButton", clicked=self.ask_and_verify)
        self.progress = QProgressBar(objectName="verifyProgress", minimum=0, maximum=STEPS)
        self.progress.setMaximumWidth(text_width(self.progress, 27))
        self.progress.hide()
        self.cancel_button = QPushButton(objectName="verifyCancelButton", clicked=self.cancel)
        self.cancel_button.hide()
        self.status = QLabel(objectName="verifyStatus")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.verify_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.status, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.verify_button.setText(self.tr("Verify everything…"))
        self.cancel_button.setText(self.tr("Cancel"))
        if self.job is not None:
            self.status.setText(self.tr("Verifying…"))

    # running
    def running(self) -> bool:
        return self.job is not None

    def ask_and_verify(self) -> None:
        dialog = VerifyOptionsDialog(self.ctx.unit_settings.get("rolling_check_days"), self)
        try:
            if not dialog.exec():
                return
            days = dialog.result_value
        finally:
            dialog.deleteLater()
        self.verify(days)

    def verify(self, not_verified_days: int | None = None):
        """Start a verification in the background: everything, or the recordings not verified in N days."""
        if self.job is not None:
            return self.job
        integrity, actor = self.ctx.integrity, self.user

        def work(control):
            try:
                return integrity.run(actor, not_verified_days=not_verified_days, cancel=lambda: control.cancelled,
                                     progress=PerMille(control.progress))
            except AppError as error:  # shown in the interface language, not as the service's English text
                return error

        self._busy(True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Verifying…"))
        job = self.jobs.submit(self.tr("Verifying the store"), work, finished=self._finished, failed=self._failed,
                               progress=self._progress, cancelled=self._cancelled)
        self.destroyed.connect(lambda *_: job.cancel())  # the session ended (the page is gone): stop re-hashing
        self.job = job
        return job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _busy(self, busy: bool) -> None:
        self.verify_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _finished(self, report) -> None:
        if isinstance(report, AppError):
            self._failed(report)
            return
        self.job = None
        self._busy(False)
        self.report = report
        self.status.setText(self.tr("OK: no problem found") if report.ok
                            else self.tr("Problems found: {0}").format(len(report.problems)))
        self.status.setStyleSheet("color: #1b6e20;" if report.ok else "color: #b00020;")
        self.show_report(report)
        self.finished.emit(report)

    def _failed(self, message: AppError | str) -> None:
        self.job = None
        self._busy(False)
        self.status.setText("")
        show_error(self, message)

    def _cancelled(self) -> None:
        self.job = None
        self._busy(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Verification cancelled"))
        self.finished.emit(None)

    def show_report(self, report) -> None:
        """The report in a dialog that does not block: the page stays usable, and tests can read it."""
        if self.report_dialog is not None:
            self.report_dialog.close()
        self.report_dialog = IntegrityReportDialog(report, self)
        self.report_dialog.finished.connect(lambda *_: self._report_closed())
        self.report_dialog.open()

    def _report_closed(self) -> None:
        if self.report_dialog is not None:
            self.report_dialog.deleteLater()
            self.report_dialog = None
