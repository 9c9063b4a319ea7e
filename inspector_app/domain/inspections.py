"""Inspections, their violations and the documents issued on them (order No. 444, п.14; order No. 315 as
the pattern of the act).

An `Inspection` is one visit or check of a subject of control: who was checked (BIN/IIN), which hazardous
production facility, the kind of control and its basis (the registered act of appointment), the
inspectors, the period, the representative present, and the journal issues of the recorders taken on it
(hence its recordings). A `Violation` names the requirement breached (from the unit's catalogue), where,
the evidence, and the deadline to eliminate it. `IssuedDocument` is an act or a prescription once issued:
its PDF bytes are frozen and hashed, and a later change is a new document that replaces it.

The rules here are pure: validation of what a person typed, numbering, and the follow-up state of a
violation's deadline.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from inspector_app.domain.identifiers import validate_bin_or_iin
from inspector_app.domain.validation import optional_text, required_text
from inspector_app.errors import ValidationError

NAME_MAX, ADDRESS_MAX, TEXT_MAX, NUMBER_MAX = 300, 500, 20_000, 100


class ControlKind(str, enum.Enum):
    """The kinds of state control of industrial safety (keys of the act template's `control_kinds`)."""

    PREVENTIVE_VISIT = "preventive_control_visit"   # профилактический контроль с посещением
    SCHEDULED = "scheduled_inspection"              # проверка на основе оценки рисков
    UNSCHEDULED = "unscheduled_inspection"          # внеплановая проверка
    INVESTIGATION = "investigation"                 # расследование аварии, инцидента
    COMPLIANCE = "compliance_check"                 # проверка на соответствие разрешительным требованиям


class DocumentKind(str, enum.Enum):
    ACT = "act"
    PRESCRIPTION = "prescription"


class FollowUp(str, enum.Enum):
    """Where a violation's elimination stands on a given day."""

    DUE = "due"
    OVERDUE = "overdue"
    ELIMINATED = "eliminated"


@dataclass(frozen=True)
class InspectionInput:
    """What a person enters for an inspection; `validated()` gives the cleaned copy or a clear refusal."""

    subject_name: str
    subject_bin_iin: str
    control_kind: ControlKind
    basis_number: str
    basis_date: date
    lead_inspector_id: int | None
    period_from: date
    period_to: date
    subject_address: str = ""
    facility_name: str = ""
    facility_address: str = ""
    facility_kind: str = ""
    facility_registration: str = ""
    basis_registration: str = ""
    basis_registered_on: date | None = None
    member_ids: tuple[int, ...] = ()
    representative_name: str = ""
    representative_position: str = ""
    place: str = ""
    findings: str = ""
    entry_ids: tuple[int, ...] = ()
    follows_violation_ids: tuple[int, ...] = ()  # a follow-up visit: the violations of a prescription it checks

    def validated(self) -> "InspectionInput":
        number, _kind = validate_bin_or_iin(self.subject_bin_iin)
        if self.lead_inspector_id is None:
            raise ValidationError("An inspection needs its lead inspector", code="inspection_no_inspector")
        if self.period_to < self.period_from:
            raise ValidationError("The inspection ends before it begins", code="inspection_period")
        if self.basis_date > self.period_from:
            raise ValidationError("The act of appointment is dated after the inspection began",
                                  code="inspection_basis_date")
        members = tuple(dict.fromkeys(m for m in self.member_ids if m != self.lead_inspector_id))
        return replace(
            self, subject_bin_iin=number, control_kind=ControlKind(self.control_kind), member_ids=members,
            subject_name=required_text(self.subject_name, "The subject's name", NAME_MAX),
            basis_number=required_text(self.basis_number, "The number of the act of appointment", NUMBER_MAX),
            subject_address=optional_text(self.subject_address, "The legal address", ADDRESS_MAX),
            facility_name=optional_text(self.facility_name, "The facility's name", NAME_MAX),
            facility_address=optional_text(self.facility_address, "The facility's address", ADDRESS_MAX),
            facility_kind=optional_text(self.facility_kind, "The facility's type", NAME_MAX),
            facility_registration=optional_text(self.facility_registration, "The registration number", NUMBER_MAX),
            basis_registration=optional_text(self.basis_registration, "The registration of the act", NUMBER_MAX),
            representative_name=optional_text(self.representative_name, "The representative", NAME_MAX),
            representative_position=optional_text(self.representative_position, "The position", NAME_MAX),
            place=optional_text(self.place, "The place", NAME_MAX),
            findings=_long_text(self.findings, "The findings"),
            entry_ids=tuple(dict.fromkeys(self.entry_ids)),
            follows_violation_ids=tuple(dict.fromkeys(self.follows_violation_ids)))

    @property
    def inspector_ids(self) -> tuple[int, ...]:
        return ((self.lead_inspector_id,) if self.lead_inspector_id is not None else ()) + self.member_ids


@dataclass(frozen=True)
class Inspection:
    id: int
    data: InspectionInput
    created_by_id: int
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class EvidenceRef:
    """A recording that proves a violation, optionally a bookmark on it, or a still taken from it (its PNG
    hash and position, as the player recorded the still in the audit trail)."""

    recording_id: int
    bookmark_id: int | None = None
    still_sha256: str = ""
    still_position_ms: int | None = None


@dataclass(frozen=True)
class ViolationInput:
    requirement_code: str
    description: str
    deadline: date | None
    place: str = ""
    evidence: tuple[EvidenceRef, ...] = ()

    def validated(self, period_to: date) -> "ViolationInput":
        description = _long_text(self.description, "The violation's description")
        if not description:
            raise ValidationError("A violation needs its description", code="violation_empty")
        if not (self.requirement_code or "").strip():
            raise ValidationError("A violation needs the requirement it breaches", code="violation_no_requirement")
        if self.deadline is not None and self.deadline < period_to:
            raise ValidationError("The deadline to eliminate a violation is before the inspection ends",
                                  code="violation_deadline")
        still = [e for e in self.evidence if e.still_sha256 and len(e.still_sha256) != 64]
        if still:
            raise ValidationError("A still's SHA-256 must be 64 hexadecimal digits", code="evidence_still_hash")
        return replace(self, requirement_code=self.requirement_code.strip(), description=description,
                       place=optional_text(self.place, "The place", ADDRESS_MAX),
                       evidence=tuple(dict.fromkeys(self.evidence)))


@dataclass(frozen=True)
class Elimination:
    violation_id: int
    eliminated_on: date
    proof: str
    recorded_by_id: int
    recorded_at: datetime
    follow_up_inspection_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class Violation:
    id: int
    inspection_id: int
    number: int                 # 1, 2, ... within the inspection
    data: ViolationInput
    reference_kk: str           # the citation as printed, composed when the violation was entered
    reference_ru: str
    elimination: Elimination | None = None

    def follow_up(self, today: date) -> FollowUp:
        if self.elimination is not None:
            return FollowUp.ELIMINATED
        deadline = self.data.deadline
        return FollowUp.OVERDUE if deadline is not None and deadline < today else FollowUp.DUE


@dataclass(frozen=True)
class IssuedDocument:
    """An act or prescription as issued: frozen bytes, their hash, and what it replaces."""

    id: int
    inspection_id: int
    kind: DocumentKind
    year: int
    sequence: int
    lang: str
    issued_at: datetime
    issued_by_id: int
    sha256: str
    size: int
    drawn_up_at: datetime
    place: str
    replaces_id: int | None = None
    pdf: bytes | None = field(default=None, repr=False, compare=False)

    @property
    def number(self) -> str:
        return document_number(self.sequence, self.year)


@dataclass(frozen=True)
class DocumentSignature:
    id: int
    document_id: int
    method: str                 # "pkcs12" or "ncalayer"
    cms: bytes = field(repr=False)
    signer_name: str
    signer_iin: str
    certificate_sha256: str
    signed_at: datetime
    signed_by_id: int


def document_number(sequence: int, year: int) -> str:
    """The number printed on a document: its place in the unit's numbering of the year, e.g. "12/2026"."""
    return f"{sequence}/{year}"


def _long_text(value: str | None, what: str) -> str:
    text = (value or "").strip()
    if len(text) > TEXT_MAX:
        raise ValidationError(f"{what} is too long: {len(text)} characters, at most {TEXT_MAX}", code="too_long")
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in text):
        raise ValidationError(f"{what} contains control characters", code="control_chars")
    return text
