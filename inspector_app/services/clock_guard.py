"""Clock sanity: the PC clock is checked against the latest time the audit trail has seen (п.13).

Three things make the clock untrusted:

* it runs backwards: now is earlier than the latest time in the chain (beyond a small tolerance);
* it jumps far ahead: now is later than the latest time in the chain by more than the unit's
  `clock_max_idle_days`, or, while the app runs, the wall clock moves away from the monotonic clock;
* a time-stamp authority's trusted time differs from the PC clock (`report`, from the trusted-time
  service).

The first sighting appends a `clock_anomaly` event to the chain and a notification. Until the head
confirms the clock (a `clock_confirmed` event), time-dependent decisions (retention expiry) are
refused with `ClockNotTrusted`. Times after a confirmation are compared with the chain from that
confirmation on, so a clock the head accepted is not flagged again for the same step.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

from inspector_app.clock import Clock
from inspector_app.domain.audit import AuditEvent, AuditKind
from inspector_app.domain.journal import Notification
from inspector_app.domain.roles import Permission
from inspector_app.errors import StateError
from inspector_app.services.common import acting_user

logger = logging.getLogger(__name__)

BACKWARDS_TOLERANCE = timedelta(minutes=2)
SESSION_DRIFT_TOLERANCE = timedelta(minutes=10)


class ClockNotTrusted(StateError):
    code = "clock_not_trusted"


@dataclass(frozen=True)
class ClockState:
    trusted: bool
    now: datetime
    latest_seen: datetime | None
    anomaly: AuditEvent | None  # the unconfirmed anomaly, if any

    @property
    def reason(self) -> str:
        return (self.anomaly.details.get("reason", "") if self.anomaly else "")


class ClockGuard:
    def __init__(self, uow_factory, clock: Clock, audit, unit_settings, monotonic=None) -> None:
        """`monotonic`: seconds that never jump (time.monotonic for the PC clock); by default the
        clock's own reading, which turns the in-session drift check off (a test clock moves by hand)."""
        self.uow_factory = uow_factory
        self.clock = clock
        self.audit = audit
        self.unit_settings = unit_settings
        self._monotonic = monotonic or (lambda: clock.now().timestamp())
        self._lock = threading.Lock()
        self._anchor = (clock.now(), self._monotonic())

    def check(self) -> ClockState:
        """Look at the clock now; record an anomaly the first time it is seen."""
        with self._lock:
            now = self.clock.now()
            pending = self._unconfirmed()
            confirmed = self._last(AuditKind.CLOCK_CONFIRMED)
            latest = self.audit.latest_time(confirmed.seq if confirmed else 0)
            reason, details = self._assess(now, latest)
            if reason and pending is None:
                pending = self._report(reason, now, latest, details)
            return ClockState(pending is None, now, latest, pending)

    def require_trusted(self) -> datetime:
        """The current time, for a decision that depends on it; ClockNotTrusted while an anomaly stands."""
        state = self.check()
        if not state.trusted:
            raise ClockNotTrusted("The PC clock is not trusted since it "
                                  f"{_REASONS.get(state.reason, state.reason)}; the head must confirm it first",
                                  reason=state.reason)
        return state.now

    def report(self, reason: str, details: dict) -> None:
        """An anomaly found elsewhere (e.g. a time-stamp authority's time far from the PC's)."""
        with self._lock:
            if self._unconfirmed() is None:
                self._report(reason, self.clock.now(), self.audit.latest_time(), details)

    def confirm(self, actor, note: str = "") -> AuditEvent:
        """The head accepts the PC clock as it is now (after checking it against a trusted source)."""
        with self.uow_factory() as uow:
            user = acting_user(uow, actor, Permission.CONFIRM_CLOCK)
        with self._lock:
            pending = self._unconfirmed()
            event = self.audit.record(AuditKind.CLOCK_CONFIRMED, user, subject="clock",
                                      details={"anomaly_seq": pending.seq if pending else None,
                                               "note": note.strip()[:500], "pc_time": _iso(self.clock.now())})
            self._anchor = (self.clock.now(), self._monotonic())
        return event

    # internals
    def _assess(self, now: datetime, latest: datetime | None) -> tuple[str, dict]:
        wall0, mono0 = self._anchor
        drift = (now - wall0) - timedelta(seconds=self._monotonic() - mono0)
        if abs(drift) > SESSION_DRIFT_TOLERANCE:
            return ("jumped_back" if drift < timedelta(0) else "jumped_ahead"), {"drift_seconds": round(drift.total_seconds())}
        if latest is None:
            return "", {}
        if now < latest - BACKWARDS_TOLERANCE:
            return "backwards", {"behind_seconds": round((latest - now).total_seconds())}
        max_idle = timedelta(days=self.unit_settings.get("clock_max_idle_days"))
        if now > latest + max_idle:
            return "far_ahead", {"ahead_seconds": round((now - latest).total_seconds())}
        return "", {}

    def _report(self, reason: str, now: datetime, latest: datetime | None, details: dict) -> AuditEvent:
        logger.warning("PC clock anomaly: %s (%s)", reason, details)
        event = self.audit.record(AuditKind.CLOCK_ANOMALY, None, subject="clock",
                                  details={"reason": reason, "pc_time": _iso(now),
                                           "latest_seen": _iso(latest) if latest else None, **details})
        with self.uow_factory() as uow:
            uow.journal.add_notification(Notification(
                "clock_pc", f"PC clock: {_REASONS.get(reason, reason)}; the head must confirm it", now, None, None,
                None))
            uow.commit()
        return event

    def _last(self, kind: AuditKind) -> AuditEvent | None:
        with self.uow_factory() as uow:
            return uow.audit.last_of([kind])

    def _unconfirmed(self) -> AuditEvent | None:
        with self.uow_factory() as uow:
            last = uow.audit.last_of([AuditKind.CLOCK_ANOMALY, AuditKind.CLOCK_CONFIRMED])
        return last if last is not None and last.kind is AuditKind.CLOCK_ANOMALY else None


_REASONS = {
    "backwards": "ran backwards past the latest time already recorded",
    "far_ahead": "jumped far ahead of the latest time recorded",
    "jumped_back": "was moved back while the app was running",
    "jumped_ahead": "was moved ahead while the app was running",
    "trusted_time": "differs from the time-stamp authority's trusted time",
}


def _iso(value: datetime) -> str:
    return value.isoformat(timespec="seconds")
