"""The page layout the inspection documents share (the act, the prescription), with reportlab.

A4 portrait with the margins of office documents (30 mm on the left for the binding). Each page
carries "page X of Y" at the foot and, when the document has one, its issued-document line (hash,
signature) above it. Texts come from the templates of the document's kind; the language is "kk",
"ru" or "kk+ru". The bilingual layout is that of Kazakhstan's bilingual official forms: every
heading, label and column title in Kazakh with the Russian beneath it, each fixed sentence in
Kazakh and then in Russian, and the data (names, findings) once, in the words it was entered in.

Output is reproducible: reportlab's invariant mode, and the creation date is the document's own
date, so the same content gives the same bytes (issued documents are frozen and hashed).
"""

from __future__ import annotations

import io
import logging
import threading
from datetime import date, datetime
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from inspector_app.documents.fonts import BOLD, REGULAR, register_fonts
from inspector_app.documents.inspection_content import Official, Wording, wording
from inspector_app.documents.official_dates import official_date, plain_date
from inspector_app.documents.templates import TemplateError, load_texts
from resources.paths import font_file

logger = logging.getLogger(__name__)

LANGUAGES = ("kk", "ru", "kk+ru")
MONO = "DejaVuSansMono"
MONO_FILE = "DejaVuSansMono.ttf"
LEFT, RIGHT, TOP, BOTTOM = 30 * mm, 10 * mm, 15 * mm, 22 * mm
WIDTH = A4[0] - LEFT - RIGHT  # 170 mm
HASH_SIZE = 6.3  # points: the 64 hex digits of a SHA-256 (85.6 mm) on one line of an 88 mm column
GRID = colors.Color(0.25, 0.25, 0.25)
HEADER_FILL = colors.Color(0.93, 0.93, 0.93)
CELL_PADDING = 2.5
ROW_LIMIT = 240  # points: the tallest row a table keeps whole; taller items go on in rows of this height

_lock = threading.Lock()


def register_mono() -> str:
    """DejaVu Sans Mono, for hashes: every digit the same width, 0 and O told apart."""
    with _lock:
        if MONO not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(MONO, str(font_file(MONO_FILE))))
    return MONO


def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9.5, leading=12)
    return {
        "text": base,
        "authority": ParagraphStyle("authority", base, fontName=BOLD, fontSize=10, leading=13, alignment=TA_CENTER),
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=13, leading=16.5, alignment=TA_CENTER,
                                spaceBefore=4 * mm),
        "number": ParagraphStyle("number", base, fontSize=10.5, leading=14, alignment=TA_CENTER,
                                 spaceAfter=3 * mm),
        "heading": ParagraphStyle("heading", base, fontName=BOLD, fontSize=10, leading=12.5, spaceBefore=4 * mm,
                                  spaceAfter=1.5 * mm),
        "label": ParagraphStyle("label", base, fontSize=8.5, leading=10.5),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=10.5),
        "cell_center": ParagraphStyle("cell_center", base, fontSize=8.5, leading=10.5, alignment=TA_CENTER),
        "header": ParagraphStyle("header", base, fontName=BOLD, fontSize=7.8, leading=9.5, alignment=TA_CENTER),
        "hash": ParagraphStyle("hash", base, fontName=MONO, fontSize=HASH_SIZE, leading=8.5),
        "small": ParagraphStyle("small", base, fontSize=7.5, leading=9),
        "hint": ParagraphStyle("hint", base, fontSize=6.8, leading=8, alignment=TA_CENTER),
        "footer": ParagraphStyle("footer", base, fontSize=6.3, leading=7.6),
    }


def markup(text: str) -> str:
    """Plain text as Paragraph markup: escaped, line breaks kept."""
    return escape(text).replace("\n", "<br/>")


class Composer:
    """The texts of one document kind in one or both languages, put into Paragraph markup."""

    def __init__(self, kind: str, lang: str) -> None:
        if lang not in LANGUAGES:
            raise TemplateError(f"The {kind} is printed in kk, ru or kk+ru, not '{lang}'",
                                code="template_language", lang=lang)
        self.langs = ("kk", "ru") if lang == "kk+ru" else (lang,)
        self.lang = lang
        self.texts = {code: load_texts(kind, code) for code in self.langs}
        register_fonts()
        register_mono()
        self.st = styles()

    @property
    def bilingual(self) -> bool:
        return len(self.langs) > 1

    def text(self, key: str, lang: str, **values) -> str:
        return self.texts[lang].text(key, **values)

    def each(self, key: str, values=None) -> list[str]:
        """The template text `key` in each language; `values(lang)` gives its placeholders."""
        return [self.text(key, code, **(values(code) if values else {})) for code in self.langs]

    def label(self, key: str, values=None, secondary_size: float | None = None) -> str:
        """A label: Kazakh, and in the bilingual layout the Russian on the line below."""
        return self.stack(self.each(key, values), secondary_size)

    def inline(self, key: str, values=None) -> str:
        """A short label on one line: "Бетбелгі / Закладка" in the bilingual layout."""
        parts = self.each(key, values)
        return markup(" / ".join(part for i, part in enumerate(parts) if part not in parts[:i]))

    def stack(self, parts: list[str], secondary_size: float | None = None) -> str:
        """Texts in each language, one under the other, without repeating one that reads the same."""
        unique = [part for i, part in enumerate(parts) if part and part not in parts[:i]]
        if not unique:
            return ""
        rest = [f'<font size="{secondary_size}">{markup(p)}</font>' if secondary_size else markup(p)
                for p in unique[1:]]
        return "<br/>".join([markup(unique[0]), *rest])

    def words(self, value: Wording) -> str:
        return self.stack([wording(value, code) for code in self.langs])

    def plain_date(self, value: date) -> str:
        return self.stack([plain_date(value, code) for code in self.langs])

    def official_date(self, value: date) -> str:
        return self.stack([official_date(value, code) for code in self.langs])

    def person(self, person: Official) -> str:
        """Full name, and the position after a comma (in each language when it has two wordings)."""
        position = self.words(person.position)
        return markup(person.full_name) + (f", {position}" if position else "")

    def p(self, text_markup: str, style: str) -> Paragraph:
        return Paragraph(text_markup, self.st[style])

    def paragraphs(self, key: str, style: str = "text", values=None) -> list[Paragraph]:
        """A fixed sentence: a paragraph in each language (Kazakh first)."""
        return [self.p(markup(text), style) for text in self.each(key, values)]

    def heading(self, key: str) -> Paragraph:
        return self.p(self.label(key), "heading")

    def fields(self, rows: list[tuple[str, str]], label_width: float = 52 * mm) -> Table:
        """Label | value rows, the labels in the left column; rows whose value is empty are left out."""
        widths = [label_width, WIDTH - label_width]
        data: list[list] = []
        style = [("FONTNAME", (0, 0), (-1, -1), REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                 ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        for label, value in rows:
            if value:
                first = len(data)
                data += _fit([self.p(label, "label"), self.p(value, "cell")], widths)
                style += _joined(first, len(data) - 1)
                style.append(("LINEBELOW", (0, len(data) - 1), (-1, len(data) - 1), 0.3, colors.Color(0.7, 0.7, 0.7)))
        table = Table(data, colWidths=widths, hAlign="LEFT")
        table.setStyle(TableStyle(style))
        return table

    def column_titles(self, key: str, count: int) -> list[str]:
        """The template's list of `count` column titles, each stacked over the languages."""
        columns = [self.texts[code].items(key, count) for code in self.langs]
        return [self.stack([titles[i] for titles in columns]) for i in range(count)]

    def grid(self, titles: list[str], items: list[list], widths: list[float]) -> Table:
        """A table with its title row repeated on every page it spans; each item is a row of cells
        (Paragraphs or text). An item taller than a page goes on in rows of its own, as a table splits
        over pages only between rows; the lines are drawn round items, not round those rows."""
        header = [self.p(title, "header") for title in titles]
        rows: list[list] = [header]
        style = [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else Helvetica, without Kazakh letters, unembedded
            ("FONTSIZE", (0, 0), (-1, -1), 8),
            ("BOX", (0, 0), (-1, -1), 0.45, GRID),
            ("LINEBEFORE", (1, 0), (-1, -1), 0.45, GRID),
            ("LINEBELOW", (0, 0), (-1, 0), 0.45, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
        for item in items:
            parts = _fit(item, widths)
            first = len(rows)
            rows += parts
            last = len(rows) - 1
            style.append(("LINEBELOW", (0, last), (-1, last), 0.45, GRID))
            style += _joined(first, last)
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle(style))
        return table

    def page_label(self, page: int, pages: int) -> str:
        return " / ".join(self.each("page", lambda _code: {"page": page, "pages": pages}))


def _joined(first: int, last: int) -> list:
    """No padding between the rows `first`..`last` of one item, so its text reads on without a gap."""
    if last <= first:
        return []
    return [("BOTTOMPADDING", (0, first), (-1, last - 1), 0), ("TOPPADDING", (0, first + 1), (-1, last), 0)]


def _fit(cells: list, widths: list[float], limit: float = ROW_LIMIT) -> list[list]:
    """One row of cells, or several when a Paragraph is taller than `limit`: it is split where it
    would break over a page, and the rest goes on in the next row."""
    columns = []
    for cell, width in zip(cells, widths):
        pieces, rest = [], cell
        while isinstance(rest, Paragraph) and rest.wrap(width - 2 * CELL_PADDING, limit)[1] > limit:
            split = rest.split(width - 2 * CELL_PADDING, limit)
            if len(split) < 2:
                break
            pieces.append(split[0])
            rest = split[1]
        columns.append(pieces + [rest])
    count = max(len(column) for column in columns)
    return [[column[i] if i < len(column) else "" for column in columns] for i in range(count)]


def _pdf_date(moment: datetime) -> str:
    """A PDF date (D:YYYYMMDDHHmmSS, with the offset when the time has one)."""
    stamp = moment.strftime("D:%Y%m%d%H%M%S")
    offset = moment.utcoffset()
    if offset is None:
        return stamp
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{stamp}{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"


def _canvas_class(composer: Composer, footer: str, created: datetime):
    """A canvas that holds its pages back until the count is known, then numbers each "X of Y"."""
    footer_para = composer.p(markup(footer), "footer") if footer else None
    stamp = _pdf_date(created)

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self.setDateFormatter(lambda *_ignored: stamp)
            self._held: list[dict] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                self._decorate(number, len(self._held))
                super().showPage()
            super().save()

        def _decorate(self, page: int, pages: int) -> None:
            self.saveState()
            self.setStrokeColor(GRID)
            self.setLineWidth(0.4)
            self.line(LEFT, BOTTOM - 5 * mm, A4[0] - RIGHT, BOTTOM - 5 * mm)
            self.setFont(REGULAR, 7.5)
            self.drawRightString(A4[0] - RIGHT, 8 * mm, composer.page_label(page, pages))
            if footer_para is not None:
                _w, height = footer_para.wrap(WIDTH - 45 * mm, BOTTOM - 10 * mm)
                footer_para.drawOn(self, LEFT, BOTTOM - 6 * mm - height)
            self.restoreState()

    return NumberedCanvas


def build(composer: Composer, story: list, *, title: str, author: str, footer: str, created: datetime) -> bytes:
    """Lay `story` out on A4 pages and return the PDF."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
                            bottomMargin=BOTTOM, invariant=1, initialFontName=REGULAR, title=title,
                            author=author, creator="inspector-app", lang=composer.langs[0])
    doc.build(story, canvasmaker=_canvas_class(composer, footer, created))
    return buffer.getvalue()
