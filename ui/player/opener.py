"""Opening the player from the footage page: a double click on a recording or the details' "Play" button opens
it with the other segments of its issue as one timeline; a locked vault, or any refusal, is said in the page's
status line instead of playing, and locking the vault closes an open player."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from inspector_app.domain.recordings import RecordingFilter
from inspector_app.errors import AppError
from inspector_app.vault_keys import VaultLocked
from ui.error_texts import error_text

logger = logging.getLogger(__name__)

SEGMENTS_READ = 10_000  # far more than one issue's segments


def issue_segments(service, user, recording) -> list:
    """The recording with the other readable segments of its issue, by start (itself alone outside an issue)."""
    if recording.entry_id is None:
        return [recording]
    try:
        found = service.list(user, RecordingFilter(entry_id=recording.entry_id, newest_first=False), 0, SEGMENTS_READ)
    except AppError as error:
        logger.warning("segments of entry %s: %s", recording.entry_id, error)
        return [recording]
    segments = [r for r in found if r.readable and r.start_utc is not None]
    segments.sort(key=lambda r: (r.start_utc, r.sequence_number or 0, r.id))
    return segments if any(r.id == recording.id for r in segments) else [recording]


class PlayerOpener(QObject):
    """Belongs to a footage page (`page.table`, `page.selected()`, `page.status`, `page.recordings`)."""

    @classmethod
    def attach(cls, page) -> "PlayerOpener":
        """The page's opener, made and connected once."""
        existing = page.findChild(PlayerOpener)
        return existing if existing is not None else cls(page)

    def __init__(self, page) -> None:
        super().__init__(page)
        self.setObjectName("playerOpener")
        self.page = page
        self.dialog = None
        page.table.doubleClicked.connect(lambda *_: self.play_selected())
        button = getattr(page.details, "play_button", None)
        if button is not None:
            button.clicked.connect(lambda *_: self.play_selected())
        if page.vault is not None:
            page.vault.changed.connect(self._vault_changed)

    def _vault_changed(self) -> None:
        """Locked again (the idle lock, "Lock"): the open player stops and closes its stream at once."""
        if self.dialog is not None and self.page.vault.locked():
            self.dialog.reject()
            # after the page's own reload, which clears the status line
            QTimer.singleShot(0, self, lambda: self.page.status.setText(
                error_text(VaultLocked("The footage vault is locked"))))

    def play_selected(self):
        """The player for the selected recording (None, and the reason in the status line, when it cannot open)."""
        from ui.player.player_dialog import PlayerDialog

        page = self.page
        recording = page.selected()
        if recording is None:
            return None
        page.status.clear()
        if page.vault is not None and page.vault.locked():
            page.status.setText(error_text(VaultLocked("The footage vault is locked")))
            return None
        segments = issue_segments(page.recordings, page.user, recording)
        start = next(i for i, r in enumerate(segments) if r.id == recording.id)
        if self.dialog is not None:
            self.dialog.reject()
        dialog = PlayerDialog(page.ctx, page.user, page.recordings, segments, start, parent=page)
        if dialog.player.device is None:  # it could not be opened: say why on the page
            page.status.setText(dialog.player.message.text())
            dialog.player.close_media()
            dialog.deleteLater()
            return None
        self.dialog = dialog
        dialog.finished.connect(lambda *_: self._closed(dialog))
        dialog.show()
        return dialog

    def _closed(self, dialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
