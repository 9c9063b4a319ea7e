"""The journal of issue and return (п.8–10, п.17, п.20): issue against signature, return, storage of the
data (column 6), malfunction reports and their notifications, and reading the journal.

Every operation checks its signers first (password, key, drawing), then writes all its records in one
unit of work, so a refusal leaves nothing behind. Records are never changed afterwards (see the
correction service for the paper rule of striking through).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from inspector_app.ports import JOURNAL_LOCK
from inspector_app.clock import Clock
from inspector_app.domain.audit import AuditKind
from inspector_app.domain.journal import (
    BatterySource,
    Entry,
    EntryKind,
    JournalFilter,
    JournalRow,
    Notification,
    Purpose,
    Remark,
    RemarkKind,
    Return,
    SignerRole,
    StorageMark,
)
from inspector_app.domain.journal_content import entry_content, remark_content, return_content
from inspector_app.domain.recorders import HistoryKind, RecorderHistoryEntry, RecorderStatus
from inspector_app.domain.roles import Permission
from inspector_app.domain.validation import optional_text, required_text
from inspector_app.errors import NotFoundError, StateError, ValidationError
from inspector_app.services.common import acting_user, get_or_404
from inspector_app.services.signers import SignatureInput, UnlockedSigner, unlock_signer

logger = logging.getLogger(__name__)
TEXT_MAX = 1000


@dataclass(frozen=True)
class IssueRequest:
    recorder_id: int
    user_id: int
    purpose: Purpose | str
    battery_percent: int
    clock_offset_seconds: int
    battery_source: BatterySource | str = BatterySource.ENTERED
    battery_override_reason: str = ""


def now_seconds(clock: Clock) -> datetime:
    return clock.now().replace(microsecond=0)


class JournalService:
    def __init__(self, uow_factory, clock: Clock, accounts, unit_settings, audit=None) -> None:
        self.uow_factory = uow_factory
        self.clock = clock
        self.accounts = accounts
        self.unit_settings = unit_settings
        self.audit = audit

    def _record(self, kind: AuditKind, actor, entry, **details) -> None:
        """The event of a journal operation that has just committed, in the audit trail."""
        if self.audit is not None:
            self.audit.record(kind, actor, subject=f"entry:{entry.id}",
                              details={"number": entry.number, "inventory_number": entry.inventory_number,
                                       **details})

    def unlock(self, given: SignatureInput) -> UnlockedSigner:
        return unlock_signer(self.uow_factory, self.clock, self.accounts, given)

    # issue (columns 1–4)
    def issue(self, actor, request: IssueRequest, recipient: SignatureInput, issuer: SignatureInput) -> JournalRow:
        purpose = _parse(Purpose, request.purpose, "purpose")
        source = _parse(BatterySource, request.battery_source, "battery source")
        battery, offset = int(request.battery_percent), int(request.clock_offset_seconds)
        if not 0 <= battery <= 100:
            raise ValidationError("Battery charge must be between 0 and 100 %", code="battery_range")
        settings = self.unit_settings.all()
        override = optional_text(request.battery_override_reason, "Reason", TEXT_MAX)
        if battery < settings["battery_min_percent"] and not override:
            raise ValidationError(
                f"The battery is at {battery} %, below the minimum of {settings['battery_min_percent']} %: "
                "charge it, or give a reason to issue it anyway", code="battery_low", value=battery,
                min=settings["battery_min_percent"])
        if abs(offset) > settings["clock_tolerance_seconds"]:
            raise StateError(f"The recorder clock is {offset:+d} s off the PC clock: set its clock first (п.17)",
                             code="clock_offset", offset=offset, max=settings["clock_tolerance_seconds"])
        if issuer.user_id != getattr(actor, "id", None):
            raise ValidationError("The person issuing the recorder signs as the issuer", code="issuer_not_actor")
        if recipient.user_id == issuer.user_id:
            raise ValidationError("A recorder cannot be issued to oneself: the responsible person issues it "
                                  "to someone else", code="issue_to_self")
        with self.uow_factory() as uow:  # the cheap checks first, before asking for passwords
            acting_user(uow, actor, Permission.ISSUE_RECORDERS)
            self._check_issuable(uow, request.recorder_id, request.user_id)
        signers = [self.unlock(recipient), self.unlock(issuer)]
        if signers[0].user.id != request.user_id:
            raise ValidationError("The person who signs for receipt must be the person receiving", code="wrong_signer")
        with self.uow_factory.serial(JOURNAL_LOCK) as uow:
            me = acting_user(uow, actor, Permission.ISSUE_RECORDERS)
            recorder, user = self._check_issuable(uow, request.recorder_id, request.user_id)
            volume = _open_volume(uow)
            at = now_seconds(self.clock)
            entry = uow.journal.add_entry(Entry(
                volume.id, uow.journal.next_number(volume.id), EntryKind.ISSUE, recorder.id,
                recorder.inventory_number, user.id, user.full_name, at, purpose, battery, source, offset, me.id))
            content = entry_content(entry, volume.number)
            signers[0].sign_in(uow, "entry", entry.id, content, SignerRole.RECIPIENT, at)
            signers[1].sign_in(uow, "entry", entry.id, content, SignerRole.ISSUER, at)
            if override and battery < settings["battery_min_percent"]:
                self._remark(uow, entry.id, RemarkKind.BATTERY_OVERRIDE, override, signers[1], at)
            _set_status(uow, recorder, RecorderStatus.ISSUED, me, at, f"№ {entry.number}")
            uow.commit()
            row = uow.journal.rows_by_ids([entry.id])[0]
        self._record(AuditKind.ISSUE, me, entry, volume=volume.number, to=f"{user.full_name} ({user.login})",
                     purpose=purpose.value, battery_percent=battery, clock_offset_seconds=offset)
        logger.info("recorder %s issued to %s, entry %s/%s", recorder.inventory_number, user.login,
                    volume.number, entry.number)
        return row

    def _check_issuable(self, uow, recorder_id: int, user_id: int):
        recorder = get_or_404(uow.recorders, recorder_id, "Recorder")
        if recorder.status is not RecorderStatus.IN_STORE:
            raise StateError(f"Recorder {recorder.inventory_number} cannot be issued: it is {recorder.status.value}",
                             code="not_in_store", inventory=recorder.inventory_number, status=recorder.status.value)
        user = get_or_404(uow.users, user_id, "User")
        if not user.active:
            raise StateError(f"{user.full_name}'s account is disabled", code="inactive")
        return recorder, user

    # return (column 5)
    def return_recorder(self, actor, entry_id: int, condition: str, returner: SignatureInput,
                        receiver: SignatureInput, faulty: bool = False) -> JournalRow:
        condition = optional_text(condition, "Condition", TEXT_MAX)
        if faulty and not condition:
            raise ValidationError("Describe the fault", code="fault_empty")
        if receiver.user_id != getattr(actor, "id", None):
            raise ValidationError("The person receiving the recorder signs as the receiver", code="receiver_not_actor")
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.ISSUE_RECORDERS)
            entry = self._returnable(uow, entry_id)
        if returner.user_id != entry.user_id:
            raise ValidationError("The recorder is returned by the person it was issued to", code="wrong_returner")
        signers = [self.unlock(returner), self.unlock(receiver)]
        with self.uow_factory.serial(JOURNAL_LOCK) as uow:
            me = acting_user(uow, actor, Permission.ISSUE_RECORDERS)
            entry = self._returnable(uow, entry_id)
            at = now_seconds(self.clock)
            ret = uow.journal.add_return(Return(entry.id, at, me.id, condition))
            content = return_content(ret)
            signers[0].sign_in(uow, "return", ret.id, content, SignerRole.RETURNER, at)
            signers[1].sign_in(uow, "return", ret.id, content, SignerRole.RECEIVER, at)
            recorder = uow.recorders.get(entry.recorder_id)
            if faulty:
                self._remark(uow, entry.id, RemarkKind.FAULT, condition, signers[0], at)
                self._notify_fault(uow, recorder, entry.id, condition, me.id, at)
                if recorder.status is not RecorderStatus.FAULTY:
                    _set_status(uow, recorder, RecorderStatus.FAULTY, me, at, condition)
            elif recorder.status is RecorderStatus.ISSUED:
                _set_status(uow, recorder, RecorderStatus.IN_STORE, me, at, f"№ {entry.number}")
            uow.commit()
            row = uow.journal.rows_by_ids([entry.id])[0]
        self._record(AuditKind.RETURN, me, entry, condition=condition, faulty=faulty)
        logger.info("recorder %s returned, entry %s", entry.inventory_number, entry.number)
        return row

    @staticmethod
    def _returnable(uow, entry_id: int) -> Entry:
        entry = uow.journal.entry(entry_id)
        if entry is None:
            raise NotFoundError(f"Journal entry {entry_id} does not exist", what="Journal entry", id=entry_id)
        if entry.kind is not EntryKind.ISSUE or uow.journal.strike_of(entry.id) is not None:
            raise StateError(f"Entry № {entry.number} is not an open issue", code="not_returnable")
        if uow.journal.return_of(entry.id) is not None:
            raise StateError(f"Recorder {entry.inventory_number} of entry № {entry.number} is already returned",
                             code="already_returned", inventory=entry.inventory_number)
        return entry

    def open_entry_for_recorder(self, actor, recorder_id: int) -> JournalRow | None:
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.VIEW_JOURNAL)
            entry = uow.journal.open_entry_for_recorder(recorder_id)
            return uow.journal.rows_by_ids([entry.id])[0] if entry else None

    # column 6: filled by the ingest when the recordings of the entry are stored
    def record_storage(self, entry_id: int, stored_at: datetime, source: str = "ingest") -> StorageMark:
        with self.uow_factory.serial(JOURNAL_LOCK) as uow:
            entry = uow.journal.entry(entry_id)
            if entry is None or entry.kind is not EntryKind.ISSUE:
                raise NotFoundError(f"Journal entry {entry_id} does not exist", what="Journal entry", id=entry_id)
            if uow.journal.storage_of(entry_id) is not None:
                raise StateError(f"The data of entry № {entry.number} is already marked stored", code="already_stored")
            mark = uow.journal.add_storage(StorageMark(entry_id, stored_at.replace(microsecond=0), source))
            uow.commit()
        return mark

    # п.20: malfunctions
    def report_fault(self, actor, recorder_id: int, description: str, reporter: SignatureInput) -> JournalRow:
        description = required_text(description, "Description of the fault", TEXT_MAX)
        if reporter.user_id != getattr(actor, "id", None):
            raise ValidationError("The person reporting the fault signs the report", code="reporter_not_actor")
        with self.uow_factory() as uow:
            me = acting_user(uow, actor, Permission.REPORT_FAULT)
            self._fault_target(uow, me, recorder_id)
        signer = self.unlock(reporter)
        with self.uow_factory.serial(JOURNAL_LOCK) as uow:
            me = acting_user(uow, actor, Permission.REPORT_FAULT)
            recorder, open_entry = self._fault_target(uow, me, recorder_id)
            at = now_seconds(self.clock)
            if open_entry is not None:
                entry = open_entry
            else:
                volume = _open_volume(uow)
                entry = uow.journal.add_entry(Entry(volume.id, uow.journal.next_number(volume.id), EntryKind.FAULT,
                                                    recorder.id, recorder.inventory_number, me.id, me.full_name, at))
                signer.sign_in(uow, "entry", entry.id, entry_content(entry, volume.number), SignerRole.AUTHOR, at)
            self._remark(uow, entry.id, RemarkKind.FAULT, description, signer, at)
            if recorder.status is not RecorderStatus.FAULTY:
                _set_status(uow, recorder, RecorderStatus.FAULTY, me, at, description)
            self._notify_fault(uow, recorder, entry.id, description, me.id, at)
            uow.commit()
            row = uow.journal.rows_by_ids([entry.id])[0]
        self._record(AuditKind.FAULT, me, entry, description=description)
        logger.warning("fault reported on recorder %s by %s", recorder.inventory_number, me.login)
        return row

    @staticmethod
    def _fault_target(uow, me, recorder_id: int):
        recorder = get_or_404(uow.recorders, recorder_id, "Recorder")
        if recorder.status is RecorderStatus.WRITTEN_OFF:
            raise StateError(f"Recorder {recorder.inventory_number} is written off", code="written_off")
        open_entry = uow.journal.open_entry_for_recorder(recorder.id)
        if me.role.value == "inspector" and (open_entry is None or open_entry.user_id != me.id) \
                and recorder.status is RecorderStatus.ISSUED:
            raise StateError("Only the inspector holding the recorder, or the responsible person, reports its fault",
                             code="not_holder")
        return recorder, open_entry

    def _notify_fault(self, uow, recorder, entry_id: int, text: str, by_id: int, at: datetime) -> None:
        uow.journal.add_notification(Notification("fault", f"{recorder.inventory_number}: {text}", at, by_id,
                                                  recorder.id, entry_id))

    def notifications(self, actor) -> list[Notification]:
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.ACKNOWLEDGE_NOTIFICATIONS)
            return uow.journal.notifications()

    def acknowledge(self, actor, notification_id: int) -> None:
        with self.uow_factory() as uow:
            me = acting_user(uow, actor, Permission.ACKNOWLEDGE_NOTIFICATIONS)
            if not uow.journal.acknowledge(notification_id, self.clock.now(), me.id):
                raise StateError("This notification is already acknowledged or does not exist", code="acknowledged")
            uow.commit()

    @staticmethod
    def _remark(uow, entry_id: int, kind: RemarkKind, text: str, signer: UnlockedSigner, at: datetime) -> Remark:
        remark = uow.journal.add_remark(Remark(entry_id, kind, text, signer.user.id, signer.user.full_name, at))
        signer.sign_in(uow, "remark", remark.id, remark_content(remark), SignerRole.AUTHOR, at)
        return remark

    # reading
    def rows(self, actor, flt: JournalFilter, offset: int = 0, limit: int = 200) -> list[JournalRow]:
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.VIEW_JOURNAL)
            return uow.journal.rows(flt, offset, limit)

    def count(self, actor, flt: JournalFilter) -> int:
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.VIEW_JOURNAL)
            return uow.journal.count(flt)

    def overdue_filter(self, base: JournalFilter | None = None) -> JournalFilter:
        hours = self.unit_settings.get("overdue_hours")
        base = base or JournalFilter()
        return JournalFilter(**{**base.__dict__, "overdue_before": self.clock.now() - timedelta(hours=hours)})


def _open_volume(uow):
    volume = uow.journal.current_volume()
    if volume is None:
        raise StateError("No journal volume is open: open one with its registration index first", code="no_volume")
    return volume


def _set_status(uow, recorder, status: RecorderStatus, me, at: datetime, reason: str) -> None:
    old, recorder.status = recorder.status, status
    uow.recorders.update(recorder, at=at)
    uow.recorders.add_history(RecorderHistoryEntry(recorder.id, HistoryKind.STATUS, at, me.id, me.full_name, old,
                                                   status, "journal", reason))


def _parse(enum_type, value, what: str):
    try:
        return value if isinstance(value, enum_type) else enum_type(str(value))
    except ValueError:
        raise ValidationError(f"Unknown {what}: {value}", code="enum", value=value) from None
