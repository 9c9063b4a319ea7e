"""The printed journal: a real volume made through the services, printed to PDF, read back with poppler."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from inspector_app.documents.templates import load_texts
from inspector_app.errors import NotFoundError, PermissionDenied, ValidationError
from inspector_app.services.journal import IssueRequest
from inspector_app.services.journal_corrections import CorrectionRequest
from tests.conftest import PASSWORDS, sign_as

ZONE = "Asia/Almaty"
GALYM = ("galym", "Қасымов Ғалымжан Өмірұлы", "Galym-pass-2026")
KK_HEADERS = load_texts("journal", "kk").items("columns", 7)
RU_HEADERS = load_texts("journal", "ru").items("columns", 7)


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def _text(pdf: Path, page: int | None = None, layout: bool = False) -> str:
    """The PDF's text; without `layout`, in drawing order with whitespace folded, so wrapped cells read whole."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    text = _run("pdftotext", "-layout" if layout else "-raw", *pages, str(pdf), "-")
    return text if layout else " ".join(text.split())


def _page_count(pdf: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", _run("pdfinfo", str(pdf)), re.MULTILINE).group(1))


def _issue(ctx, responsible, user, recorder, login="aliya"):
    request = IssueRequest(recorder.id, user.id, "inspection", 95, 2)
    return ctx.journal.issue(responsible, request, _sign(ctx, login), sign_as(ctx, "resp"))


def _return(ctx, responsible, row, login="aliya", condition="Жарамды"):
    return ctx.journal.return_recorder(responsible, row.entry.id, condition, _sign(ctx, login),
                                       sign_as(ctx, "resp"))


def _sign(ctx, login):
    return sign_as(ctx, login, password=GALYM[2] if login == GALYM[0] else PASSWORDS[login])


@pytest.fixture
def journal(unit_context, head, responsible, inspector, clock):
    """Volume 1 with five entries: stored, struck, its correction (returned, not stored), open with a fault,
    and a fault entry for a recorder in store."""
    ctx = unit_context
    galym = ctx.users.add(head, GALYM[0], GALYM[1], "Мемлекеттік инспектор", "inspector", GALYM[2])
    r1, r2, r3 = (ctx.recorders.add(responsible, f"ВР-00{n}", f"SN-{n}", "DS-MCW406", "hikvision-dswa")
                  for n in (1, 2, 3))
    first = _issue(ctx, responsible, inspector, r1)                        # № 1
    clock.advance(hours=3)
    _return(ctx, responsible, first)
    ctx.journal.record_storage(first.entry.id, clock.now())
    clock.advance(hours=1)
    wrong = _issue(ctx, responsible, galym, r2, login="galym")             # № 2, struck
    fix = CorrectionRequest(r3.id, galym.id, "inspection", wrong.entry.at, 95, 2)
    corrected = ctx.journal.correct(responsible, wrong.entry.id, "Түгендеу нөмірі қате жазылған", fix,
                                    _sign(ctx, "galym"), sign_as(ctx, "resp"))  # № 3
    clock.advance(hours=2)
    _return(ctx, responsible, corrected, login="galym")
    held = _issue(ctx, responsible, inspector, r1)                         # № 4, open, fault reported
    clock.advance(minutes=40)
    ctx.journal.report_fault(inspector, r1.id, "Батарея тез отырады", sign_as(ctx, "aliya"))
    ctx.journal.report_fault(responsible, r2.id, "Экран жарылған", sign_as(ctx, "resp"))  # № 5
    return {"galym": galym, "held": held}


def _out(tmp_path: Path) -> Path:
    """The folder the PDFs go to, apart from the test's data folder."""
    folder = tmp_path / "out"
    folder.mkdir(exist_ok=True)
    return folder


def _print(ctx, actor, tmp_path, lang="kk", volume=1, name=None):
    out = _out(tmp_path) / (name or f"journal-{lang}.pdf")
    return ctx.journal_printer.print_volume(actor, volume, lang, out, ZONE)


def test_kazakh_print_has_the_form_and_the_entries(unit_context, responsible, journal, tmp_path):
    result = _print(unit_context, responsible, tmp_path)
    assert result.path.is_file() and result.entries == 5
    umask = os.umask(0o022)
    os.umask(umask)
    assert result.path.stat().st_mode & 0o777 == 0o666 & ~umask  # an ordinary file, not a private temp file
    pages = _page_count(result.path)
    assert result.pages == pages
    text = _text(result.path)
    assert "Бейнетіркеуішті беруді және тапсыруды есепке алу журналы" in text
    assert "Алматы қаласы бойынша аумақтық бөлімше" in text
    assert "Тіркеу индексі: 04-12/15" in text and "1-том" in text
    assert "2026 жылғы «23» қараша басталды" in text  # 05:00 UTC is 10:00 in Almaty
    for header in KK_HEADERS:
        assert header in text
    for inventory in ("ВР-001", "ВР-002", "ВР-003"):
        assert inventory in text
    assert "Нұрланова Әлия Қайратқызы" in text and "Қасымов Ғалымжан Өмірұлы" in text
    assert "23.11.2026 10:00" in text and "23.11.2026 13:00" in text  # issue and return, local time
    assert "Жазба сызылды. Себебі: Түгендеу нөмірі қате жазылған. Түзетілген жазба: № 3" in text
    assert "Түзету: № 2: Түгендеу нөмірі қате жазылған — Жұмабаева Әйгерім Серікқызы" in text
    assert "Ақау: Батарея тез отырады — Нұрланова Әлия Қайратқызы" in text
    assert "Ақау туралы жазба" in text and "Ақау: Экран жарылған" in text
    last = _text(result.path, page=pages, layout=True)
    assert f"Осы журналда нөмірленген, тігілген және мөрмен мөрленген барлығы {pages} парақ." in last
    assert "Жауапты тұлға:" in last
    assert "Парақ 1" in _text(result.path, page=1, layout=True)


def test_russian_print_has_russian_headers(unit_context, responsible, journal, tmp_path):
    result = _print(unit_context, responsible, tmp_path, lang="ru")
    text = _text(result.path)
    assert "Журнал учета выдачи и сдачи видеорегистратора" in text
    assert "Территориальное подразделение по г. Алматы" in text
    assert "Начат «23» ноября 2026 г." in text and "Регистрационный индекс: 04-12/15" in text
    for header in RU_HEADERS:
        assert header in text
    assert "Бейнетіркеуіштің" not in text
    assert "Запись зачеркнута. Причина: Түгендеу нөмірі қате жазылған. Исправлена записью № 3" in text
    pages = _page_count(result.path)
    forms = {2: "листа", 3: "листа", 4: "листа"}
    assert (f"скреплено печатью {pages} {forms.get(pages, 'листов')}." in text if pages != 1 else "1 лист." in text)


def test_fonts_are_dejavu_and_embedded(unit_context, responsible, journal, tmp_path):
    result = _print(unit_context, responsible, tmp_path)
    lines = _run("pdffonts", str(result.path)).splitlines()[2:]
    fonts = [(line.split()[0], line.split()[-5]) for line in lines if line.strip()]
    names = {name.split("+")[-1] for name, _ in fonts}
    assert names == {"DejaVuSans", "DejaVuSans-Bold"}
    assert all(embedded == "yes" for _, embedded in fonts)


def _word_boxes(pdf: Path, page: int) -> list[tuple[str, float, float, float]]:
    """(word, xMin, yMin, yMax) of every word on a page, in points from the top left."""
    html = _run("pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-")
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>'
    return [(w, float(x), float(y0), float(y1)) for x, y0, y1, w in re.findall(pattern, html)]


def _ink_lines(png: Path, top: float, bottom: float, scale: float) -> list[int]:
    """Pixel rows between `top` and `bottom` (points) where blue ink runs across most of the table."""
    image = Image.open(png).convert("RGB")
    width, _ = image.size
    pixels = image.load()
    found = []
    for y in range(int(top * scale), int(bottom * scale)):
        blue = sum(1 for x in range(width) if pixels[x, y][2] - pixels[x, y][0] > 50 and pixels[x, y][2] > 120)
        if blue > 0.7 * (width - 30 * scale):
            found.append(y)
    return found


def test_struck_entry_has_a_line_through_it_and_stays_readable(unit_context, responsible, journal, tmp_path):
    result = _print(unit_context, responsible, tmp_path)
    words = _word_boxes(result.path, 2)
    y_of = {w: y0 for w, _x, y0, _y1 in reversed(words)}  # the first occurrence of each word
    assert "ВР-002" in y_of and "Қасымов" in y_of  # the struck row is still there to read
    dpi = 100
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", "2", "-l", "2", "-png", str(result.path),
                    str(tmp_path / "page")], check=True)
    [png] = tmp_path.glob("page*.png")
    scale = dpi / 72
    struck_band = (y_of["ВР-002"] - 2, y_of["ВР-003"] - 2)   # row № 2, up to row № 3
    clean_band = (y_of["ВР-001"] - 2, y_of["ВР-002"] - 2)    # row № 1
    assert _ink_lines(png, *struck_band, scale)
    assert not _ink_lines(png, *clean_band, scale)


def test_signatures_are_drawn_in_columns_4_and_5(unit_context, responsible, journal, tmp_path):
    result = _print(unit_context, responsible, tmp_path)
    words = _word_boxes(result.path, 2)
    first_row = next(w for w in words if w[0] == "ВР-001")
    next_row = next(w for w in words if w[0] == "ВР-002")
    times = sorted(x for w, x, y0, _ in words if w == "10:00" and abs(y0 - first_row[2]) < 2)
    back = sorted(x for w, x, y0, _ in words if w == "13:00" and abs(y0 - first_row[2]) < 2)
    assert times and back
    subprocess.run(["pdftoppm", "-r", "72", "-f", "2", "-l", "2", "-png", str(result.path), str(tmp_path / "p")],
                   check=True)
    [png] = tmp_path.glob("p*.png")
    image = Image.open(png).convert("RGB")
    for x_time in (times[0], back[0]):  # below the date of receipt and the date of return
        box = (int(x_time - 40), int(first_row[3] + 2), int(x_time + 60), int(next_row[2] - 2))
        data = image.crop(box).tobytes()
        blue = [i for i in range(0, len(data), 3) if data[i + 2] - data[i] > 50]
        assert len(blue) > 20


def test_many_entries_span_sheets_with_headers_and_numbers(unit_context, responsible, inspector, clock, tmp_path):
    recorder = unit_context.recorders.add(responsible, "ВР-100", "SN-100", "DS-MCW406", "hikvision-dswa")
    for _ in range(60):
        row = _issue(unit_context, responsible, inspector, recorder)
        clock.advance(hours=2)
        _return(unit_context, responsible, row)
        unit_context.journal.record_storage(row.entry.id, clock.now())
        clock.advance(hours=22)
    result = _print(unit_context, responsible, tmp_path)
    pages = _page_count(result.path)
    assert result.entries == 60 and result.pages == pages and pages >= 4
    for page in range(2, pages + 1):
        text = _text(result.path, page=page)
        assert f"Парақ {page}" in text
        if "ВР-100" in text:
            assert all(header in text for header in KK_HEADERS), page
    assert "ВР-100" in _text(result.path, page=pages - 1)
    everything = _text(result.path)
    assert all(f" {n} ВР-100 " in everything for n in range(1, 61))
    assert f"барлығы {pages} парақ." in _text(result.path, page=pages)
    assert "барлығы" not in _text(result.path, page=pages - 1)
    assert sum("ВР-100" in _text(result.path, page=page) for page in range(2, pages + 1)) >= 3


def test_bad_language_leaves_no_file(unit_context, responsible, journal, tmp_path):
    with pytest.raises(ValidationError):
        _print(unit_context, responsible, tmp_path, lang="en")
    with pytest.raises(ValidationError):
        unit_context.journal_printer.print_volume(responsible, 1, "kk", tmp_path / "no" / "x.pdf", ZONE)
    with pytest.raises(ValidationError):
        unit_context.journal_printer.print_volume(responsible, 1, "kk", _out(tmp_path) / "x.pdf", "Mars/Olympus")
    assert list(_out(tmp_path).iterdir()) == []


def test_failed_write_keeps_the_old_file_and_no_temp(unit_context, responsible, journal, tmp_path, monkeypatch):
    out = _out(tmp_path) / "journal-kk.pdf"
    out.write_bytes(b"the previous print")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr("inspector_app.documents.output_files.os.replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        _print(unit_context, responsible, tmp_path)
    assert out.read_bytes() == b"the previous print"
    assert [p.name for p in _out(tmp_path).iterdir()] == ["journal-kk.pdf"]


def test_inspector_may_print(unit_context, inspector, journal, tmp_path):
    result = _print(unit_context, inspector, tmp_path)
    assert result.pages == _page_count(result.path)


def test_unknown_volume_and_no_actor(unit_context, responsible, journal, tmp_path):
    with pytest.raises(NotFoundError):
        _print(unit_context, responsible, tmp_path, volume=7)
    with pytest.raises(PermissionDenied):
        _print(unit_context, None, tmp_path)
    assert list(_out(tmp_path).iterdir()) == []


def test_closed_volume_prints_its_end_date(unit_context, responsible, journal, clock, tmp_path):
    clock.advance(days=3)
    unit_context.journal.close_volume(responsible, "04-12/16")
    text = _text(_print(unit_context, responsible, tmp_path).path, page=1)
    assert "2026 жылғы «26» қараша аяқталды" in text
    empty = _print(unit_context, responsible, tmp_path, volume=2, name="v2.pdf")
    assert empty.entries == 0 and empty.pages == 2
    assert "барлығы 2 парақ." in _text(empty.path, page=2)
