"""The chain-of-custody sheet of an evidence package (custody.pdf), in Kazakh or Russian from
`resources/templates/custody/`: for each file, who recorded it, who issued and received the recorder, when
it was stored, and every audit event of its custody (views and exports included), with its SHA-256.

It is drawn from the package's manifest alone, so it says nothing the signed manifest does not.
DejaVu Sans is embedded: reportlab's own fonts have no Kazakh letters.
"""

from __future__ import annotations

import io
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, KeepTogether, PageTemplate, Paragraph, Spacer, Table, TableStyle

from inspector_app.documents.fonts import BOLD, REGULAR, register_fonts
from inspector_app.documents.templates import DocumentTexts, load_texts
from inspector_app.timezones import format_local

LEFT, RIGHT, TOP, BOTTOM = 18 * mm, 12 * mm, 15 * mm, 14 * mm
WIDTH = A4[0] - LEFT - RIGHT
FIELD_WIDTHS = [58 * mm, WIDTH - 58 * mm]
EVENT_WIDTHS = [12 * mm, 30 * mm, 42 * mm, 50 * mm, WIDTH - 134 * mm]
FORMAT = "%d.%m.%Y %H:%M:%S"


def _styles() -> dict:
    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=12, leading=15, spaceAfter=2 * mm),
        "subtitle": ParagraphStyle("subtitle", fontName=REGULAR, fontSize=8, leading=10, spaceAfter=2 * mm),
        "line": ParagraphStyle("line", fontName=REGULAR, fontSize=9, leading=12),
        "heading": ParagraphStyle("heading", fontName=BOLD, fontSize=10, leading=13, spaceBefore=4 * mm,
                                  spaceAfter=1.5 * mm),
        "head": ParagraphStyle("head", fontName=BOLD, fontSize=7.5, leading=9),
        "cell": ParagraphStyle("cell", fontName=REGULAR, fontSize=7.5, leading=9, wordWrap="CJK"),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text or ""), style)


def _grid(table: Table, header: bool) -> Table:
    style = [("FONTNAME", (0, 0), (-1, -1), REGULAR), ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
             ("RIGHTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)))
    table.setStyle(TableStyle(style))
    return table


class _CustodyDocument(BaseDocTemplate):
    def __init__(self, stream, texts: DocumentTexts, footer: str, **kwargs) -> None:
        super().__init__(stream, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP, bottomMargin=BOTTOM,
                         invariant=1, initialFontName=REGULAR, **kwargs)
        self.texts, self.footer = texts, footer
        frame = Frame(LEFT, BOTTOM, WIDTH, A4[1] - TOP - BOTTOM, id="body", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("sheet", [frame], onPage=self._decorate)])

    def _decorate(self, canv, doc) -> None:
        canv.saveState()
        canv.setFont(REGULAR, 9)
        canv.drawRightString(A4[0] - RIGHT, A4[1] - 9 * mm, self.texts.text("page", page=canv.getPageNumber()))
        if self.footer:  # the key, then its fingerprint: one line would run off the sheet
            canv.setFont(REGULAR, 6)
            for number, part in enumerate(self.footer.split(" · ")):
                canv.drawString(LEFT, (8 - 3 * number) * mm, part)
        canv.restoreState()


def _when(value: str | None, zone: str) -> str:
    return format_local(datetime.fromisoformat(value.replace("Z", "+00:00")), zone, FORMAT) if value else ""


def render_custody(manifest: dict, lang: str, zone: str) -> bytes:
    """The sheet's PDF bytes for a manifest (see `services/evidence_package.py`)."""
    register_fonts()
    texts = load_texts("custody", lang)
    kinds = load_texts("audit", lang).raw("kinds")
    st = _styles()
    none = texts.text("none")
    events = {e["seq"]: e for e in manifest["audit_events"]}
    unit = manifest["unit"].get(f"name_{lang}") or manifest["unit"].get("code", "")
    creator = manifest["created_by"]
    story = [_p(texts.text("title"), st["title"]), _p(texts.text("subtitle"), st["subtitle"]),
             _p(texts.text("unit", unit=unit), st["line"]),
             _p(texts.text("generated", when=_when(manifest["created_at"], zone),
                           user=f"{creator['full_name']} ({creator['login']})"), st["line"]),
             _p(texts.plural("count", len(manifest["recordings"]), n=len(manifest["recordings"])), st["line"])]
    for number, rec in enumerate(manifest["recordings"], 1):
        entry = rec["journal_entry"]
        label = texts.raw("fields")

        def who_when(who: str, when: str | None) -> str:
            return texts.text("who_when", who=who, when=_when(when, zone)) if who else none

        rows = [("sha256", rec["sha256"]), ("size", str(rec["size"])),
                ("recorder", f"{rec['recorder']['inventory_number']} / {rec['recorder']['serial_number'] or none}"),
                ("source", rec["source_name"]),
                ("period", f"{_when(rec['start_utc'], zone) or none} — {_when(rec['end_utc'], zone) or none}")]
        if entry is None:
            rows.append(("entry", texts.text("no_entry")))
        else:
            rows += [("entry", texts.text("entry", volume=entry["volume"], number=entry["number"])),
                     ("recorded_by", entry["inspector"]),
                     ("issued", who_when(entry["issued_by"], entry["issued_at"])),
                     ("returned", who_when(entry["received_by"], entry["returned_at"]))]
        rows.append(("stored", _when(rec["ingested_at"], zone)))
        facts = _grid(Table([[_p(label[key], st["head"]), _p(value, st["cell"])] for key, value in rows],
                            colWidths=FIELD_WIDTHS, hAlign="LEFT"), header=False)
        story += [KeepTogether([_p(texts.text("recording", n=number, file=rec["file"]), st["heading"]), facts]),
                  Spacer(1, 2 * mm), _p(texts.text("events_title"), st["head"]), Spacer(1, 1 * mm)]
        custody = [events[seq] for seq in rec["custody"] if seq in events]
        if not custody:
            story.append(_p(texts.text("empty"), st["line"]))
            continue
        data = [[_p(c, st["head"]) for c in texts.items("columns", 5)]]
        data += [[_p(str(e["seq"]), st["cell"]), _p(_when(e["at"], zone), st["cell"]),
                  _p(kinds.get(e["kind"], e["kind"]) if isinstance(kinds, dict) else e["kind"], st["cell"]),
                  _p(e["user_name"] or none, st["cell"]), _p(e["hash"], st["cell"])] for e in custody]
        story.append(_grid(Table(data, colWidths=EVENT_WIDTHS, repeatRows=1, hAlign="LEFT"), header=True))
    key = next((k for k in manifest["installation_keys"] if k["id"] == manifest["signed_with_key_id"]), None)
    footer = texts.text("installation_key", public_key=key["public_key"], fingerprint=key["fingerprint"]) if key else ""
    buffer = io.BytesIO()
    _CustodyDocument(buffer, texts, footer, title=texts.text("title"), creator="inspector-app",
                     lang=lang).build(story)
    return buffer.getvalue()
