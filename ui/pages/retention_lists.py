"""The destruction lists of the retention page (п.6, п.12): each list's state, who proposed it and when, how
many recordings; the head approves (destroying the recordings for ever, after a confirmation that says how
many) or rejects a list proposed by someone else; a decided list's acts are saved as PDF (kk, ru) and signed
with a key file. Approval and saving run in the job runner: the window stays responsive meanwhile.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from inspector_app.domain.retention import ListState
from inspector_app.domain.roles import Permission, allows
from inspector_app.errors import AppError
from ui.dialogs.retention_dialogs import SignActDialog, TextDialog
from ui.jobs import JobRunner
from ui.pages.retention_tables import ListsModel, make_table
from ui.widgets import Retranslatable, show_error, text_width

logger = logging.getLogger(__name__)


def _returning_errors(call):
    """A job's work that hands an AppError back as its result, to be shown in the interface language."""
    def work(_control):
        try:
            return call()
        except AppError as error:
            return error
    return work


class DestructionListsPanel(Retranslatable, QWidget):
    changed = Signal()  # a list was decided: the recordings tables change too

    def __init__(self, ctx, user, jobs: JobRunner, timezone: str, names: dict, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("destructionListsPanel")
        self.ctx, self.user, self.jobs = ctx, user, jobs
        self.can_decide = allows(user.role, Permission.APPROVE_DESTRUCTION)
        self.job = None
        self.dialog = None
        self.acts: list = []
        self.model = ListsModel(timezone, names, self)
        self.table = make_table(self.model, "destructionListsTable", stretch=ListsModel.COL_NOTE)
        self.approve_button = QPushButton(objectName="approveListButton", clicked=self.ask_approve)
        self.reject_button = QPushButton(objectName="rejectListButton", clicked=self.ask_reject)
        self.save_kk_button = QPushButton(objectName="saveActKkButton", clicked=lambda: self.ask_save("kk"))
        self.save_ru_button = QPushButton(objectName="saveActRuButton", clicked=lambda: self.ask_save("ru"))
        self.sign_button = QPushButton(objectName="signActButton", clicked=self.ask_sign)
        self.approve_button.setVisible(self.can_decide)
        self.reject_button.setVisible(self.can_decide)
        self.progress = QProgressBar(objectName="listsProgress", minimum=0, maximum=0)
        self.progress.setMaximumWidth(text_width(self.progress, 16))
        self.progress.hide()
        self.acts_label = QLabel(objectName="actsLabel", wordWrap=True)
        buttons = QHBoxLayout()
        for button in (self.approve_button, self.reject_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.progress)
        for button in (self.save_kk_button, self.save_ru_button, self.sign_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.acts_label)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.approve_button.setText(self.tr("Approve and destroy…"))
        self.reject_button.setText(self.tr("Reject…"))
        self.save_kk_button.setText(self.tr("Save act (kk)…"))
        self.save_ru_button.setText(self.tr("Save act (ru)…"))
        self.sign_button.setText(self.tr("Sign the act with a key file…"))
        self.model.relabel()
        self._selection_changed()

    # data
    def set_lists(self, lists) -> None:
        selected = self.selected()
        self.model.set_items(sorted(lists, key=lambda item: item.id, reverse=True))
        self.select_list(selected.id if selected is not None else None)

    def select_list(self, list_id: int | None) -> None:
        rows = [r for r, item in enumerate(self.model.items()) if item.id == list_id]
        if rows:
            self.table.selectRow(rows[0])
        else:
            self.table.clearSelection()
        self._selection_changed()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _selection_changed(self, *_args) -> None:
        listed = self.selected()
        busy = self.job is not None
        open_list = listed is not None and listed.state is ListState.PROPOSED
        own = listed is not None and listed.proposed_by_id == self.user.id
        self.approve_button.setEnabled(self.can_decide and open_list and not own and not busy)
        self.approve_button.setToolTip(self.tr("A list is approved by someone other than the person who proposed it")
                                       if own else "")
        self.reject_button.setEnabled(self.can_decide and open_list and not busy)
        self.acts = []
        if listed is not None and listed.state is ListState.APPROVED:
            try:
                self.acts = self.ctx.destruction.acts(self.user, listed.id)
            except AppError as error:
                logger.warning("acts of list %s: %s", listed.id, error)
        langs = {act.lang for act in self.acts}
        self.save_kk_button.setEnabled("kk" in langs and not busy)
        self.save_ru_button.setEnabled("ru" in langs and not busy)
        self.sign_button.setEnabled(bool(self.acts) and not busy)
        if self.acts:
            named = ", ".join(f"{a.lang} (SHA-256 {a.sha256[:12]}…)" for a in sorted(self.acts, key=lambda a: a.lang))
            self.acts_label.setText(self.tr("Acts of destruction: {0}").format(named))
        elif listed is not None and listed.state is ListState.PROPOSED:
            self.acts_label.setText(self.tr("The acts of destruction are issued once the head approves the list."))
        else:
            self.acts_label.clear()

    # the head's decision
    def ask_approve(self) -> None:
        listed = self.selected()
        if listed is None:
            return
        count = len(listed.recording_ids)
        self.dialog = TextDialog(
            self.tr("Approve and destroy"),
            self.tr("List No. {0}: {1} recording(s) will be destroyed for ever. Their files and keys are erased "
                    "and cannot be recovered; a record of each and the act of destruction stay.").format(
                listed.id, count),
            self.tr("Comment"), self.tr("Destroy {0} recording(s) for ever").format(count), None, parent=self)
        if self.dialog.exec():
            self.approve(listed.id, self.dialog.result_value)

    def approve(self, list_id: int, comment: str = ""):
        """Approve list `list_id` and destroy its recordings, in the background."""
        ctx, user = self.ctx, self.user
        return self._run(self.tr("Destroying recordings"),
                         lambda: ctx.destruction.approve(user, list_id, comment), list_id)

    def ask_reject(self) -> None:
        listed = self.selected()
        if listed is None:
            return
        ctx, user = self.ctx, self.user
        self.dialog = TextDialog(
            self.tr("Reject the list"),
            self.tr("List No. {0} is rejected: its {1} recording(s) stay stored.").format(
                listed.id, len(listed.recording_ids)),
            self.tr("Comment"), self.tr("Reject"), lambda text: ctx.destruction.reject(user, listed.id, text),
            parent=self)
        if self.dialog.exec():
            self.changed.emit()

    # acts
    def act(self, lang: str):
        return next((act for act in self.acts if act.lang == lang), None)

    def ask_save(self, lang: str) -> None:
        act, listed = self.act(lang), self.selected()
        if act is None or listed is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"destruction-act-{listed.id}-{lang}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the act of destruction as"), suggested,
                                              self.tr("PDF documents (*.pdf)"))
        if path:
            self.save_act(act.id, path if path.lower().endswith(".pdf") else f"{path}.pdf")

    def save_act(self, act_id: int, path: str | Path):
        """Write the act's frozen PDF to `path`, in the background."""
        ctx, user, out = self.ctx, self.user, Path(path)

        def save():
            out.write_bytes(ctx.destruction.act_pdf(user, act_id))
            return out

        return self._run(self.tr("Saving the act of destruction"), save, None)

    def ask_sign(self) -> None:
        if not self.acts:
            return
        self.dialog = SignActDialog(self.ctx, self.user, self.acts, self)
        if self.dialog.exec():
            signature = self.dialog.result_value
            self.acts_label.setText(self.tr("Signed by {0}").format(signature.signer_name))

    # jobs
    def _run(self, title: str, call, list_id: int | None):
        self.job = self.jobs.submit(title, _returning_errors(call),
                                    finished=lambda result: self._finished(result, list_id),
                                    failed=lambda message: self._finished(message, list_id))
        self.progress.show()
        self._selection_changed()
        return self.job

    def _finished(self, result, list_id: int | None) -> None:
        self.job = None
        self.progress.hide()
        if list_id is not None:
            self.changed.emit()  # the page reads everything again, this list included
            self.select_list(list_id)
        else:
            self._selection_changed()
        if isinstance(result, (AppError, str)):
            show_error(self, result)
        elif isinstance(result, Path):
            self.acts_label.setText(self.tr("Saved to {0}").format(result))
