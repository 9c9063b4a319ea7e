"""Issuing a recorder against signature (п.8): columns 1–4 of the journal, with the checks of п.17 and п.20.

The person fills in the recorder, the purpose, the battery charge read off the recorder and how far its
clock is from the PC clock; then the inspector receiving and the person handing over each sign on a pad
and type their PIN or password. The service decides; the dialog shows the unit's limits as the person
types (a reason field appears for a low battery, a warning for a clock out of tolerance).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox

from inspector_app.context import AppContext
from inspector_app.domain.journal import BatterySource, JournalRow
from inspector_app.domain.recorders import RecorderStatus
from inspector_app.domain.users import UserView
from inspector_app.errors import ValidationError
from inspector_app.services.journal import IssueRequest
from ui.formats import format_local
from ui.dialogs.form_dialog import FormDialog
from ui.dialogs.journal_fields import fill_purposes, fill_recorders
from ui.dialogs.signer_box import SignerBox, sign_with, signer_row

logger = logging.getLogger(__name__)

BATTERY_NOT_READ = -1
CLOCK_LIMIT = 24 * 3600
WARNING_STYLE = "color: #b00020;"


class IssueDialog(FormDialog):
    """Issue a recorder in store to a user; `result_value` is the new `JournalRow`."""

    def __init__(self, ctx: AppContext, actor: UserView, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.setObjectName("issueDialog")
        settings = ctx.unit_settings.all()
        self.battery_min = int(settings["battery_min_percent"])
        self.tolerance = int(settings["clock_tolerance_seconds"])
        self.zone_name = settings["timezone"]
        self.recorders = ctx.recorders.list(actor, RecorderStatus.IN_STORE)
        users = [u for u in ctx.users.list(actor, include_inactive=False) if u.id != actor.id]

        self.recorder = self.add_row(QComboBox(objectName="recorderCombo"))
        fill_recorders(self.recorder, self.recorders)
        self.purpose = self.add_row(QComboBox(objectName="purposeCombo"))
        self.battery = self.add_row(QSpinBox(objectName="batterySpin"))
        self.battery.setRange(BATTERY_NOT_READ, 100)
        self.battery.setValue(BATTERY_NOT_READ)  # not pre-filled: the charge is read off the recorder (п.20)
        self.battery_warning = self._note_row("batteryWarning", warning=True)
        self.override = self.add_row(QLineEdit(objectName="overrideReasonEdit"))
        self.clock = self.add_row(QSpinBox(objectName="clockOffsetSpin"))
        self.clock.setRange(-CLOCK_LIMIT, CLOCK_LIMIT)
        self.clock_hint = self._note_row("clockHint")
        self.clock_warning = self._note_row("clockWarning", warning=True)
        self.recipient = SignerBox(users, objectName="recipientSigner")
        self.issuer = SignerBox(fixed=actor, objectName="issuerSigner")
        self.form.addRow(signer_row(self, self.recipient, self.issuer))

        self.battery.valueChanged.connect(self._update_battery)
        self.clock.valueChanged.connect(self._update_clock)
        self._pc_clock = QTimer(self, interval=1000, timeout=self._update_clock_hint)  # ticks while shown
        self.retranslate()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._update_clock_hint()
        self._pc_clock.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._pc_clock.stop()
        super().hideEvent(event)

    def _note_row(self, name: str, warning: bool = False) -> QLabel:
        label = QLabel(objectName=name, wordWrap=True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if warning:
            label.setStyleSheet(WARNING_STYLE)
        self.form.addRow(label)
        return label

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Issue a recorder"))
        self.set_label(self.recorder, self.tr("Recorder"))
        fill_purposes(self.purpose)
        self.set_label(self.purpose, self.tr("Purpose"))
        self.set_label(self.battery, self.tr("Battery charge"))
        self.battery.setSuffix(" %")
        self.battery.setSpecialValueText(self.tr("not read yet"))
        self.battery.setToolTip(self.tr("Read the charge off the recorder when handing it over (п.20)"))
        self.set_label(self.override, self.tr("Issue anyway, reason:"))
        self.override.setPlaceholderText(self.tr("Why the recorder is issued with a low battery"))
        self.set_label(self.clock, self.tr("Clock offset"))
        self.clock.setSuffix(self.tr(" s"))
        self.clock.setToolTip(self.tr("Seconds the recorder clock is ahead (+) or behind (−) the PC clock"))
        self.recipient.set_role_text(self.tr("Inspector receiving"))
        self.issuer.set_role_text(self.tr("Handing over"))
        self._update_battery()
        self._update_clock()
        self._update_clock_hint()

    def _update_battery(self) -> None:
        value = self.battery.value()
        low = BATTERY_NOT_READ < value < self.battery_min
        self.battery_warning.setText(self.tr("Below the unit's minimum of {0} %: charge the recorder, or give a "
                                             "reason to issue it anyway").format(self.battery_min) if low else "")
        self.form.setRowVisible(self.battery_warning, low)
        self.form.setRowVisible(self.override, low)

    def _update_clock(self) -> None:
        off = abs(self.clock.value()) > self.tolerance
        self.clock_warning.setText(self.tr("More than {0} s off: set the recorder clock before issuing it "
                                           "(п.17)").format(self.tolerance) if off else "")
        self.form.setRowVisible(self.clock_warning, off)

    def _update_clock_hint(self) -> None:
        now = format_local(self.ctx.clock.now(), self.zone_name, "%d.%m.%Y %H:%M:%S")
        self.clock_hint.setText(self.tr("Compare the recorder clock with the PC clock (п.17). PC clock now: "
                                        "{0}").format(now))

    def is_battery_low(self) -> bool:
        return BATTERY_NOT_READ < self.battery.value() < self.battery_min

    def submit(self) -> JournalRow:
        if self.recorder.currentData() is None:
            raise ValidationError(self.tr("There is no recorder in store to issue"))
        if self.battery.value() == BATTERY_NOT_READ:
            raise ValidationError(self.tr("Enter the battery charge read off the recorder (п.20)"))
        request = IssueRequest(
            self.recorder.currentData(), self.recipient.user_id(), self.purpose.currentData(), self.battery.value(),
            self.clock.value(), BatterySource.ENTERED, self.override.text() if self.is_battery_low() else "")
        return sign_with([self.recipient, self.issuer],
                         lambda recipient, issuer: self.ctx.journal.issue(self.actor, request, recipient, issuer))
