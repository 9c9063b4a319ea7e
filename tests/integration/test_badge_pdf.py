"""The badge of п.16 of order No. 444, read back with poppler: the exact words of the order in Kazakh, in
Russian or in both (Kazakh first), eight badges of 90 x 55 mm on one A4 sheet, DejaVu embedded and nothing
else, red on the rendered page; written atomically."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from inspector_app.documents.badge import BADGE_HEIGHT, BADGE_WIDTH, TEXT_WIDTH, badge_pdf, fit_lines, write_badge
from inspector_app.documents.fonts import BOLD, register_fonts
from inspector_app.errors import ValidationError

KK = "Назар аударыңыз! Аудио және бейнежазба жүргізілуде"
RU = "Внимание! Ведется аудио- и видеозапись"
PER_SHEET = 8


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def _text(pdf: Path) -> str:
    return " ".join(_run("pdftotext", "-raw", str(pdf), "-").split())


@pytest.mark.parametrize(("langs", "phrases"), [(["kk"], [KK]), (["ru"], [RU]), (["kk", "ru"], [KK, RU]),
                                                (["ru", "kk"], [KK, RU])])
def test_the_badges_say_what_point_16_says(tmp_path, langs, phrases):
    out = write_badge(tmp_path / "badge.pdf", langs)
    assert out == tmp_path / "badge.pdf" and out.read_bytes().startswith(b"%PDF")
    info = _run("pdfinfo", str(out))
    assert re.search(r"^Pages:\s+1$", info, re.MULTILINE)
    assert re.search(r"^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)", info, re.MULTILINE)

    text = _text(out)
    badge = " ".join(phrases)  # a bilingual badge: Kazakh, then Russian
    assert text.count(badge) == PER_SHEET, text
    for other in {KK, RU} - set(phrases):
        assert other not in text
    assert "№ 444" in text and "90×55" in text  # the sheet's note: which point, what size to cut

    fonts = [line.split() for line in _run("pdffonts", str(out)).splitlines()[2:]]
    assert fonts and all("DejaVu" in row[0] for row in fonts), fonts
    assert all(row[-5] == "yes" for row in fonts), fonts  # the "emb" column

    _run("pdftoppm", "-png", "-r", "60", str(out), str(tmp_path / "page"))
    [png] = tmp_path.glob("page*.png")
    image = Image.open(png).convert("RGB")
    assert image.size[1] > image.size[0]
    pixels = image.tobytes()
    red = sum(1 for i in range(0, len(pixels), 3) if pixels[i] > 150 and pixels[i + 1] < 80 and pixels[i + 2] < 80)
    assert red > 2000  # the frames, the calls to attention and the recording dots


def test_the_kazakh_letters_are_text_not_boxes(tmp_path):
    text = _text(write_badge(tmp_path / "kk.pdf", ["kk"]))
    assert all(letter in text for letter in "әңүі")


def test_the_text_is_large_enough_to_read():
    register_fonts()
    for phrase, largest, lines in (("Назар аударыңыз!", 22, 1), ("Аудио және бейнежазба жүргізілуде", 15, 3)):
        size, split = fit_lines(phrase, BOLD, largest, TEXT_WIDTH, lines)
        assert size >= 13 and len(split) <= lines
    assert 85 <= BADGE_WIDTH / 72 * 25.4 <= 100 and 50 <= BADGE_HEIGHT / 72 * 25.4 <= 60


@pytest.mark.parametrize("langs", [[], ["en"], ["kk", "en"], None])
def test_an_unknown_or_no_language_is_refused(tmp_path, langs):
    with pytest.raises(ValidationError) as info:
        write_badge(tmp_path / "badge.pdf", langs)
    assert info.value.code == "badge_language"
    assert not list(tmp_path.iterdir())


def test_a_missing_folder_is_a_clear_message_and_nothing_is_left(tmp_path):
    with pytest.raises(ValidationError) as info:
        write_badge(tmp_path / "gone" / "badge.pdf", ["kk"])
    assert info.value.code == "no_folder"
    target = tmp_path / "badge.pdf"
    target.write_bytes(b"old")
    write_badge(target, ["ru"])
    assert target.read_bytes().startswith(b"%PDF") and not list(tmp_path.glob(".*.part"))


def test_the_same_languages_give_the_same_bytes():
    assert badge_pdf(["kk", "ru"]) == badge_pdf(["ru", "kk"])
