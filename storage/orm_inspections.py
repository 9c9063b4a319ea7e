"""The tables of inspections, violations, the normative catalogue and the documents issued (schema 0008).

Inspections and their violations are worked on until documents are issued on them, so those rows change
(every change is an audit event). What is issued never changes: the documents with their frozen PDF
bytes, their signatures and the marks of elimination are append-only, in the database too.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.orm import Base
from storage.types import UTCDateTime


class NormativeRequirementRow(Base):
    """A line of the unit's catalogue of normative legal acts (reference data: an import updates it)."""

    __tablename__ = "normative_requirements"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    title_kk: Mapped[str] = mapped_column(Text)
    title_ru: Mapped[str] = mapped_column(Text)
    cited_kk: Mapped[str] = mapped_column(Text)
    cited_ru: Mapped[str] = mapped_column(Text)
    issuer_kk: Mapped[str] = mapped_column(Text)
    issuer_ru: Mapped[str] = mapped_column(Text)
    number: Mapped[str] = mapped_column(String(40))
    date: Mapped[date] = mapped_column(Date)
    clause: Mapped[str] = mapped_column(String(100))
    requirement_kk: Mapped[str] = mapped_column(Text)
    requirement_ru: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class InspectionRow(Base):
    __tablename__ = "inspections"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject_name: Mapped[str] = mapped_column(String(300))
    subject_bin_iin: Mapped[str] = mapped_column(String(12), index=True)
    subject_address: Mapped[str] = mapped_column(String(500))
    facility_name: Mapped[str] = mapped_column(String(300))
    facility_address: Mapped[str] = mapped_column(String(500))
    facility_kind: Mapped[str] = mapped_column(String(300))
    facility_registration: Mapped[str] = mapped_column(String(100))
    control_kind: Mapped[str] = mapped_column(String(40))
    basis_number: Mapped[str] = mapped_column(String(100))
    basis_date: Mapped[date] = mapped_column(Date)
    basis_registration: Mapped[str] = mapped_column(String(100))
    basis_registered_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    lead_inspector_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    period_from: Mapped[date] = mapped_column(Date, index=True)
    period_to: Mapped[date] = mapped_column(Date)
    representative_name: Mapped[str] = mapped_column(String(300))
    representative_position: Mapped[str] = mapped_column(String(300))
    place: Mapped[str] = mapped_column(String(300))
    findings: Mapped[str] = mapped_column(Text)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class InspectionMemberRow(Base):
    """An inspector of the inspection other than the lead one."""

    __tablename__ = "inspection_members"
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer)


class InspectionEntryRow(Base):
    """A journal issue of a recorder taken on the inspection: its recordings are the inspection's."""

    __tablename__ = "inspection_entries"
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id"), primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entries.id"), primary_key=True, index=True)


class InspectionFollowUpRow(Base):
    """A follow-up visit checks violations of an earlier prescription."""

    __tablename__ = "inspection_follow_ups"
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id"), primary_key=True)
    violation_id: Mapped[int] = mapped_column(ForeignKey("violations.id"), primary_key=True, index=True)


class ViolationRow(Base):
    __tablename__ = "violations"
    __table_args__ = (UniqueConstraint("inspection_id", "number", name="uq_violations_inspection_number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    requirement_code: Mapped[str] = mapped_column(String(80))
    reference_kk: Mapped[str] = mapped_column(Text)
    reference_ru: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    place: Mapped[str] = mapped_column(String(500))
    deadline: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)


class ViolationEvidenceRow(Base):
    __tablename__ = "violation_evidence"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    violation_id: Mapped[int] = mapped_column(ForeignKey("violations.id"), index=True)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recordings.id"), index=True)
    bookmark_id: Mapped[int | None] = mapped_column(ForeignKey("bookmarks.id"), nullable=True)
    still_sha256: Mapped[str] = mapped_column(String(64))
    still_position_ms: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class ViolationEliminationRow(Base):
    """The mark that a violation was eliminated: when, the proof, who recorded it. Append-only."""

    __tablename__ = "violation_eliminations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    violation_id: Mapped[int] = mapped_column(ForeignKey("violations.id"), unique=True)
    eliminated_on: Mapped[date] = mapped_column(Date)
    proof: Mapped[str] = mapped_column(Text)
    follow_up_inspection_id: Mapped[int | None] = mapped_column(ForeignKey("inspections.id"), nullable=True)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class InspectionDocumentRow(Base):
    """An act or prescription as issued: its PDF bytes, their hash, its number in the unit's numbering of
    the year (gapless: the next number is taken in the issuing transaction). Append-only."""

    __tablename__ = "inspection_documents"
    __table_args__ = (UniqueConstraint("kind", "year", "sequence", name="uq_inspection_documents_number"),
                      Index("ix_inspection_documents_inspection_kind", "inspection_id", "kind"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspections.id"))
    kind: Mapped[str] = mapped_column(String(20))
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    lang: Mapped[str] = mapped_column(String(10))
    drawn_up_at: Mapped[datetime] = mapped_column(UTCDateTime())
    place: Mapped[str] = mapped_column(String(300))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    issued_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("inspection_documents.id"), nullable=True,
                                                    unique=True)


class DocumentSignatureRow(Base):
    """A detached CMS signature of an issued document's PDF bytes. Append-only."""

    __tablename__ = "document_signatures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("inspection_documents.id"), index=True)
    method: Mapped[str] = mapped_column(String(20))
    cms: Mapped[bytes] = mapped_column(LargeBinary)
    signer_name: Mapped[str] = mapped_column(String(300))
    signer_iin: Mapped[str] = mapped_column(String(12))
    certificate_sha256: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    signed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
