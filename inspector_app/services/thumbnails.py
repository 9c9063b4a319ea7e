"""Thumbnails of an encrypted vault: sealed to the vault key like the footage (п.13), opened for a session
that has the vault unlocked and for nobody else."""

from __future__ import annotations

import dataclasses
import logging

from inspector_app.domain.recordings import Recording
from inspector_app.errors import AppError
from inspector_app.vault_keys import open_sealed

logger = logging.getLogger(__name__)


def with_thumbnails(uow, keyring, recordings: list[Recording]) -> tuple[list[Recording], set[int]]:
    """The recordings with their thumbnails opened where the key is at hand, and the ids of those whose
    thumbnail is sealed and stays closed (the vault is locked)."""
    sealed = uow.vault_keys.thumbnails([r.id for r in recordings if r.thumbnail is None]) if recordings else {}
    if not sealed:
        return recordings, set()
    private = keyring.private_key() if keyring is not None and keyring.unlocked else None
    closed: set[int] = set()
    out = []
    for recording in recordings:
        blob = sealed.get(recording.id)
        if blob is None:
            out.append(recording)
        elif private is None:
            closed.add(recording.id)
            out.append(recording)
        else:
            try:
                out.append(dataclasses.replace(recording, thumbnail=open_sealed(blob, private)))
            except AppError as error:
                logger.warning("thumbnail of recording %s does not open: %s", recording.id, error)
                out.append(recording)  # the verification reports it: no picture matches the seal
    return out, closed
