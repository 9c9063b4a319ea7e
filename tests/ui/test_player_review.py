"""Reviewing in the player (issue 7, points 2 and 3): the wall-clock time drawn over the picture, notes beside
the player that jump it to their moment across the segments of an issue, and a note added at the moment on
screen with its time filled in."""

from __future__ import annotations

import os

os.environ.setdefault("QT_MEDIA_BACKEND", "ffmpeg")  # before QtMultimedia is imported

from PySide6.QtCore import Qt  # noqa: E402

from inspector_app.domain.audit import AuditFilter, AuditKind  # noqa: E402
from tests.ui.conftest import press_ok, type_text  # noqa: E402
from tests.ui.test_player import (  # noqa: E402, F401 - fixtures
    SEGMENT_SECONDS,
    TIMEOUT_MS,
    Frames,
    _open_first,
    fast_password_hashing,
    page,
    stored,
)
from tests.integration.test_ingest_engine import issued  # noqa: E402, F401 - fixture


def test_the_wall_clock_is_drawn_over_the_picture(qtbot, page):
    dialog = _open_first(qtbot, page)
    player = dialog.player
    frames = Frames(player.sink())
    player.play()
    qtbot.waitUntil(lambda: len(frames.seen) >= 3, timeout=TIMEOUT_MS)
    player.pause()
    view = player.video
    assert view.overlay_text() == player.clock.text() and view.overlay_text().startswith("23.11.2026 10:05:0")
    box = view.box.sceneBoundingRect()
    picture = view.item.boundingRect()
    assert picture.contains(box) and box.width() > 100  # inside the picture, wide enough for the time
    image = view.grab().toImage()
    inside = [image.pixelColor(x, y) for x in range(int(box.left()) + 2, int(box.right()) - 2, 2)
              for y in range(int(box.top()) + 2, int(box.bottom()) - 2, 2)]
    assert any(c.lightness() > 200 for c in inside)   # the white letters of the time
    assert any(c.lightness() < 60 for c in inside)    # on their dark box
    # the clock moves with the position
    before = view.overlay_text()
    player.seek(2500)
    qtbot.waitUntil(lambda: view.overlay_text() != before, timeout=TIMEOUT_MS)


def test_a_note_jumps_the_player_to_its_moment_in_the_next_segment(qtbot, unit_context, responsible, page):
    dialog = _open_first(qtbot, page)
    player = dialog.player
    second = player.timeline.segments[1].recording
    unit_context.review.add_bookmark(responsible, second.id, 1500, "Қоршау жоқ, ашық карьер")
    dialog.bookmarks.reload()
    notes = dialog.bookmarks.list
    assert notes.count() == 1 and "Қоршау жоқ" in notes.item(0).text() and "segment 2" in notes.item(0).text()
    frames = Frames(player.sink())
    player.play()
    qtbot.waitUntil(lambda: len(frames.seen) >= 2, timeout=TIMEOUT_MS)
    rect = notes.visualItemRect(notes.item(0))
    qtbot.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(notes.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: player.index == 1, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: abs(player.player.position() - 1500) < 400, timeout=TIMEOUT_MS)
    assert player.recording.id == second.id
    assert player.position_ms() >= SEGMENT_SECONDS * 1000


def test_note_here_fills_in_the_current_moment(qtbot, modal, unit_context, responsible, page):
    dialog = _open_first(qtbot, page)
    player = dialog.player
    frames = Frames(player.sink())
    player.play()
    qtbot.waitUntil(lambda: len(frames.seen) >= 2, timeout=TIMEOUT_MS)
    player.pause()
    player.seek(2000)
    qtbot.waitUntil(lambda: abs(player.player.position() - 2000) < 200, timeout=TIMEOUT_MS)
    at = player.player.position()
    seen = {}

    def fill(note_dialog):
        seen["start"] = note_dialog.start.time().msecsSinceStartOfDay()
        type_text(note_dialog.note, "Бұзушылық: каска жоқ")
        press_ok(qtbot, note_dialog)

    modal.run(lambda: qtbot.mouseClick(dialog.bookmarks.add_button, Qt.MouseButton.LeftButton), fill)
    assert seen["start"] == at
    [bookmark] = unit_context.review.bookmarks(responsible, player.recording.id)
    assert bookmark.start_ms == at and bookmark.note == "Бұзушылық: каска жоқ"
    assert "каска жоқ" in dialog.bookmarks.list.item(0).text()
    events = unit_context.audit.list(responsible, AuditFilter(kind=AuditKind.BOOKMARK))
    assert any(e.recording_id == player.recording.id for e in events)
