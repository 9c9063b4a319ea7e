"""For the head, on the inspections page: an inspection's materials going to a court or the authorised body
(п.14). "Hold for a court…" places a legal hold on every recording its violations cite (they are then never
destroyed while the hold lasts); "Evidence package…" writes those recordings, decrypted byte for byte, with the
inspection's acts and their signatures, as a verified package (a folder) in the background.

Only someone who keeps the footage sees these buttons (the services check it again); an inspector's evidence
goes to a court through the head.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QInputDialog, QLabel, QMessageBox, QPushButton, QWidget

from inspector_app.domain.roles import Permission, allows
from inspector_app.errors import AppError
from inspector_app.services.evidence_package import EvidencePackager
from ui.widgets import Retranslatable, show_error


class CourtActions(Retranslatable, QWidget):
    def __init__(self, ctx, user, jobs=None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("courtActions")
        self.ctx, self.user, self.jobs = ctx, user, jobs
        self.inspection = None
        self.hold_button = QPushButton(objectName="holdForCourtButton", clicked=self.hold_for_court)
        self.package_button = QPushButton(objectName="inspectionPackageButton")
        self.package_button.clicked.connect(lambda *_: self.export_package())
        self.status = QLabel(objectName="courtStatus")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hold_button)
        layout.addWidget(self.package_button)
        layout.addWidget(self.status, 1)
        self.setVisible(allows(user.role, Permission.ACCESS_FOOTAGE) and allows(user.role, Permission.PLACE_LEGAL_HOLD))
        self.retranslate()
        self.show_inspection(None)

    def retranslate(self) -> None:
        self.hold_button.setText(self.tr("Hold for a court…"))
        self.hold_button.setToolTip(self.tr("A legal hold on every recording the violations cite: none of them is "
                                            "destroyed while it lasts"))
        self.package_button.setText(self.tr("Evidence package…"))

    def show_inspection(self, inspection) -> None:
        self.inspection = inspection
        self.status.clear()
        self.hold_button.setEnabled(inspection is not None)
        self.package_button.setEnabled(inspection is not None)

    def _evidence(self) -> list[int]:
        violations = self.ctx.inspections.violations(self.user, self.inspection.id)
        return sorted({e.recording_id for v in violations for e in v.data.evidence})

    def hold_for_court(self):
        if self.inspection is None:
            return None
        reason, ok = QInputDialog.getText(self, self.tr("Hold for a court"),
                                          self.tr("Where the materials go, and the reference (e.g. a court's case "
                                                  "number):"))
        if not ok:
            return None
        try:
            holds = self.ctx.retention.hold_inspection(self.user, self.inspection.id, reason)
        except AppError as error:
            show_error(self, error)
            return None
        self.status.setText(self.tr("%Ln recording(s) held.", "", len(holds)))
        return holds

    def export_package(self, target: Path | None = None, lang: str | None = None):
        if self.inspection is None:
            return
        try:
            recordings = self._evidence()
        except AppError as error:
            show_error(self, error)
            return
        if not recordings:
            QMessageBox.information(self, self.tr("Evidence package"),
                                    self.tr("The violations of this inspection cite no recording."))
            return
        if target is None:
            start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            folder = QFileDialog.getExistingDirectory(self, self.tr("Where to write the package"), start)
            if not folder:
                return
            target = Path(folder) / f"evidence-inspection-{self.inspection.id}"
        lang = lang or ("kk" if self.ctx.config.get("language") == "kk" else "ru")
        ctx, user, inspection_id = self.ctx, self.user, self.inspection.id

        def work(control=None):
            return EvidencePackager(ctx).export(user, recordings, target, lang, inspection_id=inspection_id,
                                                cancel=(lambda: control.cancelled) if control else None)

        self.status.setText(self.tr("Writing the evidence package…"))
        self.package_button.setEnabled(False)
        if self.jobs is None:
            try:
                self._written(work())
            except AppError as error:
                self._failed(error)
            return
        self.jobs.submit(self.tr("Evidence package"), work, finished=self._written, failed=self._failed_text)

    def _written(self, result) -> None:
        self.package_button.setEnabled(self.inspection is not None)
        self.status.setText(self.tr("Written and verified: {0}").format(str(result.path)))

    def _failed(self, error: AppError) -> None:
        self.package_button.setEnabled(self.inspection is not None)
        self.status.clear()
        show_error(self, error)

    def _failed_text(self, text: str) -> None:
        self.package_button.setEnabled(self.inspection is not None)
        self.status.setText(text)
