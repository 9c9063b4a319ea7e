"""Exporting the audit trail (п.13) to PDF or CSV, for the head and the responsible person.

The events that match a filter are read oldest first in pages and written whole: the CSV holds every
field an event has, the hash chain and the signatures included, so a copy can be checked outside the
app; the PDF is for reading and printing, in Kazakh or Russian from `resources/templates/audit/`. Both
carry the installation key, and the export itself is appended to the trail with the file's SHA-256.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from inspector_app.documents.audit_pdf_layout import AuditSheet, render_audit
from inspector_app.documents.output_files import check_target, key_line, write_atomically
from inspector_app.documents.templates import DocumentTexts, load_texts
from inspector_app.domain.audit import AuditEvent, AuditFilter, AuditKind, details_summary
from inspector_app.errors import ValidationError
from inspector_app.timezones import format_local

logger = logging.getLogger(__name__)

LANGUAGES = ("kk", "ru")
FORMATS = (".pdf", ".csv")
PAGE = 1000
DETAILS_SHOWN = 240  # characters of the details in a PDF cell; the CSV has them all


@dataclass(frozen=True)
class ExportResult:
    events: int
    sha256: str
    path: Path


class AuditExporter:
    def __init__(self, ctx) -> None:
        self.ctx = ctx

    def export(self, actor, flt: AuditFilter, out: Path, lang: str) -> ExportResult:
        out = check_target(out)
        suffix = out.suffix.lower()
        if suffix not in FORMATS:
            raise ValidationError(f"The audit trail is exported to .pdf or .csv, not '{out.suffix or out.name}'",
                                  code="export_format")
        if lang not in LANGUAGES:
            raise ValidationError(f"The audit trail is exported in Kazakh (kk) or Russian (ru), not '{lang}'",
                                  code="export_language")
        texts = load_texts("audit", lang)
        events = self._events(actor, flt)  # checks the permission
        timezone = self.ctx.unit_settings.get("timezone")
        data = self._csv(texts, events, timezone) if suffix == ".csv" else \
            self._pdf(texts, actor, flt, events, timezone)
        write_atomically(out, data)
        digest = hashlib.sha256(data).hexdigest()
        self.ctx.audit.record(AuditKind.EXPORT, actor, subject="audit",
                              details={"format": suffix[1:], "file": out.name, "events": len(events),
                                       "sha256": digest, "language": lang, "filter": _filter_json(flt)})
        logger.info("audit trail exported: %s events to %s", len(events), out)
        return ExportResult(len(events), digest, out)

    def _user_name(self, user_id: int | None) -> str:
        if user_id is None:
            return ""
        with self.ctx.uow_factory() as uow:
            user = uow.users.get(user_id)
        return f"{user.full_name} ({user.login})" if user else str(user_id)

    def _events(self, actor, flt: AuditFilter) -> list[AuditEvent]:
        oldest_first = AuditFilter(flt.user_id, flt.kind, flt.recording_id, flt.date_from, flt.date_to, flt.text,
                                   newest_first=False)
        events: list[AuditEvent] = []
        while True:
            page = self.ctx.audit.list(actor, oldest_first, len(events), PAGE)
            events += page
            if len(page) < PAGE:
                return events

    @staticmethod
    def _csv(texts: DocumentTexts, events: list[AuditEvent], timezone: str) -> bytes:
        stream = io.StringIO(newline="")
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(texts.items("csv_columns", 13))
        for e in events:
            writer.writerow([e.seq, e.at.isoformat(timespec="microseconds"), format_local(e.at, timezone),
                             kind_name(texts, e.kind), e.kind.value, e.user_name, e.subject,
                             e.recording_id if e.recording_id is not None else "",
                             json.dumps(e.details, ensure_ascii=False, sort_keys=True), e.prev_hash, e.hash,
                             e.key_id, e.signature])
        return stream.getvalue().encode("utf-8-sig")  # the mark lets a spreadsheet on Windows read UTF-8

    def _pdf(self, texts: DocumentTexts, actor, flt: AuditFilter, events: list[AuditEvent], timezone: str) -> bytes:
        found = self.ctx.unit()
        unit = found.name(texts.lang) if found else ""
        head = self.ctx.audit.head()
        sheet = AuditSheet(
            title=texts.text("title"), subtitle=texts.text("subtitle"),
            lines=[texts.text("unit", unit=unit) if unit else "",
                   texts.text("generated", when=format_local(self.ctx.clock.now(), timezone),
                              user=getattr(actor, "full_name", "")),
                   texts.text("filter", filter=_describe(texts, flt, timezone, self._user_name(flt.user_id))),
                   texts.plural("count", len(events), n=len(events)),
                   texts.text("chain_head", seq=head.seq, hash=head.hash) if head else ""],
            columns=texts.items("columns", 7), empty=texts.text("empty"), footer=key_line(texts, self.ctx.signer),
            rows=[(str(e.seq), format_local(e.at, timezone), kind_name(texts, e.kind), e.user_name, e.subject,
                   details_summary(e.details, DETAILS_SHOWN), e.hash[:12]) for e in events])
        buffer = io.BytesIO()
        render_audit(buffer, texts, sheet)
        return buffer.getvalue()


def kind_name(texts: DocumentTexts, kind: AuditKind) -> str:
    names = texts.raw("kinds")
    return names.get(kind.value, kind.value) if isinstance(names, dict) else kind.value


def _describe(texts: DocumentTexts, flt: AuditFilter, timezone: str, user_name: str) -> str:
    parts = []
    if flt.kind is not None:
        parts.append(texts.text("filter_kind", kind=kind_name(texts, flt.kind)))
    if flt.user_id is not None:
        parts.append(texts.text("filter_user", user=user_name))
    if flt.recording_id is not None:
        parts.append(texts.text("filter_recording", recording=flt.recording_id))
    if flt.date_from is not None:
        parts.append(texts.text("filter_from", date=format_local(flt.date_from, timezone, "%d.%m.%Y")))
    if flt.date_to is not None:
        parts.append(texts.text("filter_to", date=format_local(flt.date_to - timedelta(microseconds=1), timezone, "%d.%m.%Y")))
    if flt.text.strip():
        parts.append(texts.text("filter_text", text=flt.text.strip()))
    return ", ".join(parts) or texts.text("filter_all")


def _filter_json(flt: AuditFilter) -> dict:
    return {"user_id": flt.user_id, "kind": flt.kind.value if flt.kind else None, "recording_id": flt.recording_id,
            "from": flt.date_from.isoformat() if flt.date_from else None,
            "to": flt.date_to.isoformat() if flt.date_to else None, "text": flt.text}
