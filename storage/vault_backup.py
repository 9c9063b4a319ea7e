"""The footage vault's side of backups: its objects and key files listed and copied, each one checked.

An object is copied in one pass, hashed as it is read, and kept only if the hash is what its name
promises: a plain object's SHA-256 is its name; an encrypted one's ciphertext hash is the one its key
file holds (the vault stays locked: nothing is decrypted). The source is only ever read. An object
whose key was shredded (a destroyed recording whose file a crash left behind) is not copied: nobody
can read it, and the verification removes it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from inspector_app.domain.vault import is_sha256_hex
from inspector_app.errors import VaultError
from inspector_app.services.backup_manifest import copy_hashed
from storage.encrypted_object import is_encrypted
from storage.vault import IDENTITY_FILE
from storage.vault_key_files import SUFFIX, key_path, read_key_file

logger = logging.getLogger(__name__)

OBJECTS = "objects"


class VaultArchive:
    """Implements the `VaultArchive` port of `inspector_app/services/backup.py` over the vault's folder."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def files(self) -> list[tuple[str, int]]:
        """(path under the vault folder, size) of every object and key file, objects before their keys."""
        found = []
        objects = self.root / OBJECTS
        for path in sorted(objects.glob("*/*/*")) if objects.is_dir() else ():
            name = path.name.removesuffix(SUFFIX)
            if not path.is_file() or not is_sha256_hex(name) or path.parent.parent.name != name[:2] \
                    or path.parent.name != name[2:4]:
                continue  # a key file's .tmp left by a crash, or anything else that is not the vault's
            found.append((path.relative_to(self.root).as_posix(), path.stat().st_size))
        found.sort(key=lambda item: (item[0].removesuffix(SUFFIX), item[0].endswith(SUFFIX)))
        marker = self.root / IDENTITY_FILE
        if marker.is_file():  # the unit's vault id: the restored vault is the unit's too
            found.append((IDENTITY_FILE, marker.stat().st_size))
        return found

    def copy(self, name: str, target: Path, cancel=None, on_bytes=None) -> tuple[str, int] | None:
        """Copy the vault file `name` to `target`, checked; (SHA-256, size), or None for a shredded object."""
        source = self.root / name
        if name == IDENTITY_FILE:
            return copy_hashed(source, target, cancel, on_bytes)
        if name.endswith(SUFFIX):
            read_key_file(source)  # a damaged key file is refused before it is copied
            return copy_hashed(source, target, cancel, on_bytes)
        with open(source, "rb") as stream:
            encrypted = is_encrypted(stream.read(16))
        expected = source.name
        if encrypted:
            key = read_key_file(key_path(source))
            if key is None:
                logger.warning("vault object %s is shredded (destroyed): not copied", source.name)
                return None
            expected = key.cipher_sha256
        sha, size = copy_hashed(source, target, cancel, on_bytes)
        if sha != expected:
            raise VaultError(f"The vault object {name} is damaged: its {'ciphertext ' if encrypted else ''}SHA-256 is "
                             f"{sha}, not {expected}; run `inspector-app verify` (no backup was made)",
                             code="backup_object_damaged", path=name)
        return sha, size
