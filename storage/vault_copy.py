"""The footage vault's copy loop: one pass over the source that hashes and writes each chunk, overlapped.

Three stages run at once on a few page-aligned buffers (`BUFFERS` of `CHUNK_SIZE` bytes):

    reader thread  --to_hash-->  hasher thread  --to_write-->  caller's thread (writes)  --free--> reader

The reader fills a whole buffer with `readinto` (no extra copy), the hasher feeds it to `hashlib.sha256`
(which releases the GIL on large buffers), and the caller's thread writes it to the temporary file,
reports progress and checks for cancellation. So the slowest of reading, hashing and writing sets the
pace instead of their sum. On Linux the temporary file may be opened with `O_DIRECT`: the disk then
takes the bytes straight from our buffers, with no copy into the page cache and no burst of dirty
pages for the final `fsync` to flush; every chunk but the last is a whole, aligned chunk, and the last
one is written after switching `O_DIRECT` off.

Storing encrypted adds a fourth stage between the hasher and the writes, in a thread of its own:

    hasher  --to_encrypt-->  encrypter thread  --to_write-->  caller's thread (writes)

which seals each plaintext buffer chunk by chunk straight into page-aligned output buffers (AES-GCM's
`encrypt_into`: no copy of the plaintext), hashes the ciphertext, and hands back the plaintext buffer. Done
in the writing thread instead, the encryption and the ciphertext's hash (about 6 ms per 4 MiB here) ran
between the O_DIRECT writes, which block, and left the disk idle that long: an encrypted put went at half
the speed of a durable `cp`. The ciphertext's hash is a second SHA-256 pass over every byte; with SHA-256
at about 1.2 GB/s on one thread here and 1.25-1.4 GB/s on both cores at once, the two passes bound an
encrypted put near 600 MB/s, about what the disk takes durably. See `bench/ingest_copy.py`.
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


class _Piece:
    """What the caller's thread writes: `length` bytes of `buffer`, standing for `plain` bytes of the source;
    the buffer then goes back to `home`, and `plain < chunk_size` marks the last piece."""

    __slots__ = ("buffer", "length", "plain", "home")

    def __init__(self, buffer, length: int, plain: int, home: queue.Queue) -> None:
        self.buffer, self.length, self.plain, self.home = buffer, length, plain, home


class _Encrypter:
    """The encryption stage (`storage/encrypted_object.py`): seals each plaintext buffer straight into a
    page-aligned output buffer, hashes the ciphertext, and hands the writer whole multiples of the block
    size (the few bytes over are carried to the next buffer), so `O_DIRECT` still applies; the last piece
    holds the tail. Its own thread, so that encrypting and hashing the ciphertext overlap the writes."""

    def __init__(self, encryptor, chunk_size: int) -> None:
        self.encryptor = encryptor
        self.digest = hashlib.sha256()
        room = DIRECT_ALIGN + len(encryptor.header()) + encryptor.max_output(chunk_size)
        self.buffer_size = -(-room // mmap.PAGESIZE) * mmap.PAGESIZE
        self.free: queue.Queue = queue.Queue()
        self.buffers = [mmap.mmap(-1, self.buffer_size) for _ in range(max(2, BUFFERS))]
        for buffer in self.buffers:
            self.free.put(buffer)

    def run(self, to_encrypt: queue.Queue, to_write: queue.Queue, free_plain: queue.Queue, chunk_size: int,
            stop: threading.Event) -> None:
        try:
            out = self.free.get()
            header = self.encryptor.header()
            out[:len(header)] = header
            self.digest.update(header)
            filled = len(header)
            while True:
                item = to_encrypt.get()
                if item is None or stop.is_set():
                    return
                if isinstance(item, _Failure):
                    to_write.put(item)
                    return
                plain, n = item
                last = n < chunk_size
                with memoryview(out) as view, memoryview(plain) as source, source[:n] as data:
                    sealed = self.encryptor.feed_into(data, view[filled:])
                    if last:
                        sealed += self.encryptor.finish_into(view[filled + sealed:])
                    self.digest.update(view[filled:filled + sealed])
                filled += sealed
                free_plain.put(plain)
                if last:
                    to_write.put(_Piece(out, filled, n, self.free))
                    return
                whole = filled - filled % DIRECT_ALIGN
                following = self.free.get()
                if following is None or stop.is_set():
                    return
                following[:filled - whole] = out[whole:filled]
                to_write.put(_Piece(out, whole, n, self.free))
                out, filled = following, filled - whole
        except BaseException as error:  # noqa: BLE001 - carried to the caller's thread
            to_write.put(_Failure(error))

    def close(self) -> None:
        for buffer in self.buffers:
            try:
                buffer.close()
            except BufferError:  # still viewed from the traceback of a failed write: freed with its last view
                pass


def copy_and_hash(source, fd: int, *, direct: bool = False, chunk_size: int = CHUNK_SIZE,
                  cancel: Callable[[], bool] | None = None,
                  progress: Callable[[int], None] | None = None, encryptor=None) -> tuple[str, int]:
    """Copy `source` (a readable binary stream, read from its current position) to `fd` in one pass.

    Returns the SHA-256 (64 lowercase hex digits) and the number of bytes. `progress` gets the bytes
    written so far after each chunk, `cancel` is asked between chunks; both run in the caller's thread.
    With an `encryptor` (a `ChunkEncryptor`) the file gets the encrypted object instead of the bytes,
    and its ciphertext's SHA-256 is then `encryptor.cipher_sha256`; the hash returned is the plaintext's.
    The encryption is then a fourth stage, in a thread of its own, between the hasher and the writes.
    Raises `OperationCancelled`, `VaultError` (code `vault_source_read`) when the source cannot be read,
    or the `OSError` of a failed write. It neither flushes nor closes `fd`: the caller does.
    """
    if chunk_size <= 0 or chunk_size % DIRECT_ALIGN:
        raise ValueError(f"chunk_size must be a positive multiple of {DIRECT_ALIGN}")
    read_into = _reader_for(source)
    writer = _Writer(fd, direct)
    digest = hashlib.sha256()
    free: queue.Queue = queue.Queue()
    to_hash: queue.Queue = queue.Queue()
    to_write: queue.Queue = queue.Queue()
    encrypter = _Encrypter(encryptor, chunk_size) if encryptor is not None else None
    to_encrypt: queue.Queue = queue.Queue() if encrypter is not None else to_write
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
                    to_encrypt.put(item)
                    return
                buffer, n = item
                with memoryview(buffer) as whole, whole[:n] as view:
                    digest.update(view)
                to_encrypt.put(item if encrypter is not None else _Piece(buffer, n, n, free))
                if n < chunk_size:
                    return
        except BaseException as error:  # noqa: BLE001
            to_encrypt.put(_Failure(error))

    threads = [threading.Thread(target=read_stage, name="vault-reader", daemon=True),
               threading.Thread(target=hash_stage, name="vault-hasher", daemon=True)]
    if encrypter is not None:
        threads.append(threading.Thread(target=encrypter.run, name="vault-encrypter", daemon=True,
                                        args=(to_encrypt, to_write, free, chunk_size, stop)))
    reader, *workers = threads
    for thread in threads:
        thread.start()
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
            with memoryview(item.buffer) as whole, whole[:item.length] as view:
                writer.write(view)
            total += item.plain
            item.home.put(item.buffer)
            if progress is not None and item.plain:
                progress(total)
            if item.plain < chunk_size:
                break
    except BaseException:
        stop.set()
        free.put(None)  # wakes the reader if it waits for a buffer
        to_hash.put(None)  # the hasher if it waits for a chunk
        if encrypter is not None:
            to_encrypt.put(None)  # and the encrypter, whichever it waits for
            encrypter.free.put(None)
        for worker in workers:
            worker.join()
        reader.join(READER_JOIN_SECONDS)
        if reader.is_alive():
            logger.warning("a read of the source is still stuck after %.0f s; left behind", READER_JOIN_SECONDS)
        if encrypter is not None:
            encrypter.close()
        raise
    for thread in threads:
        thread.join()
    if encrypter is not None:
        encryptor.cipher_sha256 = encrypter.digest.hexdigest()
        encrypter.close()
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
