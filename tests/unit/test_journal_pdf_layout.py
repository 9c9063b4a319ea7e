"""The journal layout alone (no database): long remarks flow over sheets without losing a word."""

from __future__ import annotations

import io
import re
import subprocess

from inspector_app.documents.journal_pdf_layout import Cover, PrintedRemark, PrintedRow, Signed, render_journal
from inspector_app.documents.templates import load_texts

SIGNATURE = [[(0.05, 0.6), (0.15, 0.3), (0.25, 0.7)], [(0.5, 0.5)]]  # a single point is a dot


def _row(number: int, remarks: int, struck: bool = False) -> PrintedRow:
    text = "Аккумулятор қызып кетті, экран сөнеді. " * 25
    return PrintedRow(str(number), f"ВР-{number:03d}", "Әбілқайыров Ұлан Өмірзақұлы",
                      Signed(("01.12.2026 10:00",), SIGNATURE), Signed(), "",
                      tuple(PrintedRemark(f"[{number}.{k}] {text}", SIGNATURE) for k in range(remarks)), struck)


def test_an_entry_with_remarks_longer_than_a_sheet_continues_on_the_next(tmp_path):
    rows = [_row(1, 1), _row(2, 6, struck=True), _row(3, 1)]
    texts = load_texts("journal", "kk")
    buffer = io.BytesIO()
    sheets = render_journal(buffer, texts, Cover("Бөлімше", "04-12/15", "1-том", "басталды", "аяқталды"), rows, 1)
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(buffer.getvalue())
    text = " ".join(subprocess.run(["pdftotext", "-raw", str(pdf), "-"], check=True, capture_output=True,
                                   text=True).stdout.split())
    assert sheets >= 5
    assert sorted(re.findall(r"\[(\d\.\d)\]", text)) == ["1.0"] + [f"2.{k}" for k in range(6)] + ["3.0"]
    for sheet in range(2, sheets + 1):
        page = subprocess.run(["pdftotext", "-raw", "-f", str(sheet), "-l", str(sheet), str(pdf), "-"],
                              check=True, capture_output=True, text=True).stdout
        assert f"Парақ {sheet}" in page
        assert page.count("Ескертпе") <= 1  # the header once per sheet, never twice
