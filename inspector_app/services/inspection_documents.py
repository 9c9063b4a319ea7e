"""Issuing, reading and signing the acts and prescriptions of inspections (п.14).

An issued document is frozen: its PDF bytes are stored with their SHA-256 and never change (the database
refuses it); a later change is a new document that names the one it replaces, and the old one stays. The
number is the next in the unit's numbering of that kind and year, taken in the issuing transaction (two
issuing at once: the loser renders again with the next number), so numbers have no gaps.

A document is signed with a detached CMS signature over its bytes: from a PKCS#12 key file of the national
certificate authority (the password is used in memory only, never stored or logged), or through NCALayer on
the user's PC. Each signature is verified over the stored bytes before it is kept.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime

from inspector_app.ports import DOCUMENT_NUMBERS_LOCK
from inspector_app.cms_signatures import load_pkcs12, sign_detached, verify_detached, verify_each
from inspector_app.documents.act_pdf import render_act
from inspector_app.documents.prescription_pdf import render_prescription
from inspector_app.documents.templates import load_texts
from inspector_app.domain.audit import AuditKind
from inspector_app.domain.inspections import DocumentKind, DocumentSignature, IssuedDocument, document_number
from inspector_app.errors import ConflictError, NotFoundError, StateError, ValidationError
from inspector_app.services.inspection_content_builder import act_content, prescription_content
from inspector_app.services.inspections import inspection_for, sees_all, working_user
from inspector_app.timezones import format_local, to_local

logger = logging.getLogger(__name__)

LANGUAGES = ("kk", "ru", "kk+ru")
NUMBER_RETRIES = 5


class InspectionDocuments:
    def __init__(self, uow_factory, clock, audit=None, timezone=lambda: "Asia/Almaty", signer=None) -> None:
        self.uow_factory, self.clock, self.audit, self.timezone = uow_factory, clock, audit, timezone
        self.signer = signer  # the installation key, whose fingerprint each issued document prints

    @staticmethod
    def _user(uow, actor):
        return working_user(uow, actor)

    @staticmethod
    def _inspection(uow, user, inspection_id: int):
        return inspection_for(uow, user, inspection_id)

    # rendering
    def _render(self, uow, inspection, kind: DocumentKind, lang: str, number: str, drawn_up_at: datetime,
                place: str, acknowledgement, footer: str) -> bytes:
        violations = uow.inspections.violations(inspection.id)
        zone = self.timezone()
        if kind is DocumentKind.ACT:
            return render_act(act_content(uow, inspection, violations, number, drawn_up_at, place, zone,
                                          acknowledgement, footer), lang)
        act = self._current(uow, inspection.id, DocumentKind.ACT)
        if act is None:
            raise StateError("A prescription follows an issued act: issue the act first", code="prescription_no_act")
        if not violations:
            raise ValidationError("A prescription needs at least one violation", code="prescription_empty")
        return render_prescription(prescription_content(
            uow, inspection, violations, number, drawn_up_at, place, act.number,
            to_local(act.drawn_up_at, zone).date(), zone, acknowledgement, footer), lang)

    def _checks(self, uow, inspection, kind: DocumentKind, lang: str, drawn_up_at: datetime) -> None:
        if lang not in LANGUAGES:
            raise ValidationError(f"A document is in Kazakh, Russian or both (kk, ru, kk+ru), not '{lang}'",
                                  code="document_language", lang=lang)
        if not inspection.data.inspector_ids:
            raise ValidationError("An act names at least one inspector", code="inspection_no_inspector")
        day = to_local(drawn_up_at, self.timezone()).date()
        if day < inspection.data.period_from:
            raise ValidationError("The document is dated before the inspection began", code="document_date")
        late = [v.number for v in uow.inspections.violations(inspection.id)
                if v.data.deadline is not None and v.data.deadline < day]
        if late:
            raise ValidationError(f"The deadline of violation(s) {', '.join(map(str, late))} is before the "
                                  "document's date", code="violation_deadline", violations=late)

    @staticmethod
    def _current(uow, inspection_id: int, kind: DocumentKind) -> IssuedDocument | None:
        replaced = uow.inspections.replaced_ids(inspection_id)
        current = [d for d in uow.inspections.documents(inspection_id) if d.kind is kind and d.id not in replaced]
        return current[-1] if current else None

    def draft_pdf(self, actor, inspection_id: int, kind: DocumentKind, lang: str,
                  drawn_up_at: datetime | None = None, place: str = "") -> bytes:
        """The document as it would be issued now, marked as a draft on every page (nothing is stored)."""
        kind = DocumentKind(kind)
        drawn_up_at = drawn_up_at or self.clock.now()
        with self.uow_factory() as uow:
            inspection = self._inspection(uow, self._user(uow, actor), inspection_id)
            self._checks(uow, inspection, kind, lang, drawn_up_at)
            footer = _footer_text(kind, lang, "footer_draft")
            number = document_number(uow.inspections.next_sequence(kind, _year(drawn_up_at, self.timezone())),
                                     _year(drawn_up_at, self.timezone()))
            return self._render(uow, inspection, kind, lang, number, drawn_up_at, place, None, footer)

    # issuing
    def issue(self, actor, inspection_id: int, kind: DocumentKind, lang: str, drawn_up_at: datetime | None = None,
              place: str = "", acknowledgement=None, replaces_id: int | None = None) -> IssuedDocument:
        kind = DocumentKind(kind)
        drawn_up_at = drawn_up_at or self.clock.now()
        year = _year(drawn_up_at, self.timezone())
        for _attempt in range(NUMBER_RETRIES):
            with self.uow_factory.serial(DOCUMENT_NUMBERS_LOCK) as uow:
                user = self._user(uow, actor)
                inspection = self._inspection(uow, user, inspection_id)
                self._checks(uow, inspection, kind, lang, drawn_up_at)
                if replaces_id is not None:
                    self._replaceable(uow, inspection_id, kind, replaces_id)
                sequence = uow.inspections.next_sequence(kind, year)
                number = document_number(sequence, year)
                footer = _footer_text(kind, lang, "footer_issued", number=number,
                                      issued=format_local(self.clock.now(), self.timezone(), "%d.%m.%Y %H:%M"),
                                      fingerprint=self.signer.key.fingerprint if self.signer else "-")
                pdf = self._render(uow, inspection, kind, lang, number, drawn_up_at, place, acknowledgement, footer)
                doc = IssuedDocument(0, inspection_id, kind, year, sequence, lang, self.clock.now(), user.id,
                                     hashlib.sha256(pdf).hexdigest(), len(pdf), drawn_up_at,
                                     place or inspection.data.place, replaces_id, pdf)
                try:
                    stored = uow.inspections.add_document(doc)
                    uow.commit()
                except ConflictError:
                    logger.info("document number %s taken meanwhile: issuing with the next", number)
                    continue
            self._record_document(user, stored, "issued")
            return stored
        raise ConflictError("Documents are being issued elsewhere at the same moment: try again",
                            code="document_number_busy")

    def _replaceable(self, uow, inspection_id: int, kind: DocumentKind, replaces_id: int) -> None:
        old = uow.inspections.document(replaces_id)
        if old is None or old.inspection_id != inspection_id or old.kind is not kind:
            raise ValidationError("The document replaced must be this inspection's, of the same kind",
                                  code="document_replaces")
        if replaces_id in uow.inspections.replaced_ids(inspection_id):
            raise ValidationError("That document is already replaced", code="document_replaced")

    def documents(self, actor, inspection_id: int) -> list[IssuedDocument]:
        with self.uow_factory() as uow:
            self._inspection(uow, self._user(uow, actor), inspection_id)
            return uow.inspections.documents(inspection_id)

    def counts(self, actor, inspections: list) -> dict[int, int]:
        """How many documents each of these inspections (as listed to `actor`) has issued."""
        with self.uow_factory() as uow:
            user = self._user(uow, actor)
            ids = [i.id for i in inspections if sees_all(user) or user.id in i.data.inspector_ids]
            return uow.inspections.document_counts(ids) if ids else {}

    def current(self, actor, inspection_id: int, kind: DocumentKind, lang: str | None = None) -> IssuedDocument | None:
        """The newest issued document of `kind` not replaced (in `lang`, if given)."""
        with self.uow_factory() as uow:
            self._inspection(uow, self._user(uow, actor), inspection_id)
            replaced = uow.inspections.replaced_ids(inspection_id)
            found = [d for d in uow.inspections.documents(inspection_id)
                     if d.kind is DocumentKind(kind) and (lang is None or d.lang == lang) and d.id not in replaced]
        return found[-1] if found else None

    def pdf(self, actor, document_id: int) -> bytes:
        """The frozen bytes, checked against their stored hash."""
        with self.uow_factory() as uow:
            doc = self._document(uow, actor, document_id, with_pdf=True)
        if hashlib.sha256(doc.pdf).hexdigest() != doc.sha256:
            raise StateError(f"Document {doc.number} no longer matches its SHA-256", code="document_altered")
        return doc.pdf

    def _document(self, uow, actor, document_id: int, with_pdf: bool = False) -> IssuedDocument:
        user = self._user(uow, actor)  # before the id is looked up: a refused person learns nothing of it
        doc = uow.inspections.document(document_id, with_pdf=with_pdf)
        if doc is None:
            raise NotFoundError(f"Document {document_id} does not exist", what="Document", id=document_id)
        self._inspection(uow, user, doc.inspection_id)
        return doc

    # signing
    def sign_with_key_file(self, actor, document_id: int, pkcs12: bytes, password: str) -> DocumentSignature:
        data = self.pdf(actor, document_id)  # the permission first, then the key file
        key = load_pkcs12(pkcs12, password)
        return self._keep(actor, document_id, data, sign_detached(data, key, self.clock.now()), "pkcs12")

    def sign_with_ncalayer(self, actor, document_id: int, client, locale: str = "ru",
                           cancel=None) -> DocumentSignature:
        """Through NCALayer (`client`); `cancel` (a threading.Event) stops the wait for the user's PIN."""
        data = self.pdf(actor, document_id)
        cms = client.sign_cms(data, locale, cancel=cancel) if cancel is not None else client.sign_cms(data, locale)
        return self._keep(actor, document_id, data, cms, "ncalayer")

    def _keep(self, actor, document_id: int, data: bytes, cms: bytes, method: str) -> DocumentSignature:
        info = verify_detached(data, cms)  # refused here, before anything is kept, if it does not verify
        with self.uow_factory() as uow:
            user = self._user(uow, actor)
            doc = self._document(uow, actor, document_id)
            sig = uow.inspections.add_signature(DocumentSignature(
                0, document_id, method, cms, info.common_name, info.iin or "", info.fingerprint_sha256,
                info.signed_at or self.clock.now(), user.id))
            uow.commit()
        self._record_document(user, doc, "signed", method=method, signer=info.common_name, iin=info.iin,
                              certificate_sha256=info.fingerprint_sha256)
        return sig

    def signatures(self, actor, document_id: int) -> list[DocumentSignature]:
        with self.uow_factory() as uow:
            self._document(uow, actor, document_id)
            return uow.inspections.signatures(document_id)

    def verify(self, actor, document_id: int, trusted_roots=None) -> list:
        """Each signature verified again over the stored bytes: (signature, SignatureInfo or the error)."""
        data = self.pdf(actor, document_id)
        return verify_each(data, self.signatures(actor, document_id), trusted_roots)

    def _record_document(self, user, doc: IssuedDocument, action: str, **details) -> None:
        if self.audit is not None:
            self.audit.record(AuditKind.DOCUMENT, user, subject=f"inspection:{doc.inspection_id}",
                              details={"action": action, "document_id": doc.id, "kind": doc.kind.value,
                                       "number": doc.number, "lang": doc.lang, "sha256": doc.sha256,
                                       "replaces_id": doc.replaces_id, **details})


def _year(moment: datetime, zone: str) -> int:
    return to_local(moment, zone).year


def _footer_text(kind: DocumentKind, lang: str, key: str, **values) -> str:
    """The footer in the document's language(s): both, separated, for a bilingual document."""
    return " / ".join(load_texts(kind.value, code).text(key, **values) for code in lang.split("+"))
