"""The parts the act and the prescription print alike: the heading block, the subject and the facility,
the table of violations, the acknowledgement (or refusal) mark and the lines to sign on.

Each part takes a `Composer` of its document kind; the two kinds' templates share these keys.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from inspector_app.documents.fonts import REGULAR
from inspector_app.documents.inspection_content import (
    Acknowledged,
    Acknowledgement,
    Facility,
    Refused,
    SignatureBlock,
    SubjectOfControl,
    Violation,
    wording,
)
from inspector_app.documents.inspection_pdf_layout import WIDTH, Composer, markup
from inspector_app.documents.official_dates import official_date, plain_date

VIOLATION_WIDTHS = [9 * mm, 75 * mm, 60 * mm, 26 * mm]


def numeric_date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def heading_block(c: Composer, authority, number: str, on: date) -> list:
    """The authority's name, the title and «2026 жылғы 22 қарашадағы № 12/2026» / «№ 12/2026 от 22 ноября 2026 года»."""
    return [
        c.p(c.words(authority), "authority"),
        c.p(c.label("title", secondary_size=11.5), "title"),
        c.p(c.stack([c.text("number_line", code, number=number, date=official_date(on, code)) for code in c.langs]),
            "number"),
    ]


def subject_rows(c: Composer, subject: SubjectOfControl) -> list[tuple[str, str]]:
    return [(c.label("subject"), c.words(subject.name)),
            (c.label("bin_iin"), markup(subject.bin_iin)),
            (c.label("legal_address"), c.words(subject.legal_address))]


def facility_rows(c: Composer, facility: Facility | None) -> list[tuple[str, str]]:
    if facility is None:
        return []
    return [(c.label("facility"), c.words(facility.name)),
            (c.label("facility_kind"), c.words(facility.kind)),
            (c.label("facility_registration"), markup(facility.registration_number)),
            (c.label("facility_address"), c.words(facility.address))]


def violations_table(c: Composer, violations: tuple[Violation, ...]):
    rows = []
    for item in violations:
        description = c.words(item.description)
        place = c.stack([c.text("violation_place", code, place=wording(item.place, code)) for code in c.langs]) \
            if item.place else ""
        cell = description + (f'<br/><font size="7.5">{place}</font>' if place else "")
        rows.append([c.p(markup(item.number), "cell_center"), c.p(cell, "cell"), c.p(c.words(item.reference), "cell"),
                     c.p(numeric_date(item.deadline), "cell_center")])
    if not rows:
        return None
    return c.grid(c.column_titles("violation_columns", len(VIOLATION_WIDTHS)), rows, VIOLATION_WIDTHS)


def acknowledgement(c: Composer, mark: Acknowledgement | None, heading_key: str) -> list:
    """The representative's mark: acknowledged on a date, refused (with who recorded it), or a blank to fill in."""
    parts: list = [c.heading(heading_key)]
    if isinstance(mark, Acknowledged):
        parts += [c.p(markup(c.text("acknowledged", code, name=mark.by.full_name, date=plain_date(mark.on, code))),
                      "text") for code in c.langs]
    elif isinstance(mark, Refused):
        for code in c.langs:
            values = {"recorder": mark.recorded_by.full_name, "date": plain_date(mark.on, code)}
            if mark.representative is not None:
                text = c.text("refused", code, name=mark.representative.full_name, **values)
            else:
                text = c.text("refused_unnamed", code, **values)
            parts.append(c.p(markup(text), "text"))
        parts += _notes(c, mark.note)
    else:
        parts += [c.p(c.label("acknowledgement_blank"), "text"), Spacer(1, 2 * mm), _blank_lines(c)]
    return [KeepTogether(parts)]


def _notes(c: Composer, note) -> list:
    """The refusal's note: in each language, or once under both labels when it has one wording."""
    notes = [wording(note, code) for code in c.langs]
    if not any(notes):
        return []
    if len(set(notes)) == 1:
        label = " / ".join(c.each("refusal_note_label"))
        return [c.p(markup(c.text("refusal_note", c.langs[0], label=label, note=notes[0])), "small")]
    return [c.p(markup(c.text("refusal_note", code, label=c.text("refusal_note_label", code), note=text)), "small")
            for code, text in zip(c.langs, notes)]


def _blank_lines(c: Composer) -> Table:
    """Lines to write on by hand: signature, name, date."""
    hints = [c.p(c.label(key), "hint") for key in ("signature_hint", "name_hint", "date_hint")]
    table = Table([["", "", "", "", ""], [hints[0], "", hints[1], "", hints[2]]],
                  colWidths=[40 * mm, 6 * mm, 70 * mm, 6 * mm, 40 * mm], rowHeights=[9 * mm, None], hAlign="LEFT")
    table.setStyle(_line_style([0, 2, 4]))
    return table


def _line_style(columns: list[int]) -> TableStyle:
    return TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        *[("LINEBELOW", (col, 0), (col, 0), 0.5, colors.black) for col in columns],
        ("LEFTPADDING", (0, 0), (-1, -1), 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1),
        ("TOPPADDING", (0, 1), (-1, 1), 0.5),
    ])


def signatures(c: Composer, blocks: tuple[SignatureBlock, ...], heading_key: str = "signatures") -> list:
    """One line to sign on per block: the role and position, the line, the name."""
    if not blocks:
        return []
    data: list[list] = []
    for block in blocks:
        role = c.label(f"signature_roles.{block.role}")
        position = c.words(block.person.position)
        if block.role == "inspector":  # an inspector signs under their position
            caption = position or role
        else:
            caption = role + (f'<br/><font size="7.5">{position}</font>' if position else "")
        data.append([c.p(caption, "cell"), "", c.p(markup(block.person.full_name), "cell")])
        data.append(["", c.p(c.label("signature_hint"), "hint"), ""])
    widths = [66 * mm, 40 * mm, WIDTH - 106 * mm]
    table = Table(data, colWidths=widths, hAlign="LEFT")
    style = [("FONTNAME", (0, 0), (-1, -1), REGULAR), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
             ("LEFTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 0)]
    for row in range(0, len(data), 2):
        style += [("TOPPADDING", (0, row), (-1, row), 5 * mm), ("LINEBELOW", (1, row), (1, row), 0.5, colors.black),
                  ("LEFTPADDING", (2, row), (2, row), 4 * mm), ("BOTTOMPADDING", (0, row + 1), (-1, row + 1), 1)]
    table.setStyle(TableStyle(style))
    return [KeepTogether([c.heading(heading_key), table])]
