"""Fixtures and helpers of the audit tests: recordings stored in the real vault by the real ingest engine,
the audit page of a signed-in person, clicks on table rows, a slow disk, and the modal of a verification."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from devices.ingest_engine import IngestEngine
from devices.profiles import all_profiles
from devices.volumes import scan_roots
from inspector_app import passwords
from inspector_app.services.journal import IssueRequest
from tests.conftest import sign_as
from tests.integration.fake_recorder import SERIAL, back_to_back, make_recorder
from ui.jobs import JobRunner
from ui.pages.audit_page import AuditPage

LOCAL = timedelta(hours=5)  # Asia/Almaty
TIMEOUT_MS = 20_000


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch):
    """scrypt at n = 2**10 for the people the tests make (the production cost is tested in tests/unit)."""
    monkeypatch.setattr(passwords, "LOG2_N", 10)


@pytest.fixture
def stored(unit_context, responsible, inspector, clock, tmp_path):
    """Three recordings of ВР-001 stored in the vault by the ingest engine, as a docked recorder would be."""
    return store_recordings(unit_context, responsible, inspector, clock, tmp_path)


def store_recordings(ctx, responsible, inspector, clock, tmp_path) -> list:
    recorder = ctx.recorders.add(responsible, "ВР-001", SERIAL, "DS-MCW406", "hikvision-dswa")
    row = ctx.journal.issue(responsible, IssueRequest(recorder.id, inspector.id, "inspection", 95, 1),
                            sign_as(ctx, "aliya"), sign_as(ctx, "resp"))
    clock.advance(hours=2)
    ctx.journal.return_recorder(responsible, row.entry.id, "", sign_as(ctx, "aliya"), sign_as(ctx, "resp"))
    clock.advance(minutes=30)
    start = (row.entry.at + LOCAL).replace(tzinfo=None) + timedelta(minutes=5)
    root = make_recorder(tmp_path / "vol", back_to_back(start, 3, 2.0))
    [volume] = scan_roots([(root, "HIKVISION")], all_profiles())
    summary = IngestEngine(ctx).ingest(volume)
    assert summary.status == "done" and summary.files_stored == 3, summary.log
    with ctx.uow_factory() as uow:
        return uow.recordings.for_entry(row.entry.id)


@pytest.fixture
def jobs():
    runner = JobRunner()
    yield runner
    runner.shutdown(10_000)


def open_page(qtbot, ctx, user, jobs) -> AuditPage:
    page = AuditPage(ctx, user, jobs=jobs)
    qtbot.addWidget(page)
    page.resize(1000, 720)
    page.show()
    qtbot.waitUntil(lambda: page.banner.check_job is None, timeout=TIMEOUT_MS)
    return page


def click_row(qtbot, table, row: int) -> None:
    index = table.model().index(row, 0)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())


def start_verification(qtbot, modal, page, rolling_days: int | None = None) -> None:
    """Press "Verify everything…" and, in the dialog, pick everything or the rolling check, then Start."""
    def choose(dialog) -> None:
        if rolling_days is not None:
            qtbot.mouseClick(dialog.rolling, Qt.MouseButton.LeftButton)
            dialog.days.selectAll()
            qtbot.keyClicks(dialog.days, str(rolling_days))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    modal.run(lambda: qtbot.mouseClick(page.integrity.verify_button, Qt.MouseButton.LeftButton), choose)


class SlowStream:
    """A stored file read from a slow disk: a kilobyte at a time, with a pause before each read."""

    def __init__(self, stream, pause: float) -> None:
        self.stream, self.pause = stream, pause

    def readinto(self, view) -> int:
        time.sleep(self.pause)
        return self.stream.readinto(view[:1024])

    def fileno(self) -> int:
        return self.stream.fileno()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.stream.close()


def slow_vault(monkeypatch, vault, pause: float = 0.02) -> None:
    real_open, real_check = vault.open, vault.open_for_check
    monkeypatch.setattr(vault, "open", lambda sha256: SlowStream(real_open(sha256), pause))

    def open_for_check(sha256):  # what a verification re-hashes (the decrypted or the stored bytes)
        stream, expected, how = real_check(sha256)
        return SlowStream(stream, pause), expected, how

    monkeypatch.setattr(vault, "open_for_check", open_for_check)
