"""The footage player (issue 7, points 2, 4, 6): a real MP4 ingested into the encrypted vault, opened from the
footage page and played straight from the decrypting stream into a QVideoSink; the clock overlay, a seek by a
click on the timeline, two segments of one issue as one timeline, a still with its caption, the audit events
of every look, and a locked vault that says so."""

from __future__ import annotations

import hashlib
import os
from datetime import timedelta

os.environ.setdefault("QT_MEDIA_BACKEND", "ffmpeg")  # before QtMultimedia is imported (it is Linux's default)

import pytest  # noqa: E402
from PySide6.QtCore import QObject, QPoint, Qt, Slot  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtMultimedia import QVideoFrame  # noqa: E402

from devices.ingest_engine import IngestEngine  # noqa: E402
from devices.profiles import all_profiles  # noqa: E402
from devices.volumes import scan_roots  # noqa: E402
from inspector_app.domain.audit import AuditFilter, AuditKind  # noqa: E402
from tests.integration.fake_recorder import back_to_back, make_recorder  # noqa: E402
from tests.integration.test_ingest_engine import LOCAL, issued  # noqa: E402, F401 - fixture
from ui.pages.footage_page import FootagePage  # noqa: E402
from ui.player.opener import PlayerOpener  # noqa: E402
from ui.player.player_dialog import PlayerDialog  # noqa: E402

STORAGE_PASSWORD = "Сақтау-жауапты-2026"
FPS = 10  # fake_recorder.write_mp4's default
SEGMENT_SECONDS = 3.0
TIMEOUT_MS = 10_000


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch):
    from inspector_app import passwords, vault_keys

    monkeypatch.setattr(passwords, "LOG2_N", 10)
    monkeypatch.setattr(vault_keys, "SCRYPT_LOG2_N", 10)


@pytest.fixture
def stored(unit_context, head, issued, clock, tmp_path):  # noqa: F811
    """Two 3-second segments of one issue, from 10:05:00 local, ingested encrypted; the recorder's clock was
    4 s ahead at the dock."""
    unit_context.keyring.create(head, STORAGE_PASSWORD)
    _, entry = issued
    start = (entry.at + LOCAL).replace(tzinfo=None) + timedelta(minutes=5)
    root = make_recorder(tmp_path / "vol", back_to_back(start, 2, SEGMENT_SECONDS),
                         clock=(clock.now() + LOCAL).replace(tzinfo=None) + timedelta(seconds=4))
    [volume] = scan_roots([(root, "HIKVISION")], all_profiles())
    summary = IngestEngine(unit_context).ingest(volume)
    assert summary.status == "done" and summary.files_stored == 2, summary.log
    return entry


@pytest.fixture
def page(qtbot, unit_context, responsible, stored):
    widget = FootagePage(unit_context, responsible)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    opener = PlayerOpener.attach(widget)  # the page's own (double click, "Play")
    yield widget
    if opener.dialog is not None:
        opener.dialog.reject()


def _gray(frame) -> int:
    image = frame.toImage()
    column = sorted(image.pixelColor(80, y).red() for y in range(0, 120, 4))
    return column[len(column) // 2]


class Frames(QObject):
    """The valid frames reaching the player's sink: (start time in µs, gray level), received in the GUI thread."""

    def __init__(self, sink) -> None:
        super().__init__(sink)
        self.seen: list[tuple[int, int]] = []
        sink.videoFrameChanged.connect(self._on_frame, Qt.ConnectionType.QueuedConnection)

    @Slot(QVideoFrame)
    def _on_frame(self, frame) -> None:
        if frame.isValid():
            self.seen.append((frame.startTime(), _gray(frame)))


def _double_click(qtbot, widget, pos) -> None:
    """As a person does: a press and release, then the double click (the view wants the press first)."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def _open_first(qtbot, page) -> PlayerDialog:
    """Double-click the oldest recording (the table lists the newest first)."""
    model = page.model
    rows = sorted(range(model.rowCount()), key=lambda r: model.row(r).start_utc)
    row = rows[0]
    page.table.selectRow(row)
    rect = page.table.visualRect(model.index(row, model.COL_RECORDER))
    _double_click(qtbot, page.table.viewport(), rect.center())
    qtbot.waitUntil(lambda: PlayerOpener.attach(page).dialog is not None, timeout=TIMEOUT_MS)
    return PlayerOpener.attach(page).dialog


def _views(ctx, user, purpose: str) -> list:
    return [e for e in ctx.audit.list(user, AuditFilter(kind=AuditKind.VIEW)) if e.details.get("purpose") == purpose]


def test_a_recording_opened_from_the_page_plays_from_the_vault_with_its_wall_clock(
        qtbot, unit_context, responsible, page):
    dialog = _open_first(qtbot, page)
    player = dialog.player
    frames = Frames(player.sink())
    assert player.device is not None and len(player.timeline.segments) == 2
    assert _views(unit_context, responsible, "play")  # the opening is audited by open_footage
    qtbot.mouseClick(player.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(frames.seen) >= 3, timeout=TIMEOUT_MS)
    assert player.play_button.text() == "Pause"
    for start_us, gray in frames.seen:
        assert abs(gray - (round(start_us * FPS / 1e6) * 7) % 255) <= 6
    # the clock: the recording's own time in Almaty, and corrected by the recorder's +4 s
    assert player.clock.text().startswith("23.11.2026 10:05:0")
    assert "+4" in player.clock.text() and "10:04:5" in player.clock.text()
    qtbot.mouseClick(player.play_button, Qt.MouseButton.LeftButton)
    assert player.play_button.text() == "Play"


def test_a_click_on_the_timeline_seeks_there_and_the_gesture_is_audited_once(
        qtbot, unit_context, responsible, page):
    dialog = _open_first(qtbot, page)
    player = dialog.player
    frames = Frames(player.sink())
    player.play()
    qtbot.waitUntil(lambda: len(frames.seen) >= 2, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: player.slider.maximum() >= 5500, timeout=TIMEOUT_MS)
    player.pause()
    slider = player.slider
    x = next(x for x in range(slider.width()) if slider.value_at(x) >= 1500)  # 1.5 s into the first segment
    target = slider.value_at(x)
    seen = len(frames.seen)
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=QPoint(x, slider.height() // 2))
    player.play()
    qtbot.waitUntil(lambda: any(t >= (target - 300) * 1000 for t, _g in frames.seen[seen:]), timeout=TIMEOUT_MS)
    assert player.index == 0
    first = next(t for t, _g in frames.seen[seen:] if t >= (target - 300) * 1000)
    assert first <= (target + 600) * 1000
    qtbot.waitUntil(lambda: len(_views(unit_context, responsible, "seek")) == 1, timeout=TIMEOUT_MS)
    [seek] = _views(unit_context, responsible, "seek")
    assert seek.details["position_ms"] >= target - 300 and seek.recording_id == player.recording.id

    # a drag over many pixels is one seek gesture: one event when it ends
    y = slider.height() // 2
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    for step in range(1, 30, 3):
        qtbot.mouseMove(slider, QPoint(x + step, y))
    qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=QPoint(x + 30, y))
    qtbot.wait(1000)
    assert len(_views(unit_context, responsible, "seek")) == 2


def test_two_segments_of_one_issue_play_on_as_one_timeline(qtbot, page):
    dialog = _open_first(qtbot, page)
    player = dialog.player
    first_id = player.recording.id
    frames = Frames(player.sink())
    player.play()
    qtbot.waitUntil(lambda: player.slider.maximum() >= 5500, timeout=TIMEOUT_MS)
    assert player.timeline.duration_ms == pytest.approx(2 * SEGMENT_SECONDS * 1000, abs=300)
    player.seek(2500)  # near the end of the first segment
    qtbot.waitUntil(lambda: player.index == 1, timeout=TIMEOUT_MS)
    assert player.recording.id != first_id
    seen = len(frames.seen)
    qtbot.waitUntil(lambda: len(frames.seen) >= seen + 3, timeout=TIMEOUT_MS)
    assert player.position_ms() >= 2900 and "2 of 2" in player.position_label.text()
    assert player.clock.text().startswith("23.11.2026 10:05:0")
    # a seek back onto the first segment through the timeline
    player.seek(500)
    qtbot.waitUntil(lambda: player.index == 0, timeout=TIMEOUT_MS)


def test_a_still_is_saved_with_its_caption_and_audited(qtbot, unit_context, responsible, page, tmp_path,
                                                       monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    dialog = _open_first(qtbot, page)
    player = dialog.player
    frames = Frames(player.sink())
    player.play()
    qtbot.waitUntil(lambda: len(frames.seen) >= 3, timeout=TIMEOUT_MS)
    target = tmp_path / "stills" / "кадр"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PNG"))
    qtbot.mouseClick(player.still_button, Qt.MouseButton.LeftButton)
    png = target.with_suffix(".png")
    assert png.exists() and [p.name for p in png.parent.iterdir()] == [png.name]  # no temporary file left
    image = QImage(str(png))
    assert not image.isNull() and image.height() > 120 and image.width() >= 160
    caption = [image.pixelColor(x, y).red() for y in range(125, image.height()) for x in range(image.width())]
    assert min(caption) < 100 and max(caption) > 200  # dark letters on the white caption area
    [still] = _views(unit_context, responsible, "still")
    assert still.details["png_sha256"] == hashlib.sha256(png.read_bytes()).hexdigest()
    assert still.details["sha256"] == player.recording.sha256 and "position_ms" in still.details


def test_a_locked_vault_says_so_instead_of_playing(qtbot, unit_context, responsible, page):
    unit_context.keyring.lock("test")
    page.vault.changed.emit()  # as the session does when the keyring locks
    model = page.model
    page.table.selectRow(0)
    rect = page.table.visualRect(model.index(0, model.COL_RECORDER))
    _double_click(qtbot, page.table.viewport(), rect.center())
    assert PlayerOpener.attach(page).dialog is None
    assert "locked" in page.status.text()
    button = getattr(page.details, "play_button", None)
    assert button is None or not button.isEnabled()
    # and the player itself, asked to open a segment, says the same
    recording = page.selected()
    dialog = PlayerDialog(unit_context, responsible, page.recordings, [recording], 0, parent=page)
    assert dialog.player.device is None and "locked" in dialog.player.message.text()
    dialog.player.close_media()


def test_the_details_play_button_opens_the_player_and_the_controls_work(qtbot, unit_context, responsible, page):
    model = page.model
    row = min(range(model.rowCount()), key=lambda r: model.row(r).start_utc)
    page.table.selectRow(row)
    button = page.details.play_button
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = PlayerOpener.attach(page).dialog
    assert dialog is not None and dialog.player.recording.id == model.row(row).id
    player = dialog.player
    frames = Frames(player.sink())
    player.play()
    qtbot.waitUntil(lambda: len(frames.seen) >= 2, timeout=TIMEOUT_MS)
    # speed 0.5x-4x and sound on/off
    player.speed.setCurrentIndex(player.speed.findData(4.0))
    assert player.player.playbackRate() == 4.0
    player.speed.setCurrentIndex(player.speed.findData(0.5))
    assert player.player.playbackRate() == 0.5
    player.sound.setChecked(False)
    assert player.audio.isMuted()
    player.sound.setChecked(True)
    assert not player.audio.isMuted()
    # a frame forward and back: paused, 100 ms (10 fps) each way, one seek event once it settles
    qtbot.mouseClick(player.step_button, Qt.MouseButton.LeftButton)
    assert player.player.playbackState() != player.player.PlaybackState.PlayingState
    at = player.position_ms()
    qtbot.mouseClick(player.step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: player.position_ms() == at + 100, timeout=TIMEOUT_MS)
    qtbot.mouseClick(player.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: player.position_ms() == at, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: len(_views(unit_context, responsible, "seek")) == 1, timeout=TIMEOUT_MS)
    # full screen and back
    qtbot.mouseClick(player.fullscreen_button, Qt.MouseButton.LeftButton)
    assert dialog.isFullScreen()
    qtbot.mouseClick(player.fullscreen_button, Qt.MouseButton.LeftButton)
    assert not dialog.isFullScreen()


def test_locking_the_vault_closes_an_open_player(qtbot, unit_context, page):
    dialog = _open_first(qtbot, page)
    player = dialog.player
    frames = Frames(player.sink())
    player.play()
    qtbot.waitUntil(lambda: len(frames.seen) >= 2, timeout=TIMEOUT_MS)
    device = player.device
    unit_context.keyring.lock("idle")
    page.vault.changed.emit()  # as the session does when the keyring locks
    assert PlayerOpener.attach(page).dialog is None and not dialog.isVisible()
    assert not device.isOpen() and player.device is None
    qtbot.waitUntil(lambda: "locked" in page.status.text(), timeout=TIMEOUT_MS)


def test_the_timeline_maps_positions_onto_the_segments():
    from types import SimpleNamespace

    from ui.player.timeline import Timeline

    timeline = Timeline([SimpleNamespace(duration_seconds=3.0, start_utc=None),
                         SimpleNamespace(duration_seconds=None, start_utc=None),
                         SimpleNamespace(duration_seconds=2.5, start_utc=None)])
    assert timeline.duration_ms == 5500
    assert timeline.locate(0) == (0, 0) and timeline.locate(2999) == (0, 2999)
    assert timeline.locate(3000) == (2, 0)  # the segment of unknown length takes no room until it is known
    timeline.set_duration(1, 1000)
    assert timeline.duration_ms == 6500 and timeline.locate(3500) == (1, 500) and timeline.locate(4000) == (2, 0)
    assert timeline.locate(99_999) == (2, 2500) and timeline.locate(-5) == (0, 0)
    assert timeline.global_ms(2, 100) == 4100 and timeline.wall_clock(0, 10) is None


def test_a_clock_only_bounded_by_the_newest_file_corrects_nothing(qtbot, unit_context, head, responsible, issued,
                                                                   clock, tmp_path):  # noqa: F811
    """A recorder with no clock file: the ingest bounds its clock from the newest file's end, which is no
    offset to correct the wall-clock time by (a recording may end hours before the dock)."""
    unit_context.keyring.create(head, STORAGE_PASSWORD)
    _, entry = issued
    start = (entry.at + LOCAL).replace(tzinfo=None) + timedelta(minutes=5)
    root = make_recorder(tmp_path / "vol", back_to_back(start, 1, SEGMENT_SECONDS))
    [volume] = scan_roots([(root, "HIKVISION")], all_profiles())
    assert IngestEngine(unit_context).ingest(volume).files_stored == 1
    with unit_context.uow_factory() as uow:
        check = uow.recordings.latest_clock_check(volume_recorder_id(unit_context))
    assert check is not None and not check.measured and check.offset_seconds
    widget = FootagePage(unit_context, responsible)
    qtbot.addWidget(widget)
    widget.show()
    opener = PlayerOpener.attach(widget)
    dialog = _open_first(qtbot, widget)
    try:
        assert dialog.player.clock.text().startswith("23.11.2026 10:05:0")
        assert "corrected" not in dialog.player.clock.text()
    finally:
        opener.dialog.reject()


def volume_recorder_id(ctx) -> int:
    with ctx.uow_factory() as uow:
        return uow.recorders.by_inventory("ВР-001").id


def test_opened_on_the_later_segment_the_handle_stands_where_the_position_is(qtbot, page):
    """Opened on the second segment of an issue, stopped: the handle is past the first one, not at 0."""
    model = page.model
    newest = max(range(model.rowCount()), key=lambda r: model.row(r).start_utc)
    page.table.selectRow(newest)
    rect = page.table.visualRect(model.index(newest, model.COL_RECORDER))
    _double_click(qtbot, page.table.viewport(), rect.center())
    qtbot.waitUntil(lambda: PlayerOpener.attach(page).dialog is not None, timeout=TIMEOUT_MS)
    player = PlayerOpener.attach(page).dialog.player
    qtbot.waitUntil(lambda: player.index == 1 and player.slider.maximum() >= 5500, timeout=TIMEOUT_MS)
    assert player.position_ms() >= 2500
    qtbot.waitUntil(lambda: player.slider.value() == player.position_ms(), timeout=TIMEOUT_MS)
