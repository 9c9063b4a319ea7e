"""The files of an evidence package: where they go (a folder or a ZIP file), their names, and the
`SHA256SUMS` list in the form `sha256sum -c` reads.

A package is read back through `PackageReader`, for a folder or a ZIP file alike, so the package is
verified from what was written, and anywhere else from only what a court was given.
"""

from __future__ import annotations

import hashlib
import os
import re
import zipfile
from pathlib import Path
from typing import BinaryIO, Iterator

FORMAT = "inspector-app/evidence-package/v1"
MANIFEST = "manifest.json"
MANIFEST_SIG = "manifest.json.sig"
SUMS = "SHA256SUMS"
PUBLIC_KEY = "installation_key.pem"
CUSTODY = "custody.pdf"
VERIFY = "VERIFY.txt"
RECORDINGS = "recordings"
DOCUMENTS = "documents"
NOT_LISTED = (SUMS, MANIFEST_SIG)  # every other file is in SHA256SUMS
CHUNK = 1024 * 1024

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(name: str, fallback: str) -> str:
    """A file name any file system and `sha256sum -c` take without quoting: the basename, plain letters."""
    base = _UNSAFE.sub("_", name.replace("\\", "/").rsplit("/", 1)[-1]).strip("._")
    return base or fallback


def sums_text(digests: dict[str, str]) -> bytes:
    """`<sha256>  <path>` per file (text mode, two spaces), sorted, as coreutils writes and reads it."""
    return "".join(f"{digests[name]}  {name}\n" for name in sorted(digests)).encode("utf-8")


def parse_sums(data: bytes) -> tuple[dict[str, str], list[str]]:
    """The SHA256SUMS lines as {path: sha256}, and one problem per line that is not a checksum line."""
    found, problems = {}, []
    for number, line in enumerate(data.decode("utf-8", errors="replace").splitlines(), 1):
        match = re.fullmatch(r"([0-9a-f]{64}) [ *](.+)", line)
        if not match:
            problems.append(f"{SUMS} line {number} is not a checksum line")
            continue
        found[match.group(2)] = match.group(1)
    return found, problems


class HashingWriter:
    """A write-only stream that hashes and counts what passes through it."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream, self.digest, self.size = stream, hashlib.sha256(), 0

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        self.size += len(data)
        return self.stream.write(data)


class FolderSink:
    """Writes the package's files into a (temporary) folder; each file is synced to the disk."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.digests: dict[str, str] = {}

    def write_stream(self, name: str, copy) -> HashingWriter:
        """`copy(writer)` writes the content; returns the writer (its hash and size)."""
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "xb") as stream:
            writer = HashingWriter(stream)
            copy(writer)
            stream.flush()
            os.fsync(stream.fileno())
        self.digests[name] = writer.digest.hexdigest()
        return writer

    def write_bytes(self, name: str, data: bytes) -> str:
        return self.write_stream(name, lambda writer: writer.write(data)).digest.hexdigest()

    def close(self) -> None:
        try:
            fd = os.open(self.root, os.O_RDONLY)
        except OSError:  # Windows opens no folder this way; its files are synced already
            return
        try:
            os.fsync(fd)
        except OSError:  # some file systems (a network share) cannot sync a folder
            pass
        finally:
            os.close(fd)


class ZipSink:
    """Writes the package's files into a (temporary) ZIP file, streaming: the footage is stored as it is."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.zip = zipfile.ZipFile(path, "x", allowZip64=True)
        self.digests: dict[str, str] = {}

    def write_stream(self, name: str, copy) -> HashingWriter:
        stored = name.startswith(RECORDINGS + "/")  # video is compressed already
        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        with self.zip.open(info, "w", force_zip64=stored) as stream:
            writer = HashingWriter(stream)
            copy(writer)
        self.digests[name] = writer.digest.hexdigest()
        return writer

    def write_bytes(self, name: str, data: bytes) -> str:
        return self.write_stream(name, lambda writer: writer.write(data)).digest.hexdigest()

    def close(self) -> None:
        self.zip.close()
        with open(self.path, "rb+") as stream:
            os.fsync(stream.fileno())

    def abort(self) -> None:
        try:
            self.zip.close()
        except Exception:  # noqa: BLE001 - the file is removed anyway
            pass


class PackageReader:
    """The files of a package, from its folder or its ZIP file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.zip = zipfile.ZipFile(self.path) if self.path.is_file() else None

    def names(self) -> list[str]:
        if self.zip is not None:
            return sorted(i.filename for i in self.zip.infolist() if not i.is_dir())
        return sorted(p.relative_to(self.path).as_posix() for p in self.path.rglob("*") if p.is_file())

    def exists(self, name: str) -> bool:
        return name in self.names()

    def open(self, name: str) -> BinaryIO:
        if self.zip is not None:
            return self.zip.open(name)
        return open(self.path / name, "rb")

    def read(self, name: str) -> bytes:
        with self.open(name) as stream:
            return stream.read()

    def hash(self, name: str) -> tuple[str, int]:
        digest, size = hashlib.sha256(), 0
        with self.open(name) as stream:
            if hasattr(os, "posix_fadvise") and self.zip is None:  # read what is on the disk, not the cache
                os.posix_fadvise(stream.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
            for chunk in iter_chunks(stream):
                digest.update(chunk)
                size += len(chunk)
        return digest.hexdigest(), size

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()


def iter_chunks(stream: BinaryIO, size: int = CHUNK) -> Iterator[bytes]:
    while chunk := stream.read(size):
        yield chunk
