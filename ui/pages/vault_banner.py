"""The banner over the footage while the vault is locked (п.6, п.13): the recordings are listed without their
frames and cannot be opened until the storage password is entered; "Unlock…" asks for it.

A responsible person with no storage password of their own (just appointed, not yet set by the head) gets
no button, only what to do.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from ui.widgets import Retranslatable

logger = logging.getLogger(__name__)


class VaultBanner(Retranslatable, QFrame):
    def __init__(self, vault, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("vaultBanner")
        self.vault = vault
        self.setStyleSheet("#vaultBanner { background: #fff4e5; border: 1px solid #b26a00; }"
                           "#vaultBannerText { color: #6b3f00; }")
        self.text = QLabel(objectName="vaultBannerText", wordWrap=True)
        self.unlock_button = QPushButton(objectName="vaultUnlockButton", clicked=self.ask)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.unlock_button)
        if vault is not None:
            vault.changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.unlock_button.setText(self.tr("Unlock…"))
        self.refresh()

    def refresh(self) -> None:
        locked = self.vault is not None and self.vault.locked()
        self.setVisible(locked)
        if not locked:
            return
        can = self.vault.can_unlock()
        self.unlock_button.setVisible(can)
        if can:
            self.text.setText(self.tr("The footage is locked: enter the storage password. Until then the recordings "
                                      "are listed without their frames and none can be opened; new ones are stored "
                                      "all the same."))
        else:
            self.text.setText(self.tr("The footage is locked and you have no storage password yet: the head sets it "
                                      "with you (Settings, storage password of the responsible person)."))

    def ask(self) -> None:
        if self.vault is not None:
            self.vault.ask(self.window())
