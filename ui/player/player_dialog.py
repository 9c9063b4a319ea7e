"""The player in a window of its own, opened from the footage page, with the notes of its segments beside it
(each jumps the player to its moment); F11 or the button toggles full screen."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QSplitter, QVBoxLayout

from ui.player.player_bookmarks import PlayerBookmarks
from ui.player.player_widget import PlayerWidget
from ui.widgets import Retranslatable


class PlayerDialog(Retranslatable, QDialog):
    def __init__(self, ctx, user, service, recordings: list, start_index: int = 0, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("playerDialog")
        self.player = PlayerWidget(ctx, user, service, recordings, start_index, self)
        self.player.fullscreen_toggled.connect(self.toggle_full_screen)
        QShortcut(QKeySequence("F11"), self, activated=self.toggle_full_screen)
        self.bookmarks = PlayerBookmarks(ctx.review, user, self.player) if ctx.review is not None else None
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.player)
        if self.bookmarks is not None:
            splitter.addWidget(self.bookmarks)
            splitter.setStretchFactor(0, 3)
            splitter.setStretchFactor(1, 1)
            splitter.setSizes([760, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.resize(1040, 620)
        self.retranslate()

    def retranslate(self) -> None:
        recording = self.player.recording
        name = recording.source_name if recording is not None else ""
        self.setWindowTitle(self.tr("Footage: {0}").format(name))
        self.player.retranslate()
        if self.bookmarks is not None:
            self.bookmarks.retranslate()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def done(self, result: int) -> None:
        self.player.close_media()
        super().done(result)
