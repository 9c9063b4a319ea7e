"""The keys of the encrypted footage vault (п.6, п.13): the vault key pair, file keys wrapped to it, and
the key slots that the storage password opens.

* The **vault key** is an X25519 key pair. Its public half is stored in the clear, so the ingest and
  the headless station can store footage with nobody signed in; they can never read it back.
* Every stored file has its own random 256-bit **file key**, wrapped to the vault's public key: an
  ephemeral X25519 key agreement, HKDF-SHA256 over the shared secret and both public keys, and AES key
  wrap (RFC 3394) of the file key under the result. Only the vault's private key unwraps it.
* The vault's private key is kept only in **key slots**: AES-256-GCM under a key derived with scrypt
  from a storage password (the head's, the responsible person's) or from the printed recovery key.
  Any one slot opens it; a revoked slot no longer can, and nothing needs re-encrypting.

Pure functions over `cryptography`; no database, no Qt. Secrets are bytes held by the caller; nothing
here logs or writes them.
"""

from __future__ import annotations

import base64
import os
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.keywrap import InvalidUnwrap, aes_key_unwrap, aes_key_wrap

from inspector_app.errors import AppError

FILE_KEY_BYTES = 32
WRAP_INFO = b"inspector-app vault file key v1"
SLOT_AAD = b"inspector-app vault key slot v1"
SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P = 15, 8, 1
RECOVERY_GROUPS, RECOVERY_GROUP_LEN = 8, 4  # 32 base32 letters: 160 bits
_RAW = serialization.Encoding.Raw


class WrongStoragePassword(AppError):
    """The password (or recovery key) opens no slot of the vault."""

    code = "wrong_storage_password"


class VaultLocked(AppError):
    """The vault's private key is not unlocked in this session: footage cannot be read."""

    code = "vault_locked"


@dataclass(frozen=True)
class WrappedKey:
    ephemeral_public: bytes   # 32 bytes
    wrapped: bytes            # 40 bytes: the AES-wrapped file key


@dataclass(frozen=True)
class SealedSlot:
    salt: bytes
    log2_n: int
    r: int
    p: int
    nonce: bytes
    ciphertext: bytes         # the vault's 32-byte private key under AES-256-GCM, with its tag


def new_vault_key() -> tuple[bytes, bytes]:
    """A fresh vault key pair: (private, public), 32 raw bytes each."""
    private = X25519PrivateKey.generate()
    return _private_bytes(private), private.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)


def public_of(private: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private).public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)


def new_file_key() -> bytes:
    return os.urandom(FILE_KEY_BYTES)


def _kek(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=ephemeral_public + recipient_public, info=WRAP_INFO).derive(shared)


def wrap_file_key(file_key: bytes, vault_public: bytes) -> WrappedKey:
    """Wrap `file_key` so that only the holder of the vault's private key can unwrap it."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(vault_public))
    return WrappedKey(ephemeral_public, aes_key_wrap(_kek(shared, ephemeral_public, vault_public), file_key))


def unwrap_file_key(wrapped: WrappedKey, vault_private: bytes) -> bytes:
    private = X25519PrivateKey.from_private_bytes(vault_private)
    public = private.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    shared = private.exchange(X25519PublicKey.from_public_bytes(wrapped.ephemeral_public))
    try:
        return aes_key_unwrap(_kek(shared, wrapped.ephemeral_public, public), wrapped.wrapped)
    except InvalidUnwrap:
        raise VaultLocked("This file's key does not open with the vault key", code="file_key_mismatch") from None


def seal_to(data: bytes, vault_public: bytes) -> bytes:
    """A small secret (a thumbnail) encrypted so that only the vault's private key opens it:
    ephemeral public key (32) | nonce (12) | AES-256-GCM ciphertext."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    key = _kek(ephemeral.exchange(X25519PublicKey.from_public_bytes(vault_public)), ephemeral_public, vault_public)
    nonce = os.urandom(12)
    return ephemeral_public + nonce + AESGCM(key).encrypt(nonce, data, WRAP_INFO)


def open_sealed(blob: bytes, vault_private: bytes) -> bytes:
    private = X25519PrivateKey.from_private_bytes(vault_private)
    public = private.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    ephemeral_public, nonce, ciphertext = blob[:32], blob[32:44], blob[44:]
    key = _kek(private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public)), ephemeral_public, public)
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, WRAP_INFO)
    except InvalidTag:
        raise VaultLocked("This item does not open with the vault key", code="sealed_mismatch") from None


def _slot_key(secret: bytes, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=2 ** log2_n, r=r, p=p).derive(secret)


def seal_slot(vault_private: bytes, secret: bytes, log2_n: int | None = None) -> SealedSlot:
    """The vault's private key under a key derived from `secret` (a password's UTF-8, or a recovery key)."""
    log2_n = log2_n or SCRYPT_LOG2_N
    salt, nonce = os.urandom(16), os.urandom(12)
    key = _slot_key(secret, salt, log2_n, SCRYPT_R, SCRYPT_P)
    return SealedSlot(salt, log2_n, SCRYPT_R, SCRYPT_P, nonce, AESGCM(key).encrypt(nonce, vault_private, SLOT_AAD))


def open_slot(slot: SealedSlot, secret: bytes) -> bytes:
    """The vault's private key from `slot`; WrongStoragePassword if `secret` is not the one it was sealed with."""
    key = _slot_key(secret, slot.salt, slot.log2_n, slot.r, slot.p)
    try:
        return AESGCM(key).decrypt(slot.nonce, slot.ciphertext, SLOT_AAD)
    except InvalidTag:
        raise WrongStoragePassword("Wrong storage password") from None


def new_recovery_key() -> str:
    """A recovery key for the printed sheet: 8 groups of 4 base32 letters and digits (160 random bits)."""
    text = base64.b32encode(secrets.token_bytes(RECOVERY_GROUPS * RECOVERY_GROUP_LEN * 5 // 8)).decode("ascii")
    return "-".join(text[i:i + RECOVERY_GROUP_LEN] for i in range(0, len(text), RECOVERY_GROUP_LEN))


def recovery_secret(recovery_key: str) -> bytes:
    """The bytes a recovery key stands for, whatever the case, spaces or dashes it was typed with."""
    text = "".join(ch for ch in recovery_key.upper() if ch.isalnum()).replace("0", "O").replace("1", "I")
    try:
        raw = base64.b32decode(text)
    except (ValueError, base64.binascii.Error):
        raise WrongStoragePassword("Not a recovery key: 32 letters and digits in groups of four") from None
    if len(raw) != RECOVERY_GROUPS * RECOVERY_GROUP_LEN * 5 // 8:
        raise WrongStoragePassword("Not a recovery key: 32 letters and digits in groups of four")
    return b"recovery:" + raw


def _private_bytes(private: X25519PrivateKey) -> bytes:
    return private.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())
