"""Base of the small forms: a form layout, an error line and OK/Cancel; `submit()` does the work.

`submit()` calls a service; an `AppError` is shown under the form and the dialog stays open with
what the person typed, so nothing is lost and nothing is half-written.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from inspector_app.errors import AppError
from ui.mnemonics import assign_mnemonics
from ui.widgets import ErrorLabel, Retranslatable, form_row


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
        self._buttons_ordered = False

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        """The buttons last in the Tab order and the focus on the first field: the buttons are made before the
        fields of a subclass, so they would otherwise come first and take the focus as the dialog opens."""
        assign_mnemonics(self)  # labels given outside retranslate() too
        if not self._buttons_ordered:
            self._buttons_ordered = True
            fields = self._focus_chain()
            if fields:
                previous = fields[-1]
                for button in self.buttons.buttons():
                    QWidget.setTabOrder(previous, button)
                    previous = button
                focused = self.focusWidget()
                if focused is None or self.buttons.isAncestorOf(focused):
                    fields[0].setFocus()
        super().showEvent(event)

    def _focus_chain(self) -> list[QWidget]:
        """The widgets Tab stops at, in the chain's order, but for the buttons."""
        chain, widget = [], self.nextInFocusChain()
        while widget is not self and widget is not None:
            if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled() and widget.isVisibleTo(self)
                    and widget.focusProxy() is None and not self.buttons.isAncestorOf(widget)):
                chain.append(widget)
            widget = widget.nextInFocusChain()
        return chain

    def add_row(self, widget: QWidget) -> QWidget:
        return form_row(self.form, widget)

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
