"""Build the user guide's PDF for each language from its Markdown chapters.

    docs/guide/kk/NN-*.md  ->  docs/guide/guide-kk.pdf
    docs/guide/ru/NN-*.md  ->  docs/guide/guide-ru.pdf

Run it through `scripts/build_guide.sh` (which runs the set-up first), or straight from the venv:

    .venv/bin/python scripts/build_guide.py                 # both languages into docs/guide/
    .venv/bin/python scripts/build_guide.py --lang ru       # one of them
    .venv/bin/python scripts/build_guide.py --out /tmp/pdf  # somewhere else

The chapters are read in the order of their file names; each starts with one `# ` heading. The Markdown is a
small subset, parsed here: headings (`#` to `###`), paragraphs, `**bold**`, `*italic*`, `` `code` ``, links (their
text is kept), bulleted (`- `) and numbered (`1. `) lists, a quoted note (`> `), simple tables (`| a | b |` with a
`|---|` line under the header) and an image alone on its line, `![caption](path)`, whose alt text is printed as
its caption. The PDF has a title page, a table of contents with the chapters and their sections, page numbers
and the outline (bookmarks) of a PDF reader. Text is set in the shipped DejaVu fonts, embedded; italics use
DejaVu Serif, since no oblique face ships. The screenshots come from `scripts/screenshots.sh`.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDE_DIR = ROOT / "docs" / "guide"
LANGUAGES = ("kk", "ru")

# The title page and the running texts of each language's PDF.
TEXTS = {
    "kk": {
        "title": "Бейнетіркеуіштер журналы және бейнежазбалар",
        "subtitle": "Пайдаланушы нұсқаулығы",
        "basis": "Қазақстан Республикасы Төтенше жағдайлар министрінің 2023 жылғы 22 тамыздағы № 444 бұйрығымен "
                 "бекітілген Өнеркәсіптік қауіпсіздік саласындағы мемлекеттік бақылау және қадағалау бойынша "
                 "мемлекеттік инспекторларының аудио-, бейнежазба техникалық құрылғыларын пайдалану жөніндегі "
                 "нұсқаулыққа сәйкес",
        "version": "Бағдарламаның {0} нұсқасы",
        "contents": "Мазмұны",
        "page": "{0}-бет",
    },
    "ru": {
        "title": "Журнал видеорегистраторов и видеозаписи",
        "subtitle": "Руководство пользователя",
        "basis": "В соответствии с Инструкцией по использованию аудио-, видеозаписывающих технических устройств "
                 "государственными инспекторами по государственному контролю и надзору в области промышленной "
                 "безопасности, утверждённой приказом Министра по чрезвычайным ситуациям Республики Казахстан "
                 "от 22 августа 2023 года № 444",
        "version": "Версия программы {0}",
        "contents": "Содержание",
        "page": "Стр. {0}",
    },
}

IMAGE_RE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<path>[^)\s]+)(?:\s+\"[^\"]*\")?\)")
LINK_RE = re.compile(r"(?<!!)\[(?P<text>[^\]]+)\]\((?P<target>[^)\s]+)\)")
HEADING_RE = re.compile(r"(#{1,4})\s+(.*?)\s*#*\s*$")
BULLET_RE = re.compile(r"\s*[-*+]\s+(.*)")
NUMBER_RE = re.compile(r"\s*(\d+)[.)]\s+(.*)")


# --- the Markdown subset --------------------------------------------------------------------------------------

@dataclass
class Block:
    """One block of a chapter: `kind` is heading, paragraph, bullets, numbers, image, table, note or code."""

    kind: str
    text: str = ""
    level: int = 0
    items: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    path: str = ""
    start: int = 1


def _starts_block(line: str) -> bool:
    stripped = line.strip()
    return bool(HEADING_RE.match(stripped) or IMAGE_RE.fullmatch(stripped) or stripped.startswith(("|", ">", "```"))
                or BULLET_RE.match(line) or NUMBER_RE.match(line))


def parse_markdown(text: str) -> list[Block]:
    """The blocks of a Markdown text in the subset this script knows (see the module's docstring)."""
    lines = text.splitlines()
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if not stripped or stripped.startswith("<!--"):
            i += 1
            continue
        if stripped.startswith("```"):
            body = []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith("```"):
                body.append(lines[i])
                i += 1
            blocks.append(Block("code", "\n".join(body)))
            i += 1
            continue
        heading = HEADING_RE.match(stripped)
        if heading:
            blocks.append(Block("heading", heading.group(2), level=len(heading.group(1))))
            i += 1
            continue
        image = IMAGE_RE.fullmatch(stripped)
        if image:
            blocks.append(Block("image", image.group("alt"), path=image.group("path")))
            i += 1
            continue
        if stripped.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                if not all(re.fullmatch(r":?-{2,}:?", c) for c in cells):
                    rows.append(cells)
                i += 1
            blocks.append(Block("table", rows=rows))
            continue
        if stripped.startswith(">"):
            body = []
            while i < len(lines) and lines[i].strip().startswith(">"):
                body.append(lines[i].strip()[1:].strip())
                i += 1
            blocks.append(Block("note", " ".join(b for b in body if b)))
            continue
        for kind, pattern in (("bullets", BULLET_RE), ("numbers", NUMBER_RE)):
            first = pattern.match(line)
            if not first:
                continue
            block = Block(kind, start=int(first.group(1)) if kind == "numbers" else 1)
            while i < len(lines):
                item = pattern.match(lines[i])
                if item:
                    block.items.append(item.group(item.lastindex))
                elif lines[i].strip() and lines[i].startswith((" ", "\t")) and block.items:
                    block.items[-1] += " " + lines[i].strip()  # the item goes on, indented
                else:
                    break
                i += 1
            blocks.append(block)
            break
        else:
            body = [stripped]
            i += 1
            while i < len(lines) and lines[i].strip() and not _starts_block(lines[i]):
                body.append(lines[i].strip())
                i += 1
            blocks.append(Block("paragraph", " ".join(body)))
    return blocks


def inline_markup(text: str) -> str:
    """Markdown inline marks as the mini-HTML of reportlab's Paragraph: bold, italic, code, link texts."""
    codes: list[str] = []

    def keep_code(match: re.Match) -> str:
        codes.append(match.group(1))
        return f"\x00{len(codes) - 1}\x00"

    text = re.sub(r"`([^`]+)`", keep_code, text)
    text = LINK_RE.sub(lambda m: m.group("text"), text)
    text = html.escape(text, quote=False)
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<i>\1</i>", text)
    text = re.sub(r"(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)", r"<i>\1</i>", text)
    return re.sub("\x00(\\d+)\x00", lambda m: f'<font name="GuideMono">{html.escape(codes[int(m.group(1))])}</font>',
                  text)


# --- the chapters of a language ---------------------------------------------------------------------------------

def chapter_files(lang: str, guide_dir: Path = GUIDE_DIR) -> list[Path]:
    """The chapters of `lang`, in the order of their numbered file names."""
    return sorted((guide_dir / lang).glob("[0-9][0-9]-*.md"))


def chapter_title(path: Path) -> str:
    """The text of the chapter's `# ` heading."""
    for block in parse_markdown(path.read_text(encoding="utf-8")):
        if block.kind == "heading" and block.level == 1:
            return block.text
    raise ValueError(f"{path}: a chapter starts with one '# ' heading")


def images_of(path: Path) -> list[Path]:
    """The image files a chapter shows, resolved against the chapter's folder."""
    blocks = parse_markdown(path.read_text(encoding="utf-8"))
    return [(path.parent / b.path).resolve() for b in blocks if b.kind == "image"]


# --- the PDF --------------------------------------------------------------------------------------------------

def _register_fonts() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from resources.paths import SANS, SANS_BOLD, SERIF, SERIF_BOLD, font_file

    if "GuideSans" in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in (("GuideSans", SANS), ("GuideSans-Bold", SANS_BOLD), ("GuideSans-Italic", SERIF),
                       ("GuideSans-BoldItalic", SERIF_BOLD), ("GuideMono", "DejaVuSansMono.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(font_file(file))))
    for bold, italic, face in ((0, 0, "GuideSans"), (1, 0, "GuideSans-Bold"), (0, 1, "GuideSans-Italic"),
                               (1, 1, "GuideSans-BoldItalic")):
        addMapping("GuideSans", bold, italic, face)


def _styles() -> dict:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("body", fontName="GuideSans", fontSize=10, leading=14, spaceAfter=6)
    accent = colors.HexColor("#1f4e79")
    return {
        "body": base,
        "h1": ParagraphStyle("h1", base, fontName="GuideSans-Bold", fontSize=18, leading=23, spaceBefore=0,
                             spaceAfter=12, textColor=accent),
        "h2": ParagraphStyle("h2", base, fontName="GuideSans-Bold", fontSize=13.5, leading=18, spaceBefore=12,
                             spaceAfter=6, textColor=accent, keepWithNext=1),
        "h3": ParagraphStyle("h3", base, fontName="GuideSans-Bold", fontSize=11, leading=15, spaceBefore=8,
                             spaceAfter=4, keepWithNext=1),
        "item": ParagraphStyle("item", base, spaceAfter=2),
        "caption": ParagraphStyle("caption", base, fontName="GuideSans-Italic", fontSize=8.5, leading=11,
                                  alignment=TA_CENTER, textColor=colors.HexColor("#444444"), spaceAfter=10),
        "note": ParagraphStyle("note", base, backColor=colors.HexColor("#fff4d6"), borderColor=colors.HexColor(
            "#e0b84c"), borderWidth=0.6, borderPadding=6, spaceBefore=6, spaceAfter=12, leftIndent=6, rightIndent=6),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=11, spaceAfter=0),
        "head": ParagraphStyle("head", base, fontName="GuideSans-Bold", fontSize=8.5, leading=11, spaceAfter=0),
        "code": ParagraphStyle("code", base, fontName="GuideMono", fontSize=8.5, leading=11,
                               backColor=colors.HexColor("#f2f2f2"), borderPadding=4, spaceBefore=4, spaceAfter=8),
        "title": ParagraphStyle("title", base, fontName="GuideSans-Bold", fontSize=24, leading=30, alignment=TA_CENTER,
                                textColor=accent, spaceAfter=18),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=16, leading=22, alignment=TA_CENTER, spaceAfter=40),
        "basis": ParagraphStyle("basis", base, fontSize=10.5, leading=15, alignment=TA_CENTER, spaceAfter=30),
        "centre": ParagraphStyle("centre", base, alignment=TA_CENTER),
        "toc1": ParagraphStyle("toc1", base, fontName="GuideSans-Bold", fontSize=10.5, leading=15, leftIndent=0,
                               firstLineIndent=0, spaceBefore=5),
        "toc2": ParagraphStyle("toc2", base, fontSize=9.5, leading=13, leftIndent=16, firstLineIndent=0,
                               spaceAfter=0),
    }


def _flowables(path: Path, styles: dict, width: float, height: float, chapter: int) -> list:
    """The flowables of one chapter; headings carry their level and anchor for the contents and the outline."""
    from reportlab.lib import colors
    from reportlab.platypus import (
        Image,
        KeepTogether,
        ListFlowable,
        ListItem,
        Paragraph,
        Preformatted,
        Spacer,
        Table,
        TableStyle,
    )

    out: list = []
    section = 0
    for block in parse_markdown(path.read_text(encoding="utf-8")):
        if block.kind == "heading":
            level = min(block.level, 3)
            paragraph = Paragraph(inline_markup(block.text), styles[f"h{level}"])
            if level <= 2:
                section += level == 2
                paragraph.outline = (level - 1, block.text, f"c{chapter}s{section if level == 2 else 0}")
            out.append(paragraph)
        elif block.kind == "paragraph":
            out.append(Paragraph(inline_markup(block.text), styles["body"]))
        elif block.kind in ("bullets", "numbers"):
            items = [ListItem(Paragraph(inline_markup(t), styles["item"]), leftIndent=14) for t in block.items]
            options = {"bulletType": "bullet", "start": "•"} if block.kind == "bullets" else \
                {"bulletType": "1", "start": block.start, "bulletFormat": "%s."}
            out.append(ListFlowable(items, leftIndent=14, bulletFontName="GuideSans", bulletFontSize=9.5,
                                    spaceAfter=6, **options))
        elif block.kind == "image":
            file = (path.parent / block.path).resolve()
            image = Image(str(file))
            scale = min(width / image.imageWidth, height * 0.62 / image.imageHeight, 0.75)
            image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
            parts = [Spacer(1, 4), image]
            if block.text:
                parts.append(Paragraph(inline_markup(block.text), styles["caption"]))
            out.append(KeepTogether(parts))
        elif block.kind == "table":
            rows = [[Paragraph(inline_markup(c), styles["head" if r == 0 else "cell"]) for c in row]
                    for r, row in enumerate(block.rows)]
            columns = max(len(r) for r in rows)
            rows = [r + [Paragraph("", styles["cell"])] * (columns - len(r)) for r in rows]
            widths = _column_widths(block.rows, columns, width, styles)
            table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
            table.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), "GuideSans"),  # else Helvetica, unembedded
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            out += [table, Spacer(1, 8)]
        elif block.kind == "note":
            out.append(Paragraph(inline_markup(block.text), styles["note"]))
        elif block.kind == "code":
            out.append(Preformatted(block.text, styles["code"]))
    return _keep_headings_with_next(out)


def _column_widths(rows: list[list[str]], columns: int, width: float, styles: dict) -> list[float]:
    """Each column at least as wide as its longest word, the rest of the width shared by how much text it has."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def plain(text: str) -> str:
        return re.sub(r"[*`]", "", LINK_RE.sub(lambda m: m.group("text"), text))

    pad = 14  # the cell padding (6 + 6) and a little room
    least, wanted = [pad] * columns, [pad] * columns
    for r, row in enumerate(rows):
        style = styles["head" if r == 0 else "cell"]
        for c, cell in enumerate(row[:columns]):
            text = plain(cell)
            words = text.split() or [""]
            least[c] = max(least[c], max(stringWidth(w, style.fontName, style.fontSize) for w in words) + pad)
            wanted[c] = max(wanted[c], stringWidth(text, style.fontName, style.fontSize) + pad)
    if sum(wanted) <= width:
        return [width * w / sum(wanted) for w in wanted]
    spare = max(width - sum(least), 0)
    extra = [w - m for w, m in zip(wanted, least)]
    return [m + spare * e / (sum(extra) or 1) for m, e in zip(least, extra)]


def _keep_headings_with_next(flowables: list) -> list:
    """A heading never ends a page: it is kept together with the block after it."""
    from reportlab.platypus import KeepTogether

    out: list = []
    i = 0
    while i < len(flowables):
        item = flowables[i]
        if getattr(item, "outline", None) is not None or getattr(getattr(item, "style", None), "name", "") in (
                "h1", "h2", "h3"):
            group = [item]
            while i + 1 < len(flowables) and getattr(getattr(flowables[i + 1], "style", None), "name", "") in (
                    "h2", "h3") and len(group) < 3:
                i += 1
                group.append(flowables[i])
            if i + 1 < len(flowables):
                i += 1
                group.append(flowables[i])
            out.append(KeepTogether(group))
        else:
            out.append(item)
        i += 1
    return out


def build(lang: str, out: Path, guide_dir: Path = GUIDE_DIR) -> int:
    """Write the guide of `lang` to `out`; returns the number of pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        TableStyle,
    )
    from reportlab.platypus.tableofcontents import TableOfContents

    from inspector_app import __version__

    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    chapters = chapter_files(lang, guide_dir)
    if not chapters:
        raise SystemExit(f"build_guide: no chapters in {guide_dir / lang}")
    _register_fonts()
    styles = _styles()
    texts = TEXTS[lang]
    pages = {"count": 0}

    class GuideDoc(BaseDocTemplate):
        def afterFlowable(self, flowable) -> None:  # reportlab's name
            outline = getattr(flowable, "outline", None)
            if outline is None:
                return
            level, text, key = outline
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
            self.notify("TOCEntry", (level, inline_markup(text), self.page, key))

    def footer(canvas, doc) -> None:
        pages["count"] = max(pages["count"], doc.page)
        canvas.saveState()
        canvas.setFont("GuideSans", 8)
        canvas.setFillGray(0.35)
        canvas.drawString(doc.leftMargin, 12 * mm, f"{texts['title']} · {texts['subtitle']}")
        canvas.drawRightString(doc.pagesize[0] - doc.rightMargin, 12 * mm, texts["page"].format(doc.page))
        canvas.restoreState()

    def title_page(_canvas, doc) -> None:
        pages["count"] = max(pages["count"], doc.page)

    out.parent.mkdir(parents=True, exist_ok=True)
    doc = GuideDoc(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                   bottomMargin=22 * mm, title=f"{texts['title']}. {texts['subtitle']}", subject=texts["subtitle"],
                   lang=lang, invariant=True, initialFontName="GuideSans")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate("title", [frame], onPage=title_page),
                          PageTemplate("body", [frame], onPage=footer)])
    toc = TableOfContents(levelStyles=[styles["toc1"], styles["toc2"]], dotsMinLevel=0, tableStyle=TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "GuideSans"),  # the contents are a table: else Helvetica, unembedded
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story: list = [
        Spacer(1, 60 * mm),
        Paragraph(html.escape(texts["title"]), styles["title"]),
        Paragraph(html.escape(texts["subtitle"]), styles["subtitle"]),
        Paragraph(html.escape(texts["basis"]), styles["basis"]),
        Paragraph(html.escape(texts["version"].format(__version__)), styles["centre"]),
        Paragraph(date.today().strftime("%d.%m.%Y"), styles["centre"]),
        NextPageTemplate("body"),
        PageBreak(),
        Paragraph(html.escape(texts["contents"]), styles["h1"]),
        toc,
    ]
    for number, chapter in enumerate(chapters, 1):
        story.append(PageBreak())
        story += _flowables(chapter, styles, doc.width, doc.height, number)
    doc.multiBuild(story)
    return pages["count"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build docs/guide/guide-<lang>.pdf from the guide's chapters.")
    parser.add_argument("--lang", action="append", choices=LANGUAGES, help="only this language (may be repeated)")
    parser.add_argument("--out", type=Path, default=GUIDE_DIR, help=f"output folder (default: {GUIDE_DIR})")
    args = parser.parse_args(argv)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    for lang in args.lang or LANGUAGES:
        missing = [str(p) for chapter in chapter_files(lang) for p in images_of(chapter) if not p.is_file()]
        if missing:
            print("build_guide: missing screenshots (run `bash scripts/screenshots.sh`):\n  " + "\n  ".join(missing),
                  file=sys.stderr)
            return 1
        out = args.out / f"guide-{lang}.pdf"
        count = build(lang, out)
        print(f"build_guide: {out} ({count} pages, {out.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
