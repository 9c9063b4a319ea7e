"""The volume watcher on its timer: folders appear in and vanish from an injected list of mounted roots."""

from __future__ import annotations

from pathlib import Path

import pytest

from devices.profiles import all_profiles
from devices.volumes import DetectedVolume, VolumeWatcher, mounted_roots

INTERVAL_MS = 20


def write(root: Path, rel: str, data: str = "x") -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data, encoding="utf-8")


class Recorded:
    def __init__(self, watcher: VolumeWatcher) -> None:
        self.connected: list[DetectedVolume] = []
        self.disconnected: list[DetectedVolume] = []
        watcher.connected.connect(self.connected.append)
        watcher.disconnected.connect(self.disconnected.append)


@pytest.fixture
def mounted() -> list[tuple[Path, str]]:
    return []


@pytest.fixture
def watcher(qtbot, mounted):
    item = VolumeWatcher(all_profiles(), interval_ms=INTERVAL_MS, roots_provider=lambda: list(mounted))
    yield item
    item.stop()


def let_timer_run(qtbot, ticks: int = 5) -> None:
    qtbot.wait(INTERVAL_MS * ticks)


def test_a_docked_recorder_is_reported_once_then_its_removal(qtbot, tmp_path, watcher, mounted):
    seen = Recorded(watcher)
    watcher.start()
    assert watcher.is_active()
    let_timer_run(qtbot)
    assert seen.connected == []

    hik = tmp_path / "HIK"
    write(hik, "DEVICE/ID.TXT", "SN=J48819201\n")
    with qtbot.waitSignal(watcher.connected, timeout=2000) as blocker:
        mounted.append((hik, "HIKVISION"))
    volume = blocker.args[0]
    assert volume == DetectedVolume(hik, "HIKVISION", "hikvision-dswa", "J48819201", "id_file")
    let_timer_run(qtbot)
    assert seen.connected == [volume]
    assert watcher.volumes == (volume,)

    with qtbot.waitSignal(watcher.disconnected, timeout=2000) as blocker:
        mounted.clear()
    assert blocker.args == [volume]
    let_timer_run(qtbot)
    assert seen.connected == [volume] and seen.disconnected == [volume]
    assert watcher.volumes == ()


def test_a_folder_that_is_not_a_recorder_is_ignored(qtbot, tmp_path, watcher, mounted):
    seen = Recorded(watcher)
    stick = tmp_path / "STICK"
    write(stick, "documents/act.pdf")
    mounted.append((stick, "KINGSTON"))
    watcher.start()
    let_timer_run(qtbot)
    assert seen.connected == [] and watcher.volumes == ()

    camera = tmp_path / "CAM"
    (camera / "DCIM").mkdir(parents=True)
    dozor = tmp_path / "DOZOR"
    (dozor / "VIDEO").mkdir(parents=True)
    with qtbot.waitSignal(watcher.connected, timeout=2000):
        mounted.extend([(camera, "NO NAME"), (dozor, "D77-0311462")])
    let_timer_run(qtbot)
    assert [(v.profile_name, v.serial) for v in seen.connected] == [("generic", None), ("dozor", "77-0311462")]
    assert seen.disconnected == []


def test_a_recorder_already_docked_is_reported_on_start(qtbot, tmp_path, watcher, mounted):
    (tmp_path / "CAM" / "DCIM").mkdir(parents=True)
    mounted.append((tmp_path / "CAM", ""))
    with qtbot.waitSignal(watcher.connected, timeout=1000):
        watcher.start()


def test_stop_stops_polling(qtbot, tmp_path, watcher, mounted):
    seen = Recorded(watcher)
    watcher.start()
    watcher.stop()
    assert not watcher.is_active()
    (tmp_path / "CAM" / "DCIM").mkdir(parents=True)
    mounted.append((tmp_path / "CAM", ""))
    let_timer_run(qtbot)
    assert seen.connected == []
    connected, disconnected = watcher.check()
    assert [v.root for v in connected] == [tmp_path / "CAM"] and disconnected == []


def test_a_failing_poll_changes_nothing(qtbot, tmp_path, caplog):
    calls = {"n": 0}
    (tmp_path / "CAM" / "DCIM").mkdir(parents=True)

    def provider():
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError("mount table unreadable")
        return [(tmp_path / "CAM", "")]

    watcher = VolumeWatcher(all_profiles(), interval_ms=INTERVAL_MS, roots_provider=provider)
    seen = Recorded(watcher)
    assert len(watcher.check()[0]) == 1
    assert watcher.check() == ([], [])
    assert "scanning the mounted volumes failed" in caplog.text
    assert watcher.check() == ([], [])
    assert len(seen.connected) == 1 and seen.disconnected == []


def test_the_real_mount_list_never_offers_the_system_root(qtbot):
    roots = mounted_roots()
    assert all(isinstance(root, Path) and isinstance(label, str) for root, label in roots)
    assert Path("/") not in [root for root, _ in roots]
    watcher = VolumeWatcher(all_profiles())
    watcher.check()  # the real poll runs without raising
