"""Journal storage: volumes, entries and the records attached to them, signatures, keys, notifications.

The page query behind the journal screen is written for 100,000 entries and more: one indexed,
LIMITed query for the rows of a page, then one query per attached table for just those rows.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

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
    Signature,
    SignerRole,
    StorageMark,
    Strike,
    UserKey,
    Volume,
)
from inspector_app.domain.strokes import strokes_from_json, strokes_json
from storage.orm import (
    JournalEntryRow,
    JournalRemarkRow,
    JournalReturnRow,
    JournalStorageRow,
    JournalStrikeRow,
    JournalVolumeRow,
    NotificationRow,
    SignatureRow,
    UserKeyRow,
)


def _volume(row: JournalVolumeRow) -> Volume:
    return Volume(row.id, row.number, row.registration_index, row.unit_name_kk, row.unit_name_ru, row.started_at,
                  row.ended_at)


def _entry(row: JournalEntryRow) -> Entry:
    return Entry(row.volume_id, row.number, EntryKind(row.kind), row.recorder_id, row.inventory_number, row.user_id,
                 row.user_full_name, row.at, Purpose(row.purpose) if row.purpose else None, row.battery_percent,
                 BatterySource(row.battery_source) if row.battery_source else None, row.clock_offset_seconds,
                 row.issued_by_id, row.corrects_entry_id, row.id)


def _signature(row: SignatureRow) -> Signature:
    return Signature(row.act, row.act_id, SignerRole(row.role), row.user_id, row.user_name, row.key_id,
                     row.signed_at, row.content_sha256, row.signature, strokes_from_json(row.strokes), row.id)


class SqlJournalRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # volumes
    def current_volume(self) -> Volume | None:
        row = self.session.scalars(select(JournalVolumeRow).where(JournalVolumeRow.ended_at.is_(None))
                                   .order_by(JournalVolumeRow.number.desc())).first()
        return None if row is None else _volume(row)

    def volume(self, volume_id: int) -> Volume | None:
        row = self.session.get(JournalVolumeRow, volume_id)
        return None if row is None else _volume(row)

    def volume_by_number(self, number: int) -> Volume | None:
        row = self.session.scalars(select(JournalVolumeRow).where(JournalVolumeRow.number == number)).first()
        return None if row is None else _volume(row)

    def volumes(self) -> list[Volume]:
        return [_volume(r) for r in self.session.scalars(select(JournalVolumeRow).order_by(JournalVolumeRow.number))]

    def add_volume(self, number: int, registration_index: str, name_kk: str, name_ru: str, at: datetime) -> Volume:
        row = JournalVolumeRow(number=number, registration_index=registration_index, unit_name_kk=name_kk,
                               unit_name_ru=name_ru, started_at=at)
        self.session.add(row)
        self.session.flush()
        return _volume(row)

    def close_volume(self, volume_id: int, at: datetime, by_id: int) -> None:
        row = self.session.get(JournalVolumeRow, volume_id)
        row.ended_at, row.closed_by_id = at, by_id
        self.session.flush()

    # entries and their records
    def next_number(self, volume_id: int) -> int:
        top = self.session.scalar(select(func.max(JournalEntryRow.number))
                                  .where(JournalEntryRow.volume_id == volume_id))
        return (top or 0) + 1

    def add_entry(self, entry: Entry) -> Entry:
        row = JournalEntryRow(
            volume_id=entry.volume_id, number=entry.number, kind=entry.kind.value, recorder_id=entry.recorder_id,
            inventory_number=entry.inventory_number, user_id=entry.user_id, user_full_name=entry.user_full_name,
            at=entry.at, purpose=entry.purpose.value if entry.purpose else None,
            battery_percent=entry.battery_percent,
            battery_source=entry.battery_source.value if entry.battery_source else None,
            clock_offset_seconds=entry.clock_offset_seconds, issued_by_id=entry.issued_by_id,
            corrects_entry_id=entry.corrects_entry_id)
        self.session.add(row)
        self.session.flush()
        return _entry(row)

    def entry(self, entry_id: int) -> Entry | None:
        row = self.session.get(JournalEntryRow, entry_id)
        return None if row is None else _entry(row)

    def open_entry_for_recorder(self, recorder_id: int) -> Entry | None:
        """The recorder's issue entry that is neither returned nor struck, if any."""
        query = (select(JournalEntryRow)
                 .outerjoin(JournalReturnRow, JournalReturnRow.entry_id == JournalEntryRow.id)
                 .outerjoin(JournalStrikeRow, JournalStrikeRow.entry_id == JournalEntryRow.id)
                 .where(JournalEntryRow.recorder_id == recorder_id, JournalEntryRow.kind == EntryKind.ISSUE.value,
                        JournalReturnRow.id.is_(None), JournalStrikeRow.id.is_(None))
                 .order_by(JournalEntryRow.id.desc()))
        row = self.session.scalars(query).first()
        return None if row is None else _entry(row)

    def add_return(self, ret: Return) -> Return:
        row = JournalReturnRow(entry_id=ret.entry_id, returned_at=ret.returned_at, received_by_id=ret.received_by_id,
                               condition=ret.condition)
        self.session.add(row)
        self.session.flush()
        return Return(row.entry_id, row.returned_at, row.received_by_id, row.condition, row.id)

    def return_of(self, entry_id: int) -> Return | None:
        row = self.session.scalars(select(JournalReturnRow).where(JournalReturnRow.entry_id == entry_id)).first()
        return None if row is None else Return(row.entry_id, row.returned_at, row.received_by_id, row.condition,
                                               row.id)

    def add_storage(self, mark: StorageMark) -> StorageMark:
        row = JournalStorageRow(entry_id=mark.entry_id, stored_at=mark.stored_at, source=mark.source)
        self.session.add(row)
        self.session.flush()
        return StorageMark(row.entry_id, row.stored_at, row.source, row.id)

    def storage_of(self, entry_id: int) -> StorageMark | None:
        row = self.session.scalars(select(JournalStorageRow).where(JournalStorageRow.entry_id == entry_id)).first()
        return None if row is None else StorageMark(row.entry_id, row.stored_at, row.source, row.id)

    def add_remark(self, remark: Remark) -> Remark:
        row = JournalRemarkRow(entry_id=remark.entry_id, kind=remark.kind.value, text=remark.text,
                               author_id=remark.author_id, author_name=remark.author_name, at=remark.at)
        self.session.add(row)
        self.session.flush()
        return Remark(row.entry_id, RemarkKind(row.kind), row.text, row.author_id, row.author_name, row.at, row.id)

    def add_strike(self, strike: Strike) -> Strike:
        row = JournalStrikeRow(entry_id=strike.entry_id, struck_at=strike.struck_at, struck_by_id=strike.struck_by_id,
                               reason=strike.reason, correction_entry_id=strike.correction_entry_id)
        self.session.add(row)
        self.session.flush()
        return Strike(row.entry_id, row.struck_at, row.struck_by_id, row.reason, row.correction_entry_id, row.id)

    def strike_of(self, entry_id: int) -> Strike | None:
        row = self.session.scalars(select(JournalStrikeRow).where(JournalStrikeRow.entry_id == entry_id)).first()
        return None if row is None else Strike(row.entry_id, row.struck_at, row.struck_by_id, row.reason,
                                               row.correction_entry_id, row.id)

    # signatures
    def add_signature(self, sig: Signature) -> Signature:
        row = SignatureRow(act=sig.act, act_id=sig.act_id, role=sig.role.value, user_id=sig.user_id,
                           user_name=sig.user_name, key_id=sig.key_id, signed_at=sig.signed_at,
                           content_sha256=sig.content_sha256, signature=sig.signature,
                           strokes=strokes_json(sig.strokes))
        self.session.add(row)
        self.session.flush()
        return _signature(row)

    def signatures(self, act: str, act_ids: list[int]) -> list[Signature]:
        if not act_ids:
            return []
        rows = self.session.scalars(select(SignatureRow).where(SignatureRow.act == act, SignatureRow.act_id.in_(act_ids))
                                    .order_by(SignatureRow.id))
        return [_signature(r) for r in rows]

    # the journal screen
    def _filtered(self, flt: JournalFilter, now_columns=None):
        ret = aliased(JournalReturnRow)
        query = select(JournalEntryRow.id).select_from(JournalEntryRow)
        conditions = []
        if flt.volume_id is not None:
            conditions.append(JournalEntryRow.volume_id == flt.volume_id)
        if flt.recorder_id is not None:
            conditions.append(JournalEntryRow.recorder_id == flt.recorder_id)
        if flt.user_id is not None:
            conditions.append(JournalEntryRow.user_id == flt.user_id)
        if flt.date_from is not None:
            conditions.append(JournalEntryRow.at >= flt.date_from)
        if flt.date_to is not None:
            conditions.append(JournalEntryRow.at < flt.date_to)
        if flt.open_only or flt.overdue_before is not None:
            strike = aliased(JournalStrikeRow)
            query = (query.outerjoin(ret, ret.entry_id == JournalEntryRow.id)
                     .outerjoin(strike, strike.entry_id == JournalEntryRow.id))
            conditions += [ret.id.is_(None), strike.id.is_(None), JournalEntryRow.kind == EntryKind.ISSUE.value]
            if flt.overdue_before is not None:
                conditions.append(JournalEntryRow.at < flt.overdue_before)
        return query.where(and_(*conditions)) if conditions else query

    def count(self, flt: JournalFilter) -> int:
        return self.session.scalar(select(func.count()).select_from(self._filtered(flt).subquery())) or 0

    def rows(self, flt: JournalFilter, offset: int = 0, limit: int = 200) -> list[JournalRow]:
        order = JournalEntryRow.id.desc() if flt.newest_first else JournalEntryRow.id.asc()
        ids = list(self.session.scalars(self._filtered(flt).order_by(order).offset(offset).limit(limit)))
        return self.rows_by_ids(ids)

    def rows_by_ids(self, ids: list[int]) -> list[JournalRow]:
        if not ids:
            return []
        entries = {r.id: _entry(r) for r in self.session.scalars(select(JournalEntryRow)
                                                                  .where(JournalEntryRow.id.in_(ids)))}
        volumes = {r.id: r.number for r in self.session.scalars(select(JournalVolumeRow))}
        returns = {r.entry_id: Return(r.entry_id, r.returned_at, r.received_by_id, r.condition, r.id)
                   for r in self.session.scalars(select(JournalReturnRow).where(JournalReturnRow.entry_id.in_(ids)))}
        stored = {r.entry_id: StorageMark(r.entry_id, r.stored_at, r.source, r.id)
                  for r in self.session.scalars(select(JournalStorageRow).where(JournalStorageRow.entry_id.in_(ids)))}
        strikes = {r.entry_id: Strike(r.entry_id, r.struck_at, r.struck_by_id, r.reason, r.correction_entry_id, r.id)
                   for r in self.session.scalars(select(JournalStrikeRow).where(JournalStrikeRow.entry_id.in_(ids)))}
        remarks: dict[int, list[Remark]] = {}
        for r in self.session.scalars(select(JournalRemarkRow).where(JournalRemarkRow.entry_id.in_(ids))
                                      .order_by(JournalRemarkRow.id)):
            remarks.setdefault(r.entry_id, []).append(
                Remark(r.entry_id, RemarkKind(r.kind), r.text, r.author_id, r.author_name, r.at, r.id))
        entry_sigs = self.signatures("entry", ids)
        return_sigs = self.signatures("return", [r.id for r in returns.values()])
        receipt = {s.act_id: s.strokes for s in entry_sigs if s.role is SignerRole.RECIPIENT}
        returned_by = {s.act_id: s.strokes for s in return_sigs if s.role is SignerRole.RETURNER}
        result = []
        for entry_id in ids:
            entry = entries[entry_id]
            ret = returns.get(entry_id)
            result.append(JournalRow(
                entry=entry, volume_number=volumes[entry.volume_id], returned=ret, stored=stored.get(entry_id),
                remarks=tuple(remarks.get(entry_id, ())), strike=strikes.get(entry_id),
                receipt_strokes=receipt.get(entry_id), return_strokes=returned_by.get(ret.id) if ret else None,
                signatures=tuple(s for s in entry_sigs if s.act_id == entry_id)))
        return result

    # notifications
    def add_notification(self, note: Notification) -> Notification:
        row = NotificationRow(kind=note.kind, message=note.message, recorder_id=note.recorder_id,
                              entry_id=note.entry_id, created_at=note.created_at, created_by_id=note.created_by_id)
        self.session.add(row)
        self.session.flush()
        return _notification(row)

    def notifications(self, unacknowledged_only: bool = True) -> list[Notification]:
        query = select(NotificationRow).order_by(NotificationRow.id.desc())
        if unacknowledged_only:
            query = query.where(NotificationRow.acknowledged_at.is_(None))
        return [_notification(r) for r in self.session.scalars(query)]

    def acknowledge(self, notification_id: int, at: datetime, by_id: int) -> bool:
        row = self.session.get(NotificationRow, notification_id)
        if row is None or row.acknowledged_at is not None:
            return False
        row.acknowledged_at, row.acknowledged_by_id = at, by_id
        self.session.flush()
        return True

    # keys
    def active_key(self, user_id: int) -> UserKey | None:
        row = self.session.scalars(select(UserKeyRow).where(UserKeyRow.user_id == user_id,
                                                            UserKeyRow.retired_at.is_(None))
                                   .order_by(UserKeyRow.id.desc())).first()
        return None if row is None else _key(row)

    def key(self, key_id: int) -> UserKey | None:
        row = self.session.get(UserKeyRow, key_id)
        return None if row is None else _key(row)

    def add_key(self, key: UserKey) -> UserKey:
        row = UserKeyRow(user_id=key.user_id, algorithm=key.algorithm, public_key=key.public_key,
                         private_key_enc=key.private_key_enc, kdf=key.kdf, created_at=key.created_at)
        self.session.add(row)
        self.session.flush()
        return _key(row)

    def rewrap_key(self, key_id: int, private_key_enc: str, kdf: str) -> None:
        row = self.session.get(UserKeyRow, key_id)
        row.private_key_enc, row.kdf = private_key_enc, kdf
        self.session.flush()

    def retire_key(self, key_id: int, at: datetime) -> None:
        self.session.get(UserKeyRow, key_id).retired_at = at
        self.session.flush()


def _notification(row: NotificationRow) -> Notification:
    return Notification(row.kind, row.message, row.created_at, row.created_by_id, row.recorder_id, row.entry_id,
                        row.acknowledged_at, row.acknowledged_by_id, row.id)


def _key(row: UserKeyRow) -> UserKey:
    return UserKey(row.user_id, row.public_key, row.private_key_enc, row.kdf, row.created_at, row.retired_at,
                   row.algorithm, row.id)
