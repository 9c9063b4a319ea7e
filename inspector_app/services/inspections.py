"""Inspections and their violations (п.14): an inspector works on their own, the head sees all.

Every change is checked here (the UI only mirrors it) and is an audit event. An inspector picks the
evidence of a violation from the recordings of the journal issues linked to the inspection, which must be
issues to the inspection's own inspectors, by their metadata (time, recorder, hash) and the bookmarks and
stills the head or the responsible person made on them: never the footage itself (п.13).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from inspector_app.ports import VIOLATION_NUMBERS_LOCK
from inspector_app.domain.audit import AuditKind, AuditFilter
from inspector_app.domain.inspections import (
    Elimination,
    FollowUp,
    Inspection,
    InspectionInput,
    Violation,
    ViolationInput,
)
from inspector_app.domain.journal import EntryKind
from inspector_app.domain.normative_catalogue import reference_text
from inspector_app.domain.recordings import Recording
from inspector_app.domain.review import Bookmark
from inspector_app.domain.roles import Permission, Role, allows
from inspector_app.domain.validation import required_text
from inspector_app.errors import NotFoundError, PermissionDenied, ValidationError
from inspector_app.services.common import acting_user
from inspector_app.timezones import to_local

PROOF_MAX = 5000
STILLS_READ = 1000


@dataclass(frozen=True)
class StillMark:
    """A still the player saved from a recording (from the audit trail): where in it, and the PNG's hash."""

    recording_id: int
    position_ms: int
    png_sha256: str
    at: object


@dataclass(frozen=True)
class EvidenceCandidate:
    """A recording an inspector may cite, by its metadata only, with the bookmarks and stills made on it."""

    recording: Recording
    bookmarks: tuple[Bookmark, ...]
    stills: tuple[StillMark, ...]


@dataclass(frozen=True)
class FollowUpItem:
    violation: Violation
    inspection: Inspection
    state: FollowUp


def working_user(uow, actor):
    """The actor, if they may work on inspections at all."""
    return acting_user(uow, actor, Permission.WORK_ON_INSPECTIONS)


def sees_all(user) -> bool:
    return allows(user.role, Permission.VIEW_ALL_INSPECTIONS)


def inspection_for(uow, user, inspection_id: int) -> Inspection:
    """The inspection, if `user` takes part in it or sees all (the head)."""
    inspection = uow.inspections.get(inspection_id)
    if inspection is None:
        raise NotFoundError(f"Inspection {inspection_id} does not exist", what="Inspection", id=inspection_id)
    if not sees_all(user) and user.id not in inspection.data.inspector_ids:
        raise PermissionDenied("This inspection is another inspector's", code="not_own_inspection",
                               permission=Permission.VIEW_ALL_INSPECTIONS.value, role=user.role.value)
    return inspection


class InspectionsService:
    def __init__(self, uow_factory, clock, audit=None, timezone=lambda: "Asia/Almaty") -> None:
        self.uow_factory, self.clock, self.audit, self.timezone = uow_factory, clock, audit, timezone

    # access
    @staticmethod
    def _user(uow, actor):
        return working_user(uow, actor)

    @staticmethod
    def _sees_all(user) -> bool:
        return sees_all(user)

    @staticmethod
    def _inspection(uow, user, inspection_id: int) -> Inspection:
        return inspection_for(uow, user, inspection_id)

    def _checked_input(self, uow, user, data: InspectionInput) -> InspectionInput:
        data = data.validated()
        if not self._sees_all(user) and user.id not in data.inspector_ids:
            raise ValidationError("An inspector makes inspections they take part in", code="inspection_not_own")
        for user_id in data.inspector_ids:
            person = uow.users.get(user_id)
            if person is None or not person.active or person.role not in (Role.INSPECTOR, Role.HEAD):
                raise ValidationError(f"User {user_id} is not an active inspector", code="inspection_inspector",
                                      user_id=user_id)
        for entry_id in data.entry_ids:
            entry = uow.journal.entry(entry_id)
            if entry is None or entry.kind is not EntryKind.ISSUE or uow.journal.strike_of(entry_id) is not None:
                raise ValidationError(f"Journal entry {entry_id} is not an issue of a recorder",
                                      code="inspection_entry", entry_id=entry_id)
            if entry.user_id not in data.inspector_ids:
                raise ValidationError(f"Journal entry {entry_id} issued the recorder to someone outside the "
                                      "inspection", code="inspection_entry_not_own", entry_id=entry_id)
        for violation_id in data.follows_violation_ids:
            if uow.inspections.violation(violation_id) is None:
                raise ValidationError(f"Violation {violation_id} does not exist", code="inspection_follows",
                                      violation_id=violation_id)
        return data

    # inspections
    def inspectors(self, actor) -> list[tuple[int, str, str]]:
        """(id, full name, position) of the active inspectors and heads one may name in an inspection; an
        inspector may not list the users otherwise, but must be able to name a colleague."""
        with self.uow_factory() as uow:
            self._user(uow, actor)
            return [(u.id, u.full_name, u.position) for u in uow.users.list(include_inactive=False)
                    if u.role in (Role.INSPECTOR, Role.HEAD)]

    def create(self, actor, data: InspectionInput) -> Inspection:
        with self.uow_factory() as uow:
            user = self._user(uow, actor)
            data = self._checked_input(uow, user, data)
            inspection = uow.inspections.add(data, user.id, self.clock.now())
            uow.commit()
        self._record(user, inspection.id, "created", subject=data.subject_name, bin_iin=data.subject_bin_iin)
        return inspection

    def update(self, actor, inspection_id: int, data: InspectionInput) -> Inspection:
        """The inspection as changed; documents already issued keep what they printed (frozen)."""
        with self.uow_factory() as uow:
            user = self._user(uow, actor)
            self._inspection(uow, user, inspection_id)
            data = self._checked_input(uow, user, data)
            inspection = uow.inspections.update(inspection_id, data, self.clock.now())
            uow.commit()
        self._record(user, inspection_id, "changed")
        return inspection

    def get(self, actor, inspection_id: int) -> Inspection:
        with self.uow_factory() as uow:
            return self._inspection(uow, self._user(uow, actor), inspection_id)

    def list(self, actor, offset: int = 0, limit: int = 200) -> list[Inspection]:
        with self.uow_factory() as uow:
            user = self._user(uow, actor)
            return uow.inspections.list(None if self._sees_all(user) else user.id, offset, limit)

    def count(self, actor) -> int:
        with self.uow_factory() as uow:
            user = self._user(uow, actor)
            return uow.inspections.count(None if self._sees_all(user) else user.id)

    # violations
    def violations(self, actor, inspection_id: int) -> list[Violation]:
        with self.uow_factory() as uow:
            self._inspection(uow, self._user(uow, actor), inspection_id)
            return uow.inspections.violations(inspection_id)

    def add_violation(self, actor, inspection_id: int, data: ViolationInput) -> Violation:
        # numbered within the inspection: two inspectors of one team may add at the same moment
        with self.uow_factory.serial(f"{VIOLATION_NUMBERS_LOCK}{inspection_id}") as uow:
            user = self._user(uow, actor)
            inspection = self._inspection(uow, user, inspection_id)
            data, refs = self._checked_violation(uow, inspection, data)
            violation = uow.inspections.add_violation(inspection_id, data, *refs)
            uow.commit()
        self._record(user, inspection_id, "violation_added", violation=violation.number,
                     requirement=data.requirement_code, evidence=[e.recording_id for e in data.evidence])
        return violation

    def update_violation(self, actor, violation_id: int, data: ViolationInput) -> Violation:
        with self.uow_factory() as uow:
            user = self._user(uow, actor)
            old = self._violation(uow, user, violation_id)
            inspection = uow.inspections.get(old.inspection_id)
            data, refs = self._checked_violation(uow, inspection, data)
            violation = uow.inspections.update_violation(violation_id, data, *refs)
            uow.commit()
        self._record(user, old.inspection_id, "violation_changed", violation=violation.number,
                     requirement=data.requirement_code)
        return violation

    def remove_violation(self, actor, violation_id: int) -> None:
        """Only one never printed in an issued document and not marked eliminated."""
        with self.uow_factory() as uow:
            user = self._user(uow, actor)
            violation = self._violation(uow, user, violation_id)
            if uow.inspections.is_issued(violation.inspection_id) or violation.elimination is not None:
                raise ValidationError("A violation printed in an issued document stays; issue a replacing "
                                      "document instead", code="violation_issued")
            uow.inspections.remove_violation(violation_id)
            uow.commit()
        self._record(user, violation.inspection_id, "violation_removed", violation=violation.number)

    def _violation(self, uow, user, violation_id: int) -> Violation:
        violation = uow.inspections.violation(violation_id)
        if violation is None:
            raise NotFoundError(f"Violation {violation_id} does not exist", what="Violation", id=violation_id)
        self._inspection(uow, user, violation.inspection_id)
        return violation

    def _checked_violation(self, uow, inspection: Inspection, data: ViolationInput):
        data = data.validated(inspection.data.period_to)
        requirement = uow.catalogue.get(data.requirement_code)
        if requirement is None:
            raise ValidationError(f"The catalogue has no requirement '{data.requirement_code}'",
                                  code="violation_requirement", requirement=data.requirement_code)
        allowed = {c.recording.id: c for c in self._candidates(uow, inspection)}
        for item in data.evidence:
            candidate = allowed.get(item.recording_id)
            if candidate is None:
                raise ValidationError(f"Recording {item.recording_id} is not one of this inspection's issues",
                                      code="evidence_not_own", recording_id=item.recording_id)
            if item.bookmark_id is not None and item.bookmark_id not in {b.id for b in candidate.bookmarks}:
                raise ValidationError(f"Bookmark {item.bookmark_id} is not on recording {item.recording_id}",
                                      code="evidence_bookmark", bookmark_id=item.bookmark_id)
            if item.still_sha256 and item.still_sha256 not in {s.png_sha256 for s in candidate.stills}:
                raise ValidationError("That still was not taken from this recording", code="evidence_still")
        return data, (reference_text(requirement, "kk"), reference_text(requirement, "ru"))

    # evidence, by metadata
    def evidence_candidates(self, actor, inspection_id: int) -> list[EvidenceCandidate]:
        with self.uow_factory() as uow:
            inspection = self._inspection(uow, self._user(uow, actor), inspection_id)
            return self._candidates(uow, inspection)

    def _candidates(self, uow, inspection: Inspection) -> list[EvidenceCandidate]:
        found = []
        for entry_id in inspection.data.entry_ids:
            for recording in uow.recordings.for_entry(entry_id):
                bookmarks = tuple(uow.review.bookmarks(recording_id=recording.id))
                stills = tuple(_stills(uow, recording.id))
                found.append(EvidenceCandidate(_metadata_only(recording), bookmarks, stills))
        return found

    # follow-up of prescriptions
    def record_elimination(self, actor, violation_id: int, eliminated_on: date, proof: str,
                           follow_up_inspection_id: int | None = None) -> Violation:
        proof = required_text(proof, "The proof of elimination", PROOF_MAX)
        with self.uow_factory() as uow:
            user = self._user(uow, actor)
            violation = self._violation(uow, user, violation_id)
            if violation.elimination is not None:
                raise ValidationError("This violation is already marked eliminated", code="violation_eliminated")
            today = to_local(self.clock.now(), self.timezone()).date()
            if eliminated_on > today:
                raise ValidationError("The date of elimination is in the future", code="elimination_date")
            inspection = uow.inspections.get(violation.inspection_id)
            if eliminated_on < inspection.data.period_from:
                raise ValidationError("The date of elimination is before the inspection that found the violation",
                                      code="elimination_date")
            if follow_up_inspection_id is not None:
                self._inspection(uow, user, follow_up_inspection_id)
            uow.inspections.add_elimination(Elimination(violation_id, eliminated_on, proof, user.id,
                                                        self.clock.now(), follow_up_inspection_id))
            violation = uow.inspections.violation(violation_id)
            uow.commit()
        if self.audit is not None:
            self.audit.record(AuditKind.ELIMINATION, user, subject=f"inspection:{violation.inspection_id}",
                              details={"violation": violation.number, "violation_id": violation_id,
                                       "eliminated_on": eliminated_on.isoformat(), "proof": proof,
                                       "follow_up_inspection_id": follow_up_inspection_id})
        return violation

    def follow_up(self, actor, today: date | None = None) -> list[FollowUpItem]:
        """Every violation with a deadline (the inspector's own, or all for the head): due, overdue, eliminated."""
        with self.uow_factory() as uow:
            user = self._user(uow, actor)
            today = today or to_local(self.clock.now(), self.timezone()).date()
            violations = uow.inspections.violations_with_deadlines(None if self._sees_all(user) else user.id)
            inspections = {i: uow.inspections.get(i) for i in {v.inspection_id for v in violations}}
            return [FollowUpItem(v, inspections[v.inspection_id], v.follow_up(today)) for v in violations]

    def _record(self, user, inspection_id: int, action: str, **details) -> None:
        if self.audit is not None:
            self.audit.record(AuditKind.INSPECTION, user, subject=f"inspection:{inspection_id}",
                              details={"action": action, **details})


def _metadata_only(recording: Recording) -> Recording:
    """The recording without its picture: an inspector sees when, which recorder and the hash, not the footage."""
    from dataclasses import replace

    return replace(recording, thumbnail=None)


def _stills(uow, recording_id: int) -> list[StillMark]:
    events = uow.audit.list(AuditFilter(kind=AuditKind.VIEW, recording_id=recording_id), 0, STILLS_READ)
    return [StillMark(recording_id, int(e.details.get("segment_position_ms") or 0), e.details["png_sha256"], e.at)
            for e in events if e.details.get("purpose") == "still" and e.details.get("png_sha256")]
