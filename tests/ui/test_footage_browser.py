"""The footage browser's filters, driven as a person would: a flag, a text in the notes, a date range, the
inspector, and grouping by issue, over recordings stored by the real ingest from a recorder's folder."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from devices.ingest_engine import IngestEngine
from devices.profiles import all_profiles
from devices.volumes import scan_roots
from inspector_app.domain.recordings import RecordingFlag
from inspector_app.timezones import to_local
from tests.integration.fake_recorder import back_to_back, make_recorder
from tests.integration.test_ingest_engine import LOCAL, issued  # noqa: F401 - fixture
from tests.ui.conftest import type_text
from ui.pages.footage_filters import TYPING_DELAY_MS
from ui.pages.footage_page import FootagePage


def _local(utc, minutes: float = 0):
    return (utc + LOCAL).replace(tzinfo=None) + timedelta(minutes=minutes)


@pytest.fixture
def stored(unit_context, issued, tmp_path):  # noqa: F811
    """Three segments of the issue, a gap of ten minutes before the third, and one recorded the day before the issue."""
    _, entry = issued
    segments = back_to_back(_local(entry.at, 5), 2, 1.0) + [(_local(entry.at, 17), 1.0), (_local(entry.at, -1440), 1.0)]
    root = make_recorder(unit_context.data_dir.parent / "vol", segments)
    [volume] = scan_roots([(root, "HIKVISION")], all_profiles())
    assert IngestEngine(unit_context).ingest(volume).files_stored == 4
    return entry


@pytest.fixture
def page(qtbot, unit_context, responsible, stored):
    widget = FootagePage(unit_context, responsible)
    qtbot.addWidget(widget)
    widget.resize(1180, 720)
    widget.show()
    return widget


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def _rows(page) -> list:
    return [page.model.row(i) for i in range(page.model.rowCount())]


def test_flags_pick_out_the_gap_and_the_recording_made_while_not_issued(page, qtbot, stored):
    assert page.model.total() == 4
    # the issues offered and the open continuity flags are read just after the table is up, once
    flags = page.details.review_panel.flag_list
    qtbot.waitUntil(page.settled)
    assert page.filters.entry_filter.findData(stored.id) > 0
    texts = [flags.item(i).text() for i in range(flags.count())]
    assert any(f"No. {stored.number}" in t and "Gap of" in t for t in texts), texts
    _choose(page.filters.flag_filter, RecordingFlag.GAP.value)
    gap_rows = _rows(page)
    assert len(gap_rows) == 2 and all(r.entry_id == stored.id for r in gap_rows)
    assert all("gap" in page.model.index(i, page.model.COL_FLAG).data() for i in range(2))
    _choose(page.filters.flag_filter, RecordingFlag.NOT_ISSUED.value)
    [outside] = _rows(page)
    assert outside.entry_id is None and page.model.index(0, page.model.COL_FLAG).data() == "not issued"
    assert page.count_label.text().startswith("1")
    _choose(page.filters.flag_filter, None)
    assert page.model.total() == 4


def test_a_note_typed_in_the_search_finds_its_recording(page, qtbot, unit_context, responsible):
    target = _rows(page)[1]
    unit_context.review.add_bookmark(responsible, target.id, 500, "Бұзушылық: ашық карьерде ҚОРШАУ жоқ")
    type_text(page.filters.text, "қоршау")
    qtbot.waitUntil(lambda: page.model.total() == 1, timeout=TYPING_DELAY_MS * 10)
    assert page.model.row(0).id == target.id
    _choose(page.filters.flag_filter, RecordingFlag.EVIDENCE.value)
    assert page.model.total() == 1 and "evidence" in page.model.index(0, page.model.COL_FLAG).data()
    page.filters.text.clear()
    qtbot.waitUntil(lambda: page.model.total() == 1 and page.filters.text.text() == "", timeout=TYPING_DELAY_MS * 10)


def test_dates_and_inspector_narrow_the_rows(page, qtbot, unit_context, inspector, stored):
    issue_day = to_local(stored.at, unit_context.timezone()).date()
    page.filters.set_dates(issue_day, issue_day)
    assert {r.entry_id for r in _rows(page)} == {stored.id}  # the one recorded while not issued is the day before
    page.filters.set_dates(issue_day + timedelta(days=1), None)
    assert page.model.total() == 0
    page.filters.set_dates(None, None)
    _choose(page.filters.user_filter, inspector.id)
    assert page.model.total() == 3 and all(r.user_id == inspector.id for r in _rows(page))


def test_grouped_by_issue_a_visit_is_its_segments_in_order_under_its_label(page, qtbot, stored):
    page.filters.by_issue.setChecked(True)
    rows = _rows(page)
    assert [r.entry_id for r in rows] == [stored.id] * 3 + [None]
    assert [r.start_utc for r in rows[:3]] == sorted(r.start_utc for r in rows[:3])
    model = page.model
    label = model.index(0, model.COL_ISSUE).data()
    assert f"No. {stored.number}" in label and "3 segment" in label and "ВР-001" in label
    assert model.index(0, 2).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, model.COL_ISSUE).data() == "" and model.index(1, 2).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(3, model.COL_ISSUE).data(Qt.ItemDataRole.ToolTipRole) == "no issue"
    assert page.table.columnWidth(model.COL_ISSUE) > page.table.fontMetrics().horizontalAdvance(label) - 40
    page.filters.by_issue.setChecked(False)
    assert model.index(0, model.COL_ISSUE).data().startswith("No. ") or model.row(0).entry_id is None
