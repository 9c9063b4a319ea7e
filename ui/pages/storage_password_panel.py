"""The storage password in Settings (п.6), for the head and the responsible person only.

The head sets it when the unit has none (and is shown the recovery key once), lets the appointed
responsible person type theirs, makes a new recovery key, and encrypts the footage stored before it
existed; each holder changes their own. Below, who holds a slot: active or revoked, when and by whom.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from inspector_app.documents.recovery_sheet import vault_fingerprint
from inspector_app.domain.roles import Role
from inspector_app.errors import AppError
from ui.dialogs.recovery_key_dialog import RecoveryKeyDialog
from ui.dialogs.storage_password_dialogs import (
    ChangeStoragePasswordDialog,
    NewRecoveryKeyDialog,
    ResponsibleSlotDialog,
    SetStoragePasswordDialog,
)
from ui.models.key_slots_table_model import KeySlotsTableModel
from ui.pages.vault_conversion_panel import VaultConversionPanel
from ui.widgets import Retranslatable, text_lines_height

logger = logging.getLogger(__name__)


def _run(dialog):
    """Run a modal form; its `result_value` when accepted, else None."""
    try:
        return dialog.result_value if dialog.exec() else None
    finally:
        dialog.deleteLater()


def offer_responsible_slot(vault, responsible, parent, after_appointment: bool = False) -> bool:
    """The head lets `responsible` type their storage password now (Later: from Settings); True when set."""
    if not vault.is_set_up() or not vault.is_head:
        return False
    return bool(_run(ResponsibleSlotDialog(vault, responsible, after_appointment, parent)))


class StoragePasswordPanel(Retranslatable, QGroupBox):
    def __init__(self, ctx, user, vault, jobs=None, lang: str = "kk", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("storagePasswordPanel")
        self.ctx, self.user, self.vault, self.lang = ctx, user, vault, lang
        self.is_head = user.role is Role.HEAD
        self.status = QLabel(objectName="storageStatus", wordWrap=True)
        self.fingerprint = QLabel(objectName="storageFingerprint", wordWrap=True)
        self.fingerprint.setStyleSheet("color: #555555;")
        self.set_button = QPushButton(objectName="setStoragePasswordButton", clicked=self.set_password)
        self.unlock_button = QPushButton(objectName="unlockStorageButton", clicked=self.unlock)
        self.change_button = QPushButton(objectName="changeStoragePasswordButton", clicked=self.change_password)
        self.responsible_button = QPushButton(objectName="responsibleSlotButton", clicked=self.responsible_slot)
        self.recovery_button = QPushButton(objectName="newRecoveryKeyButton", clicked=self.new_recovery_key)
        self.conversion = VaultConversionPanel(ctx, user, jobs) if self.is_head else None
        self.model = KeySlotsTableModel(ctx.timezone(), self)
        self.table = QTableView(objectName="keySlotsTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(text_lines_height(self.table, 6.5))
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.fingerprint)
        # One's own storage password on the first row, the head's keys on the second; hidden ones leave no gap.
        for row in ((self.set_button, self.unlock_button, self.change_button),
                    (self.responsible_button, self.recovery_button)):
            line = QHBoxLayout()
            for button in row:
                line.addWidget(button)
            line.addStretch(1)
            layout.addLayout(line)
        if self.conversion is not None:
            layout.addWidget(self.conversion)
        layout.addWidget(self.table, 1)
        vault.changed.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Storage password of the footage (п.6)"))
        self.set_button.setText(self.tr("Set the storage password…"))
        self.unlock_button.setText(self.tr("Unlock the footage…"))
        self.change_button.setText(self.tr("Change my storage password…") if self.vault.has_own_slot()
                                   else self.tr("Set my storage password…"))
        self.responsible_button.setText(self.tr("Storage password of the responsible person…"))
        self.recovery_button.setText(self.tr("New recovery key…"))
        self.model.relabel()
        self._show_status()

    # the state
    def responsible(self):
        """The appointed responsible person, or None."""
        try:
            return next((u for u in self.ctx.users.list(self.user) if u.role is Role.RESPONSIBLE and u.active), None)
        except AppError:
            return None

    def refresh(self) -> None:
        set_up, unlocked, own = self.vault.is_set_up(), self.vault.unlocked(), self.vault.has_own_slot()
        self.set_button.setVisible(self.is_head and not set_up)
        self.unlock_button.setVisible(set_up and not unlocked and self.vault.can_unlock())
        self.change_button.setVisible(set_up and (own or unlocked))
        self.responsible_button.setVisible(self.is_head and set_up)
        self.responsible_button.setEnabled(self.responsible() is not None)
        self.recovery_button.setVisible(self.is_head and set_up)
        slots = self.vault.slots()
        try:
            names = {u.id: u.full_name for u in self.ctx.users.list(self.user)}
        except AppError:
            names = {}
        self.model.set_slots(slots, names)
        self.table.setVisible(bool(slots))
        public = self.ctx.keyring.public_key() if set_up else None
        self.fingerprint.setVisible(public is not None)
        if public is not None:
            self.fingerprint.setText(self.tr("Fingerprint of the storage key: {0}").format(vault_fingerprint(public)))
        if self.conversion is not None:
            self.conversion.refresh()
        self.retranslate()

    def _show_status(self) -> None:
        if not self.vault.is_set_up():
            text = self.tr("The unit has no storage password yet: the footage is stored unencrypted and anyone with "
                           "access to this PC's disk can copy it.")
            if not self.is_head:
                text += " " + self.tr("The head sets the storage password.")
        elif self.vault.unlocked():
            text = self.tr("The footage is encrypted and unlocked in this session; it locks again when you sign out "
                           "or the screen locks.")
            if self.vault.opened_with_recovery:
                text += " " + self.tr("It was opened with the recovery key: set your storage password and make a "
                                      "new recovery key.")
        elif self.vault.has_own_slot() or self.is_head:
            text = self.tr("The footage is encrypted and locked: enter the storage password to see it.")
        else:
            text = self.tr("The footage is encrypted; you have no storage password yet: the head sets it with you.")
        self.status.setText(text)

    # actions
    def set_password(self) -> None:
        recovery = _run(SetStoragePasswordDialog(self.vault, self))
        if recovery is None:
            return
        self.show_recovery_key(recovery)
        responsible = self.responsible()
        if responsible is not None:  # the head is here and the vault is unlocked: the other holder now
            offer_responsible_slot(self.vault, responsible, self)

    def show_recovery_key(self, recovery: str) -> None:
        dialog = RecoveryKeyDialog(self.ctx, self.user, recovery, self.lang, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def unlock(self) -> None:
        self.vault.ask_and_wait(self)

    def change_password(self) -> None:
        _run(ChangeStoragePasswordDialog(self.vault, self))

    def responsible_slot(self) -> None:
        responsible = self.responsible()
        if responsible is not None:
            offer_responsible_slot(self.vault, responsible, self)

    def new_recovery_key(self) -> None:
        recovery = _run(NewRecoveryKeyDialog(self.vault, self))
        if recovery is not None:
            self.show_recovery_key(recovery)
