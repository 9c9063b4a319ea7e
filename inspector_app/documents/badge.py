"""The badge of п.16 of order No. 444: «Назар аударыңыз! Аудио және бейнежазба жүргізілуде» /
«Внимание! Ведется аудио- и видеозапись», worn on the inspector's chest beside the recorder (п.15).

One A4 sheet of identical badges, 90 × 55 mm each (the usual insert of a badge holder), in two columns
with cut marks in the margins and a faint guide line between them. A badge is in one language or in both
(Kazakh first, the state language, then Russian). Beside the text a pictogram of a video camera with a red
recording dot, drawn as shapes. The words come from `resources/templates/badge/<lang>.json`; the text is
set in DejaVu Sans, embedded, at the largest size that fits its box.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from inspector_app.documents.fonts import BOLD, REGULAR, register_fonts
from inspector_app.documents.output_files import check_target, write_atomically
from inspector_app.documents.templates import DocumentTexts, load_texts
from inspector_app.errors import ValidationError

logger = logging.getLogger(__name__)

LANGUAGES = ("kk", "ru")
BADGE_WIDTH = 90 * mm
BADGE_HEIGHT = 55 * mm
COLUMNS, ROWS = 2, 4
HEADER_TOP = 14 * mm        # the baseline of the sheet's title, from the top; the badges follow its note
MARK_GAP, MARK_LENGTH = 2 * mm, 5 * mm
FRAME_INSET = 2.5 * mm
PICTOGRAM_WIDTH = 19 * mm
TEXT_LEFT = FRAME_INSET + 1 * mm + PICTOGRAM_WIDTH       # from the badge's left edge
TEXT_WIDTH = BADGE_WIDTH - FRAME_INSET - 3 * mm - TEXT_LEFT
RED = colors.Color(0.78, 0.05, 0.1)
INK = colors.Color(0.1, 0.1, 0.1)
GUIDE = colors.Color(0.75, 0.75, 0.75)


def badge_languages(langs: Sequence[str]) -> list[str]:
    """The languages of a badge in print order (Kazakh first); ValidationError when empty or unknown."""
    chosen = list(dict.fromkeys(langs or ()))
    unknown = [lang for lang in chosen if lang not in LANGUAGES]
    if not chosen or unknown:
        raise ValidationError(f"A badge is in Kazakh (kk), Russian (ru) or both, not {', '.join(unknown) or 'none'}",
                              code="badge_language", langs=list(langs or ()))
    return [lang for lang in LANGUAGES if lang in chosen]


def fit_lines(text: str, font: str, largest: float, width: float, max_lines: int,
              smallest: float = 5.0) -> tuple[float, list[str]]:
    """The largest size (in half points) at which `text` breaks into at most `max_lines` lines of `width`."""
    size = largest
    while True:
        lines = simpleSplit(text, font, size, width)
        fits = len(lines) <= max_lines and all(stringWidth(line, font, size) <= width for line in lines)
        if fits or size <= smallest:
            return size, lines
        size -= 0.5


def _block(texts: DocumentTexts, width: float, sizes: tuple[float, float],
           recording_lines: int) -> list[tuple[str, float, object, str]]:
    """The lines of one language: (font, size, colour, line), the call to attention first."""
    attention_size, attention = fit_lines(texts.text("attention"), BOLD, sizes[0], width, 1)
    recording_size, recording = fit_lines(texts.text("recording"), BOLD, sizes[1], width, recording_lines)
    return [(BOLD, attention_size, RED, line) for line in attention] + \
        [(BOLD, recording_size, INK, line) for line in recording]


def _draw_lines(canv: Canvas, lines: list, centre_x: float, top: float) -> None:
    y = top
    for font, size, colour, line in lines:
        y -= size * 1.18
        canv.setFont(font, size)
        canv.setFillColor(colour)
        canv.drawCentredString(centre_x, y + size * 0.22, line)


def _height(lines: list) -> float:
    return sum(size * 1.18 for _font, size, _colour, _line in lines)


def _pictogram(canv: Canvas, x: float, y: float, width: float, height: float) -> None:
    """A video camera (body and lens) with a red recording dot above it, centred in the box."""
    body_w, body_h, lens_w = width * 0.5, width * 0.38, width * 0.24
    left = x + (width - body_w - lens_w) / 2
    bottom = y + height / 2 - body_h * 0.75
    canv.setFillColor(INK)
    canv.setStrokeColor(INK)
    canv.roundRect(left, bottom, body_w, body_h, body_h * 0.18, stroke=0, fill=1)
    lens = canv.beginPath()
    lens.moveTo(left + body_w + 0.6 * mm, bottom + body_h * 0.5)
    lens.lineTo(left + body_w + lens_w, bottom + body_h * 0.95)
    lens.lineTo(left + body_w + lens_w, bottom + body_h * 0.05)
    lens.close()
    canv.drawPath(lens, stroke=0, fill=1)
    canv.setFillColor(RED)
    canv.circle(left + body_w * 0.22, bottom + body_h + width * 0.2, width * 0.11, stroke=0, fill=1)


def draw_badge(canv: Canvas, x: float, y: float, all_texts: list[DocumentTexts]) -> None:
    """One badge with its lower left corner at (x, y)."""
    canv.setStrokeColor(RED)
    canv.setLineWidth(1.6)
    canv.roundRect(x + FRAME_INSET, y + FRAME_INSET, BADGE_WIDTH - 2 * FRAME_INSET, BADGE_HEIGHT - 2 * FRAME_INSET,
                   2.5 * mm, stroke=1, fill=0)
    inner_bottom, inner_top = y + FRAME_INSET + 2 * mm, y + BADGE_HEIGHT - FRAME_INSET - 2 * mm
    _pictogram(canv, x + FRAME_INSET + 1 * mm, inner_bottom, PICTOGRAM_WIDTH, inner_top - inner_bottom)
    text_left, text_width = x + TEXT_LEFT, TEXT_WIDTH
    centre_x = text_left + text_width / 2
    if len(all_texts) == 1:
        lines = _block(all_texts[0], text_width, (22, 15), 3)
        middle = (inner_top + inner_bottom) / 2
        _draw_lines(canv, lines, centre_x, middle + _height(lines) / 2)
        return
    half = (inner_top - inner_bottom) / 2
    for index, texts in enumerate(all_texts):
        lines = _block(texts, text_width, (15, 11), 2)
        middle = inner_top - half * index - half / 2
        _draw_lines(canv, lines, centre_x, middle + _height(lines) / 2)
    canv.setStrokeColor(GUIDE)
    canv.setLineWidth(0.5)
    canv.line(text_left + 4 * mm, inner_top - half, text_left + text_width - 4 * mm, inner_top - half)


def _cut_marks(canv: Canvas, left: float, bottom: float) -> None:
    """Marks in the margins at every cut, and a faint guide along the cuts between the badges."""
    right, top = left + COLUMNS * BADGE_WIDTH, bottom + ROWS * BADGE_HEIGHT
    canv.setStrokeColor(GUIDE)
    canv.setLineWidth(0.25)
    for col in range(COLUMNS + 1):
        canv.line(left + col * BADGE_WIDTH, bottom, left + col * BADGE_WIDTH, top)
    for row in range(ROWS + 1):
        canv.line(left, bottom + row * BADGE_HEIGHT, right, bottom + row * BADGE_HEIGHT)
    canv.setStrokeColor(colors.black)
    canv.setLineWidth(0.5)
    for col in range(COLUMNS + 1):
        cut = left + col * BADGE_WIDTH
        canv.line(cut, top + MARK_GAP, cut, top + MARK_GAP + MARK_LENGTH)
        canv.line(cut, bottom - MARK_GAP, cut, bottom - MARK_GAP - MARK_LENGTH)
    for row in range(ROWS + 1):
        cut = bottom + row * BADGE_HEIGHT
        canv.line(left - MARK_GAP, cut, left - MARK_GAP - MARK_LENGTH, cut)
        canv.line(right + MARK_GAP, cut, right + MARK_GAP + MARK_LENGTH, cut)


def _header(canv: Canvas, all_texts: list[DocumentTexts], left: float, width: float) -> float:
    """The title and the note of the sheet; returns the height left below them."""
    y = A4[1] - HEADER_TOP
    canv.setFillColor(INK)
    canv.setFont(BOLD, 11)
    canv.drawString(left, y, " / ".join(t.text("sheet_title") for t in all_texts))
    y -= 2 * mm
    for texts in all_texts:
        note = texts.text("sheet_note", width=round(BADGE_WIDTH / mm), height=round(BADGE_HEIGHT / mm))
        for line in simpleSplit(note, REGULAR, 7.5, width):
            y -= 9.5
            canv.setFont(REGULAR, 7.5)
            canv.drawString(left, y, line)
    return y - 2.5 * mm


def badge_pdf(langs: Sequence[str]) -> bytes:
    """One A4 sheet of eight badges in `langs` (["kk"], ["ru"] or both, printed Kazakh first)."""
    all_texts = [load_texts("badge", lang) for lang in badge_languages(langs)]
    register_fonts()
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=A4, invariant=1, initialFontName=REGULAR, lang=all_texts[0].lang)
    canv.setTitle(" / ".join(f"{t.text('attention')} {t.text('recording')}" for t in all_texts))
    canv.setCreator("inspector-app")
    left = (A4[0] - COLUMNS * BADGE_WIDTH) / 2
    header_bottom = _header(canv, all_texts, left, COLUMNS * BADGE_WIDTH)
    bottom = header_bottom - MARK_GAP - MARK_LENGTH - 2 * mm - ROWS * BADGE_HEIGHT
    for row in range(ROWS):
        for col in range(COLUMNS):
            draw_badge(canv, left + col * BADGE_WIDTH, bottom + (ROWS - 1 - row) * BADGE_HEIGHT, all_texts)
    _cut_marks(canv, left, bottom)
    canv.showPage()
    canv.save()
    return buffer.getvalue()


def write_badge(out: Path, langs: Sequence[str]) -> Path:
    """Write the sheet of badges to `out` (a PDF), atomically; ValidationError when its folder is missing."""
    out = check_target(Path(out))
    write_atomically(out, badge_pdf(langs))
    logger.info("badges (%s) written to %s", "+".join(badge_languages(langs)), out)
    return out
