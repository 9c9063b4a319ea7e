"""Small widget helpers shared by dialogs and pages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QLabel, QMessageBox, QPlainTextEdit, QStackedWidget, QTextEdit, QWidget

from inspector_app.errors import AppError
from ui.error_texts import error_text


class Retranslatable:
    """Mixin: call `retranslate()` at the end of `__init__`; it is called again on every language change.

    After each `retranslate()` the form labels of the widget's window get their mnemonics anew, in the new
    language (`ui/mnemonics.py`)."""

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("retranslate")
        if own is None or getattr(own, "assigns_mnemonics", False):
            return

        def retranslate(self, *args, **kwargs):
            result = own(self, *args, **kwargs)
            from ui.mnemonics import assign_mnemonics

            assign_mnemonics(self)
            return result

        retranslate.__doc__, retranslate.__name__, retranslate.assigns_mnemonics = own.__doc__, "retranslate", True
        cls.retranslate = retranslate

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


def form_row(form: QFormLayout, field: QWidget, buddy: QWidget | None = None) -> QWidget:
    """Add `field` under a label (its text is set in `retranslate`) whose buddy is the field, or `buddy` when the
    field is a row of several widgets: a screen reader reads the label as the field's name, and the label's
    mnemonic moves the focus there. `QFormLayout.addRow(QLabel(), field)` links none."""
    label = QLabel()
    label.setBuddy(buddy or field)
    form.addRow(label, field)
    if isinstance(field, (QPlainTextEdit, QTextEdit)):
        field.setTabChangesFocus(True)  # Tab goes on to the next field instead of typing a tab into the text
    return field


def emphasize(widget: QWidget, scale: float = 1.2, bold: bool = True) -> QWidget:
    """A title's font: `scale` times the widget's own, so it follows the system font and its text size setting
    (a pixel size in a style sheet would stay small when a person enlarges the text)."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    else:
        font.setPixelSize(round(font.pixelSize() * scale))
    font.setBold(bold)
    widget.setFont(font)
    return widget


def text_width(widget: QWidget, characters: int) -> int:
    """The width of `characters` average characters of the widget's font: a size that grows with the text."""
    return widget.fontMetrics().averageCharWidth() * characters


def text_lines_height(widget: QWidget, lines: float) -> int:
    """The height of a text field or list showing `lines` lines of its font, with its frame and margins: a size
    that grows with the text instead of cutting the lines of a larger font."""
    return round(widget.fontMetrics().lineSpacing() * lines) + 2 * 4 + 6


class CurrentPageStack(QStackedWidget):
    """A stack as large as the page it shows, not as its largest page: in a scroll area the page shown scrolls
    only when it needs to, not because another page is wider."""

    def __init__(self, parent: QWidget | None = None, **properties) -> None:
        super().__init__(parent, **properties)
        self.currentChanged.connect(lambda *_: self.updateGeometry())

    def sizeHint(self):  # noqa: N802 - Qt API
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self):  # noqa: N802 - Qt API
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()


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
