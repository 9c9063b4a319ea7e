"""The paper rules of the journal (п.9): volumes with their registration index, and corrections by striking
the wrong entry through and making a new one, with a signed remark saying what was corrected and why."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from inspector_app.ports import JOURNAL_LOCK
from inspector_app.domain.audit import AuditKind
from inspector_app.domain.journal import (
    Entry,
    EntryKind,
    JournalRow,
    Purpose,
    Remark,
    RemarkKind,
    Return,
    SignerRole,
    StorageMark,
    Strike,
    Volume,
)
from inspector_app.domain.journal_content import entry_content, remark_content, return_content, strike_content
from inspector_app.domain.recorders import RecorderStatus
from inspector_app.domain.roles import Permission
from inspector_app.domain.validation import required_text
from inspector_app.errors import NotFoundError, StateError, ValidationError
from inspector_app.services.common import acting_user, get_or_404
from inspector_app.services.journal import TEXT_MAX, JournalService, _open_volume, _parse, _set_status, now_seconds
from inspector_app.services.signers import SignatureInput

logger = logging.getLogger(__name__)
INDEX_MAX = 100


@dataclass(frozen=True)
class CorrectionRequest:
    """The right values for a struck entry; `returned_at` is needed when the struck entry was returned."""

    recorder_id: int
    user_id: int
    purpose: Purpose | str
    issued_at: datetime
    battery_percent: int
    clock_offset_seconds: int
    returned_at: datetime | None = None


class JournalBookService(JournalService):
    """Volumes and corrections, on top of the everyday journal operations."""

    def open_volume(self, actor, registration_index: str) -> Volume:
        index = required_text(registration_index, "Registration index", INDEX_MAX)
        with self.uow_factory.serial(JOURNAL_LOCK) as uow:
            acting_user(uow, actor, Permission.ISSUE_RECORDERS)
            if uow.journal.current_volume() is not None:
                raise StateError("A journal volume is already open: close it to start the next", code="volume_open")
            volume = self._new_volume(uow, index)
            uow.commit()
        if self.audit is not None:
            self.audit.record(AuditKind.VOLUME, actor, subject=f"volume:{volume.id}",
                              details={"opened": volume.number, "registration_index": index})
        return volume

    def close_volume(self, actor, next_registration_index: str) -> Volume:
        """Close the open volume (its end date is set) and start the next one."""
        index = required_text(next_registration_index, "Registration index", INDEX_MAX)
        with self.uow_factory.serial(JOURNAL_LOCK) as uow:
            me = acting_user(uow, actor, Permission.ISSUE_RECORDERS)
            current = _open_volume(uow)
            uow.journal.close_volume(current.id, now_seconds(self.clock), me.id)
            volume = self._new_volume(uow, index)
            uow.commit()
        if self.audit is not None:
            self.audit.record(AuditKind.VOLUME, me, subject=f"volume:{current.id}",
                              details={"closed": current.number, "opened": volume.number, "registration_index": index})
        logger.info("journal volume %s closed, %s opened", current.number, volume.number)
        return volume

    def volumes(self, actor) -> list[Volume]:
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.VIEW_JOURNAL)
            return uow.journal.volumes()

    def _new_volume(self, uow, index: str) -> Volume:
        unit = uow.units.get()
        if unit is None:
            raise StateError("The unit is not set up", code="no_unit")
        numbers = [v.number for v in uow.journal.volumes()]
        return uow.journal.add_volume(max(numbers, default=0) + 1, index, unit.name_kk, unit.name_ru,
                                      now_seconds(self.clock))

    def correct(self, actor, entry_id: int, reason: str, fix: CorrectionRequest, recipient: SignatureInput,
                corrector: SignatureInput) -> JournalRow:
        """Strike entry `entry_id` through and make the corrected entry, signed anew by the recipient."""
        reason = required_text(reason, "Reason", TEXT_MAX)
        purpose = _parse(Purpose, fix.purpose, "purpose")
        if corrector.user_id != getattr(actor, "id", None):
            raise ValidationError("The person correcting the journal signs the correction", code="corrector_not_actor")
        if recipient.user_id != fix.user_id:
            raise ValidationError("The person who signs for receipt must be the person receiving", code="wrong_signer")
        if not 0 <= int(fix.battery_percent) <= 100:
            raise ValidationError("Battery charge must be between 0 and 100 %", code="battery_range")
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.CORRECT_JOURNAL)
            self._correctable(uow, entry_id, fix)
        signers = [self.unlock(recipient), self.unlock(corrector)]
        with self.uow_factory.serial(JOURNAL_LOCK) as uow:
            me = acting_user(uow, actor, Permission.CORRECT_JOURNAL)
            old, old_return, recorder, user = self._correctable(uow, entry_id, fix)
            volume = _open_volume(uow)
            at = now_seconds(self.clock)
            new = uow.journal.add_entry(Entry(
                volume.id, uow.journal.next_number(volume.id), EntryKind.ISSUE, recorder.id,
                recorder.inventory_number, user.id, user.full_name, fix.issued_at.replace(microsecond=0), purpose,
                int(fix.battery_percent), old.battery_source, int(fix.clock_offset_seconds), me.id, old.id))
            content = entry_content(new, volume.number)
            signers[0].sign_in(uow, "entry", new.id, content, SignerRole.RECIPIENT, at)
            signers[1].sign_in(uow, "entry", new.id, content, SignerRole.ISSUER, at)
            if old_return is not None:
                ret = uow.journal.add_return(Return(new.id, fix.returned_at.replace(microsecond=0), me.id,
                                                    old_return.condition))
                signers[0].sign_in(uow, "return", ret.id, return_content(ret), SignerRole.RETURNER, at)
                signers[1].sign_in(uow, "return", ret.id, return_content(ret), SignerRole.RECEIVER, at)
                stored = uow.journal.storage_of(old.id)
                if stored is not None:
                    uow.journal.add_storage(StorageMark(new.id, stored.stored_at, "correction"))
            strike = uow.journal.add_strike(Strike(old.id, at, me.id, reason, new.id))
            signers[1].sign_in(uow, "strike", strike.id, strike_content(strike), SignerRole.AUTHOR, at)
            remark = uow.journal.add_remark(Remark(new.id, RemarkKind.CORRECTION, f"№ {old.number}: {reason}",
                                                   me.id, me.full_name, at))
            signers[1].sign_in(uow, "remark", remark.id, remark_content(remark), SignerRole.AUTHOR, at)
            if old_return is None and old.recorder_id != recorder.id:
                old_recorder = uow.recorders.get(old.recorder_id)
                if old_recorder.status is RecorderStatus.ISSUED:
                    _set_status(uow, old_recorder, RecorderStatus.IN_STORE, me, at, f"№ {old.number}: {reason}")
                _set_status(uow, recorder, RecorderStatus.ISSUED, me, at, f"№ {new.number}")
            uow.commit()
            row = uow.journal.rows_by_ids([new.id])[0]
        self._record(AuditKind.CORRECTION, me, new, struck_entry_id=old.id, struck_number=old.number, reason=reason)
        logger.info("journal entry %s struck and corrected by entry %s", old.number, new.number)
        return row

    @staticmethod
    def _correctable(uow, entry_id: int, fix: CorrectionRequest):
        old = uow.journal.entry(entry_id)
        if old is None:
            raise NotFoundError(f"Journal entry {entry_id} does not exist", what="Journal entry", id=entry_id)
        if old.kind is not EntryKind.ISSUE:
            raise StateError("Only issue entries are corrected this way", code="not_correctable")
        if uow.journal.strike_of(old.id) is not None:
            raise StateError(f"Entry № {old.number} is already struck through", code="already_struck")
        old_return = uow.journal.return_of(old.id)
        if old_return is not None and fix.returned_at is None:
            raise ValidationError("The struck entry was returned: give the right date and time of return",
                                  code="returned_at_missing")
        if fix.returned_at is not None and fix.returned_at < fix.issued_at:
            raise ValidationError("The return cannot come before the issue", code="return_before_issue")
        recorder = get_or_404(uow.recorders, fix.recorder_id, "Recorder")
        if old_return is None and recorder.id != old.recorder_id and recorder.status is not RecorderStatus.IN_STORE:
            raise StateError(f"Recorder {recorder.inventory_number} is not in store", code="not_in_store",
                             inventory=recorder.inventory_number, status=recorder.status.value)
        user = get_or_404(uow.users, fix.user_id, "User")
        return old, old_return, recorder, user
