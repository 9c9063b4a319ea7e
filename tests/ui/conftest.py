"""UI test helpers: drive modal dialogs the way a person would, by typing into them while they are open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox


class ModalDriver:
    """Schedules `interact(dialog)` to run once a modal dialog is up, then runs `trigger()` (which opens it)."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.errors: list[BaseException] = []

    def run(self, trigger, interact, timeout_ms: int = 5000) -> None:
        waited = {"ms": 0}

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                waited["ms"] += 20
                if waited["ms"] < timeout_ms:
                    QTimer.singleShot(20, poll)
                return
            try:
                interact(dialog)
            except BaseException as error:  # surfaced after the modal loop ends
                self.errors.append(error)
                dialog.reject()

        QTimer.singleShot(0, poll)
        trigger()
        if self.errors:
            raise self.errors[0]


@pytest.fixture
def modal(qtbot) -> ModalDriver:
    return ModalDriver(qtbot)


def type_text(widget, text: str) -> None:
    """Type `text` key by key. QTest.keyClicks only knows ASCII; Kazakh and Russian letters are sent as
    key events that carry their text, which is what a keyboard layout produces."""
    from PySide6.QtGui import QKeyEvent

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown if ord(char) > 127 else _ascii_key(char),
                              Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
    QApplication.processEvents()


def _ascii_key(char: str) -> int:
    if char.isalpha():
        return int(getattr(Qt.Key, f"Key_{char.upper()}"))
    if char.isdigit():
        return int(getattr(Qt.Key, f"Key_{char}"))
    return int(Qt.Key.Key_unknown)


def type_into(qtbot, dialog, object_name: str, text: str, widget_type=None) -> None:
    from PySide6.QtWidgets import QWidget

    widget = dialog.findChild(widget_type or QWidget, object_name)
    assert widget is not None, f"no widget {object_name} in {dialog.objectName()}"
    widget.clear()
    type_text(widget, text)


def press_ok(qtbot, dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def press_cancel(qtbot, dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
