"""Keeping recordings for three years and destroying them properly (order No. 444, п.6, п.12).

A `RetentionRule` per kind of recording says for how many months a recording is kept from its end. The
kind follows the inspection the recording's issue was taken for (or the journal's purpose of the issue).
A `LegalHold` keeps a recording, whatever its age, until the head releases it. Destruction takes two
people: the responsible person proposes a `DestructionList` (only recordings expired and not held), the
head approves it, and only then are they destroyed, each leaving a `Tombstone`.

The rules here are pure: when a recording expires, whether it may be proposed, and month arithmetic.
"""

from __future__ import annotations

import calendar
import enum
from dataclasses import dataclass
from datetime import datetime

from inspector_app.domain.recordings import Recording

DEFAULT_MONTHS = 36  # п.12: three years
MAX_MONTHS = 12 * 75


class RetentionKind(str, enum.Enum):
    """What a recording was made for; each kind has its own rule (all three years by default)."""

    PERMIT_COMPLIANCE = "permit_compliance"          # проверка на соответствие разрешительным требованиям
    PREVENTIVE_VISIT = "preventive_visit"            # профилактический контроль с посещением
    UNSCHEDULED_INSPECTION = "unscheduled_inspection"  # внеплановая (и иная) проверка, расследование
    ADMINISTRATIVE_OFFENCE = "administrative_offence"  # дело об административном правонарушении
    OTHER = "other"                                  # recorded outside any issue or for another purpose


# The kind of control of the inspection an issue was taken for -> the kind of its recordings.
BY_CONTROL_KIND = {
    "compliance_check": RetentionKind.PERMIT_COMPLIANCE,
    "preventive_control_visit": RetentionKind.PREVENTIVE_VISIT,
    "unscheduled_inspection": RetentionKind.UNSCHEDULED_INSPECTION,
    "scheduled_inspection": RetentionKind.UNSCHEDULED_INSPECTION,
    "investigation": RetentionKind.UNSCHEDULED_INSPECTION,
}
# Without an inspection: the purpose written in the journal at the issue (п.4).
BY_PURPOSE = {
    "preventive_visit": RetentionKind.PREVENTIVE_VISIT,
    "inspection": RetentionKind.UNSCHEDULED_INSPECTION,
    "investigation": RetentionKind.UNSCHEDULED_INSPECTION,
}


@dataclass(frozen=True)
class RetentionRule:
    kind: RetentionKind
    months: int
    changed_by_id: int | None = None
    changed_at: datetime | None = None


@dataclass(frozen=True)
class LegalHold:
    id: int
    recording_id: int
    reason: str
    placed_by_id: int
    placed_at: datetime
    inspection_id: int | None = None
    released_at: datetime | None = None
    released_by_id: int | None = None
    release_reason: str = ""

    @property
    def active(self) -> bool:
        return self.released_at is None


class ListState(str, enum.Enum):
    PROPOSED = "proposed"
    APPROVED = "approved"   # approved, and its recordings destroyed
    REJECTED = "rejected"


@dataclass(frozen=True)
class DestructionList:
    id: int
    proposed_by_id: int
    proposed_at: datetime
    note: str
    recording_ids: tuple[int, ...]
    state: ListState = ListState.PROPOSED
    decided_by_id: int | None = None
    decided_at: datetime | None = None
    comment: str = ""


@dataclass(frozen=True)
class Tombstone:
    """What stays of a destroyed recording: its hash and metadata, who proposed, who approved, when, which list."""

    recording_id: int
    sha256: str
    size: int
    metadata: dict
    list_id: int
    destroyed_at: datetime
    proposed_by_id: int
    approved_by_id: int


@dataclass(frozen=True)
class DestructionAct:
    """The act of destruction of a list, as issued: frozen PDF bytes and their hash."""

    id: int
    list_id: int
    lang: str
    sha256: str
    issued_at: datetime
    issued_by_id: int
    pdf: bytes = b""


def add_months(moment: datetime, months: int) -> datetime:
    """`moment` plus whole months; the 29th-31st become the month's last day where the month is shorter."""
    month0 = moment.month - 1 + months
    year, month = moment.year + month0 // 12, month0 % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def retention_start(recording: Recording) -> datetime:
    """The period runs from the recording's end (its start, or its ingest, when the end is unknown)."""
    return recording.end_utc or recording.start_utc or recording.ingested_at


def expires_at(recording: Recording, months: int) -> datetime:
    return add_months(retention_start(recording), months)


def validate_months(months: int) -> int:
    from inspector_app.errors import ValidationError

    value = int(months)
    if not 1 <= value <= MAX_MONTHS:
        raise ValidationError(f"A retention period is from 1 to {MAX_MONTHS} months", code="retention_months")
    return value
