"""The installation key: the Ed25519 key pair of this installation, made at setup, that signs recording
seals and audit events (п.13).

Its public half is stored in the database and printed, with its fingerprint, on every document the
app produces, so a court can check any seal or event with `openssl`. Its private half is stored only
encrypted: AES-256-GCM under the machine secret (`machine_secret.py`). `InstallationSigner` holds the
unlocked key in memory for signing and checks signatures against every key the unit ever had.
"""

from __future__ import annotations

import base64
import hashlib
import os
import threading
from dataclasses import dataclass
from datetime import datetime

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from inspector_app import signing
from inspector_app.errors import AppError

_AAD = b"inspector-app installation key v1"


@dataclass(frozen=True)
class InstallationKey:
    public_key: str        # base64 of the 32 raw bytes
    private_key_enc: str   # base64 of nonce (12) + AES-GCM ciphertext, under the machine secret
    created_at: datetime
    retired_at: datetime | None = None
    id: int | None = None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


class InstallationKeyError(AppError):
    code = "installation_key"


def fingerprint(public_key: str) -> str:
    """SHA-256 of the raw public key, in groups of four hex digits: what documents print."""
    digest = hashlib.sha256(base64.b64decode(public_key)).hexdigest().upper()
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def generate(secret: bytes, created_at: datetime) -> InstallationKey:
    private = Ed25519PrivateKey.generate()
    raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    nonce = os.urandom(12)
    sealed = AESGCM(secret).encrypt(nonce, raw, _AAD)
    return InstallationKey(signing.public_b64(private.public_key()), base64.b64encode(nonce + sealed).decode("ascii"),
                           created_at)


def unlock(key: InstallationKey, secret: bytes) -> Ed25519PrivateKey:
    try:
        blob = base64.b64decode(key.private_key_enc)
        raw = AESGCM(secret).decrypt(blob[:12], blob[12:], _AAD)
    except (InvalidTag, ValueError):
        raise InstallationKeyError("The installation key cannot be unlocked on this PC: its secret is missing or "
                                   "belongs to another installation", code="installation_key_locked") from None
    private = Ed25519PrivateKey.from_private_bytes(raw)
    if signing.public_b64(private.public_key()) != key.public_key:
        raise InstallationKeyError("The stored installation key does not match its public half",
                                   code="installation_key_mismatch")
    return private


class InstallationSigner:
    """Signs with the active installation key; verifies against any key the unit has had (by id)."""

    def __init__(self, active: InstallationKey, private: Ed25519PrivateKey | None,
                 known: dict[int, str]) -> None:
        self.key = active
        self._private = private
        self._known = dict(known)
        self._lock = threading.Lock()

    @property
    def key_id(self) -> int:
        return self.key.id

    @property
    def can_sign(self) -> bool:
        return self._private is not None

    def sign(self, data: bytes) -> str:
        if self._private is None:
            raise InstallationKeyError("The installation key is not available on this PC",
                                       code="installation_key_locked")
        return signing.sign(self._private, data)

    def verify(self, key_id: int, data: bytes, signature: str) -> bool:
        public = self._known.get(key_id)
        return public is not None and signing.verify(public, data, signature)

    def learn(self, keys: dict[int, str]) -> None:
        with self._lock:
            self._known.update(keys)
