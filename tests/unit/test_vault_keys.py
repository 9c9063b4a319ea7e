"""The vault's key pair, wrapped file keys, key slots and recovery keys."""

from __future__ import annotations

import pytest

from inspector_app import vault_keys as vk

FAST = 10  # scrypt cost for tests; the production cost is the default


def test_a_wrapped_file_key_opens_only_with_the_vault_private_key():
    private, public = vk.new_vault_key()
    other_private, _ = vk.new_vault_key()
    file_key = vk.new_file_key()
    wrapped = vk.wrap_file_key(file_key, public)
    assert len(wrapped.ephemeral_public) == 32 and len(wrapped.wrapped) == 40 and file_key not in wrapped.wrapped
    assert vk.unwrap_file_key(wrapped, private) == file_key
    with pytest.raises(vk.VaultLocked):
        vk.unwrap_file_key(wrapped, other_private)
    assert vk.wrap_file_key(file_key, public) != wrapped  # a fresh ephemeral key every time


def test_a_slot_opens_with_its_password_only():
    private, public = vk.new_vault_key()
    slot = vk.seal_slot(private, "Қойма-құпиясы 2026".encode(), log2_n=FAST)
    assert private not in slot.ciphertext
    assert vk.open_slot(slot, "Қойма-құпиясы 2026".encode()) == private
    assert vk.public_of(private) == public
    for wrong in ("Қойма-құпиясы 2025", "", "қойма-құпиясы 2026"):
        with pytest.raises(vk.WrongStoragePassword):
            vk.open_slot(slot, wrong.encode())


def test_a_recovery_key_reads_back_however_it_is_typed():
    key = vk.new_recovery_key()
    groups = key.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    secret = vk.recovery_secret(key)
    assert vk.recovery_secret(key.lower().replace("-", " ")) == secret
    assert vk.recovery_secret(key.replace("O", "0").replace("I", "1")) == secret
    assert vk.new_recovery_key() != key
    with pytest.raises(vk.WrongStoragePassword):
        vk.recovery_secret("ABCD-EFGH")
