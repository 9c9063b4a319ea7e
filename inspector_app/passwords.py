"""Password hashing with scrypt from `cryptography`; the stored form names its parameters.

Format: ``scrypt$<log2 n>$<r>$<p>$<salt b64>$<key b64>``. Verification is constant-time
(`Scrypt.verify`). There is no default password anywhere in the app.
"""

from __future__ import annotations

import base64
import os

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from inspector_app.errors import ValidationError

LOG2_N = 15
R = 8
P = 1
KEY_LENGTH = 32
SALT_LENGTH = 16
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 256
# Verification refuses stored parameters beyond these: a tampered hash must not exhaust memory or time.
MAX_LOG2_N = 20
MAX_SCRYPT_MEMORY = 256 * 1024 * 1024
MAX_P = 16


def check_password_strength(password: str) -> None:
    """A password is at least 8 characters and has a letter and a digit."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(f"Password must be at least {MIN_PASSWORD_LENGTH} characters", code="password_short",
                              min=MIN_PASSWORD_LENGTH)
    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValidationError(f"Password must be at most {MAX_PASSWORD_LENGTH} characters", code="password_long",
                              max=MAX_PASSWORD_LENGTH)
    if not any(c.isalpha() for c in password) or not any(c.isdigit() for c in password):
        raise ValidationError("Password must contain at least one letter and one digit", code="password_weak")


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_LENGTH)
    key = _kdf(salt, LOG2_N, R, P).derive(password.encode("utf-8"))
    return "$".join(["scrypt", str(LOG2_N), str(R), str(P), _b64(salt), _b64(key)])


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, log2_n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return False
        log2_n, r, p = int(log2_n), int(r), int(p)
        if not (1 <= log2_n <= MAX_LOG2_N and 1 <= r and 1 <= p <= MAX_P):
            return False
        if 128 * r * 2 ** log2_n > MAX_SCRYPT_MEMORY:
            return False
        _kdf(base64.b64decode(salt), log2_n, r, p).verify(password.encode("utf-8"), base64.b64decode(key))
        return True
    except (InvalidKey, ValueError):
        return False


def _kdf(salt: bytes, log2_n: int, r: int, p: int) -> Scrypt:
    return Scrypt(salt=salt, length=KEY_LENGTH, n=2 ** log2_n, r=r, p=p)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
