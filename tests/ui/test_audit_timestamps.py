"""The audit page with a time-stamp authority set (a local one on 127.0.0.1): the number of pending
time-stamps, and "Fetch time-stamps now" fetching them in the background.

The authority signs with the real time, so the app's clock runs at the real time here: a token's time far
from the PC clock would be a clock anomaly of its own.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from inspector_app.clock import FixedClock
from tests.integration.test_trusted_time import _day_heads
from tests.tsa_fixture import tsa  # noqa: F401 - fixture
from tests.ui.audit_fixtures import (  # noqa: F401 - fixtures
    TIMEOUT_MS,
    fast_password_hashing,
    jobs,
    open_page,
    store_recordings,
)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime.now(timezone.utc).replace(microsecond=0) - timedelta(hours=3))


def test_pending_time_stamps_are_shown_and_fetched_now(
        qtbot, unit_context, head, responsible, inspector, clock, tsa, jobs, tmp_path):  # noqa: F811
    ctx = unit_context
    ctx.unit_settings.set(head, "tsa_url", tsa.url)
    ctx.unit_settings.set(head, "tsa_certificate", tsa.root_pem.decode())
    store_recordings(ctx, responsible, inspector, clock, tmp_path)  # each seal waits for its time-stamp
    clock.set(datetime.now(timezone.utc))
    page = open_page(qtbot, ctx, head, jobs)
    banner = page.banner
    assert banner.isVisible() and banner.tokens_box.isVisible() and not banner.clock_box.isVisible()
    assert banner.tokens_text.text() == "Time-stamps waiting for the time-stamp authority: 3"

    # the authority is busy: the time-stamps stay pending, and the banner says why
    tsa.mode = "unavailable"
    qtbot.mouseClick(banner.fetch_button, Qt.MouseButton.LeftButton)
    assert not banner.fetch_button.isEnabled()
    qtbot.waitUntil(lambda: banner.fetch_job is None and banner.check_job is None, timeout=TIMEOUT_MS)
    # a fetch first queues the chain's finished days: in the first hours of a UTC day the events (on a clock
    # hours behind) began yesterday, and that day's head waits too
    assert "cannot be reached" in banner.tokens_text.text() and banner.pending == 3 + _day_heads(ctx)
    assert banner.fetch_button.isEnabled()

    # it answers again: fetched now, none left
    tsa.mode = "ok"
    qtbot.mouseClick(banner.fetch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: banner.fetch_job is None and banner.check_job is None and banner.pending == 0,
                    timeout=TIMEOUT_MS)
    assert "waiting for the time-stamp authority: 0" in banner.tokens_text.text()
    assert "Received: " in banner.tokens_text.text() and ", refused: 0" in banner.tokens_text.text()
    assert ctx.trusted_time.pending_count() == 0 and ctx.clock_guard.check().trusted


def test_signing_in_fetches_the_pending_time_stamps_in_the_background(
        qtbot, unit_context, head, responsible, inspector, clock, tsa, tmp_path):  # noqa: F811
    from ui.main_window import MainWindow

    ctx = unit_context
    ctx.unit_settings.set(head, "tsa_url", tsa.url)
    ctx.unit_settings.set(head, "tsa_certificate", tsa.root_pem.decode())
    store_recordings(ctx, responsible, inspector, clock, tmp_path)
    clock.set(datetime.now(timezone.utc))
    assert ctx.trusted_time.pending_count() == 3
    window = MainWindow(ctx, responsible)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: ctx.trusted_time.pending_count() == 0 and not window.jobs.running(), timeout=TIMEOUT_MS)
    assert tsa.requests >= 3
    banner = window.pages["audit"].banner
    qtbot.waitUntil(lambda: banner.pending == 0, timeout=TIMEOUT_MS)  # the banner follows
    window.close()
