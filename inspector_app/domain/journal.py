"""The journal of issue and return of recorders (Appendix 1 of order No. 444, п.8–10, п.17, п.20).

A row of the paper journal is filled in over time: the issue (columns 1–4), the return (column 5),
the storage of the data (column 6), remarks (column 7). Here each of those is its own record, made
once and never changed (п.9): `Entry`, `Return`, `StorageMark`, `Remark`, and `Strike` for the paper
rule of correction (the wrong entry is struck through, a new one is made). `JournalRow` is the row as
the journal shows and prints it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

from inspector_app.domain.strokes import Strokes


class Purpose(str, enum.Enum):
    """Why the recorder is taken (п.4)."""

    PREVENTIVE_VISIT = "preventive_visit"  # профилактикалық бақылау / профилактический контроль с посещением
    INSPECTION = "inspection"              # тексеру / проверка
    INVESTIGATION = "investigation"        # тергеп-тексеру / расследование
    OTHER = "other"


class EntryKind(str, enum.Enum):
    ISSUE = "issue"  # a recorder handed to a user
    FAULT = "fault"  # a malfunction reported while the recorder was in store (п.20)


class BatterySource(str, enum.Enum):
    ENTERED = "entered"  # the responsible person read it off the device
    DEVICE = "device"    # the recorder reported it itself (vendor profile)


class RemarkKind(str, enum.Enum):
    CORRECTION = "correction"
    FAULT = "fault"
    BATTERY_OVERRIDE = "battery_override"
    CONDITION = "condition"
    NOTE = "note"


class SignerRole(str, enum.Enum):
    RECIPIENT = "recipient"  # the inspector receiving the recorder (column 4)
    ISSUER = "issuer"        # the responsible person handing it over
    RETURNER = "returner"    # the inspector handing it back (column 5)
    RECEIVER = "receiver"    # the responsible person receiving it back
    AUTHOR = "author"        # whoever writes a remark, a fault report or a correction


class RowState(str, enum.Enum):
    OPEN = "open"                         # issued, not yet returned
    RETURNED_NOT_STORED = "returned"      # returned, recordings not yet stored
    STORED = "stored"
    FAULT = "fault"
    STRUCK = "struck"


@dataclass(frozen=True)
class Volume:
    id: int
    number: int
    registration_index: str
    unit_name_kk: str
    unit_name_ru: str
    started_at: datetime
    ended_at: datetime | None = None


@dataclass(frozen=True)
class Entry:
    volume_id: int
    number: int
    kind: EntryKind
    recorder_id: int
    inventory_number: str
    user_id: int
    user_full_name: str
    at: datetime
    purpose: Purpose | None = None
    battery_percent: int | None = None
    battery_source: BatterySource | None = None
    clock_offset_seconds: int | None = None
    issued_by_id: int | None = None
    corrects_entry_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class Return:
    entry_id: int
    returned_at: datetime
    received_by_id: int
    condition: str
    id: int | None = None


@dataclass(frozen=True)
class StorageMark:
    entry_id: int
    stored_at: datetime
    source: str
    id: int | None = None


@dataclass(frozen=True)
class Remark:
    entry_id: int
    kind: RemarkKind
    text: str
    author_id: int
    author_name: str
    at: datetime
    id: int | None = None


@dataclass(frozen=True)
class Strike:
    entry_id: int
    struck_at: datetime
    struck_by_id: int
    reason: str
    correction_entry_id: int | None
    id: int | None = None


@dataclass(frozen=True)
class Signature:
    """One person's signature of one record: the drawn strokes and an Ed25519 signature of its content."""

    act: str          # "entry", "return", "remark", "strike"
    act_id: int
    role: SignerRole
    user_id: int
    user_name: str
    key_id: int
    signed_at: datetime
    content_sha256: str
    signature: str
    strokes: Strokes
    id: int | None = None


@dataclass(frozen=True)
class JournalRow:
    """A row of the journal as shown and printed: the seven columns of Appendix 1 and its state."""

    entry: Entry
    volume_number: int
    returned: Return | None = None
    stored: StorageMark | None = None
    remarks: tuple[Remark, ...] = ()
    strike: Strike | None = None
    receipt_strokes: Strokes | None = None  # the user's drawn signature, column 4
    return_strokes: Strokes | None = None   # the user's drawn signature, column 5
    signatures: tuple[Signature, ...] = field(default=())

    @property
    def state(self) -> RowState:
        if self.strike is not None:
            return RowState.STRUCK
        if self.entry.kind is EntryKind.FAULT:
            return RowState.FAULT
        if self.returned is None:
            return RowState.OPEN
        return RowState.STORED if self.stored is not None else RowState.RETURNED_NOT_STORED


@dataclass(frozen=True)
class JournalFilter:
    """What the journal screen asks for; every field optional. Dates are UTC bounds, inclusive-exclusive."""

    volume_id: int | None = None
    recorder_id: int | None = None
    user_id: int | None = None
    date_from: datetime | None = None
    date_to: datetime | None = None
    open_only: bool = False
    overdue_before: datetime | None = None  # open entries issued before this time
    newest_first: bool = True


@dataclass(frozen=True)
class Notification:
    kind: str
    message: str
    created_at: datetime
    created_by_id: int | None
    recorder_id: int | None = None
    entry_id: int | None = None
    acknowledged_at: datetime | None = None
    acknowledged_by_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class UserKey:
    user_id: int
    public_key: str
    private_key_enc: str
    kdf: str
    created_at: datetime
    retired_at: datetime | None = None
    algorithm: str = "ed25519"
    id: int | None = None
