"""Auto-lock: watches the user's input application-wide and says when they have been idle too long."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer, Signal

_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
}


class IdleWatcher(QObject):
    """Emits `idle` once after `timeout_ms` without input; re-arms on the next input after `reset()`."""

    idle = Signal()

    def __init__(self, app, timeout_ms: int, parent: QObject | None = None, check_ms: int = 1000) -> None:
        super().__init__(parent)
        self._app = app
        self.timeout_ms = timeout_ms
        self._elapsed = QElapsedTimer()
        self._elapsed.start()
        self._fired = False
        self._timer = QTimer(self)
        self._timer.setInterval(min(check_ms, max(50, timeout_ms // 4)))
        self._timer.timeout.connect(self._check)
        app.installEventFilter(self)
        self._timer.start()

    def set_timeout(self, timeout_ms: int) -> None:
        self.timeout_ms = timeout_ms
        self._timer.setInterval(min(1000, max(50, timeout_ms // 4)))
        self.reset()

    def reset(self) -> None:
        self._elapsed.restart()
        self._fired = False

    def stop(self) -> None:
        self._timer.stop()
        self._app.removeEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() in _ACTIVITY and not self._fired:
            self._elapsed.restart()
        return False

    def _check(self) -> None:
        if not self._fired and self._elapsed.elapsed() >= self.timeout_ms:
            self._fired = True
            self.idle.emit()
