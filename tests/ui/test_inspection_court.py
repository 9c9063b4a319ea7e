"""The head sends an inspection's materials to a court from the inspections page: a legal hold on every
recording its violations cite, and an evidence package of them with the inspection's act, verified; the
inspector sees neither button."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from inspector_app.domain.inspections import ControlKind, DocumentKind, EvidenceRef, InspectionInput, ViolationInput
from inspector_app.domain.recordings import RecordingFlag, RecordingFilter
from inspector_app.services.package_verification import verify_package
from inspector_app.services.recordings import RecordingsService
from tests.integration.test_integrity import stored  # noqa: F401 - fixture: three sealed recordings
from ui.pages.inspections_page import InspectionsPage


def _inspection(ctx, inspector, recordings):
    day = ctx.clock.now().date()
    entry_id = recordings[0].entry_id
    inspection = ctx.inspections.create(inspector, InspectionInput(
        "«Қарағанды Көмір» ЖШС", "940140000385", ControlKind.UNSCHEDULED, "17-01/255", date(2026, 11, 20),
        inspector.id, day, day + timedelta(days=1), entry_ids=(entry_id,)))
    ctx.inspections.add_violation(inspector, inspection.id, ViolationInput(
        "rules-344/p-4", "Ашық карьерде қоршау жоқ", day + timedelta(days=30), "",
        (EvidenceRef(recordings[0].id), EvidenceRef(recordings[2].id))))
    ctx.documents.issue(inspector, inspection.id, DocumentKind.ACT, "ru")
    return inspection


def _page(qtbot, ctx, user) -> InspectionsPage:
    page = InspectionsPage(ctx, user)
    qtbot.addWidget(page)
    page.resize(1180, 700)
    page.show()
    return page


def test_the_head_holds_the_evidence_and_writes_a_verified_package(qtbot, monkeypatch, tmp_path, unit_context, head,
                                                                   inspector, stored):  # noqa: F811
    ctx = unit_context
    _inspection(ctx, inspector, stored)
    assert not _page(qtbot, ctx, inspector).court.isVisible()  # an inspector's evidence goes through the head
    page = _page(qtbot, ctx, head)
    court = page.court
    assert court.isVisible() and not court.hold_button.isEnabled()
    page.table.selectRow(0)
    assert court.hold_button.isEnabled() and court.package_button.isEnabled()

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Алматы қ. мамандандырылған ауданаралық "
                                                                  "әкімшілік сотына, іс № 7599-26-00-6/12", True))
    qtbot.mouseClick(court.hold_button, Qt.MouseButton.LeftButton)
    held = RecordingsService(ctx.uow_factory, ctx.audit, ctx.keyring).list(head, RecordingFilter(
        flag=RecordingFlag.LEGAL_HOLD))
    assert sorted(r.id for r in held) == [stored[0].id, stored[2].id] and "2" in court.status.text()

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    qtbot.mouseClick(court.package_button, Qt.MouseButton.LeftButton)
    package = next(tmp_path.glob("evidence-inspection-*"))
    assert str(package) in court.status.text()
    report = verify_package(package)
    assert report.ok, report.problems
    written = {p.name for p in (package / "recordings").iterdir()}
    assert len(written) == 2
    assert any((package / "documents").iterdir())  # the act travels with the recordings
