"""Returning a recorder against signature (п.10, column 5) and reporting a malfunction (п.20).

A recorder returned faulty, or a fault reported at any time, goes into the remarks column and notifies
the head and the responsible person at once (see `ui/notifications_bar.py`).
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPlainTextEdit

from inspector_app.context import AppContext
from inspector_app.domain.journal import JournalFilter, JournalRow
from inspector_app.domain.recorders import RecorderStatus
from inspector_app.domain.users import UserView
from inspector_app.errors import AppError, ValidationError
from ui.dialogs.form_dialog import FormDialog
from ui.dialogs.journal_fields import entry_summary, fill_recorders
from ui.dialogs.signer_box import Signer, SignerBox, sign_with, signer_row
from ui.widgets import text_lines_height

logger = logging.getLogger(__name__)


class ReturnDialog(FormDialog):
    """The inspector of `row` hands the recorder back; the actor receives it. `result_value`: the `JournalRow`."""

    def __init__(self, ctx: AppContext, actor: UserView, row: JournalRow, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.row = ctx, actor, row
        self.setObjectName("returnDialog")
        self.zone_name = ctx.timezone()
        self.summary = QLabel(objectName="entrySummary", wordWrap=True)
        self.form.addRow(self.summary)
        self.condition = self.add_row(QPlainTextEdit(objectName="conditionEdit"))
        self.condition.setMaximumHeight(text_lines_height(self.condition, 4))
        self.faulty = self.add_row(QCheckBox(objectName="faultyCheck"))
        self.returner = SignerBox(fixed=Signer(row.entry.user_id, row.entry.user_full_name),
                                  objectName="returnerSigner")
        self.receiver = SignerBox(fixed=actor, objectName="receiverSigner")
        self.form.addRow(signer_row(self, self.returner, self.receiver))
        self.faulty.toggled.connect(self._update_condition)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Return a recorder"))
        self.summary.setText(entry_summary(self.row, self.zone_name))
        self.faulty.setText(self.tr("The recorder is faulty"))
        self.set_label(self.faulty, "")
        self.returner.set_role_text(self.tr("Inspector returning"))
        self.receiver.set_role_text(self.tr("Receiving back"))
        self._update_condition()

    def _update_condition(self) -> None:
        if self.faulty.isChecked():
            self.set_label(self.condition, self.tr("Description of the fault"))
            self.condition.setPlaceholderText(self.tr("What is wrong with the recorder (required): the head and "
                                                      "the responsible person are notified"))
        else:
            self.set_label(self.condition, self.tr("Condition"))
            self.condition.setPlaceholderText(self.tr("Condition of the recorder on return (optional)"))

    def submit(self) -> JournalRow:
        condition, faulty = self.condition.toPlainText(), self.faulty.isChecked()
        return sign_with([self.returner, self.receiver], lambda returner, receiver: self.ctx.journal.return_recorder(
            self.actor, self.row.entry.id, condition, returner, receiver, faulty=faulty))


class FaultDialog(FormDialog):
    """Any user who may report faults (inspectors too) reports one on a recorder; `result_value`: the row."""

    def __init__(self, ctx: AppContext, actor: UserView, recorder_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.setObjectName("faultDialog")
        self.recorders = [r for r in ctx.recorders.list(actor) if r.status is not RecorderStatus.WRITTEN_OFF]
        self.recorder = self.add_row(QComboBox(objectName="recorderCombo"))
        fill_recorders(self.recorder, self.recorders, with_status=True)
        chosen = recorder_id if recorder_id is not None else self._held_recorder()
        if chosen is not None and self.recorder.findData(chosen) >= 0:
            self.recorder.setCurrentIndex(self.recorder.findData(chosen))
        self.description = self.add_row(QPlainTextEdit(objectName="faultDescriptionEdit"))
        self.description.setMaximumHeight(text_lines_height(self.description, 5.5))
        self.notice = QLabel(objectName="faultNotice", wordWrap=True)
        self.form.addRow(self.notice)
        self.reporter = SignerBox(fixed=actor, objectName="reporterSigner")
        self.form.addRow(signer_row(self, self.reporter))
        self.retranslate()

    def _held_recorder(self) -> int | None:
        """The recorder the actor holds now, if any: the one an inspector most likely reports on."""
        try:
            rows = self.ctx.journal.rows(self.actor, JournalFilter(user_id=self.actor.id, open_only=True), limit=1)
        except AppError:
            return None
        return rows[0].entry.recorder_id if rows else None

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Report a fault"))
        self.set_label(self.recorder, self.tr("Recorder"))
        fill_recorders(self.recorder, self.recorders, with_status=True)
        self.set_label(self.description, self.tr("Description of the fault"))
        self.description.setPlaceholderText(self.tr("What happened and when"))
        self.notice.setText(self.tr("The head and the responsible person are notified at once, and the fault is "
                                    "entered in the journal (п.20)."))
        self.reporter.set_role_text(self.tr("Reported by"))

    def submit(self) -> JournalRow:
        recorder_id, description = self.recorder.currentData(), self.description.toPlainText()
        if recorder_id is None:
            raise ValidationError(self.tr("Choose the recorder"))
        return sign_with([self.reporter], lambda reporter: self.ctx.journal.report_fault(
            self.actor, recorder_id, description, reporter))
