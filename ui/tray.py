"""Notifications in the system tray: a finished ingest, a recorder reported faulty (п.11, п.20).

The responsible person docks a recorder and goes back to other work; the tray tells when its footage is
stored (or why it was not), and when an inspector reported a fault at another PC. Where the desktop has
no system tray (or under the offscreen platform) the same message shows in the window's status bar for
a while instead. Every message is also kept in `shown` (the latest few), which the tests read.

While the screen is locked a message says only that something happened, never which recorder or what
an inspector wrote: the tray is visible to whoever passes by the PC.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMainWindow, QMenu, QSystemTrayIcon

logger = logging.getLogger(__name__)

STATUS_BAR_MS = 15_000
KEEP = 20


def app_icon() -> QIcon:
    """The app's icon, drawn: a recorder's dark body with its red recording light (no image file needed)."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        pixmap = QPixmap(size, size)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor("#1f3a5f"))
        painter.setPen(QColor("#1f3a5f"))
        margin = size * 0.08
        painter.drawRoundedRect(margin, margin * 2, size - 2 * margin, size - 4 * margin, size * 0.15, size * 0.15)
        painter.setBrush(QColor("#f2f2f2"))
        painter.drawEllipse(size * 0.22, size * 0.3, size * 0.4, size * 0.4)
        painter.setBrush(QColor("#d62828"))
        painter.setPen(QColor("#d62828"))
        painter.drawEllipse(size * 0.7, size * 0.22, size * 0.14, size * 0.14)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class TrayNotifier(QObject):
    """Tells the person at the PC what finished in the background; one per window, for its sessions."""

    activated = Signal()  # the message or the icon was clicked: the window comes forward

    def __init__(self, window: QMainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self.window = window
        self.shown: list[tuple[str, str]] = []  # (title, message), the latest KEEP
        self.icon: QSystemTrayIcon | None = None
        self._faults_seen: set[int] | None = None  # fault notifications already told of; None before the first look
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(app_icon(), self)
            self.menu = QMenu()
            self.show_action = self.menu.addAction("", self._bring_forward)
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(lambda _reason: self._bring_forward())
            self.icon.messageClicked.connect(self._bring_forward)
            self.icon.show()
        self.retranslate()

    def retranslate(self) -> None:
        if self.icon is not None:
            self.icon.setToolTip(self.tr("Recorder journal and footage"))
            self.show_action.setText(self.tr("Show the window"))

    def close(self) -> None:
        if self.icon is not None:
            self.icon.hide()

    def _locked(self) -> bool:
        return getattr(self.window, "lock_dialog", None) is not None

    def notify(self, title: str, message: str, warning: bool = False) -> None:
        self.shown = (self.shown + [(title, message)])[-KEEP:]
        if self.icon is not None:
            kind = QSystemTrayIcon.MessageIcon.Warning if warning else QSystemTrayIcon.MessageIcon.Information
            self.icon.showMessage(title, message, kind)
        else:
            self.window.statusBar().showMessage(f"{title}: {message}", STATUS_BAR_MS)

    def _bring_forward(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        self.activated.emit()

    # what is told
    def ingest_finished(self, name: str, summary) -> None:
        """`name`: the recorder as the footage page shows it (inventory number and serial)."""
        if self._locked():
            self.notify(self.tr("Recorder footage"), self.tr("An ingest ended. Unlock the screen to see it."))
            return
        counts = self.tr("{0} file(s) stored, {1} already there").format(summary.files_stored,
                                                                          summary.files_skipped)
        if summary.status == "done":
            self.notify(self.tr("Footage stored: {0}").format(name), counts)
        elif summary.status == "cancelled":
            self.notify(self.tr("Ingest stopped: {0}").format(name),
                        self.tr("{0}; the rest is stored at the next dock.").format(counts))
        elif summary.status == "unknown_recorder":
            self.notify(self.tr("Unknown recorder: {0}").format(name),
                        self.tr("Its serial number is not in the register: bind it to an inventory number."),
                        warning=True)
        else:
            self.notify(self.tr("Ingest failed: {0}").format(name), summary.log[-1] if summary.log else counts,
                        warning=True)

    def ingest_failed(self, name: str, message: str) -> None:
        if self._locked():
            self.notify(self.tr("Recorder footage"), self.tr("An ingest ended. Unlock the screen to see it."), True)
        else:
            self.notify(self.tr("Ingest failed: {0}").format(name), message, warning=True)

    def notifications_changed(self, notifications) -> None:
        """Tell of each fault report not told of before; those present at the first look are not news."""
        faults = {n.id: n for n in notifications if n.kind == "fault"}
        if self._faults_seen is None:
            self._faults_seen = set(faults)
            return
        for note_id in sorted(set(faults) - self._faults_seen):
            message = self.tr("Open the journal to see it.") if self._locked() else faults[note_id].message
            self.notify(self.tr("A recorder was reported faulty"), message, warning=True)
        self._faults_seen |= set(faults)
