"""The footage vault's copy loop: one pass over the source that hashes and writes each chunk, overlapped.

Three stages run at once on a few page-aligned buffers (`BUFFERS` of `CHUNK_SIZE` bytes):

    reader thread  --to_hash-->  hasher thread  --to_write-->  caller's thread (writes)  --free--> reader

The reader fills a whole buffer with `readinto` (no extra copy), the hasher feeds it to `hashlib.sha256`
(which releases the GIL on large buffers), and the caller's thread writes it to the temporary file,
reports progress and checks for cancellation. So the slowest of reading, hashing and writing sets the
pace instead of their sum. On Linux the temporary file may be opened with `O_DIRECT`: the disk then
takes the bytes straight from our buffers, with no copy into the page cache and no burst of dirty
pages for the final `fsync` to flush; every chunk but the last is a whole, aligned chunk, and the last
one is written after switching `O_DIRECT` off. See `bench/ingest_copy.py` for the measurements.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import mmap
import os
import queue
import threading
from typing import Callable

from inspector_app.errors import OperationCancelled, VaultError

logger = logging.getLogger(__name__)

CHUNK_SIZE = 4 << 20  # 1, 2, 4, 8 and 16 MiB measured: 2-4 MiB is best with O_DIRECT here, 4 MiB without
BUFFERS = 4
WRITEBACK_KICK = 32 << 20  # without O_DIRECT: start write-back every 32 MiB (16 and 64 measured no better)
DIRECT_ALIGN = 4096  # O_DIRECT wants buffer, offset and length aligned to the logical block size
CANCEL_POLL_SECONDS = 0.2  # how often cancel() is asked while waiting for a slow source
READER_JOIN_SECONDS = 10.0  # after a failure, how long to wait for a read stuck on a dead device

O_DIRECT = getattr(os, "O_DIRECT", 0)


class _Failure:
    """An exception raised in a stage thread, carried down the pipeline to the caller's thread."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


def vault_error(error: OSError, action: str) -> VaultError:
    """A `VaultError` with a clear message and code for an OSError met while writing the vault."""
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return VaultError(f"The footage vault's disk is full ({action}): free some space and try again",
                          code="vault_disk_full", action=action)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return VaultError(f"No permission to write the footage vault ({action}): {error.strerror}",
                          code="vault_permission", action=action)
    return VaultError(f"The footage vault could not be written ({action}): {error.strerror or error}",
                      code="vault_io", action=action)


def _fill(read_into: Callable, view: memoryview) -> int:
    """Fill `view` from the source; fewer bytes only at the end of the source."""
    got = 0
    while got < len(view):
        n = read_into(view[got:])
        if n is None:  # a non-blocking stream with nothing ready: not a file we can copy
            raise OSError(errno.EAGAIN, "the source is not a blocking stream")
        if n == 0:
            break
        got += n
    return got


def _reader_for(source) -> Callable[[memoryview], int | None]:
    read_into = getattr(source, "readinto", None)
    if read_into is not None:
        return read_into

    def read_into_via_read(view: memoryview) -> int:
        data = source.read(len(view))
        view[:len(data)] = data
        return len(data)

    return read_into_via_read


def _drop_direct(fd: int) -> None:
    import fcntl

    fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~O_DIRECT)


class _Writer:
    """Writes whole views to the temporary file; leaves `O_DIRECT` for a tail or if the file system refuses it.

    Through the page cache it asks the kernel every `WRITEBACK_KICK` bytes to start writing the range out
    (`POSIX_FADV_DONTNEED` does that on Linux), so the final `fsync` does not find it all still dirty.
    """

    def __init__(self, fd: int, direct: bool) -> None:
        self.fd = fd
        self.direct = direct
        self.written = 0
        self.kicked = 0

    def write(self, view: memoryview) -> None:
        if self.direct and len(view) % DIRECT_ALIGN:
            self._leave_direct()
        while view:
            try:
                written = os.write(self.fd, view)
            except OSError as error:
                if self.direct and error.errno == errno.EINVAL:  # nothing written; retry through the page cache
                    self._leave_direct()
                    continue
                raise
            view = view[written:]
            self.written += written
        if not self.direct and self.written - self.kicked >= WRITEBACK_KICK and hasattr(os, "posix_fadvise"):
            os.posix_fadvise(self.fd, self.kicked, self.written - self.kicked, os.POSIX_FADV_DONTNEED)
            self.kicked = self.written

    def _leave_direct(self) -> None:
        _drop_direct(self.fd)
        self.direct = False


class _EncryptedOut:
    """Encrypts what the copy writes (`storage/encrypted_object.py`) and hashes the ciphertext; keeps the
    writes whole multiples of the block size in page-aligned memory, so `O_DIRECT` still applies."""

    def __init__(self, writer: _Writer, encryptor, chunk_size: int) -> None:
        self.writer = writer
        self.encryptor = encryptor
        self.digest = hashlib.sha256()
        self.staging = mmap.mmap(-1, 2 * chunk_size + (1 << 20))
        self.filled = 0
        self._put(encryptor.header())

    def _put(self, data: bytes) -> None:
        self.digest.update(data)
        with memoryview(self.staging) as view:
            view[self.filled:self.filled + len(data)] = data
            self.filled += len(data)
            whole = self.filled - self.filled % DIRECT_ALIGN
            if whole >= len(self.staging) // 2:
                self.writer.write(view[:whole])
                view[:self.filled - whole] = view[whole:self.filled]
                self.filled -= whole

    def write(self, view: memoryview) -> None:
        self._put(self.encryptor.feed(view))

    def finish(self) -> str:
        self._put(self.encryptor.finish())
        with memoryview(self.staging) as view:
            self.writer.write(view[:self.filled])
        self.filled = 0
        self.staging.close()
        return self.digest.hexdigest()


def copy_and_hash(source, fd: int, *, direct: bool = False, chunk_size: int = CHUNK_SIZE,
                  cancel: Callable[[], bool] | None = None,
                  progress: Callable[[int], None] | None = None, encryptor=None) -> tuple[str, int]:
    """Copy `source` (a readable binary stream, read from its current position) to `fd` in one pass.

    Returns the SHA-256 (64 lowercase hex digits) and the number of bytes. `progress` gets the bytes
    written so far after each chunk, `cancel` is asked between chunks; both run in the caller's thread.
    With an `encryptor` (a `ChunkEncryptor`) the file gets the encrypted object instead of the bytes,
    and its ciphertext's SHA-256 is then `encryptor.cipher_sha256`; the hash returned is the plaintext's.
    Raises `OperationCancelled`, `VaultError` (code `vault_source_read`) when the source cannot be read,
    or the `OSError` of a failed write. It neither flushes nor closes `fd`: the caller does.
    """
    if chunk_size <= 0 or chunk_size % DIRECT_ALIGN:
        raise ValueError(f"chunk_size must be a positive multiple of {DIRECT_ALIGN}")
    read_into = _reader_for(source)
    writer = _Writer(fd, direct)
    out = _EncryptedOut(writer, encryptor, chunk_size) if encryptor is not None else writer
    digest = hashlib.sha256()
    free: queue.Queue = queue.Queue()
    to_hash: queue.Queue = queue.Queue()
    to_write: queue.Queue = queue.Queue()
    for _ in range(BUFFERS):  # O_DIRECT needs page-aligned memory; through the page cache, plain memory was faster
        free.put(mmap.mmap(-1, chunk_size) if direct else bytearray(chunk_size))
    stop = threading.Event()

    def read_stage() -> None:
        try:
            while True:
                buffer = free.get()
                if buffer is None or stop.is_set():
                    return
                with memoryview(buffer) as view:
                    n = _fill(read_into, view)
                to_hash.put((buffer, n))
                if n < chunk_size:
                    return
        except BaseException as error:  # noqa: BLE001 - carried to the caller's thread
            to_hash.put(_Failure(error))

    def hash_stage() -> None:
        try:
            while True:
                item = to_hash.get()
                if item is None:
                    return
                if isinstance(item, _Failure):
                    to_write.put(item)
                    return
                buffer, n = item
                with memoryview(buffer) as whole, whole[:n] as view:
                    digest.update(view)
                to_write.put(item)
                if n < chunk_size:
                    return
        except BaseException as error:  # noqa: BLE001
            to_write.put(_Failure(error))

    reader = threading.Thread(target=read_stage, name="vault-reader", daemon=True)
    hasher = threading.Thread(target=hash_stage, name="vault-hasher", daemon=True)
    reader.start()
    hasher.start()
    total = 0
    try:
        while True:
            item = _next(to_write, cancel)
            if isinstance(item, _Failure):
                error = item.error
                if isinstance(error, OSError):
                    raise VaultError(f"Could not read the source: {error.strerror or error} (was the recorder "
                                     "disconnected?)", code="vault_source_read") from error
                raise error
            buffer, n = item
            with memoryview(buffer) as whole, whole[:n] as view:
                out.write(view)
            total += n
            free.put(buffer)
            if progress is not None and n:
                progress(total)
            if n < chunk_size:
                break
    except BaseException:
        stop.set()
        free.put(None)  # wakes the reader if it waits for a buffer
        to_hash.put(None)  # and the hasher if it waits for a chunk
        hasher.join()
        reader.join(READER_JOIN_SECONDS)
        if reader.is_alive():
            logger.warning("a read of the source is still stuck after %.0f s; left behind", READER_JOIN_SECONDS)
        raise
    hasher.join()
    reader.join()
    if encryptor is not None:
        encryptor.cipher_sha256 = out.finish()
    return digest.hexdigest(), total


def _next(to_write: queue.Queue, cancel: Callable[[], bool] | None):
    """The next chunk to write, asking `cancel` before it and while a slow source keeps us waiting."""
    while True:
        if cancel is not None and cancel():
            raise OperationCancelled("Copy into the footage vault cancelled")
        try:
            return to_write.get(timeout=CANCEL_POLL_SECONDS)
        except queue.Empty:
            continue
