"""The act on the results of an inspection, as a PDF, from an `ActContent`.

The act follows the contents the Entrepreneurial Code sets for it: the date, time and place of drawing
up; the authority; the act of appointment (the basis) and its registration; the kind of control; the
inspectors; the subject of control and the hazardous production facility; the period; the subject's
representative present; the results: the findings and the violations with the normative references
and deadlines; then the recordings that prove them (п.14 of order No. 444), each with its SHA-256
printed whole, and its stills; the representative's acknowledgement or the refusal mark; the lines
to sign on. Every word is in `resources/templates/act/<lang>.json`.
"""

from __future__ import annotations

import logging

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from inspector_app.documents.inspection_content import ActContent, Evidence, default_signatures, wording
from inspector_app.documents.inspection_pdf_layout import Composer, build, markup
from inspector_app.documents.inspection_pdf_parts import (
    acknowledgement,
    facility_rows,
    heading_block,
    signatures,
    subject_rows,
    violations_table,
)
from inspector_app.documents.official_dates import official_date, plain_date

logger = logging.getLogger(__name__)

EVIDENCE_WIDTHS = [8 * mm, 45 * mm, 29 * mm, 88 * mm]  # the last holds 64 hex digits on one line
MOMENT = "%d.%m.%Y %H:%M:%S"
DAY, TIME = "%d.%m.%Y", "%H:%M:%S"


def render_act(content: ActContent, lang: str) -> bytes:
    """The act in "kk", "ru" or "kk+ru"; the same content gives the same bytes."""
    c = Composer("act", lang)
    story = heading_block(c, content.authority, content.number, content.drawn_up_at.date())
    story += [c.fields(_general_rows(c, content))]
    if wording(content.findings, c.langs[0]) or wording(content.findings, c.langs[-1]):
        story += [c.heading("findings"), c.p(c.words(content.findings), "text")]
    story.append(c.heading("violations"))
    table = violations_table(c, content.violations)
    story += [table] if table is not None else c.paragraphs("no_violations")
    if content.evidence:
        story += [c.heading("evidence"), *c.paragraphs("evidence_note", "small"), Spacer(1, 1.5 * mm),
                  _evidence_table(c, content.evidence)]
    story += acknowledgement(c, content.acknowledgement, "acknowledgement")
    story += [Spacer(1, 2 * mm), *c.paragraphs("copies", "small")]
    story += signatures(c, content.signatures or default_signatures(content.inspectors, content.representative))
    title = " / ".join(c.each("document_title", lambda _code: {"number": content.number}))
    author = wording(content.authority, c.langs[0])
    pdf = build(c, story, title=title, author=author, footer=content.footer, created=content.drawn_up_at)
    logger.info("act %s rendered in %s: %s violations, %s recordings, %s bytes", content.number, lang,
                len(content.violations), len(content.evidence), len(pdf))
    return pdf


def _general_rows(c: Composer, content: ActContent) -> list[tuple[str, str]]:
    at = content.drawn_up_at
    drawn_up = c.stack([c.text("drawn_up_value", code, date=plain_date(at.date(), code), time=at.strftime("%H:%M"),
                               place=wording(content.place, code)) for code in c.langs])
    basis = content.basis
    basis_value = c.stack([c.text("basis_value", code, number=basis.number, date=official_date(basis.issued_on, code))
                           for code in c.langs])
    registration = ""
    if basis.registration_number and basis.registered_on:
        registration = c.stack([c.text("registration_value", code, number=basis.registration_number,
                                       date=plain_date(basis.registered_on, code)) for code in c.langs])
    elif basis.registration_number:
        registration = c.label("registration_number_only", lambda _code: {"number": basis.registration_number})
    period = c.stack([c.text("period_value", code, start=plain_date(content.period_from, code),
                             end=plain_date(content.period_to, code)) for code in c.langs])
    rows = [
        (c.label("drawn_up"), drawn_up),
        (c.label("authority"), c.words(content.authority)),
        (c.label("basis"), basis_value),
        (c.label("registration"), registration),
        (c.label("control_kind"), c.label(f"control_kinds.{content.control_kind}")),
        (c.label("period"), period),
        (c.label("inspectors"), _inspectors(c, content)),
        *subject_rows(c, content.subject),
        *facility_rows(c, content.facility),
    ]
    if content.representative is not None:
        rows.append((c.label("representative"), c.person(content.representative)))
    return rows


def _inspectors(c: Composer, content: ActContent) -> str:
    lines = []
    for number, person in enumerate(content.inspectors, start=1):
        line = c.person(person)
        if number == 1 and len(content.inspectors) > 1:
            line += " " + " ".join(markup(text) for text in c.each("lead"))
        lines.append(f"{number}. {line}" if len(content.inspectors) > 1 else line)
    return "<br/>".join(lines)


def _evidence_table(c: Composer, evidence: tuple[Evidence, ...]):
    """One row per recording and one under it per still or bookmark; the table splits over pages by rows."""
    rows: list[list] = []
    for number, item in enumerate(evidence, start=1):
        recorder = c.stack([c.text("recorder", code, number=item.inventory_number) for code in c.langs])
        times = c.label(*_time_range(item))
        file_cell = f'<font size="8">{markup(item.file_name)}</font><br/><font size="7.3">{recorder}</font>'
        rows.append([c.p(str(number), "cell_center"), c.p(file_cell, "cell"),
                     c.p(times, "small"), c.p(markup(item.sha256), "hash")])
        for index, still in enumerate(item.stills, start=1):
            kind = c.inline("still" if still.sha256 else "bookmark")
            note = c.words(still.note)
            rows.append([c.p(f"{number}.{index}", "hint"),
                         c.p(kind + (f": {note}" if note else ""), "small"),
                         c.p(markup(still.at.strftime(TIME if still.at.date() == item.started_at.date() else MOMENT)),
                             "small"),
                         c.p(markup(still.sha256), "hash")])
    return c.grid(c.column_titles("evidence_columns", len(EVIDENCE_WIDTHS)), rows, EVIDENCE_WIDTHS)



def _time_range(item: Evidence):
    """The template key and values of a recording's wall-clock span: the day once when it ends the same day."""
    start, end = item.started_at, item.ended_at
    if start.date() == end.date():
        return "time_range_same_day", lambda _code: {"day": start.strftime(DAY), "start": start.strftime(TIME),
                                                     "end": end.strftime(TIME)}
    return "time_range", lambda _code: {"start": start.strftime(MOMENT), "end": end.strftime(MOMENT)}
