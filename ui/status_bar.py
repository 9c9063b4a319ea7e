"""The main window's status bar in a session: docked recorders, the footage vault's lock, pending time-stamps.

Three states on the right of the status bar (the first two flat buttons), each shown only where it means
something:
- **docked recorders** (a footage session, which runs the ingest station): how many recorders are docked
  and how many of them are being stored now; a click opens the footage section;
- **the footage vault** (once the unit has a storage password, п.6): locked or unlocked; a click on a
  locked vault asks for the storage password;
- **pending time-stamps** (a session that sees the audit trail, when the unit has a time-stamp authority
  or tokens are still waiting): how many seals and chain heads wait for the authority's token. The count
  is read in a background job (the database may be a server), after each ingest and each fetch, and every
  few minutes.
The left of the bar keeps who is signed in; passing messages (e.g. a finished ingest where the PC has no
system tray) show there for a while.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar

from inspector_app.domain.roles import Permission, allows
from ui.jobs import JobRunner

logger = logging.getLogger(__name__)

PENDING_REFRESH_MS = 5 * 60_000
_FLAT = "QPushButton { border: none; padding: 0 8px; } QPushButton:hover { text-decoration: underline; }"


class SessionStatus(QObject):
    """Fills `bar` for one session; `detach()` takes its widgets off again when the session ends."""

    def __init__(self, bar: QStatusBar, ctx, user, jobs: JobRunner, *, station=None, vault=None,
                 show_footage=None, refresh_ms: int = PENDING_REFRESH_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bar, self.ctx, self.user, self.jobs = bar, ctx, user, jobs
        self.station, self.vault = station, vault
        self.pending: int | None = None  # the last count read, None before the first
        self._counting = False  # a count runs; its end may come before submit() returns
        self._count_again = False  # asked to count while a count was running: count once more after it
        self.user_label = QLabel(objectName="statusUser")
        self.docked = QPushButton(objectName="statusDocked", flat=True)
        self.vault_state = QPushButton(objectName="statusVault", flat=True)
        self.timestamps = QLabel(objectName="statusTimestamps")
        self.timestamps.setStyleSheet("padding: 0 8px;")
        for widget in (self.docked, self.vault_state, self.timestamps):
            widget.hide()
        self.docked.setStyleSheet(_FLAT)
        self.vault_state.setStyleSheet(_FLAT)
        bar.addWidget(self.user_label, 1)
        for button in (self.docked, self.vault_state, self.timestamps):
            bar.addPermanentWidget(button)
        if show_footage is not None:
            self.docked.clicked.connect(show_footage)
        self.vault_state.clicked.connect(self._ask_for_the_password)
        if station is not None:
            for signal in (station.started, station.queued, station.finished, station.failed,
                           station.watcher.connected, station.watcher.disconnected):
                signal.connect(self._update_docked)
            station.finished.connect(lambda *_: self.refresh_pending())
        if vault is not None:
            vault.changed.connect(self._update_vault)
        self.timer = QTimer(self, interval=refresh_ms, timeout=self.refresh_pending)
        if self._sees_timestamps() and refresh_ms > 0:
            self.timer.start()
        self.retranslate()
        self.refresh_pending()

    def _sees_timestamps(self) -> bool:
        return allows(self.user.role, Permission.VIEW_AUDIT) and self.ctx.trusted_time is not None

    def detach(self) -> None:
        self.timer.stop()
        for widget in (self.user_label, self.docked, self.vault_state, self.timestamps):
            self.bar.removeWidget(widget)
            widget.deleteLater()

    # the three states
    def retranslate(self) -> None:
        self.user_label.setText(self.tr("Signed in as {0}").format(self.user.login))
        self._update_docked()
        self._update_vault()
        self._update_pending()

    def _update_docked(self, *_args) -> None:
        if self.station is None:
            return
        docked = len(self.station.watcher.volumes)
        busy = len(self.station.active) + len(self.station.waiting)
        text = self.tr("Docked recorders: {0}").format(docked)
        if busy:
            text += " · " + self.tr("storing: {0}").format(busy)
        self.docked.setText(text)
        self.docked.setToolTip(self.tr("Recorders docked to this PC; their footage is stored as they charge. "
                                       "Click to open the footage."))
        self.docked.setAccessibleName(text)
        self.docked.show()

    def _update_vault(self) -> None:
        vault = self.vault
        if vault is None or not vault.is_set_up():
            self.vault_state.hide()
            return
        if vault.unlocked():
            text, tip = self.tr("Footage: unlocked"), self.tr("The storage password was entered in this session.")
        else:
            text = self.tr("Footage: locked")
            tip = self.tr("The footage cannot be opened until the storage password is entered. Click to enter it.")
        self.vault_state.setText(text)
        self.vault_state.setToolTip(tip)
        self.vault_state.setAccessibleName(text)
        self.vault_state.show()

    def _ask_for_the_password(self) -> None:
        if self.vault is not None and self.vault.locked():
            self.vault.ask(self.bar.window())

    # pending time-stamp tokens
    def refresh_pending(self) -> None:
        """Count the tokens still waiting, in the background; the button follows when the count arrives."""
        if not self._sees_timestamps():
            return
        if self._counting:
            self._count_again = True
            return
        trusted = self.ctx.trusted_time
        self._counting = True
        self.jobs.submit("counting pending time-stamps", lambda _control: trusted.pending_count(),
                                           finished=self._counted, failed=self._count_failed, ended=self._count_ended)

    def _counted(self, count: int) -> None:
        self.pending = count
        self._update_pending()

    def _count_failed(self, message: str) -> None:
        logger.warning("pending time-stamps not counted: %s", message)

    def _count_ended(self) -> None:
        self._counting = False
        if self._count_again:
            self._count_again = False
            self.refresh_pending()

    def _update_pending(self) -> None:
        configured = self._sees_timestamps() and bool(self.ctx.trusted_time.url)
        if self.pending is None or (not configured and not self.pending):
            self.timestamps.hide()
            return
        if self.pending:
            text = self.tr("Time-stamps pending: {0}").format(self.pending)
            tip = self.tr("Seals waiting for the time-stamp authority's token; they are fetched when it answers.")
        else:
            text, tip = self.tr("Time-stamps: all received"), self.tr("Every seal has its time-stamp token.")
        self.timestamps.setText(text)
        self.timestamps.setToolTip(tip)
        self.timestamps.setAccessibleName(text)
        self.timestamps.show()
