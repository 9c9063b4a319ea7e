"""The footage vault on a local disk: content-addressed, write-once files named by their SHA-256.

Recorders' footage is evidence (order No. 444, п.13): nobody may change it once stored. Layout::

    root/objects/ab/cd/abcd...64 hex   one read-only (0o444) file per distinct content
    root/tmp/<random>.part             a copy in progress; never referenced by anything

`put` stores a file in this order, so that a crash at any point leaves either nothing or a whole,
correct object, never a half-written one under a real name:

1. copy in one pass into `tmp/<random>.part` (created with O_EXCL, locked while written): each chunk
   is read, hashed and written, the three overlapped (`storage/vault_copy.py`);
2. check the size against `expected_size` (a short source was cut or pulled out: error, file removed);
3. make the file read-only and `fsync` it;
4. if an object with that hash exists, drop the copy (`already_present=True`); else `os.replace` it
   to `objects/ab/cd/<sha256>` (its folders created and synced first) and `fsync` that folder.

Only after `put` returns does the caller record the blob in the database. A kill between the two
leaves an unreferenced object that the next `put` of the same bytes finds already present; a kill
during the copy leaves a `.part` that the next `FileVault(root)` removes. Paths are only ever derived
from a validated 64-hex SHA-256 string. Read-only mode keeps honest programs from changing an object;
`verify` re-reads and re-hashes to prove that nothing did.
"""

from __future__ import annotations

import errno
import logging
import os
import secrets
import threading
import time
from pathlib import Path
from typing import BinaryIO, Callable

from inspector_app import vault_keys
from inspector_app.domain.vault import StoredBlob, is_sha256_hex
from inspector_app.errors import ValidationError, VaultError
from inspector_app.vault_keys import VaultLocked
from storage.encrypted_object import ChunkEncryptor, DecryptingReader, is_encrypted
from storage.vault_copy import CHUNK_SIZE, O_DIRECT, copy_and_hash, vault_error
from storage.vault_key_files import KeyFile, key_path, read_key_file, shred_key_file, write_key_file

logger = logging.getLogger(__name__)

OBJECT_MODE = 0o444
PART_SUFFIX = ".part"


FRESH_KEYS = 64  # file keys of objects this process just stored, for the ingest to probe and verify them


class FileVault:
    """Implements `inspector_app.ports.FootageVault` over a folder; safe to share between threads.

    With a `keyring` whose vault key is set, every object is stored encrypted with a file key of its own
    (see `storage/encrypted_object.py` and `storage/vault_key_files.py`); reading one needs the vault's
    private key, unlocked in the keyring, except for the few objects this process has just stored.
    """

    def __init__(self, root: Path, *, direct_io: bool = True, chunk_size: int = CHUNK_SIZE, keyring=None) -> None:
        self.keyring = keyring
        self._fresh: dict[str, bytes] = {}
        self._spares: dict[str, tuple[Path, bytes]] = {}  # sha -> (our identical copy in tmp/, its file key)
        self._fresh_lock = threading.Lock()
        self.root = Path(root)
        self.objects_dir = self.root / "objects"
        self.tmp_dir = self.root / "tmp"
        self.direct_io = bool(direct_io and O_DIRECT)
        self.chunk_size = chunk_size
        try:
            self.objects_dir.mkdir(parents=True, exist_ok=True)
            self.tmp_dir.mkdir(exist_ok=True)
        except OSError as error:
            raise vault_error(error, f"creating {self.root}") from error
        self.remove_stale_parts()

    # storing
    def put(self, source: BinaryIO | Path, *, expected_size: int | None = None,
            cancel: Callable[[], bool] | None = None,
            progress: Callable[[int], None] | None = None) -> StoredBlob:
        """Store the bytes of `source` (a path, or a binary stream read from where it stands; not closed)."""
        if isinstance(source, (str, os.PathLike)):
            try:
                stream = open(source, "rb", buffering=0)
            except OSError as error:
                raise VaultError(f"Could not read the source {source}: {error.strerror or error}",
                                 code="vault_source_read", path=str(source)) from error
            with stream:
                if hasattr(os, "posix_fadvise"):
                    os.posix_fadvise(stream.fileno(), 0, 0, os.POSIX_FADV_SEQUENTIAL)
                return self._put(stream, expected_size, cancel, progress)
        return self._put(source, expected_size, cancel, progress)

    def _put(self, stream, expected_size, cancel, progress) -> StoredBlob:
        started = time.perf_counter()
        public = self.keyring.public_key() if self.keyring is not None else None
        file_key = vault_keys.new_file_key() if public else None
        encryptor = ChunkEncryptor(file_key) if file_key else None
        fd, part, direct = self._create_part()
        try:
            try:
                sha256, size = copy_and_hash(stream, fd, direct=direct, chunk_size=self.chunk_size,
                                             cancel=cancel, progress=progress, encryptor=encryptor)
                if expected_size is not None and size != expected_size:
                    how = "shrank or was disconnected" if size < expected_size else "grew while being copied"
                    raise VaultError(f"The source gave {size} bytes instead of {expected_size}: it {how}; "
                                     "nothing was stored", code="vault_size_mismatch", size=size,
                                     expected=expected_size)
                _make_read_only(fd, part)
                os.fsync(fd)
            finally:
                os.close(fd)
            key = KeyFile(vault_keys.wrap_file_key(file_key, public), encryptor.cipher_sha256, size) \
                if encryptor is not None else None
            spare = key is not None and self.exists(sha256) and not self._readable_now(sha256)
            blob = self._publish(part, sha256, size, key, keep_part=spare)
            if key is not None and not blob.already_present:
                self._remember(sha256, file_key)
            elif spare:  # an object left by a crash, unreadable while locked: our identical copy serves the probe
                with self._fresh_lock:
                    self._spares[sha256] = (part, file_key)
        except OSError as error:
            _discard(part)
            raise vault_error(error, "storing a copy") from error
        except BaseException:
            _discard(part)
            raise
        seconds = time.perf_counter() - started
        logger.info("vault %s %s (%d bytes, %.2f s, %.0f MB/s)", "had" if blob.already_present else "stored",
                    sha256, size, seconds, size / seconds / 1e6 if seconds else 0.0)
        return blob

    def _create_part(self) -> tuple[int, Path, bool]:
        """A new, empty, locked temporary file: (fd, path, opened with O_DIRECT)."""
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
        while True:
            part = self.tmp_dir / f"{secrets.token_hex(16)}{PART_SUFFIX}"
            direct = self.direct_io
            try:
                try:
                    fd = os.open(part, flags | (O_DIRECT if direct else 0), 0o600)
                except OSError as error:
                    if not direct or error.errno != errno.EINVAL:  # this file system has no O_DIRECT
                        raise
                    direct = False
                    fd = os.open(part, flags, 0o600)
            except FileExistsError:
                continue
            except OSError as error:
                raise vault_error(error, f"creating a file in {self.tmp_dir}") from error
            if _lock(fd) and _same_file(fd, part):
                return fd, part, direct
            os.close(fd)  # removed by a clean-up between our create and our lock: take another name

    def _publish(self, part: Path, sha256: str, size: int, key: KeyFile | None = None,
                 keep_part: bool = False) -> StoredBlob:
        target = self._object_path(sha256)
        if target.exists():
            if not keep_part:
                _discard(part)
            return StoredBlob(sha256, size, already_present=True)
        _ensure_dir(target.parent)
        if key is not None:  # the key first: an object is never in place without it
            write_key_file(key_path(target), key)
        os.replace(part, target)
        _fsync_dir(target.parent)
        return StoredBlob(sha256, size, already_present=False)

    def remove_stale_parts(self) -> int:
        """Remove `.part` files left by a killed process; a copy in progress (locked) is left alone."""
        removed = 0
        for part in self.tmp_dir.glob(f"*{PART_SUFFIX}"):
            try:
                if _remove_if_unlocked(part):
                    removed += 1
            except OSError as error:  # on Windows an open file cannot be removed: it is in use
                logger.debug("unfinished copy %s not removed: %s", part, error)
        if removed:
            logger.info("removed %d unfinished cop%s from %s", removed, "y" if removed == 1 else "ies", self.tmp_dir)
        return removed

    # reading
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
            _discard(spare[0])

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

    def path_hint(self, sha256: str) -> str:
        """Where the object lives, for log lines only: the content is reached through `open`."""
        return str(self._object_path(sha256))

    def _object_path(self, sha256: str) -> Path:
        if not is_sha256_hex(sha256):
            raise ValidationError("A vault object is named by 64 lowercase hexadecimal digits",
                                  code="vault_bad_name", value=str(sha256)[:80])
        return self.objects_dir / sha256[:2] / sha256[2:4] / sha256

    @staticmethod
    def _missing(sha256: str) -> VaultError:
        return VaultError(f"The footage vault has no object {sha256}", code="vault_missing", sha256=sha256)


def _lock(fd: int) -> bool:
    """Take an exclusive, non-blocking lock (released when the process dies); False if someone holds it."""
    try:
        import fcntl
    except ImportError:  # Windows: an open file cannot be deleted, which protects it as well
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _remove_if_unlocked(part: Path) -> bool:
    """Remove `part` unless a live process holds its lock (on POSIX; Windows refuses to remove an open file)."""
    if os.name != "posix":
        part.unlink()
        return True
    fd = os.open(part, os.O_RDONLY)
    try:
        if not _lock(fd):
            return False
        part.unlink()
        return True
    finally:
        os.close(fd)


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except FileNotFoundError:
        return False


def _make_read_only(fd: int, path: Path) -> None:
    if hasattr(os, "fchmod"):
        os.fchmod(fd, OBJECT_MODE)
    else:
        os.chmod(path, OBJECT_MODE)


def _discard(part: Path) -> None:
    try:
        part.unlink()
    except FileNotFoundError:
        pass
    except OSError as error:
        logger.warning("could not remove %s: %s", part, error)


def _ensure_dir(path: Path) -> None:
    """Create `path` and any missing parents, syncing each parent so the new folder survives a crash."""
    if path.is_dir():
        return
    _ensure_dir(path.parent)
    try:
        path.mkdir()
    except FileExistsError:
        return
    _fsync_dir(path.parent)


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return  # Windows has no directory handles to flush; NTFS journals the rename itself
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
