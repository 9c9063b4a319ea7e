"""Filling what an act or a prescription prints (`documents.inspection_content`) from the stored inspection.

Names and positions come from the user register, the authority's name from the unit, the citations from
what each violation recorded when it was entered, the evidence list from the recordings its violations
cite (file, recorder, wall-clock span in the unit's zone, SHA-256), with the bookmarks and stills on them.
Pure reads inside the caller's unit of work: nothing here writes.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from inspector_app.documents.inspection_content import (
    ActContent,
    Appointment,
    Evidence,
    Facility,
    Localized,
    Official,
    PrescriptionContent,
    Still,
    SubjectOfControl,
    Violation as PrintedViolation,
)
from inspector_app.domain.inspections import Inspection, Violation
from inspector_app.timezones import to_local


def _naive_local(value: datetime | None, zone: str) -> datetime | None:
    return None if value is None else to_local(value, zone).replace(tzinfo=None)


def officials(uow, inspection: Inspection) -> tuple[Official, ...]:
    people = []
    for user_id in inspection.data.inspector_ids:
        user = uow.users.get(user_id)
        if user is not None:
            people.append(Official(user.full_name, user.position))
    return tuple(people)


def _subject(inspection: Inspection) -> SubjectOfControl:
    d = inspection.data
    return SubjectOfControl(d.subject_name, d.subject_bin_iin, d.subject_address)


def _facility(inspection: Inspection) -> Facility | None:
    d = inspection.data
    if not d.facility_name:
        return None
    return Facility(d.facility_name, d.facility_address, d.facility_kind, d.facility_registration)


def printed_violations(violations: list[Violation]) -> tuple[PrintedViolation, ...]:
    return tuple(PrintedViolation(str(v.number), v.data.description, Localized(v.reference_kk, v.reference_ru),
                                  v.data.deadline, v.data.place) for v in violations)


def evidence_list(uow, violations: list[Violation], zone: str) -> tuple[Evidence, ...]:
    """Each cited recording once, in recording order, with the bookmarks and stills cited on it."""
    marks: dict[int, list] = {}
    for violation in violations:
        for ref in violation.data.evidence:
            marks.setdefault(ref.recording_id, []).append(ref)
    items = []
    for recording in sorted(uow.recordings.by_ids(list(marks)), key=lambda r: (r.start_utc is None, r.start_utc,
                                                                                r.id)):
        start = recording.start_utc
        end = recording.end_utc or (start + timedelta(seconds=recording.duration_seconds or 0) if start else None)
        stills = []
        bookmarks = {b.id: b for b in uow.review.bookmarks(recording_id=recording.id, current_only=False)}
        for ref in marks[recording.id]:
            if ref.bookmark_id is not None and ref.bookmark_id in bookmarks and start is not None:
                bookmark = bookmarks[ref.bookmark_id]
                stills.append(Still(_naive_local(start + timedelta(milliseconds=bookmark.start_ms), zone),
                                    bookmark.note))
            if ref.still_sha256 and start is not None:
                at = start + timedelta(milliseconds=ref.still_position_ms or 0)
                stills.append(Still(_naive_local(at, zone), "", ref.still_sha256))
        if start is None:
            continue  # a recording of unknown time cannot be placed in the act's evidence list
        items.append(Evidence(recording.source_name, recording.inventory_number, _naive_local(start, zone),
                              _naive_local(end or start, zone), recording.sha256,
                              tuple(sorted(set(stills), key=lambda s: s.at))))
    return tuple(items)


def act_content(uow, inspection: Inspection, violations: list[Violation], number: str, drawn_up_at: datetime,
                place: str, zone: str, acknowledgement=None, footer: str = "") -> ActContent:
    d = inspection.data
    unit = uow.units.get()
    representative = Official(d.representative_name, d.representative_position) if d.representative_name else None
    return ActContent(
        number=number, drawn_up_at=_naive_local(drawn_up_at, zone), place=place or d.place,
        authority=Localized(unit.name_kk, unit.name_ru),
        basis=Appointment(d.basis_number, d.basis_date, d.basis_registration, d.basis_registered_on),
        control_kind=d.control_kind.value, inspectors=officials(uow, inspection), subject=_subject(inspection),
        period_from=d.period_from, period_to=d.period_to, facility=_facility(inspection),
        representative=representative, findings=d.findings, violations=printed_violations(violations),
        evidence=evidence_list(uow, violations, zone), acknowledgement=acknowledgement, footer=footer)


def prescription_content(uow, inspection: Inspection, violations: list[Violation], number: str,
                         issued_at: datetime, place: str, act_number: str, act_date, zone: str,
                         receipt=None, footer: str = "") -> PrescriptionContent:
    unit = uow.units.get()
    return PrescriptionContent(
        number=number, issued_on=to_local(issued_at, zone).date(), authority=Localized(unit.name_kk, unit.name_ru),
        subject=_subject(inspection), act_number=act_number, act_date=act_date,
        violations=printed_violations(violations), inspectors=officials(uow, inspection),
        place=place or inspection.data.place, facility=_facility(inspection), receipt=receipt, footer=footer)
