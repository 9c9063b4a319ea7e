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

Step 4 runs under `publish_lock(sha256)`: on a vault shared by several PCs (an SMB or NFS share) two
stations may store the same bytes at once, and with encryption each would bring its own file key; the
lock (a database lock, storage/locks.py, wired by the bootstrap) lets one publish and the other find the
object present. Only after `put` returns does the caller record the blob in the database. A kill between
the two leaves an unreferenced object that the next `put` of the same bytes finds already present; a kill
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
from typing import BinaryIO, Callable, ContextManager

from inspector_app import vault_keys
from inspector_app.domain.vault import StoredBlob, is_sha256_hex
from inspector_app.errors import ValidationError, VaultError
from storage.encrypted_object import ChunkEncryptor
from storage.vault_copy import CHUNK_SIZE, O_DIRECT, copy_and_hash, vault_error
from storage.vault_key_files import KeyFile, key_path, write_key_file
from storage.vault_reading import VaultReading

logger = logging.getLogger(__name__)

OBJECT_MODE = 0o444
IDENTITY_FILE = "VAULT.ID"  # the unit's vault id (inspector_app/services/vault_identity.py)
PART_SUFFIX = ".part"


class FileVault(VaultReading):
    """Implements `inspector_app.ports.FootageVault` over a folder; safe to share between threads.

    With a `keyring` whose vault key is set, every object is stored encrypted with a file key of its own
    (see `storage/encrypted_object.py` and `storage/vault_key_files.py`); reading one needs the vault's
    private key, unlocked in the keyring, except for the few objects this process has just stored.
    """

    def __init__(self, root: Path, *, direct_io: bool = True, chunk_size: int = CHUNK_SIZE, keyring=None,
                 publish_lock: Callable[[str], ContextManager] | None = None) -> None:
        self.keyring = keyring
        self._local_publish = threading.Lock()
        self.publish_lock = publish_lock or (lambda _sha256: self._local_publish)
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
        with self.publish_lock(sha256):  # one PC at a time per object (see the module docstring)
            return self._publish_locked(part, sha256, size, key, keep_part)

    def _publish_locked(self, part: Path, sha256: str, size: int, key: KeyFile | None,
                        keep_part: bool) -> StoredBlob:
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

    # whose vault this is (inspector_app/services/vault_identity.py)
    def identity(self) -> str | None:
        try:
            return (self.root / IDENTITY_FILE).read_text("ascii").strip() or None
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as error:
            raise vault_error(error, f"reading {self.root / IDENTITY_FILE}") from error

    def mark(self, vault_id: str) -> str:
        """Write the vault's id into its folder (atomically; the file is never changed afterwards)."""
        path = self.root / IDENTITY_FILE
        part = self.tmp_dir / f"{secrets.token_hex(8)}.id"
        part.write_text(vault_id + "\n", "ascii")
        os.replace(part, path)
        _fsync_dir(self.root)
        return vault_id

    def holds_objects(self) -> bool:
        return any(self.objects_dir.glob("*/*/*"))

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
