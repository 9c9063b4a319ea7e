"""Base of the small forms: a form layout, an error line and OK/Cancel; `submit()` does the work.

`submit()` calls a service; an `AppError` is shown under the form and the dialog stays open with
what the person typed, so nothing is lost and nothing is half-written.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from inspector_app.errors import AppError
from ui.widgets import ErrorLabel, Retranslatable


class FormDialog(Retranslatable, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(440)
        self.form = QFormLayout()
        self.error_label = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.result_value = None

    def add_row(self, widget: QWidget) -> QWidget:
        self.form.addRow(QLabel(), widget)
        return widget

    def set_label(self, widget: QWidget, text: str) -> None:
        self.form.labelForField(widget).setText(text)

    def submit(self):
        raise NotImplementedError

    def _on_ok(self) -> None:
        try:
            self.result_value = self.submit()
        except AppError as error:
            self.error_label.show_error(error)
            return
        self.accept()
