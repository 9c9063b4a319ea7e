"""Reading the footage vault: plain and encrypted objects, the file keys at hand, verification, shredding.

A mixin of `FileVault` (storage/vault.py), which owns the folder layout (`_object_path`), the keyring
and the file keys of objects this process just stored. An encrypted object is decrypted only with the
vault key unlocked in the keyring, or with the file key of an object stored here moments ago (for the
ingest's probe and its verify-before-clear); with the vault locked, `open_for_check` offers the
ciphertext and the hash its key file holds, so a rolling check still finds a changed file.
"""

from __future__ import annotations

import logging
import os
from typing import BinaryIO

from inspector_app import vault_keys
from inspector_app.errors import VaultError
from inspector_app.vault_keys import VaultLocked
from storage.encrypted_object import DecryptingReader, is_encrypted
from storage.vault_key_files import KeyFile, key_path, read_key_file, shred_key_file

logger = logging.getLogger(__name__)

FRESH_KEYS = 64  # file keys of objects this process just stored, for the ingest to probe and verify them


class VaultReading:
    def open(self, sha256: str) -> BinaryIO:
        """The object's bytes (decrypted) as a seekable, read-only binary stream; the caller closes it.
        VaultLocked for an encrypted object while the vault key is locked."""
        with self._fresh_lock:
            spare = self._spares.get(sha256)
        if spare is not None and not self._readable_now(sha256):
            return DecryptingReader(open(spare[0], "rb"), spare[1], name=sha256)
        stream, key = self._open_raw(sha256)
        if key is None:
            return stream
        try:
            return DecryptingReader(stream, self._file_key(sha256, key), name=sha256)
        except BaseException:
            stream.close()
            raise

    def open_for_check(self, sha256: str) -> tuple[BinaryIO, str, str]:
        """What re-hashing the object should be read from: (stream, expected SHA-256, "plain" or "cipher").
        Decrypted when the key is at hand; else the ciphertext, against the hash its key file holds."""
        stream, key = self._open_raw(sha256)
        if key is None:
            return stream, sha256, "plain"
        try:
            return DecryptingReader(stream, self._file_key(sha256, key), name=sha256), sha256, "plain"
        except VaultLocked:
            stream.seek(0)
            return stream, key.cipher_sha256, "cipher"
        except BaseException:
            stream.close()
            raise

    def is_encrypted(self, sha256: str) -> bool:
        return self._open_raw(sha256, probe_only=True)[1] is not None

    def _open_raw(self, sha256: str, probe_only: bool = False):
        """(the object's file, its key file or None for a plain object)."""
        path = self._object_path(sha256)
        try:
            stream = open(path, "rb")
        except FileNotFoundError:
            raise self._missing(sha256) from None
        except OSError as error:
            raise VaultError(f"Could not open {sha256} in the footage vault: {error.strerror or error}",
                             code="vault_io", sha256=sha256) from error
        try:
            encrypted = is_encrypted(stream.read(16))
            stream.seek(0)
            key = read_key_file(key_path(path)) if encrypted else None
            if encrypted and key is None:
                raise VaultError(f"The recording {sha256} was destroyed: its key is shredded and its "
                                 "ciphertext cannot be read by anyone", code="vault_shredded", sha256=sha256)
        except BaseException:
            stream.close()
            raise
        if probe_only:
            stream.close()
        return stream, key

    def _file_key(self, sha256: str, key: KeyFile) -> bytes:
        with self._fresh_lock:
            fresh = self._fresh.get(sha256)
        if fresh is not None:
            return fresh
        if self.keyring is None:
            raise VaultLocked("This vault has no keyring: encrypted footage cannot be read here")
        return vault_keys.unwrap_file_key(key.wrapped, self.keyring.private_key())

    def _remember(self, sha256: str, file_key: bytes) -> None:
        with self._fresh_lock:
            self._fresh[sha256] = file_key
            while len(self._fresh) > FRESH_KEYS:
                self._fresh.pop(next(iter(self._fresh)))

    def forget(self, sha256: str) -> None:
        """Drop the file key of an object this process stored: from now on it takes the vault key."""
        with self._fresh_lock:
            self._fresh.pop(sha256, None)
            spare = self._spares.pop(sha256, None)
        if spare is not None:
            try:
                spare[0].unlink()
            except FileNotFoundError:
                pass

    def _readable_now(self, sha256: str) -> bool:
        """Can this process read the object now: plain, just stored here, or the vault key unlocked."""
        with self._fresh_lock:
            if sha256 in self._fresh:
                return True
        if self.keyring is not None and self.keyring.unlocked:
            return True
        try:
            return not self.is_encrypted(sha256)
        except VaultError:
            return False

    def encrypt_in_place(self, sha256: str, cancel=None, progress=None) -> bool:
        """Encrypt a plain object to the vault key (`storage/vault_conversion.py`); False if it already was."""
        from storage.vault_conversion import encrypt_in_place

        return encrypt_in_place(self, sha256, cancel, progress)

    def shred(self, sha256: str) -> bool:
        """Crypto-shred an encrypted object: its key file is overwritten and removed, so nobody, the vault
        key's holders included, can decrypt the ciphertext that stays. False if it had no key file."""
        self.forget(sha256)
        return shred_key_file(key_path(self._object_path(sha256)))

    def destroy(self, sha256: str) -> bool:
        """Destroy an object for good (п.6): crypto-shred its key file if it has one, then delete the file
        itself, so neither the plaintext nor the ciphertext is left. False if there was nothing to destroy."""
        shredded = self.shred(sha256)
        path = self._object_path(sha256)
        try:
            with open(path, "r+b") as handle:  # a plain object: overwrite what is cheap to (its first MiB)
                size = min(path.stat().st_size, 1 << 20)
                if not shredded:
                    handle.write(b"\0" * size)
                    handle.flush()
                    os.fsync(handle.fileno())
            path.unlink()
        except FileNotFoundError:
            return shredded
        return True

    def exists(self, sha256: str) -> bool:
        return self._object_path(sha256).is_file()

    def size(self, sha256: str) -> int:
        """The size of the stored content (of the plaintext, for an encrypted object)."""
        path = self._object_path(sha256)
        key = read_key_file(key_path(path))
        if key is not None:
            return key.size
        try:
            return path.stat().st_size
        except FileNotFoundError:
            raise self._missing(sha256) from None

    def verify(self, sha256: str) -> bool:
        """Re-read the object from disk and re-hash it: True if its bytes still match its name (decrypted
        when the key is at hand; with the vault locked, the ciphertext against its key file's hash)."""
        import hashlib

        path = self._object_path(sha256)
        if hasattr(os, "posix_fadvise") and path.is_file():  # drop cached pages: read what is on the disk
            with open(path, "rb", buffering=0) as raw:
                os.posix_fadvise(raw.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        digest = hashlib.sha256()
        try:
            stream, expected, _how = self.open_for_check(sha256)
            with stream:
                while data := stream.read(self.chunk_size):
                    digest.update(data)
        except VaultError as error:
            if error.code == "vault_io":
                raise
            logger.warning("vault object %s cannot be verified: %s", sha256, error)
            return False
        except OSError as error:
            raise VaultError(f"Could not read {sha256} in the footage vault: {error.strerror or error}",
                             code="vault_io", sha256=sha256) from error
        if digest.hexdigest() != expected:
            logger.warning("vault object %s does not match its hash", sha256)
            return False
        return True
