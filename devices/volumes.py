"""Finding docked recorders among the mounted volumes, and noticing when one comes or goes.

A recorder on its charging dock shows up as a USB mass-storage volume (order No. 444, п.11).
`scan_roots` is pure: given (root folder, volume label) pairs and the vendor profiles it says which
roots are recorders, of which profile, with which serial number; tests feed it plain folders.
`VolumeWatcher` polls the mounted volumes on a QTimer, scans them with `scan_roots`, diffs the
result against the previous scan and emits `connected` / `disconnected` with the value objects.

A volume is recognised, strongest first, by a profile's ID file (e.g. DEVICE/ID.TXT present), by a
volume label matching a profile's label pattern, or by a folder a profile names in `match_folders`
(the generic profile: DCIM). Anything else is not a recorder and is ignored.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

from PySide6.QtCore import QObject, QStorageInfo, QTimer, Signal

from devices.profiles import VendorProfile, all_profiles

logger = logging.getLogger(__name__)

MATCHED_BY = ("id_file", "volume_label", "folder")
NETWORK_FILE_SYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smbfs", "smb2", "smb3", "ncpfs", "afs", "9p", "ceph", "glusterfs", "lustre",
    "davfs", "webdav", "sshfs", "fuse.sshfs", "fuse.rclone", "fuse.davfs2", "fuse.gvfsd-fuse", "fuse.s3fs",
})
PSEUDO_FILE_SYSTEMS = frozenset({
    "tmpfs", "devtmpfs", "ramfs", "proc", "sysfs", "devpts", "cgroup", "cgroup2", "autofs", "debugfs", "tracefs",
    "securityfs", "pstore", "bpf", "configfs", "fusectl", "mqueue", "hugetlbfs", "binfmt_misc", "efivarfs", "nsfs",
    "rpc_pipefs", "overlay", "squashfs", "erofs", "iso9660", "udf", "fuse.snapfuse", "fuse.portal",
})
# File systems a recorder's storage is formatted with; a read-only volume of another type is a
# snapshot or an image, not a recorder (a recorder mounted read-only on purpose stays in).
REMOVABLE_FILE_SYSTEMS = frozenset({"vfat", "msdos", "fat", "fat12", "fat16", "fat32", "exfat", "ntfs", "ntfs3",
                                    "fuseblk", "fuse.exfat"})
SYSTEM_MOUNT_PREFIXES = ("/boot", "/proc", "/sys", "/dev", "/snap", "/var/lib/snapd", "/run/user", "/run/snapd")


@dataclass(frozen=True)
class DetectedVolume:
    """A mounted volume recognised as a recorder; equal values mean the same recorder in the same place."""

    root: Path
    label: str
    profile_name: str
    serial: str | None
    matched_by: str  # one of MATCHED_BY


def identify(root: Path, label: str, profiles: Sequence[VendorProfile]) -> DetectedVolume | None:
    """The recorder at `root`, or None if no profile recognises the volume."""
    root = Path(root)
    strong: list[DetectedVolume] = []
    for item in profiles:
        if item.serial is None:
            continue
        if item.serial.kind == "id_file":
            if item.has_id_file(root):
                strong.append(DetectedVolume(root, label, item.name, item.read_serial(root), "id_file"))
        else:
            serial = item.serial_from_label(label)
            if serial:
                strong.append(DetectedVolume(root, label, item.name, serial, "volume_label"))
    if strong:
        if len(strong) > 1:
            strong.sort(key=lambda v: v.serial is None)
            logger.warning("%s matches the profiles %s; taking %s", root, ", ".join(v.profile_name for v in strong),
                           strong[0].profile_name)
        return strong[0]
    for item in profiles:
        if item.match_folders and item.has_match_folder(root):
            return DetectedVolume(root, label, item.name, item.read_serial(root, label), "folder")
    return None


def scan_roots(roots: Iterable[tuple[Path, str]], profiles: Sequence[VendorProfile]) -> list[DetectedVolume]:
    """The recorders among the given (root, volume label) pairs, in the order given; others are left out."""
    found: list[DetectedVolume] = []
    seen: set[Path] = set()
    for root, label in roots:
        root = Path(root)
        if root in seen:
            continue
        seen.add(root)
        try:
            if not root.is_dir():
                continue
            volume = identify(root, label or "", profiles)
        except OSError as error:
            logger.info("cannot look at %s: %s", root, error)
            continue
        if volume is not None:
            found.append(volume)
    return found


def diff_volumes(old: Iterable[DetectedVolume], new: Iterable[DetectedVolume]
                 ) -> tuple[list[DetectedVolume], list[DetectedVolume]]:
    """(connected, disconnected): values in `new` but not in `old`, and in `old` but not in `new`."""
    old, new = list(old), list(new)
    old_set, new_set = set(old), set(new)
    return [v for v in new if v not in old_set], [v for v in old if v not in new_set]


def _is_unc(text: str) -> bool:
    """A network path (//server/share, \\\\server\\share); Windows' local \\\\?\\ and \\\\.\\ device paths are not."""
    text = text.replace("\\", "/")
    return text.startswith("//") and not text.startswith(("//?/", "//./"))


def is_candidate_volume(root_path: str, file_system: str, device: str, *, valid: bool = True, ready: bool = True,
                        system_root: bool = False, read_only: bool = False) -> bool:
    """Whether a mounted volume may be a docked recorder, from what the OS says about it (pure)."""
    fs = file_system.strip().lower()
    if not valid or not ready or system_root or not root_path:
        return False
    if fs in NETWORK_FILE_SYSTEMS or _is_unc(device) or _is_unc(root_path):
        return False
    if fs in PSEUDO_FILE_SYSTEMS:
        return False
    if read_only and fs not in REMOVABLE_FILE_SYSTEMS:
        return False
    path = root_path.replace("\\", "/").rstrip("/") or "/"
    return not any(path == prefix or path.startswith(prefix + "/") for prefix in SYSTEM_MOUNT_PREFIXES)


def _text(value) -> str:
    data = value.data() if hasattr(value, "data") else value
    return data.decode("utf-8", errors="replace") if isinstance(data, (bytes, bytearray)) else str(data or "")


def mounted_roots() -> list[tuple[Path, str]]:
    """(root, label) of the mounted volumes that may be recorders: not the system root, not network
    shares, not pseudo or snapshot file systems, only volumes that are ready."""
    roots = []
    for info in QStorageInfo.mountedVolumes():
        root_path = info.rootPath()
        if is_candidate_volume(root_path, _text(info.fileSystemType()), _text(info.device()), valid=info.isValid(),
                               ready=info.isReady(), system_root=info.isRoot(), read_only=info.isReadOnly()):
            roots.append((Path(root_path), info.name() or ""))
    return roots


class VolumeWatcher(QObject):
    """Polls the mounted volumes every `interval_ms` and emits recorders that appear and disappear.

    `roots_provider` replaces the QStorageInfo poll (tests give folders). `start()` scans at once,
    so a recorder already docked when the application starts is reported too.
    """

    connected = Signal(object)  # DetectedVolume
    disconnected = Signal(object)  # DetectedVolume

    def __init__(self, profiles: Sequence[VendorProfile] | None = None, *, interval_ms: int = 2000,
                 roots_provider: Callable[[], list[tuple[Path, str]]] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._profiles = tuple(profiles) if profiles is not None else None
        self._roots_provider = roots_provider or mounted_roots
        self._volumes: list[DetectedVolume] = []
        self._checking = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    @property
    def volumes(self) -> tuple[DetectedVolume, ...]:
        """The recorders found by the last scan."""
        return tuple(self._volumes)

    def is_active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        self.check()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> tuple[list[DetectedVolume], list[DetectedVolume]]:
        """Scan now; emit and return (connected, disconnected). A scan that fails changes nothing."""
        if self._checking:  # a slot's nested event loop let the timer fire again
            return [], []
        self._checking = True
        try:
            try:
                profiles = self._profiles if self._profiles is not None else all_profiles()
                current = scan_roots(self._roots_provider(), profiles)
            except Exception:  # never let one bad poll stop the watcher
                logger.exception("scanning the mounted volumes failed")
                return [], []
            connected, disconnected = diff_volumes(self._volumes, current)
            self._volumes = current
            for volume in disconnected:
                logger.info("recorder volume gone: %s (%s)", volume.root, volume.profile_name)
                self.disconnected.emit(volume)
            for volume in connected:
                logger.info("recorder volume docked: %s (%s, serial %s, by %s)", volume.root, volume.profile_name,
                            volume.serial, volume.matched_by)
                self.connected.emit(volume)
            return connected, disconnected
        finally:
            self._checking = False
