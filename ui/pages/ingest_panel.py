"""The docked recorders being ingested (п.11): one row each with progress, speed, time left, the file being
copied, a Cancel button, and the result once it is over.

The panel only listens to a `ui.station.Station` (queued, started, progress, finished, failed) and asks
it to cancel; it never touches the ingest itself. Speed is taken over the last few seconds of progress,
so a resumed ingest that skips the files stored at an earlier dock does not show an absurd figure for long.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from dataclasses import dataclass, field

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import Retranslatable

logger = logging.getLogger(__name__)

SPEED_WINDOW_SECONDS = 3.0
OK_STYLE = "color: #1b6e20;"
PROBLEM_STYLE = "color: #b00020;"


@dataclass
class IngestState:
    """What the panel knows of one docked recorder's ingest."""

    volume: object
    name: str
    state: str = "running"          # waiting / running / over
    done: int = 0
    total: int = 0
    file: str = ""
    summary: object = None           # IngestSummary when over
    error: str = ""                  # a failure's message when over
    samples: deque = field(default_factory=lambda: deque(maxlen=64))  # (monotonic time, bytes done)

    def speed(self) -> float | None:
        """Bytes a second over the last `SPEED_WINDOW_SECONDS`, or None before there is enough to tell."""
        if len(self.samples) < 2:
            return None
        (t0, d0), (t1, d1) = self.samples[0], self.samples[-1]
        return (d1 - d0) / (t1 - t0) if t1 > t0 else None

    def add_sample(self, done: int) -> None:
        now = time.monotonic()
        self.samples.append((now, done))
        while len(self.samples) > 2 and now - self.samples[0][0] > SPEED_WINDOW_SECONDS:
            self.samples.popleft()


class IngestRow(QFrame):
    """One recorder: its name, a progress bar and Cancel on the first line; the details or result below."""

    def __init__(self, state: IngestState, cancel, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("ingestRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLabel(objectName="ingestName")
        self.name.setStyleSheet("font-weight: bold;")
        self.bar = QProgressBar(objectName="ingestProgress")
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(objectName="ingestCancel", clicked=lambda: cancel(state.volume))
        self.detail = QLabel(objectName="ingestDetail")
        self.detail.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.name, 0, 0)
        grid.addWidget(self.bar, 0, 1)
        grid.addWidget(self.cancel_button, 0, 2)
        grid.addWidget(self.detail, 1, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        self.render()

    def render(self) -> None:
        """Show the state. Called for every progress report: only what changed is set (a style sheet
        set again re-polishes the label, which costs far more than its text)."""
        state = self.state
        _set_text(self.name, state.name)
        _set_text(self.cancel_button, self.tr("Cancel"))
        if self.cancel_button.isHidden() != (state.state == "over"):
            self.cancel_button.setVisible(state.state != "over")
        if state.state == "waiting":
            self.bar.setValue(0)
            self._set_style("")
            _set_text(self.detail, self.tr("Waiting for another recorder's ingest to end"))
        elif state.state == "running":
            self.bar.setValue(int(1000 * state.done / state.total) if state.total else 0)
            self._set_style("")
            _set_text(self.detail, self._running_text())
        else:
            self._set_style(OK_STYLE if self.result_ok() else PROBLEM_STYLE)
            _set_text(self.detail, self.result_text())
            if self.result_ok():
                self.bar.setValue(1000)

    def _set_style(self, style: str) -> None:
        if self.detail.styleSheet() != style:
            self.detail.setStyleSheet(style)

    def _running_text(self) -> str:
        state = self.state
        speed = state.speed()
        parts = [self.tr("{0:.0f} of {1:.0f} MB").format(state.done / 1e6, state.total / 1e6)]
        if speed is not None:
            parts.append(self.tr("{0:.1f} MB/s").format(speed / 1e6))
            if speed > 0:
                left = int((state.total - state.done) / speed)
                parts.append(self.tr("{0}:{1:02d} left").format(left // 60, left % 60))
        if state.file:
            parts.append(state.file)
        return " · ".join(parts)

    def result_ok(self) -> bool:
        return self.state.summary is not None and self.state.summary.status == "done"

    def result_text(self) -> str:
        summary = self.state.summary
        if summary is None:
            return self.tr("Failed: {0}").format(self.state.error)
        counts = self.tr("{0} stored, {1} already there").format(summary.files_stored, summary.files_skipped)
        if summary.status == "done":
            return self.tr("Done: {0}").format(counts)
        if summary.status == "cancelled":
            return self.tr("Cancelled: {0}; the rest comes at the next dock").format(counts)
        if summary.status == "unknown_recorder":
            return self.tr("Serial {0} is not in the register: bind it to an inventory number (п.7)").format(
                summary.serial or "?")
        last = summary.log[-1] if summary.log else ""
        return self.tr("Stopped: {0}. {1}").format(counts, last)


def _set_text(widget, text: str) -> None:
    if widget.text() != text:
        widget.setText(text)


class IngestPanel(Retranslatable, QWidget):
    """The rows of the docked recorders, newest at the bottom; a line of its own when there are none."""

    def __init__(self, station=None, recorder_name=None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("ingestPanel")
        self.station = station
        self.recorder_name = recorder_name or (lambda serial: "")
        self.rows: dict[object, IngestRow] = {}  # volume -> row
        self.title = QLabel(objectName="ingestTitle")
        self.title.setStyleSheet("font-weight: bold;")
        self.empty = QLabel(objectName="ingestEmpty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #777;")
        holder = QWidget()
        self.list = QVBoxLayout(holder)
        self.list.setContentsMargins(0, 0, 0, 0)
        self.list.addWidget(self.empty)
        self.list.addStretch(1)
        scroll = QScrollArea(objectName="ingestScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        if station is not None:
            station.queued.connect(lambda volume: self._update(volume, state="waiting"))
            station.started.connect(self._started)
            station.progress.connect(self._progress)
            station.finished.connect(lambda volume, summary: self._update(volume, state="over", summary=summary))
            station.failed.connect(lambda volume, message: self._update(volume, state="over", error=message))
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Docked recorders"))
        self.empty.setText(self.tr("No recorder is docked. Recordings are stored automatically while a recorder "
                                   "charges on its dock (п.11)."))
        for row in self.rows.values():
            row.render()

    def row(self, volume) -> IngestRow | None:
        return self.rows.get(volume)

    def cancel(self, volume) -> None:
        if self.station is not None:
            self.station.cancel(volume)

    def _name(self, volume) -> str:
        inventory = self.recorder_name(volume.serial) if volume.serial else ""
        serial = volume.serial or self.tr("no serial number")
        return f"{inventory} ({serial})" if inventory else serial

    def _row_for(self, volume) -> IngestRow:
        row = self.rows.get(volume)
        if row is None:
            row = IngestRow(IngestState(volume, self._name(volume)), self.cancel)
            self.rows[volume] = row
            self.list.insertWidget(self.list.count() - 1, row)
            self.empty.hide()
        return row

    def _started(self, volume) -> None:
        row = self._row_for(volume)
        row.state = IngestState(volume, self._name(volume))  # a new dock starts afresh
        row.render()

    def _progress(self, volume, done: int, total: int, name: str) -> None:
        row = self._row_for(volume)
        state = row.state
        state.state, state.done, state.total, state.file = "running", done, total, name
        state.add_sample(done)
        row.render()

    def _update(self, volume, *, state: str, summary=None, error: str = "") -> None:
        row = self._row_for(volume)
        row.state.state, row.state.summary, row.state.error = state, summary, error
        if summary is not None and summary.inventory_number:
            row.state.name = f"{summary.inventory_number} ({volume.serial or '?'})"
        row.render()
