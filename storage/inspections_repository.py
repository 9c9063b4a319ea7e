"""Storage of inspections, their violations and evidence, the marks of elimination, and the documents issued.

Rows never leave this module: it returns `inspector_app.domain.inspections` objects. The next document
number of a kind and year is taken inside the issuing transaction; two issuing at once collide on the
unique (kind, year, sequence) and the loser's unit of work is rolled back (`ConflictError`), so the
numbers stay gapless.
"""

from __future__ import annotations

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from inspector_app.domain.inspections import (
    ControlKind,
    DocumentKind,
    DocumentSignature,
    Elimination,
    EvidenceRef,
    Inspection,
    InspectionInput,
    IssuedDocument,
    Violation,
    ViolationInput,
)
from storage.orm import (
    DocumentSignatureRow,
    InspectionDocumentRow,
    InspectionEntryRow,
    InspectionFollowUpRow,
    InspectionMemberRow,
    InspectionRow,
    ViolationEliminationRow,
    ViolationEvidenceRow,
    ViolationRow,
)

_PLAIN = ("subject_name", "subject_bin_iin", "subject_address", "facility_name", "facility_address", "facility_kind",
          "facility_registration", "basis_number", "basis_date", "basis_registration", "basis_registered_on",
          "lead_inspector_id", "period_from", "period_to", "representative_name", "representative_position",
          "place", "findings")


class SqlInspectionsRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # inspections
    def add(self, data: InspectionInput, created_by_id: int, at) -> Inspection:
        row = InspectionRow(**{name: getattr(data, name) for name in _PLAIN}, control_kind=data.control_kind.value,
                            created_by_id=created_by_id, created_at=at, updated_at=at)
        self.session.add(row)
        self.session.flush()
        self._set_links(row.id, data)
        return self.get(row.id)

    def update(self, inspection_id: int, data: InspectionInput, at) -> Inspection:
        row = self.session.get(InspectionRow, inspection_id)
        for name in _PLAIN:
            setattr(row, name, getattr(data, name))
        row.control_kind, row.updated_at = data.control_kind.value, at
        for table in (InspectionMemberRow, InspectionEntryRow, InspectionFollowUpRow):
            self.session.execute(delete(table).where(table.inspection_id == inspection_id))
        self.session.flush()
        self._set_links(inspection_id, data)
        return self.get(inspection_id)

    def _set_links(self, inspection_id: int, data: InspectionInput) -> None:
        self.session.add_all([InspectionMemberRow(inspection_id=inspection_id, user_id=user_id, position=i)
                              for i, user_id in enumerate(data.member_ids)])
        self.session.add_all([InspectionEntryRow(inspection_id=inspection_id, entry_id=e) for e in data.entry_ids])
        self.session.add_all([InspectionFollowUpRow(inspection_id=inspection_id, violation_id=v)
                              for v in data.follows_violation_ids])
        self.session.flush()

    def get(self, inspection_id: int) -> Inspection | None:
        row = self.session.get(InspectionRow, inspection_id)
        return None if row is None else self._inspection(row)

    def _inspection(self, row: InspectionRow) -> Inspection:
        members = self.session.scalars(select(InspectionMemberRow.user_id).where(
            InspectionMemberRow.inspection_id == row.id).order_by(InspectionMemberRow.position))
        entries = self.session.scalars(select(InspectionEntryRow.entry_id).where(
            InspectionEntryRow.inspection_id == row.id).order_by(InspectionEntryRow.entry_id))
        follows = self.session.scalars(select(InspectionFollowUpRow.violation_id).where(
            InspectionFollowUpRow.inspection_id == row.id).order_by(InspectionFollowUpRow.violation_id))
        data = InspectionInput(**{name: getattr(row, name) for name in _PLAIN},
                               control_kind=ControlKind(row.control_kind), member_ids=tuple(members),
                               entry_ids=tuple(entries), follows_violation_ids=tuple(follows))
        return Inspection(row.id, data, row.created_by_id, row.created_at, row.updated_at)

    def list(self, inspector_id: int | None = None, offset: int = 0, limit: int = 200) -> list[Inspection]:
        """Newest period first; with `inspector_id`, only those the inspector leads or takes part in."""
        query = select(InspectionRow)
        if inspector_id is not None:
            query = query.where(self._involving(inspector_id))
        query = query.order_by(InspectionRow.period_from.desc(), InspectionRow.id.desc()).offset(offset).limit(limit)
        return [self._inspection(row) for row in self.session.scalars(query)]

    def count(self, inspector_id: int | None = None) -> int:
        query = select(func.count(InspectionRow.id))
        if inspector_id is not None:
            query = query.where(self._involving(inspector_id))
        return self.session.scalar(query) or 0

    @staticmethod
    def _involving(user_id: int):
        return or_(InspectionRow.lead_inspector_id == user_id, InspectionRow.id.in_(
            select(InspectionMemberRow.inspection_id).where(InspectionMemberRow.user_id == user_id)))

    # violations
    def add_violation(self, inspection_id: int, data: ViolationInput, reference_kk: str, reference_ru: str) -> Violation:
        number = (self.session.scalar(select(func.max(ViolationRow.number)).where(
            ViolationRow.inspection_id == inspection_id)) or 0) + 1
        row = ViolationRow(inspection_id=inspection_id, number=number, requirement_code=data.requirement_code,
                           reference_kk=reference_kk, reference_ru=reference_ru, description=data.description,
                           place=data.place, deadline=data.deadline)
        self.session.add(row)
        self.session.flush()
        self._set_evidence(row.id, data.evidence)
        return self.violation(row.id)

    def update_violation(self, violation_id: int, data: ViolationInput, reference_kk: str,
                         reference_ru: str) -> Violation:
        row = self.session.get(ViolationRow, violation_id)
        row.requirement_code, row.reference_kk, row.reference_ru = data.requirement_code, reference_kk, reference_ru
        row.description, row.place, row.deadline = data.description, data.place, data.deadline
        self.session.execute(delete(ViolationEvidenceRow).where(ViolationEvidenceRow.violation_id == violation_id))
        self.session.flush()
        self._set_evidence(violation_id, data.evidence)
        return self.violation(violation_id)

    def remove_violation(self, violation_id: int) -> None:
        """Only while nothing is issued on the inspection (the service checks); later ones are renumbered."""
        row = self.session.get(ViolationRow, violation_id)
        self.session.execute(delete(ViolationEvidenceRow).where(ViolationEvidenceRow.violation_id == violation_id))
        self.session.delete(row)
        self.session.flush()
        later = self.session.scalars(select(ViolationRow).where(ViolationRow.inspection_id == row.inspection_id,
                                                                ViolationRow.number > row.number)
                                     .order_by(ViolationRow.number))
        for item in later:
            item.number -= 1
            self.session.flush()

    def _set_evidence(self, violation_id: int, evidence: tuple[EvidenceRef, ...]) -> None:
        self.session.add_all([ViolationEvidenceRow(violation_id=violation_id, recording_id=e.recording_id,
                                                   bookmark_id=e.bookmark_id, still_sha256=e.still_sha256,
                                                   still_position_ms=e.still_position_ms) for e in evidence])
        self.session.flush()

    def violation(self, violation_id: int) -> Violation | None:
        row = self.session.get(ViolationRow, violation_id)
        return None if row is None else self._violation(row)

    def violations(self, inspection_id: int) -> list[Violation]:
        rows = self.session.scalars(select(ViolationRow).where(ViolationRow.inspection_id == inspection_id)
                                    .order_by(ViolationRow.number))
        return [self._violation(row) for row in rows]

    def violations_with_deadlines(self, inspector_id: int | None = None) -> list[Violation]:
        query = select(ViolationRow).where(ViolationRow.deadline.is_not(None))
        if inspector_id is not None:
            query = query.join(InspectionRow, InspectionRow.id == ViolationRow.inspection_id).where(
                self._involving(inspector_id))
        query = query.order_by(ViolationRow.deadline, ViolationRow.id)
        return [self._violation(row) for row in self.session.scalars(query)]

    def _violation(self, row: ViolationRow) -> Violation:
        evidence = tuple(EvidenceRef(e.recording_id, e.bookmark_id, e.still_sha256, e.still_position_ms)
                         for e in self.session.scalars(select(ViolationEvidenceRow).where(
                             ViolationEvidenceRow.violation_id == row.id).order_by(ViolationEvidenceRow.id)))
        data = ViolationInput(row.requirement_code, row.description, row.deadline, row.place, evidence)
        mark = self.session.scalars(select(ViolationEliminationRow).where(
            ViolationEliminationRow.violation_id == row.id)).first()
        elimination = None if mark is None else Elimination(
            mark.violation_id, mark.eliminated_on, mark.proof, mark.recorded_by_id, mark.recorded_at,
            mark.follow_up_inspection_id, mark.id)
        return Violation(row.id, row.inspection_id, row.number, data, row.reference_kk, row.reference_ru, elimination)

    def add_elimination(self, mark: Elimination) -> None:
        self.session.add(ViolationEliminationRow(
            violation_id=mark.violation_id, eliminated_on=mark.eliminated_on, proof=mark.proof,
            follow_up_inspection_id=mark.follow_up_inspection_id, recorded_by_id=mark.recorded_by_id,
            recorded_at=mark.recorded_at))
        self.session.flush()

    # documents
    def next_sequence(self, kind: DocumentKind, year: int) -> int:
        return (self.session.scalar(select(func.max(InspectionDocumentRow.sequence)).where(
            InspectionDocumentRow.kind == kind.value, InspectionDocumentRow.year == year)) or 0) + 1

    def add_document(self, doc: IssuedDocument) -> IssuedDocument:
        row = InspectionDocumentRow(
            inspection_id=doc.inspection_id, kind=doc.kind.value, year=doc.year, sequence=doc.sequence,
            lang=doc.lang, drawn_up_at=doc.drawn_up_at, place=doc.place, issued_at=doc.issued_at,
            issued_by_id=doc.issued_by_id, sha256=doc.sha256, size=doc.size, pdf=doc.pdf, replaces_id=doc.replaces_id)
        self.session.add(row)
        self.session.flush()
        return self._document(row, with_pdf=True)

    def document(self, document_id: int, with_pdf: bool = False) -> IssuedDocument | None:
        row = self.session.get(InspectionDocumentRow, document_id)
        return None if row is None else self._document(row, with_pdf)

    def documents(self, inspection_id: int) -> list[IssuedDocument]:
        rows = self.session.scalars(select(InspectionDocumentRow).where(
            InspectionDocumentRow.inspection_id == inspection_id).order_by(InspectionDocumentRow.id))
        return [self._document(row) for row in rows]

    def document_counts(self, inspection_ids: list[int]) -> dict[int, int]:
        """How many documents each of these inspections has issued, in one query."""
        query = (select(InspectionDocumentRow.inspection_id, func.count(InspectionDocumentRow.id))
                 .where(InspectionDocumentRow.inspection_id.in_(sorted(set(inspection_ids))))
                 .group_by(InspectionDocumentRow.inspection_id))
        return dict(self.session.execute(query).all())

    def replaced_ids(self, inspection_id: int) -> set[int]:
        return set(self.session.scalars(select(InspectionDocumentRow.replaces_id).where(
            InspectionDocumentRow.inspection_id == inspection_id, InspectionDocumentRow.replaces_id.is_not(None))))

    @staticmethod
    def _document(row: InspectionDocumentRow, with_pdf: bool = False) -> IssuedDocument:
        return IssuedDocument(row.id, row.inspection_id, DocumentKind(row.kind), row.year, row.sequence, row.lang,
                              row.issued_at, row.issued_by_id, row.sha256, row.size, row.drawn_up_at, row.place,
                              row.replaces_id, row.pdf if with_pdf else None)

    def add_signature(self, sig: DocumentSignature) -> DocumentSignature:
        row = DocumentSignatureRow(document_id=sig.document_id, method=sig.method, cms=sig.cms,
                                   signer_name=sig.signer_name, signer_iin=sig.signer_iin,
                                   certificate_sha256=sig.certificate_sha256, signed_at=sig.signed_at,
                                   signed_by_id=sig.signed_by_id)
        self.session.add(row)
        self.session.flush()
        return self._signature(row)

    def signatures(self, document_id: int) -> list[DocumentSignature]:
        rows = self.session.scalars(select(DocumentSignatureRow).where(
            DocumentSignatureRow.document_id == document_id).order_by(DocumentSignatureRow.id))
        return [self._signature(row) for row in rows]

    @staticmethod
    def _signature(row: DocumentSignatureRow) -> DocumentSignature:
        return DocumentSignature(row.id, row.document_id, row.method, row.cms, row.signer_name, row.signer_iin,
                                 row.certificate_sha256, row.signed_at, row.signed_by_id)

    def is_issued(self, inspection_id: int, kind: DocumentKind | None = None) -> bool:
        query = select(InspectionDocumentRow.id).where(InspectionDocumentRow.inspection_id == inspection_id)
        if kind is not None:
            query = query.where(InspectionDocumentRow.kind == kind.value)
        return self.session.scalars(query.limit(1)).first() is not None

