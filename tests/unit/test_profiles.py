"""Vendor profiles: the shipped files, the checks on a profile file, file kinds, start times, sequence numbers,
and what a docked recorder reports (serial, battery, clock)."""

from __future__ import annotations

import copy
import json
import logging
import os
from datetime import datetime
from pathlib import Path

import pytest

from devices.profile_schema import ProfileError
from devices.profiles import (
    load_profile_file,
    load_profiles,
    parse_profile,
    profile,
    profile_names,
)
from resources.paths import profiles_dir

HIKVISION_NAME = "20261123_093015_0001.MP4"
DOZOR_NAME = "REC_2026-11-23_09-30-15_N0012.MP4"
BOBLOV_NAME = "2026_1123_093015_007.MP4"


def write(root: Path, rel: str, data: bytes | str = b"x") -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def minimal(**changes) -> dict:
    data = {"name": "test", "title": "Test recorder", "serial": None, "video_globs": ["VIDEO/*.MP4"],
            "file_time": r"(?P<Y>\d{4})(?P<m>\d{2})(?P<d>\d{2})_(?P<H>\d{2})(?P<M>\d{2})(?P<S>\d{2})"}
    data.update(changes)
    return {k: v for k, v in data.items() if v is not ...}


# --- the shipped profiles -------------------------------------------------------------------------


def test_shipped_profiles_all_load_generic_first():
    loaded = load_profiles()
    assert loaded.errors == ()
    names = [p.name for p in loaded.profiles]
    assert names[0] == "generic"
    assert set(names) >= {"generic", "hikvision-dswa", "boblov", "dozor"}
    assert profile_names() == tuple(names)
    assert profile("dozor").title == "Dozor-77 (Symicon)"
    assert profile("no-such-profile") is None


def test_each_known_profile_is_its_own_file():
    files = {p.stem for p in profiles_dir().glob("*.json")}
    assert {"generic", "hikvision-dswa", "boblov", "dozor"} <= files
    for path in profiles_dir().glob("*.json"):
        assert json.loads(path.read_text(encoding="utf-8"))["name"] == path.stem


def test_profiles_are_frozen_values():
    item = profile("hikvision-dswa")
    with pytest.raises(AttributeError):
        item.title = "other"
    assert item == load_profile_file(profiles_dir() / "hikvision-dswa.json")
    assert hash(item) == hash(load_profile_file(profiles_dir() / "hikvision-dswa.json"))


def test_defaults_and_flags_of_the_realistic_profiles():
    hik, dozor, boblov, generic = (profile(n) for n in ("hikvision-dswa", "dozor", "boblov", "generic"))
    assert (hik.segment_seconds, dozor.segment_seconds, boblov.segment_seconds) == (600, 300, 300)
    assert hik.reports_battery and dozor.reports_battery and not boblov.reports_battery
    assert not any(p.may_clear_after_verified_copy for p in (hik, dozor, boblov, generic))
    assert generic.serial is None and generic.match_folders == ("DCIM",)
    assert hik.serial.kind == "id_file" and dozor.serial.kind == "volume_label"


# --- checks on a profile file ---------------------------------------------------------------------


def test_minimal_profile_parses_with_defaults():
    item = parse_profile(minimal())
    assert item.audio_globs == () and item.sequence_regex is None and item.segment_seconds is None
    assert item.may_clear_after_verified_copy is False and item.reports_battery is False


@pytest.mark.parametrize(("changes", "key", "words"), [
    ({"file_time": ...}, "file_time", "required"),
    ({"colour": "red"}, "colour", "unknown key"),
    ({"title": 5}, "title", "must be a string"),
    ({"title": "  "}, "title", "empty"),
    ({"name": "Has Spaces"}, "name", "lower-case"),
    ({"video_globs": "VIDEO/*.MP4"}, "video_globs", "must be a list"),
    ({"video_globs": [1]}, "video_globs", "list of strings"),
    ({"video_globs": []}, "video_globs", "at least one glob"),
    ({"video_globs": ["/VIDEO/*.MP4"]}, "video_globs", "relative"),
    ({"video_globs": ["C:/VIDEO/*.MP4"]}, "video_globs", "relative"),
    ({"photo_globs": ["../etc/*"]}, "photo_globs", "'..'"),
    ({"audio_globs": ["AUDIO\\*.WAV"]}, "audio_globs", "'/'"),
    ({"video_globs": ["VIDEO/**"]}, "video_globs", "file name pattern"),
    ({"file_time": "(?P<Y>\\d{4"}, "file_time", "not a valid regular expression"),
    ({"file_time": "(?P<Y>\\d{4})(?P<m>\\d{2})"}, "file_time", "d, H, M, S"),
    ({"sequence_regex": "(\\d+)"}, "sequence_regex", "seq"),
    ({"segment_seconds": 0}, "segment_seconds", "between 1"),
    ({"segment_seconds": 300.5}, "segment_seconds", "whole number"),
    ({"segment_seconds": True}, "segment_seconds", "whole number"),
    ({"reports_battery": "yes"}, "reports_battery", "true or false"),
    ({"may_clear_after_verified_copy": 1}, "may_clear_after_verified_copy", "true or false"),
    ({"battery_file": {"path": "S.TXT", "regex": "(?P<percent>\\d+)"}}, "battery_file", "reports_battery is false"),
    ({"reports_battery": True, "battery_file": {"path": "S.TXT", "regex": "(\\d+)"}}, "battery_file.regex",
     "percent"),
    ({"clock_file": {"path": "S.TXT"}}, "clock_file.regex", "required"),
    ({"clock_file": {"path": "../S.TXT", "regex": "x"}}, "clock_file.path", "'..'"),
    ({"serial": {"kind": "barcode", "regex": "(?P<serial>.+)"}}, "serial.kind", "id_file, volume_label"),
    ({"serial": {"kind": "id_file", "regex": "(?P<serial>.+)"}}, "serial.path", "required"),
    ({"serial": {"kind": "volume_label", "path": "ID.TXT", "regex": "(?P<serial>.+)"}}, "serial", "unknown key"),
    ({"serial": {"kind": "volume_label", "regex": "(.+)"}}, "serial.regex", "serial"),
    ({"serial": {"kind": "id_file", "path": "DEVICE/*.TXT", "regex": "(?P<serial>.+)"}}, "serial.path",
     "wildcards"),
    ({"match_folders": ["/DCIM"]}, "match_folders", "relative"),
])
def test_a_broken_profile_names_the_key(changes, key, words):
    with pytest.raises(ProfileError) as caught:
        parse_profile(minimal(**changes))
    assert caught.value.key == key
    assert words in caught.value.message


def test_not_an_object():
    with pytest.raises(ProfileError, match="one JSON object"):
        parse_profile(["name", "test"])


def test_file_errors_name_the_file(tmp_path):
    (tmp_path / "broken.json").write_text('{"name": "broken",\n "title": }', encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile_file(tmp_path / "broken.json")
    assert caught.value.file.endswith("broken.json") and "line 2" in str(caught.value)

    (tmp_path / "other.json").write_text(json.dumps(minimal()), encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile_file(tmp_path / "other.json")
    assert caught.value.key == "name" and "other.json" in str(caught.value)

    (tmp_path / "test.json").write_text(json.dumps(minimal(segment_seconds=-5)), encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile_file(tmp_path / "test.json")
    assert str(caught.value).startswith(str(tmp_path / "test.json")) and "'segment_seconds'" in str(caught.value)


def test_broken_files_are_skipped_and_logged_the_rest_load(tmp_path, caplog):
    for path in profiles_dir().glob("*.json"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / "bad-regex.json").write_text(json.dumps(minimal(name="bad-regex", file_time="(")), encoding="utf-8")
    (tmp_path / "not-json.json").write_bytes(b"\xff\xfe garbage")
    duplicate = json.loads((profiles_dir() / "dozor.json").read_text(encoding="utf-8"))
    (tmp_path / "zz-copy.json").write_text(json.dumps({**duplicate, "name": "zz-copy"}), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a profile", encoding="utf-8")
    with caplog.at_level(logging.ERROR, logger="devices.profiles"):
        loaded = load_profiles(tmp_path)
    names = [p.name for p in loaded.profiles]
    assert names == ["generic", "boblov", "dozor", "hikvision-dswa", "zz-copy"]
    assert len(loaded.errors) == 2
    assert any("bad-regex.json" in e and "'file_time'" in e for e in loaded.errors)
    assert any("not-json.json" in e for e in loaded.errors)
    assert sum("vendor profile skipped" in r.getMessage() for r in caplog.records) == 2


def test_an_empty_or_missing_folder_gives_no_profiles(tmp_path):
    assert load_profiles(tmp_path).profiles == ()
    assert load_profiles(tmp_path / "missing").profiles == ()


# --- classify ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "rel_path", "kind"), [
    ("hikvision-dswa", f"RECORD/20261123/{HIKVISION_NAME}", "video"),
    ("hikvision-dswa", "record/20261123/20261123_093015_0002.mp4", "video"),
    ("hikvision-dswa", "RECORD/20261123/20261123_093015_0003.WAV", "audio"),
    ("hikvision-dswa", "PICTURE/20261123/20261123_093015_0004.JPG", "photo"),
    ("hikvision-dswa", HIKVISION_NAME, None),
    ("hikvision-dswa", f"RECORD/{HIKVISION_NAME}", None),
    ("hikvision-dswa", f"RECORD/a/b/{HIKVISION_NAME}", None),
    ("hikvision-dswa", "RECORD/20261123/notes.txt", None),
    ("dozor", f"VIDEO/{DOZOR_NAME}", "video"),
    ("dozor", f"VIDEO/2026-11-23/{DOZOR_NAME}", "video"),
    ("dozor", "AUDIO/AUD_2026-11-23_09-30-15_N0013.WAV", "audio"),
    ("dozor", "photo/img_2026-11-23_09-30-15_n0014.jpg", "photo"),
    ("dozor", "DCIM/100MEDIA/x.MP4", None),
    ("boblov", f"DCIM/100MEDIA/{BOBLOV_NAME}", "video"),
    ("boblov", "DCIM/101MEDIA/2026_1123_093515_008.MOV", "video"),
    ("boblov", "DCIM/100MEDIA/2026_1123_093015_009.JPG", "photo"),
    ("boblov", "DCIM/100CANON/x.MP4", None),
    ("generic", "DCIM/100MEDIA/VID_0001.MP4", "video"),
    ("generic", "DCIM/clip.avi", "video"),
    ("generic", "dcim/100media/a.jpeg", "photo"),
    ("generic", "VIDEO/a.MP4", None),
])
def test_classify(name, rel_path, kind):
    assert profile(name).classify(rel_path) == kind


def test_double_star_and_folder_pruning():
    item = parse_profile(minimal(video_globs=["DATA/**/*.MP4"], photo_globs=["PIC/*.JPG"]))
    assert item.classify("DATA/a.mp4") == "video"
    assert item.classify("DATA/x/y/z/a.MP4") == "video"
    assert item.classify("OTHER/a.MP4") is None
    assert item.may_contain(("DATA", "x", "y"))
    assert item.may_contain(("pic",))
    assert not item.may_contain(("PIC", "deeper"))
    assert not item.may_contain(("OTHER",))


# --- start times and sequence numbers --------------------------------------------------------------------


@pytest.mark.parametrize(("name", "file_name", "text", "sequence"), [
    ("hikvision-dswa", HIKVISION_NAME, "2026-11-23 09:30:15", 1),
    ("hikvision-dswa", "20261231_235959_0420.wav", "2026-12-31 23:59:59", 420),
    ("dozor", DOZOR_NAME, "2026-11-23 09:30:15", 12),
    ("dozor", "img_2027-01-02_00-00-01_n0001.jpg", "2027-01-02 00:00:01", 1),
    ("boblov", BOBLOV_NAME, "2026-11-23 09:30:15", 7),
    ("boblov", "2026_0101_000000_999.MOV", "2026-01-01 00:00:00", 999),
])
def test_start_time_and_sequence(name, file_name, text, sequence):
    item = profile(name)
    assert item.start_time_text(file_name) == text
    assert item.parse_start_local(file_name) == datetime.fromisoformat(text)
    assert item.parse_start_local(file_name).tzinfo is None
    assert item.sequence_number(file_name) == sequence
    assert item.parse_start_local(f"RECORD/20261123/{file_name}") == datetime.fromisoformat(text)


def test_a_name_that_states_no_time():
    for name, file_name in (("hikvision-dswa", "IMG_0001.MP4"), ("dozor", "REC_2026-11-23_N0001.MP4"),
                            ("boblov", "FILE0001.MOV")):
        item = profile(name)
        assert item.start_time_text(file_name) is None
        assert item.parse_start_local(file_name) is None
        assert item.sequence_number(file_name) is None


def test_an_impossible_date_keeps_its_text_but_has_no_value():
    hik = profile("hikvision-dswa")
    assert hik.start_time_text("20261323_093015_0001.MP4") == "2026-13-23 09:30:15"
    assert hik.parse_start_local("20261323_093015_0001.MP4") is None
    assert hik.parse_start_local("20260230_250000_0001.MP4") is None


def test_digits_of_other_scripts_are_not_numbers():
    hik = profile("hikvision-dswa")
    arabic = "٢٠٢٦١١٢٣_٠٩٣٠١٥_٠٠٠١.MP4"
    assert hik.parse_start_local(arabic) is None and hik.start_time_text(arabic) is None
    assert hik.sequence_number("20261123_093015_٠٠٠١.MP4") is None


def test_generic_reads_common_time_patterns():
    generic = profile("generic")
    for file_name in ("VID_20261123_093015.MP4", "2026_1123_093015_001.MOV", "REC_2026-11-23_09-30-15.AVI"):
        assert generic.parse_start_local(file_name) == datetime(2026, 11, 23, 9, 30, 15), file_name
    assert generic.sequence_number("VID_20261123_093015.MP4") is None
    assert generic.parse_start_local("MOVI0001.AVI") is None


def test_two_digit_years_are_this_century():
    item = parse_profile(minimal(file_time=r"(?P<d>\d\d)(?P<m>\d\d)(?P<Y>\d\d)_(?P<H>\d\d)(?P<M>\d\d)(?P<S>\d\d)"))
    assert item.parse_start_local("231126_093015.MP4") == datetime(2026, 11, 23, 9, 30, 15)


# --- serial, battery and clock -----------------------------------------------------------------------------


def test_serial_from_the_id_file(tmp_path):
    write(tmp_path, "DEVICE/ID.TXT", "MODEL=DS-MCW406\r\nSN=J48819201\r\nFW=V1.2.0\r\n")
    assert profile("hikvision-dswa").read_serial(tmp_path) == "J48819201"
    assert profile("hikvision-dswa").has_id_file(tmp_path)
    write(tmp_path, "MISC/DEVINFO.TXT", "Model: KJ21\nDeviceID: KJ21-230914-0381\n")
    assert profile("boblov").read_serial(tmp_path) == "KJ21-230914-0381"


def test_id_file_is_found_whatever_the_case(tmp_path):
    write(tmp_path, "device/id.txt", "sn=J48819237")
    assert profile("hikvision-dswa").read_serial(tmp_path) == "J48819237"


def test_id_file_in_utf16_with_bom(tmp_path):
    write(tmp_path, "DEVICE/ID.TXT", "SN=L20417752\r\n".encode("utf-16"))
    assert profile("hikvision-dswa").read_serial(tmp_path) == "L20417752"


def test_id_file_without_a_serial(tmp_path):
    write(tmp_path, "DEVICE/ID.TXT", "nothing useful")
    assert profile("hikvision-dswa").has_id_file(tmp_path)
    assert profile("hikvision-dswa").read_serial(tmp_path) is None
    assert profile("hikvision-dswa").read_serial(tmp_path / "missing") is None


def test_only_the_first_kilobytes_of_an_id_file_are_read(tmp_path):
    write(tmp_path, "DEVICE/ID.TXT", b"#" * 5000 + b"\nSN=J48819201\n")
    assert profile("hikvision-dswa").read_serial(tmp_path) is None


def test_an_id_file_that_is_a_link_is_not_read(tmp_path):
    outside = write(tmp_path / "outside", "ID.TXT", "SN=J00000001")
    (tmp_path / "vol" / "DEVICE").mkdir(parents=True)
    os.symlink(outside, tmp_path / "vol" / "DEVICE" / "ID.TXT")
    assert profile("hikvision-dswa").read_serial(tmp_path / "vol") is None
    assert not profile("hikvision-dswa").has_id_file(tmp_path / "vol")
    (tmp_path / "vol3").mkdir()
    os.symlink(outside.parent, tmp_path / "vol3" / "DEVICE")
    assert profile("hikvision-dswa").read_serial(tmp_path / "vol3") is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_an_id_file_that_is_a_fifo_does_not_block(tmp_path):
    (tmp_path / "DEVICE").mkdir()
    os.mkfifo(tmp_path / "DEVICE" / "ID.TXT")
    assert profile("hikvision-dswa").read_serial(tmp_path) is None


def test_serial_from_the_volume_label():
    dozor = profile("dozor")
    assert dozor.read_serial(Path("/nowhere"), "D77-0311458") == "77-0311458"
    assert dozor.serial_from_label("d77-0311462") == "77-0311462"
    assert dozor.serial_from_label("NO NAME") is None
    assert dozor.serial_from_label("") is None
    assert profile("hikvision-dswa").serial_from_label("D77-0311458") is None
    assert profile("generic").read_serial(Path("/nowhere"), "D77-0311458") is None


def test_battery_and_clock(tmp_path):
    write(tmp_path, "DEVICE/STATUS.TXT", "BATTERY=87%\nTIME=2026/11/23 09:41:07\nSTORAGE=12%\n")
    hik = profile("hikvision-dswa")
    assert hik.read_battery(tmp_path) == 87
    assert hik.read_clock(tmp_path) == datetime(2026, 11, 23, 9, 41, 7)
    write(tmp_path, "SYSTEM/STATE.INI", "[state]\nBattery=100\nClock=2026-11-23T09:41:07\n")
    dozor = profile("dozor")
    assert dozor.read_battery(tmp_path) == 100
    assert dozor.read_clock(tmp_path) == datetime(2026, 11, 23, 9, 41, 7)
    assert profile("boblov").read_battery(tmp_path) is None and profile("boblov").read_clock(tmp_path) is None


def test_battery_and_clock_that_make_no_sense(tmp_path):
    write(tmp_path, "SYSTEM/STATE.INI", "Battery=140\nClock=2026-02-30 09:41:07\n")
    assert profile("dozor").read_battery(tmp_path) is None
    assert profile("dozor").read_clock(tmp_path) is None
    assert profile("dozor").read_battery(tmp_path / "missing") is None


def test_profile_copies_are_independent():
    data = json.loads((profiles_dir() / "boblov.json").read_text(encoding="utf-8"))
    first, second = parse_profile(copy.deepcopy(data)), parse_profile(data)
    assert first == second and first is not second
