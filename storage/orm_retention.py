"""The tables of retention (schema 0009): rule changes, legal holds and their releases, destruction lists
with their items and the head's decision, tombstones of destroyed recordings, and destruction acts with
their signatures. All append-only: a rule is changed by a new row, a hold is released by a release row."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.orm import Base
from storage.types import UTCDateTime


class RetentionRuleChangeRow(Base):
    __tablename__ = "retention_rule_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    months: Mapped[int] = mapped_column(Integer)
    previous_months: Mapped[int] = mapped_column(Integer)
    shortening_confirmed: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(Text)
    changed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime())


class LegalHoldRow(Base):
    __tablename__ = "legal_holds"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recordings.id"), index=True)
    reason: Mapped[str] = mapped_column(Text)
    inspection_id: Mapped[int | None] = mapped_column(ForeignKey("inspections.id"), nullable=True)
    placed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    placed_at: Mapped[datetime] = mapped_column(UTCDateTime())


class LegalHoldReleaseRow(Base):
    __tablename__ = "legal_hold_releases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hold_id: Mapped[int] = mapped_column(ForeignKey("legal_holds.id"), unique=True)
    reason: Mapped[str] = mapped_column(Text)
    released_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    released_at: Mapped[datetime] = mapped_column(UTCDateTime())


class DestructionListRow(Base):
    __tablename__ = "destruction_lists"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    note: Mapped[str] = mapped_column(Text)
    proposed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    proposed_at: Mapped[datetime] = mapped_column(UTCDateTime())


class DestructionItemRow(Base):
    __tablename__ = "destruction_items"
    list_id: Mapped[int] = mapped_column(ForeignKey("destruction_lists.id"), primary_key=True)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recordings.id"), primary_key=True, index=True)


class DestructionDecisionRow(Base):
    """The head's decision on a list: approved (then its recordings are destroyed) or rejected."""

    __tablename__ = "destruction_decisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("destruction_lists.id"), unique=True)
    decision: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str] = mapped_column(Text)
    decided_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime())


class RecordingTombstoneRow(Base):
    __tablename__ = "recording_tombstones"
    recording_id: Mapped[int] = mapped_column(ForeignKey("recordings.id"), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    metadata_json: Mapped[str] = mapped_column(Text)
    list_id: Mapped[int] = mapped_column(ForeignKey("destruction_lists.id"), index=True)
    proposed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    approved_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    destroyed_at: Mapped[datetime] = mapped_column(UTCDateTime())


class DestructionActRow(Base):
    """The act of destruction of a list, as issued: its PDF bytes and their SHA-256."""

    __tablename__ = "destruction_acts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("destruction_lists.id"), index=True)
    lang: Mapped[str] = mapped_column(String(10))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    issued_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


class DestructionActSignatureRow(Base):
    __tablename__ = "destruction_act_signatures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    act_id: Mapped[int] = mapped_column(ForeignKey("destruction_acts.id"), index=True)
    method: Mapped[str] = mapped_column(String(20))
    cms: Mapped[bytes] = mapped_column(LargeBinary)
    signer_name: Mapped[str] = mapped_column(String(300))
    signer_iin: Mapped[str] = mapped_column(String(12))
    certificate_sha256: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    signed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
