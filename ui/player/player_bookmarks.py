"""The bookmarks beside the player: every note on the segments being played, in timeline order; activating
one (a double click, Enter, "Go to") jumps the player to its moment, and "Note here…" adds a note at the
current position of the segment on screen, its time already filled in. Written through `ReviewService`
(role checked, audited) like the bookmarks of the footage page.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from inspector_app.errors import AppError
from ui.error_texts import error_text
from ui.pages.review_panel import BookmarkDialog, bookmark_text
from ui.widgets import Retranslatable

logger = logging.getLogger(__name__)

TARGET_ROLE = Qt.ItemDataRole.UserRole  # (segment index, start ms)


class PlayerBookmarks(Retranslatable, QWidget):
    added = Signal(object)

    def __init__(self, review, user, player, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("playerBookmarks")
        self.review, self.user, self.player = review, user, player
        self.title = QLabel(objectName="playerBookmarksTitle")
        self.title.setStyleSheet("font-weight: bold;")
        self.list = QListWidget(objectName="playerBookmarkList")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self.jump_to)
        self.list.itemDoubleClicked.connect(self.jump_to)
        self.go_button = QPushButton(objectName="bookmarkGoButton")
        self.go_button.clicked.connect(lambda *_: self.jump_to(self.list.currentItem()))
        self.add_button = QPushButton(objectName="bookmarkHereButton", clicked=self.add_here)
        self.message = QLabel(objectName="playerBookmarksMessage", wordWrap=True)
        self.message.setStyleSheet("color: #b00020;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.go_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Notes"))
        self.list.setAccessibleName(self.title.text())
        self.go_button.setText(self.tr("Go to"))
        self.add_button.setText(self.tr("Note here…"))
        self.add_button.setToolTip(self.tr("A note at the current moment of the recording on screen"))
        self.reload()

    def reload(self) -> None:
        """The notes of every segment of the timeline, by their place on it."""
        self.list.clear()
        self.message.clear()
        entries = []
        for index, segment in enumerate(self.player.timeline.segments):
            try:
                bookmarks = self.review.bookmarks(self.user, segment.recording.id)
            except AppError as error:
                self.message.setText(error_text(error))
                bookmarks = []
            entries += [(self.player.timeline.global_ms(index, b.start_ms), index, b) for b in bookmarks]
        for _global_ms, index, bookmark in sorted(entries, key=lambda e: (e[0], e[2].id)):
            prefix = self.tr("segment {0}: ").format(index + 1) if len(self.player.timeline.segments) > 1 else ""
            item = QListWidgetItem(prefix + bookmark_text(bookmark))
            item.setData(TARGET_ROLE, (index, bookmark.start_ms))
            self.list.addItem(item)
        if not entries:
            empty = QListWidgetItem(self.tr("No notes yet"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        self.go_button.setEnabled(bool(entries))

    def jump_to(self, item) -> None:
        target = item.data(TARGET_ROLE) if item is not None else None
        if target is None:
            return
        index, start_ms = target
        self.player.seek(self.player.timeline.global_ms(index, start_ms))

    def add_here(self):
        recording = self.player.recording
        if recording is None:
            return None
        self.player.pause()
        dialog = BookmarkDialog(self.review, self.user, recording, parent=self)
        dialog.start.setTime(QTime.fromMSecsSinceStartOfDay(max(0, self.player.player.position())))
        accepted = dialog.exec()
        if accepted:
            self.reload()
            self.added.emit(dialog.result_value)
        return dialog.result_value if accepted else None
