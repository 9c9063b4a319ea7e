"""The footage page with a real station: recorders appear as folders, are ingested by themselves into the real
vault and database, and the page, the ingest panel and the journal follow; cancel, resume, the question
about an unknown serial, and no footage at all in an inspector's window (п.11, п.13, п.7)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap

from devices.ingest_engine import IngestEngine
from inspector_app.domain.audit import AuditFilter, AuditKind
from inspector_app.domain.journal import JournalFilter, RowState
from inspector_app.domain.recordings import RecordingFilter
from inspector_app.services.recordings import RecordingsService
from tests.integration.fake_recorder import back_to_back, make_recorder
from tests.integration.test_ingest_engine import LOCAL, issued  # noqa: F401 - fixture
from tests.ui.conftest import press_cancel, press_ok
from ui.dialogs.bind_serial_dialog import BindSerialDialog
from ui.main_window import MainWindow
from ui.models.recordings_table_model import RecordingsTableModel
from ui.pages.footage_page import FootagePage
from ui.station import Station

INTERVAL_MS = 20
TIMEOUT_MS = 30_000
BIG_MB = 200


def _local(utc, minutes: float = 0):
    """A UTC journal time as the recorder's local wall clock, `minutes` later."""
    return (utc + LOCAL).replace(tzinfo=None) + timedelta(minutes=minutes)


class Dock:
    """The mounted volumes a station sees: folders appear in and vanish from this list."""

    def __init__(self) -> None:
        self.mounted: list[tuple[Path, str]] = []

    def __call__(self) -> list[tuple[Path, str]]:
        return list(self.mounted)

    def plug(self, root: Path) -> None:
        self.mounted.append((root, "HIKVISION"))

    def unplug(self) -> None:
        self.mounted.clear()


@pytest.fixture
def dock() -> Dock:
    return Dock()


@pytest.fixture
def station(unit_context, dock):
    item = Station(IngestEngine(unit_context), interval_ms=INTERVAL_MS, roots_provider=dock, progress_hz=100)
    yield item
    item.stop()


@pytest.fixture
def page(qtbot, unit_context, responsible, station):
    widget = FootagePage(unit_context, responsible, station=station)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def _summaries(station) -> list:
    found: list = []
    station.finished.connect(lambda volume, summary: found.append(summary))
    return found


def _big_file(root: Path, start, number: int) -> Path:
    """A big file of random bytes among the segments: stored byte for byte, unreadable as video."""
    path = root / "RECORD" / f"{start:%Y%m%d}" / f"{start:%Y%m%d_%H%M%S}_{number:04d}.MP4"
    rng = np.random.default_rng(7)
    with path.open("wb") as out:
        for _ in range(BIG_MB // 4):
            out.write(rng.bytes(4 << 20))
    return path


def test_a_docked_recorder_is_ingested_by_itself_and_shown(
        qtbot, unit_context, responsible, issued, clock, station, page, dock, tmp_path):  # noqa: F811
    _, entry = issued
    root = make_recorder(tmp_path / "vol", back_to_back(_local(entry.at, 5), 3, 1.0),
                         clock=_local(clock.now()) + timedelta(seconds=4))
    station.start()
    qtbot.wait(INTERVAL_MS * 5)
    assert page.model.total() == 0 and page.ingest_panel.rows == {} and page.ingest_panel.empty.isVisible()

    seen_bars: list[int] = []
    station.progress.connect(lambda volume, *_: seen_bars.append(page.ingest_panel.row(volume).bar.value()))
    with qtbot.waitSignal(station.finished, timeout=TIMEOUT_MS) as blocker:
        dock.plug(root)
    volume, summary = blocker.args
    assert (summary.status, summary.files_stored, summary.entries_completed) == ("done", 3, [entry.id])

    # the ingest panel: progress while it ran, then the result line
    assert any(0 < value < 1000 for value in seen_bars) and seen_bars[-1] == 1000
    row = page.ingest_panel.row(volume)
    assert row.result_ok() and row.bar.value() == 1000 and not row.cancel_button.isVisible()
    assert "ВР-001" in row.name.text() and "3" in row.detail.text()

    # the table: three recordings with their thumbnails, the journal's column 6 filled
    model = page.model
    qtbot.waitUntil(lambda: model.total() == 3, timeout=TIMEOUT_MS)  # one reload for recorders ending together
    assert model.rowCount() == 3
    frame = model.index(0, model.COL_FRAME).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(frame, QPixmap) and not frame.isNull()
    assert model.index(0, model.COL_RECORDER).data() == "ВР-001"
    inspector = model.index(0, model.COL_INSPECTOR)
    assert inspector.data() == "Нұрланова Ә. Қ." and inspector.data(Qt.ItemDataRole.ToolTipRole) == \
        "Нұрланова Әлия Қайратқызы"
    assert model.index(0, model.COL_FLAG).data() == ""
    [journal_row] = unit_context.journal.rows(responsible, JournalFilter())
    assert journal_row.state is RowState.STORED

    # the details of the selected recording: the full hash, the continuity and the clock check
    page.table.selectRow(0)
    details = page.details.text.toPlainText()
    assert page.selected().sha256 in details and "+4" in details
    # and the look is in the audit trail, by whom and at which recording (п.13)
    [view] = unit_context.audit.list(responsible, AuditFilter(kind=AuditKind.VIEW))
    assert view.recording_id == page.selected().id and view.user_id == responsible.id


def test_cancel_stops_a_slow_ingest_and_the_next_dock_finishes_it(
        qtbot, unit_context, responsible, issued, station, page, dock, tmp_path):  # noqa: F811
    _, entry = issued
    start = _local(entry.at, 5)
    root = make_recorder(tmp_path / "vol", [(start, 1.0), (start + timedelta(minutes=20), 1.0)])
    big = _big_file(root, start + timedelta(minutes=10), 2)  # between the two, by name and time
    summaries = _summaries(station)

    def cancel_on_the_big_file(volume, done, total, name) -> None:
        row = page.ingest_panel.row(volume)
        if name.endswith(big.name) and row.cancel_button.isVisible() and not summaries:
            assert 0 < row.bar.value() < 1000 and "MB" in row.detail.text()
            qtbot.mouseClick(row.cancel_button, Qt.MouseButton.LeftButton)

    station.progress.connect(cancel_on_the_big_file)
    station.start()
    dock.plug(root)
    qtbot.waitUntil(lambda: len(summaries) == 1, timeout=TIMEOUT_MS)
    first = summaries[0]
    assert first.status == "cancelled" and 1 <= first.files_stored <= 2, first.log
    volume = station.watcher.volumes[0]
    row = page.ingest_panel.row(volume)
    assert not row.result_ok() and not row.cancel_button.isVisible() and str(first.files_stored) in row.detail.text()
    [journal_row] = unit_context.journal.rows(responsible, JournalFilter())
    assert journal_row.state is RowState.RETURNED_NOT_STORED  # column 6 waits for every file

    station.progress.disconnect(cancel_on_the_big_file)
    dock.unplug()
    qtbot.waitUntil(lambda: station.watcher.volumes == (), timeout=TIMEOUT_MS)
    dock.plug(root)
    qtbot.waitUntil(lambda: len(summaries) == 2, timeout=TIMEOUT_MS)
    second = summaries[1]
    assert second.status == "done" and first.files_stored + second.files_stored == 3
    assert second.files_skipped == first.files_stored and row.result_ok()
    qtbot.waitUntil(lambda: page.model.total() == 3, timeout=TIMEOUT_MS)
    big_size = big.stat().st_size
    assert [r.size for r in RecordingsService(unit_context.uow_factory).list(
        responsible, RecordingFilter(readable=False))] == [big_size]
    [journal_row] = unit_context.journal.rows(responsible, JournalFilter())
    assert journal_row.state is RowState.STORED


def test_an_unknown_serial_is_asked_about_once_and_binding_ingests(
        qtbot, modal, unit_context, responsible, issued, station, page, dock, tmp_path):  # noqa: F811
    spare = unit_context.recorders.add(responsible, "ВР-002", "", "DS-MCW406", "hikvision-dswa")
    _, entry = issued
    root = make_recorder(tmp_path / "new", back_to_back(_local(entry.at, 5), 2, 1.0), serial="NEW-0002")
    summaries = _summaries(station)
    questions: list[str] = []

    def bind(dialog) -> None:
        assert isinstance(dialog, BindSerialDialog) and "NEW-0002" in dialog.question.text()
        questions.append(dialog.serial)
        assert dialog.recorder.count() == 1  # only the registered recorder without a serial is offered
        assert dialog.choose("ВР-002")
        press_ok(qtbot, dialog)

    def dock_and_wait() -> None:
        station.start()
        dock.plug(root)
        qtbot.waitUntil(lambda: [s.status for s in summaries] == ["unknown_recorder", "done"], timeout=TIMEOUT_MS)

    modal.run(dock_and_wait, bind)
    assert questions == ["NEW-0002"] and page.bind_dialog is None
    assert unit_context.recorders.by_serial("NEW-0002").id == spare.id
    assert summaries[1].inventory_number == "ВР-002" and summaries[1].files_stored == 2
    qtbot.waitUntil(lambda: page.model.total() == 2, timeout=TIMEOUT_MS)

    # another unknown recorder: asked once; declined, it is not asked again at its next dock
    other = make_recorder(tmp_path / "other", back_to_back(_local(entry.at, 7), 1, 1.0), serial="NEW-0003")
    dock.unplug()
    qtbot.waitUntil(lambda: station.watcher.volumes == (), timeout=TIMEOUT_MS)

    def decline(dialog) -> None:
        questions.append(dialog.serial)
        press_cancel(qtbot, dialog)

    def dock_other() -> None:
        dock.plug(other)
        qtbot.waitUntil(lambda: len(summaries) == 3 and page.bind_dialog is None and len(questions) == 2,
                        timeout=TIMEOUT_MS)

    modal.run(dock_other, decline)
    dock.unplug()
    qtbot.waitUntil(lambda: station.watcher.volumes == (), timeout=TIMEOUT_MS)
    dock.plug(other)
    qtbot.waitUntil(lambda: len(summaries) == 4, timeout=TIMEOUT_MS)
    qtbot.wait(100)
    assert questions == ["NEW-0002", "NEW-0003"] and page.bind_dialog is None
    assert summaries[3].status == "unknown_recorder" and unit_context.recorders.by_serial("NEW-0003") is None


def test_the_window_runs_a_station_for_the_responsible_person_and_none_for_an_inspector(
        qtbot, unit_context, responsible, inspector, issued, dock, tmp_path):  # noqa: F811
    _, entry = issued
    root = make_recorder(tmp_path / "vol", back_to_back(_local(entry.at, 5), 2, 1.0))
    inspector_window = MainWindow(unit_context, inspector, roots_provider=dock, station_interval_ms=INTERVAL_MS)
    qtbot.addWidget(inspector_window)
    assert inspector_window.station is None and "footage" not in inspector_window.pages

    window = MainWindow(unit_context, responsible, roots_provider=dock, station_interval_ms=INTERVAL_MS)
    qtbot.addWidget(window)
    window.show()
    assert window.station is not None and window.pages["footage"].station is window.station
    journal = window.pages["journal"]
    assert journal.model.row(0).state is RowState.RETURNED_NOT_STORED
    with qtbot.waitSignal(window.station.finished, timeout=TIMEOUT_MS):
        dock.plug(root)
    qtbot.waitUntil(lambda: window.pages["footage"].model.total() == 2, timeout=TIMEOUT_MS)
    assert journal.model.row(0).state is RowState.STORED
    assert journal.model.index(0, journal.model.COL_STORED).data()  # column 6 shows the date and time
    qtbot.wait(INTERVAL_MS * 5)  # the inspector's window saw the same dock and did nothing
    assert inspector_window.station is None

    station = window.station
    window.sign_out()
    assert window.station is None and not station.watcher.is_active()


def test_recordings_model_passes_the_model_tester(
        qtbot, qtmodeltester, unit_context, responsible, issued, tmp_path):  # noqa: F811
    _, entry = issued
    root = make_recorder(tmp_path / "vol", back_to_back(_local(entry.at, 5), 3, 1.0))
    from devices.profiles import all_profiles
    from devices.volumes import scan_roots

    [volume] = scan_roots([(root, "HIKVISION")], all_profiles())
    assert IngestEngine(unit_context).ingest(volume).files_stored == 3
    model = RecordingsTableModel(RecordingsService(unit_context.uow_factory), responsible, page_size=2)
    model.reload()
    assert model.rowCount() == 3 and model.row(2) is not None and model.pages_loaded == 1
    qtmodeltester.check(model, force_py=True)
    model.set_filter(RecordingFilter(readable=False))
    assert model.rowCount() == 0
