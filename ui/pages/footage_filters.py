"""The filters of the footage browser: recorder, inspector, journal issue, a flag, from and to which day
(in the unit's time zone), a text searched in the bookmarks' notes, file names and hashes, and whether
the rows are grouped issue by issue (one visit, its segments in order).

`changed` fires when any filter changes (typed text waits a moment, so each key does not query a million
rows); `recorder_changed` first, when the recorder changes, so the page can offer that recorder's issues.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from inspector_app.domain.recordings import RecordingFilter, RecordingFlag
from ui.pages.audit_filters import refill
from ui.pages.day_range import DayRange
from ui.widgets import Retranslatable

TYPING_DELAY_MS = 300

FLAG_LABELS = {
    RecordingFlag.GAP: QT_TRANSLATE_NOOP("FootageFilters", "Gap in recording"),
    RecordingFlag.UNREADABLE: QT_TRANSLATE_NOOP("FootageFilters", "Unreadable"),
    RecordingFlag.CLOCK_OFFSET: QT_TRANSLATE_NOOP("FootageFilters", "Recorder clock off"),
    RecordingFlag.NOT_ISSUED: QT_TRANSLATE_NOOP("FootageFilters", "Recorded while not issued"),
    RecordingFlag.EVIDENCE: QT_TRANSLATE_NOOP("FootageFilters", "Evidence (bookmarked or cited)"),
    RecordingFlag.LEGAL_HOLD: QT_TRANSLATE_NOOP("FootageFilters", "Under a legal hold"),
    RecordingFlag.DESTROYED: QT_TRANSLATE_NOOP("FootageFilters", "Destroyed"),
}


class FootageFilters(Retranslatable, QWidget):
    changed = Signal()
    recorder_changed = Signal()

    def __init__(self, timezone: str, today, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("footageFilters")
        self.timezone = timezone
        self.recorders, self.users, self.entries = [], [], []  # entries: (label, id)
        self.typing = QTimer(self, singleShot=True, interval=TYPING_DELAY_MS)
        self.typing.timeout.connect(self.changed)

        self.recorder_filter = QComboBox(objectName="recorderFilter")
        self.user_filter = QComboBox(objectName="inspectorFilter")
        self.entry_filter = QComboBox(objectName="entryFilter")
        self.flag_filter = QComboBox(objectName="flagFilter")
        for combo, letters in ((self.recorder_filter, 16), (self.user_filter, 18), (self.entry_filter, 22),
                               (self.flag_filter, 18)):
            # Sized by letters, not by the longest item (full names, journal entries): the row fits the window;
            # the list that drops down is as wide as its items.
            combo.setMinimumContentsLength(letters)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.recorder_filter.currentIndexChanged.connect(self._recorder_changed)
        for combo in (self.user_filter, self.entry_filter, self.flag_filter):
            combo.currentIndexChanged.connect(lambda *_: self.changed.emit())
        self.days = DayRange("footage", today, timezone, lambda: self.changed.emit())
        self.date_from_check, self.date_from, self.date_to_check, self.date_to = self.days.widgets()
        self.text = QLineEdit(objectName="footageTextFilter")
        self.text.setClearButtonEnabled(True)
        self.text.textChanged.connect(lambda *_: self.typing.start())
        self.text.returnPressed.connect(self._now)
        self.by_issue = QCheckBox(objectName="groupByIssue", toggled=lambda *_: self.changed.emit())

        first = QHBoxLayout()
        for widget in (self.recorder_filter, self.user_filter, self.entry_filter, self.flag_filter):
            first.addWidget(widget)
        first.addStretch(1)
        second = QHBoxLayout()
        for widget in (self.date_from_check, self.date_from, self.date_to_check, self.date_to):
            second.addWidget(widget)
        second.addWidget(self.text, 1)
        second.addWidget(self.by_issue)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(second)
        self.retranslate()

    def retranslate(self) -> None:
        self.date_from_check.setText(self.tr("From"))
        self.date_to_check.setText(self.tr("To"))
        self.text.setPlaceholderText(self.tr("Search in notes, file names and hashes"))
        self.text.setAccessibleName(self.text.placeholderText())  # a placeholder is no name to a screen reader
        for combo, name in ((self.recorder_filter, self.tr("Recorder")), (self.user_filter, self.tr("Inspector")),
                            (self.entry_filter, self.tr("Journal issue")), (self.flag_filter, self.tr("Flag"))):
            combo.setAccessibleName(name)  # else a screen reader hears the choice only
        self.by_issue.setText(self.tr("Group by issue"))
        self.by_issue.setToolTip(self.tr("One visit at a time: each journal issue with its segments in order"))
        self._fill()

    def set_choices(self, recorders=None, users=None, entries=None) -> None:
        """New choices (None: keep those): recorders and users as read, entries as (label, id)."""
        if recorders is not None:
            self.recorders = list(recorders)
        if users is not None:
            self.users = list(users)
        if entries is not None:
            self.entries = list(entries)
        self._fill()

    def _fill(self) -> None:
        refill(self.recorder_filter, self.tr("All recorders"),
               [(r.inventory_number, r.id) for r in self.recorders], self.recorder_filter.currentData())
        refill(self.user_filter, self.tr("All inspectors"),
               [(u.full_name, u.id) for u in self.users], self.user_filter.currentData())
        refill(self.entry_filter, self.tr("All journal entries"), self.entries, self.entry_filter.currentData())
        refill(self.flag_filter, self.tr("Any recording"),
               [(self.tr(label), flag.value) for flag, label in FLAG_LABELS.items()], self.flag_filter.currentData())

    def _recorder_changed(self, *_args) -> None:
        self.recorder_changed.emit()
        self.changed.emit()

    def _now(self) -> None:
        if self.typing.isActive():
            self.typing.stop()
            self.changed.emit()

    def set_flag(self, flag: RecordingFlag | None) -> None:
        self.flag_filter.setCurrentIndex(max(self.flag_filter.findData(flag.value if flag else None), 0))

    def set_dates(self, date_from, date_to) -> None:
        """Bound the start by local days (either may be None: no bound), firing `changed` once at most."""
        self.blockSignals(True)
        try:
            for check, edit, value in ((self.date_from_check, self.date_from, date_from),
                                       (self.date_to_check, self.date_to, date_to)):
                if value is not None:
                    edit.setDate(QDate(value))
                check.setChecked(value is not None)
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def current_filter(self) -> RecordingFilter:
        date_from, date_to = self.days.bounds()
        flag = self.flag_filter.currentData()  # the value: Qt would turn a str enum into a plain str
        return RecordingFilter(recorder_id=self.recorder_filter.currentData(), user_id=self.user_filter.currentData(),
                               entry_id=self.entry_filter.currentData(), date_from=date_from, date_to=date_to,
                               flag=RecordingFlag(flag) if flag else None, text=self.text.text().strip(),
                               by_issue=self.by_issue.isChecked())
