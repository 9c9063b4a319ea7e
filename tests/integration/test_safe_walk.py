"""Listing an untrusted volume: real folders with links, FIFOs, odd names, empty files and a flood of files."""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path

import pytest

from devices.profiles import parse_profile, profile
from devices.safe_walk import SourceFile, show, unsafe_name_reason, walk_volume

FLOOD = 100_000
posix_only = pytest.mark.skipif(os.name != "posix", reason="needs POSIX file types and byte names")


def write(root: Path, rel: str, data: bytes = b"video") -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.fixture
def generic():
    return profile("generic")


@pytest.fixture
def deep_profile():
    return parse_profile({"name": "deep", "title": "Deep", "serial": None, "video_globs": ["DCIM/**/*.MP4"],
                          "file_time": r"(?P<Y>\d{4})(?P<m>\d\d)(?P<d>\d\d)(?P<H>\d\d)(?P<M>\d\d)(?P<S>\d\d)"})


def rel_paths(result) -> list[str]:
    return [f.rel_path for f in result.files]


def problems_about(result, text: str) -> list[str]:
    return [p for p in result.problems if text in p]


def test_matching_files_in_nested_folders_sorted_others_ignored(tmp_path, generic):
    write(tmp_path, "DCIM/101MEDIA/2026_1123_100015_002.MP4", b"v" * 10)
    write(tmp_path, "DCIM/100MEDIA/2026_1123_093015_001.MP4", b"v" * 20)
    write(tmp_path, "DCIM/100MEDIA/2026_1123_093020_001.JPG", b"p")
    write(tmp_path, "DCIM/100MEDIA/REC0001.wav", b"a")
    write(tmp_path, "DCIM/100MEDIA/notes.txt")
    write(tmp_path, "DCIM/100MEDIA/deeper/x.MP4")
    write(tmp_path, "DCIM/clip.mov")
    write(tmp_path, "MISC/other.MP4")
    write(tmp_path, "top.MP4")
    result = walk_volume(tmp_path, generic)
    assert rel_paths(result) == ["DCIM/100MEDIA/2026_1123_093015_001.MP4", "DCIM/100MEDIA/2026_1123_093020_001.JPG",
                                 "DCIM/100MEDIA/REC0001.wav", "DCIM/101MEDIA/2026_1123_100015_002.MP4",
                                 "DCIM/clip.mov"]
    assert [f.kind for f in result.files] == ["video", "photo", "audio", "video", "video"]
    first = result.files[0]
    assert first == SourceFile("DCIM/100MEDIA/2026_1123_093015_001.MP4",
                               tmp_path / "DCIM/100MEDIA/2026_1123_093015_001.MP4", 20,
                               (tmp_path / "DCIM/100MEDIA/2026_1123_093015_001.MP4").stat().st_mtime, "video")
    assert result.truncated is False
    assert result.ignored == 2  # notes.txt and top.MP4
    assert problems_about(result, "2 file(s) not matching the generic profile ignored")
    assert problems_about(result, "folder(s) outside the generic profile's layout not entered")
    assert len(result.problems) == 2
    assert walk_volume(tmp_path, generic) == result  # the same volume lists the same way


def test_case_of_names_does_not_matter(tmp_path):
    write(tmp_path, "record/20261123/20261123_093015_0001.mp4")
    write(tmp_path, "Record/20261124/20261124_080000_0002.Mp4")
    result = walk_volume(tmp_path, profile("hikvision-dswa"))
    assert rel_paths(result) == ["Record/20261124/20261124_080000_0002.Mp4",
                                 "record/20261123/20261123_093015_0001.mp4"]


@posix_only
def test_symbolic_links_are_reported_and_never_followed(tmp_path, generic):
    volume, outside = tmp_path / "volume", tmp_path / "outside"
    secret = write(outside, "secret.MP4", b"not footage")
    write(volume, "DCIM/100MEDIA/real.MP4")
    os.symlink("/etc", volume / "DCIM" / "100MEDIA" / "etc")
    os.symlink("/etc", volume / "DCIM" / "101MEDIA")
    os.symlink(secret, volume / "DCIM" / "100MEDIA" / "secret.MP4")
    os.symlink("../../../outside/secret.MP4", volume / "DCIM" / "100MEDIA" / "relative.MP4")
    os.symlink("nowhere.MP4", volume / "DCIM" / "100MEDIA" / "dangling.MP4")
    result = walk_volume(volume, generic)
    assert rel_paths(result) == ["DCIM/100MEDIA/real.MP4"]
    links = problems_about(result, "symbolic link not followed")
    assert len(links) == 5
    assert any(p.startswith("DCIM/100MEDIA/etc:") and "-> /etc" in p for p in links)
    assert any(p.startswith("DCIM/101MEDIA:") for p in links)
    assert any(p.startswith("DCIM/100MEDIA/secret.MP4:") for p in links)
    assert all(not f.abs_path.resolve().is_relative_to(outside) for f in result.files)


@posix_only
def test_a_linked_volume_folder_is_not_entered(tmp_path, generic):
    write(tmp_path / "elsewhere", "100MEDIA/a.MP4")
    (tmp_path / "volume").mkdir()
    os.symlink(tmp_path / "elsewhere", tmp_path / "volume" / "DCIM")
    result = walk_volume(tmp_path / "volume", generic)
    assert result.files == []
    assert problems_about(result, "DCIM: symbolic link not followed")


@posix_only
def test_control_characters_in_names_are_refused(tmp_path, generic):
    write(tmp_path, "DCIM/100MEDIA/a\x07b.mp4")
    write(tmp_path, "DCIM/100MEDIA/line\nbreak.MP4")
    write(tmp_path, "DCIM/bad\x1bfolder/c.MP4")
    write(tmp_path, "DCIM/100MEDIA/fine.MP4")
    result = walk_volume(tmp_path, generic)
    assert rel_paths(result) == ["DCIM/100MEDIA/fine.MP4"]
    refused = problems_about(result, "refused, a control character in the name")
    assert sorted(refused) == sorted([
        "DCIM/100MEDIA/a\\x07b.mp4: refused, a control character in the name",
        "DCIM/100MEDIA/line\\x0abreak.MP4: refused, a control character in the name",
        "DCIM/bad\\x1bfolder: refused, a control character in the name",
    ])
    assert all("\x07" not in p and "\n" not in p for p in result.problems)


@posix_only
def test_names_unsafe_elsewhere_are_refused(tmp_path, generic):
    for name in ("CON.MP4", "nul.mp4", "a:b.MP4", "what?.MP4", "trailing.MP4.", "a..b.MP4", "back\\slash.MP4"):
        write(tmp_path, f"DCIM/100MEDIA/{name}")
    os.makedirs(os.path.join(os.fsencode(tmp_path), b"DCIM", b"100MEDIA"), exist_ok=True)
    with open(os.path.join(os.fsencode(tmp_path), b"DCIM", b"100MEDIA", b"caf\xe9.MP4"), "wb") as raw:
        raw.write(b"latin-1 name")
    result = walk_volume(tmp_path, generic)
    assert result.files == []
    assert len(problems_about(result, ": refused, ")) == 8
    assert problems_about(result, "DCIM/100MEDIA/caf\\xe9.MP4: refused, a name that is not valid text")
    assert problems_about(result, "CON.MP4: refused, a Windows device name")
    assert problems_about(result, "a..b.MP4: refused, a path separator or '..'")


def test_name_checks():
    for name in (".", "..", "", "a/b", "a\\b", "../x.mp4", "x" * 256, "a\x00b", "a\x7fb", "a\x85b"):
        assert unsafe_name_reason(name), name
    for name in ("20261123_093015_0001.MP4", "REC_2026-11-23_09-30-15_N0012.MP4", "Бейне 1.mp4", "CONSOLE.MP4",
                 ".hidden.mp4", "a.b.c.MP4"):
        assert unsafe_name_reason(name) is None, name
    assert show("a\x07b") == "a\\x07b"
    assert show("caf\udce9") == "caf\\xe9"
    assert show("x" * 300).endswith("...")


@posix_only
def test_fifo_and_socket_are_skipped_without_blocking(tmp_path, generic):
    os.makedirs(tmp_path / "DCIM" / "100MEDIA")
    os.mkfifo(tmp_path / "DCIM" / "100MEDIA" / "pipe.MP4")
    os.mkfifo(tmp_path / "DCIM" / "100MEDIA" / "other-pipe")
    sock = socket.socket(socket.AF_UNIX)
    cwd = os.getcwd()
    try:
        os.chdir(tmp_path / "DCIM" / "100MEDIA")  # a socket path must be short
        sock.bind("sock.MP4")
    finally:
        os.chdir(cwd)
        sock.close()
    write(tmp_path, "DCIM/100MEDIA/real.MP4")
    started = time.monotonic()
    result = walk_volume(tmp_path, generic)
    assert time.monotonic() - started < 5
    assert rel_paths(result) == ["DCIM/100MEDIA/real.MP4"]
    assert "DCIM/100MEDIA/pipe.MP4: a FIFO (named pipe), skipped" in result.problems
    assert "DCIM/100MEDIA/other-pipe: a FIFO (named pipe), skipped" in result.problems
    assert "DCIM/100MEDIA/sock.MP4: a socket, skipped" in result.problems


@posix_only
def test_device_files_are_skipped(tmp_path, generic):
    (tmp_path / "DCIM" / "100MEDIA").mkdir(parents=True)
    try:
        os.mknod(tmp_path / "DCIM" / "100MEDIA" / "zero.MP4", 0o600 | 0o020000, os.makedev(1, 5))
    except (PermissionError, OSError):
        pytest.skip("creating a device node needs privileges")
    result = walk_volume(tmp_path, generic)
    assert result.files == []
    assert "DCIM/100MEDIA/zero.MP4: a device file, skipped" in result.problems


def test_zero_length_files_are_listed_and_flagged(tmp_path, generic):
    write(tmp_path, "DCIM/100MEDIA/empty.MP4", b"")
    result = walk_volume(tmp_path, generic)
    assert [(f.rel_path, f.size) for f in result.files] == [("DCIM/100MEDIA/empty.MP4", 0)]
    assert "DCIM/100MEDIA/empty.MP4: zero-length file (listed)" in result.problems


@posix_only
def test_hard_links_are_listed_and_flagged(tmp_path, generic):
    first = write(tmp_path, "DCIM/100MEDIA/a.MP4")
    os.link(first, tmp_path / "DCIM" / "100MEDIA" / "b.MP4")
    result = walk_volume(tmp_path, generic)
    assert rel_paths(result) == ["DCIM/100MEDIA/a.MP4", "DCIM/100MEDIA/b.MP4"]
    assert len(problems_about(result, "has 2 hard links (listed)")) == 2


def test_an_unreadable_folder_is_reported(tmp_path, generic, monkeypatch):
    # A folder the OS refuses to list (chmod 0 does not stop root, so the refusal is made here).
    write(tmp_path, "DCIM/100MEDIA/a.MP4")
    write(tmp_path, "DCIM/101MEDIA/b.MP4")
    real_scandir = os.scandir
    refused = os.fspath(tmp_path / "DCIM" / "100MEDIA")

    def scandir(path="."):
        if os.fspath(path) == refused:
            raise PermissionError(13, "Permission denied", refused)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = walk_volume(tmp_path, generic)
    monkeypatch.undo()
    assert rel_paths(result) == ["DCIM/101MEDIA/b.MP4"]
    assert problems_about(result, "DCIM/100MEDIA: cannot list the folder")


def test_folders_deeper_than_the_limit_are_not_entered(tmp_path, deep_profile):
    write(tmp_path, "DCIM/a/b/c/shallow.MP4")
    write(tmp_path, "DCIM/" + "/".join("d" * 12) + "/deep.MP4")
    result = walk_volume(tmp_path, deep_profile, max_depth=4)
    assert rel_paths(result) == ["DCIM/a/b/c/shallow.MP4"]
    assert problems_about(result, "DCIM/d/d/d/d: deeper than 4 folders, not entered")
    assert len(walk_volume(tmp_path, deep_profile, max_depth=20).files) == 2


def test_a_missing_root_or_a_file_root(tmp_path, generic):
    result = walk_volume(tmp_path / "gone", generic)
    assert result.files == [] and not result.truncated and "cannot be read" in result.problems[0]
    write(tmp_path, "file")
    assert "not a folder" in walk_volume(tmp_path / "file", generic).problems[0]


def test_the_time_budget_stops_the_walk(tmp_path, generic):
    for n in range(5):
        write(tmp_path, f"DCIM/10{n}MEDIA/a.MP4")
    ticks = iter(range(1000))
    result = walk_volume(tmp_path, generic, max_seconds=3, clock=lambda: next(ticks))
    assert result.truncated
    assert "stopped after 3 s: the volume was not fully examined" in result.problems
    assert len(result.files) < 5
    assert walk_volume(tmp_path, generic, max_seconds=0).truncated


def test_the_entry_budget_counts_files_that_do_not_match(tmp_path, generic):
    for n in range(30):
        write(tmp_path, f"DCIM/100MEDIA/junk{n:02}.bin")
    write(tmp_path, "DCIM/101MEDIA/a.MP4")
    result = walk_volume(tmp_path, generic, max_files=20)
    assert result.truncated and result.examined == 20
    assert "stopped after 20 entries: the volume was not fully examined" in result.problems
    assert walk_volume(tmp_path, generic, max_files=100).files[0].rel_path == "DCIM/101MEDIA/a.MP4"


@pytest.fixture(scope="module")
def flooded_volume(tmp_path_factory) -> Path:
    """A volume with 100,000 tiny footage-looking files in ten folders."""
    root = tmp_path_factory.mktemp("flood")
    flags = os.O_CREAT | os.O_WRONLY | getattr(os, "O_BINARY", 0)
    for folder in range(10):
        base = root / "DCIM" / f"{100 + folder}MEDIA"
        base.mkdir(parents=True)
        prefix = os.fspath(base) + os.sep
        for n in range(FLOOD // 10):
            os.close(os.open(f"{prefix}F{n:05}.MP4", flags, 0o644))
    return root


@pytest.mark.slow
def test_a_flood_of_files_stops_at_the_entry_limit(flooded_volume, generic):
    started = time.monotonic()
    result = walk_volume(flooded_volume, generic, max_files=5000)
    assert time.monotonic() - started < 5
    assert result.truncated and result.examined == 5000
    assert 0 < len(result.files) <= 5000
    assert "stopped after 5000 entries: the volume was not fully examined" in result.problems
    assert rel_paths(result) == sorted(rel_paths(result))


@pytest.mark.slow
def test_a_flood_of_files_returns_in_time_with_default_limits(flooded_volume, generic):
    started = time.monotonic()
    result = walk_volume(flooded_volume, generic)
    elapsed = time.monotonic() - started
    assert elapsed < 15, f"walking took {elapsed:.1f} s"
    assert result.truncated
    assert len(result.files) <= 20000
    assert any(p.startswith("stopped after") for p in result.problems)
