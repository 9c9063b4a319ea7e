"""Storage of the vault key, its key slots and the encrypted thumbnails (п.6, п.13)."""

from __future__ import annotations

import base64
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from inspector_app.domain.vault_slots import KeySlot, SlotHolder, VaultKey
from inspector_app.vault_keys import SealedSlot
from storage.orm import RecordingRow, RecordingThumbnailRow, VaultKeyRow, VaultKeySlotRow


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _slot(row: VaultKeySlotRow) -> KeySlot:
    sealed = SealedSlot(base64.b64decode(row.salt), row.log2_n, row.r, row.p, base64.b64decode(row.nonce),
                        base64.b64decode(row.ciphertext))
    return KeySlot(row.vault_key_id, SlotHolder(row.holder), row.user_id, sealed, row.created_at, row.created_by_id,
                   row.revoked_at, row.revoked_by_id, row.id)


class SqlVaultKeysRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def vault_key(self) -> VaultKey | None:
        row = self.session.scalars(select(VaultKeyRow).order_by(VaultKeyRow.id.desc()).limit(1)).first()
        return VaultKey(base64.b64decode(row.public_key), row.created_at, row.id) if row else None

    def add_vault_key(self, public_key: bytes, at: datetime) -> VaultKey:
        row = VaultKeyRow(public_key=_b64(public_key), created_at=at)
        self.session.add(row)
        self.session.flush()
        return VaultKey(public_key, at, row.id)

    def slots(self, vault_key_id: int, active_only: bool = True) -> list[KeySlot]:
        query = select(VaultKeySlotRow).where(VaultKeySlotRow.vault_key_id == vault_key_id)
        if active_only:
            query = query.where(VaultKeySlotRow.revoked_at.is_(None))
        return [_slot(r) for r in self.session.scalars(query.order_by(VaultKeySlotRow.id))]

    def add_slot(self, slot: KeySlot) -> KeySlot:
        s = slot.sealed
        row = VaultKeySlotRow(vault_key_id=slot.vault_key_id, holder=slot.holder.value, user_id=slot.user_id,
                              salt=_b64(s.salt), log2_n=s.log2_n, r=s.r, p=s.p, nonce=_b64(s.nonce),
                              ciphertext=_b64(s.ciphertext), created_at=slot.created_at,
                              created_by_id=slot.created_by_id)
        self.session.add(row)
        self.session.flush()
        return _slot(row)

    def revoke_slot(self, slot_id: int, at: datetime, by_id: int | None) -> None:
        self.session.execute(update(VaultKeySlotRow).where(VaultKeySlotRow.id == slot_id,
                                                           VaultKeySlotRow.revoked_at.is_(None))
                             .values(revoked_at=at, revoked_by_id=by_id))

    # encrypted thumbnails
    def add_thumbnail(self, recording_id: int, sealed: bytes) -> None:
        self.session.add(RecordingThumbnailRow(recording_id=recording_id, sealed=sealed))
        self.session.flush()

    def thumbnails(self, recording_ids: list[int]) -> dict[int, bytes]:
        rows = self.session.scalars(select(RecordingThumbnailRow)
                                    .where(RecordingThumbnailRow.recording_id.in_(recording_ids)))
        return {r.recording_id: r.sealed for r in rows}

    def plain_thumbnail_ids(self, limit: int = 500) -> list[int]:
        """Recordings whose thumbnail is still stored in the clear (from before the vault was encrypted)."""
        return list(self.session.scalars(select(RecordingRow.id).where(RecordingRow.thumbnail.is_not(None))
                                         .order_by(RecordingRow.id).limit(limit)))

    def clear_plain_thumbnail(self, recording_id: int) -> None:
        """Allowed by the database only once the encrypted copy is stored."""
        self.session.execute(update(RecordingRow).where(RecordingRow.id == recording_id).values(thumbnail=None))
