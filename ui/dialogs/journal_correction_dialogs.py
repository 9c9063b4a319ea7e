"""The paper rules of the journal (п.9): correcting an entry by striking it through, and closing a volume.

Nothing is erased: the wrong entry stays, struck through, and a new entry with the right values is made,
with a remark giving the reason, signed by whoever corrected it. The person the recorder was issued to
signs the corrected entry again. Dates are typed in the unit's time zone and stored in UTC.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox

from inspector_app.context import AppContext
from inspector_app.domain.journal import JournalFilter, JournalRow, Volume
from inspector_app.domain.users import UserView
from inspector_app.errors import ValidationError
from inspector_app.services.journal_corrections import CorrectionRequest
from ui.formats import format_local
from ui.dialogs.form_dialog import FormDialog
from ui.dialogs.journal_fields import datetime_edit, entry_summary, fill_purposes, fill_recorders, from_wall_clock
from ui.dialogs.signer_box import SignerBox, sign_with, signer_row
from ui.widgets import text_lines_height

logger = logging.getLogger(__name__)

CLOCK_LIMIT = 24 * 3600


class CorrectionDialog(FormDialog):
    """Strike `row` through and make the corrected entry; `result_value` is the new `JournalRow`."""

    def __init__(self, ctx: AppContext, actor: UserView, row: JournalRow, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.row = ctx, actor, row
        self.setObjectName("correctionDialog")
        self.zone_name = ctx.timezone()
        entry, now = row.entry, ctx.clock.now()
        self.recorders = ctx.recorders.list(actor)
        users = ctx.users.list(actor, include_inactive=False)

        self.summary = QLabel(objectName="entrySummary", wordWrap=True)
        self.form.addRow(self.summary)
        self.recorder = self.add_row(QComboBox(objectName="recorderCombo"))
        fill_recorders(self.recorder, self.recorders, with_status=True)
        self.recorder.setCurrentIndex(max(self.recorder.findData(entry.recorder_id), 0))
        self.purpose = self.add_row(QComboBox(objectName="purposeCombo"))
        fill_purposes(self.purpose)
        if entry.purpose is not None:
            self.purpose.setCurrentIndex(max(self.purpose.findData(entry.purpose.value), 0))
        self.issued_at = self.add_row(datetime_edit("issuedAtEdit", entry.at, self.zone_name, latest=now))
        self.battery = self.add_row(QSpinBox(objectName="batterySpin", minimum=0, maximum=100))
        self.battery.setValue(entry.battery_percent or 0)
        self.clock = self.add_row(QSpinBox(objectName="clockOffsetSpin", minimum=-CLOCK_LIMIT, maximum=CLOCK_LIMIT))
        self.clock.setValue(entry.clock_offset_seconds or 0)
        self.returned_at = None
        if row.returned is not None:
            self.returned_at = self.add_row(datetime_edit("returnedAtEdit", row.returned.returned_at,
                                                          self.zone_name, latest=now))
        self.reason = self.add_row(QPlainTextEdit(objectName="correctionReasonEdit"))
        self.reason.setMaximumHeight(text_lines_height(self.reason, 4))
        self.recipient = SignerBox(users, objectName="recipientSigner")
        self.recipient.set_user(entry.user_id)
        self.corrector = SignerBox(fixed=actor, objectName="correctorSigner")
        self.form.addRow(signer_row(self, self.recipient, self.corrector))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Correct a journal entry"))
        self.summary.setText(self.tr("This entry is struck through and a corrected entry is made with the values "
                                     "below; nothing is erased (п.9).") + "\n"
                             + entry_summary(self.row, self.zone_name))
        self.set_label(self.recorder, self.tr("Recorder"))
        fill_recorders(self.recorder, self.recorders, with_status=True)
        self.set_label(self.purpose, self.tr("Purpose"))
        fill_purposes(self.purpose)
        self.set_label(self.issued_at, self.tr("Issued at"))
        self.set_label(self.battery, self.tr("Battery charge"))
        self.battery.setSuffix(" %")
        self.set_label(self.clock, self.tr("Clock offset"))
        self.clock.setSuffix(self.tr(" s"))
        if self.returned_at is not None:
            self.set_label(self.returned_at, self.tr("Returned at"))
        self.set_label(self.reason, self.tr("Reason for the correction"))
        self.reason.setPlaceholderText(self.tr("What was wrong (required); it goes into the remarks column"))
        self.recipient.set_role_text(self.tr("Person receiving"))
        self.corrector.set_role_text(self.tr("Corrected by"))

    def submit(self) -> JournalRow:
        recorder_id = self.recorder.currentData()
        if recorder_id is None:
            raise ValidationError(self.tr("Choose the recorder"))
        returned_at = from_wall_clock(self.returned_at.dateTime(), self.zone_name) if self.returned_at else None
        fix = CorrectionRequest(
            recorder_id, self.recipient.user_id(), self.purpose.currentData(),
            from_wall_clock(self.issued_at.dateTime(), self.zone_name), self.battery.value(), self.clock.value(),
            returned_at)
        reason = self.reason.toPlainText()
        return sign_with([self.recipient, self.corrector], lambda recipient, corrector: self.ctx.journal.correct(
            self.actor, self.row.entry.id, reason, fix, recipient, corrector))


class CloseVolumeDialog(FormDialog):
    """Close the open volume and start the next under a new registration index; `result_value`: the new `Volume`."""

    def __init__(self, ctx: AppContext, actor: UserView, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.setObjectName("closeVolumeDialog")
        self.zone_name = ctx.timezone()
        self.volume: Volume | None = next((v for v in reversed(ctx.journal.volumes(actor)) if v.ended_at is None),
                                          None)
        self.entries = ctx.journal.count(actor, JournalFilter(volume_id=self.volume.id)) if self.volume else 0
        self.current = QLabel(objectName="currentVolume", wordWrap=True)
        self.form.addRow(self.current)
        self.explanation = QLabel(objectName="closeExplanation", wordWrap=True)
        self.form.addRow(self.explanation)
        self.index = self.add_row(QLineEdit(objectName="registrationIndexEdit"))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Close the journal volume"))
        self.set_label(self.index, self.tr("Registration index of the next volume"))
        volume = self.volume
        if volume is None:
            self.current.setText(self.tr("No journal volume is open."))
            self.explanation.setText("")
            return
        self.current.setText(self.tr("Open now: volume {0} (registration index {1}), started {2}; entries made: "
                                     "{3}.").format(
            volume.number, volume.registration_index, format_local(volume.started_at, self.zone_name, "%d.%m.%Y"),
            self.entries))
        self.explanation.setText(self.tr(
            "Volume {0} is closed today: its end date is set and no entry can be added to it. Volume {1} starts "
            "with entry № 1 under the registration index the office gave it. On the last page of the paper volume "
            "write how many pages it has; it is numbered, bound and sealed (п.9).").format(
            volume.number, volume.number + 1))

    def submit(self) -> Volume:
        return self.ctx.journal.close_volume(self.actor, self.index.text())
