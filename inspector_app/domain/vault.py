"""What the footage vault hands back: a stored blob named by its SHA-256, and the rule for such names.

Recorders' footage is evidence (order No. 444, п.13): once in the vault it is never changed, so it is
addressed by the SHA-256 of its bytes. These are plain values; the vault itself is a port
(`inspector_app.ports.FootageVault`) implemented in `storage/vault.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SHA256_HEX_LENGTH = 64
_SHA256_HEX = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class StoredBlob:
    """Bytes safely in the vault: durable on disk, read-only, named by `sha256` (64 lowercase hex digits).

    `already_present` is True when identical bytes were stored before, so nothing new was written.
    """

    sha256: str
    size: int
    already_present: bool


def is_sha256_hex(value: object) -> bool:
    """True for exactly 64 lowercase hexadecimal digits: the only names the vault accepts."""
    return isinstance(value, str) and _SHA256_HEX.fullmatch(value) is not None
