"""Binding a docked recorder's serial number to a registered inventory number (п.7).

A recorder whose serial is not in the register is not ingested; the footage page asks once, with this
dialog, which registered recorder it is. Recorders without a serial number are offered first (the usual
case: registered by inventory number before the serial was known); "all" lists every one not written off.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QLabel

from inspector_app.domain.recorders import Recorder, RecorderStatus
from inspector_app.errors import AppError
from ui.dialogs.form_dialog import FormDialog
from ui.labels import status_label
from ui.widgets import show_error


class BindSerialDialog(FormDialog):
    def __init__(self, ctx, actor, serial: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.serial = ctx, actor, serial
        self.setObjectName("bindSerialDialog")
        try:
            self.recorders = [r for r in ctx.recorders.list(actor) if r.status is not RecorderStatus.WRITTEN_OFF]
        except AppError as error:
            show_error(self, error)
            self.recorders = []
        self.question = QLabel(objectName="bindQuestion")
        self.question.setWordWrap(True)
        self.form.addRow(self.question)
        self.recorder = self.add_row(QComboBox(objectName="bindRecorderCombo"))
        self.show_all = QCheckBox(objectName="bindShowAll")
        self.form.addRow(self.show_all)
        self.show_all.setChecked(not self._without_serial())
        self.show_all.toggled.connect(lambda *_: self._fill())
        self.retranslate()

    def _without_serial(self) -> list[Recorder]:
        return [r for r in self.recorders if not r.serial_number.strip()]

    def _fill(self) -> None:
        chosen = self.recorder.currentData()
        self.recorder.clear()
        for item in (self.recorders if self.show_all.isChecked() else self._without_serial()):
            text = item.inventory_number
            if item.serial_number:
                text += " · " + self.tr("serial {0}").format(item.serial_number)
            self.recorder.addItem(f"{text} · {status_label(item.status)}", item.id)
        self.recorder.setCurrentIndex(max(self.recorder.findData(chosen), 0))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.recorder.count() > 0)

    def choose(self, inventory_number: str) -> bool:
        """Select the recorder with this inventory number (listing all when needed); False if there is none."""
        for item in self.recorders:
            if item.inventory_number == inventory_number:
                if not self.show_all.isChecked() and item.serial_number.strip():
                    self.show_all.setChecked(True)
                self.recorder.setCurrentIndex(self.recorder.findData(item.id))
                return True
        return False

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unknown recorder"))
        self.question.setText(self.tr("A recorder with serial {0} was docked: which registered recorder is it? "
                                      "Its recordings are stored once it is bound (п.7).").format(self.serial))
        self.set_label(self.recorder, self.tr("Recorder"))
        self.show_all.setText(self.tr("Show all recorders, also those with a serial number"))
        self._fill()

    def submit(self) -> Recorder:
        return self.ctx.recorders.bind_serial(self.actor, self.recorder.currentData(), self.serial)
