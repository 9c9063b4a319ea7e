"""The prescription to eliminate the violations found by an inspection, as a PDF, from a `PrescriptionContent`.

As п.16 of the production-control instruction (order No. 315) has it for its own prescriptions, and
the state's follow the same pattern: the violations found, each with the reference to the normative
legal act violated and the deadline to eliminate it; then the subject's duty to report the
elimination by the deadline, the receipt mark (or the refusal to receive) and the inspectors'
signatures. The act it follows is named as its basis. Every word is in
`resources/templates/prescription/<lang>.json`.
"""

from __future__ import annotations

import logging
from datetime import datetime, time

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from inspector_app.documents.inspection_content import PrescriptionContent, SignatureBlock, wording
from inspector_app.documents.inspection_pdf_layout import Composer, build
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


def render_prescription(content: PrescriptionContent, lang: str) -> bytes:
    """The prescription in "kk", "ru" or "kk+ru"; the same content gives the same bytes."""
    c = Composer("prescription", lang)
    story = heading_block(c, content.authority, content.number, content.issued_on)
    basis = c.stack([c.text("basis_value", code, number=content.act_number, date=official_date(content.act_date, code))
                     for code in c.langs])
    rows = [
        (c.label("place"), c.words(content.place)),
        (c.label("authority"), c.words(content.authority)),
        (c.label("basis"), basis),
        *subject_rows(c, content.subject),
        *facility_rows(c, content.facility),
        (c.label("issued_by"), "<br/>".join(c.person(person) for person in content.inspectors)),
    ]
    story += [c.fields(rows), Spacer(1, 4 * mm), *c.paragraphs("demand"), Spacer(1, 2 * mm)]
    table = violations_table(c, content.violations)
    if table is not None:
        story.append(table)
    story.append(Spacer(1, 3 * mm))
    if content.report_by is not None:
        story += c.paragraphs("report_duty_by", values=lambda code: {"date": plain_date(content.report_by, code)})
    else:
        story += c.paragraphs("report_duty")
    story += acknowledgement(c, content.receipt, "receipt")
    story += signatures(c, tuple(SignatureBlock("inspector", person) for person in content.inspectors))
    title = " / ".join(c.each("document_title", lambda _code: {"number": content.number}))
    created = datetime.combine(content.issued_on, time(0, 0))
    pdf = build(c, story, title=title, author=wording(content.authority, c.langs[0]), footer=content.footer,
                created=created)
    logger.info("prescription %s rendered in %s: %s violations, %s bytes", content.number, lang,
                len(content.violations), len(pdf))
    return pdf
