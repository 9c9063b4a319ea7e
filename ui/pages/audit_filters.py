"""The filters of the audit page: who, what kind of event, which recording, from and to which day (in the
unit's time zone), and a text searched in the subjects, the details and the names. `changed` fires when
any of them changes; typed text waits a moment so that each key does not query the trail."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from inspector_app.domain.audit import AuditFilter, AuditKind
from ui.audit_labels import audit_kind_label, audit_kinds
from ui.pages.day_range import DayRange
from ui.widgets import Retranslatable

logger = logging.getLogger(__name__)

TYPING_DELAY_MS = 300


def refill(combo: QComboBox, all_text: str, items: list[tuple[str, object]], selected) -> None:
    """Fill a filter combo ("all" first), keeping the chosen value, without firing its signal."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_text, None)
    for text, value in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(combo.findData(selected), 0) if selected is not None else 0)
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)  # the drop-down shows whole items
    combo.blockSignals(False)


class AuditFilters(Retranslatable, QWidget):
    changed = Signal()

    def __init__(self, timezone: str, today, users=(), parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("auditFilters")
        self.timezone = timezone
        self.users = list(users)
        self.typing = QTimer(self, singleShot=True, interval=TYPING_DELAY_MS)
        self.typing.timeout.connect(self.changed)

        self.user_filter = QComboBox(objectName="auditUserFilter")
        self.kind_filter = QComboBox(objectName="auditKindFilter")
        for combo, letters in ((self.user_filter, 24), (self.kind_filter, 22)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(letters)
            combo.currentIndexChanged.connect(lambda *_: self.changed.emit())
        self.recording = QLineEdit(objectName="auditRecordingFilter")
        self.recording.setValidator(QIntValidator(1, 2_000_000_000, self.recording))
        self.recording.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 14 + 24)
        self.text = QLineEdit(objectName="auditTextFilter")
        self.text.setClearButtonEnabled(True)
        for edit in (self.recording, self.text):
            edit.textChanged.connect(lambda *_: self.typing.start())
            edit.returnPressed.connect(self._now)
        self.days = DayRange("audit", today, timezone, lambda: self.changed.emit())
        self.date_from_check, self.date_from, self.date_to_check, self.date_to = self.days.widgets()

        first = QHBoxLayout()
        for widget in (self.user_filter, self.kind_filter, self.recording):
            first.addWidget(widget)
        first.addStretch(1)
        second = QHBoxLayout()  # the text beside the dates, where it has room for its whole placeholder
        for widget in (self.date_from_check, self.date_from, self.date_to_check, self.date_to):
            second.addWidget(widget)
        second.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(second)
        self.retranslate()

    def retranslate(self) -> None:
        self.recording.setPlaceholderText(self.tr("Recording No."))
        self.text.setPlaceholderText(self.tr("Search in subjects, details and names"))
        self.user_filter.setAccessibleName(self.tr("User"))  # a combo box would be named by its choice only
        self.kind_filter.setAccessibleName(self.tr("Kind of event"))
        for edit in (self.recording, self.text):  # a placeholder is no name to a screen reader
            edit.setAccessibleName(edit.placeholderText())
        self.date_from_check.setText(self.tr("From"))
        self.date_to_check.setText(self.tr("To"))
        self._fill()

    def set_users(self, users) -> None:
        self.users = list(users)
        self._fill()

    def _fill(self) -> None:
        refill(self.user_filter, self.tr("All users"), [(f"{u.full_name} ({u.login})", u.id) for u in self.users],
               self.user_filter.currentData())
        refill(self.kind_filter, self.tr("All events"), [(audit_kind_label(k), k.value) for k in audit_kinds()],
               self.kind_filter.currentData())

    def _now(self) -> None:
        if self.typing.isActive():
            self.typing.stop()
            self.changed.emit()

    def current_filter(self) -> AuditFilter:
        date_from, date_to = self.days.bounds()
        recording = self.recording.text().strip()
        kind = self.kind_filter.currentData()  # the value: Qt would turn a str enum into a plain str
        return AuditFilter(user_id=self.user_filter.currentData(), kind=AuditKind(kind) if kind else None,
                           recording_id=int(recording) if recording.isdigit() else None,
                           date_from=date_from, date_to=date_to, text=self.text.text().strip())
