"""The player in a window of its own, opened from the footage page; F11 or the button toggles full screen."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QVBoxLayout

from ui.player.player_widget import PlayerWidget
from ui.widgets import Retranslatable


class PlayerDialog(Retranslatable, QDialog):
    def __init__(self, ctx, user, service, recordings: list, start_index: int = 0, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("playerDialog")
        self.player = PlayerWidget(ctx, user, service, recordings, start_index, self)
        self.player.fullscreen_toggled.connect(self.toggle_full_screen)
        QShortcut(QKeySequence("F11"), self, activated=self.toggle_full_screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.player)
        self.resize(800, 600)
        self.retranslate()

    def retranslate(self) -> None:
        recording = self.player.recording
        name = recording.source_name if recording is not None else ""
        self.setWindowTitle(self.tr("Footage: {0}").format(name))
        self.player.retranslate()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def done(self, result: int) -> None:
        self.player.close_media()
        super().done(result)
