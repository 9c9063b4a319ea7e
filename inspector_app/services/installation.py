"""Loading this installation's signing key at start-up, making it on the first start (at setup).

Each PC of a unit has its own installation key, unlocked by its own machine secret: the key this PC's
secret opens is the one it signs with; if none opens (a new PC, or the secret was lost), a new key is
made and the event recorded. Every key ever made stays in the database, so every old seal and audit
event can still be checked.
"""

from __future__ import annotations

import logging
from pathlib import Path

from inspector_app import installation_key, machine_secret
from inspector_app.clock import Clock
from inspector_app.errors import AppError
from inspector_app.installation_key import InstallationSigner

logger = logging.getLogger(__name__)


def load_signer(uow_factory, clock: Clock, keys_dir: Path) -> tuple[InstallationSigner, bool]:
    """The signer of this installation, and whether its key was made just now."""
    secret = machine_secret.load_or_create(keys_dir)
    with uow_factory() as uow:
        keys = uow.integrity.keys()
        known = {k.id: k.public_key for k in keys}
        for key in reversed([k for k in keys if k.retired_at is None]):
            try:
                private = installation_key.unlock(key, secret)
            except AppError:
                continue
            return InstallationSigner(key, private, known), False
        key = uow.integrity.add_key(installation_key.generate(secret, clock.now()))
        uow.commit()
    known[key.id] = key.public_key
    logger.info("installation key made: %s", key.fingerprint)
    return InstallationSigner(key, installation_key.unlock(key, secret), known), True
