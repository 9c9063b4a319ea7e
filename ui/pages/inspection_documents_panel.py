"""The documents of the selected inspection: issuing the act and the prescription, a draft to look at first,
saving an issued document's frozen PDF, and signing it with a key file or through NCALayer.

Rendering a PDF and signing through NCALayer (which waits for the person's PIN) run as background jobs when the
page has a job runner; whether NCALayer answers on this PC is asked in the background too, and its button is
enabled only when it does.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from inspector_app.documents.inspection_content import Official
from inspector_app.domain.inspections import DocumentKind
from inspector_app.errors import AppError
from inspector_app.ncalayer import DEFAULT_URL, NcaLayerClient, is_running
from ui.dialogs.document_dialogs import IssueDocumentDialog, KeyFileSignDialog
from ui.models.inspection_models import DocumentRow, DocumentsTableModel, catalogue_language
from ui.pages.table_view import make_table, select_row_where, selected_item
from ui.widgets import Retranslatable, show_error

logger = logging.getLogger(__name__)


class _Failure:
    """An `AppError` carried back from a job, so the GUI thread shows it translated."""

    def __init__(self, error: AppError) -> None:
        self.error = error


def _pdf_path(path: str) -> str:
    return path if path.lower().endswith(".pdf") else f"{path}.pdf"


class DocumentsPanel(Retranslatable, QWidget):
    changed = Signal()  # a document was issued or signed

    def __init__(self, ctx, user, jobs=None, people=None, ncalayer_url: str = DEFAULT_URL, ncalayer_probe=None,
                 parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.user, self.jobs, self.people = ctx, user, jobs, people or {}
        self.ncalayer_url = ncalayer_url
        self.ncalayer_probe = ncalayer_probe or (lambda: is_running(self.ncalayer_url))
        self.ncalayer_ready = False
        self.checking_ncalayer = False
        self.busy = False
        self.inspection = None
        self.model = DocumentsTableModel(ctx.timezone(), self)
        self.table, _ = make_table(self.model, "documentsTable")
        self.title = QLabel(objectName="documentsTitle")
        self.issue_act_button = QPushButton(objectName="issueActButton",
                                            clicked=lambda: self.issue(DocumentKind.ACT))
        self.issue_prescription_button = QPushButton(objectName="issuePrescriptionButton",
                                                     clicked=lambda: self.issue(DocumentKind.PRESCRIPTION))
        self.draft_button = QPushButton(objectName="previewDraftButton")
        self.draft_menu = QMenu(self.draft_button)
        self.draft_act = self.draft_menu.addAction("", lambda: self.preview_draft(DocumentKind.ACT))
        self.draft_prescription = self.draft_menu.addAction("", lambda: self.preview_draft(DocumentKind.PRESCRIPTION))
        self.draft_button.setMenu(self.draft_menu)
        self.save_button = QPushButton(objectName="savePdfButton", clicked=self.save_pdf)
        self.sign_file_button = QPushButton(objectName="signKeyFileButton", clicked=self.sign_with_key_file)
        self.sign_nca_button = QPushButton(objectName="signNcaLayerButton", clicked=self.sign_with_ncalayer)
        self.status = QLabel(objectName="documentsStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        # Two rows of buttons: beside the violations the panel has about half of a 1280-pixel screen.
        for buttons in ((self.issue_act_button, self.issue_prescription_button, self.draft_button),
                        (self.save_button, self.sign_file_button, self.sign_nca_button)):
            bar = QHBoxLayout()
            for button in buttons:
                bar.addWidget(button)
            bar.addStretch()
            layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.retranslate()
        self.set_inspection(None)
        self.check_ncalayer()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Documents of the inspection"))
        self.table.setAccessibleName(self.title.text())
        self.issue_act_button.setText(self.tr("Issue act…"))
        self.issue_prescription_button.setText(self.tr("Issue prescription…"))
        self.draft_button.setText(self.tr("Draft"))
        self.draft_act.setText(self.tr("Draft act…"))
        self.draft_prescription.setText(self.tr("Draft prescription…"))
        self.save_button.setText(self.tr("Save PDF…"))
        self.sign_file_button.setText(self.tr("Sign with key file…"))
        self.sign_nca_button.setText(self.tr("Sign with NCALayer"))
        self.sign_nca_button.setToolTip("" if self.ncalayer_ready else
                                        self.tr("NCALayer is not running on this PC"))
        self.model.relabel()

    # background work
    def _run(self, title: str, work, done, with_control: bool = False) -> None:
        """`work()` (`work(control)` when `with_control`) in the background when there is a job runner (inline
        otherwise); `done(result)` after, or the error shown."""
        def guarded(_control=None):
            try:
                return work(_control) if with_control else work()
            except AppError as error:
                return _Failure(error)

        def finished(result) -> None:
            if not isValid(self):  # the page went away (signed out) while the job ran
                return
            self._set_busy(False)
            if isinstance(result, _Failure):
                self.status.clear()
                show_error(self, result.error)
            else:
                done(result)

        self._set_busy(True)
        self.status.setText(title)
        if self.jobs is None:
            finished(guarded())
        else:
            self.jobs.submit(title, guarded, finished=finished, failed=self._failed)

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.status.clear()
        show_error(self, message)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def check_ncalayer(self) -> None:
        """Ask in the background whether NCALayer answers (never without a job runner: it may take seconds)."""
        if self.jobs is None or self.checking_ncalayer:
            return
        self.checking_ncalayer = True
        probe = self.ncalayer_probe
        self.jobs.submit("NCALayer", lambda _control: probe(), finished=self._ncalayer_checked,
                         failed=lambda _message: isValid(self) and self._ncalayer_checked(False))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        """NCALayer may have been started since the last look: ask again when the panel comes into sight."""
        super().showEvent(event)
        if not self.ncalayer_ready:
            self.check_ncalayer()

    def _ncalayer_checked(self, ready) -> None:
        self.checking_ncalayer = False
        self.ncalayer_ready = bool(ready)
        self.retranslate()
        self._update_buttons()

    # the inspection shown
    def set_inspection(self, inspection) -> None:
        self.inspection = inspection
        self.reload()

    def reload(self) -> None:
        selected = self.selected()
        rows = []
        if self.inspection is not None:
            try:
                rows = [DocumentRow(d, len(self.ctx.documents.signatures(self.user, d.id)))
                        for d in self.ctx.documents.documents(self.user, self.inspection.id)]
            except AppError as error:
                show_error(self, error)
        self.model.set_items(rows)
        self.table.resizeColumnsToContents()
        if selected is not None:
            select_row_where(self.table, lambda r: r.id == selected.id)
        self._update_buttons()

    def selected(self):
        row = selected_item(self.table)
        return row.document if row is not None else None

    def _update_buttons(self, *_args) -> None:
        has_inspection = self.inspection is not None and not self.busy
        has_document = has_inspection and self.selected() is not None
        for button in (self.issue_act_button, self.issue_prescription_button, self.draft_button):
            button.setEnabled(has_inspection)
        self.save_button.setEnabled(has_document)
        self.sign_file_button.setEnabled(has_document)
        self.sign_nca_button.setEnabled(has_document and self.ncalayer_ready)

    # actions
    def _lead(self) -> Official:
        lead_id = self.inspection.data.lead_inspector_id
        if lead_id == self.user.id:
            return Official(self.user.full_name, self.user.position)
        name, position = self.people.get(lead_id, (f"#{lead_id}", ""))
        return Official(name, position)

    def issue(self, kind: DocumentKind) -> None:
        if self.inspection is None:
            return
        docs = [row.document for row in self.model.items()]
        replaced = {d.replaces_id for d in docs}
        replaceable = [d for d in docs if d.kind is DocumentKind(kind) and d.id not in replaced]
        dialog = IssueDocumentDialog(self.inspection, kind, self._lead(), self.ctx.timezone(), self.ctx.clock.now(),
                                     catalogue_language(), replaceable, self)
        try:
            if not dialog.exec():
                return
            options = dialog.result_value
        finally:
            dialog.deleteLater()
        documents, actor, inspection_id = self.ctx.documents, self.user, self.inspection.id

        def done(document) -> None:
            self.reload()
            select_row_where(self.table, lambda r: r.id == document.id)
            self.status.setText(self.tr("Issued № {0} (SHA-256 {1}…).").format(document.number,
                                                                                document.sha256[:12]))
            self.changed.emit()

        self._run(self.tr("Issuing the document…"), lambda: documents.issue(actor, inspection_id, kind, **options),
                  done)

    def preview_draft(self, kind: DocumentKind = DocumentKind.ACT) -> None:
        """The document as it would be issued now, marked as a draft, saved where the person says."""
        if self.inspection is None:
            return
        lang = catalogue_language()
        path = self._save_as(self.tr("Save the draft as"), f"draft-{kind.value}-{self.inspection.id}-{lang}.pdf")
        if not path:
            return
        documents, actor, inspection_id = self.ctx.documents, self.user, self.inspection.id

        def work():
            data = documents.draft_pdf(actor, inspection_id, kind, lang)
            Path(path).write_bytes(data)
            return path

        self._run(self.tr("Rendering the draft…"), work,
                  lambda saved: self.status.setText(self.tr("Draft saved to {0}").format(saved)))

    def save_pdf(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        name = f"{doc.kind.value}-{doc.number.replace('/', '-')}-{doc.lang.replace('+', '-')}.pdf"
        path = self._save_as(self.tr("Save the document as"), name)
        if not path:
            return
        try:
            Path(path).write_bytes(self.ctx.documents.pdf(self.user, doc.id))
        except AppError as error:
            show_error(self, error)
            return
        except OSError as error:
            show_error(self, self.tr("Could not write {0}: {1}").format(path, error.strerror or error))
            return
        self.status.setText(self.tr("Saved to {0}").format(path))

    def _save_as(self, title: str, name: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name), self.tr("PDF documents (*.pdf)"))
        return _pdf_path(path) if path else ""

    def sign_with_key_file(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        dialog = KeyFileSignDialog(self.ctx, self.user, doc, self)
        try:
            if dialog.exec():
                self._signed(dialog.result_value)
        finally:
            dialog.deleteLater()

    def sign_with_ncalayer(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        documents, actor, url = self.ctx.documents, self.user, self.ncalayer_url
        locale = catalogue_language()
        self._run(self.tr("Waiting for NCALayer: choose the key and enter its PIN there…"),
                  lambda control: documents.sign_with_ncalayer(
                      actor, doc.id, NcaLayerClient(url), locale,
                      cancel=control.cancel_event if control is not None else None),
                  self._signed, with_control=True)

    def _signed(self, signature) -> None:
        self.reload()
        self.status.setText(self.tr("Signed by {0}.").format(signature.signer_name))
        self.changed.emit()
