"""The tables, as SQLAlchemy 2.0 typed declarative rows. Rows never leave `storage/`: repositories
turn them into domain objects. Every schema change gets an Alembic migration in `migrations/versions/`
(a test checks the migrations give exactly this schema)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from storage.types import UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class UnitRow(Base):
    __tablename__ = "units"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32))
    name_kk: Mapped[str] = mapped_column(String(300))
    name_ru: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class UserRow(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(32), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20), index=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AppointmentRow(Base):
    """Appointments of the responsible person (п.6). Append-only but for closing: see `append_only.py`."""

    __tablename__ = "appointments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    appointed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    order_reference: Mapped[str] = mapped_column(String(200), default="")
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class RecorderRow(Base):
    __tablename__ = "recorders"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    inventory_number: Mapped[str] = mapped_column(String(64))
    # Case-folded inventory number: the uniqueness of п.7 ignores letter case.
    inventory_key: Mapped[str] = mapped_column(String(64), unique=True)
    serial_number: Mapped[str] = mapped_column(String(64), default="")
    model: Mapped[str] = mapped_column(String(120), default="")
    vendor_profile: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class RecorderHistoryRow(Base):
    """Every change of a recorder, with its reason. Append-only, enforced by triggers."""

    __tablename__ = "recorder_history"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recorder_id: Mapped[int] = mapped_column(ForeignKey("recorders.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    actor_name: Mapped[str] = mapped_column(String(200), default="")
    from_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    to_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    details: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")


class SettingRow(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class UserKeyRow(Base):
    """Personal Ed25519 keys; the public half never changes, so old signatures stay verifiable."""

    __tablename__ = "user_keys"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    algorithm: Mapped[str] = mapped_column(String(20))
    public_key: Mapped[str] = mapped_column(String(100))
    private_key_enc: Mapped[str] = mapped_column(String(200))
    kdf: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class JournalVolumeRow(Base):
    __tablename__ = "journal_volumes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    registration_index: Mapped[str] = mapped_column(String(100))
    unit_name_kk: Mapped[str] = mapped_column(String(300))
    unit_name_ru: Mapped[str] = mapped_column(String(300))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class JournalEntryRow(Base):
    """Columns 1–4 of a journal row (or a fault report). Append-only."""

    __tablename__ = "journal_entries"
    __table_args__ = (UniqueConstraint("volume_id", "number", name="uq_journal_entries_volume_number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    volume_id: Mapped[int] = mapped_column(ForeignKey("journal_volumes.id"))
    number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    recorder_id: Mapped[int] = mapped_column(ForeignKey("recorders.id"), index=True)
    inventory_number: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    user_full_name: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    purpose: Mapped[str | None] = mapped_column(String(30), nullable=True)
    battery_percent: Mapped[int | None] = mapped_column(Integer, nullable=True)
    battery_source: Mapped[str | None] = mapped_column(String(20), nullable=True)
    clock_offset_seconds: Mapped[int | None] = mapped_column(Integer, nullable=True)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    corrects_entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id"), nullable=True)


class JournalReturnRow(Base):
    """Column 5: the return of the recorder. Append-only, one per entry."""

    __tablename__ = "journal_returns"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entries.id"), unique=True)
    returned_at: Mapped[datetime] = mapped_column(UTCDateTime())
    received_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    condition: Mapped[str] = mapped_column(Text)


class JournalStorageRow(Base):
    """Column 6: when the recordings of the entry were stored. Append-only, one per entry."""

    __tablename__ = "journal_storage"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entries.id"), unique=True)
    stored_at: Mapped[datetime] = mapped_column(UTCDateTime())
    source: Mapped[str] = mapped_column(String(20))


class JournalRemarkRow(Base):
    """Column 7: remarks (corrections, faults, overrides, condition). Append-only."""

    __tablename__ = "journal_remarks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entries.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    author_name: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(UTCDateTime())


class JournalStrikeRow(Base):
    """An entry struck through by the paper rule (п.9); the entry itself stays. Append-only."""

    __tablename__ = "journal_strikes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entries.id"), unique=True)
    struck_at: Mapped[datetime] = mapped_column(UTCDateTime())
    struck_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(Text)
    correction_entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id"), nullable=True)


class SignatureRow(Base):
    """A signature of a journal record: drawn strokes plus Ed25519 over the record's canonical bytes."""

    __tablename__ = "signatures"
    __table_args__ = (Index("ix_signatures_act", "act", "act_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    act: Mapped[str] = mapped_column(String(20))
    act_id: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(20))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    user_name: Mapped[str] = mapped_column(String(200))
    key_id: Mapped[int] = mapped_column(ForeignKey("user_keys.id"))
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    content_sha256: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(String(120))
    strokes: Mapped[str] = mapped_column(Text)


class NotificationRow(Base):
    """Something the head and the responsible person must see until acknowledged (faults, п.20)."""

    __tablename__ = "notifications"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    message: Mapped[str] = mapped_column(Text)
    recorder_id: Mapped[int | None] = mapped_column(ForeignKey("recorders.id"), nullable=True)
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True, index=True)
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class IngestRunRow(Base):
    """One docking's pass over a recorder's files. Updatable only while running, never deleted."""

    __tablename__ = "ingest_runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recorder_id: Mapped[int] = mapped_column(ForeignKey("recorders.id"), index=True)
    volume_label: Mapped[str] = mapped_column(String(200))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    status: Mapped[str] = mapped_column(String(20))
    files_seen: Mapped[int] = mapped_column(Integer, default=0)
    files_stored: Mapped[int] = mapped_column(Integer, default=0)
    files_skipped: Mapped[int] = mapped_column(Integer, default=0)
    bytes_stored: Mapped[int] = mapped_column(BigInteger, default=0)
    log: Mapped[str] = mapped_column(Text, default="")


class RecordingRow(Base):
    """A stored file (п.11, п.13): its content hash is unique, and the row is never changed. Append-only."""

    __tablename__ = "recordings"
    __table_args__ = (Index("ix_recordings_recorder_start", "recorder_id", "start_utc"),
                      Index("ix_recordings_start_id", "start_utc", "id"),
                      Index("ix_recordings_user_start", "user_id", "start_utc", "id"),
                      Index("ix_recordings_entry_start", "entry_id", "start_utc", "id"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int] = mapped_column(BigInteger)
    recorder_id: Mapped[int] = mapped_column(ForeignKey("recorders.id"))
    inventory_number: Mapped[str] = mapped_column(String(64))
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id"), nullable=True, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    source_name: Mapped[str] = mapped_column(String(1000))
    kind: Mapped[str] = mapped_column(String(10))
    start_utc: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    end_utc: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    start_source: Mapped[str] = mapped_column(String(20))
    original_time_text: Mapped[str] = mapped_column(String(100), default="")
    duration_seconds: Mapped[float | None] = mapped_column(Float, nullable=True)
    width: Mapped[int | None] = mapped_column(Integer, nullable=True)
    height: Mapped[int | None] = mapped_column(Integer, nullable=True)
    fps: Mapped[float | None] = mapped_column(Float, nullable=True)
    sequence_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    readable: Mapped[bool] = mapped_column(Boolean)
    thumbnail: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    ingested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ingest_run_id: Mapped[int] = mapped_column(ForeignKey("ingest_runs.id"), index=True)


class RecordingFlagRow(Base):
    """A flag the footage browser filters by that is derived from a continuity report (the GAP flag).

    Not a record of its own: rebuilt for an issue's recordings each time a newer report of that issue is
    added (`SqlRecordingsRepository.add_continuity_report`), from data that is append-only."""

    __tablename__ = "recording_flags"
    __table_args__ = (Index("ix_recording_flags_flag_recording", "flag", "recording_id"),)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recordings.id"), primary_key=True)
    flag: Mapped[str] = mapped_column(String(20), primary_key=True)
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id"), nullable=True, index=True)


class RecordingTotalRow(Base):
    """The number of recordings (one row, id 1), kept by triggers on `recordings` (schema 0007)."""

    __tablename__ = "recording_totals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recordings: Mapped[int] = mapped_column(BigInteger)


class ClockCheckRow(Base):
    """The recorder's clock against the PC's at a docking (п.17). Append-only."""

    __tablename__ = "clock_checks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recorder_id: Mapped[int] = mapped_column(ForeignKey("recorders.id"), index=True)
    ingest_run_id: Mapped[int] = mapped_column(ForeignKey("ingest_runs.id"), index=True)
    docked_at: Mapped[datetime] = mapped_column(UTCDateTime())
    newest_file_end_utc: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    recorder_clock_utc: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    offset_seconds: Mapped[int | None] = mapped_column(Integer, nullable=True)
    tolerance_seconds: Mapped[int] = mapped_column(Integer)
    flagged: Mapped[bool] = mapped_column(Boolean)


class ContinuityReportRow(Base):
    """A continuity check of one journal entry's recordings (п.17, п.19), as JSON. Append-only; newest counts."""

    __tablename__ = "continuity_reports"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entries.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ok: Mapped[bool] = mapped_column(Boolean)
    report: Mapped[str] = mapped_column(Text)


class InstallationKeyRow(Base):
    """The installation's Ed25519 keys (seals, audit events). Only retiring one is ever allowed."""

    __tablename__ = "installation_keys"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    public_key: Mapped[str] = mapped_column(String(100), unique=True)
    private_key_enc: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class RecordingSealRow(Base):
    """The signed facts of a recording, written with it (п.13). Append-only."""

    __tablename__ = "recording_seals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recordings.id"), unique=True)
    key_id: Mapped[int] = mapped_column(ForeignKey("installation_keys.id"))
    sealed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    content: Mapped[str] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(String(120))


class AuditEventRow(Base):
    """One event of the hash-chained audit trail. `seq` is unique and gapless; append-only."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_user_at", "user_id", "at"),
                      Index("ix_audit_events_kind_at", "kind", "at"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    user_name: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(String(200), default="")
    recording_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    details: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    key_id: Mapped[int] = mapped_column(ForeignKey("installation_keys.id"))
    signature: Mapped[str] = mapped_column(String(120))


class TimestampTokenRow(Base):
    """An RFC 3161 time-stamp of a seal or of a day's chain head: pending until the authority answers."""

    __tablename__ = "timestamp_tokens"
    __table_args__ = (UniqueConstraint("subject_kind", "subject_id", name="uq_timestamp_tokens_subject"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject_kind: Mapped[str] = mapped_column(String(20))
    subject_id: Mapped[int] = mapped_column(BigInteger)
    digest: Mapped[str] = mapped_column(String(64))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    tsa_url: Mapped[str] = mapped_column(String(500), default="")
    token: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    gen_time: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")


class FileCheckRow(Base):
    """One re-hash of a stored recording against its seal, for the rolling verification. Append-only."""

    __tablename__ = "file_checks"
    __table_args__ = (Index("ix_file_checks_recording_at", "recording_id", "checked_at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recordings.id"))
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ok: Mapped[bool] = mapped_column(Boolean)
    problem: Mapped[str] = mapped_column(Text, default="")


class VaultKeyRow(Base):
    """The public half of the footage vault's X25519 key; the private half lives only in key slots."""

    __tablename__ = "vault_keys"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    public_key: Mapped[str] = mapped_column(String(60), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class VaultKeySlotRow(Base):
    """The vault's private key under one storage password or the recovery key (п.6). Only revoked, once."""

    __tablename__ = "vault_key_slots"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    vault_key_id: Mapped[int] = mapped_column(ForeignKey("vault_keys.id"), index=True)
    holder: Mapped[str] = mapped_column(String(20))            # head, responsible or recovery
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    salt: Mapped[str] = mapped_column(String(40))
    log2_n: Mapped[int] = mapped_column(Integer)
    r: Mapped[int] = mapped_column(Integer)
    p: Mapped[int] = mapped_column(Integer)
    nonce: Mapped[str] = mapped_column(String(40))
    ciphertext: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    revoked_by_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


class RecordingThumbnailRow(Base):
    """A recording's thumbnail, encrypted to the vault key like the footage it shows. Append-only."""

    __tablename__ = "recording_thumbnails"
    recording_id: Mapped[int] = mapped_column(ForeignKey("recordings.id"), primary_key=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)


class BookmarkRow(Base):
    """A bookmark or note on a recording (п.6). Append-only: a correction is a new row superseding the old.

    `inspection_ref` is a free text reference for now: there is no inspections table yet."""

    __tablename__ = "bookmarks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recordings.id"), index=True)
    inspection_ref: Mapped[str | None] = mapped_column(String(100), nullable=True, index=True)
    start_ms: Mapped[int] = mapped_column(BigInteger)
    end_ms: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    note: Mapped[str] = mapped_column(Text)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("bookmarks.id"), nullable=True, unique=True)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ReviewDecisionRow(Base):
    """A decision on one continuity flag (п.19). Append-only; the newest decision on a flag counts."""

    __tablename__ = "review_decisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    flag_key: Mapped[str] = mapped_column(String(100), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id"), nullable=True)
    report_id: Mapped[int | None] = mapped_column(ForeignKey("continuity_reports.id"), nullable=True)
    clock_check_id: Mapped[int | None] = mapped_column(ForeignKey("clock_checks.id"), nullable=True)
    decision: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str] = mapped_column(Text)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("review_decisions.id"), nullable=True)
    decided_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime())


# The inspections' tables share this metadata (imported last: they build on `Base`).
from storage.orm_inspections import *  # noqa: E402,F401,F403
from storage.orm_retention import *  # noqa: E402,F401,F403
