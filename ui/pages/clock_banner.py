"""The banner at the top of the audit page: the PC clock when it is not trusted (it ran backwards, jumped
ahead, or differs from the time-stamp authority), with the head's "Confirm the PC clock…" button, and, when
the unit has a time-stamp authority, how many time-stamps wait for it with a button to fetch them now.

The checks read and may write the database (a first anomaly is recorded), and fetching talks to the
network, so both run in the job runner; the banner shows what they found.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from inspector_app.domain.roles import Permission, allows
from inspector_app.errors import AppError
from ui.audit_labels import clock_reason_label
from ui.jobs import JobRunner
from ui.widgets import Retranslatable, show_error

logger = logging.getLogger(__name__)


class ClockBanner(Retranslatable, QFrame):
    changed = Signal()  # the trail got new events (a confirmation, fetched time-stamps)
    checked = Signal(object)  # the ClockState found

    def __init__(self, ctx, user, jobs: JobRunner | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("clockBanner")
        self.ctx, self.user = ctx, user
        self.jobs = jobs or JobRunner(self)
        self.can_confirm = allows(user.role, Permission.CONFIRM_CLOCK)
        self.state = None
        self.pending: int | None = None
        self.fetch_message = ""
        self.check_job = self.fetch_job = None

        self.clock_box = QWidget(objectName="clockWarning")
        self.clock_box.setStyleSheet("#clockWarning { background: #fdecea; border: 1px solid #b00020; }")
        self.clock_text = QLabel(objectName="clockWarningText", wordWrap=True)
        self.clock_text.setStyleSheet("color: #b00020;")
        self.confirm_button = QPushButton(objectName="confirmClockButton", clicked=self.confirm)
        self.confirm_button.setVisible(self.can_confirm)
        row = QHBoxLayout(self.clock_box)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.clock_text, 1)
        row.addWidget(self.confirm_button)
        self.clock_box.hide()

        self.tokens_box = QWidget(objectName="tokensBox")
        self.tokens_text = QLabel(objectName="pendingTokensText", wordWrap=True)
        self.fetch_button = QPushButton(objectName="fetchTokensButton", clicked=self.fetch)
        row = QHBoxLayout(self.tokens_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.tokens_text, 1)
        row.addWidget(self.fetch_button)
        self.tokens_box.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.clock_box)
        layout.addWidget(self.tokens_box)
        self.retranslate()

    def retranslate(self) -> None:
        self.confirm_button.setText(self.tr("Confirm the PC clock…"))
        self.fetch_button.setText(self.tr("Fetch time-stamps now"))
        self._show()

    # checking
    def refresh(self) -> None:
        """Check the clock and count the pending time-stamps, in the background."""
        if self.check_job is not None:
            return
        guard, trusted = self.ctx.clock_guard, self.ctx.trusted_time

        def work(_control):
            url = trusted.url if trusted is not None else ""
            return guard.check(), (trusted.pending_count() if url else None)

        self.check_job = self.jobs.submit(self.tr("Checking the PC clock"), work, finished=self._checked,
                                          failed=self._check_failed)

    def _checked(self, result) -> None:
        self.check_job = None
        self.state, self.pending = result
        self._show()
        self.checked.emit(self.state)

    def _check_failed(self, message: str) -> None:
        self.check_job = None
        logger.warning("clock check failed: %s", message)

    def show_state(self, state) -> None:
        """A clock state found elsewhere (the window's check when the session starts)."""
        self.state = state
        self._show()

    def clock_trusted(self) -> bool:
        return self.state is None or self.state.trusted

    def _show(self) -> None:
        untrusted = self.state is not None and not self.state.trusted
        if untrusted:
            text = self.tr("The PC clock is not trusted: {0}. Decisions that depend on the date (the end of the "
                           "retention period) wait until the head confirms the clock.").format(
                clock_reason_label(self.state.reason))
            if not self.can_confirm:
                text += " " + self.tr("Tell the head of the unit.")
            self.clock_text.setText(text)
        self.clock_box.setVisible(untrusted)
        has_authority = self.pending is not None
        if has_authority:
            text = self.tr("Time-stamps waiting for the time-stamp authority: {0}").format(self.pending)
            self.tokens_text.setText(f"{text}. {self.fetch_message}" if self.fetch_message else text)
        self.tokens_box.setVisible(has_authority)
        self.setVisible(untrusted or has_authority)

    # acting
    def confirm(self) -> None:
        from ui.dialogs.integrity_dialogs import ConfirmClockDialog

        if self.state is None or self.state.trusted:
            return
        dialog = ConfirmClockDialog(self.ctx, self.user, self.state, self)
        try:
            if not dialog.exec():
                return
        finally:
            dialog.deleteLater()
        self.state = None
        self._show()
        self.refresh()
        self.changed.emit()

    def fetch(self) -> None:
        if self.fetch_job is not None or self.ctx.trusted_time is None:
            return
        trusted = self.ctx.trusted_time
        self.fetch_button.setEnabled(False)
        self.fetch_message = self.tr("Fetching…")
        self._show()
        def work(control):
            try:
                return trusted.fetch_pending(lambda: control.cancelled)
            except AppError as error:  # shown in the interface language, not as the service's English text
                return error

        self.fetch_job = self.jobs.submit(self.tr("Fetching time-stamps"), work, finished=self._fetched,
                                          failed=self._fetch_failed, cancelled=self._fetch_cancelled)

    def _fetched(self, result) -> None:
        if isinstance(result, AppError):
            self._fetch_failed(result)
            return
        self.fetch_job = None
        self.fetch_button.setEnabled(True)
        if result.unavailable:
            self.fetch_message = self.tr("The authority cannot be reached; they stay pending ({0})").format(
                result.message)
        else:
            self.fetch_message = self.tr("Received: {0}, refused: {1}").format(result.granted, result.failed)
        self.pending = result.pending
        self._show()
        self.refresh()
        self.changed.emit()

    def _fetch_failed(self, message: AppError | str) -> None:
        self._fetch_cancelled()
        show_error(self, message)

    def _fetch_cancelled(self) -> None:
        self.fetch_job = None
        self.fetch_button.setEnabled(True)
        self.fetch_message = ""
        self._show()
