"""Recognising recorders among mounted volumes: the pure scan over real folders, the diff, the mount filter."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from devices.profiles import all_profiles
from devices.volumes import DetectedVolume, diff_volumes, identify, is_candidate_volume, scan_roots


def write(root: Path, rel: str, data: str = "x") -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data, encoding="utf-8")
    return path


@pytest.fixture
def profiles():
    return all_profiles()


def test_each_kind_of_recorder_is_recognised(tmp_path, profiles):
    hik, dozor, boblov, camera, usb_stick = (tmp_path / n for n in ("hik", "dozor", "boblov", "camera", "stick"))
    write(hik, "DEVICE/ID.TXT", "SN=J48819201\n")
    write(hik, "RECORD/20261123/20261123_093015_0001.MP4")
    (dozor / "VIDEO").mkdir(parents=True)
    write(boblov, "MISC/DEVINFO.TXT", "DeviceID: KJ21-230914-0381")
    (boblov / "DCIM" / "100MEDIA").mkdir(parents=True)
    (camera / "DCIM").mkdir(parents=True)
    write(usb_stick, "report.docx")
    roots = [(hik, "HIKVISION"), (dozor, "D77-0311458"), (boblov, "BODYCAM"), (camera, "NO NAME"), (usb_stick, "USB")]
    found = scan_roots(roots, profiles)
    assert found == [
        DetectedVolume(hik, "HIKVISION", "hikvision-dswa", "J48819201", "id_file"),
        DetectedVolume(dozor, "D77-0311458", "dozor", "77-0311458", "volume_label"),
        DetectedVolume(boblov, "BODYCAM", "boblov", "KJ21-230914-0381", "id_file"),
        DetectedVolume(camera, "NO NAME", "generic", None, "folder"),
    ]


def test_an_id_file_without_a_readable_serial_still_identifies_the_model(tmp_path, profiles):
    write(tmp_path, "device/id.txt", "garbled")
    (tmp_path / "DCIM").mkdir()
    assert identify(tmp_path, "", profiles) == DetectedVolume(tmp_path, "", "hikvision-dswa", None, "id_file")


def test_an_id_file_beats_a_dcim_folder(tmp_path, profiles):
    write(tmp_path, "MISC/DEVINFO.TXT", "DeviceID=KJ21-230914-0397")
    (tmp_path / "DCIM" / "100MEDIA").mkdir(parents=True)
    assert identify(tmp_path, "NO NAME", profiles).profile_name == "boblov"


def test_two_profiles_claiming_a_volume_prefer_the_one_with_a_serial(tmp_path, profiles):
    write(tmp_path, "DEVICE/ID.TXT", "nothing")
    found = identify(tmp_path, "D77-0311475", profiles)
    assert (found.profile_name, found.serial) == ("dozor", "77-0311475")


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_links_do_not_identify_a_volume(tmp_path, profiles):
    write(tmp_path / "real", "DEVICE/ID.TXT", "SN=J48819201")
    (tmp_path / "real" / "DCIM").mkdir()
    (tmp_path / "vol").mkdir()
    os.symlink(tmp_path / "real" / "DEVICE", tmp_path / "vol" / "DEVICE")
    os.symlink(tmp_path / "real" / "DCIM", tmp_path / "vol" / "DCIM")
    assert scan_roots([(tmp_path / "vol", "")], profiles) == []


def test_missing_roots_files_and_repeats_are_skipped(tmp_path, profiles):
    (tmp_path / "cam" / "DCIM").mkdir(parents=True)
    write(tmp_path, "a-file")
    roots = [(tmp_path / "gone", ""), (tmp_path / "a-file", ""), (tmp_path / "cam", "A"), (tmp_path / "cam", "A")]
    assert [v.root for v in scan_roots(roots, profiles)] == [tmp_path / "cam"]
    assert scan_roots([], profiles) == []
    assert scan_roots([(tmp_path / "cam", "A")], []) == []


def test_diff_volumes():
    a = DetectedVolume(Path("/media/a"), "A", "generic", None, "folder")
    b = DetectedVolume(Path("/media/b"), "D77-0311458", "dozor", "77-0311458", "volume_label")
    b_again = DetectedVolume(Path("/media/b"), "D77-0311458", "dozor", "77-0311458", "volume_label")
    c = DetectedVolume(Path("/media/b"), "D77-0311462", "dozor", "77-0311462", "volume_label")
    assert diff_volumes([], [a, b]) == ([a, b], [])
    assert diff_volumes([a, b], [b_again]) == ([], [a])
    assert diff_volumes([a, b], [a, c]) == ([c], [b])  # another recorder docked at the same mount point
    assert diff_volumes([a], [a]) == ([], [])


@pytest.mark.parametrize(("args", "kwargs", "expected"), [
    (("/media/resp/D77-0311458", "vfat", "/dev/sdb1"), {}, True),
    (("/run/media/resp/HIK", "exfat", "/dev/sdc1"), {}, True),
    (("E:/", "FAT32", "\\\\?\\Volume{1234}\\"), {}, True),
    (("/media/resp/CAM", "vfat", "/dev/sdb1"), {"read_only": True}, True),
    (("/", "ext4", "/dev/sda2"), {"system_root": True}, False),
    (("C:/", "NTFS", "\\\\?\\Volume{0}\\"), {"system_root": True}, False),
    (("/media/x", "vfat", "/dev/sdb1"), {"ready": False}, False),
    (("/media/x", "vfat", "/dev/sdb1"), {"valid": False}, False),
    (("/mnt/share", "cifs", "//server/footage"), {}, False),
    (("/mnt/nfs", "nfs4", "server:/export"), {}, False),
    (("Z:/", "NTFS", "//server/share"), {}, False),
    (("//server/share/", "NTFS", ""), {}, False),
    (("Y:/", "NTFS", "\\\\server\\footage"), {}, False),
    (("/snap/core22/1380", "squashfs", "/dev/loop3"), {"read_only": True}, False),
    (("/mnt/snapshot", "btrfs", "/dev/sda3"), {"read_only": True}, False),
    (("/boot/efi", "vfat", "/dev/sda1"), {}, False),
    (("/run/user/1000", "tmpfs", "tmpfs"), {}, False),
    (("/dev/shm", "tmpfs", "tmpfs"), {}, False),
    (("", "vfat", "/dev/sdb1"), {}, False),
])
def test_which_mounted_volumes_may_be_recorders(args, kwargs, expected):
    assert is_candidate_volume(*args, **kwargs) is expected
