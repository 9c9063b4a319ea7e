"""The footage page's "Export evidence package…": the selected recording's issue written in the background
with progress, verified, and audited; Cancel leaves nothing behind (п.13)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from inspector_app.domain.audit import AuditFilter, AuditKind
from inspector_app.services.package_verification import verify_package
from tests.integration.test_evidence_package import _store
from ui.pages.evidence_export import EvidenceExportDialog
from ui.pages.footage_page import FootagePage

TIMEOUT_MS = 30_000


@pytest.fixture
def page(qtbot, unit_context, head, responsible, inspector, clock, tmp_path, monkeypatch):
    recordings, _ = _store(unit_context, responsible, inspector, clock, tmp_path / "vol")
    widget = FootagePage(unit_context, head)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 3, timeout=TIMEOUT_MS)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: QMessageBox.StandardButton.Ok)
    widget.recordings_stored = recordings
    return widget


def test_the_button_exports_the_whole_issue(qtbot, page, unit_context, head, tmp_path, monkeypatch):
    button = page.evidence.button
    assert not button.isEnabled() and button.text() == "Export evidence package…"
    page.table.selectRow(0)
    assert button.isEnabled()
    out = tmp_path / "usb"
    out.mkdir()

    def accept(dialog):
        assert dialog.whole_issue.isEnabled() and "3" in dialog.whole_issue.text()
        dialog.whole_issue.setChecked(True)
        dialog.folder.setText(str(out))
        dialog.as_zip.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EvidenceExportDialog, "exec", accept)
    steps = []
    page.evidence.progress.valueChanged.connect(steps.append)
    with qtbot.waitSignal(page.evidence.exported, timeout=TIMEOUT_MS) as done:
        button.click()
        assert page.evidence.cancel_button.isVisible()
    result = done.args[0]
    assert result.path.parent == out and result.path.suffix == ".zip" and result.recordings == 3
    assert [p.name for p in out.iterdir()] == [result.path.name]
    assert verify_package(result.path).ok
    assert steps and max(steps) == 1000
    assert len(unit_context.audit.list(head, AuditFilter(kind=AuditKind.EXPORT))) == 3
    assert button.isEnabled() and not page.evidence.progress.isVisible()


def test_cancel_leaves_nothing_behind(qtbot, page, unit_context, head, tmp_path, monkeypatch):
    page.table.selectRow(0)
    gate, real_open = threading.Event(), unit_context.vault.open

    def slow_open(sha256):
        gate.wait(10)
        return real_open(sha256)

    monkeypatch.setattr(unit_context.vault, "open", slow_open)
    out = tmp_path / "usb"
    out.mkdir()
    ids = [r.id for r in page.recordings_stored]
    job = page.evidence.run(ids, out / "pkg", "kk", False)
    with qtbot.waitSignal(job.signals.cancelled, timeout=TIMEOUT_MS):
        page.evidence.cancel_button.click()
        gate.set()
    qtbot.waitUntil(lambda: page.evidence.job is None, timeout=TIMEOUT_MS)
    assert list(out.iterdir()) == []
    assert unit_context.audit.list(head, AuditFilter(kind=AuditKind.EXPORT)) == []
