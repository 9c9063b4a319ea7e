"""The segments of one issue as one timeline: a global position in milliseconds mapped to a segment and the
position inside it, and the slider that seeks where it is clicked."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSlider, QStyle, QStyleOptionSlider

logger = logging.getLogger(__name__)


@dataclass
class Segment:
    recording: object  # inspector_app.domain.recordings.Recording
    start_ms: int      # where it begins on the timeline
    duration_ms: int

    @property
    def end_ms(self) -> int:
        return self.start_ms + self.duration_ms


class Timeline:
    """Recordings in order (by start), each `duration_seconds` long (a segment whose length the probe did not
    learn counts as 0 until the player says it)."""

    def __init__(self, recordings: list) -> None:
        self.segments: list[Segment] = []
        at = 0
        for recording in recordings:
            length = int(round((recording.duration_seconds or 0) * 1000))
            self.segments.append(Segment(recording, at, length))
            at += length

    @property
    def duration_ms(self) -> int:
        return self.segments[-1].end_ms if self.segments else 0

    def set_duration(self, index: int, duration_ms: int) -> None:
        """The player's own duration of segment `index`: the later segments move."""
        if duration_ms <= 0 or self.segments[index].duration_ms == duration_ms:
            return
        self.segments[index].duration_ms = duration_ms
        for before, after in zip(self.segments, self.segments[1:]):
            after.start_ms = before.end_ms

    def locate(self, position_ms: int) -> tuple[int, int]:
        """(segment index, position inside it) of a global position, clamped to the timeline."""
        position_ms = max(0, min(position_ms, self.duration_ms))
        for index, segment in enumerate(self.segments):
            if position_ms < segment.end_ms or index == len(self.segments) - 1:
                return index, max(0, min(position_ms - segment.start_ms, segment.duration_ms))
        return 0, 0

    def global_ms(self, index: int, local_ms: int) -> int:
        return self.segments[index].start_ms + local_ms

    def wall_clock(self, index: int, local_ms: int) -> datetime | None:
        """The recorder's time at a position (UTC), None when the segment's start is unknown."""
        start = self.segments[index].recording.start_utc
        return start + timedelta(milliseconds=local_ms) if start is not None else None


class TimelineSlider(QSlider):
    """A horizontal slider that jumps to where it is clicked (not by a page step) and says when a person
    moved it: `seek_requested(ms)` for each move, `gesture_ended()` when the click or the drag is over."""

    seek_requested = Signal(int)
    gesture_ended = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("timeline")
        self.setTracking(True)
        self.sliderMoved.connect(self.seek_requested)
        self.sliderReleased.connect(self.gesture_ended)

    def value_at(self, x: int) -> int:
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        groove = self.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                             QStyle.SubControl.SC_SliderGroove, self)
        handle = self.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                             QStyle.SubControl.SC_SliderHandle, self)
        span = max(1, groove.width() - handle.width())
        return QStyle.sliderValueFromPosition(self.minimum(), self.maximum(),
                                              x - groove.x() - handle.width() // 2, span)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            value = self.value_at(int(event.position().x()))
            self.setValue(value)
            self.seek_requested.emit(value)
            self.setSliderDown(True)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.isSliderDown():
            value = self.value_at(int(event.position().x()))
            if value != self.value():
                self.setValue(value)
                self.seek_requested.emit(value)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.isSliderDown():
            self.setSliderDown(False)  # emits sliderReleased -> gesture_ended
            event.accept()
            return
        super().mouseReleaseEvent(event)
