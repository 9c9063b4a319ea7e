"""The copy loop's encryption stage (`storage/vault_copy.py`): the object it writes decrypts to the source at
every boundary of the copy's buffers, the encryption's chunks and the disk's blocks, with and without
O_DIRECT; the hashes it returns; progress; and a cancelled or failed copy leaves no stage thread behind."""

from __future__ import annotations

import hashlib
import io
import os
import threading

import pytest

from inspector_app.errors import OperationCancelled, VaultError
from storage import vault_copy
from storage.encrypted_object import CHUNK, ChunkEncryptor, DecryptingReader, encrypted_size
from storage.vault_copy import DIRECT_ALIGN, O_DIRECT, copy_and_hash

KEY = os.urandom(32)
SIZES = [0, 1, DIRECT_ALIGN - 1, DIRECT_ALIGN, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 5, 1_000_003]
CHUNK_SIZES = [DIRECT_ALIGN, CHUNK, 3 * CHUNK + DIRECT_ALIGN, 1 << 20]


def _copy(tmp_path, data: bytes, chunk_size: int, direct: bool, **kwargs):
    path = tmp_path / f"object-{chunk_size}-{len(data)}-{direct}-{os.urandom(4).hex()}"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | (O_DIRECT if direct else 0)
    fd = os.open(path, flags, 0o600)
    encryptor = ChunkEncryptor(KEY)
    try:
        digest, size = copy_and_hash(io.BytesIO(data), fd, direct=direct, chunk_size=chunk_size,
                                     encryptor=encryptor, **kwargs)
    finally:
        os.close(fd)
    return path, digest, size, encryptor


def _stage_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("vault-") and t.is_alive()]


@pytest.mark.parametrize("direct", [False, True] if O_DIRECT else [False])
@pytest.mark.parametrize("chunk_size", CHUNK_SIZES)
def test_the_encrypted_copy_decrypts_to_the_source_at_every_boundary(tmp_path, chunk_size, direct):
    for size in SIZES + [chunk_size - 1, chunk_size, chunk_size + 1, 5 * chunk_size]:
        data = os.urandom(size)
        path, digest, copied, encryptor = _copy(tmp_path, data, chunk_size, direct)
        blob = path.read_bytes()
        assert copied == size and digest == hashlib.sha256(data).hexdigest()
        assert len(blob) == encrypted_size(size)
        assert encryptor.cipher_sha256 == hashlib.sha256(blob).hexdigest()
        assert DecryptingReader(io.BytesIO(blob), KEY).read() == data, (chunk_size, size, direct)
    assert _stage_threads() == []


def test_progress_counts_the_sources_bytes(tmp_path):
    data = os.urandom(5 * CHUNK + 17)
    seen: list[int] = []
    _copy(tmp_path, data, CHUNK, False, progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == len(data)


def test_a_cancelled_or_failed_encrypted_copy_leaves_no_stage_running(tmp_path, monkeypatch):
    data = os.urandom(40 * DIRECT_ALIGN)
    asked = iter(range(100))
    with pytest.raises(OperationCancelled):
        _copy(tmp_path, data, DIRECT_ALIGN, False, cancel=lambda: next(asked) >= 3)
    assert _stage_threads() == []

    def broken(self, *args):
        raise RuntimeError("the cipher broke")

    monkeypatch.setattr(ChunkEncryptor, "feed_into", broken)
    with pytest.raises(RuntimeError, match="the cipher broke"):
        _copy(tmp_path, data, DIRECT_ALIGN, False)
    assert _stage_threads() == []


def test_a_source_that_fails_mid_copy_is_a_source_read_error(tmp_path):
    class Dying(io.RawIOBase):
        def __init__(self) -> None:
            self.left = 3 * CHUNK

        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:
            if self.left <= 0:
                raise OSError(5, "Input/output error")
            n = min(len(buffer), self.left)
            buffer[:n] = bytes(n)
            self.left -= n
            return n

    fd = os.open(tmp_path / "object", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with pytest.raises(VaultError) as caught:
            copy_and_hash(Dying(), fd, chunk_size=CHUNK, encryptor=ChunkEncryptor(KEY))
    finally:
        os.close(fd)
    assert caught.value.code == "vault_source_read" and _stage_threads() == []


def test_output_buffers_have_room_for_a_whole_buffer_and_the_carry():
    encrypter = vault_copy._Encrypter(ChunkEncryptor(KEY), 4 << 20)
    try:
        assert encrypter.buffer_size % DIRECT_ALIGN == 0
        assert encrypter.buffer_size >= DIRECT_ALIGN + 4096 + ChunkEncryptor.max_output(4 << 20)
    finally:
        encrypter.close()
