"""The status bar of a session (docked recorders, the footage vault's lock, pending time-stamps) and the tray
notifications (a finished ingest, a recorder reported faulty), in real windows over a real unit.

Offscreen there is no system tray: the notifier then shows each message in the status bar, which is what
these tests read, together with the notifier's record of what it told.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from inspector_app.clock import FixedClock
from tests.conftest import sign_as
from tests.integration.fake_recorder import back_to_back, make_recorder
from tests.integration.test_ingest_engine import LOCAL, issued  # noqa: F401 - fixture
from tests.tsa_fixture import tsa  # noqa: F401 - fixture
from tests.ui.audit_fixtures import fast_password_hashing, store_recordings  # noqa: F401 - fixture
from tests.ui.test_footage_page import Dock
from tests.ui.vault_fixtures import HEAD_STORAGE, fast_scrypt, keyring  # noqa: F401 - fixtures
from ui.main_window import MainWindow

INTERVAL_MS = 20
TIMEOUT_MS = 30_000


def _local(utc, minutes: float = 0):
    return (utc + LOCAL).replace(tzinfo=None) + timedelta(minutes=minutes)


def window_of(qtbot, ctx, user, **options) -> MainWindow:
    window = MainWindow(ctx, user, **options)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_docking_shows_in_the_status_bar_and_the_stored_footage_is_told(
        qtbot, unit_context, responsible, issued, tmp_path):  # noqa: F811
    _, entry = issued
    dock = Dock()
    window = window_of(qtbot, unit_context, responsible, roots_provider=dock, station_interval_ms=INTERVAL_MS)
    status = window.session_status
    assert status.user_label.text() == "Signed in as resp"
    assert status.docked.isVisible() and status.docked.text() == "Docked recorders: 0"
    assert not status.vault_state.isVisible()  # no storage password yet: nothing is locked
    assert window.tray is not None

    root = make_recorder(tmp_path / "vol", back_to_back(_local(entry.at, 5), 2, 1.0))
    with qtbot.waitSignal(window.station.finished, timeout=TIMEOUT_MS) as ended:
        dock.plug(root)
        qtbot.waitUntil(lambda: status.docked.text().startswith("Docked recorders: 1"), timeout=TIMEOUT_MS)
    assert ended.args[1].status == "done"
    qtbot.waitUntil(lambda: status.docked.text() == "Docked recorders: 1", timeout=TIMEOUT_MS)
    title, message = window.tray.shown[-1]
    assert title == "Footage stored: ВР-001 (DS-MCW406-0001)" and message == "2 file(s) stored, 0 already there"
    assert window.statusBar().currentMessage() == f"{title}: {message}"

    # the footage button opens the footage section; pulling the recorder out counts it off
    window.show_section("journal")
    status.docked.click()
    assert window.current_section() == "footage"
    dock.unplug()
    qtbot.waitUntil(lambda: status.docked.text() == "Docked recorders: 0", timeout=TIMEOUT_MS)

    window.sign_out()
    assert window.session_status is None and window.tray is None
    assert window.statusBar().findChild(type(status.user_label), "statusUser") is None or \
        not window.statusBar().findChild(type(status.user_label), "statusUser").isVisible()


def test_an_inspector_has_no_docks_no_vault_no_tray(qtbot, unit_context, inspector):
    window = window_of(qtbot, unit_context, inspector)
    status = window.session_status
    assert status.user_label.text() == "Signed in as aliya"
    assert not status.docked.isVisible() and not status.vault_state.isVisible() and not status.timestamps.isVisible()
    assert window.tray is None


def test_the_vault_lock_follows_the_storage_password(qtbot, unit_context, head, keyring, monkeypatch):  # noqa: F811
    from ui.vault_session import VaultSession

    monkeypatch.setattr(VaultSession, "ask", lambda self, parent: None)  # no dialog at the start of the session
    window = window_of(qtbot, unit_context, head)
    button = window.session_status.vault_state
    assert button.isVisible() and button.text() == "Footage: locked"
    window.vault.unlock(HEAD_STORAGE)
    assert button.text() == "Footage: unlocked"
    window.vault.lock("lock")
    assert button.text() == "Footage: locked"

    asked = []
    monkeypatch.setattr(VaultSession, "ask", lambda self, parent: asked.append(parent))
    button.click()
    assert asked == [window]


@pytest.fixture
def clock() -> FixedClock:
    """The authority signs with the real time: the app's clock runs at it."""
    return FixedClock(datetime.now(timezone.utc).replace(microsecond=0) - timedelta(hours=3))


def test_pending_time_stamps_are_counted_in_the_background(
        qtbot, unit_context, head, responsible, inspector, clock, tsa, tmp_path):  # noqa: F811
    ctx = unit_context
    ctx.unit_settings.set(head, "tsa_url", tsa.url)
    ctx.unit_settings.set(head, "tsa_certificate", tsa.root_pem.decode())
    tsa.mode = "unavailable"  # the authority is busy: the seals' tokens keep waiting
    store_recordings(ctx, responsible, inspector, clock, tmp_path)
    clock.set(datetime.now(timezone.utc))
    window = window_of(qtbot, ctx, head)
    label = window.session_status.timestamps
    qtbot.waitUntil(lambda: label.isVisible() and label.text().startswith("Time-stamps pending: "), timeout=TIMEOUT_MS)
    assert window.session_status.pending >= 3 and label.text() == f"Time-stamps pending: {window.session_status.pending}"

    tsa.mode = "ok"
    window.checks.run()  # as each day does: fetched, then counted again
    qtbot.waitUntil(lambda: label.text() == "Time-stamps: all received", timeout=TIMEOUT_MS)


def test_a_fault_reported_elsewhere_is_told_once_and_without_details_while_locked(
        qtbot, unit_context, responsible, inspector, head, issued):  # noqa: F811
    ctx = unit_context
    recorder, _ = issued
    before = ctx.journal.report_fault(responsible, recorder.id, "Бұрыннан белгілі", sign_as(ctx, "resp"))
    window = window_of(qtbot, ctx, responsible)
    assert window.tray.shown == []  # a fault already there when the session starts is not news
    assert before is not None

    ctx.journal.report_fault(inspector, recorder.id, "Экран жанбайды", sign_as(ctx, "aliya"))
    window.notifications_bar.refresh()  # as its timer does every minute
    assert window.tray.shown[-1] == ("A recorder was reported faulty", "ВР-001: Экран жанбайды")
    window.notifications_bar.refresh()
    assert len(window.tray.shown) == 1

    window.lock()
    ctx.journal.report_fault(inspector, recorder.id, "Батарея тез отырады", sign_as(ctx, "aliya"))
    window.notifications_bar.refresh()
    assert window.tray.shown[-1] == ("A recorder was reported faulty", "Open the journal to see it.")
    assert "Батарея" not in window.statusBar().currentMessage()
    window.lock_dialog.reject()


def test_status_texts_follow_the_language(qtbot, unit_context, responsible, qapp):
    from ui.i18n import LanguageManager

    languages = LanguageManager(qapp)
    try:
        languages.install("kk")
        window = window_of(qtbot, unit_context, responsible, languages=languages, roots_provider=Dock(),
                           station_interval_ms=INTERVAL_MS)
        assert window.session_status.docked.text() == "Док-станциядағы бейнетіркеуіштер: 0"
        languages.install("ru")
        assert window.session_status.docked.text() == "Видеорегистраторы на док-станциях: 0"
        assert window.session_status.user_label.text().startswith("Вход выполнен")
    finally:
        languages.install("en")


def test_a_count_that_ends_at_once_never_stalls_the_next(qtbot, unit_context, head, monkeypatch):
    """A count done before submit() returns (a fast database, a busy GUI thread) still frees the way for the
    next: the end of the job is connected before it starts."""
    from PySide6.QtWidgets import QMainWindow

    from ui.jobs import JobRunner
    from ui.status_bar import SessionStatus

    runner = JobRunner()
    runner.pool.start = lambda job: job.run()  # the worst case: the job runs and ends inside submit()
    window = QMainWindow()
    qtbot.addWidget(window)
    counts = iter([4, 7, 0])
    monkeypatch.setattr(unit_context.trusted_time, "pending_count", lambda: next(counts))
    status = SessionStatus(window.statusBar(), unit_context, head, runner, refresh_ms=0)
    assert status.pending == 4
    status.refresh_pending()
    assert status.pending == 7
    status.refresh_pending()
    assert status.pending == 0
