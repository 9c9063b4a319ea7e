"""The key file beside each encrypted vault object: its file key wrapped to the vault key (п.6, п.13).

    objects/ab/cd/<sha256>        the encrypted object (storage/encrypted_object.py)
    objects/ab/cd/<sha256>.key    JSON: the wrapped file key, the ciphertext's SHA-256, the plaintext size

The key file is written (and synced) before the object is renamed into place, so an object never
exists without its key. It holds nothing secret in the clear: only the vault's private key unwraps the
file key. The ciphertext hash lets a check with the vault locked (the headless rolling check) find a
changed or damaged object without reading the footage. Shredding a recording overwrites and removes its
key file: the ciphertext left behind can no longer be decrypted by anyone, the vault key included.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path

from inspector_app.errors import VaultError
from inspector_app.vault_keys import WrappedKey

FORMAT = "inspector-app/vault-key/v1"
SUFFIX = ".key"
KEY_FILE_MODE = 0o444


@dataclass(frozen=True)
class KeyFile:
    wrapped: WrappedKey
    cipher_sha256: str
    size: int   # of the plaintext


def key_path(object_path: Path) -> Path:
    return object_path.with_name(object_path.name + SUFFIX)


def write_key_file(path: Path, key: KeyFile) -> None:
    data = json.dumps({"format": FORMAT, "ephemeral_public": base64.b64encode(key.wrapped.ephemeral_public).decode(),
                       "wrapped_key": base64.b64encode(key.wrapped.wrapped).decode(),
                       "cipher_sha256": key.cipher_sha256, "size": key.size}, sort_keys=True).encode()
    temp = path.with_name(path.name + ".tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(temp, KEY_FILE_MODE)
    os.replace(temp, path)


def read_key_file(path: Path) -> KeyFile | None:
    """The key file at `path`; None if there is none (a plain object, or a shredded one)."""
    try:
        raw = json.loads(path.read_bytes())
        return KeyFile(WrappedKey(base64.b64decode(raw["ephemeral_public"]), base64.b64decode(raw["wrapped_key"])),
                       str(raw["cipher_sha256"]), int(raw["size"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise VaultError(f"The key file {path.name} is damaged: {error}", code="vault_key_damaged") from error


def shred_key_file(path: Path) -> bool:
    """Overwrite the key file with zeros, sync, and remove it; False if there was none."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return False
    os.chmod(path, 0o600)
    with open(path, "r+b", buffering=0) as stream:
        stream.write(bytes(size))
        os.fsync(stream.fileno())
    path.unlink()
    return True
