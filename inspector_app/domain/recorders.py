"""The recorder register (п.7): inventory numbers, status and the history of every change."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from inspector_app.domain.validation import optional_text, required_text
from inspector_app.errors import StateError, ValidationError

INVENTORY_MAX = 64
SERIAL_MAX = 64
MODEL_MAX = 120
PROFILE_MAX = 64
REASON_MAX = 500


class RecorderStatus(str, enum.Enum):
    IN_STORE = "in_store"
    ISSUED = "issued"
    FAULTY = "faulty"
    UNDER_REPAIR = "under_repair"
    WRITTEN_OFF = "written_off"


# Which status changes a person may make by hand. ISSUED is reached only through the journal.
MANUAL_TRANSITIONS: dict[RecorderStatus, frozenset[RecorderStatus]] = {
    RecorderStatus.IN_STORE: frozenset({RecorderStatus.FAULTY, RecorderStatus.UNDER_REPAIR,
                                        RecorderStatus.WRITTEN_OFF}),
    RecorderStatus.ISSUED: frozenset({RecorderStatus.FAULTY}),
    RecorderStatus.FAULTY: frozenset({RecorderStatus.IN_STORE, RecorderStatus.UNDER_REPAIR,
                                      RecorderStatus.WRITTEN_OFF}),
    RecorderStatus.UNDER_REPAIR: frozenset({RecorderStatus.IN_STORE, RecorderStatus.FAULTY,
                                            RecorderStatus.WRITTEN_OFF}),
    RecorderStatus.WRITTEN_OFF: frozenset(),
}


class HistoryKind(str, enum.Enum):
    REGISTERED = "registered"
    EDITED = "edited"
    STATUS = "status"


@dataclass
class Recorder:
    inventory_number: str
    serial_number: str
    model: str
    vendor_profile: str
    status: RecorderStatus = RecorderStatus.IN_STORE
    created_at: datetime | None = None
    id: int | None = None

    @classmethod
    def create(cls, inventory_number: str, serial_number: str, model: str, vendor_profile: str) -> "Recorder":
        recorder = cls(inventory_number="", serial_number="", model="", vendor_profile="")
        recorder.apply_details(inventory_number, serial_number, model, vendor_profile)
        return recorder

    def apply_details(self, inventory_number: str, serial_number: str, model: str, vendor_profile: str) -> dict:
        """Validate and set the descriptive fields; return {field: (old, new)} for what changed."""
        new = {
            "inventory_number": required_text(inventory_number, "Inventory number", INVENTORY_MAX),
            "serial_number": optional_text(serial_number, "Serial number", SERIAL_MAX),
            "model": optional_text(model, "Model", MODEL_MAX),
            "vendor_profile": required_text(vendor_profile, "Vendor profile", PROFILE_MAX),
        }
        changes = {k: (getattr(self, k), v) for k, v in new.items() if getattr(self, k) != v}
        for key, value in new.items():
            setattr(self, key, value)
        return changes

    def change_status(self, new_status: RecorderStatus | str, reason: str) -> tuple[RecorderStatus, str]:
        """A manual status change, which always needs a reason. Returns the old status and the cleaned reason."""
        target = _parse_status(new_status)
        reason_text = required_text(reason, "Reason", REASON_MAX)
        if target == self.status:
            raise StateError(f"Recorder {self.inventory_number} is already {target.value}", code="same_status")
        if target not in MANUAL_TRANSITIONS[self.status]:
            raise StateError(
                f"Recorder {self.inventory_number} cannot go from {self.status.value} to {target.value}",
                code="transition", old=self.status.value, new=target.value,
            )
        old, self.status = self.status, target
        return old, reason_text


@dataclass(frozen=True)
class RecorderHistoryEntry:
    recorder_id: int
    kind: HistoryKind
    at: datetime
    actor_id: int | None
    actor_name: str
    from_status: RecorderStatus | None
    to_status: RecorderStatus | None
    details: str
    reason: str
    id: int | None = None


def _parse_status(value: RecorderStatus | str) -> RecorderStatus:
    if isinstance(value, RecorderStatus):
        return value
    try:
        return RecorderStatus(str(value).strip().lower())
    except ValueError:
        names = ", ".join(s.value for s in RecorderStatus)
        raise ValidationError(f"Unknown status: {value!r} (expected one of {names})", code="status",
                              value=value) from None
