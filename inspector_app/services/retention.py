"""Retention rules, legal holds and the retention overview (п.12: recordings are kept three years).

The rules are the head's: each change is audited, and a change that would shorten the period of
recordings already stored needs the head's second, explicit confirmation. A legal hold keeps a recording
whatever its age (a court, the authorised body); anyone who keeps the footage may place one, only the head
releases it. The time every expiry is judged by is the guarded clock (`ClockGuard.require_trusted`): a PC
clock set forward cannot make recordings expire early.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from inspector_app.domain.audit import AuditKind
from inspector_app.domain.recordings import Recording
from inspector_app.domain.retention import (
    BY_CONTROL_KIND,
    BY_PURPOSE,
    DEFAULT_MONTHS,
    LegalHold,
    RetentionKind,
    RetentionRule,
    add_months,
    expires_at,
    validate_months,
)
from inspector_app.domain.roles import Permission
from inspector_app.domain.validation import required_text
from inspector_app.errors import NotFoundError, StateError, ValidationError
from inspector_app.services.common import acting_user

REASON_MAX = 2000
HORIZONS_DAYS = (30, 90)


@dataclass(frozen=True)
class RetentionItem:
    recording: Recording
    kind: RetentionKind
    expires_at: datetime
    holds: tuple[LegalHold, ...] = ()
    proposed: bool = False


@dataclass(frozen=True)
class RetentionOverview:
    now: datetime
    expiring: dict[int, list[RetentionItem]]  # days -> not yet expired, expiring within that many days
    expired: list[RetentionItem]              # expired, not held, not on a list awaiting the head
    held: list[RetentionItem]                 # under a legal hold (any age)
    proposed: list[RetentionItem]             # on a list awaiting the head's decision


def rules_in(uow) -> dict[RetentionKind, RetentionRule]:
    changed = uow.retention.rule_changes()
    return {kind: changed.get(kind, RetentionRule(kind, DEFAULT_MONTHS)) for kind in RetentionKind}


def kind_of(control: str | None, purpose: str | None) -> RetentionKind:
    """The kind of a recording from the inspection its issue was taken for, else the issue's purpose."""
    return BY_CONTROL_KIND.get(control) or BY_PURPOSE.get(purpose) or RetentionKind.OTHER


def kinds_in(uow, recording_ids: list[int]) -> dict[int, RetentionKind]:
    found = uow.retention.kinds_of(recording_ids)
    return {rec_id: kind_of(*found.get(rec_id, (None, None))) for rec_id in recording_ids}


def items_in(uow, recordings: list[Recording]) -> list[RetentionItem]:
    rules = rules_in(uow)
    ids = [r.id for r in recordings]
    kinds = kinds_in(uow, ids)
    holds: dict[int, list] = {}
    for hold in uow.retention.holds(ids):
        holds.setdefault(hold.recording_id, []).append(hold)
    proposed = uow.retention.proposed_ids()
    return [RetentionItem(r, kinds[r.id], expires_at(r, rules[kinds[r.id]].months), tuple(holds.get(r.id, ())),
                          r.id in proposed) for r in recordings]


class RetentionService:
    def __init__(self, uow_factory, clock, audit=None, clock_guard=None) -> None:
        self.uow_factory, self.clock, self.audit, self.clock_guard = uow_factory, clock, audit, clock_guard

    def trusted_now(self) -> datetime:
        return self.clock_guard.require_trusted() if self.clock_guard is not None else self.clock.now()

    # rules
    def rules(self, actor) -> dict[RetentionKind, RetentionRule]:
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.VIEW_RETENTION)
            return rules_in(uow)

    def set_rule(self, actor, kind: RetentionKind, months: int, reason: str,
                 confirm_shortening: bool = False) -> RetentionRule:
        """A new period for `kind`. Shortening it while recordings of that kind are stored is refused unless
        `confirm_shortening` (the head's second confirmation, after being told how many it touches)."""
        kind, months = RetentionKind(kind), validate_months(months)
        reason = required_text(reason, "The reason for the change", REASON_MAX)
        with self.uow_factory() as uow:
            user = acting_user(uow, actor, Permission.CHANGE_RETENTION)
            previous = rules_in(uow)[kind].months
            touched = 0
            if months < previous:
                touched = sum(count for source, count in uow.retention.stored_sources().items()
                              if kind_of(*source) is kind)
                if touched and not confirm_shortening:
                    raise StateError(f"Shortening the period of '{kind.value}' from {previous} to {months} months "
                                     f"touches {touched} stored recording(s): confirm it a second time",
                                     code="retention_shortening", recordings=touched)
            uow.retention.add_rule_change(kind, months, previous, bool(touched), reason, user.id, self.clock.now())
            uow.commit()
        if self.audit is not None:
            self.audit.record(AuditKind.RETENTION, user, subject=f"retention:{kind.value}",
                              details={"kind": kind.value, "months": months, "previous_months": previous,
                                       "reason": reason, "stored_recordings_shortened": touched})
        return RetentionRule(kind, months, user.id, self.clock.now())

    # holds
    def place_hold(self, actor, recording_ids: list[int], reason: str, inspection_id: int | None = None) -> list[int]:
        reason = required_text(reason, "The reason for the hold", REASON_MAX)
        with self.uow_factory() as uow:
            user = acting_user(uow, actor, Permission.PLACE_LEGAL_HOLD)
            ids = sorted(set(recording_ids))
            if not ids:
                raise ValidationError("Choose the recordings to hold", code="hold_empty")
            missing = set(ids) - uow.recordings.existing_ids(ids)
            if missing:
                raise NotFoundError(f"Recording(s) {sorted(missing)} do not exist", what="Recording")
            destroyed = uow.retention.destroyed_ids(ids)
            if destroyed:
                raise StateError(f"Recording(s) {sorted(destroyed)} are already destroyed", code="hold_destroyed")
            holds = [uow.retention.add_hold(i, reason, inspection_id, user.id, self.clock.now()) for i in ids]
            uow.commit()
        for rec_id, hold_id in zip(ids, holds):
            self._record_hold(user, rec_id, "placed", hold_id=hold_id, reason=reason, inspection_id=inspection_id)
        return holds

    def hold_inspection(self, actor, inspection_id: int, reason: str) -> list[int]:
        """Hold every recording cited as evidence in the inspection's violations (an act sent to a court)."""
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.PLACE_LEGAL_HOLD)
            if uow.inspections.get(inspection_id) is None:
                raise NotFoundError(f"Inspection {inspection_id} does not exist", what="Inspection")
            ids = sorted({e.recording_id for v in uow.inspections.violations(inspection_id) for e in v.data.evidence})
        if not ids:
            raise ValidationError("The inspection cites no recording as evidence", code="hold_empty")
        return self.place_hold(actor, ids, reason, inspection_id)

    def release_hold(self, actor, hold_id: int, reason: str) -> None:
        reason = required_text(reason, "The reason for the release", REASON_MAX)
        with self.uow_factory() as uow:
            user = acting_user(uow, actor, Permission.RELEASE_LEGAL_HOLD)
            hold = uow.retention.hold(hold_id)
            if hold is None:
                raise NotFoundError(f"Legal hold {hold_id} does not exist", what="Legal hold", id=hold_id)
            if not hold.active:
                raise StateError("This hold is already released", code="hold_released")
            uow.retention.release_hold(hold_id, reason, user.id, self.clock.now())
            uow.commit()
        self._record_hold(user, hold.recording_id, "released", hold_id=hold_id, reason=reason)

    def holds(self, actor, active_only: bool = True) -> list[LegalHold]:
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.VIEW_RETENTION)
            return uow.retention.holds(active_only=active_only)

    def _record_hold(self, user, recording_id: int, action: str, **details) -> None:
        if self.audit is not None:
            self.audit.record(AuditKind.LEGAL_HOLD, user, subject=f"recording:{recording_id}",
                              recording_id=recording_id, details={"action": action, **details})

    # the overview
    def overview(self, actor, horizons=HORIZONS_DAYS) -> RetentionOverview:
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.VIEW_RETENTION)
            now = self.trusted_now()
            shortest = min(rule.months for rule in rules_in(uow).values())
            horizon = now + timedelta(days=max(horizons))
            candidates = uow.retention.ended_before(add_months(horizon, -shortest))
            held_ids = {h.recording_id for h in uow.retention.holds()}
            recordings = uow.recordings.by_ids(sorted(set(candidates) | held_ids))
            items = items_in(uow, recordings)
        expired = [i for i in items if i.expires_at <= now and not i.holds and not i.proposed]
        expiring = {days: [i for i in items if now < i.expires_at <= now + timedelta(days=days) and not i.holds]
                    for days in horizons}
        return RetentionOverview(now, expiring, expired, [i for i in items if i.holds],
                                 [i for i in items if i.proposed])
