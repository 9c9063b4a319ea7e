"""A yellow banner of the notifications nobody has acknowledged yet, e.g. a recorder fault (п.20).

Shown to those who may acknowledge them (the head and the responsible person) and hidden when there is
nothing to show. Each item has its own "Acknowledge" button; `changed` fires whenever the list changes,
so the window can refresh the journal too. The list is re-read every minute, as another PC may add to it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from inspector_app.context import AppContext
from inspector_app.domain.journal import Notification
from inspector_app.domain.roles import Permission, allows
from inspector_app.domain.users import UserView
from inspector_app.errors import AppError
from ui.formats import format_local
from ui.widgets import Retranslatable, show_error

logger = logging.getLogger(__name__)

REFRESH_MS = 60_000
_KINDS = {"fault": QT_TRANSLATE_NOOP("Notifications", "Recorder fault")}


class NotificationsBar(Retranslatable, QFrame):
    changed = Signal()

    def __init__(self, ctx: AppContext, user: UserView, parent: QWidget | None = None,
                 refresh_ms: int = REFRESH_MS) -> None:
        super().__init__(parent)
        self.ctx, self.user = ctx, user
        self.setObjectName("notificationsBar")
        self.setStyleSheet("#notificationsBar { background: #fff4c2; border: 1px solid #e0c200; border-radius: 4px; }")
        self.notifications: list[Notification] = []
        self.items_layout = QVBoxLayout(self)
        self.items_layout.setContentsMargins(8, 4, 8, 4)
        self.timer = QTimer(self, interval=refresh_ms, timeout=self.refresh)
        if refresh_ms > 0 and self._allowed():
            self.timer.start()
        self.notifications = self._read()
        self.retranslate()

    def _allowed(self) -> bool:
        return allows(self.user.role, Permission.ACKNOWLEDGE_NOTIFICATIONS)

    def refresh(self) -> None:
        """Re-read the unacknowledged notifications; emits `changed` if they differ from what is shown."""
        notes = self._read()
        if [n.id for n in notes] == [n.id for n in self.notifications]:
            return
        self.notifications = notes
        self._rebuild()
        self.changed.emit()

    def _read(self) -> list[Notification]:
        if not self._allowed():
            return []  # inspectors report faults but do not acknowledge them
        try:
            return self.ctx.journal.notifications(self.user)
        except AppError as error:  # e.g. the account was disabled meanwhile
            logger.warning("notifications not read: %s", error)
            return []

    def retranslate(self) -> None:
        self._rebuild()

    def _rebuild(self) -> None:
        while self.items_layout.count():
            item = self.items_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        zone_name = self.ctx.timezone() if self.notifications else ""
        names = self._names() if self.notifications else {}
        for note in self.notifications:
            self.items_layout.addWidget(self._item(note, zone_name, names.get(note.created_by_id, "")))
        self._show_if_any()

    def _show_if_any(self) -> None:
        if not self.notifications:
            self.hide()
        elif self.parentWidget() is not None:
            self.show()
        else:  # not placed yet: showing it now would open a window; let the layout show it later
            self.setAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide, False)

    def _names(self) -> dict[int, str]:
        try:
            return {u.id: u.full_name for u in self.ctx.users.list(self.user)}
        except AppError:
            return {}

    def _item(self, note: Notification, zone_name: str, author: str) -> QWidget:
        row = QWidget(objectName=f"notification{note.id}")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        kind = QCoreApplication.translate("Notifications", _KINDS[note.kind]) if note.kind in _KINDS else note.kind
        text = self.tr("{0} — {1}: {2}").format(format_local(note.created_at, zone_name), kind, note.message)
        if author:
            text += f" ({author})"
        label = QLabel(text, objectName="notificationText", wordWrap=True)
        button = QPushButton(self.tr("Acknowledge"), objectName="acknowledgeButton")
        button.setToolTip(self.tr("Mark as seen: it disappears for everyone"))
        button.clicked.connect(lambda _=False, note_id=note.id: self.acknowledge(note_id))
        layout.addWidget(label, 1)
        layout.addWidget(button)
        return row

    def acknowledge(self, note_id: int) -> None:
        try:
            self.ctx.journal.acknowledge(self.user, note_id)
        except AppError as error:
            if error.code != "acknowledged":  # someone else acknowledged it first: just refresh
                show_error(self, error)
        self.refresh()
