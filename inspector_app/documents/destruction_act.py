"""The act of destruction of recordings (п.6, п.12) as a PDF in Kazakh, Russian or both.

Laid out like the inspection documents (`inspection_pdf_layout`): the unit, the title and number, who
proposed the list and who approved it, the basis and the method (crypto-shredding), then every recording
destroyed with its recorder, wall-clock span and whole SHA-256, and the lines to sign. Every word comes
from `resources/templates/destruction/<lang>.json`; the same content gives the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from inspector_app.documents.inspection_content import Official, SignatureBlock, Wording
from inspector_app.documents.inspection_pdf_layout import Composer, build, markup
from inspector_app.documents.inspection_pdf_parts import heading_block, signatures

WIDTHS = [8 * mm, 45 * mm, 29 * mm, 88 * mm]
MOMENT, DAY, TIME = "%d.%m.%Y %H:%M", "%d.%m.%Y", "%H:%M:%S"


@dataclass(frozen=True)
class DestroyedRecording:
    file_name: str
    inventory_number: str
    started_at: datetime | None      # local wall-clock
    ended_at: datetime | None
    sha256: str


@dataclass(frozen=True)
class DestructionActContent:
    number: str
    drawn_up_at: datetime            # local
    authority: Wording
    proposed_by: Official
    proposed_at: datetime            # local
    approved_by: Official
    approved_at: datetime            # local
    items: tuple[DestroyedRecording, ...]
    footer: str = ""


def render_destruction_act(content: DestructionActContent, lang: str) -> bytes:
    c = Composer("destruction", lang)
    story = heading_block(c, content.authority, content.number, content.drawn_up_at.date())
    rows = [
        (c.label("drawn_up"), markup(content.drawn_up_at.strftime(MOMENT))),
        (c.label("authority"), c.words(content.authority)),
        (c.label("basis"), c.stack(c.each("basis_value"))),
        (c.label("proposed"), c.stack(c.each("proposed_value", lambda _code: {
            "person": _person(content.proposed_by), "date": content.proposed_at.strftime(MOMENT)}))),
        (c.label("approved"), c.stack(c.each("approved_value", lambda _code: {
            "person": _person(content.approved_by), "date": content.approved_at.strftime(MOMENT)}))),
        (c.label("count"), markup(str(len(content.items)))),
        (c.label("method"), c.stack(c.each("method_value"))),
    ]
    story += [c.fields(rows), Spacer(1, 3 * mm), c.heading("items")]
    items = [[c.p(str(number), "cell"),
              c.p(markup(item.file_name) + "<br/>" + c.inline("recorder", lambda _code, i=item: {
                  "number": i.inventory_number}), "cell"),
              c.p(_span(c, item), "cell"),
              c.p(markup(item.sha256), "hash")]
             for number, item in enumerate(content.items, start=1)]
    story += [c.grid(c.column_titles("item_columns", 4), items, WIDTHS), Spacer(1, 2 * mm),
              *c.paragraphs("no_holds", "small")]
    story += signatures(c, (SignatureBlock("responsible", content.proposed_by),
                            SignatureBlock("head", content.approved_by)))
    title = " / ".join(c.each("document_title", lambda _code: {"number": content.number}))
    author = c.texts[c.langs[0]].text("authority")
    return build(c, story, title=title, author=author, footer=content.footer, created=content.drawn_up_at)


def _person(person: Official) -> str:
    position = person.position if isinstance(person.position, str) else person.position.ru
    return f"{person.full_name}, {position}" if position else person.full_name


def _span(c: Composer, item: DestroyedRecording) -> str:
    if item.started_at is None:
        return "—"
    end = item.ended_at or item.started_at
    text = c.texts[c.langs[0]].text("time_range", start=item.started_at.strftime(f"{DAY} {TIME}"),
                                    end=end.strftime(TIME if end.date() == item.started_at.date() else
                                                     f"{DAY} {TIME}"))
    return markup(text).replace("\n", "<br/>")
