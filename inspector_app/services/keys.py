"""Keeping each user's signing key in step with their password: made with the account, re-wrapped when
the password changes, retired when a manager resets it (a new one is made at the next sign-in)."""

from __future__ import annotations

import logging

from inspector_app import signing
from inspector_app.clock import Clock
from inspector_app.domain.journal import UserKey
from inspector_app.domain.users import User

logger = logging.getLogger(__name__)


def ensure_key_in(uow, clock: Clock, user: User, password: str) -> UserKey:
    """The user's active key, made now (encrypted under `password`) if there is none."""
    key = uow.journal.active_key(user.id)
    if key is not None:
        return key
    material = signing.new_key(password)
    logger.info("signing key made for %s", user.login)
    return uow.journal.add_key(UserKey(user.id, material.public_key, material.private_key_enc, material.kdf,
                                       clock.now()))


def rewrap_key_in(uow, user: User, old_password: str, new_password: str) -> None:
    key = uow.journal.active_key(user.id)
    if key is None:
        return
    material = signing.rewrap(signing.KeyMaterial(key.public_key, key.private_key_enc, key.kdf),
                              old_password, new_password)
    uow.journal.rewrap_key(key.id, material.private_key_enc, material.kdf)


def retire_key_in(uow, clock: Clock, user: User) -> None:
    key = uow.journal.active_key(user.id)
    if key is not None:
        uow.journal.retire_key(key.id, clock.now())
