"""The key slots of the encrypted vault as the service layer sees them (п.6): who holds each one."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from inspector_app.vault_keys import SealedSlot


class SlotHolder(str, enum.Enum):
    """The values are stored: never rename one."""

    HEAD = "head"
    RESPONSIBLE = "responsible"
    RECOVERY = "recovery"   # the printed recovery key, kept in the unit's safe


@dataclass(frozen=True)
class VaultKey:
    public_key: bytes
    created_at: datetime
    id: int | None = None


@dataclass(frozen=True)
class KeySlot:
    vault_key_id: int
    holder: SlotHolder
    user_id: int | None
    sealed: SealedSlot
    created_at: datetime
    created_by_id: int | None = None
    revoked_at: datetime | None = None
    revoked_by_id: int | None = None
    id: int | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None
