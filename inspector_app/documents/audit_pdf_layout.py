"""The layout of the exported audit trail: a landscape A4 table of events under a heading, with the
sheet number at the top and the installation key at the foot of every sheet.

Long values (a hash, a path without spaces) are broken anywhere so a cell never runs into the next.
DejaVu Sans is embedded: reportlab's own fonts have no Kazakh letters.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from inspector_app.documents.fonts import BOLD, REGULAR, register_fonts
from inspector_app.documents.templates import DocumentTexts

PAGE_SIZE = landscape(A4)
LEFT, RIGHT, TOP, BOTTOM = 15 * mm, 10 * mm, 14 * mm, 12 * mm
# №, time, event, user, subject, details, hash
COLUMN_WIDTHS = [14 * mm, 26 * mm, 38 * mm, 44 * mm, 32 * mm, 95 * mm, 23 * mm]


@dataclass
class AuditSheet:
    title: str
    subtitle: str
    lines: list[str]
    columns: list[str]
    rows: list[tuple[str, ...]]
    empty: str
    footer: str = ""


def _styles() -> dict:
    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=12, leading=15, spaceAfter=2 * mm),
        "subtitle": ParagraphStyle("subtitle", fontName=REGULAR, fontSize=8, leading=10, spaceAfter=2 * mm),
        "line": ParagraphStyle("line", fontName=REGULAR, fontSize=8.5, leading=11),
        "head": ParagraphStyle("head", fontName=BOLD, fontSize=7.5, leading=9),
        "cell": ParagraphStyle("cell", fontName=REGULAR, fontSize=7, leading=8.5, wordWrap="CJK"),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


class _AuditDocument(BaseDocTemplate):
    def __init__(self, stream: BinaryIO, texts: DocumentTexts, footer: str, **kwargs) -> None:
        super().__init__(stream, pagesize=PAGE_SIZE, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
                         bottomMargin=BOTTOM, invariant=1, initialFontName=REGULAR, **kwargs)
        self.texts = texts
        self.footer = footer
        frame = Frame(LEFT, BOTTOM, PAGE_SIZE[0] - LEFT - RIGHT, PAGE_SIZE[1] - TOP - BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("sheet", [frame], onPage=self._decorate)])

    def _decorate(self, canv, doc) -> None:
        canv.saveState()
        canv.setFont(REGULAR, 9)
        canv.drawRightString(PAGE_SIZE[0] - RIGHT, PAGE_SIZE[1] - 8 * mm,
                             self.texts.text("page", page=canv.getPageNumber()))
        if self.footer:
            canv.setFont(REGULAR, 6)
            canv.drawString(LEFT, 5 * mm, self.footer)
        canv.restoreState()


def render_audit(stream: BinaryIO, texts: DocumentTexts, sheet: AuditSheet) -> None:
    register_fonts()
    st = _styles()
    story = [_p(sheet.title, st["title"]), _p(sheet.subtitle, st["subtitle"])]
    story += [_p(line, st["line"]) for line in sheet.lines if line]
    story.append(Spacer(1, 4 * mm))
    if not sheet.rows:
        story.append(_p(sheet.empty, st["line"]))
    else:
        data = [[_p(c, st["head"]) for c in sheet.columns]]
        data += [[_p(value, st["cell"]) for value in row] for row in sheet.rows]
        table = Table(data, colWidths=COLUMN_WIDTHS, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else the table sets Helvetica, unembedded, for its cells
            ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]))
        story.append(table)
    doc = _AuditDocument(stream, texts, sheet.footer, title=sheet.title, creator="inspector-app", lang=texts.lang)
    doc.build(story)
