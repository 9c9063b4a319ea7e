"""A hostile recorder volume through the whole ingest: the walk, the vault, the database and the journal.

`test_safe_walk.py` checks the listing alone; here the engine must get through a volume holding links
to the PC's own files, a FIFO, a control character in a name, an empty segment, a segment that grows
while it is copied and a hundred thousand junk files, and must change nothing outside the vault.
"""

from __future__ import annotations

import hashlib
import os
import stat
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest

from devices.ingest_engine import IngestEngine
from devices.profiles import all_profiles
from devices.volumes import scan_roots
from storage.vault import IDENTITY_FILE
from inspector_app.domain.journal import JournalFilter, RowState
from inspector_app.services.journal import IssueRequest
from tests.conftest import PASSWORDS, sign_as
from tests.integration.fake_recorder import SERIAL, back_to_back, make_recorder, write_mp4

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and symbolic links as on POSIX")

LOCAL = timedelta(hours=5)  # Asia/Almaty
JUNK_FILES = 100_000
INGEST_BUDGET_SECONDS = 60.0
PASSWD = Path("/etc/passwd")


@pytest.fixture
def issued(unit_context, responsible, inspector, clock):
    """ВР-001 (serial SERIAL) issued at 10:00 local, returned at 12:00, docked at 12:30."""
    recorder = unit_context.recorders.add(responsible, "ВР-001", SERIAL, "DS-MCW406", "hikvision-dswa")
    row = unit_context.journal.issue(responsible, IssueRequest(recorder.id, inspector.id, "inspection", 95, 1),
                                     sign_as(unit_context, "aliya"), sign_as(unit_context, "resp"))
    clock.advance(hours=2)
    unit_context.journal.return_recorder(responsible, row.entry.id, "", sign_as(unit_context, "aliya"),
                                         sign_as(unit_context, "resp"))
    clock.advance(minutes=30)
    return recorder, row.entry


class Grower:
    """Appends to a file from a background thread until stopped: a recorder still writing its segment."""

    def __init__(self, path: Path) -> None:
        self.path, self.appends = path, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="grower", daemon=True)

    def _run(self) -> None:
        with open(self.path, "ab", buffering=0) as out:
            while not self._stop.is_set():
                out.write(os.urandom(4096))
                self.appends += 1
                time.sleep(0.002)

    def __enter__(self) -> "Grower":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def _snapshot(top: Path, skip: set[Path]) -> dict[str, tuple]:
    """Every entry under `top` (links not followed) with its type, size, mode and modification time."""
    seen = {}
    for folder, dirs, files in os.walk(top):
        dirs[:] = [d for d in dirs if Path(folder, d) not in skip]
        for name in dirs + files:
            path = Path(folder, name)
            if path in skip:
                continue
            st = os.lstat(path)
            seen[str(path.relative_to(top))] = (stat.S_IFMT(st.st_mode), st.st_size, st.st_mode, st.st_mtime_ns)
    return seen


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _volume(root: Path):
    [volume] = scan_roots([(root, "HIKVISION")], all_profiles())
    return volume


def _hostile_volume(tmp_path: Path, issue_local) -> tuple[Path, dict[str, str]]:
    """Three real segments, an empty one, one about to grow and the hostile entries; their rel paths by role."""
    start = issue_local + timedelta(minutes=5)
    root = make_recorder(tmp_path / "vol", back_to_back(start, 3, 1.0))
    day = root / "RECORD" / f"{start:%Y%m%d}"

    def name(seconds: int, number: int) -> str:
        return f"{start + timedelta(seconds=seconds):%Y%m%d_%H%M%S}_{number:04d}.MP4"

    roles = {"empty": name(3, 4), "growing": name(4, 5), "to_passwd": name(60, 6), "to_outside": name(70, 7),
             "fifo": name(80, 8), "control": name(90, 9).replace("_0009", "_00\x079")}
    (day / roles["empty"]).touch()
    write_mp4(day / roles["growing"], 1.0, seed=5)
    outside = tmp_path / "outside" / "secret.MP4"
    outside.parent.mkdir()
    outside.write_bytes(b"the PC's own file, not evidence\n" * 100)
    os.symlink(PASSWD, day / roles["to_passwd"])
    os.symlink(outside, day / roles["to_outside"])
    os.mkfifo(day / roles["fifo"])
    write_mp4(day / roles["control"], 1.0, seed=9)
    junk = root / "LOG"  # outside the profile's layout: never entered
    junk.mkdir()
    for n in range(JUNK_FILES):
        (junk / f"{n:06d}.TMP").write_bytes(b"x")
    prefix = f"RECORD/{start:%Y%m%d}/"
    return root, {role: prefix + rel for role, rel in roles.items()} | {"outside_file": str(outside)}


def test_hostile_volume_is_ingested_safely_and_every_refusal_is_logged(unit_context, issued, clock, tmp_path):
    recorder, entry = issued
    root, roles = _hostile_volume(tmp_path, (entry.at + LOCAL).replace(tzinfo=None))
    data_dir, vault_root = unit_context.data_dir, unit_context.vault.root
    growing = root / roles["growing"]
    database = {data_dir / f"inspector.sqlite{suffix}" for suffix in ("", "-wal", "-shm", "-journal")}
    before = _snapshot(tmp_path, {vault_root, growing, *database})
    passwd_before = (_digest(PASSWD), os.stat(PASSWD).st_mtime_ns)
    outside_before = _digest(Path(roles["outside_file"]))
    real = {f"RECORD/{rel.parent.name}/{rel.name}" for rel in (root / "RECORD").rglob("*_000[123].MP4")}
    assert len(real) == 3

    with Grower(growing) as grower:
        started = time.monotonic()
        summary = IngestEngine(unit_context).ingest(_volume(root))
        seconds = time.monotonic() - started
    assert grower.appends > 0
    log = "\n".join(summary.log)

    assert seconds < INGEST_BUDGET_SECONDS, seconds
    assert summary.status == "done", log
    # Only the real segments and the empty one are recorded; the growing one is refused, not half-stored.
    with unit_context.uow_factory() as uow:
        recordings = uow.recordings.for_entry(entry.id)
    assert {r.source_name for r in recordings} == real | {roles["empty"]}
    assert summary.files_stored == 4 and summary.files_seen == 5
    # Every refusal has its own clear line.
    assert f"{roles['to_passwd']}: symbolic link not followed -> /etc/passwd" in summary.log
    assert f"{roles['to_outside']}: symbolic link not followed -> {roles['outside_file']}" in summary.log
    assert f"{roles['fifo']}: a FIFO (named pipe), skipped" in summary.log
    assert f"{roles['control'].replace(chr(7), chr(92) + 'x07')}: refused, a control character in the name" \
        in summary.log
    assert f"{roles['empty']}: zero-length file (listed)" in summary.log
    [grew] = [line for line in summary.log if line.startswith(roles["growing"])]
    assert "grew while being copied" in grew and "not stored" in grew, grew
    # The empty file is kept as evidence and flagged unreadable.
    [empty] = [r for r in recordings if r.source_name == roles["empty"]]
    assert empty.size == 0 and not empty.readable
    assert all(r.readable for r in recordings if r is not empty)
    # Column 6 waits: one of the issue's files is not stored yet.
    assert summary.entries_completed == []
    resp = unit_context.accounts.authenticate("resp", PASSWORDS["resp"])
    [row] = unit_context.journal.rows(resp, JournalFilter())
    assert row.state is RowState.RETURNED_NOT_STORED

    # Nothing outside the vault was created or changed; the vault holds exactly the recorded objects.
    assert _snapshot(tmp_path, {vault_root, growing, *database}) == before
    assert (_digest(PASSWD), os.stat(PASSWD).st_mtime_ns) == passwd_before
    assert _digest(Path(roles["outside_file"])) == outside_before
    objects = [p for p in vault_root.rglob("*") if not p.is_dir() and p.name != IDENTITY_FILE]
    assert all(not p.is_symlink() and p.resolve().is_relative_to(vault_root.resolve()) for p in objects)
    assert sorted(p.name for p in objects) == sorted({r.sha256 for r in recordings})
    for rec in recordings:
        path = Path(unit_context.vault.path_hint(rec.sha256)).resolve()
        assert path.is_relative_to((vault_root / "objects").resolve())
        assert unit_context.vault.verify(rec.sha256)

    # The recorder stopped writing: the next dock stores the whole segment and fills column 6.
    clock.advance(minutes=5)
    again = IngestEngine(unit_context).ingest(_volume(root))
    assert again.status == "done" and again.files_stored == 1 and again.files_skipped == 4, again.log
    assert again.entries_completed == [entry.id]
    with unit_context.uow_factory() as uow:
        [whole] = [r for r in uow.recordings.for_entry(entry.id) if r.source_name == roles["growing"]]
    assert whole.size == growing.stat().st_size
    assert unit_context.vault.verify(whole.sha256) and whole.sha256 == _digest(growing)


def test_a_segment_swapped_for_a_link_or_a_fifo_after_the_listing_is_not_followed(unit_context, issued, tmp_path):
    """The volume changes between the walk and the copy: the copy opens without following links or blocking."""
    _, entry = issued
    start = (entry.at + LOCAL).replace(tzinfo=None) + timedelta(minutes=5)
    root = make_recorder(tmp_path / "vol", back_to_back(start, 3, 1.0))
    [first, second, third] = sorted((root / "RECORD").rglob("*.MP4"))
    outside = tmp_path / "outside.bin"
    outside.write_bytes(os.urandom(second.stat().st_size))  # the same size: only the link check can refuse it
    swapped = []

    def swap_once(done, total, name):
        if not swapped:
            swapped.append(name)
            second.unlink()
            os.symlink(outside, second)
            third.unlink()
            os.mkfifo(third)

    started = time.monotonic()
    summary = IngestEngine(unit_context).ingest(_volume(root), progress=swap_once)
    assert time.monotonic() - started < 30
    assert summary.status == "done" and summary.files_stored == 1, summary.log
    rel = {p: f"RECORD/{p.parent.name}/{p.name}" for p in (first, second, third)}
    assert any(line.startswith(rel[second]) and "not stored" in line for line in summary.log), summary.log
    assert any(line.startswith(rel[third]) and "not stored" in line for line in summary.log), summary.log
    with unit_context.uow_factory() as uow:
        assert [r.source_name for r in uow.recordings.for_entry(entry.id)] == [rel[first]]
    assert not unit_context.vault.exists(_digest(outside))
    assert summary.entries_completed == []


def test_junk_inside_the_layout_stops_the_walk_at_its_budget_not_the_ingest(unit_context, issued, tmp_path):
    """A hundred thousand non-matching files where segments live: the walk stops at its entry budget."""
    _, entry = issued
    start = (entry.at + LOCAL).replace(tzinfo=None) + timedelta(minutes=5)
    root = make_recorder(tmp_path / "vol", back_to_back(start, 2, 1.0))
    junk = root / "RECORD" / "TRASH"  # RECORD/*/ may hold segments: it is listed, its files examined
    junk.mkdir()
    for n in range(JUNK_FILES):
        (junk / f"{n:06d}.TMP").write_bytes(b"")
    started = time.monotonic()
    summary = IngestEngine(unit_context).ingest(_volume(root))
    assert time.monotonic() - started < INGEST_BUDGET_SECONDS
    assert summary.status == "done" and summary.files_stored == 2, summary.log
    assert any("the volume was not fully examined" in line for line in summary.log), summary.log
    assert summary.entries_completed == []  # not everything was seen: column 6 waits
