"""The encrypted object format: round trips at every boundary, random access, and tampering refused."""

from __future__ import annotations

import io
import os

import pytest

from inspector_app.errors import VaultError
from storage.encrypted_object import CHUNK, CIPHER_CHUNK, HEADER_SIZE, ChunkEncryptor, DecryptingReader, \
    encrypted_size

KEY = os.urandom(32)


def encrypt(data: bytes, feed_size: int = 4 << 20, key: bytes = KEY) -> bytes:
    enc = ChunkEncryptor(key)
    out = [enc.header()]
    for start in range(0, len(data), feed_size):
        out.append(enc.feed(data[start:start + feed_size]))
    out.append(enc.finish())
    return b"".join(out)


def reader(blob: bytes, key: bytes = KEY) -> DecryptingReader:
    return DecryptingReader(io.BytesIO(blob), key, "test object")


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 5, 1_000_003])
@pytest.mark.parametrize("feed_size", [1000, CHUNK, 4 << 20])
def test_round_trip_at_every_boundary(size, feed_size):
    data = os.urandom(size)
    blob = encrypt(data, feed_size)
    assert len(blob) == encrypted_size(size)
    assert size < 16 or data[:64] not in blob  # (a byte or two may turn up anywhere by chance)
    stream = reader(blob)
    assert stream.size == size and stream.read() == data


def test_any_range_reads_without_the_start():
    data = os.urandom(5 * CHUNK + 123)
    stream = reader(encrypt(data))
    for start, length in ((0, 10), (CHUNK - 3, 7), (2 * CHUNK + 17, CHUNK * 2), (len(data) - 5, 100)):
        stream.seek(start)
        assert stream.read(length) == data[start:start + length]
    stream.seek(-4, io.SEEK_END)
    assert stream.read() == data[-4:] and stream.read(10) == b""
    buffer = bytearray(50)
    stream.seek(CHUNK)
    assert stream.readinto(buffer) == 50 and bytes(buffer) == data[CHUNK:CHUNK + 50]


def test_a_changed_byte_a_cut_end_or_a_wrong_key_is_refused():
    data = os.urandom(3 * CHUNK)
    blob = bytearray(encrypt(data))
    blob[HEADER_SIZE + CIPHER_CHUNK + 100] ^= 1
    stream = reader(bytes(blob))
    assert stream.read(CHUNK) == data[:CHUNK]  # the chunks before still read
    with pytest.raises(VaultError, match="does not authenticate"):
        stream.read(10)
    whole = encrypt(data)
    with pytest.raises(VaultError):
        reader(whole[:-CIPHER_CHUNK]).read()  # the last chunk dropped: the new last is not marked last
    with pytest.raises(VaultError):
        reader(whole, key=os.urandom(32)).read(1)
    swapped = whole[:HEADER_SIZE] + whole[HEADER_SIZE + CIPHER_CHUNK:HEADER_SIZE + 2 * CIPHER_CHUNK] + \
        whole[HEADER_SIZE:HEADER_SIZE + CIPHER_CHUNK] + whole[HEADER_SIZE + 2 * CIPHER_CHUNK:]
    with pytest.raises(VaultError):
        reader(swapped).read(1)
    with pytest.raises(VaultError, match="not an encrypted"):
        reader(data)


@pytest.mark.parametrize("feeds", [[0], [1], [CHUNK], [CHUNK + 1], [1000, CHUNK - 1000, 1], [CHUNK - 1, 1, 1],
                                   [3 * CHUNK + 5, 7, CHUNK, 0, 2 * CHUNK], [4 << 20, 4 << 20, 12345]])
def test_sealing_into_a_buffer_writes_the_same_bytes_as_feed_and_finish(feeds):
    data = os.urandom(sum(feeds))
    by_bytes, into = ChunkEncryptor(KEY), ChunkEncryptor(KEY)
    into._fields, into._prefix = by_bytes._fields, by_bytes._prefix  # the same nonces, to compare bytes
    expected, got, start = [by_bytes.header()], [into.header()], 0
    for n in feeds:
        piece = data[start:start + n]
        start += n
        expected.append(by_bytes.feed(piece))
        out = bytearray(ChunkEncryptor.max_output(n))
        written = into.feed_into(memoryview(piece), memoryview(out))
        got.append(bytes(out[:written]))
    expected.append(by_bytes.finish())
    out = bytearray(ChunkEncryptor.max_output(0))
    got.append(bytes(out[:into.finish_into(memoryview(out))]))
    assert b"".join(got) == b"".join(expected)
    assert reader(b"".join(got)).read() == data


def test_readinto_decrypts_whole_chunks_in_place_and_partial_ones_too():
    data = os.urandom(200 * CHUNK + 777)
    stream = reader(encrypt(data))
    for start, length in ((0, 4 << 20), (0, 200 * CHUNK + 777), (CHUNK, 70 * CHUNK), (17, 3 * CHUNK),
                          (199 * CHUNK, 2 * CHUNK), (len(data) - 10, 50)):
        stream.seek(start)
        buffer = bytearray(length)
        n = stream.readinto(buffer)
        assert n == min(length, len(data) - start) and bytes(buffer[:n]) == data[start:start + n]
    blob = bytearray(encrypt(data))
    blob[HEADER_SIZE + 5 * CIPHER_CHUNK + 9] ^= 1
    with pytest.raises(VaultError, match="Chunk 5 "):
        reader(bytes(blob)).readinto(bytearray(10 * CHUNK))
