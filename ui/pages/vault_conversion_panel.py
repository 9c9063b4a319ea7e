"""Encrypting the footage stored before the unit had a storage password (п.6, п.13), for the head: how many
recordings are still plain, then "Encrypt the footage stored earlier…" in the app's job runner with a
progress bar and Cancel.

`VaultConversion.run` verifies the whole store first (the bar is busy meanwhile), encrypts every plain
object in place (the bar counts them), seals the thumbnails and verifies again. Counting what is left
opens every stored file's header, so it runs in the job runner too. A cancelled or failed run loses
nothing: the next one goes on where it stopped.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QProgressBar, QPushButton, QWidget

from inspector_app.errors import AppError
from inspector_app.services.vault_conversion import VaultConversion
from ui.jobs import JobRunner
from ui.widgets import Retranslatable, show_error, text_width

logger = logging.getLogger(__name__)


class VaultConversionPanel(Retranslatable, QWidget):
    finished = Signal(object)   # the ConversionReport of a run that ended, None when cancelled
    counted = Signal(int)       # recordings still plain

    def __init__(self, ctx, user, jobs: JobRunner | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("vaultConversionPanel")
        self.ctx, self.user = ctx, user
        self.jobs = jobs or JobRunner(self)
        self.job = self.count_job = None
        self.plain_left: int | None = None
        self.report = None
        self.message = ""
        self.encrypt_button = QPushButton(objectName="encryptFootageButton", clicked=self.ask_and_run)
        self.progress = QProgressBar(objectName="conversionProgress", minimum=0, maximum=0)
        self.progress.setMaximumWidth(text_width(self.progress, 30))
        self.cancel_button = QPushButton(objectName="conversionCancelButton", clicked=self.cancel)
        self.status = QLabel(objectName="conversionStatus", wordWrap=True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.encrypt_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.status, 1)
        self._busy(False)
        self.hide()  # until counted: nothing to say when nothing is plain
        self.retranslate()

    def retranslate(self) -> None:
        self.encrypt_button.setText(self.tr("Encrypt the footage stored earlier…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_status()

    # counting
    def refresh(self) -> None:
        """Count the plain recordings in the background; the panel shows when there are any (or a run's result)."""
        if self.count_job is not None or self.job is not None or not self.ctx.keyring.is_set_up:
            self.setVisible(self.job is not None)
            return
        ctx = self.ctx
        self.count_job = self.jobs.submit("count plain footage", lambda _c: VaultConversion(ctx).plain_left(),
                                          finished=self._counted, failed=self._count_failed)

    def _counted(self, left: int) -> None:
        self.count_job = None
        self.plain_left = left
        self.setVisible(bool(left) or bool(self.message))
        self._show_status()
        self.counted.emit(left)

    def _count_failed(self, message: str) -> None:
        self.count_job = None
        logger.warning("counting the plain footage failed: %s", message)

    # running
    def ask_and_run(self) -> None:
        answer = QMessageBox.question(self, self.tr("Encrypt the footage stored earlier"), self.tr(
            "{0} recording(s) were stored before the storage password was set and lie on the disk unencrypted. "
            "The store is verified first, then each is encrypted in place and the store verified again. On a large "
            "store this takes a while; you can go on working, or cancel and go on later where it stopped.").format(
            self.plain_left or 0))
        if answer == QMessageBox.StandardButton.Yes:
            self.run()

    def run(self):
        if self.job is not None:
            return self.job
        ctx, actor = self.ctx, self.user

        def work(control):
            try:
                return VaultConversion(ctx).run(actor, cancel=lambda: control.cancelled, progress=control.progress)
            except AppError as error:  # shown in the interface language
                return error

        self.message, self.report = "", None
        self._busy(True)
        self.status.setText(self.tr("Verifying the store before encrypting…"))
        job = self.jobs.submit(self.tr("Encrypting the footage"), work, finished=self._finished,
                               failed=self._failed, progress=self._progress, cancelled=self._cancelled)
        self.destroyed.connect(lambda *_: job.cancel())  # the session ended: stop, it resumes next time
        self.job = job
        return job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _busy(self, busy: bool) -> None:
        self.encrypt_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)  # busy until the first file: the verification runs first
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(self.tr("Encrypting: {0} of {1}").format(done, total))

    def _finished(self, report) -> None:
        if isinstance(report, AppError):
            self._failed(report)
            return
        self.job, self.report = None, report
        self._busy(False)
        if report.ok:
            self.message = self.tr("Done: {0} file(s) encrypted, {1} thumbnail(s) sealed; the store was verified "
                                   "before and after.").format(report.files_encrypted, report.thumbnails_sealed)
        else:
            self.message = self.tr("Not encrypted: the verification found problems; see the audit section.")
        self._show_status()
        self.finished.emit(report)
        self.refresh()

    def _failed(self, message) -> None:
        self.job = None
        self._busy(False)
        self.message = ""
        self._show_status()
        show_error(self, message)
        self.refresh()

    def _cancelled(self) -> None:
        self.job = None
        self._busy(False)
        self.message = self.tr("Cancelled: what is encrypted stays so; start again to go on.")
        self._show_status()
        self.finished.emit(None)
        self.refresh()

    def _show_status(self) -> None:
        if self.job is not None:
            return
        parts = [self.message] if self.message else []
        if self.plain_left:
            parts.append(self.tr("%Ln recording(s) stored before the storage password are not encrypted yet.", "",
                                 self.plain_left))
        self.status.setText(" ".join(parts))
        self.status.setStyleSheet("color: #b00020;" if self.plain_left else "color: #1b6e20;")
