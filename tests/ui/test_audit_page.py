"""The audit section: the lazy table of the trail, its filters and details, the export to CSV and PDF, the
verification of the whole store (clean, with a stored file changed on disk, cancelled), and no audit at all
in an inspector's window (п.13)."""

from __future__ import annotations

import csv
import io
import os
import stat
import subprocess

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFileDialog

from inspector_app.domain.audit import AuditFilter, AuditKind
from tests.conftest import PASSWORDS
from tests.ui.audit_fixtures import (  # noqa: F401 - fixtures
    TIMEOUT_MS,
    click_row,
    fast_password_hashing,
    jobs,
    open_page,
    slow_vault,
    start_verification,
    stored,
)
from tests.ui.conftest import type_text
from ui.main_window import MainWindow
from ui.models.audit_table_model import AuditTableModel

M = AuditTableModel


def _actions(ctx, head, responsible) -> None:
    """A few things that happen in a unit: a recorder registered, a wrong password, a setting changed."""
    ctx.recorders.add(responsible, "ВР-101", "SN-101", "DS-MCW406", "hikvision-dswa")
    try:
        ctx.accounts.authenticate("aliya", "wrong-password-1")
    except Exception:  # noqa: BLE001 - the refusal is the point
        pass
    ctx.unit_settings.set(head, "overdue_hours", 10)


def test_an_inspector_has_no_audit_section(qtbot, unit_context, inspector):
    window = MainWindow(unit_context, inspector)
    qtbot.addWidget(window)
    assert "audit" not in window.nav_keys and "audit" not in window.pages
    assert window.checks is None  # nor the background checks of the store


def test_every_kind_of_event_has_a_name_and_the_filter_offers_it(qtbot, unit_context, head, jobs):
    from ui.audit_labels import audit_kind_label

    unnamed = [kind for kind in AuditKind if audit_kind_label(kind) == kind.value]
    assert not unnamed, f"name these kinds in ui/audit_labels.py: {unnamed}"
    page = open_page(qtbot, unit_context, head, jobs)
    combo = page.filters.kind_filter
    assert combo.count() == len(AuditKind) + 1 and combo.itemText(0) == "All events"


def test_model_passes_qt_model_tester_and_reads_pages(qtmodeltester, unit_context, head, responsible):
    _actions(unit_context, head, responsible)
    model = M(unit_context.audit, head, unit_context.timezone(), page_size=3)
    model.reload()
    total = unit_context.audit.count(head)
    assert model.rowCount() == total >= 6
    qtmodeltester.check(model, force_py=True)
    newest = unit_context.audit.list(head, AuditFilter(), 0, 1)[0]
    assert model.index(0, M.COL_SEQ).data() == str(newest.seq)
    assert model.index(0, M.COL_HASH).data() == newest.hash[:12]
    assert model.index(0, M.COL_TIME).data() == "23.11.2026 10:00:00"  # 05:00 UTC in Asia/Almaty
    kinds = {model.index(r, M.COL_EVENT).data() for r in range(total)}
    assert {"Sign-in", "Failed sign-in", "Recorder changed", "Setting changed"} <= kinds
    assert model.pages_loaded >= total // 3


def test_the_head_sees_events_and_the_filters_narrow_the_table(qtbot, unit_context, head, responsible, jobs):
    ctx = unit_context
    _actions(ctx, head, responsible)
    page = open_page(qtbot, ctx, head, jobs)
    model, filters = page.model, page.filters
    assert model.total() == ctx.audit.count(head) and str(model.total()) in page.count_label.text()

    # by kind: the combo's keyboard search, as a person types the start of an item
    filters.kind_filter.setFocus()
    qtbot.keyClicks(filters.kind_filter, "Recorder changed")
    assert filters.kind_filter.currentData() == AuditKind.RECORDER_CHANGED.value
    assert model.total() == 1 and model.index(0, M.COL_SUBJECT).data().startswith("recorder:")
    qtbot.keyClick(filters.kind_filter, Qt.Key.Key_Home)  # back to "All events"
    assert filters.kind_filter.currentIndex() == 0
    everything = model.total()

    # by user: only what the responsible person did
    with ctx.uow_factory() as uow:
        resp_id = uow.users.by_login("resp").id
    filters.user_filter.setFocus()
    type_text(filters.user_filter, "Жұмабаева")
    assert filters.user_filter.currentData() == resp_id
    assert 0 < model.total() < everything
    assert {model.event_at(r).user_id for r in range(model.total())} == {resp_id}
    filters.user_filter.setCurrentIndex(0)

    # a text, typed: searched in the subjects, the details and the names (after a pause in typing)
    type_text(filters.text, "ВР-101")
    qtbot.waitUntil(lambda: model.total() == 1, timeout=TIMEOUT_MS)
    assert model.event_at(0).kind is AuditKind.RECORDER_CHANGED

    # the details pane shows the whole event
    click_row(qtbot, page.table, 0)
    event = model.event_at(0)
    text = page.details.text.toPlainText()
    for part in (event.hash, event.prev_hash, event.signature, f"Key: {event.key_id}", '"inventory_number": "ВР-101"'):
        assert part in text
    assert '{\n  "' in text  # indented JSON


def test_export_csv_and_pdf_write_the_events(qtbot, unit_context, head, responsible, jobs, tmp_path, monkeypatch):
    ctx = unit_context
    _actions(ctx, head, responsible)
    page = open_page(qtbot, ctx, head, jobs)
    qtbot.keyClicks(page.filters.kind_filter, "Recorder changed")
    target = {}
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target["path"]), "CSV tables (*.csv)"))

    target["path"] = tmp_path / "audit.csv"
    qtbot.mouseClick(page.export_csv_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message is not None, timeout=TIMEOUT_MS)
    assert str(target["path"]) in page.message.text() and "Events: 1" in page.message.text()
    page.message.close()
    rows = list(csv.reader(io.StringIO(target["path"].read_text("utf-8-sig"))))
    [event] = ctx.audit.list(head, AuditFilter(kind=AuditKind.RECORDER_CHANGED))
    assert len(rows) == 2 and rows[1][0] == str(event.seq) and event.hash in rows[1] and event.signature in rows[1]
    assert "ВР-101" in rows[1][8] and rows[1][4] == "recorder_changed"
    assert rows[1][3] == "Изменение видеорегистратора"  # an English interface exports in Russian
    # the export is an event of the trail, and the table shows it
    assert ctx.audit.list(head, AuditFilter(kind=AuditKind.EXPORT))[0].details["format"] == "csv"

    previous = QLocale()
    QLocale.setDefault(QLocale("kk"))  # a Kazakh interface exports in Kazakh
    try:
        target["path"] = tmp_path / "audit"  # no suffix typed: the page adds it
        page.message = None
        qtbot.mouseClick(page.export_pdf_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.message is not None, timeout=TIMEOUT_MS)
    finally:
        QLocale.setDefault(previous)
    page.message.close()
    pdf = tmp_path / "audit.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "аудит журналы" in text and "ВР-101" in text and "Бейнетіркеуіштің өзгеруі" in text


def test_verify_is_ok_on_a_clean_store_and_names_a_changed_file(
        qtbot, modal, unit_context, head, stored, jobs):
    ctx = unit_context
    page = open_page(qtbot, ctx, head, jobs)
    panel = page.integrity
    start_verification(qtbot, modal, page)
    qtbot.waitUntil(lambda: panel.report_dialog is not None, timeout=TIMEOUT_MS)
    dialog = panel.report_dialog
    assert panel.report.ok and dialog.verdict.text().startswith("OK")
    assert "Stored files: 3" in dialog.text.toPlainText() and "OK" in panel.status.text()
    assert page.model.event_at(0).kind is AuditKind.VERIFICATION  # the table shows the new event
    dialog.close()

    # someone changes a stored file behind the program's back: the vault keeps them read-only, so chmod first
    victim = stored[1]
    path = ctx.vault._object_path(victim.sha256)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    with open(path, "r+b") as handle:
        handle.seek(100)
        handle.write(b"\x00tampered\x00")
    start_verification(qtbot, modal, page, rolling_days=1)  # the rolling check: these were verified just now
    qtbot.waitUntil(lambda: panel.job is None and panel.report_dialog is not None, timeout=TIMEOUT_MS)
    assert panel.report.checked["files"] == 0 and panel.report.ok  # nothing due yet
    panel.report_dialog.close()
    start_verification(qtbot, modal, page)
    qtbot.waitUntil(lambda: panel.job is None and panel.report_dialog is not None, timeout=TIMEOUT_MS)
    report, text = panel.report, panel.report_dialog.text.toPlainText()
    assert not report.ok and [p.kind for p in report.problems] == ["files"]
    assert "Problems found: 1" in panel.report_dialog.verdict.text()
    assert f"Stored files (1):\n  • recording {victim.id} ({victim.source_name}): the stored file was changed" in text


def test_cancel_stops_a_running_verification(qtbot, modal, unit_context, head, stored, jobs, monkeypatch):
    ctx = unit_context
    slow_vault(monkeypatch, ctx.vault)
    page = open_page(qtbot, ctx, head, jobs)
    panel = page.integrity
    start_verification(qtbot, modal, page)
    assert panel.running() and panel.progress.isVisible() and not panel.verify_button.isEnabled()
    qtbot.waitUntil(lambda: panel.progress.value() > 0, timeout=TIMEOUT_MS)
    assert panel.progress.value() < panel.progress.maximum()
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.running(), timeout=5000)
    assert panel.status.text() == "Verification cancelled" and panel.report_dialog is None
    assert panel.verify_button.isEnabled() and not panel.progress.isVisible() and not panel.cancel_button.isVisible()
    [event] = ctx.audit.list(head, AuditFilter(kind=AuditKind.VERIFICATION))
    assert event.details["cancelled"] is True


def test_the_responsible_person_sees_the_audit_section(qtbot, unit_context, responsible):
    window = MainWindow(unit_context, responsible)
    qtbot.addWidget(window)
    window.show_section("audit")
    page = window.pages["audit"]
    assert window.current_section() == "audit" and page.model.total() > 0
    assert page.integrity.isVisibleTo(page)
    window.close()
    assert unit_context.audit.list(unit_context.accounts.authenticate("resp", PASSWORDS["resp"]),
                                   AuditFilter(kind=AuditKind.LOGOUT))[0].details["reason"] == "close"


def test_an_export_that_fails_says_why_and_the_page_stays_usable(qtbot, unit_context, head, jobs, tmp_path,
                                                                   monkeypatch):
    import ui.pages.audit_page as audit_page

    shown = []
    monkeypatch.setattr(audit_page, "show_error", lambda parent, error: shown.append(error))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(tmp_path / "no such folder" / "audit.csv"), ""))
    page = open_page(qtbot, unit_context, head, jobs)
    qtbot.mouseClick(page.export_csv_button, Qt.MouseButton.LeftButton)
    assert not page.export_csv_button.isEnabled() and page.export_progress.isVisible()
    qtbot.waitUntil(lambda: page.export_job is None, timeout=TIMEOUT_MS)
    [error] = shown
    assert error.code == "no_folder" and page.message is None
    assert page.export_csv_button.isEnabled() and page.export_pdf_button.isEnabled()
    assert not page.export_progress.isVisible()


def test_the_recording_and_date_filters(qtbot, unit_context, head, stored, clock, jobs):
    ctx = unit_context
    page = open_page(qtbot, ctx, head, jobs)
    model, filters = page.model, page.filters
    everything = model.total()
    recording = stored[0]
    qtbot.keyClicks(filters.recording, str(recording.id))
    qtbot.keyClick(filters.recording, Qt.Key.Key_Return)  # at once, without waiting for the pause in typing
    assert model.total() == 1 and model.event_at(0).kind is AuditKind.INGEST
    assert model.event_at(0).recording_id == recording.id
    filters.recording.clear()
    qtbot.waitUntil(lambda: model.total() == everything, timeout=TIMEOUT_MS)

    # the days are the unit's: everything happened on 23.11.2026 in Asia/Almaty
    qtbot.mouseClick(filters.date_to_check, Qt.MouseButton.LeftButton)
    filters.date_to.setFocus()
    filters.date_to.setDate(filters.date_to.date().addDays(-1))
    assert model.total() == 0 and "0" in page.count_label.text()
    filters.date_to.setDate(filters.date_to.date().addDays(1))
    assert model.total() == everything
    qtbot.mouseClick(filters.date_from_check, Qt.MouseButton.LeftButton)
    filters.date_from.setDate(filters.date_to.date().addDays(1))
    assert model.total() == 0
