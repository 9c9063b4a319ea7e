"""Exporting an evidence package for a court from the footage page (п.13): the selected recording, or every
recording of its issue, written as a new folder or ZIP file (a USB stick, a network share) in the background,
with progress and Cancel. The service checks the permission and the vault; it verifies what it wrote and
leaves nothing behind when it fails or is cancelled.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QWidget,
)

from inspector_app.domain.recordings import Recording, RecordingFilter
from inspector_app.errors import AppError, OperationCancelled
from inspector_app.services.evidence_package import EvidencePackager
from ui.jobs import JobCancelled, JobRunner
from ui.mnemonics import assign_mnemonics
from ui.widgets import show_error, text_width

logger = logging.getLogger(__name__)

STEPS = 1000  # the progress bar's scale: a package may be larger than a Qt int counts in bytes
ISSUE_LIMIT = 10_000


class EvidenceExportDialog(QDialog):
    """Where the package goes, in which language, and whether the whole issue goes with the recording."""

    def __init__(self, recording: Recording, issue_count: int, folder: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceExportDialog")
        self.setWindowTitle(self.tr("Export evidence package"))
        self.only_this = QRadioButton(self.tr("This recording ({0})").format(recording.source_name),
                                      objectName="evidenceOnlyThis", checked=True)
        self.whole_issue = QRadioButton(self.tr("All {0} recordings of its issue").format(issue_count),
                                        objectName="evidenceWholeIssue", enabled=issue_count > 1)
        self.language = QComboBox(objectName="evidenceLanguage")
        self.language.addItem(self.tr("Kazakh"), "kk")
        self.language.addItem(self.tr("Russian"), "ru")
        self.as_zip = QCheckBox(self.tr("One ZIP file"), objectName="evidenceZip")
        self.folder = QLineEdit(folder, objectName="evidenceFolder")
        browse = QPushButton(self.tr("Browse…"), objectName="evidenceBrowse")
        browse.clicked.connect(self._browse)
        stamp = recording.ingested_at.strftime("%Y%m%d")
        self.name = QLineEdit(f"evidence-{recording.inventory_number}-{stamp}-{recording.id}", objectName="evidenceName")
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Recordings:"), self.only_this)
        form.addRow("", self.whole_issue)
        form.addRow(self.tr("Custody sheet language:"), self.language)
        form.addRow(QLabel(self.tr("Folder (USB stick, network share):"), buddy=self.folder), where)
        form.addRow(self.tr("Package name:"), self.name)
        form.addRow("", self.as_zip)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        assign_mnemonics(self)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Where to write the package"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def target(self) -> Path:
        name = self.name.text().strip()
        if self.as_zip.isChecked() and not name.lower().endswith(".zip"):
            name += ".zip"
        return Path(self.folder.text().strip()) / name


class EvidenceExport(QWidget):
    """The button, and while a package is written, its progress and Cancel."""

    exported = Signal(object)  # the PackageResult

    def __init__(self, ctx, user, recordings, jobs: JobRunner, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.user, self.recordings, self.jobs = ctx, user, recordings, jobs
        self.recording: Recording | None = None
        self.job = None
        self.folder = str(Path.home())
        self.button = QPushButton(objectName="evidenceExportButton", enabled=False)
        self.button.clicked.connect(self.start)
        self.progress = QProgressBar(objectName="evidenceProgress", minimum=0, maximum=STEPS, visible=False)
        self.progress.setMaximumWidth(text_width(self.progress, 16))
        self.cancel_button = QPushButton(objectName="evidenceCancel", visible=False)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.progress, self.cancel_button, self.button):
            layout.addWidget(widget)
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Export evidence package…"))
        self.cancel_button.setText(self.tr("Cancel"))

    def set_recording(self, recording: Recording | None, locked: bool) -> None:
        self.recording = recording if recording is not None and recording.id is not None else None
        self.button.setEnabled(self.recording is not None and not locked and self.job is None)

    def _issue_ids(self, recording: Recording) -> list[int]:
        if recording.entry_id is None:
            return [recording.id]
        rows = self.recordings.list(self.user, RecordingFilter(entry_id=recording.entry_id), 0, ISSUE_LIMIT)
        return [r.id for r in rows] or [recording.id]

    def start(self) -> None:
        recording = self.recording
        if recording is None or self.job is not None:
            return
        try:
            issue = self._issue_ids(recording)
        except AppError as error:
            show_error(self, error)
            return
        dialog = self.make_dialog(recording, len(issue))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.folder = dialog.folder.text()
        ids = issue if dialog.whole_issue.isChecked() else [recording.id]
        self.run(ids, dialog.target(), dialog.language.currentData(), dialog.as_zip.isChecked())

    def make_dialog(self, recording: Recording, issue_count: int) -> EvidenceExportDialog:
        return EvidenceExportDialog(recording, issue_count, self.folder, self)

    def run(self, recording_ids: list[int], target: Path, lang: str, as_zip: bool):
        ctx, user = self.ctx, self.user

        def work(control):
            def progress(done: int, total: int) -> None:
                control.progress(done * STEPS // max(total, 1), STEPS)
            try:
                return EvidencePackager(ctx).export(user, recording_ids, target, lang, as_zip=as_zip,
                                                    progress=progress, cancel=lambda: control.cancelled)
            except OperationCancelled:
                raise JobCancelled() from None

        self._busy(True)
        self.job = self.jobs.submit(self.tr("Exporting an evidence package"), work, finished=self._finished,
                                    failed=self._failed, cancelled=self._cancelled,
                                    progress=lambda done, total: self.progress.setValue(done))
        return self.job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _busy(self, busy: bool) -> None:
        self.progress.setValue(0)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.button.setEnabled(not busy and self.recording is not None)

    def _finished(self, result) -> None:
        self.job = None
        self._busy(False)
        self.exported.emit(result)
        QMessageBox.information(self, self.tr("Evidence package"), self.tr(
            "{0} recording(s) written to {1} and verified.\nSHA-256 of manifest.json: {2}").format(
            result.recordings, result.path, result.manifest_sha256))

    def _failed(self, message: str) -> None:
        self.job = None
        self._busy(False)
        show_error(self, message)

    def _cancelled(self) -> None:
        self.job = None
        self._busy(False)
