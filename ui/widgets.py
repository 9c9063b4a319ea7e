"""Small widget helpers shared by dialogs and pages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from inspector_app.errors import AppError
from ui.error_texts import error_text


class Retranslatable:
    """Mixin: call `retranslate()` at the end of `__init__`; it is called again on every language change."""

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


class ErrorLabel(QLabel):
    """A red line under a form that shows what went wrong; empty and hidden otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorLabel")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.hide()

    def show_error(self, error: AppError | str) -> None:
        self.setText(error_text(error) if isinstance(error, AppError) else str(error))
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.hide()


def show_error(parent: QWidget, error: AppError | str) -> None:
    text = error_text(error) if isinstance(error, AppError) else str(error)
    QMessageBox.warning(parent, QCoreApplication.translate("Common", "Error"), text)
