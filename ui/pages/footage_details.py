"""The details of the selected recording: its frame, full hash, the recorder's own time text, when it was
stored, the continuity of the issue it belongs to (gaps, missing numbers, recordings made outside the
issue, an empty issue) and the recorder's latest clock check (п.13, п.17, п.19); below them, with a review
service, the recording's bookmarks and the continuity review (`ReviewPanel`).
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from inspector_app.domain.recordings import ClockCheck, ContinuityReport, Recording
from inspector_app.errors import AppError
from ui.formats import format_local
from ui.error_texts import error_text
from ui.models.recordings_table_model import format_duration, format_size
from ui.pages.review_panel import ReviewPanel
from ui.widgets import Retranslatable

logger = logging.getLogger(__name__)

GAPS_LISTED = 5
OK_COLOUR, PROBLEM_COLOUR = "#1b6e20", "#b00020"
FRAME_URL = QUrl("frame:selected")
FRAME_HEIGHT = 72


class FootageDetails(Retranslatable, QWidget):
    def __init__(self, recordings, user, timezone: str, parent=None, review=None) -> None:
        super().__init__(parent)
        self.recordings, self.user, self.timezone = recordings, user, timezone
        self.setObjectName("footageDetails")
        self.recording: Recording | None = None
        self.locked = False  # the footage vault is locked: no frame, and the file cannot be opened
        self._entry_label = lambda entry_id: ""
        self.title = QLabel(objectName="detailsTitle")
        self.title.setStyleSheet("font-weight: bold;")
        self.text = QTextBrowser(objectName="detailsText")
        self.text.setOpenLinks(False)
        self.text.document().setDefaultStyleSheet("p, ul { margin-top: 2px; margin-bottom: 2px; }")
        self.play_button = QPushButton(objectName="playButton", enabled=False)  # the page opens the player
        heading = self.heading = QHBoxLayout()  # the page adds its actions beside "Play"
        heading.addWidget(self.title, 1)
        heading.addWidget(self.play_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addWidget(self.text, 1)
        # The page names the issues of the flags once it has read them, and then the flags are read (once).
        self.review_panel = ReviewPanel(review, user, timezone, autoload=False) if review is not None else None
        if self.review_panel is not None:
            layout.addWidget(self.review_panel, 1)
        self.retranslate()

    @property
    def entry_label(self):
        """How to name a journal entry; the page says."""
        return self._entry_label

    @entry_label.setter
    def entry_label(self, label) -> None:
        self._entry_label = label
        if self.review_panel is not None:
            self.review_panel.entry_label = label

    def retranslate(self) -> None:
        self.title.setText(self.tr("Selected recording"))
        self.text.setAccessibleName(self.tr("Details of the selected recording"))
        self.play_button.setText(self.tr("Play"))
        self.show_recording(self.recording)

    def show_recording(self, recording: Recording | None) -> None:
        self.recording = recording
        self.play_button.setEnabled(recording is not None and recording.readable and not self.locked)
        if self.review_panel is not None:
            self.review_panel.show_recording(recording)
        if recording is None:
            hint = self.tr("Select a recording to see its hash, times and the continuity of its issue.")
            self.text.setHtml(f"<p style='color:#777'>{html.escape(hint)}</p>")
            return
        try:
            if recording.id is not None:
                recording = self.recordings.view(self.user, recording.id)  # the look is audited (п.13)
            report = self.recordings.continuity(self.user, recording.entry_id) if recording.entry_id else None
            check = self.recordings.clock_check(self.user, recording.recorder_id)
        except AppError as error:
            self.text.setPlainText(error_text(error))
            return
        image = QImage.fromData(recording.thumbnail, "JPG") if recording.thumbnail else QImage()
        self.text.document().addResource(QTextDocument.ResourceType.ImageResource, FRAME_URL, image)
        self.text.setHtml(self._html(recording, report, check, not image.isNull()))

    # The texts are translated first and put into the markup afterwards (lupdate does not read f-strings).
    def _html(self, rec: Recording, report: ContinuityReport | None, check: ClockCheck | None, frame: bool) -> str:
        esc, tz = html.escape, self.timezone
        sha = esc(self.tr("SHA-256: {0}")).replace("{0}", f"<code>{rec.sha256}</code>")
        facts = [
            esc(self.tr("File on the recorder: {0}").format(rec.source_name)),
            sha,
            esc(self.tr("Start: {0} (recorder's text: {1})").format(
                format_local(rec.start_utc, tz, "%d.%m.%Y %H:%M:%S") or "—", rec.original_time_text or "—")),
            esc(self.tr("Duration {0}, size {1}").format(format_duration(rec.duration_seconds) or "—",
                                                         format_size(rec.size))),
            esc(self.tr("Stored: {0}").format(format_local(rec.ingested_at, tz, "%d.%m.%Y %H:%M:%S"))),
        ]
        if self.locked and not frame:
            facts.append("<span style='color:#8a5a00'>" + esc(self.tr(
                "The footage is locked: its frame and file open once the storage password is entered.")) + "</span>")
        if not rec.readable:
            facts.append(f"<span style='color:{PROBLEM_COLOUR}'>" + esc(self.tr(
                "The file could not be decoded; it is stored byte for byte all the same.")) + "</span>")
        text = "<br>".join(facts)
        if frame:  # the frame beside the facts, so the continuity and the clock show without scrolling
            top = (f"<table cellspacing='0' cellpadding='0'><tr><td style='padding-right: 8px'>"
                   f"<img src='{FRAME_URL.toString()}' height='{FRAME_HEIGHT}'></td><td>{text}</td></tr></table>")
        else:
            top = f"<p>{text}</p>"
        return top + self._continuity_html(rec, report) + self._clock_html(check)

    def _continuity_html(self, rec: Recording, report: ContinuityReport | None) -> str:
        esc = html.escape
        if rec.entry_id is None:
            return _para(self.tr("Made while the recorder was not issued: no journal entry."), PROBLEM_COLOUR)
        heading = self.tr("Continuity of {0}").format(self.entry_label(rec.entry_id) or
                                                      self.tr("entry {0}").format(rec.entry_id))
        if report is None:
            not_checked = self.tr("not checked yet")
            return f"<p><b>{esc(heading)}</b>: {esc(not_checked)}</p>"
        if report.ok:
            no_breaks = self.tr("no breaks")
            return f"<p><b>{esc(heading)}</b>: <span style='color:{OK_COLOUR}'>{esc(no_breaks)}</span></p>"
        lines = []
        if report.empty:
            lines.append(self.tr("The issue has no recording at all"))
        for gap in report.gaps[:GAPS_LISTED]:
            lines.append(self.tr("A gap of {0} after {1}").format(format_duration(gap.seconds),
                                                                   self._start_of(gap.after_recording_id)))
        if len(report.gaps) > GAPS_LISTED:
            lines.append(self.tr("… {0} gaps in all").format(len(report.gaps)))
        if report.missing_sequence_numbers:
            numbers = ", ".join(str(n) for n in report.missing_sequence_numbers[:20])
            more = "…" if len(report.missing_sequence_numbers) > 20 else ""
            lines.append(self.tr("Missing file numbers: {0}").format(numbers + more))
        if report.outside_issue:
            lines.append(self.tr("{0} recording(s) made while the recorder was not issued").format(
                len(report.outside_issue)))
        if report.undated:
            lines.append(self.tr("{0} recording(s) with no known start").format(len(report.undated)))
        items = "".join(f"<li>{esc(line)}</li>" for line in lines)
        return f"<p><b>{esc(heading)}</b>:</p><ul style='color:{PROBLEM_COLOUR}'>{items}</ul>"

    def _start_of(self, recording_id: int) -> str:
        try:
            other = self.recordings.get(self.user, recording_id)
        except AppError:
            return "?"
        return format_local(other.end_utc or other.start_utc, self.timezone, "%H:%M:%S") or other.source_name

    def _clock_html(self, check: ClockCheck | None) -> str:
        if check is None:
            return _para(self.tr("Recorder clock: not checked yet"), None)
        when = format_local(check.docked_at, self.timezone)
        if check.offset_seconds is None:
            text = self.tr("Recorder clock at the dock of {0}: unknown").format(when)
        elif check.measured:
            text = self.tr("Recorder clock at the dock of {0}: {1:+d} s (tolerance {2} s)").format(
                when, check.offset_seconds, check.tolerance_seconds)
        else:
            text = self.tr("Recorder clock at the dock of {0}: at least {1:+d} s, from its newest file "
                           "(tolerance {2} s)").format(when, check.offset_seconds, check.tolerance_seconds)
        if check.flagged:
            text += " — " + self.tr("set the recorder clock (п.17)")
        return _para(text, PROBLEM_COLOUR if check.flagged else None)


def _para(text: str, colour: str | None) -> str:
    style = f" style='color:{colour}'" if colour else ""
    return f"<p{style}>{html.escape(text)}</p>"
