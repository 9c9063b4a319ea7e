"""The page layout of the printed journal (Appendix 1 of order No. 444), with reportlab.

A4 landscape. Sheet 1 is the front cover; the following sheets hold the table of seven columns with
its headers and column numbers repeated on each sheet; every sheet carries its number at the top
right; the last sheet ends with the certification line of п.9 and the responsible person's signature.

Signatures are the drawn strokes, printed as vector lines in dark blue, like ballpoint ink. A struck
entry keeps its text and gets one line through the whole row, in the same ink (п.9: nothing is erased).
This module only arranges what it is given: every text comes from the template or from the caller.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from inspector_app.documents.fonts import BOLD, REGULAR, register_fonts
from inspector_app.documents.templates import DocumentTexts
from inspector_app.domain.strokes import PAD_ASPECT, Strokes

logger = logging.getLogger(__name__)

PAGE_SIZE = landscape(A4)
LEFT, RIGHT, TOP, BOTTOM = 20 * mm, 10 * mm, 14 * mm, 12 * mm  # the wider left margin is the binding
COLUMN_WIDTHS = tuple(w * mm for w in (10, 33, 42, 43, 43, 31, 65))  # 267 mm: the frame's width
SIGNATURE_WIDTH = 30 * mm    # columns 4 and 5
REMARK_SIGNATURE_WIDTH = 18 * mm
INK = colors.Color(0.07, 0.15, 0.55)  # dark blue ballpoint
GRID = colors.Color(0.2, 0.2, 0.2)
CELL_PADDING, CELL_TOP_PADDING, CELL_BOTTOM_PADDING = 3, 2.5, 3
BODY_HEIGHT = PAGE_SIZE[1] - TOP - BOTTOM


@dataclass(frozen=True)
class Signed:
    """A cell with lines of text (a date and time) and, below, the drawn signature if there is one."""

    lines: tuple[str, ...] = ()
    strokes: Strokes | None = None


@dataclass(frozen=True)
class PrintedRemark:
    text: str
    strokes: Strokes | None = None


@dataclass(frozen=True)
class PrintedRow:
    """One row of the table, already in words: the seven columns and whether the entry is struck."""

    number: str
    inventory_number: str
    full_name: str
    receipt: Signed
    returned: Signed
    stored: str
    remarks: tuple[PrintedRemark, ...]
    struck: bool = False


@dataclass(frozen=True)
class Cover:
    unit_name: str
    registration_index: str
    volume: str
    started: str
    ended: str


class SignatureDrawing(Flowable):
    """Normalised strokes (x right, y down, both 0..1) drawn into a box of aspect PAD_ASPECT."""

    def __init__(self, strokes: Strokes, width: float) -> None:
        super().__init__()
        self.strokes = strokes
        self.width = width
        self.height = width / PAD_ASPECT

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        line_width = max(0.45, self.width / 110)
        c.saveState()
        c.setStrokeColor(INK)
        c.setFillColor(INK)
        c.setLineWidth(line_width)
        c.setLineCap(1)
        c.setLineJoin(1)
        for stroke in self.strokes:
            points = [(x * self.width, (1.0 - y) * self.height) for x, y in stroke]
            if len(points) == 1:
                c.circle(points[0][0], points[0][1], line_width / 2, stroke=0, fill=1)
                continue
            path = c.beginPath()
            path.moveTo(*points[0])
            for point in points[1:]:
                path.lineTo(*point)
            c.drawPath(path, stroke=1, fill=0)
        c.restoreState()


class JournalTable(Table):
    """The journal table; a row whose number cell is marked `journal_struck` gets a line through it.

    The mark travels with the cell when reportlab splits the table over sheets (split parts are made
    with `self.__class__`), so the line is drawn wherever the row lands.
    """

    def draw(self) -> None:
        super().draw()
        struck = [i for i, row in enumerate(self._cellvalues) if _is_struck(row[0])]
        if not struck:
            return
        c = self.canv
        c.saveState()
        c.setStrokeColor(INK)
        c.setLineWidth(1.0)
        left, right = self._colpositions[0] + 1.5, self._colpositions[-1] - 1.5
        for i in struck:
            y = (self._rowpositions[i] + self._rowpositions[i + 1]) / 2
            c.line(left, y, right, y)
        c.restoreState()


def _is_struck(cell) -> bool:
    items = cell if isinstance(cell, (list, tuple)) else [cell]
    return any(getattr(item, "journal_struck", False) for item in items)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=8, leading=9.6, alignment=TA_LEFT)
    return {
        "cell": base,
        "cell_center": ParagraphStyle("cell_center", base, alignment=TA_CENTER),
        "remark": ParagraphStyle("remark", base, fontSize=7.4, leading=8.9, spaceAfter=1.5),
        "header": ParagraphStyle("header", base, fontName=BOLD, fontSize=7.2, leading=8.6, alignment=TA_CENTER),
        "column_number": ParagraphStyle("column_number", base, fontSize=7, leading=8, alignment=TA_CENTER),
        "cover_top": ParagraphStyle("cover_top", base, fontSize=11, leading=15, alignment=TA_RIGHT),
        "cover_title": ParagraphStyle("cover_title", base, fontName=BOLD, fontSize=22, leading=28,
                                      alignment=TA_CENTER),
        "cover_unit": ParagraphStyle("cover_unit", base, fontSize=15, leading=20, alignment=TA_CENTER),
        "cover_caption": ParagraphStyle("cover_caption", base, fontSize=8, leading=10, alignment=TA_CENTER),
        "cover_date": ParagraphStyle("cover_date", base, fontSize=12, leading=20, leftIndent=150 * mm),
        "closing": ParagraphStyle("closing", base, fontSize=11, leading=15),
    }


def _p(text: str, style: ParagraphStyle, keep_spaces: bool = False) -> Paragraph:
    markup = escape(text)
    if keep_spaces:  # a form line: the gaps between its blanks are part of the layout
        markup = re.sub(r" {2,}", lambda m: "&nbsp;" * len(m.group()), markup)
    return Paragraph(markup, style)


def _cover(cover: Cover, texts: DocumentTexts, st: dict) -> list:
    width = PAGE_SIZE[0] - LEFT - RIGHT
    return [
        Spacer(1, 6 * mm),
        _p(texts.text("cover.registration_index", index=cover.registration_index), st["cover_top"]),
        _p(cover.volume, st["cover_top"]),
        Spacer(1, 30 * mm),
        _p(texts.text("cover.title"), st["cover_title"]),
        Spacer(1, 16 * mm),
        _p(cover.unit_name, st["cover_unit"]),
        HRFlowable(width=width * 0.8, thickness=0.6, color=colors.black, spaceBefore=2, spaceAfter=2),
        _p(texts.text("cover.unit_caption"), st["cover_caption"]),
        Spacer(1, 30 * mm),
        _p(cover.started, st["cover_date"]),
        _p(cover.ended, st["cover_date"]),
    ]


def _signed(cell: Signed, style: ParagraphStyle, width: float) -> list:
    flowables: list = [_p(line, style) for line in cell.lines if line]
    if cell.strokes:
        flowables += [Spacer(1, 1.2 * mm), SignatureDrawing(cell.strokes, width)]
    return flowables


def _remark_groups(remarks: tuple[PrintedRemark, ...], st: dict) -> list[list]:
    """Each remark as its paragraph and, below it, its author's drawn signature."""
    groups = []
    for remark in remarks:
        group: list = [_p(remark.text, st["remark"])]
        if remark.strokes:
            group += [SignatureDrawing(remark.strokes, REMARK_SIGNATURE_WIDTH), Spacer(1, 1.5 * mm)]
        groups.append(group)
    return groups


def _height(flowables: list, width: float) -> float:
    """The height a list of flowables takes in a cell of `width` (paddings included)."""
    inner = width - 2 * CELL_PADDING
    return sum(f.wrap(inner, PAGE_SIZE[1])[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables) \
        + CELL_TOP_PADDING + CELL_BOTTOM_PADDING


def _fit_remarks(first_height: float, groups: list[list], limit: float) -> list[list]:
    """Share the remark groups among as many table rows as it takes for each row to fit on a sheet.

    reportlab can split a row across sheets by itself (`splitInRow`), but with repeated header rows it
    draws headers in the middle of a sheet; so an entry whose remarks outgrow a sheet is continued in
    rows of its own, every one of which fits. One remark (at most 1000 characters) always fits.
    """
    width = COLUMN_WIDTHS[6]
    parts: list[list] = [[]]
    used = first_height
    for group in groups:
        height = _height(group, width) - CELL_TOP_PADDING - CELL_BOTTOM_PADDING
        if parts[-1] and used + height > limit:
            parts.append([])
            used = CELL_TOP_PADDING + CELL_BOTTOM_PADDING
        parts[-1].extend(group)
        used += height
    return parts


def _numbered(text: str, struck: bool, st: dict) -> Paragraph:
    number = _p(text, st["cell_center"])
    number.journal_struck = struck
    return number


def _table(rows: list[PrintedRow], texts: DocumentTexts, st: dict) -> JournalTable:
    headers = [_p(h, st["header"]) for h in texts.items("columns", 7)]
    data: list[list] = [headers, [_p(str(n), st["column_number"]) for n in range(1, 8)]]
    limit = BODY_HEIGHT - max(_height([h], w) for h, w in zip(headers, COLUMN_WIDTHS)) - 8 * mm
    for row in rows:
        cells = [
            _numbered(row.number, row.struck, st),
            _p(row.inventory_number, st["cell"]),
            _p(row.full_name, st["cell"]),
            _signed(row.receipt, st["cell_center"], SIGNATURE_WIDTH),
            _signed(row.returned, st["cell_center"], SIGNATURE_WIDTH),
            _p(row.stored, st["cell_center"]),
        ]
        first = max(_height(c if isinstance(c, list) else [c], w) for c, w in zip(cells, COLUMN_WIDTHS))
        parts = _fit_remarks(first, _remark_groups(row.remarks, st), limit)
        data.append(cells + [parts[0]])
        data += [[_numbered("", row.struck, st), "", "", "", "", "", part] for part in parts[1:]]
    style = TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # the cells' own font, set even when a cell holds no text
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
        ("VALIGN", (0, 2), (-1, -1), "TOP"),
        ("ALIGN", (3, 2), (4, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_TOP_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_BOTTOM_PADDING),
        ("TOPPADDING", (0, 1), (-1, 1), 1),
        ("BOTTOMPADDING", (0, 1), (-1, 1), 1.5),
    ])
    # A struck row keeps its words: a lighter grey would only make it harder to read, so the text stays black.
    return JournalTable(data, colWidths=COLUMN_WIDTHS, repeatRows=2, style=style, hAlign="LEFT")


def _closing(texts: DocumentTexts, total_pages: int, st: dict) -> KeepTogether:
    return KeepTogether([
        Spacer(1, 10 * mm),
        _p(texts.plural("certification", total_pages, pages=total_pages), st["closing"]),
        Spacer(1, 9 * mm),
        _p(texts.text("responsible_signature"), st["closing"], keep_spaces=True),
        Spacer(1, 6 * mm),
        _p(f"{texts.text('date_blank')}{' ' * 40}{texts.text('seal_place')}", st["closing"], keep_spaces=True),
    ])


class _JournalDocument(BaseDocTemplate):
    def __init__(self, stream: BinaryIO, texts: DocumentTexts, footer: str = "", **kwargs) -> None:
        super().__init__(stream, pagesize=PAGE_SIZE, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
                         bottomMargin=BOTTOM, invariant=1, initialFontName=REGULAR,
                         initialFontSize=8, **kwargs)
        self.texts = texts
        self.footer = footer
        self.sheets = 0
        frame = Frame(LEFT, BOTTOM, PAGE_SIZE[0] - LEFT - RIGHT, PAGE_SIZE[1] - TOP - BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("sheet", [frame], onPage=self._number_sheet)])

    def _number_sheet(self, canv, doc) -> None:
        self.sheets = canv.getPageNumber()
        canv.saveState()
        canv.setFont(REGULAR, 9)
        canv.drawRightString(PAGE_SIZE[0] - RIGHT, PAGE_SIZE[1] - 8 * mm,
                             self.texts.text("page", page=self.sheets))
        if self.footer:  # the installation key, on every sheet (п.13)
            canv.setFont(REGULAR, 6)
            canv.drawString(LEFT, 5 * mm, self.footer)
        canv.restoreState()


def render_journal(stream: BinaryIO, texts: DocumentTexts, cover: Cover, rows: list[PrintedRow],
                   total_pages: int, *, title: str = "", author: str = "", footer: str = "") -> int:
    """Write the whole journal to `stream`; `total_pages` goes into the certification line. Returns the sheets."""
    register_fonts()
    st = _styles()
    doc = _JournalDocument(stream, texts, footer, title=title, author=author, creator="inspector-app", lang=texts.lang)
    story = _cover(cover, texts, st) + [PageBreak(), _table(rows, texts, st), _closing(texts, total_pages, st)]
    doc.build(story)
    return doc.sheets
