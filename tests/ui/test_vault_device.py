"""`ui/vault_device.py`: a stored recording read and played straight from the encrypted vault, decrypted in
memory only: the device's reads and seeks against the plaintext at the 64 KiB chunk boundaries, and a real
MP4 played by QMediaPlayer into a QVideoSink, from the start and after a seek to the middle."""

from __future__ import annotations

import os
import secrets
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_MEDIA_BACKEND", "ffmpeg")  # before QtMultimedia is imported (it is Linux's default)

import pytest  # noqa: E402
from PySide6.QtCore import QIODevice, QUrl  # noqa: E402

from inspector_app.errors import VaultError  # noqa: E402
from inspector_app.vault_keys import VaultLocked  # noqa: E402
from storage.encrypted_object import CHUNK, CIPHER_CHUNK, HEADER_SIZE  # noqa: E402
from tests.integration.fake_recorder import write_mp4  # noqa: E402
from ui.vault_device import VaultDevice  # noqa: E402

STORAGE_PASSWORD = "Storage-pass-2026"
FPS = 30
SECONDS = 8
SIZE = (160, 120)


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch):
    """scrypt at n = 2**10 for the accounts and the storage password's slots (as tests/integration does)."""
    from inspector_app import passwords, vault_keys

    monkeypatch.setattr(passwords, "LOG2_N", 10)
    monkeypatch.setattr(vault_keys, "SCRYPT_LOG2_N", 10)


@pytest.fixture
def vault(unit_context, head):
    """The unit's vault with a storage password set: objects are stored encrypted; the keyring is unlocked."""
    unit_context.keyring.create(head, STORAGE_PASSWORD)
    return unit_context.vault


def _store(vault, data: bytes, tmp_path: Path) -> str:
    source = tmp_path / f"source-{secrets.token_hex(4)}.bin"
    source.write_bytes(data)
    sha = vault.put(source, expected_size=len(data)).sha256
    source.unlink()
    assert vault.is_encrypted(sha)
    vault.forget(sha)  # read through the vault key, as a later session does
    return sha


@pytest.fixture
def plaintext() -> bytes:
    return os.urandom(3 * CHUNK + 1000)


@pytest.fixture
def device(vault, plaintext, tmp_path):
    device = VaultDevice.for_object(vault, _store(vault, plaintext, tmp_path))
    yield device
    device.close()


def _read(device: VaultDevice, n: int) -> bytes:
    return bytes(device.read(n))


BOUNDARIES = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK - 1, 2 * CHUNK, 2 * CHUNK + 1, 3 * CHUNK - 1, 3 * CHUNK,
              3 * CHUNK + 999]
LENGTHS = [1, 2, 4096, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK + 3, 10 * CHUNK]


def test_the_device_is_an_open_read_only_random_access_device_of_the_plaintexts_size(device, plaintext):
    assert device.isOpen() and device.isReadable() and not device.isWritable()
    assert not device.isSequential()
    assert device.size() == len(plaintext) and device.pos() == 0
    assert device.bytesAvailable() == len(plaintext) and not device.atEnd()
    assert device.write(b"x") == -1
    assert not device.open(QIODevice.OpenModeFlag.ReadWrite)


def test_a_read_after_a_seek_at_a_chunk_boundary_gives_the_plaintext(device, plaintext):
    for offset, length in ((o, n) for o in BOUNDARIES for n in LENGTHS):
        assert device.seek(offset)
        assert device.pos() == offset
        expected = plaintext[offset:offset + length]
        assert _read(device, length) == expected, (offset, length)
        assert device.pos() == offset + len(expected)
        assert device.bytesAvailable() == len(plaintext) - device.pos()
        assert device.atEnd() == (device.pos() == len(plaintext))


def test_reads_in_odd_pieces_cross_every_boundary_and_end_at_the_end(device, plaintext):
    pieces = []
    while not device.atEnd():
        pieces.append(_read(device, 4096 + 7))
    assert b"".join(pieces) == plaintext
    assert device.pos() == len(plaintext) and device.bytesAvailable() == 0
    assert _read(device, 10) == b""


def test_seeking_backwards_forwards_and_to_the_end(device, plaintext):
    assert device.seek(2 * CHUNK + 5)
    assert _read(device, 10) == plaintext[2 * CHUNK + 5:2 * CHUNK + 15]
    assert device.seek(CHUNK - 3)  # back into an earlier chunk
    assert _read(device, 6) == plaintext[CHUNK - 3:CHUNK + 3]
    assert device.seek(10)
    assert bytes(device.readAll()) == plaintext[10:]
    assert device.seek(len(plaintext)) and device.atEnd() and _read(device, 1) == b""
    assert not device.seek(len(plaintext) + 1) and not device.seek(-1)
    assert device.seek(0) and bytes(device.peek(CHUNK + 2)) == plaintext[:CHUNK + 2] and device.pos() == 0


def test_a_changed_chunk_fails_the_read_that_reaches_it(vault, plaintext, tmp_path):
    sha = _store(vault, plaintext, tmp_path)
    path = vault._object_path(sha)
    path.chmod(0o644)
    with open(path, "r+b") as raw:
        raw.seek(HEADER_SIZE + CIPHER_CHUNK + 100)  # inside chunk 1
        byte = raw.read(1)
        raw.seek(-1, os.SEEK_CUR)
        raw.write(bytes([byte[0] ^ 1]))
    device = VaultDevice.for_object(vault, sha)
    try:
        assert _read(device, 100) == plaintext[:100]  # chunk 0 is intact
        assert device.seek(CHUNK + 10)
        assert _read(device, 10) == b""
        assert isinstance(device.failed, VaultError) and device.failed.code == "vault_tampered"
        assert "authenticate" in device.errorString()
    finally:
        device.close()


def test_the_device_needs_the_vault_unlocked_and_closes_its_stream(unit_context, vault, plaintext, tmp_path):
    sha = _store(vault, plaintext, tmp_path)
    device = VaultDevice.for_object(vault, sha)
    stream = device._stream
    device.close()
    assert stream.closed and not device.isOpen() and device.atEnd() and _read(device, 1) == b""
    unit_context.keyring.lock("test")
    with pytest.raises(VaultLocked):
        VaultDevice.for_object(vault, sha)


# playing


def _gray(frame) -> int:
    """The frame's gray level (write_mp4 fills frame i with (7 i) mod 255, crossed by one white line)."""
    image = frame.toImage()
    column = sorted(image.pixelColor(SIZE[0] // 2, y).red() for y in range(0, SIZE[1], 4))
    return column[len(column) // 2]


def _files_holding(needles: list[bytes], folders: list[Path], since: float | None = None) -> list[str]:
    """Regular files under `folders` (modified at or after `since`, if given) that hold any of `needles`."""
    found = []
    overlap = max(len(n) for n in needles)
    for folder in folders:
        for dirpath, _dirs, names in os.walk(folder):
            for name in names:
                path = os.path.join(dirpath, name)
                try:
                    info = os.lstat(path)
                    if not os.path.isfile(path) or os.path.islink(path):
                        continue
                    if since is not None and info.st_mtime < since:
                        continue
                    with open(path, "rb") as stream:
                        tail = b""
                        while block := stream.read(8 << 20):
                            window = tail + block
                            if any(n in window for n in needles):
                                found.append(path)
                                break
                            tail = window[-overlap:]
                except OSError:
                    continue
    return found


def test_a_stored_recording_plays_and_seeks_from_the_vault_with_no_plaintext_on_disk(
        qtbot, unit_context, vault, tmp_path, monkeypatch):
    from PySide6.QtCore import QDir
    from PySide6.QtMultimedia import QMediaPlayer, QVideoSink

    started = time.time() - 1
    own_tmp = tmp_path / "tmp"
    own_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(own_tmp))  # Qt's and Python's temporary files land here, and are scanned
    monkeypatch.setattr(tempfile, "tempdir", str(own_tmp))
    mp4 = tmp_path / "card" / "20261123_093015_0001.MP4"
    write_mp4(mp4, SECONDS, fps=FPS, size=SIZE, seed=int.from_bytes(os.urandom(4), "little"))
    plain = mp4.read_bytes()
    assert len(plain) > 2 * CHUNK  # the player's reads cross chunks
    sha = _store(vault, plain, tmp_path)
    mp4.unlink()
    middle = len(plain) // 2
    needles = [plain[i:i + 64] for i in (len(plain) // 5, middle, len(plain) - 200)]
    data_dir = Path(unit_context.data_dir)
    assert _files_holding(needles, [tmp_path]) == []  # what the scan finds is what playing left

    device = VaultDevice.for_object(vault, sha)
    player = QMediaPlayer()
    sink = QVideoSink()
    player.setVideoSink(sink)
    frames: list[tuple[bool, int, int, int, int]] = []
    errors: list[str] = []

    def on_frame(frame) -> None:
        if frame.isValid():
            frames.append((frame.isValid(), frame.size().width(), frame.size().height(), frame.startTime(),
                           _gray(frame)))

    sink.videoFrameChanged.connect(on_frame)
    player.errorOccurred.connect(lambda error, text: errors.append(f"{error}: {text}"))
    try:
        player.setSourceDevice(device, QUrl("recording.mp4"))
        player.play()
        qtbot.waitUntil(lambda: len(frames) >= 5 or bool(errors), timeout=10000)
        assert not errors, errors
        assert player.duration() == pytest.approx(SECONDS * 1000, abs=100)
        assert all(valid and (w, h) == SIZE for valid, w, h, _t, _g in frames)
        assert frames[0][3] < 500_000  # from the start
        for _v, _w, _h, start_us, gray in frames:
            assert abs(gray - (round(start_us * FPS / 1e6) * 7) % 255) <= 6, (start_us, gray)

        target_ms = SECONDS * 1000 // 2
        seen = len(frames)
        playing_at_us = frames[-1][3]
        asked = time.monotonic()
        player.setPosition(target_ms)
        qtbot.waitUntil(lambda: any(f[3] >= (target_ms - 500) * 1000 for f in frames[seen:]) or bool(errors),
                        timeout=10000)
        assert not errors, errors
        assert time.monotonic() - asked < ((target_ms - 500) * 1000 - playing_at_us) / 1e6  # not by playing on
        after = [f for f in frames[seen:] if f[3] >= (target_ms - 500) * 1000]
        first = after[0]
        assert (first[1], first[2]) == SIZE
        assert (target_ms - 500) * 1000 <= first[3] <= (target_ms + 500) * 1000
        arrived = len(frames)
        qtbot.waitUntil(lambda: len(frames) >= arrived + 3, timeout=5000)  # and it plays on from there
        for _v, _w, _h, start_us, gray in frames[seen:]:
            if start_us >= first[3]:
                assert abs(gray - (round(start_us * FPS / 1e6) * 7) % 255) <= 6, (start_us, gray)
        assert player.error() == QMediaPlayer.Error.NoError
    finally:
        player.stop()
        player.setSource(QUrl())
        device.close()

    assert Path(QDir.tempPath()) == own_tmp
    leaked = _files_holding(needles, [tmp_path, data_dir])  # the data folder and the redirected temp folder
    monkeypatch.undo()
    system_tmp = {Path(tempfile.gettempdir()), Path(QDir.tempPath())}
    leaked += _files_holding(needles, sorted(system_tmp), since=started)  # and what anything wrote there meanwhile
    assert leaked == [], leaked
