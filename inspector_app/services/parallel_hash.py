"""Re-hashing stored files on all cores: SHA-256 in threads (hashlib and file reads release the GIL).

Files are spread over the workers largest first, so one big file does not leave the others idle at
the end. Progress is the bytes hashed so far over all files; cancelling stops at the next chunk.
"""

from __future__ import annotations

import hashlib
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Callable

from inspector_app.errors import AppError

CHUNK = 4 * 1024 * 1024


@dataclass(frozen=True)
class HashJob:
    recording_id: int
    sha256: str          # where the vault keeps it (and what it should hash to)
    size: int


@dataclass(frozen=True)
class HashOutcome:
    sha256: str = ""
    bytes_read: int = 0
    error: str = ""
    expected: str = ""     # what it should hash to: the content's SHA-256, or the ciphertext's with the vault locked
    how: str = "plain"     # "plain" (the content, decrypted if need be) or "cipher" (the encrypted bytes)

    @property
    def matches(self) -> bool:
        return not self.error and self.sha256 == self.expected


class _Cancelled(Exception):
    pass


def hash_files(vault, jobs: list[HashJob], *, workers: int, cancel: Callable[[], bool] = lambda: False,
               progress: Callable[[int, int, str], None] | None = None) -> list[tuple[HashJob, HashOutcome]]:
    """(job, outcome) for each job, in the order given; a cancelled run returns what it finished."""
    total = sum(j.size for j in jobs)
    done = 0
    lock = threading.Lock()

    def advance(n: int, name: str) -> None:
        nonlocal done
        with lock:
            done += n
            current = done
        if progress:
            progress(current, total, name)

    def one(job: HashJob) -> HashOutcome:
        if cancel():
            raise _Cancelled
        try:
            stream, expected, how = vault.open_for_check(job.sha256)
        except AppError as error:
            return HashOutcome(error="the stored file is missing from the vault" if error.code == "vault_missing"
                               else str(error))
        digest = hashlib.sha256()
        read = 0
        buffer = bytearray(CHUNK)
        try:
            with stream, memoryview(buffer) as view:
                if hasattr(os, "posix_fadvise") and hasattr(stream, "fileno"):
                    try:
                        os.posix_fadvise(stream.fileno(), 0, 0, os.POSIX_FADV_SEQUENTIAL)
                    except (OSError, ValueError):
                        pass
                while n := stream.readinto(view):
                    digest.update(view[:n])
                    read += n
                    advance(n, job.sha256)
                    if cancel():
                        raise _Cancelled
        except OSError as error:
            return HashOutcome(bytes_read=read, error=f"the stored file cannot be read: {error.strerror or error}")
        except AppError as error:  # an encrypted chunk that does not authenticate
            return HashOutcome(bytes_read=read, error=f"the stored file was changed or damaged: {error}")
        return HashOutcome(digest.hexdigest(), read, expected=expected, how=how)

    order = sorted(range(len(jobs)), key=lambda i: -jobs[i].size)
    results: dict[int, HashOutcome] = {}
    with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="verify") as pool:
        futures = {i: pool.submit(one, jobs[i]) for i in order}
        for i in order:
            try:
                results[i] = futures[i].result()
            except _Cancelled:
                for f in futures.values():
                    f.cancel()
                break
    return [(jobs[i], results[i]) for i in range(len(jobs)) if i in results]
