"""Registering and editing a recorder, and changing its status with a reason."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit

from inspector_app.context import AppContext
from inspector_app.domain.recorders import MANUAL_TRANSITIONS, Recorder
from inspector_app.domain.users import UserView
from ui.dialogs.form_dialog import FormDialog
from ui.labels import status_label
from ui.widgets import text_lines_height


class RecorderDialog(FormDialog):
    """Add a recorder (recorder is None) or edit one (a reason for the change is then required)."""

    def __init__(self, ctx: AppContext, actor: UserView, recorder: Recorder | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.recorder = ctx, actor, recorder
        self.setObjectName("recorderDialog")
        self.inventory = self.add_row(QLineEdit(objectName="inventoryEdit"))
        self.serial = self.add_row(QLineEdit(objectName="serialEdit"))
        self.model = self.add_row(QLineEdit(objectName="modelEdit"))
        self.profile = self.add_row(QComboBox(objectName="profileCombo"))
        self.profile.addItems(list(ctx.vendor_profiles))
        self.reason = self.add_row(QPlainTextEdit(objectName="reasonEdit"))
        self.reason.setMaximumHeight(text_lines_height(self.reason, 3.5))
        if recorder is not None:
            self.inventory.setText(recorder.inventory_number)
            self.serial.setText(recorder.serial_number)
            self.model.setText(recorder.model)
            self.profile.setCurrentText(recorder.vendor_profile)
        self.retranslate()

    def retranslate(self) -> None:
        editing = self.recorder is not None
        self.setWindowTitle(self.tr("Edit recorder") if editing else self.tr("Register a recorder"))
        self.set_label(self.inventory, self.tr("Inventory number"))
        self.set_label(self.serial, self.tr("Serial number"))
        self.set_label(self.model, self.tr("Model"))
        self.set_label(self.profile, self.tr("Vendor profile"))
        self.set_label(self.reason, self.tr("Reason for the change") if editing else self.tr("Note"))

    def submit(self) -> Recorder:
        args = (self.inventory.text(), self.serial.text(), self.model.text(), self.profile.currentText())
        if self.recorder is None:
            return self.ctx.recorders.add(self.actor, *args, note=self.reason.toPlainText())
        return self.ctx.recorders.edit(self.actor, self.recorder.id, *args, reason=self.reason.toPlainText())


class StatusDialog(FormDialog):
    """A manual status change; only the changes the register allows from the current status are offered."""

    def __init__(self, ctx: AppContext, actor: UserView, recorder: Recorder, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.recorder = ctx, actor, recorder
        self.setObjectName("statusDialog")
        self.current = QLabel()
        self.form.addRow(self.current)
        self.status = self.add_row(QComboBox(objectName="statusCombo"))
        self.reason = self.add_row(QPlainTextEdit(objectName="statusReasonEdit"))
        self.reason.setMaximumHeight(text_lines_height(self.reason, 4))
        self.targets = sorted(MANUAL_TRANSITIONS[recorder.status], key=lambda s: s.value)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change status"))
        self.current.setText(self.tr("Recorder {0}: now {1}").format(
            self.recorder.inventory_number, status_label(self.recorder.status)))
        index = self.status.currentIndex()
        self.status.clear()
        for target in self.targets:
            self.status.addItem(status_label(target), target.value)
        self.status.setCurrentIndex(max(index, 0))
        self.set_label(self.status, self.tr("New status"))
        self.set_label(self.reason, self.tr("Reason"))

    def submit(self) -> Recorder:
        return self.ctx.recorders.change_status(self.actor, self.recorder.id, self.status.currentData(),
                                                self.reason.toPlainText())
