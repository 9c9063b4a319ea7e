"""Storage of the installation keys, recording seals, time-stamp tokens and file checks (п.13)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from inspector_app.domain.seals import Seal
from inspector_app.installation_key import InstallationKey
from storage.orm import (
    FileCheckRow,
    InstallationKeyRow,
    RecordingRow,
    RecordingSealRow,
    RecordingTombstoneRow,
    TimestampTokenRow,
)


@dataclass(frozen=True)
class StoredToken:
    subject_kind: str      # "seal" or "chain"
    subject_id: int        # the seal's id, or the audit event's seq
    digest: str            # hex SHA-256 that was (or is to be) stamped
    requested_at: datetime
    tsa_url: str
    token: bytes | None
    gen_time: datetime | None
    attempts: int
    last_error: str
    id: int | None = None

    @property
    def pending(self) -> bool:
        return self.token is None


def _key(row: InstallationKeyRow) -> InstallationKey:
    return InstallationKey(row.public_key, row.private_key_enc, row.created_at, row.retired_at, row.id)


def _seal(row: RecordingSealRow) -> Seal:
    return Seal(row.recording_id, row.key_id, row.sealed_at, row.content, row.signature, row.id)


def _token(row: TimestampTokenRow) -> StoredToken:
    return StoredToken(row.subject_kind, row.subject_id, row.digest, row.requested_at, row.tsa_url, row.token,
                       row.gen_time, row.attempts, row.last_error, row.id)


class SqlIntegrityRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # installation keys
    def active_key(self) -> InstallationKey | None:
        row = self.session.scalars(select(InstallationKeyRow).where(InstallationKeyRow.retired_at.is_(None))
                                   .order_by(InstallationKeyRow.id.desc()).limit(1)).first()
        return _key(row) if row else None

    def keys(self) -> list[InstallationKey]:
        return [_key(r) for r in self.session.scalars(select(InstallationKeyRow).order_by(InstallationKeyRow.id))]

    def add_key(self, key: InstallationKey) -> InstallationKey:
        row = InstallationKeyRow(public_key=key.public_key, private_key_enc=key.private_key_enc,
                                 created_at=key.created_at)
        self.session.add(row)
        self.session.flush()
        return _key(row)

    # seals
    def add_seal(self, seal: Seal) -> Seal:
        row = RecordingSealRow(recording_id=seal.recording_id, key_id=seal.key_id, sealed_at=seal.sealed_at,
                               content=seal.content, signature=seal.signature)
        self.session.add(row)
        self.session.flush()
        return _seal(row)

    def seal_of(self, recording_id: int) -> Seal | None:
        row = self.session.scalars(select(RecordingSealRow).where(RecordingSealRow.recording_id == recording_id)).first()
        return _seal(row) if row else None

    def seals_of(self, recording_ids: list[int]) -> dict[int, Seal]:
        rows = self.session.scalars(select(RecordingSealRow).where(RecordingSealRow.recording_id.in_(recording_ids)))
        return {r.recording_id: _seal(r) for r in rows}

    def seal(self, seal_id: int) -> Seal | None:
        row = self.session.get(RecordingSealRow, seal_id)
        return _seal(row) if row else None

    def unsealed_recording_ids(self) -> list[int]:
        sealed = select(RecordingSealRow.recording_id)
        return list(self.session.scalars(select(RecordingRow.id).where(RecordingRow.id.not_in(sealed))
                                         .order_by(RecordingRow.id)))

    def orphan_seal_ids(self) -> list[int]:
        """Seals whose recording row is gone (deleted behind the app's back)."""
        return list(self.session.scalars(select(RecordingSealRow.recording_id)
                                         .where(RecordingSealRow.recording_id.not_in(select(RecordingRow.id)))))

    # time-stamp tokens
    def add_token_request(self, subject_kind: str, subject_id: int, digest: str, at: datetime, url: str) -> None:
        exists = self.session.scalar(select(TimestampTokenRow.id).where(
            TimestampTokenRow.subject_kind == subject_kind, TimestampTokenRow.subject_id == subject_id))
        if exists is None:
            self.session.add(TimestampTokenRow(subject_kind=subject_kind, subject_id=subject_id, digest=digest,
                                               requested_at=at, tsa_url=url, attempts=0, last_error=""))
            self.session.flush()

    def pending_tokens(self, limit: int = 100) -> list[StoredToken]:
        rows = self.session.scalars(select(TimestampTokenRow).where(TimestampTokenRow.token.is_(None))
                                    .order_by(TimestampTokenRow.id).limit(limit))
        return [_token(r) for r in rows]

    def count_pending_tokens(self) -> int:
        return self.session.scalar(select(func.count()).select_from(TimestampTokenRow)
                                   .where(TimestampTokenRow.token.is_(None))) or 0

    def grant_token(self, token_id: int, token: bytes, gen_time: datetime, url: str) -> None:
        self.session.execute(update(TimestampTokenRow).where(TimestampTokenRow.id == token_id,
                                                             TimestampTokenRow.token.is_(None))
                             .values(token=token, gen_time=gen_time, tsa_url=url,
                                     attempts=TimestampTokenRow.attempts + 1, last_error=""))

    def token_failed(self, token_id: int, error: str) -> None:
        self.session.execute(update(TimestampTokenRow).where(TimestampTokenRow.id == token_id,
                                                             TimestampTokenRow.token.is_(None))
                             .values(attempts=TimestampTokenRow.attempts + 1, last_error=error[:500]))

    def granted_tokens(self, after_id: int = 0, limit: int = 1000) -> list[StoredToken]:
        rows = self.session.scalars(select(TimestampTokenRow).where(TimestampTokenRow.token.is_not(None),
                                                                    TimestampTokenRow.id > after_id)
                                    .order_by(TimestampTokenRow.id).limit(limit))
        return [_token(r) for r in rows]

    def token_for(self, subject_kind: str, subject_id: int) -> StoredToken | None:
        row = self.session.scalars(select(TimestampTokenRow).where(TimestampTokenRow.subject_kind == subject_kind,
                                                                   TimestampTokenRow.subject_id == subject_id)).first()
        return _token(row) if row else None

    def chain_token_subjects(self) -> set[int]:
        return set(self.session.scalars(select(TimestampTokenRow.subject_id)
                                        .where(TimestampTokenRow.subject_kind == "chain")))

    # file checks
    def add_file_check(self, recording_id: int, at: datetime, ok: bool, problem: str = "") -> None:
        self.session.add(FileCheckRow(recording_id=recording_id, checked_at=at, ok=ok, problem=problem))

    def recordings_not_checked_since(self, since: datetime | None) -> list[int]:
        """Ids of recordings with no good check at or after `since` (all of them when `since` is None); a
        recording destroyed at the end of its period (it has a tombstone) has no file left to check."""
        destroyed = select(RecordingTombstoneRow.recording_id)
        query = select(RecordingRow.id).where(RecordingRow.id.not_in(destroyed))
        if since is not None:
            recent = select(FileCheckRow.recording_id).where(FileCheckRow.checked_at >= since,
                                                             FileCheckRow.ok.is_(True))
            query = query.where(RecordingRow.id.not_in(recent))
        return list(self.session.scalars(query.order_by(RecordingRow.id)))

    def last_check(self, recording_id: int) -> datetime | None:
        return self.session.scalar(select(func.max(FileCheckRow.checked_at))
                                   .where(FileCheckRow.recording_id == recording_id))
