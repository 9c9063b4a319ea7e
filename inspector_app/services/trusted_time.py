"""Trusted time for seals and for the audit chain: RFC 3161 tokens from the unit's time-stamp authority.

When the unit setting `tsa_url` is set, every recording seal is queued for a token in the transaction
that makes it (`sealing.py`), and the head of the audit chain at the end of each UTC day is queued by
`queue_day_heads`. `fetch_pending` asks the authority for the queued tokens; with no network the
tokens stay pending (the app works on and says how many are pending) and are fetched on a later run.
A token's time far from the PC clock is a clock anomaly (`clock_guard.py`).

`verify_all` checks every stored token against what it stamps, rebuilt from the database (the seal's
signed bytes, the audit event's hash), and against the authority's trusted certificate.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable, Iterator

from inspector_app.clock import Clock
from inspector_app.errors import AppError
from inspector_app.services.sealing import CHAIN_SUBJECT, SEAL_SUBJECT
from inspector_app.timestamping import TimestampInvalid, TimestampUnavailable, TsaClient, verify_token

logger = logging.getLogger(__name__)

# A token's time this far from the PC clock means one of them is wrong.
CLOCK_DISAGREEMENT = timedelta(minutes=5)


@dataclass(frozen=True)
class FetchResult:
    granted: int = 0
    failed: int = 0
    pending: int = 0
    unavailable: bool = False   # the authority could not be reached: the rest stay pending
    message: str = ""


class TrustedTimeService:
    def __init__(self, uow_factory, clock: Clock, unit_settings, clock_guard=None,
                 client_factory: Callable[..., TsaClient] = TsaClient) -> None:
        self.uow_factory = uow_factory
        self.clock = clock
        self.unit_settings = unit_settings
        self.clock_guard = clock_guard
        self.client_factory = client_factory

    # configuration
    @property
    def url(self) -> str:
        return self.unit_settings.get("tsa_url") or ""

    def trusted_pem(self) -> bytes | None:
        pem = self.unit_settings.get("tsa_certificate") or ""
        return pem.encode("ascii", "replace") if pem.strip() else None

    # queueing
    def queue_day_heads(self) -> int:
        """Queue a token for the last audit event of every finished UTC day that has none yet."""
        url = self.url
        if not url:
            return 0
        today = self.clock.now().astimezone(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
        queued = 0
        with self.uow_factory() as uow:
            have = uow.integrity.chain_token_subjects()
            for event in uow.audit.day_heads(today):
                if event.seq not in have:
                    uow.integrity.add_token_request(CHAIN_SUBJECT, event.seq, event.hash, self.clock.now(), url)
                    queued += 1
            uow.commit()
        return queued

    def pending_count(self) -> int:
        with self.uow_factory() as uow:
            return uow.integrity.count_pending_tokens()

    # fetching
    def fetch_pending(self, cancel: Callable[[], bool] = lambda: False, limit: int = 1000) -> FetchResult:
        """Ask the authority for pending tokens, oldest first; stop at the first network failure."""
        url = self.url
        if not url:
            return FetchResult(pending=self.pending_count(), message="no time-stamp authority is set")
        self.queue_day_heads()
        client = self.client_factory(url, trusted_pem=self.trusted_pem())
        granted = failed = 0
        with self.uow_factory() as uow:
            pending = uow.integrity.pending_tokens(limit)
        for item in pending:
            if cancel():
                break
            try:
                token = client.stamp(bytes.fromhex(item.digest))
            except TimestampUnavailable as error:
                self._failed(item.id, str(error))
                return FetchResult(granted, failed, self.pending_count(), True, str(error))
            except (TimestampInvalid, AppError) as error:
                failed += 1
                logger.warning("time-stamp of %s %s refused: %s", item.subject_kind, item.subject_id, error)
                self._failed(item.id, str(error))
                continue
            with self.uow_factory() as uow:
                uow.integrity.grant_token(item.id, token.token_der, token.gen_time, url)
                uow.commit()
            granted += 1
            self._compare_clock(token.gen_time)
        return FetchResult(granted, failed, self.pending_count())

    def _failed(self, token_id: int, message: str) -> None:
        with self.uow_factory() as uow:
            uow.integrity.token_failed(token_id, message)
            uow.commit()

    def _compare_clock(self, trusted: datetime) -> None:
        now = self.clock.now()
        if self.clock_guard is not None and abs(now - trusted) > CLOCK_DISAGREEMENT:
            self.clock_guard.report("trusted_time", {"trusted_time": trusted.isoformat(timespec="seconds"),
                                                     "difference_seconds": round((now - trusted).total_seconds())})

    # verifying
    def verify_all(self) -> Iterator[tuple[object, str]]:
        """(token, problem or "") for every granted token."""
        pem = self.trusted_pem()
        after = 0
        while True:
            with self.uow_factory() as uow:
                tokens = uow.integrity.granted_tokens(after)
                expected = {t.id: self._expected_digest(uow, t) for t in tokens}
            if not tokens:
                return
            for token in tokens:
                yield token, self._problem(token, expected[token.id], pem)
            after = tokens[-1].id

    @staticmethod
    def _expected_digest(uow, token) -> str | None:
        """What the token should stamp, rebuilt from the data it protects (None: that data is gone)."""
        if token.subject_kind == SEAL_SUBJECT:
            seal = uow.integrity.seal(token.subject_id)
            return hashlib.sha256(seal.content_bytes).hexdigest() if seal else None
        if token.subject_kind == CHAIN_SUBJECT:
            event = uow.audit.by_seq(token.subject_id)
            return event.hash if event else None
        return None

    @staticmethod
    def _problem(token, expected: str | None, pem: bytes | None) -> str:
        if expected is None:
            return f"what it stamps ({token.subject_kind} {token.subject_id}) is no longer in the database"
        if expected != token.digest:
            return "it stamps other data than is stored now (the stamped record was changed)"
        if pem is None:
            return "no trusted certificate of the time-stamp authority is set, so the token cannot be checked"
        try:
            facts = verify_token(token.token, bytes.fromhex(expected), pem)
        except (TimestampInvalid, AppError) as error:
            return str(error)
        if token.gen_time is not None and abs(facts.gen_time - token.gen_time) > timedelta(seconds=1):
            return "its stored time differs from the time inside the token"
        return ""
