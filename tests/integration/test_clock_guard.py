"""Clock sanity: the PC clock against the latest time in the audit chain (п.13)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from inspector_app.bootstrap import build_context
from inspector_app.domain.audit import AuditFilter, AuditKind
from inspector_app.errors import PermissionDenied
from inspector_app.services.clock_guard import ClockGuard, ClockNotTrusted


def anomalies(ctx, actor) -> list:
    return ctx.audit.list(actor, AuditFilter(kind=AuditKind.CLOCK_ANOMALY))


def test_a_clock_moving_forward_normally_is_trusted(unit_context, head, clock):
    clock.advance(hours=5)
    state = unit_context.clock_guard.check()
    assert state.trusted and state.latest_seen is not None
    assert unit_context.clock_guard.require_trusted() == clock.now()


def test_a_clock_run_backwards_is_recorded_once_and_refuses_time_decisions(unit_context, head, responsible, clock):
    unit_context.recorders.add(responsible, "ВР-001", "SN-1", "M", "generic")
    clock.advance(days=-3)
    state = unit_context.clock_guard.check()
    assert not state.trusted and state.reason == "backwards"
    unit_context.clock_guard.check()
    [event] = anomalies(unit_context, head)  # recorded once, not at every look
    assert event.details["behind_seconds"] >= 3 * 86400 - 60
    with pytest.raises(ClockNotTrusted, match="ran backwards"):
        unit_context.clock_guard.require_trusted()
    notes = [n for n in unit_context.journal.notifications(head) if n.kind == "clock_pc"]
    assert len(notes) == 1 and "ran backwards" in notes[0].message


def test_only_the_head_confirms_and_then_the_clock_is_trusted_again(unit_context, head, responsible, clock):
    unit_context.recorders.add(responsible, "ВР-001", "SN-1", "M", "generic")
    clock.advance(days=-3)
    assert not unit_context.clock_guard.check().trusted
    with pytest.raises(PermissionDenied):
        unit_context.clock_guard.confirm(responsible, "checked")
    event = unit_context.clock_guard.confirm(head, "checked against the radio time signal")
    assert event.kind is AuditKind.CLOCK_CONFIRMED and event.details["note"].startswith("checked")
    assert unit_context.clock_guard.check().trusted
    clock.advance(hours=1)
    assert unit_context.clock_guard.require_trusted() == clock.now()
    # a restart does not bring the warning back: the confirmation is in the chain
    again = build_context(unit_context.data_dir, clock=clock)
    try:
        assert again.clock_guard.check().trusted
    finally:
        again.close()


def test_a_clock_far_ahead_of_the_last_use_is_an_anomaly(unit_context, head, clock):
    clock.advance(days=61)  # clock_max_idle_days is 60
    state = unit_context.clock_guard.check()
    assert not state.trusted and state.reason == "far_ahead"


def test_a_jump_while_running_is_caught_by_the_monotonic_clock(unit_context, head, clock):
    ticks = {"now": 1000.0}
    guard = ClockGuard(unit_context.uow_factory, clock, unit_context.audit, unit_context.unit_settings,
                       monotonic=lambda: ticks["now"])
    ticks["now"] += 60
    clock.advance(seconds=60)
    assert guard.check().trusted
    clock.advance(hours=2)  # the wall clock moved two hours in a minute of real time
    ticks["now"] += 60
    state = guard.check()
    assert not state.trusted and state.reason == "jumped_ahead"
