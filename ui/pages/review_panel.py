"""Reviewing the footage beside the selected recording (п.6, п.19): its bookmarks with "Add a note…", and the
continuity review, the open flags of every issue, each decided in a small dialog (explained, a violation of
п.19, a device fault, with a comment). Everything here is written through `ReviewService`, which checks the
role and audits each write; the calls are single short queries, so they run on the GUI thread.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.recordings import Recording
from inspector_app.domain.review import Bookmark, Decision, FlagKind, ReviewFlag
from inspector_app.errors import AppError
from ui.formats import format_local
from ui.dialogs.form_dialog import FormDialog
from ui.error_texts import error_text
from ui.widgets import Retranslatable

logger = logging.getLogger(__name__)

OFFSET_FORMAT = "HH:mm:ss.zzz"
FLAG_KEY_ROLE = Qt.ItemDataRole.UserRole
BOOKMARK_ID_ROLE = Qt.ItemDataRole.UserRole

DECISIONS = {
    Decision.EXPLAINED: QT_TRANSLATE_NOOP("ReviewLabels", "Explained"),
    Decision.VIOLATION: QT_TRANSLATE_NOOP("ReviewLabels", "Violation of п.19"),
    Decision.DEVICE_FAULT: QT_TRANSLATE_NOOP("ReviewLabels", "Device fault"),
}


def decision_label(decision: Decision) -> str:
    return QCoreApplication.translate("ReviewLabels", DECISIONS[decision])


def format_offset(ms: int) -> str:
    seconds, millis = divmod(int(ms), 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:d}:{minutes:02d}:{seconds:02d}.{millis // 100:d}"


def bookmark_text(bookmark: Bookmark) -> str:
    where = format_offset(bookmark.start_ms)
    if bookmark.end_ms is not None:
        where += "–" + format_offset(bookmark.end_ms)
    ref = f" [{bookmark.inspection_ref}]" if bookmark.inspection_ref else ""
    return f"{where}{ref}  {bookmark.note}"


def flag_text(flag: ReviewFlag, entry_label=lambda entry_id: "") -> str:
    first = flag.recording_ids[0] if flag.recording_ids else "?"
    if flag.kind is FlagKind.GAP:
        text = QCoreApplication.translate(
            "ReviewPanel", "Gap of {0} s").format(round(flag.value or 0))
    elif flag.kind is FlagKind.MISSING_SEQUENCE:
        text = QCoreApplication.translate(
            "ReviewPanel", "Missing file number {0}").format(flag.value)
    elif flag.kind is FlagKind.OUTSIDE_ISSUE:
        text = QCoreApplication.translate(
            "ReviewPanel", "Recording {0} made while the recorder was not issued").format(first)
    elif flag.kind is FlagKind.EMPTY_ISSUE:
        text = QCoreApplication.translate(
            "ReviewPanel", "The issue has no recording at all")
    elif flag.kind is FlagKind.UNDATED:
        text = QCoreApplication.translate(
            "ReviewPanel", "Recording {0} with no known start").format(first)
    else:
        text = QCoreApplication.translate(
            "ReviewPanel", "Recorder clock off by {0:+d} s").format(int(flag.value or 0))
    if flag.entry_id is not None:
        issue = entry_label(flag.entry_id) or QCoreApplication.translate(
            "ReviewPanel", "entry {0}").format(flag.entry_id)
        text = f"{issue}: {text}"
    return text


class BookmarkDialog(FormDialog):
    """A note on a moment, or on a range, of the recording."""

    def __init__(self, review, user, recording: Recording, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("bookmarkDialog")
        self.review, self.user, self.recording = review, user, recording
        self.start = self.add_row(QTimeEdit(objectName="bookmarkStart", displayFormat=OFFSET_FORMAT))
        self.is_range = self.add_row(QCheckBox(objectName="bookmarkIsRange"))
        self.end = self.add_row(QTimeEdit(objectName="bookmarkEnd", displayFormat=OFFSET_FORMAT, enabled=False))
        self.is_range.toggled.connect(self.end.setEnabled)
        self.note = self.add_row(QPlainTextEdit(objectName="bookmarkNote"))
        self.note.setTabChangesFocus(True)
        self.inspection_ref = self.add_row(QLineEdit(objectName="bookmarkInspection"))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a note"))
        self.set_label(self.start, self.tr("At (from the start)"))
        self.set_label(self.is_range, "")
        self.is_range.setText(self.tr("A range, up to"))
        self.set_label(self.end, self.tr("Until"))
        self.set_label(self.note, self.tr("Note"))
        self.set_label(self.inspection_ref, self.tr("Inspection"))
        self.inspection_ref.setPlaceholderText(self.tr("the act's number, if any"))

    def submit(self) -> Bookmark:
        start = self.start.time().msecsSinceStartOfDay()
        end = self.end.time().msecsSinceStartOfDay() if self.is_range.isChecked() else None
        return self.review.add_bookmark(self.user, self.recording.id, start, self.note.toPlainText(), end_ms=end,
                                        inspection_ref=self.inspection_ref.text())


class DecisionDialog(FormDialog):
    """The reviewer's decision on one continuity flag, with a comment."""

    def __init__(self, review, user, flag: ReviewFlag, text: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionDialog")
        self.review, self.user, self.flag = review, user, flag
        self.flag_caption = QLabel(objectName="decisionFlagCaption")  # no buddy: the flag is read, not edited
        self.flag_label = QLabel(text, objectName="decisionFlag", wordWrap=True)
        self.form.addRow(self.flag_caption, self.flag_label)
        self.decision = self.add_row(QComboBox(objectName="decisionChoice"))
        for decision in Decision:
            self.decision.addItem("", decision.value)
        self.comment = self.add_row(QPlainTextEdit(objectName="decisionComment"))
        self.comment.setTabChangesFocus(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Decide a continuity flag"))
        self.flag_caption.setText(self.tr("Flag"))
        self.set_label(self.decision, self.tr("Decision"))
        self.set_label(self.comment, self.tr("Comment"))
        for index, decision in enumerate(Decision):
            self.decision.setItemText(index, decision_label(decision))

    def submit(self):
        return self.review.decide(self.user, self.flag.key, self.decision.currentData(), self.comment.toPlainText())


class ReviewPanel(Retranslatable, QWidget):
    """The selected recording's bookmarks and the open continuity flags."""

    def __init__(self, review, user, timezone: str, parent=None, autoload: bool = True) -> None:
        """`autoload`: read the open flags by itself once up (False: the owner starts `flags_timer`)."""
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.autoload = autoload
        self.review, self.user, self.timezone = review, user, timezone
        self.recording: Recording | None = None
        self.entry_label = lambda entry_id: ""
        self.flags: dict[str, ReviewFlag] = {}
        # The open flags of every issue are read once the page is up, not while it is built: three years of
        # reports take a moment, and the table of recordings comes first.
        self.flags_timer = QTimer(self, singleShot=True, interval=0)
        self.flags_timer.timeout.connect(self.reload_flags)

        self.bookmarks_box = QGroupBox(objectName="bookmarksBox")
        self.bookmark_list = QListWidget(objectName="bookmarkList")
        self.add_button = QPushButton(objectName="addBookmarkButton", enabled=False,
                                      clicked=lambda *_: self.add_bookmark())
        self.correct_button = QPushButton(objectName="correctBookmarkButton", enabled=False,
                                          clicked=self.correct_bookmark)
        self.bookmark_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.correct_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self.bookmarks_box)
        box.addWidget(self.bookmark_list, 1)
        box.addLayout(buttons)

        self.flags_box = QGroupBox(objectName="continuityReviewBox")
        self.flag_list = QListWidget(objectName="flagList")
        self.decide_button = QPushButton(objectName="decideButton", enabled=False, clicked=self.decide_selected)
        self.status = QLabel(objectName="reviewStatus", wordWrap=True)
        self.status.setStyleSheet("color: #b00020;")
        self.flag_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.flag_list.itemDoubleClicked.connect(lambda *_: self.decide_selected())
        flag_buttons = QHBoxLayout()
        flag_buttons.addWidget(self.decide_button)
        flag_buttons.addStretch(1)
        box = QVBoxLayout(self.flags_box)
        box.addWidget(self.flag_list, 1)
        box.addLayout(flag_buttons)

        row = QHBoxLayout()
        row.addWidget(self.bookmarks_box, 1)
        row.addWidget(self.flags_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row, 1)
        layout.addWidget(self.status)
        self.retranslate()

    def retranslate(self) -> None:
        self.bookmarks_box.setTitle(self.tr("Bookmarks and notes"))
        self.add_button.setText(self.tr("Add a note…"))
        self.correct_button.setText(self.tr("Correct…"))
        self.correct_button.setToolTip(self.tr("A note is never changed: the correction is a new note that "
                                               "replaces this one, both kept"))
        self.flags_box.setTitle(self.tr("Continuity review"))
        self.decide_button.setText(self.tr("Decide…"))
        if self.autoload or self.flags:
            self.flags_timer.start()  # read once up; read again in the new language after a switch
        self.show_recording(self.recording)

    # bookmarks
    def show_recording(self, recording: Recording | None) -> None:
        self.recording = recording
        self.bookmark_list.clear()
        if recording is not None and recording.id is not None:
            try:
                bookmarks = self.review.bookmarks(self.user, recording.id)
            except AppError as error:
                self._failed(error)
                bookmarks = []
            for bookmark in bookmarks:
                item = QListWidgetItem(bookmark_text(bookmark))
                item.setData(BOOKMARK_ID_ROLE, bookmark.id)
                when = format_local(bookmark.created_at, self.timezone, "%d.%m.%Y %H:%M")
                item.setToolTip(self.tr("Added {0}").format(when))
                self.bookmark_list.addItem(item)
        self._update_buttons()

    def add_bookmark(self, supersedes: Bookmark | None = None):
        if self.recording is None:
            return None
        dialog = BookmarkDialog(self.review, self.user, self.recording, parent=self)
        if supersedes is not None:
            dialog.setWindowTitle(self.tr("Correct a note"))
            dialog.start.setTime(QTime.fromMSecsSinceStartOfDay(supersedes.start_ms))
            if supersedes.end_ms is not None:
                dialog.is_range.setChecked(True)
                dialog.end.setTime(QTime.fromMSecsSinceStartOfDay(supersedes.end_ms))
            dialog.note.setPlainText(supersedes.note)
            dialog.inspection_ref.setText(supersedes.inspection_ref or "")
            review, user, recording = self.review, self.user, self.recording
            dialog.submit = lambda: review.add_bookmark(
                user, recording.id, dialog.start.time().msecsSinceStartOfDay(), dialog.note.toPlainText(),
                end_ms=dialog.end.time().msecsSinceStartOfDay() if dialog.is_range.isChecked() else None,
                inspection_ref=dialog.inspection_ref.text(), supersedes_id=supersedes.id)
        accepted = dialog.exec()
        if accepted:
            self.show_recording(self.recording)
        return dialog.result_value if accepted else None

    def correct_bookmark(self):
        item = self.bookmark_list.currentItem()
        if item is None or self.recording is None:
            return None
        bookmark_id = item.data(BOOKMARK_ID_ROLE)
        try:
            old = next(b for b in self.review.bookmarks(self.user, self.recording.id) if b.id == bookmark_id)
        except (AppError, StopIteration):
            return None
        return self.add_bookmark(supersedes=old)

    # the continuity review
    def reload_flags(self) -> None:
        self.flags_timer.stop()
        self.flag_list.clear()
        self.flags = {}
        try:
            flags = self.review.open_flags(self.user)
        except AppError as error:
            self._failed(error)
            flags = []
        for flag in flags:
            item = QListWidgetItem(flag_text(flag, self.entry_label))
            item.setData(FLAG_KEY_ROLE, flag.key)
            self.flag_list.addItem(item)
            self.flags[flag.key] = flag
        if not flags:
            item = QListWidgetItem(self.tr("No open flags"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.flag_list.addItem(item)
        self._update_buttons()

    def decide_selected(self):
        item = self.flag_list.currentItem()
        flag = self.flags.get(item.data(FLAG_KEY_ROLE)) if item is not None else None
        if flag is None:
            return None
        dialog = DecisionDialog(self.review, self.user, flag, item.text(), parent=self)
        if not dialog.exec():
            return None
        self.reload_flags()
        return dialog.result_value

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.recording is not None and self.recording.id is not None)
        self.correct_button.setEnabled(self.recording is not None and self.bookmark_list.currentItem() is not None)
        item = self.flag_list.currentItem()
        self.decide_button.setEnabled(item is not None and item.data(FLAG_KEY_ROLE) in self.flags)

    def _failed(self, error: AppError) -> None:
        logger.info("review: %s", error)
        self.status.setText(error_text(error))
