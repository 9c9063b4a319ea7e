"""For the benchmarks: a throw-away unit whose vault key is set, so a `FileVault` given its keyring stores
objects encrypted and (the keyring staying unlocked) reads them back decrypted."""

from __future__ import annotations

from pathlib import Path

STORAGE_PASSWORD = "Storage-pass-2026"


def unit_keyring(data_dir: Path):
    """(the unit's AppContext, its unlocked VaultKeyring); the caller closes the context."""
    from inspector_app import passwords, vault_keys
    from inspector_app.bootstrap import build_context
    from inspector_app.services.setup import PersonInput, initialize_unit

    passwords.LOG2_N = 10  # setting up is not what is measured
    vault_keys.SCRYPT_LOG2_N = 10
    ctx = build_context(data_dir)
    initialize_unit(
        ctx.uow_factory, ctx.clock,
        name_kk="Алматы қаласы бойынша аумақтық бөлімше", name_ru="Территориальное подразделение по г. Алматы",
        code="ALA",
        head=PersonInput("head", "Сәрсенбаев Ерлан Бақытұлы", "Бөлімше басшысы", "Head-pass-2026"),
        responsible=PersonInput("resp", "Жұмабаева Әйгерім Серікқызы", "Бас маман", "Resp-pass-2026"),
        order_reference="№ 12-ө, 01.09.2026", journal_registration_index="04-12/15",
    )
    head = ctx.accounts.authenticate("head", "Head-pass-2026")
    ctx.keyring.create(head, STORAGE_PASSWORD)
    assert ctx.keyring.unlocked and ctx.keyring.public_key() is not None
    return ctx, ctx.keyring
