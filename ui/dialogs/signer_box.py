"""One person's signature in a journal dialog: whose it is, the drawn signature and their PIN or password.

A `SignerBox` either lets the dialog choose the signer from a list (the inspector receiving a recorder)
or shows a fixed person (the acting responsible person, the inspector of the entry being returned).
`value()` gives the `SignatureInput` the journal services take. `sign_with` checks every box first, so
an empty pad or an empty password is refused with the signer named and no password try is spent, and
after a wrong password it clears the password fields only: the drawings and the form stay as they are.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QLayout, QLineEdit, QVBoxLayout, QWidget

from inspector_app.errors import AuthenticationError, ValidationError
from inspector_app.services.signers import SignatureInput
from ui.signature_pad import SignaturePad
from ui.widgets import Retranslatable

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Signer:
    """Who signs: anything with `id` and `full_name` will do (a `UserView` too)."""

    id: int
    full_name: str


class SignerBox(Retranslatable, QFrame):
    """A caption naming the signer and their role, a user combo or a fixed name, a signature pad, a PIN field."""

    user_changed = Signal()

    def __init__(self, users: Sequence = (), fixed=None, parent: QWidget | None = None, **properties) -> None:
        super().__init__(parent, **properties)
        self._role_text = ""
        self._fixed = Signer(fixed.id, fixed.full_name) if fixed is not None else None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption_label = QLabel(objectName="signerCaption", wordWrap=True)
        self.caption_label.setStyleSheet("font-weight: bold;")
        self.combo = QComboBox(objectName="signerCombo")
        for user in users:
            self.combo.addItem(user.full_name, user.id)
        self.combo.setVisible(self._fixed is None)
        self.combo.currentIndexChanged.connect(self._on_user_changed)
        self.pad = SignaturePad()
        self.password = QLineEdit(objectName="signerPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.combo)
        layout.addWidget(self.pad, 1)
        layout.addWidget(self.password)
        self.retranslate()

    def retranslate(self) -> None:
        self.password.setPlaceholderText(self.tr("PIN or password"))
        self.password.setAccessibleName(self.tr("PIN or password"))
        self.combo.setAccessibleName(self.tr("Who signs"))
        self._update_title()

    def set_role_text(self, text: str) -> None:
        """What this signature confirms, e.g. "Inspector receiving"; the dialog sets it in its `retranslate`."""
        self._role_text = text
        self._update_title()

    def user_id(self) -> int | None:
        if self._fixed is not None:
            return self._fixed.id
        return self.combo.currentData()

    def user_name(self) -> str:
        if self._fixed is not None:
            return self._fixed.full_name
        return self.combo.currentText() if self.combo.currentIndex() >= 0 else ""

    def set_user(self, user_id: int | None) -> bool:
        """Choose `user_id` in the combo; False if it is not offered."""
        index = self.combo.findData(user_id)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        return index >= 0

    def caption(self) -> str:
        name = self.user_name()
        return self.tr("{0}: {1}").format(self._role_text, name) if name else self._role_text

    def check(self) -> None:
        """Refuse, naming the signer, when nobody is chosen, the pad is empty or the password is not typed."""
        if self.user_id() is None:
            raise ValidationError(self.tr("{0}: choose who signs").format(self._role_text))
        if self.pad.is_empty():
            raise ValidationError(self.tr("{0}: the signature pad is empty, sign on it with the mouse, a finger "
                                          "or a pen").format(self.caption()))
        if not self.password.text():
            raise ValidationError(self.tr("{0}: type the PIN or password").format(self.caption()))

    def value(self) -> SignatureInput:
        return SignatureInput(self.user_id(), self.password.text(), self.pad.strokes())

    def clear_password(self) -> None:
        self.password.clear()

    def _on_user_changed(self) -> None:
        self.password.clear()  # a password typed for someone else is never sent for the new signer
        self._update_title()
        self.user_changed.emit()

    def _update_title(self) -> None:
        self.caption_label.setText(self.caption())


def sign_with(boxes: Sequence[SignerBox], call: Callable):
    """Check the boxes, then `call(*values)`; after a wrong password clear every password field and say so."""
    for box in boxes:
        box.check()
    try:
        return call(*(box.value() for box in boxes))
    except AuthenticationError as error:
        for box in boxes:
            box.clear_password()
        if boxes:
            boxes[0].password.setFocus()
        if error.code == "bad_credentials":
            raise AuthenticationError(str(error), code="bad_signing_password") from error
        raise


def signer_row(dialog: QWidget, *boxes: SignerBox) -> QWidget:
    """The signer boxes side by side, as the signatures stand side by side in the paper journal.

    The dialog then grows to fit them in full (a form dialog's own minimum width would squeeze the pads)."""
    dialog.layout().setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
    row = QWidget(objectName="signerRow")
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for box in boxes:
        layout.addWidget(box, 1)
    return row
