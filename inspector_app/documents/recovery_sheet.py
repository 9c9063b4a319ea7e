"""The recovery sheet of the footage vault (п.6, п.13): one A4 page for the unit's safe.

It carries the recovery key, large and in groups of four so it can be typed back without a mistake, the
fingerprint of the vault's public key (so the sheet can be matched to its vault), what the key is for,
where to keep it and that whoever holds it can open all the footage, and a line for the head's
signature. Every word comes from `resources/templates/recovery/<lang>.json`; DejaVu is embedded, as
reportlab's own fonts have no Kazakh letters.

The key is never logged and never goes into the audit trail: the event of printing names the file and
the vault key's fingerprint only. The file is written atomically and readable by its owner alone.
"""

from __future__ import annotations

import base64
import io
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from inspector_app.documents.fonts import BOLD, REGULAR, register_fonts
from inspector_app.documents.output_files import check_target, key_line, write_atomically
from inspector_app.documents.templates import DocumentTexts, load_texts
from inspector_app.domain.audit import AuditKind
from inspector_app.domain.roles import Permission
from inspector_app.errors import AppError, StateError, ValidationError
from inspector_app.installation_key import fingerprint
from inspector_app.services.common import acting_user
from inspector_app.timezones import format_local
from inspector_app.vault_keys import RECOVERY_GROUP_LEN, recovery_secret

logger = logging.getLogger(__name__)

LANGUAGES = ("kk", "ru")
MARGIN = 18 * mm
KEY_GROUPS_PER_ROW = 4
KEY_COLUMN = 40 * mm  # 4 columns: 160 mm of the 174 mm between the margins
KEY_CELL_PADDING = 12  # points, both sides together (the table's default)
FOOTER_HEIGHT = 8 * mm  # the installation key's line, two lines of small print


def vault_fingerprint(public_key: bytes) -> str:
    """SHA-256 of the vault's raw public key in groups of four hex digits, as the installation key's is shown."""
    return fingerprint(base64.b64encode(public_key).decode("ascii"))


def key_groups(recovery_key: str) -> list[str]:
    """The recovery key as groups of four letters and digits; ValidationError when it is not one."""
    try:
        recovery_secret(recovery_key)
    except AppError as error:  # WrongStoragePassword: a malformed key, never a sheet with it
        raise ValidationError("Not a recovery key", code="not_recovery_key") from error
    text = "".join(ch for ch in recovery_key.upper() if ch.isalnum())
    return [text[i:i + RECOVERY_GROUP_LEN] for i in range(0, len(text), RECOVERY_GROUP_LEN)]


@dataclass(frozen=True)
class SheetFacts:
    unit: str
    made: str          # the date and time, local
    head: str          # full name of the head who made it
    groups: list[str]
    fingerprint: str
    footer: str = ""


def _styles() -> dict:
    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=15, leading=19, spaceAfter=2 * mm),
        "subtitle": ParagraphStyle("subtitle", fontName=REGULAR, fontSize=8.5, leading=11, spaceAfter=3 * mm),
        "line": ParagraphStyle("line", fontName=REGULAR, fontSize=10, leading=13),
        "heading": ParagraphStyle("heading", fontName=BOLD, fontSize=11, leading=14, spaceBefore=3 * mm,
                                  spaceAfter=1 * mm),
        "text": ParagraphStyle("text", fontName=REGULAR, fontSize=10, leading=13.5),
        "warning": ParagraphStyle("warning", fontName=BOLD, fontSize=11, leading=14.5,
                                  textColor=colors.Color(0.65, 0, 0.1)),
        "fingerprint": ParagraphStyle("fingerprint", fontName=BOLD, fontSize=10.5, leading=14),
        "small": ParagraphStyle("small", fontName=REGULAR, fontSize=7.5, leading=9.5),
        "hint": ParagraphStyle("hint", fontName=REGULAR, fontSize=7.5, leading=9, alignment=1),
        "key": ParagraphStyle("key", fontName=BOLD, fontSize=_key_size(), leading=_key_size() + 4, alignment=1),
    }


def _key_size(largest: float = 24.0) -> float:
    """The key's font size: as large as fits the widest group there can be ("WWWW") on one line of a cell."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    per_point = stringWidth("W" * RECOVERY_GROUP_LEN, BOLD, 1)
    return min(largest, int((KEY_COLUMN - KEY_CELL_PADDING - 2) / per_point * 2) / 2)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _key_table(groups: list[str], st: dict) -> Table:
    rows = [groups[i:i + KEY_GROUPS_PER_ROW] for i in range(0, len(groups), KEY_GROUPS_PER_ROW)]
    rows = [[_p(group, st["key"]) for group in row] + [""] * (KEY_GROUPS_PER_ROW - len(row)) for row in rows]
    table = Table(rows, colWidths=[KEY_COLUMN] * KEY_GROUPS_PER_ROW, hAlign="CENTER")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), BOLD),  # else the table sets Helvetica, with no Kazakh letters, unembedded
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5 * mm),
        ("BOX", (0, 0), (-1, -1), 1.4, colors.black),
        ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.grey),
    ]))
    return table


def _signature_table(texts: DocumentTexts, st: dict) -> Table:
    data = [[_p(texts.text("signature_role"), st["text"]), "", "", ""],
            ["", _p(texts.text("signature_hint"), st["hint"]), "", _p(texts.text("name_hint"), st["hint"])]]
    table = Table(data, colWidths=[68 * mm, 50 * mm, 6 * mm, 50 * mm], rowHeights=[12 * mm, None], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),  # the lines to sign and to write the name on
        ("LINEBELOW", (3, 0), (3, 0), 0.6, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 1), (-1, 1), 0),
    ]))
    return table


def render_sheet(stream: BinaryIO, texts: DocumentTexts, facts: SheetFacts) -> None:
    register_fonts()
    st = _styles()
    half = len(facts.fingerprint) // 2 + 1
    split = facts.fingerprint.find(" ", half - 3)  # two lines of eight groups
    fp_lines = [facts.fingerprint[:split], facts.fingerprint[split + 1:]] if split > 0 else [facts.fingerprint]
    story = [
        _p(texts.text("title"), st["title"]), _p(texts.text("subtitle"), st["subtitle"]),
        _p(texts.text("unit", unit=facts.unit), st["line"]) if facts.unit else Spacer(1, 0),
        _p(texts.text("made", date=facts.made, head=facts.head), st["line"]),
        _p(texts.text("key_heading"), st["heading"]),
        _key_table(facts.groups, st), Spacer(1, 1.5 * mm),
        _p(texts.text("key_hint"), st["small"]), Spacer(1, 3 * mm),
        _p(texts.text("warning"), st["warning"]),
        _p(texts.text("fingerprint_heading"), st["heading"]),
        *[_p(line, st["fingerprint"]) for line in fp_lines],
        _p(texts.text("fingerprint_hint"), st["small"]),
    ]
    for key in ("purpose", "use", "keep"):
        story += [_p(texts.text(f"{key}_heading"), st["heading"]), _p(texts.text(key), st["text"])]
    story += [Spacer(1, 2 * mm), _p(texts.text("loss"), st["warning"]), Spacer(1, 1 * mm),
              _p(texts.text("renew"), st["text"]), Spacer(1, 6 * mm),
              KeepTogether([_signature_table(texts, st), Spacer(1, 6 * mm), _p(texts.text("safe_line"), st["text"])])]
    footer = _p(facts.footer, st["small"]) if facts.footer else None

    def decorate(canv, _doc) -> None:  # the installation key at the foot of the page, out of the text's way
        if footer is not None:
            padding = 6  # as the text's frame has
            _w, height = footer.wrapOn(canv, A4[0] - 2 * (MARGIN + padding), FOOTER_HEIGHT)
            footer.drawOn(canv, MARGIN + padding, 8 * mm + FOOTER_HEIGHT - height)

    doc = SimpleDocTemplate(stream, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=14 * mm,
                            bottomMargin=10 * mm + FOOTER_HEIGHT, invariant=1, initialFontName=REGULAR,
                            title=texts.text("title"), creator="inspector-app", lang=texts.lang)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


class RecoverySheetPrinter:
    """The head prints the recovery sheet of the key they have just been shown (`keyring.create` or
    `keyring.new_recovery_key`); the app keeps no copy of the key to print it again later."""

    def __init__(self, ctx) -> None:
        self.ctx = ctx

    def pdf(self, actor, recovery_key: str, lang: str) -> bytes:
        if lang not in LANGUAGES:
            raise ValidationError(f"The recovery sheet is printed in Kazakh (kk) or Russian (ru), not '{lang}'",
                                  code="export_language")
        groups = key_groups(recovery_key)
        with self.ctx.uow_factory() as uow:
            head = acting_user(uow, actor, Permission.MANAGE_VAULT_KEYS)
            unit = uow.units.get()
        public = self.ctx.keyring.public_key()
        if public is None:
            raise StateError("The unit has no storage password yet", code="no_vault_key")
        texts = load_texts("recovery", lang)
        facts = SheetFacts(unit=unit.name(lang) if unit else "",
                           made=format_local(self.ctx.clock.now(), self.ctx.timezone(), "%d.%m.%Y %H:%M"),
                           head=head.full_name, groups=groups, fingerprint=vault_fingerprint(public),
                           footer=key_line(texts, self.ctx.signer))
        buffer = io.BytesIO()
        render_sheet(buffer, texts, facts)
        return buffer.getvalue()

    def print_sheet(self, actor, recovery_key: str, out: Path, lang: str) -> Path:
        """Write the sheet to `out` (a PDF, owner-readable only); the printing is an audit event."""
        out = check_target(Path(out))
        data = self.pdf(actor, recovery_key, lang)
        write_atomically(out, data, private=True)
        self.ctx.audit.record(AuditKind.VAULT, actor, subject="vault", details={
            "action": "recovery_sheet_printed", "file": out.name, "language": lang,
            "vault_key": vault_fingerprint(self.ctx.keyring.public_key())})
        logger.info("recovery sheet written to %s", out)
        return out
