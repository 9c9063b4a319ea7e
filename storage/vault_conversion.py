"""Converting one plain vault object to an encrypted one, in place (п.13: a vault from before the unit had a
storage password).

The object is read once, hashed and encrypted into a new temporary file; only if the plaintext still
hashes to the object's name is the key file written and then the encrypted copy renamed over the plain
one. A crash at any point leaves either the plain object (perhaps with a key file beside it, which a
plain object's reader ignores: the object has no encrypted header) or the encrypted one with its key,
so the conversion is resumed by simply running it again.
"""

from __future__ import annotations

import os

from inspector_app import vault_keys
from inspector_app.errors import OperationCancelled, VaultError
from storage.encrypted_object import ChunkEncryptor, is_encrypted
from storage.vault_copy import copy_and_hash, vault_error
from storage.vault_key_files import KeyFile, key_path, write_key_file


def encrypt_in_place(vault, sha256: str, cancel=None, progress=None) -> bool:
    """Encrypt the plain object `sha256` to the vault key; False if it was encrypted already."""
    from storage.vault import _discard, _fsync_dir, _make_read_only

    public = vault.keyring.public_key() if vault.keyring is not None else None
    if public is None:
        raise VaultError("The unit has no storage password yet: nothing to encrypt to", code="no_vault_key")
    path = vault._object_path(sha256)
    try:
        source = open(path, "rb", buffering=0)
    except FileNotFoundError:
        raise VaultError(f"The footage vault has no object {sha256}", code="vault_missing", sha256=sha256) from None
    with source:
        if is_encrypted(source.read(16)):
            return False
        source.seek(0)
        file_key = vault_keys.new_file_key()
        encryptor = ChunkEncryptor(file_key)
        fd, part, direct = vault._create_part()
        try:
            try:
                digest, size = copy_and_hash(source, fd, direct=direct, chunk_size=vault.chunk_size, cancel=cancel,
                                             progress=progress, encryptor=encryptor)
                if digest != sha256:
                    raise VaultError(f"The stored file {sha256} no longer matches its name: it is left as it is "
                                     "for the verification to report", code="vault_tampered", sha256=sha256)
                _make_read_only(fd, part)
                os.fsync(fd)
            finally:
                os.close(fd)
            write_key_file(key_path(path), KeyFile(vault_keys.wrap_file_key(file_key, public),
                                                   encryptor.cipher_sha256, size))
            os.replace(part, path)
            _fsync_dir(path.parent)
        except OSError as error:
            _discard(part)
            raise vault_error(error, "encrypting a stored file") from error
        except (OperationCancelled, BaseException):
            _discard(part)
            raise
    return True
