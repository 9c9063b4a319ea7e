"""Writing a finished document: atomically (a temporary file beside it, fsync, rename), so a failure
leaves nothing half-written, and the installation key's line every document prints (п.13)."""

from __future__ import annotations

import os
import tempfile
from contextlib import suppress
from pathlib import Path

from inspector_app.errors import ValidationError


def check_target(out: Path) -> Path:
    out = Path(out)
    if not out.parent.is_dir():
        raise ValidationError(f"The folder {out.parent} does not exist", code="no_folder", path=str(out.parent))
    return out


def write_atomically(out: Path, data: bytes, private: bool = False) -> None:
    """`private`: readable by its owner only (a secret such as the recovery sheet), as mkstemp made it."""
    fd, temp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part")
    try:
        if not private:
            os.chmod(temp, 0o666 & ~_umask())  # mkstemp makes the file private; a print is an ordinary file
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, out)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(temp)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def key_line(texts, signer) -> str:
    """The template's `installation_key` line: the public key and its fingerprint, so anyone can check
    the seals and the audit trail with openssl; empty when there is no signer."""
    if signer is None:
        return ""
    return texts.text("installation_key", public_key=signer.key.public_key, fingerprint=signer.key.fingerprint)
