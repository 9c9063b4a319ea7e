"""A read-only, random-access `QIODevice` over a recording in the footage vault, for `QMediaPlayer`.

    device = VaultDevice.for_object(ctx.vault, recording.sha256)   # VaultLocked while the vault is locked
    player.setSourceDevice(device, QUrl("recording.mp4"))           # the URL only names the container

The bytes come from `FileVault.open` (a `DecryptingReader` for an encrypted object): each read decrypts
just the 64 KiB chunks it touches, in memory, so a stored recording plays and seeks with no decrypted
copy on disk. The player reads, seeks and asks the size from its own demuxing thread while the device
lives in the GUI thread, so every use of the stream is under a lock; `close()` (or deleting the
device) closes the stream. The device is opened `Unbuffered`: QIODevice keeps no read-ahead of its
own, so `pos()` is always the stream's position.

A chunk that does not authenticate (the stored file was changed) makes the read fail: `read` returns
-1, `errorString()` says why and `failed` is set, and the player reports a resource error.
"""

from __future__ import annotations

import io
import logging
import threading
from typing import BinaryIO

from PySide6.QtCore import QIODevice, QObject

from inspector_app.errors import VaultError

logger = logging.getLogger(__name__)


class VaultDevice(QIODevice):
    """`stream`: a readable, seekable binary stream (the device owns it and closes it)."""

    def __init__(self, stream: BinaryIO, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stream = stream
        self._lock = threading.Lock()
        self._size = _stream_size(stream)
        self.failed: VaultError | OSError | None = None
        stream.seek(0)
        super().open(QIODevice.OpenModeFlag.ReadOnly | QIODevice.OpenModeFlag.Unbuffered)

    @classmethod
    def for_object(cls, vault, sha256: str, parent: QObject | None = None) -> "VaultDevice":
        """The vault object `sha256`, decrypted as it is read (`VaultLocked`, `VaultError` as `vault.open`)."""
        return cls(vault.open(sha256), parent)

    # QIODevice
    def open(self, mode) -> bool:  # noqa: A003 - the QIODevice API
        """Opened once, read-only, by the constructor; it cannot be reopened after `close()`."""
        if self._stream is None or mode & QIODevice.OpenModeFlag.WriteOnly:
            self.setErrorString("A vault recording is opened once and read-only")
            return False
        return self.isOpen()

    def isSequential(self) -> bool:
        return False

    def size(self) -> int:
        return self._size

    def pos(self) -> int:
        return super().pos()

    def seek(self, pos: int) -> bool:
        if pos < 0 or pos > self._size or self._stream is None:
            return False
        with self._lock:
            if self._stream is None:
                return False
            self._stream.seek(pos)
            return super().seek(pos)

    def bytesAvailable(self) -> int:
        return max(0, self._size - self.pos()) if self.isOpen() else 0

    def atEnd(self) -> bool:
        return not self.isOpen() or self.pos() >= self._size

    def readData(self, maxlen: int):
        with self._lock:
            if self._stream is None:
                return -1
            try:
                data = self._stream.read(max(0, maxlen))
            except (VaultError, OSError) as error:
                self.failed = error
                self.setErrorString(str(error))
                logger.warning("reading a vault recording failed: %s", error)
                return -1
        return data if isinstance(data, bytes) else bytes(data)  # PySide copies only `bytes` into Qt's buffer

    def writeData(self, data) -> int:
        return -1

    def close(self) -> None:
        with self._lock:
            stream, self._stream = self._stream, None
        if stream is not None:
            stream.close()
        super().close()


def _stream_size(stream: BinaryIO) -> int:
    size = getattr(stream, "size", None)
    if isinstance(size, int):
        return size
    return stream.seek(0, io.SEEK_END)
