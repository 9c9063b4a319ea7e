"""The review beside the selected recording, driven as a person would: a note added (and corrected) on a real
stored recording, and a real gap of an ingested issue decided in the continuity review, both in the audit trail."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTime

from devices.ingest_engine import IngestEngine
from inspector_app.domain.audit import AuditFilter, AuditKind
from inspector_app.domain.review import Decision, FlagKind
from inspector_app.services.recordings import RecordingsService
from tests.integration.fake_recorder import back_to_back, make_recorder
from tests.integration.test_ingest_engine import _local, _volume, issued  # noqa: F401 - the fixture
from tests.integration.test_integrity import stored  # noqa: F401 - the fixture: three sealed recordings
from tests.ui.conftest import press_ok, type_into
from ui.pages.footage_details import FootageDetails
from ui.pages.review_panel import ReviewPanel


@pytest.fixture
def gapped(unit_context, issued, tmp_path):  # noqa: F811
    _, entry = issued
    start = _local(entry.at, 5)
    segments = back_to_back(start, 2, 1.0) + [(start + timedelta(minutes=20), 1.0)]
    summary = IngestEngine(unit_context).ingest(_volume(make_recorder(tmp_path / "vol", segments)))
    assert summary.files_stored == 3, summary.log
    return entry


def _panel(qtbot, ctx, user) -> ReviewPanel:
    panel = ReviewPanel(ctx.review, user, ctx.timezone())
    qtbot.addWidget(panel)
    assert panel.flag_list.count() == 0  # the open flags are read once the panel is up, not while it is built
    qtbot.waitUntil(lambda: panel.flag_list.count() > 0)
    return panel


def test_a_note_is_added_to_the_selected_recording(qtbot, modal, unit_context, stored, head):  # noqa: F811
    panel = _panel(qtbot, unit_context, head)
    assert not panel.add_button.isEnabled()
    panel.show_recording(stored[0])
    assert panel.add_button.isEnabled() and panel.bookmark_list.count() == 0

    def fill(dialog):
        dialog.findChild(type(dialog.start), "bookmarkStart").setTime(QTime(0, 0, 0, 500))
        type_into(qtbot, dialog, "bookmarkNote", "Нарушение: нет ограждения у открытого карьера")
        type_into(qtbot, dialog, "bookmarkInspection", "Акт № 12")
        press_ok(qtbot, dialog)

    modal.run(lambda: qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton), fill)
    assert panel.bookmark_list.count() == 1
    assert "Нарушение: нет ограждения" in panel.bookmark_list.item(0).text()
    assert "0:00:00.5" in panel.bookmark_list.item(0).text()
    [bookmark] = unit_context.review.bookmarks(head, stored[0].id)
    assert bookmark.start_ms == 500 and bookmark.inspection_ref == "Акт № 12" and bookmark.end_ms is None
    [event] = unit_context.audit.list(head, AuditFilter(kind=AuditKind.BOOKMARK))
    assert event.recording_id == stored[0].id and event.user_id == head.id


def test_an_empty_note_is_refused_and_the_dialog_stays(qtbot, modal, unit_context, stored, head):  # noqa: F811
    panel = _panel(qtbot, unit_context, head)
    panel.show_recording(stored[0])
    seen = {}

    def fill(dialog):
        press_ok(qtbot, dialog)
        seen["open"] = dialog.isVisible()
        seen["error"] = dialog.error_label.text()
        dialog.reject()

    modal.run(lambda: qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton), fill)
    assert seen["open"] and seen["error"] == "A note needs some text"
    assert unit_context.review.bookmarks(head, stored[0].id, history=True) == []


def test_a_note_is_corrected_by_a_new_one(qtbot, modal, unit_context, stored, head):  # noqa: F811
    old = unit_context.review.add_bookmark(head, stored[0].id, 100, "Нет огражденя")
    panel = _panel(qtbot, unit_context, head)
    panel.show_recording(stored[0])
    panel.bookmark_list.setCurrentRow(0)
    assert panel.correct_button.isEnabled()

    def fill(dialog):
        type_into(qtbot, dialog, "bookmarkNote", "Нет ограждения")
        press_ok(qtbot, dialog)

    modal.run(lambda: qtbot.mouseClick(panel.correct_button, Qt.MouseButton.LeftButton), fill)
    [current] = unit_context.review.bookmarks(head, stored[0].id)
    assert current.supersedes_id == old.id and current.note == "Нет ограждения" and current.start_ms == 100
    assert [panel.bookmark_list.item(i).text() for i in range(panel.bookmark_list.count())] == [
        "0:00:00.1  Нет ограждения"]


def test_a_gap_is_decided_in_the_continuity_review(qtbot, modal, unit_context, gapped, responsible, head):
    panel = _panel(qtbot, unit_context, responsible)
    keys = [panel.flag_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(panel.flag_list.count())]
    [gap] = [panel.flags[k] for k in keys if k in panel.flags and panel.flags[k].kind is FlagKind.GAP]
    panel.flag_list.setCurrentRow(keys.index(gap.key))
    assert panel.decide_button.isEnabled()

    def decide(dialog):
        choice = dialog.findChild(type(dialog.decision), "decisionChoice")
        choice.setCurrentIndex(choice.findData(Decision.VIOLATION.value))
        type_into(qtbot, dialog, "decisionComment", "Объяснения нет: нарушение п.19")
        press_ok(qtbot, dialog)

    modal.run(lambda: qtbot.mouseClick(panel.decide_button, Qt.MouseButton.LeftButton), decide)
    assert gap.key not in panel.flags
    [decision] = unit_context.review.decisions(head, gap.key)
    assert decision.decision is Decision.VIOLATION and decision.decided_by_id == responsible.id
    [event] = unit_context.audit.list(head, AuditFilter(kind=AuditKind.REVIEW_DECISION))
    assert event.details["decision"] == "violation" and event.details["comment"] == "Объяснения нет: нарушение п.19"


def test_the_footage_details_show_the_review_of_the_selected_recording(qtbot, unit_context, stored, head):  # noqa: F811
    unit_context.review.add_bookmark(head, stored[1].id, 200, "Екінші бөліктегі белгі")
    recordings = RecordingsService(unit_context.uow_factory, unit_context.audit, unit_context.keyring)
    details = FootageDetails(recordings, head, unit_context.timezone(), review=unit_context.review)
    qtbot.addWidget(details)
    details.show_recording(stored[0])
    assert details.review_panel.bookmark_list.count() == 0
    details.show_recording(stored[1])
    assert "Екінші бөліктегі белгі" in details.review_panel.bookmark_list.item(0).text()
    assert FootageDetails(recordings, head, unit_context.timezone()).review_panel is None
