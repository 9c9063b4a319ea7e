"""Sealing a recording in the transaction that stores it: its facts, signed by the installation key (п.13).

When the unit has a time-stamp authority, the seal is queued for a trusted time-stamp in the same
transaction; the trusted-time service fetches the token when the authority can be reached.
"""

from __future__ import annotations

from datetime import datetime

from inspector_app.domain.recordings import Recording
from inspector_app.domain.seals import Seal, canonical, seal_content
from inspector_app.installation_key import InstallationSigner

SEAL_SUBJECT = "seal"
CHAIN_SUBJECT = "chain"


def seal_in(uow, signer: InstallationSigner, recording: Recording, *, serial_number: str,
            clock_offset_seconds: int | None, clock_offset_measured: bool, at: datetime, tsa_url: str = "") -> Seal:
    content = canonical(seal_content(recording, serial_number=serial_number,
                                     clock_offset_seconds=clock_offset_seconds,
                                     clock_offset_measured=clock_offset_measured))
    seal = uow.integrity.add_seal(Seal(recording.id, signer.key_id, at, content,
                                       signer.sign(content.encode("utf-8"))))
    if tsa_url:
        uow.integrity.add_token_request(SEAL_SUBJECT, seal.id, seal.digest.hex(), at, tsa_url)
    return seal
