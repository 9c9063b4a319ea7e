"""What another PC of the unit does shows in this window within seconds, without anyone pressing reload: a
recorder issued at the station PC appears in the journal and as issued in the register here."""

from __future__ import annotations

from inspector_app.bootstrap import build_context
from inspector_app.services.journal import IssueRequest
from tests.conftest import sign_as
from tests.integration.two_pcs import another_pc
from ui.main_window import MainWindow


def test_a_recorder_issued_on_another_pc_shows_here(qtbot, unit_context, responsible, inspector, tmp_path):
    recorder = unit_context.recorders.add(responsible, "ВР-001", "SN-1", "DS-MCW406", "hikvision-dswa")
    window = MainWindow(unit_context, responsible, other_pcs_interval_ms=200)
    qtbot.addWidget(window)
    window.show()
    journal, register = window.pages["journal"], window.pages["recorders"]
    journal.reload()
    assert journal.model.rowCount() == 0
    qtbot.waitUntil(lambda: window.other_pcs.last_seq is not None, timeout=5000)

    station = build_context(another_pc(unit_context, tmp_path / "station"), clock=unit_context.clock)
    try:
        station_resp = station.accounts.authenticate("resp", "Resp-pass-2026")
        station.journal.issue(station_resp, IssueRequest(recorder.id, inspector.id, "inspection", 95, 0),
                              sign_as(station, "aliya"), sign_as(station, "resp"))
    finally:
        station.close()
    qtbot.waitUntil(lambda: journal.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: [r.status.value for r in register.model.items()] == ["issued"], timeout=5000)
    window.sign_out()
    assert window.other_pcs is None
