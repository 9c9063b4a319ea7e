"""A secret that belongs to this PC's installation: the key that encrypts the installation key at rest.

The headless station seals recordings with nobody signed in, so the installation key must be usable
without a person's password. Its private half is stored only encrypted (AES-256-GCM, see
`installation_key.py`) under this machine secret, which is kept apart from the database:

* on Windows, protected by DPAPI for the Windows account that runs the app (CryptProtectData), so a
  copy of the data folder taken to another PC or account is useless;
* elsewhere, a file readable by its owner only (mode 0600) in the data folder's `keys/` directory.

The storage-password issue ties the installation key to the storage password on top of this.
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

from inspector_app.errors import AppError

SECRET_BYTES = 32


class MachineSecretError(AppError):
    code = "machine_secret"


def load_or_create(keys_dir: Path) -> bytes:
    """The installation's machine secret, made (and written atomically) on first use."""
    keys_dir.mkdir(parents=True, exist_ok=True)
    path = keys_dir / ("installation.dpapi" if sys.platform == "win32" else "installation.secret")
    if path.exists():
        blob = path.read_bytes()
        secret = _unprotect(blob) if sys.platform == "win32" else blob
        if len(secret) != SECRET_BYTES:
            raise MachineSecretError(f"The installation secret in {path} is damaged", code="machine_secret_damaged")
        return secret
    secret = os.urandom(SECRET_BYTES)
    blob = _protect(secret) if sys.platform == "win32" else secret
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    try:
        os.write(fd, blob)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    return secret


class _Blob(ctypes.Structure):
    _fields_ = [("cbData", ctypes.c_uint32), ("pbData", ctypes.POINTER(ctypes.c_char))]


def _dpapi(function_name: str, data: bytes) -> bytes:  # pragma: no cover - Windows only
    crypt32, kernel32 = ctypes.windll.crypt32, ctypes.windll.kernel32
    buffer = ctypes.create_string_buffer(data, len(data))
    blob_in = _Blob(len(data), ctypes.cast(buffer, ctypes.POINTER(ctypes.c_char)))
    blob_out = _Blob()
    if not getattr(crypt32, function_name)(ctypes.byref(blob_in), None, None, None, None, 0, ctypes.byref(blob_out)):
        raise MachineSecretError("Windows refused to protect or unprotect the installation secret")
    try:
        return ctypes.string_at(blob_out.pbData, blob_out.cbData)
    finally:
        kernel32.LocalFree(blob_out.pbData)


def _protect(secret: bytes) -> bytes:  # pragma: no cover - Windows only
    return _dpapi("CryptProtectData", secret)


def _unprotect(blob: bytes) -> bytes:  # pragma: no cover - Windows only
    return _dpapi("CryptUnprotectData", blob)
