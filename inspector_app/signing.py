"""Personal Ed25519 keys, their private half encrypted under the owner's password, and signing.

Each user has a key pair made when the account is made (or at the first sign-in after an upgrade or a
password reset). The private key is stored only encrypted: AES-256-GCM under a key derived from the
user's password with scrypt (parameters stored beside it). Signing needs the password again, so
nobody but the owner can sign for them; anyone can verify with the stored public key.
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from inspector_app import passwords
from inspector_app.errors import AuthenticationError

ALGORITHM = "ed25519"
_AAD = b"inspector-app ed25519 private key v1"


@dataclass(frozen=True)
class KeyMaterial:
    """What is stored for a key: the public key, the encrypted private key, the KDF parameters."""

    public_key: str       # base64 of the 32 raw bytes
    private_key_enc: str  # base64 of nonce (12) + AES-GCM ciphertext of the 32 raw bytes
    kdf: str              # "scrypt$<log2 n>$<r>$<p>$<salt b64>"


def _wrapping_key(password: str, kdf: str) -> bytes:
    scheme, log2_n, r, p, salt = kdf.split("$")
    if scheme != "scrypt" or not 1 <= int(log2_n) <= passwords.MAX_LOG2_N:
        raise AuthenticationError("Unsupported key protection", code="key_kdf")
    return Scrypt(salt=base64.b64decode(salt), length=32, n=2 ** int(log2_n), r=int(r), p=int(p)).derive(
        password.encode("utf-8"))


def _protect(raw_private: bytes, password: str) -> tuple[str, str]:
    kdf = "$".join(["scrypt", str(passwords.LOG2_N), str(passwords.R), str(passwords.P),
                    base64.b64encode(os.urandom(16)).decode("ascii")])
    nonce = os.urandom(12)
    sealed = AESGCM(_wrapping_key(password, kdf)).encrypt(nonce, raw_private, _AAD)
    return base64.b64encode(nonce + sealed).decode("ascii"), kdf


def new_key(password: str) -> KeyMaterial:
    private = Ed25519PrivateKey.generate()
    raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    enc, kdf = _protect(raw, password)
    return KeyMaterial(public_b64(private.public_key()), enc, kdf)


def unlock(material: KeyMaterial, password: str) -> Ed25519PrivateKey:
    """The private key, if `password` is the owner's; AuthenticationError otherwise."""
    try:
        blob = base64.b64decode(material.private_key_enc)
        raw = AESGCM(_wrapping_key(password or "", material.kdf)).decrypt(blob[:12], blob[12:], _AAD)
    except (InvalidTag, ValueError):
        raise AuthenticationError("Wrong PIN or password", code="bad_signing_password") from None
    private = Ed25519PrivateKey.from_private_bytes(raw)
    if public_b64(private.public_key()) != material.public_key:
        raise AuthenticationError("The stored key does not match its public half", code="key_mismatch")
    return private


def rewrap(material: KeyMaterial, old_password: str, new_password: str) -> KeyMaterial:
    """The same key pair, its private half now encrypted under `new_password` (after a password change)."""
    private = unlock(material, old_password)
    raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    enc, kdf = _protect(raw, new_password)
    return KeyMaterial(material.public_key, enc, kdf)


def sign(private: Ed25519PrivateKey, data: bytes) -> str:
    return base64.b64encode(private.sign(data)).decode("ascii")


def verify(public_key: str, data: bytes, signature: str) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key)).verify(base64.b64decode(signature), data)
        return True
    except (InvalidSignature, ValueError):
        return False


def public_b64(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def public_pem(public_key: str) -> bytes:
    """PEM (SubjectPublicKeyInfo) of a stored public key, for checking signatures with openssl."""
    key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key))
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
