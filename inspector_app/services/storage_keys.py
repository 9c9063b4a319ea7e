"""The storage password (п.6): the vault key's slots, unlocking the vault for a session, and locking it.

The vault's public key is known to everyone, so footage can be stored with nobody signed in. Its private
key is unlocked only by the storage password of the head or of the responsible person (each their own
slot), or by the printed recovery key, and only for the head's or the responsible person's session; it
is held in memory and dropped on `lock()` (sign-out, idle lock, screen lock). Every unlock, failed
unlock and slot change is an audit event; no password or key is ever logged or written in the clear.

When the head appoints a new responsible person, the old responsible person's slot is revoked at once;
the new one's is added, without re-encrypting anything, when they type their storage password in the
head's unlocked session.
"""

from __future__ import annotations

import logging
import threading

from inspector_app import vault_keys
from inspector_app.clock import Clock
from inspector_app.domain.audit import AuditKind
from inspector_app.domain.roles import Permission, Role
from inspector_app.domain.vault_slots import KeySlot, SlotHolder
from inspector_app.errors import StateError, ValidationError
from inspector_app.passwords import check_password_strength
from inspector_app.services.common import acting_user
from inspector_app.vault_keys import VaultLocked, WrongStoragePassword

logger = logging.getLogger(__name__)

_HOLDER_OF_ROLE = {Role.HEAD: SlotHolder.HEAD, Role.RESPONSIBLE: SlotHolder.RESPONSIBLE}


class VaultKeyring:
    def __init__(self, uow_factory, clock: Clock, audit=None) -> None:
        self.uow_factory = uow_factory
        self.clock = clock
        self.audit = audit
        self._lock = threading.Lock()
        self._public: bytes | None = None
        self._private: bytes | None = None
        self._holder_id: int | None = None  # whose session unlocked it

    # what the vault asks
    def public_key(self) -> bytes | None:
        """The vault key's public half; None while the unit has no storage password yet (a plain vault)."""
        if self._public is None:
            with self.uow_factory() as uow:
                key = uow.vault_keys.vault_key()
            self._public = key.public_key if key else None
        return self._public

    def private_key(self) -> bytes:
        with self._lock:
            if self._private is None:
                raise VaultLocked("The footage vault is locked: the head or the responsible person must unlock "
                                  "it with the storage password")
            return self._private

    @property
    def unlocked(self) -> bool:
        return self._private is not None

    @property
    def is_set_up(self) -> bool:
        return self.public_key() is not None

    # setting up
    def create(self, actor, storage_password: str) -> str:
        """The head sets the unit's storage password: the vault key is made with the head's slot and a
        recovery slot; returns the recovery key (to print once, for the unit's safe). Unlocks the vault."""
        check_password_strength(storage_password)
        with self.uow_factory() as uow:
            head = acting_user(uow, actor, Permission.MANAGE_VAULT_KEYS)
            if uow.vault_keys.vault_key() is not None:
                raise StateError("The storage password is set already", code="vault_key_exists")
            private, public = vault_keys.new_vault_key()
            key = uow.vault_keys.add_vault_key(public, self.clock.now())
            recovery = vault_keys.new_recovery_key()
            self._add(uow, key.id, SlotHolder.HEAD, head.id, private, storage_password.encode(), head.id)
            self._add(uow, key.id, SlotHolder.RECOVERY, None, private, vault_keys.recovery_secret(recovery), head.id)
            uow.commit()
        with self._lock:
            self._public, self._private, self._holder_id = public, private, head.id
        self._record(head, "created", slots=["head", "recovery"])
        return recovery

    def _add(self, uow, key_id: int, holder: SlotHolder, user_id, private: bytes, secret: bytes, by_id) -> KeySlot:
        return uow.vault_keys.add_slot(KeySlot(key_id, holder, user_id, vault_keys.seal_slot(private, secret),
                                               self.clock.now(), by_id))

    def add_slot(self, actor, user_id: int, storage_password: str) -> None:
        """A slot for the head or the current responsible person (`user_id`), typed by them, in a session
        that has the vault unlocked; their earlier slot, if any, is revoked."""
        check_password_strength(storage_password)
        with self.uow_factory() as uow:
            me = acting_user(uow, actor, Permission.ACCESS_FOOTAGE)
            private = self.private_key()
            user = uow.users.get(user_id)
            holder = _HOLDER_OF_ROLE.get(user.role) if user and user.active else None
            if holder is None:
                raise ValidationError("Only the head and the responsible person hold the storage password (п.6)",
                                      code="slot_holder")
            if holder is SlotHolder.RESPONSIBLE and (uow.appointments.current() is None
                                                     or uow.appointments.current().user_id != user.id):
                raise ValidationError("Only the appointed responsible person holds the storage password",
                                      code="slot_not_appointed")
            if me.id != user.id and me.role is not Role.HEAD:
                raise ValidationError("Only the head may set another person's storage password",
                                      code="slot_other")
            key = uow.vault_keys.vault_key()
            for old in uow.vault_keys.slots(key.id):
                if old.holder is holder and old.user_id == user.id:
                    uow.vault_keys.revoke_slot(old.id, self.clock.now(), me.id)
            self._add(uow, key.id, holder, user.id, private, storage_password.encode(), me.id)
            uow.commit()
        self._record(me, "slot_added", holder=holder.value, for_user=user.id)

    def change_password(self, actor, old_password: str, new_password: str) -> None:
        self.unlock(actor, old_password)
        with self.uow_factory() as uow:
            me = acting_user(uow, actor, Permission.ACCESS_FOOTAGE)
        self.add_slot(actor, me.id, new_password)

    def revoke_holder(self, holder: SlotHolder, by_id: int | None, except_user_id: int | None = None) -> int:
        """Revoke the slots of `holder` but `except_user_id`'s: e.g. when another responsible person is
        appointed. Needs no unlocking; returns how many were revoked."""
        with self.uow_factory() as uow:
            key = uow.vault_keys.vault_key()
            if key is None:
                return 0
            revoked = [s for s in uow.vault_keys.slots(key.id)
                       if s.holder is holder and s.user_id != except_user_id]
            for slot in revoked:
                uow.vault_keys.revoke_slot(slot.id, self.clock.now(), by_id)
            uow.commit()
        if revoked and self.audit is not None:
            self.audit.record(AuditKind.VAULT, None, subject="vault",
                              details={"action": "slot_revoked", "holder": holder.value,
                                       "slots": [s.id for s in revoked], "by": by_id})
        return len(revoked)

    def new_recovery_key(self, actor) -> str:
        """The head makes a new recovery key (the sheet was lost or used); the old one stops working."""
        recovery = vault_keys.new_recovery_key()
        with self.uow_factory() as uow:
            head = acting_user(uow, actor, Permission.MANAGE_VAULT_KEYS)
            private = self.private_key()
            key = uow.vault_keys.vault_key()
            for old in uow.vault_keys.slots(key.id):
                if old.holder is SlotHolder.RECOVERY:
                    uow.vault_keys.revoke_slot(old.id, self.clock.now(), head.id)
            self._add(uow, key.id, SlotHolder.RECOVERY, None, private, vault_keys.recovery_secret(recovery), head.id)
            uow.commit()
        self._record(head, "recovery_key_made")
        return recovery

    def slots(self, actor) -> list[KeySlot]:
        with self.uow_factory() as uow:
            acting_user(uow, actor, Permission.ACCESS_FOOTAGE)
            key = uow.vault_keys.vault_key()
            return uow.vault_keys.slots(key.id, active_only=False) if key else []

    # a session
    def unlock(self, actor, storage_password: str) -> None:
        """Unlock with the acting person's own slot; WrongStoragePassword otherwise."""
        with self.uow_factory() as uow:
            me = acting_user(uow, actor, Permission.ACCESS_FOOTAGE)
            key = uow.vault_keys.vault_key()
            if key is None:
                raise StateError("The unit has no storage password yet: the head sets it", code="no_vault_key")
            mine = [s for s in uow.vault_keys.slots(key.id)
                    if s.user_id == me.id and s.holder is _HOLDER_OF_ROLE.get(me.role)]
        self._open(me, [s for s in mine], storage_password.encode(), key.public_key, "password")

    def unlock_with_recovery(self, actor, recovery_key: str) -> None:
        """The head opens the vault with the printed recovery key (both passwords lost)."""
        with self.uow_factory() as uow:
            head = acting_user(uow, actor, Permission.MANAGE_VAULT_KEYS)
            key = uow.vault_keys.vault_key()
            if key is None:
                raise StateError("The unit has no storage password yet", code="no_vault_key")
            slots = [s for s in uow.vault_keys.slots(key.id) if s.holder is SlotHolder.RECOVERY]
        self._open(head, slots, vault_keys.recovery_secret(recovery_key), key.public_key, "recovery_key")

    def _open(self, user, slots: list[KeySlot], secret: bytes, public: bytes, how: str) -> None:
        for slot in slots:
            try:
                private = vault_keys.open_slot(slot.sealed, secret)
            except WrongStoragePassword:
                continue
            if vault_keys.public_of(private) != public:
                continue
            with self._lock:
                self._public, self._private, self._holder_id = public, private, user.id
            self._record(user, "unlocked", how=how, slot=slot.id)
            return
        self._record(user, "unlock_failed", how=how)
        raise WrongStoragePassword("Wrong storage password" if how == "password" else "Wrong recovery key")

    def lock(self, reason: str = "sign_out") -> None:
        with self._lock:
            was, self._private, self._holder_id = self._holder_id, None, None
        if was is not None and self.audit is not None:
            self.audit.record(AuditKind.VAULT, None, subject="vault", details={"action": "locked", "reason": reason,
                                                                              "user_id": was})

    def _record(self, user, action: str, **details) -> None:
        if self.audit is not None:
            self.audit.record(AuditKind.VAULT, user, subject="vault", details={"action": action, **details})
