"""Unlocking the people who sign a journal record at the PC: their password, their key, their drawing.

Every signer is checked before the record is written (wrong tries count towards the account lock,
as at sign-in), so a wrong password or an empty pad refuses the whole operation and writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Sequence

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from inspector_app import signing
from inspector_app.clock import Clock
from inspector_app.domain.journal import Signature, SignerRole, UserKey
from inspector_app.domain.journal_content import sha256_hex, signed_bytes
from inspector_app.domain.strokes import Strokes, normalise_strokes, strokes_sha256
from inspector_app.domain.users import UserView
from inspector_app.errors import StateError
from inspector_app.services.accounts import AccountService


@dataclass(frozen=True)
class SignatureInput:
    """What a person gives when signing at the PC: who, their password (or PIN), their drawn signature."""

    user_id: int
    password: str = field(repr=False)
    strokes: Sequence = ()


@dataclass(frozen=True)
class UnlockedSigner:
    user: UserView
    key: UserKey
    private: Ed25519PrivateKey = field(repr=False)
    strokes: Strokes

    def sign_in(self, uow, act: str, act_id: int, content: dict, role: SignerRole, at: datetime) -> Signature:
        """Sign `content` (a record just written in `uow`) and store the signature beside it."""
        data = signed_bytes(content, role, self.user.id, self.key.id, strokes_sha256(self.strokes), at)
        return uow.journal.add_signature(Signature(
            act=act, act_id=act_id, role=role, user_id=self.user.id, user_name=self.user.full_name,
            key_id=self.key.id, signed_at=at, content_sha256=sha256_hex(data),
            signature=signing.sign(self.private, data), strokes=self.strokes))


def unlock_signer(uow_factory, clock: Clock, accounts: AccountService, given: SignatureInput) -> UnlockedSigner:
    """Check the drawing, the password and the key of one signer; nothing is written but a failed try."""
    strokes = normalise_strokes(given.strokes)
    user = accounts.confirm_password(given.user_id, given.password)  # counts wrong tries, makes a missing key
    with uow_factory() as uow:
        key = uow.journal.active_key(user.id)
    if key is None:
        raise StateError(f"{user.full_name} has no signing key; sign in once to make it", code="no_key")
    private = signing.unlock(signing.KeyMaterial(key.public_key, key.private_key_enc, key.kdf), given.password)
    return UnlockedSigner(user, key, private, strokes)
