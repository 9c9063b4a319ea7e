"""Every PC of a unit stores into the one vault: the vault folder carries the unit's vault id, and the
database names it (order No. 444, п.11, п.13).

With several PCs the vault is a share each PC mounts (the `vault_path` setting). A PC whose share is not
mounted, or whose setting names a wrong folder, would otherwise store footage in a folder of its own that
no other PC sees. So the first start makes a random id, writes it into the folder (`VAULT.ID`) and into the
database; every later start of any PC compares the two and refuses a folder that carries another id, or
none while it holds nothing (an unmounted share, an empty folder). A folder with objects but no id (a vault
from before this check) is given the unit's id.
"""

from __future__ import annotations

import logging
import secrets

from inspector_app.errors import StateError

logger = logging.getLogger(__name__)

SETTING_KEY = "vault.id"  # a settings row of its own: not an option a person sets
IDENTITY_LOCK = "vault-identity"


def check_vault(uow_factory, vault) -> str:
    """The unit's vault id, after making sure `vault` is the unit's vault (see the module docstring)."""
    with uow_factory.serial(IDENTITY_LOCK) as uow:
        known = uow.settings.get_all().get(SETTING_KEY)
        marked = vault.identity()
        if known is None:
            known = marked or vault.mark(secrets.token_hex(16))
            uow.settings.put(SETTING_KEY, known)
            uow.commit()
            logger.info("footage vault %s is the unit's vault %s", vault.root, known)
            return known
    if marked == known:
        return known
    if marked is not None:
        raise StateError(f"The footage vault folder {vault.root} belongs to another unit or installation "
                         f"(its id is {marked}, this unit's is {known}): set the unit's vault folder in the settings",
                         code="vault_foreign", path=str(vault.root))
    if not vault.holds_objects():
        raise StateError(f"The footage vault folder {vault.root} is not the unit's vault (it is empty and "
                         "unmarked): is the unit's share mounted? Set the vault folder in the settings",
                         code="vault_not_mounted", path=str(vault.root))
    vault.mark(known)
    logger.warning("footage vault %s had no id: given the unit's (%s)", vault.root, known)
    return known
