"""The question for the storage password when the head or the responsible person signs in (п.6, п.13).

"Later" skips it: the session goes on with the footage locked (listed, without frames, not to be opened).
The head may open the vault with the recovery sheet instead, when both storage passwords are lost or
when they have none of their own yet. A wrong password clears the field and says so; it is an audit event.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QLineEdit

from inspector_app.errors import ValidationError
from inspector_app.vault_keys import WrongStoragePassword
from ui.dialogs.form_dialog import FormDialog

logger = logging.getLogger(__name__)


class UnlockVaultDialog(FormDialog):
    def __init__(self, vault, parent=None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setObjectName("unlockVaultDialog")
        self.setMinimumWidth(520)
        self.own_slot = vault.has_own_slot()
        self.intro = QLabel(objectName="unlockVaultIntro", wordWrap=True)
        self.form.addRow(self.intro)
        self.who = QLabel(f"<b>{vault.user.full_name}</b> ({vault.user.login})")
        self.form.addRow(self.who)
        self.password = self.add_row(QLineEdit(objectName="storagePassword"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.recovery = QCheckBox(objectName="useRecoveryKey")
        self.recovery.toggled.connect(self._mode_changed)
        if vault.is_head:
            self.form.addRow(self.recovery)
            if not self.own_slot:  # a head with no storage password of their own: the sheet only
                self.recovery.setChecked(True)
                self.recovery.setEnabled(False)
        else:
            self.recovery.hide()
        self.retranslate()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def with_recovery(self) -> bool:
        return self.recovery.isChecked()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Storage password"))
        if self.own_slot:
            self.intro.setText(self.tr(
                "The stored footage is locked. Enter your storage password to see it in this session (п.6, п.13). "
                "Recordings are stored all the same while it stays locked."))
        else:
            self.intro.setText(self.tr(
                "You have no storage password of your own yet. Open the footage with the recovery key from the "
                "sheet in the unit's safe, then set your storage password in Settings."))
        self.recovery.setText(self.tr("Use the recovery key (the sheet in the unit's safe)"))
        self.set_label(self.password, self.tr("Recovery key") if self.with_recovery else self.tr("Storage password"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Later"))

    def _mode_changed(self, recovery: bool) -> None:
        # The key is read off a sheet: shown while typed, hidden once the field is left.
        self.password.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit if recovery else QLineEdit.EchoMode.Password)
        self.password.clear()
        self.error_label.clear_error()
        self.retranslate()
        self.password.setFocus()

    def submit(self):
        text = self.password.text()
        try:
            if self.with_recovery:
                self.vault.unlock_with_recovery(text)
            else:
                self.vault.unlock(text)
        except WrongStoragePassword:
            self.password.clear()
            self.password.setFocus()
            if self.with_recovery:
                raise ValidationError("Wrong recovery key", code="wrong_recovery_key") from None
            raise
        return True
