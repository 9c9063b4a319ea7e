"""The storage password in a window's session (п.6, п.13): whether the footage vault is unlocked, asking for
the password, and telling the pages when that changes.

The vault key itself is held by `ctx.keyring` (services/storage_keys.py), which has no Qt; this object is
its face in one session of the head or the responsible person. Pages connect to `changed` and reload
(thumbnails appear or go). It asks for the storage password with one non-blocking dialog at a time, so a
screen lock can close it; an inspector's session has none of this.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from inspector_app.domain.roles import Permission, Role, allows
from inspector_app.errors import AppError

logger = logging.getLogger(__name__)


class VaultSession(QObject):
    changed = Signal()   # unlocked, locked, set up, a slot added
    asked = Signal(object)  # the unlock dialog just opened (tests and the screenshots look at it)

    def __init__(self, ctx, user, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.user = ctx, user
        self.keyring = ctx.keyring
        self.dialog = None              # the open UnlockVaultDialog, if any
        self.opened_with_recovery = False  # the head used the recovery sheet in this session

    @classmethod
    def of_page(cls, ctx, user, vault, page):
        """The window's session, or for a page shown on its own (tests) one of its own; None without a keyring
        or for someone who holds no storage password."""
        if vault is not None or ctx.keyring is None or not allows(user.role, Permission.ACCESS_FOOTAGE):
            return vault
        return cls(ctx, user, page)

    # the state
    @property
    def applies(self) -> bool:
        """Only the head and the responsible person hold a storage password."""
        return self.keyring is not None and allows(self.user.role, Permission.ACCESS_FOOTAGE)

    @property
    def is_head(self) -> bool:
        return self.user.role is Role.HEAD

    def is_set_up(self) -> bool:
        return self.applies and self.keyring.is_set_up

    def unlocked(self) -> bool:
        return self.applies and self.keyring.unlocked

    def locked(self) -> bool:
        """Set up and locked: the footage shows without its frames and cannot be opened."""
        return self.is_set_up() and not self.keyring.unlocked

    def slots(self) -> list:
        try:
            return self.keyring.slots(self.user) if self.applies else []
        except AppError as error:
            logger.warning("storage password slots: %s", error)
            return []

    def has_own_slot(self) -> bool:
        return any(s.active and s.user_id == self.user.id for s in self.slots())

    def can_unlock(self) -> bool:
        """With their own storage password, or (the head only) with the recovery sheet."""
        return self.is_set_up() and (self.has_own_slot() or self.is_head)

    # changing it
    def unlock(self, storage_password: str) -> None:
        self.keyring.unlock(self.user, storage_password)
        logger.info("footage vault unlocked for %s", self.user.login)
        self.changed.emit()

    def unlock_with_recovery(self, recovery_key: str) -> None:
        self.keyring.unlock_with_recovery(self.user, recovery_key)
        self.opened_with_recovery = True
        logger.info("footage vault unlocked with the recovery key by %s", self.user.login)
        self.changed.emit()

    def lock(self, reason: str) -> None:
        """Drop the vault key (sign-out, the lock screen, closing the window) and close a pending question."""
        self.close_dialog()
        if self.keyring is not None and self.keyring.unlocked:
            self.keyring.lock(reason)
            logger.info("footage vault locked (%s)", reason)
            self.changed.emit()

    def notify(self) -> None:
        """Something changed through the keyring directly (the storage password set, a slot added)."""
        self.changed.emit()

    # asking
    def ask(self, parent):
        """Ask for the storage password in a dialog that does not block ("Later" skips it); the dialog, or None
        when there is nothing to ask (not set up, unlocked already, no storage password of one's own)."""
        from ui.dialogs.vault_unlock_dialog import UnlockVaultDialog

        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        if not self.locked() or not self.can_unlock():
            return None
        self.dialog = UnlockVaultDialog(self, parent)
        self.dialog.finished.connect(self._dialog_finished)
        self.dialog.open()
        self.asked.emit(self.dialog)
        return self.dialog

    def ask_and_wait(self, parent) -> bool:
        """Ask in a modal dialog (before an action that needs the key); True when the vault is unlocked."""
        from ui.dialogs.vault_unlock_dialog import UnlockVaultDialog

        if self.unlocked():
            return True
        if not self.can_unlock():
            return False
        self.close_dialog()
        dialog = UnlockVaultDialog(self, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        return self.unlocked()

    def close_dialog(self) -> None:
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.finished.disconnect(self._dialog_finished)
            dialog.reject()
            dialog.deleteLater()

    def _dialog_finished(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
