"""The player: QMediaPlayer (ffmpeg backend) fed by a `VaultDevice` that `RecordingsService.open_footage`
opens (the opening is audited), so nothing decrypted reaches the disk. The segments of one issue play as one
timeline: at the end of one the next is opened. Over the picture and beside the position a clock shows the
recording's wall-clock time in the unit's zone and, when the recorder's clock was found off at its dock, the
corrected time.

Each seek gesture (a click on the timeline, a drag, a frame step) is one audit event once it settles, and each
still exported is one more, with the PNG's SHA-256.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.audit import AuditKind
from inspector_app.errors import AppError
from ui.formats import format_local
from ui.error_texts import error_text
from ui.models.recordings_table_model import format_duration
from ui.player.still import captioned, png_bytes, write_still
from ui.player.timeline import Timeline, TimelineSlider
from ui.player.video_view import VideoView
from ui.vault_device import VaultDevice
from ui.widgets import Retranslatable

logger = logging.getLogger(__name__)

SPEEDS = (0.5, 1.0, 1.5, 2.0, 4.0)
SEEK_SETTLE_MS = 400  # a seek gesture is over when the position rests this long
DEFAULT_FPS = 25.0
CLOCK_PATTERN = "%d.%m.%Y %H:%M:%S"


class PlayerWidget(Retranslatable, QWidget):
    """`recordings`: the segments in order; `start_index`: the one to begin with."""

    failed = Signal(str)
    fullscreen_toggled = Signal()

    def __init__(self, ctx, user, service, recordings: list, start_index: int = 0, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("player")
        self.ctx, self.user, self.service = ctx, user, service
        self.timezone = ctx.timezone()
        self.timeline = Timeline(recordings)
        self.index = -1
        self.device: VaultDevice | None = None
        self.retired: list[VaultDevice] = []
        self.pending_local_ms: int | None = None
        self.play_after_load = False
        self.seek_from_ms: int | None = None
        self.offsets: dict[int, int | None] = {}

        self.player = QMediaPlayer(self)  # a child made before the video widget: destroyed before it
        self.audio = QAudioOutput(self)
        self.video = VideoView()  # the picture, with the clock drawn over it
        self.player.setAudioOutput(self.audio)
        self.player.setVideoOutput(self.video.item)
        self.player.positionChanged.connect(self._position_changed)
        self.player.durationChanged.connect(self._duration_changed)
        self.player.mediaStatusChanged.connect(self._status_changed)
        self.player.errorOccurred.connect(lambda _e, text: self._fail(text))
        self.player.playbackStateChanged.connect(lambda *_: self._update_buttons())
        self.seek_timer = QTimer(self, singleShot=True, interval=SEEK_SETTLE_MS)
        self.seek_timer.timeout.connect(self._seek_settled)

        self.clock = QLabel(objectName="clockOverlay")
        self.clock.setStyleSheet("font-family: 'DejaVu Sans Mono', monospace; font-weight: bold;")
        self.position_label = QLabel(objectName="positionLabel")
        self.message = QLabel(objectName="playerMessage")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.slider = TimelineSlider()
        self.slider.seek_requested.connect(self.seek)
        self.slider.gesture_ended.connect(self.seek_timer.start)
        self.play_button = QPushButton(objectName="playPauseButton", clicked=self.toggle_play)
        self.back_button = QPushButton(objectName="frameBackButton", clicked=lambda: self.step_frame(-1))
        self.step_button = QPushButton(objectName="frameStepButton", clicked=lambda: self.step_frame(1))
        self.speed = QComboBox(objectName="speedChoice")
        for speed in SPEEDS:
            self.speed.addItem(f"{speed:g}×", speed)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.currentIndexChanged.connect(lambda *_: self.player.setPlaybackRate(self.speed.currentData()))
        self.sound = QCheckBox(objectName="soundToggle", checked=True)
        self.sound.toggled.connect(lambda on: self.audio.setMuted(not on))
        self.still_button = QPushButton(objectName="stillButton", clicked=self.save_still_dialog)
        self.fullscreen_button = QPushButton(objectName="fullScreenButton")
        self.fullscreen_button.clicked.connect(lambda *_: self.fullscreen_toggled.emit())

        info = QHBoxLayout()
        info.addWidget(self.position_label)
        info.addStretch(1)
        info.addWidget(self.clock)
        controls = QHBoxLayout()
        for widget in (self.play_button, self.back_button, self.step_button, self.speed, self.sound):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.still_button)
        controls.addWidget(self.fullscreen_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.video, 1)
        layout.addLayout(info)
        layout.addWidget(self.slider)
        layout.addLayout(controls)
        layout.addWidget(self.message)
        self.retranslate()
        self._load(start_index, 0, play=False)

    # texts
    def retranslate(self) -> None:
        self.back_button.setText(self.tr("◀| Frame back"))
        self.step_button.setText(self.tr("Frame |▶"))
        self.back_button.setAccessibleName(self.tr("One frame back"))  # without the arrows a screen reader spells
        self.step_button.setAccessibleName(self.tr("One frame forward"))
        self.sound.setText(self.tr("Sound"))
        self.still_button.setText(self.tr("Save a still…"))
        self.fullscreen_button.setText(self.tr("Full screen"))
        self.speed.setToolTip(self.tr("Playback speed"))
        self.speed.setAccessibleName(self.speed.toolTip())
        self.slider.setAccessibleName(self.tr("Position in the recording"))
        self._update_buttons()
        self._update_clock()

    def _update_buttons(self) -> None:
        playing = self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

    # the sink the frames reach
    def sink(self):
        return self.video.videoSink()

    @property
    def recording(self):
        return self.timeline.segments[self.index].recording if self.index >= 0 else None

    # loading segments
    def _load(self, index: int, local_ms: int, play: bool) -> bool:
        """Open segment `index` through the service (audited) and put it in the player."""
        recording = self.timeline.segments[index].recording
        try:
            stream = self.service.open_footage(self.user, recording.id, self.ctx.vault, "play")
        except AppError as error:
            self._fail(error_text(error))
            return False
        self._release()
        self.index = index
        self.device = VaultDevice(stream, self)
        self.pending_local_ms = local_ms or None
        self.play_after_load = play
        self.player.setSourceDevice(self.device, QUrl(f"recording-{recording.id}.mp4"))
        if play:
            self.player.play()
        self._show_position()  # a later segment starts past 0 on the timeline, before any position change
        self._update_clock()
        return True

    def _release(self) -> None:
        self.player.stop()
        self.player.setSource(QUrl())
        if self.device is not None:
            # Closed but kept (a child, freed with the widget after the player): the player's demuxing thread
            # may still hold it for a moment after the source changes.
            self.device.close()
            self.retired.append(self.device)
            self.device = None

    def _status_changed(self, status) -> None:
        if status in (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia):
            if self.pending_local_ms is not None:
                local, self.pending_local_ms = self.pending_local_ms, None
                self.player.setPosition(local)
            if status == QMediaPlayer.MediaStatus.LoadedMedia and not self.play_after_load \
                    and self.player.playbackState() == QMediaPlayer.PlaybackState.StoppedState:
                self.player.pause()  # paused, not stopped: the picture at the position shows
        elif status == QMediaPlayer.MediaStatus.EndOfMedia:
            if self.index + 1 < len(self.timeline.segments):
                # the issue plays on as one timeline; the next source is set outside the player's own signal
                QTimer.singleShot(0, self, lambda i=self.index + 1: self._load(i, 0, play=True))
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._fail(self.player.errorString() or self.tr("The recording cannot be played"))

    def _duration_changed(self, duration_ms: int) -> None:
        if self.index >= 0:
            self.timeline.set_duration(self.index, duration_ms)
        self.slider.setRange(0, self.timeline.duration_ms)
        self._show_position()  # a value set before the range was known was clamped to it

    def _fail(self, text: str) -> None:
        if text:
            self.message.setText(text)
            self.failed.emit(text)

    # controls
    def play(self) -> None:
        if self.device is None and self.timeline.segments:
            self._load(max(self.index, 0), 0, play=True)
            return
        self.player.play()

    def pause(self) -> None:
        self.player.pause()

    def toggle_play(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.pause()
        else:
            self.play()

    def position_ms(self) -> int:
        """The position on the whole timeline."""
        return self.timeline.global_ms(self.index, self.player.position()) if self.index >= 0 else 0

    def seek(self, position_ms: int) -> None:
        """Go to a position on the timeline; the audit event follows when the gesture settles."""
        if self.seek_from_ms is None:
            self.seek_from_ms = self.position_ms()
        index, local = self.timeline.locate(position_ms)
        if index != self.index:
            playing = self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
            if not self._load(index, local, play=playing):
                return
        elif self.player.mediaStatus() in (QMediaPlayer.MediaStatus.NoMedia, QMediaPlayer.MediaStatus.LoadingMedia):
            self.pending_local_ms = local  # still opening: the position is set once it has loaded
        else:
            self.player.setPosition(local)
        if not self.slider.isSliderDown():
            self.seek_timer.start()  # a click or a step; a drag settles when it is released

    def step_frame(self, frames: int) -> None:
        """Pause and move `frames` frames (negative: back)."""
        self.pause()
        fps = (self.recording.fps if self.recording is not None else None) or DEFAULT_FPS
        self.seek(max(0, self.position_ms() + round(frames * 1000 / fps)))

    def _seek_settled(self) -> None:
        if self.seek_from_ms is None or self.recording is None:
            return
        origin, self.seek_from_ms = self.seek_from_ms, None
        self._audit("seek", {"from_ms": origin})

    def _audit(self, purpose: str, extra: dict) -> None:
        recording = self.recording
        local = self.player.position()
        wall = self.timeline.wall_clock(self.index, local)
        details = {"purpose": purpose, "position_ms": self.position_ms(), "segment_position_ms": local,
                   "sha256": recording.sha256, "file": recording.source_name,
                   "wall_clock_utc": wall.isoformat() if wall else None, **extra}
        try:
            self.ctx.audit.record(AuditKind.VIEW, self.user, subject=f"recording:{recording.id}",
                                  recording_id=recording.id, details=details)
        except AppError as error:
            logger.warning("auditing a %s: %s", purpose, error)

    # the clock
    def _position_changed(self, _local_ms: int) -> None:
        self._show_position()
        self._update_clock()

    def _show_position(self) -> None:
        """The timeline's handle at the position, unless the person is dragging it."""
        if not self.slider.isSliderDown():
            self.slider.blockSignals(True)
            self.slider.setValue(self.position_ms())
            self.slider.blockSignals(False)

    def offset_seconds(self) -> int | None:
        """The recorder's clock offset at its latest dock (positive: the recorder ran ahead); None when it was
        not read off the recorder's clock (a bound from the newest file is no offset to correct by)."""
        recording = self.recording
        if recording is None:
            return None
        if recording.recorder_id not in self.offsets:
            try:
                check = self.service.clock_check(self.user, recording.recorder_id)
            except AppError as error:
                logger.warning("clock check of recorder %s: %s", recording.recorder_id, error)
                check = None
            measured = check is not None and check.measured
            self.offsets[recording.recorder_id] = check.offset_seconds if measured else None
        return self.offsets[recording.recorder_id]

    def clock_text(self) -> str:
        if self.index < 0:
            return ""
        wall = self.timeline.wall_clock(self.index, self.player.position())
        if wall is None:
            return self.tr("Recorder time unknown")
        text = format_local(wall, self.timezone, CLOCK_PATTERN)
        offset = self.offset_seconds()
        if offset:
            corrected = format_local(wall - timedelta(seconds=offset), self.timezone, "%H:%M:%S")
            text += " " + self.tr("(corrected {0}, clock {1:+d} s)").format(corrected, offset)
        return text

    def _update_clock(self) -> None:
        text = self.clock_text()
        self.clock.setText(text)
        self.video.set_overlay_text(text)
        segments = len(self.timeline.segments)
        position = self.tr("{0} / {1}").format(format_duration(self.position_ms() / 1000) or "0:00",
                                               format_duration(self.timeline.duration_ms / 1000) or "0:00")
        if segments > 1:
            position += "  " + self.tr("segment {0} of {1}").format(self.index + 1, segments)
        self.position_label.setText(position)

    # stills
    def still_caption(self) -> list[str]:
        recording = self.recording
        return [self.tr("Recorder {0}, file {1}").format(recording.inventory_number, recording.source_name),
                self.tr("Time: {0}").format(self.clock_text()),
                self.tr("SHA-256: {0}").format(recording.sha256)]

    def save_still_dialog(self) -> None:
        if self.recording is None:
            return
        self.pause()
        name = f"{Path(self.recording.source_name).stem}_{self.position_ms()}ms.png"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save a still"), name,
                                                    self.tr("PNG pictures (*.png)"))
        if path:
            self.save_still(Path(path))

    def save_still(self, path: Path) -> str | None:
        """The frame at the current position with its caption, as a PNG at `path`; its SHA-256 (None: no frame)."""
        frame = self.sink().videoFrame()
        image = frame.toImage() if frame.isValid() else None
        if image is None or image.isNull():
            self._fail(self.tr("There is no frame to save yet: play the recording first"))
            return None
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        try:
            digest = write_still(path, png_bytes(captioned(image, self.still_caption())))
        except (OSError, AppError) as error:  # a full disk, no permission, a folder that is gone
            self._fail(self.tr("The still could not be saved: {0}").format(error))
            return None
        self._audit("still", {"png_sha256": digest, "png_name": path.name})
        self.message.setText(self.tr("Saved {0}").format(str(path)))
        return digest

    def close_media(self) -> None:
        """Stop, close the stream and let go of the outputs (the dialog calls it when it closes)."""
        self.seek_timer.stop()
        self._seek_settled()
        self._release()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.close_media()
        super().closeEvent(event)
