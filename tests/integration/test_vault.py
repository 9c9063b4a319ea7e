"""The footage vault on real files: round trips, dedup, cancel, short sources, stale copies, tampering, kills.

Every test runs against the vault with `O_DIRECT` (where the OS has it) and through the page cache.
Hashes are checked against coreutils `sha256sum`, run as a separate program.
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
import random
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from inspector_app.domain.vault import StoredBlob
from inspector_app.errors import OperationCancelled, ValidationError, VaultError
from inspector_app.paths import vault_dir
from storage import vault_copy
from storage.vault import FileVault
from storage.vault_copy import CHUNK_SIZE

ROOT = Path(__file__).resolve().parents[2]
MIB = 1 << 20


@pytest.fixture(params=[True, False], ids=["direct", "buffered"])
def vault(request, tmp_path) -> FileVault:
    return FileVault(tmp_path / "vault", direct_io=request.param)


def sha256sum(path: Path) -> str:
    out = subprocess.run(["sha256sum", "--", str(path)], check=True, capture_output=True, text=True).stdout
    return out.split()[0]


def write_random(path: Path, size: int) -> bytes:
    data = random.Random(size).randbytes(size)
    path.write_bytes(data)
    return data


def objects(vault: FileVault) -> list[Path]:
    return sorted(p for p in vault.objects_dir.rglob("*") if p.is_file())


def leftovers(vault: FileVault) -> list[Path]:
    return sorted(vault.tmp_dir.iterdir())


def test_random_file_round_trip_matches_sha256sum(vault, tmp_path):
    source = tmp_path / "20261123_093015_0001.MP4"
    data = write_random(source, 5 * MIB + 12345)
    seen = []
    blob = vault.put(source, expected_size=len(data), progress=seen.append)
    assert blob == StoredBlob(sha256sum(source), len(data), already_present=False)
    assert seen == sorted(seen) and seen[-1] == len(data)
    with vault.open(blob.sha256) as stored:
        assert stored.read() == data
    assert vault.exists(blob.sha256) and vault.size(blob.sha256) == len(data) and vault.verify(blob.sha256)
    assert sha256sum(Path(vault.path_hint(blob.sha256))) == blob.sha256
    assert vault.path_hint(blob.sha256).endswith(f"objects/{blob.sha256[:2]}/{blob.sha256[2:4]}/{blob.sha256}")
    assert leftovers(vault) == []


def test_mp4_from_opencv_round_trip(vault, tmp_path):
    import cv2
    import numpy as np

    source = tmp_path / "DCIM" / "100MEDIA" / "20261123_101500_0002.MP4"
    source.parent.mkdir(parents=True)
    writer = cv2.VideoWriter(str(source), cv2.VideoWriter_fourcc(*"mp4v"), 25, (320, 240))
    rng = np.random.default_rng(7)
    for index in range(50):
        frame = rng.integers(0, 255, (240, 320, 3), dtype=np.uint8)
        cv2.putText(frame, f"{index:03d}", (20, 120), cv2.FONT_HERSHEY_SIMPLEX, 2, (255, 255, 255), 3)
        writer.write(frame)
    writer.release()
    capture = cv2.VideoCapture(str(source))
    assert int(capture.get(cv2.CAP_PROP_FRAME_COUNT)) == 50
    capture.release()
    with open(source, "rb") as stream:
        blob = vault.put(stream, expected_size=source.stat().st_size)
    assert blob.sha256 == sha256sum(source) and blob.size == source.stat().st_size
    with vault.open(blob.sha256) as stored:
        assert stored.read() == source.read_bytes()


@pytest.mark.parametrize("size", [0, 1, 4095, 4096, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 2 * CHUNK_SIZE + 4097])
def test_sizes_around_chunk_and_block_boundaries(vault, size):
    data = random.Random(size).randbytes(size)
    blob = vault.put(io.BytesIO(data), expected_size=size)
    assert blob.sha256 == hashlib.sha256(data).hexdigest() and blob.size == size
    with vault.open(blob.sha256) as stored:
        assert stored.read() == data


def test_stream_is_read_from_where_it_stands_and_left_open(vault):
    stream = io.BytesIO(b"header" + b"footage" * 1000)
    stream.seek(6)
    blob = vault.put(stream)
    assert blob.sha256 == hashlib.sha256(b"footage" * 1000).hexdigest()
    assert not stream.closed


def test_same_content_twice_is_stored_once(vault, tmp_path):
    source = tmp_path / "a.MP4"
    data = write_random(source, 3 * MIB)
    first = vault.put(source)
    second = vault.put(io.BytesIO(data), expected_size=len(data))
    assert not first.already_present and second.already_present
    assert second.sha256 == first.sha256 and second.size == first.size
    assert objects(vault) == [Path(vault.path_hint(first.sha256))]
    assert leftovers(vault) == []


def test_objects_are_read_only_on_disk_and_opened_read_only(vault):
    blob = vault.put(io.BytesIO(b"evidence" * 1000))
    path = Path(vault.path_hint(blob.sha256))
    assert stat.S_IMODE(path.stat().st_mode) == 0o444
    with vault.open(blob.sha256) as stored:
        assert stored.seekable() and not stored.writable()
        stored.seek(8)
        assert stored.read(8) == b"evidence"
        with pytest.raises(io.UnsupportedOperation):
            stored.write(b"x")


def test_cancel_midway_leaves_no_temp_file_and_no_object(vault):
    data = random.Random(3).randbytes(3 * CHUNK_SIZE + 1)
    done = []
    with pytest.raises(OperationCancelled):
        vault.put(io.BytesIO(data), progress=done.append, cancel=lambda: bool(done))
    assert done == [CHUNK_SIZE]  # stopped after the first chunk
    assert not vault.exists(hashlib.sha256(data).hexdigest())
    assert objects(vault) == [] and leftovers(vault) == []


@pytest.mark.parametrize("given, expected", [(MIB, 2 * MIB), (2 * MIB, MIB)], ids=["shrank", "grew"])
def test_size_other_than_expected_is_refused(vault, given, expected):
    data = random.Random(given).randbytes(given)
    with pytest.raises(VaultError) as refused:
        vault.put(io.BytesIO(data), expected_size=expected)
    assert refused.value.code == "vault_size_mismatch"
    assert f"{given} bytes instead of {expected}" in str(refused.value)
    assert objects(vault) == [] and leftovers(vault) == []


class PulledOut(io.RawIOBase):
    """A source that gives `good` bytes, then fails like a recorder unplugged mid-copy."""

    def __init__(self, good: int) -> None:
        self.left = good

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.left <= 0:
            raise OSError(errno.EIO, "Input/output error")
        n = min(len(buffer), self.left, 1000_000)
        buffer[:n] = b"\x5a" * n
        self.left -= n
        return n


def test_source_failing_midway_leaves_nothing(vault):
    with pytest.raises(VaultError) as failed:
        vault.put(PulledOut(6 * MIB), expected_size=20 * MIB)
    assert failed.value.code == "vault_source_read" and "disconnected" in str(failed.value)
    assert objects(vault) == [] and leftovers(vault) == []


def test_disk_full_leaves_no_temp_file(vault, monkeypatch):
    real_write = vault_copy._Writer.write

    def fills_up(self, view):
        if self.written >= CHUNK_SIZE:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(self, view)

    monkeypatch.setattr(vault_copy._Writer, "write", fills_up)
    with pytest.raises(VaultError) as full:
        vault.put(io.BytesIO(bytes(3 * CHUNK_SIZE)))
    assert full.value.code == "vault_disk_full" and "disk is full" in str(full.value)
    assert objects(vault) == [] and leftovers(vault) == []


def test_missing_source_file_is_a_clear_error(vault, tmp_path):
    with pytest.raises(VaultError) as failed:
        vault.put(tmp_path / "gone.MP4")
    assert failed.value.code == "vault_source_read"


def test_stale_part_of_a_killed_run_is_removed_on_start(tmp_path):
    root = tmp_path / "vault"
    FileVault(root)
    stale = root / "tmp" / "0123456789abcdef0123456789abcdef.part"
    stale.write_bytes(b"half a file")
    other = root / "tmp" / "note.txt"
    other.write_text("not ours to remove")
    vault = FileVault(root)
    assert not stale.exists() and other.exists()
    assert objects(vault) == []


@pytest.mark.skipif(os.name != "posix", reason="the lock that marks a copy in progress is flock()")
def test_copy_in_progress_survives_a_second_vault_starting(vault):
    parts_seen = []

    def start_another_vault() -> bool:
        if not parts_seen:
            parts_seen.extend(leftovers(vault))
            FileVault(vault.root)  # e.g. a command run while the station ingests
            assert leftovers(vault) == parts_seen
        return False

    data = random.Random(9).randbytes(2 * CHUNK_SIZE + 5)
    blob = vault.put(io.BytesIO(data), cancel=start_another_vault)
    assert len(parts_seen) == 1 and parts_seen[0].suffix == ".part"
    assert vault.verify(blob.sha256) and leftovers(vault) == []


def test_verify_detects_a_flipped_byte(vault):
    data = random.Random(4).randbytes(2 * MIB)
    blob = vault.put(io.BytesIO(data))
    assert vault.verify(blob.sha256)
    path = Path(vault.path_hint(blob.sha256))
    path.chmod(0o644)  # tampering needs the permission back first
    with open(path, "r+b") as stored:
        stored.seek(MIB + 17)
        byte = stored.read(1)
        stored.seek(MIB + 17)
        stored.write(bytes([byte[0] ^ 0x01]))
    assert vault.exists(blob.sha256) and not vault.verify(blob.sha256)


def test_missing_object(vault):
    absent = hashlib.sha256(b"never stored").hexdigest()
    assert not vault.exists(absent) and not vault.verify(absent)
    for call in (vault.open, vault.size):
        with pytest.raises(VaultError) as missing:
            call(absent)
        assert missing.value.code == "vault_missing"


BAD_NAMES = ["", "abc", "A" * 64, "g" * 64, "0" * 63, "0" * 65, "0" * 64 + "\n", "../" * 21 + "a",
             "0" * 62 + "/x", "ab/../../../../etc/passwd".ljust(64, "0"), None, 12345]


@pytest.mark.parametrize("name", BAD_NAMES)
def test_names_other_than_64_lowercase_hex_are_refused(vault, name):
    for call in (vault.open, vault.exists, vault.size, vault.verify, vault.path_hint):
        with pytest.raises(ValidationError):
            call(name)


def test_context_has_a_vault_in_the_data_folder(context):
    blob = context.vault.put(io.BytesIO(b"recorded"))
    assert Path(context.vault.path_hint(blob.sha256)).is_relative_to(vault_dir(context.data_dir))


KILLED_CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    sys.path.insert(0, sys.argv[3])
    from storage.vault import FileVault

    def progress(done):
        print(done, flush=True)
        time.sleep(0.01)  # a person watching a progress bar: slow enough to be killed mid-copy

    vault = FileVault(Path(sys.argv[1]))
    blob = vault.put(Path(sys.argv[2]), progress=progress)
    print("stored", blob.sha256, flush=True)
""")


@pytest.mark.slow
def test_killed_midway_leaves_no_object_and_the_next_start_cleans_up(tmp_path):
    source = tmp_path / "20261123_120000_0003.MP4"
    size = 200 * MIB
    with open(source, "wb") as out:  # sparse, with random blocks so the content is unique
        out.truncate(size)
        for offset in range(0, size, 16 * MIB):
            out.seek(offset)
            out.write(os.urandom(MIB))
    expected = sha256sum(source)
    root = tmp_path / "vault"
    kill_after = random.randrange(8 * MIB, 150 * MIB)
    child = subprocess.Popen([sys.executable, "-c", KILLED_CHILD, str(root), str(source), str(ROOT)],
                             stdout=subprocess.PIPE, text=True)
    finished = False
    for line in child.stdout:
        if line.startswith("stored"):
            finished = True
            break
        if int(line) >= kill_after:
            break
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()
    vault_objects = sorted(p for p in (root / "objects").rglob("*") if p.is_file())
    for path in vault_objects:  # nothing under a real name unless whole and correct
        assert sha256sum(path) == path.name
    if not finished:
        assert vault_objects == []
        assert len(list((root / "tmp").glob("*.part"))) == 1
    vault = FileVault(root)
    assert leftovers(vault) == []
    blob = vault.put(source, expected_size=size)
    assert blob.sha256 == expected and blob.already_present == finished and vault.verify(expected)
