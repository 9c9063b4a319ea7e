"""The format of an encrypted vault object: AES-256-GCM in fixed-size chunks, each authenticated, so any
position of a recording can be read without decrypting from the start.

    header   4096 bytes: MAGIC (8) | version (2) | plaintext chunk size (4) | nonce prefix (4) | zeros
    chunk i  AES-256-GCM of plaintext bytes [i*C, (i+1)*C) with the file key; 16-byte tag after each

A chunk's nonce is the prefix and its index, and its associated data the header's first 18 bytes and
whether it is the last chunk: a chunk moved, dropped from the end, or taken from another file fails its
tag. The file key is the object's own (see `inspector_app/vault_keys.py`); it is never in the object.

`ChunkEncryptor` turns a stream of plaintext buffers into the object's bytes (`feed_into`/`finish_into`
seal straight into the caller's buffer, with no copy of the plaintext); `DecryptingReader` is a
seekable read-only binary stream over an object (OpenCV and the player read from it), raising
`VaultError` (code `vault_tampered`) for a chunk that does not authenticate.
"""

from __future__ import annotations

import io
import os
import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from inspector_app.errors import VaultError

MAGIC = b"IAVAULT\x01"
VERSION = 1
HEADER_SIZE = 4096
CHUNK = 64 * 1024
TAG = 16
CIPHER_CHUNK = CHUNK + TAG
_HEADER_FIELDS = struct.Struct(">8sHI4s")  # 18 bytes, all authenticated


def is_encrypted(first_bytes: bytes) -> bool:
    return first_bytes[:len(MAGIC)] == MAGIC


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + index.to_bytes(8, "big")


def _aad(header_fields: bytes, last: bool) -> bytes:
    return header_fields + (b"\x01" if last else b"\x00")


def encrypted_size(plain_size: int) -> int:
    chunks = max(1, -(-plain_size // CHUNK))
    return HEADER_SIZE + plain_size + chunks * TAG


_HAS_INTO = hasattr(AESGCM, "encrypt_into")  # cryptography 45 and later
_HAS_DECRYPT_INTO = hasattr(AESGCM, "decrypt_into")
BATCH_CHUNKS = 64  # whole chunks read and decrypted at once by readinto (4 MiB)


class ChunkEncryptor:
    """Feed plaintext in buffers of any size; `header()` first, then each `feed()`, then `finish()` once
    (or `feed_into()` and `finish_into()`, which write the same bytes into a buffer of the caller's)."""

    def __init__(self, file_key: bytes) -> None:
        self._aead = AESGCM(file_key)
        self._fields = _HEADER_FIELDS.pack(MAGIC, VERSION, CHUNK, os.urandom(4))
        self._prefix = self._fields[-4:]
        self._pending = bytearray()
        self._index = 0

    def header(self) -> bytes:
        return self._fields + bytes(HEADER_SIZE - len(self._fields))

    def _seal(self, data, last: bool) -> bytes:
        sealed = self._aead.encrypt(_nonce(self._prefix, self._index), bytes(data), _aad(self._fields, last))
        self._index += 1
        return sealed

    def feed(self, data) -> bytes:
        """The ciphertext of every whole chunk that is surely not the last one."""
        self._pending += data
        out = []
        whole = (len(self._pending) - 1) // CHUNK  # keep at least one byte back: the last chunk is marked
        if whole > 0:
            with memoryview(self._pending) as view:
                for i in range(whole):
                    out.append(self._seal(view[i * CHUNK:(i + 1) * CHUNK], last=False))
            del self._pending[:whole * CHUNK]
        return b"".join(out)

    def finish(self) -> bytes:
        """The last chunk (empty for an empty file, marked last either way)."""
        last = self._seal(self._pending, last=True)
        self._pending = bytearray()
        return last

    @staticmethod
    def max_output(size: int) -> int:
        """At most how many bytes `feed_into` of `size` bytes and then `finish_into` write."""
        return (size // CHUNK + 2) * CIPHER_CHUNK

    def _seal_into(self, data, last: bool, out: memoryview) -> int:
        n = len(data) + TAG
        nonce, aad = _nonce(self._prefix, self._index), _aad(self._fields, last)
        if _HAS_INTO:
            self._aead.encrypt_into(nonce, data, aad, out[:n])
        else:
            out[:n] = self._aead.encrypt(nonce, bytes(data), aad)
        self._index += 1
        return n

    def feed_into(self, data, out: memoryview) -> int:
        """As `feed`, written into `out` (room for `max_output(len(data))` bytes); returns the bytes written.
        Whole chunks are sealed straight from `data`; only a partial chunk is kept back (copied)."""
        with memoryview(data) as whole_view, whole_view.cast("B") as view:
            written = start = 0
            if self._pending:
                need = CHUNK - len(self._pending)
                if len(view) <= need:  # this chunk may still be the last one
                    self._pending += view
                    return 0
                self._pending += view[:need]
                written += self._seal_into(self._pending, False, out[written:])
                self._pending = bytearray()
                start = need
            whole = (len(view) - start - 1) // CHUNK if len(view) > start else 0  # keep a byte back, as `feed`
            for i in range(whole):
                written += self._seal_into(view[start + i * CHUNK:start + (i + 1) * CHUNK], False, out[written:])
            self._pending += view[start + whole * CHUNK:]
            return written

    def finish_into(self, out: memoryview) -> int:
        """As `finish`, written into `out`; returns the bytes written."""
        written = self._seal_into(self._pending, True, out)
        self._pending = bytearray()
        return written


class DecryptingReader(io.BufferedIOBase):
    """A seekable stream of the plaintext of the encrypted object open in `raw` (closed with it)."""

    def __init__(self, raw, file_key: bytes, name: str = "") -> None:
        super().__init__()
        self._raw = raw
        self._aead = AESGCM(file_key)
        self.name = name
        header = raw.read(HEADER_SIZE)
        if len(header) < HEADER_SIZE or not is_encrypted(header):
            raise VaultError(f"{name or 'The object'} is not an encrypted vault object", code="vault_tampered")
        self._fields = header[:_HEADER_FIELDS.size]
        _magic, version, chunk, prefix = _HEADER_FIELDS.unpack(self._fields)
        if version != VERSION or chunk != CHUNK:
            raise VaultError(f"{name or 'The object'} has an unknown format", code="vault_tampered")
        self._prefix = prefix
        cipher_length = raw.seek(0, io.SEEK_END) - HEADER_SIZE
        self._chunks = max(1, -(-cipher_length // CIPHER_CHUNK))
        last_length = cipher_length - (self._chunks - 1) * CIPHER_CHUNK
        if last_length < TAG:
            raise VaultError(f"{name or 'The object'} is cut short", code="vault_tampered")
        self._size = (self._chunks - 1) * CHUNK + last_length - TAG
        self._pos = 0
        self._cached: tuple[int, bytes] | None = None
        self._batch: bytearray | None = None

    @property
    def size(self) -> int:
        return self._size

    def _chunk(self, index: int) -> bytes:
        if self._cached is not None and self._cached[0] == index:
            return self._cached[1]
        self._raw.seek(HEADER_SIZE + index * CIPHER_CHUNK)
        sealed = self._raw.read(CIPHER_CHUNK)
        last = index == self._chunks - 1
        try:
            plain = self._aead.decrypt(_nonce(self._prefix, index), sealed, _aad(self._fields, last))
        except InvalidTag:
            raise VaultError(f"Chunk {index} of {self.name or 'the object'} does not authenticate: the stored "
                             "file was changed or damaged", code="vault_tampered", chunk=index) from None
        self._cached = (index, plain)
        return plain

    def read(self, size: int | None = -1) -> bytes:
        if self.closed:
            raise ValueError("read of a closed stream")
        end = self._size if size is None or size < 0 else min(self._size, self._pos + size)
        parts = []
        while self._pos < end:
            index, offset = divmod(self._pos, CHUNK)
            piece = self._chunk(index)[offset:offset + end - self._pos]
            parts.append(piece)
            self._pos += len(piece)
        return b"".join(parts)

    read1 = read

    def readinto(self, buffer) -> int:
        """Whole chunks are read in one go and decrypted straight into `buffer` (the verification's and the
        player's path); a partial chunk at either end goes through the one-chunk cache."""
        if self.closed:
            raise ValueError("read of a closed stream")
        with memoryview(buffer) as whole_view, whole_view.cast("B") as out:
            end = min(self._size, self._pos + len(out))
            done = 0
            while self._pos < end:
                index, offset = divmod(self._pos, CHUNK)
                whole = min((end - self._pos) // CHUNK, self._chunks - 1 - index, BATCH_CHUNKS) \
                    if offset == 0 and _HAS_DECRYPT_INTO else 0
                if whole > 0 and self._decrypt_run(index, whole, out[done:done + whole * CHUNK]):
                    step = whole * CHUNK
                else:
                    piece = self._chunk(index)[offset:offset + end - self._pos]
                    step = len(piece)
                    out[done:done + step] = piece
                done += step
                self._pos += step
            return done

    def _decrypt_run(self, index: int, count: int, out: memoryview) -> bool:
        """Decrypt `count` whole chunks (none of them the last) from `index` into `out`; False if the file
        gave fewer bytes than that (the one-chunk path then says what is wrong)."""
        if self._batch is None:
            self._batch = bytearray(BATCH_CHUNKS * CIPHER_CHUNK)
        length = count * CIPHER_CHUNK
        self._raw.seek(HEADER_SIZE + index * CIPHER_CHUNK)
        with memoryview(self._batch) as batch:
            got = 0
            while got < length:
                n = self._raw.readinto(batch[got:length])
                if not n:
                    return False
                got += n
            aad = _aad(self._fields, False)
            for i in range(count):
                try:
                    sealed = batch[i * CIPHER_CHUNK:(i + 1) * CIPHER_CHUNK]
                    self._aead.decrypt_into(_nonce(self._prefix, index + i), sealed, aad, out[i * CHUNK:(i + 1) * CHUNK])
                except InvalidTag:
                    raise VaultError(f"Chunk {index + i} of {self.name or 'the object'} does not authenticate: the "
                                     "stored file was changed or damaged", code="vault_tampered",
                                     chunk=index + i) from None
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        if base + offset < 0:
            raise ValueError("negative seek position")
        self._pos = base + offset
        return self._pos

    def tell(self) -> int:
        return self._pos

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def close(self) -> None:
        if not self.closed:
            self._raw.close()
            self._cached = self._batch = None
        super().close()
