"""The act on the results of an inspection and the prescription, rendered from sample content and read
back with poppler: the required fields, the official date forms, every evidence hash whole, fonts
embedded, the same bytes for the same content, long evidence lists over many pages."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from inspector_app.documents.act_pdf import render_act
from inspector_app.documents.inspection_content import Official, Refused, Violation
from inspector_app.documents.prescription_pdf import render_prescription
from inspector_app.documents.templates import TemplateError
from tests.integration.act_samples import LEAD, REPRESENTATIVE, SECOND, SUBJECT, VIOLATIONS, act, prescription

LANGUAGES = ["kk", "ru", "kk+ru"]
KK_DATE, RU_DATE = "2026 жылғы 22 қарашадағы", "22 ноября 2026 года"
NAMES = [LEAD.full_name, SECOND.full_name, REPRESENTATIVE.full_name]


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _text(pdf: Path, page: int | None = None) -> str:
    """The text in drawing order, whitespace folded, so wrapped cells read whole."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return " ".join(_run("pdftotext", "-raw", *pages, str(pdf), "-").split())


def _page_texts(pdf: Path) -> list[str]:
    """The text of each page (pdftotext ends every page with a form feed), whitespace folded."""
    return [" ".join(page.split()) for page in _run("pdftotext", "-raw", str(pdf), "-").split("\f")[:-1]]


def _pages(pdf: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", _run("pdfinfo", str(pdf)), re.MULTILINE).group(1))


def _fonts(pdf: Path) -> list[tuple[str, str]]:
    lines = _run("pdffonts", str(pdf)).splitlines()[2:]
    return [(line.split()[0].split("+")[-1], line.split()[-5]) for line in lines if line.strip()]


def _dates_expected(text: str, lang: str) -> None:
    assert (KK_DATE in text) == (lang != "ru")
    assert (RU_DATE in text) == (lang != "kk")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_act_prints_the_required_fields(tmp_path, lang):
    content = act()
    pdf = _write(tmp_path, "act.pdf", render_act(content, lang))
    text = _text(pdf)
    assert "№ 12/2026" in text
    _dates_expected(text, lang)
    assert "180540012345" in text
    for name in NAMES:
        assert name in text
    for violation in VIOLATIONS:
        assert violation.reference in text
        assert violation.deadline.strftime("%d.%m.%Y") in text
    for item in content.evidence:
        assert item.file_name in text
        assert item.sha256 in text
        for still in item.stills:
            if still.sha256:
                assert still.sha256 in text
    assert "2611202600123" in text  # the act of appointment's registration
    assert "ҚӨО-09-000321" in text  # the facility's registration number
    assert content.footer in text
    if lang != "ru":
        assert "2026 жылғы 16 қарашадағы № 88" in text  # the basis
        assert "2026 жылғы 18 қараша – 2026 жылғы 22 қараша" in text
        assert "Актімен таныстым" in text
    if lang != "kk":
        assert "№ 88 от 16 ноября 2026 года" in text
        assert "с 18 ноября 2026 года по 22 ноября 2026 года" in text
        assert "С актом ознакомлен(а)" in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_prescription_prints_the_required_fields(tmp_path, lang):
    pdf = _write(tmp_path, "prescription.pdf", render_prescription(prescription(), lang))
    text = _text(pdf)
    assert "№ 7/2026" in text
    _dates_expected(text, lang)
    assert "180540012345" in text
    for violation in VIOLATIONS:
        assert violation.reference in text
        assert violation.deadline.strftime("%d.%m.%Y") in text
    if lang != "ru":
        assert f"{KK_DATE} № 12/2026 тексеру нәтижелері туралы акт" in text  # the basis
        assert "жазбаша хабарлауға міндетті" in text
        assert f"{REPRESENTATIVE.full_name} нұсқаманы алудан және оған қол қоюдан бас тартты" in text
    if lang != "kk":
        assert f"акт о результатах проверки № 12/2026 от {RU_DATE}" in text
        assert "письменно сообщить" in text
        assert f"государственный инспектор {LEAD.full_name}" in text
    assert "Бас тарту бейнежазбаға түсірілді." in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_all_fonts_are_embedded_dejavu(tmp_path, lang):
    act_fonts = _fonts(_write(tmp_path, "act.pdf", render_act(act(), lang)))
    prescription_fonts = _fonts(_write(tmp_path, "prescription.pdf", render_prescription(prescription(), lang)))
    assert {font for font, _ in act_fonts} == {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono"}  # mono: hashes
    assert {font for font, _ in prescription_fonts} == {"DejaVuSans", "DejaVuSans-Bold"}
    assert all(embedded == "yes" for _, embedded in act_fonts + prescription_fonts)


def test_same_content_gives_the_same_bytes_even_in_another_process(tmp_path):
    first = render_act(act(), "kk+ru")
    assert render_act(act(), "kk+ru") == first
    assert render_prescription(prescription(), "kk") == render_prescription(prescription(), "kk")
    script = ("import sys; from tests.integration.act_samples import act; "
              "from inspector_app.documents.act_pdf import render_act; "
              "sys.stdout.buffer.write(render_act(act(), 'kk+ru'))")
    other = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True,
                           cwd=Path(__file__).resolve().parents[2]).stdout
    assert other == first
    assert b"D:20261122163000" in first  # the creation date is the act's own


def test_a_changed_content_changes_the_bytes():
    assert render_act(act(), "kk") != render_act(act(number="13/2026"), "kk")


def test_two_hundred_recordings_span_pages_with_the_header_and_page_count(tmp_path):
    content = act(200)
    pdf = _write(tmp_path, "act-200.pdf", render_act(content, "kk+ru"))
    pages = _pages(pdf)
    texts = _page_texts(pdf)
    assert pages >= 6 and len(texts) == pages
    text = _text(pdf)
    for item in content.evidence:
        assert item.sha256 in text
    for page, page_text in enumerate(texts, start=1):
        assert f"{pages} беттің {page}-беті / Страница {page} из {pages}" in page_text
        assert content.footer in page_text
    evidence_pages = [page for page, page_text in enumerate(texts, start=1)
                      if any(item.sha256 in page_text for item in content.evidence)]
    assert len(evidence_pages) >= 4
    for page in evidence_pages:  # the header row is repeated on every page the table spans
        assert "Файл, бейнетіркеуіш Файл, видеорегистратор" in texts[page - 1]
    assert content.evidence[-1].sha256 in texts[evidence_pages[-1] - 1]


def test_empty_optional_parts_are_left_out(tmp_path):
    bare = act(0, facility=None, representative=None, findings="", violations=(), acknowledgement=None, footer="",
               inspectors=(LEAD,))
    text = _text(_write(tmp_path, "bare.pdf", render_act(bare, "kk")))
    for absent in ("Қауіпті өндірістік объект", "Аудио- және бейнежазбалар", "SHA-256", "Тексеру нәтижелері ",
                   "Тексеру кезінде қатысқан", "(топ басшысы)", "Бақылау субъектісінің өкілі"):
        assert absent not in text
    assert "Өнеркәсіптік қауіпсіздік талаптарын бұзушылықтар анықталған жоқ." in text
    assert "Актімен таныстым, бір данасын алдым: (қолы) (Т.А.Ә.) (күні)" in text  # lines to fill in by hand
    assert "1 беттің 1-беті" in text


def test_refusal_mark_names_who_recorded_it(tmp_path):
    refusal = Refused(Official(SECOND.full_name), date(2026, 11, 22), REPRESENTATIVE)
    text = _text(_write(tmp_path, "refused.pdf", render_act(act(acknowledgement=refusal), "ru")))
    assert (f"Представитель субъекта контроля {REPRESENTATIVE.full_name} от ознакомления с актом и его подписания "
            f"отказался(-ась). Отметку сделал(а) государственный инспектор {SECOND.full_name}, {RU_DATE}.") in text


def test_subject_without_a_localized_name_is_printed_once(tmp_path):
    text = _text(_write(tmp_path, "act.pdf", render_act(act(), "kk+ru")))
    assert text.count(SUBJECT.name) == 1


def test_an_unknown_language_is_refused():
    with pytest.raises(TemplateError):
        render_act(act(), "en")
    with pytest.raises(TemplateError):
        render_prescription(prescription(), "ru+kk")


def test_a_violation_longer_than_a_page_goes_on_over_the_next_pages(tmp_path):
    words = " ".join(f"сөз{n}" for n in range(2500))
    long = Violation("3", words, "ҚР Заңының 16-бабы", date(2027, 2, 1))
    pdf = _write(tmp_path, "long.pdf", render_prescription(prescription(violations=VIOLATIONS + (long,)), "kk"))
    texts = _page_texts(pdf)
    assert len(texts) >= 3
    assert re.findall(r"сөз\d+", _text(pdf)) == words.split()  # every word, in order, none lost or repeated
    assert all("Бұзушылықтың сипаттамасы" in page for page in texts[1:-1])  # the header over each page
