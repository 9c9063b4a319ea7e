"""The recorder register (п.7): add, edit, change status with a reason, and the history of every change."""

from __future__ import annotations

import logging
from typing import Collection

from inspector_app.clock import Clock
from inspector_app.domain.audit import AuditKind
from inspector_app.domain.recorders import (
    REASON_MAX,
    SERIAL_MAX,
    HistoryKind,
    Recorder,
    RecorderHistoryEntry,
    RecorderStatus,
)
from inspector_app.domain.roles import Permission
from inspector_app.domain.validation import optional_text, required_text
from inspector_app.errors import ConflictError, NotFoundError, StateError, ValidationError
from inspector_app.ports import UnitOfWorkFactory, JOURNAL_LOCK
from inspector_app.services.common import acting_user, get_or_404

logger = logging.getLogger(__name__)


class RecorderService:
    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock, vendor_profiles: Collection[str],
                 audit=None) -> None:
        self.uow_factory = uow_factory
        self.clock = clock
        self.vendor_profiles = tuple(vendor_profiles)
        self.audit = audit

    def _record(self, actor, recorder: Recorder, change: str, **details) -> None:
        if self.audit is not None:
            self.audit.record(AuditKind.RECORDER_CHANGED, actor, subject=f"recorder:{recorder.id}",
                              details={"change": change, "inventory_number": recorder.inventory_number,
                                       "serial_number": recorder.serial_number, **details})

    def list(self, actor, status: RecorderStatus | None = None, search: str = "") -> list[Recorder]:
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.VIEW_RECORDERS)
            return uow.recorders.list(status, search)

    def get(self, actor, recorder_id: int) -> Recorder:
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.VIEW_RECORDERS)
            return get_or_404(uow.recorders, recorder_id, "Recorder")

    def by_inventory(self, actor, inventory_number: str) -> Recorder:
        """The recorder with this inventory number (case and surrounding spaces do not matter)."""
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.VIEW_RECORDERS)
            recorder = uow.recorders.by_inventory(inventory_number or "")
            if recorder is None:
                raise NotFoundError(f"No recorder has the inventory number {inventory_number}",
                                    code="no_inventory", value=inventory_number)
            return recorder

    def by_serial(self, serial_number: str) -> Recorder | None:
        """The registered recorder with this serial number, for the ingest (no actor: the dock has none)."""
        with self.uow_factory() as uow:
            return uow.recorders.by_serial(serial_number or "")

    def bind_serial(self, actor, recorder_id: int, serial_number: str) -> Recorder:
        """Bind a docked recorder's serial number to a registered inventory number (п.7); asked once."""
        serial = required_text(serial_number, "Serial number", SERIAL_MAX)
        with self.uow_factory() as uow:
            user = acting_user(uow, actor, Permission.MANAGE_RECORDERS)
            recorder = get_or_404(uow.recorders, recorder_id, "Recorder")
            other = uow.recorders.by_serial(serial)
            if other is not None and other.id != recorder.id:
                raise ConflictError(f"Serial number {serial} already belongs to {other.inventory_number}",
                                    code="serial_taken", value=serial, inventory=other.inventory_number)
            if recorder.serial_number.strip().casefold() == serial.casefold():
                return recorder
            changes = recorder.apply_details(recorder.inventory_number, serial, recorder.model,
                                             recorder.vendor_profile)
            now = self.clock.now()
            uow.recorders.update(recorder, at=now)
            uow.recorders.add_history(RecorderHistoryEntry(
                recorder.id, HistoryKind.EDITED, now, user.id, user.full_name, None, None, _describe(changes),
                "Serial number read from the docked recorder"))
            uow.commit()
        self._record(user, recorder, "serial_bound")
        logger.info("serial %s bound to recorder %s", serial, recorder.inventory_number)
        return recorder

    def add(self, actor, inventory_number: str, serial_number: str = "", model: str = "",
            vendor_profile: str = "generic", note: str = "") -> Recorder:
        recorder = Recorder.create(inventory_number, serial_number, model, vendor_profile)
        self._check_profile(recorder.vendor_profile)
        note = optional_text(note, "Note", REASON_MAX)
        with self.uow_factory() as uow:
            user = acting_user(uow, actor, Permission.MANAGE_RECORDERS)
            self._check_unique(uow, recorder)
            recorder.created_at = self.clock.now()
            uow.recorders.add(recorder)
            uow.recorders.add_history(RecorderHistoryEntry(
                recorder.id, HistoryKind.REGISTERED, recorder.created_at, user.id, user.full_name, None,
                recorder.status, _describe({"inventory_number": ("", recorder.inventory_number),
                                            "serial_number": ("", recorder.serial_number),
                                            "model": ("", recorder.model),
                                            "vendor_profile": ("", recorder.vendor_profile)}), note))
            uow.commit()
        self._record(user, recorder, "registered", model=recorder.model, vendor_profile=recorder.vendor_profile)
        logger.info("recorder %s registered by %s", recorder.inventory_number, user.login)
        return recorder

    def edit(self, actor, recorder_id: int, inventory_number: str, serial_number: str, model: str,
             vendor_profile: str, reason: str) -> Recorder:
        reason = required_text(reason, "Reason", REASON_MAX)
        with self.uow_factory() as uow:
            user = acting_user(uow, actor, Permission.MANAGE_RECORDERS)
            recorder = get_or_404(uow.recorders, recorder_id, "Recorder")
            if recorder.status is RecorderStatus.WRITTEN_OFF:
                raise StateError(f"Recorder {recorder.inventory_number} is written off; its record is closed",
                                 code="written_off")
            changes = recorder.apply_details(inventory_number, serial_number, model, vendor_profile)
            if not changes:
                raise ValidationError("Nothing was changed", code="no_change")
            self._check_profile(recorder.vendor_profile)
            self._check_unique(uow, recorder)
            now = self.clock.now()
            uow.recorders.update(recorder, at=now)
            uow.recorders.add_history(RecorderHistoryEntry(
                recorder.id, HistoryKind.EDITED, now, user.id, user.full_name, None, None, _describe(changes), reason))
            uow.commit()
        self._record(user, recorder, "edited", changes=_describe(changes), reason=reason)
        return recorder

    def change_status(self, actor, recorder_id: int, new_status: RecorderStatus | str, reason: str) -> Recorder:
        with self.uow_factory.serial(JOURNAL_LOCK) as uow:
            user = acting_user(uow, actor, Permission.MANAGE_RECORDERS)
            recorder = get_or_404(uow.recorders, recorder_id, "Recorder")
            old, reason = recorder.change_status(new_status, reason)
            now = self.clock.now()
            uow.recorders.update(recorder, at=now)
            uow.recorders.add_history(RecorderHistoryEntry(
                recorder.id, HistoryKind.STATUS, now, user.id, user.full_name, old, recorder.status, "", reason))
            uow.commit()
        self._record(user, recorder, "status", from_status=old.value, to_status=recorder.status.value, reason=reason)
        logger.info("recorder %s: %s -> %s by %s", recorder.inventory_number, old.value, recorder.status.value,
                    user.login)
        return recorder

    def history(self, actor, recorder_id: int) -> list[RecorderHistoryEntry]:
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.VIEW_RECORDERS)
            get_or_404(uow.recorders, recorder_id, "Recorder")
            return uow.recorders.history(recorder_id)

    def _check_profile(self, profile: str) -> None:
        if self.vendor_profiles and profile not in self.vendor_profiles:
            raise ValidationError(f"Unknown vendor profile: {profile} (known: {', '.join(self.vendor_profiles)})",
                                  code="vendor_profile", value=profile)

    @staticmethod
    def _check_unique(uow, recorder: Recorder) -> None:
        other = uow.recorders.by_inventory(recorder.inventory_number)
        if other is not None and other.id != recorder.id:
            raise ConflictError(f"Inventory number {recorder.inventory_number} is already registered",
                                code="duplicate_inventory", value=recorder.inventory_number)


def _describe(changes: dict) -> str:
    """A stable, readable account of field changes for the history: `field: old → new`, one per line."""
    return "\n".join(f"{name}: {old} → {new}" for name, (old, new) in changes.items())
