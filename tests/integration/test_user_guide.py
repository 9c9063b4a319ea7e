"""The user guide (docs/guide/): its chapters in Kazakh and Russian, the screenshots they show, and its PDFs.

Real files: the Markdown chapters as committed, the screenshots in docs/screenshots/, the shot list of
scripts/screenshots.py (read without Qt or an X server) and the PDFs that scripts/build_guide.py writes into a
temporary folder, read back with poppler's pdffonts and pdftotext.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "docs" / "screenshots"

# The shots the guide of a language deliberately does not show (`<screen>-<lang>.png`), with the reason. Empty:
# every main screen is documented. A new screen in scripts/screenshots.py fails the test until a chapter shows it
# or it is listed here.
NOT_IN_GUIDE: dict[str, str] = {}

ROLE_TITLES = {
    "kk": ("Жауапты тұлға", "Мемлекеттік инспектор", "Аумақтық бөлімшенің басшысы"),
    "ru": ("Ответственное лицо", "Государственный инспектор", "Руководитель территориального подразделения"),
}
KAZAKH_LETTERS = set("әғқңөұүһі")


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"guide_test_{name}", ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


guide = _load("build_guide")
shots = _load("screenshots")


def _chapters(lang: str) -> list[Path]:
    return guide.chapter_files(lang)


def _titles(lang: str) -> list[str]:
    return [guide.chapter_title(p) for p in _chapters(lang)]


def test_both_languages_have_the_same_numbered_chapters():
    kk = [p.name for p in _chapters("kk")]
    ru = [p.name for p in _chapters("ru")]
    assert kk == ru, "docs/guide/kk and docs/guide/ru must hold the same chapter files"
    assert len(kk) >= 5
    assert [name[:2] for name in kk] == [f"{n:02d}" for n in range(1, len(kk) + 1)], "chapters numbered 01, 02, …"
    for lang in guide.LANGUAGES:
        for path in _chapters(lang):
            headings = [b for b in guide.parse_markdown(path.read_text(encoding="utf-8"))
                        if b.kind == "heading" and b.level == 1]
            assert len(headings) == 1, f"{path}: one '# ' heading, the chapter's title"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_one_chapter_per_role(lang):
    titles = _titles(lang)
    for role in ROLE_TITLES[lang]:
        having = [t for t in titles if role in t]
        assert len(having) == 1, f"{lang}: exactly one chapter for «{role}», found {having}"
    assert len(set(titles)) == len(titles), f"{lang}: two chapters with one title"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_image_exists_and_is_a_shot_of_its_language(lang):
    for chapter in _chapters(lang):
        text = chapter.read_text(encoding="utf-8")
        images = guide.images_of(chapter)
        assert len(images) == len(guide.IMAGE_RE.findall(text)), f"{chapter}: an image not alone on its line"
        for image in images:
            assert image.is_file(), f"{chapter.name}: {image} does not exist (bash scripts/screenshots.sh)"
            assert image.parent == SCREENSHOTS, f"{chapter.name}: {image} is not in docs/screenshots/"
            assert image.name.endswith(f"-{lang}.png"), f"{chapter.name} ({lang}) shows {image.name}"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_shot_the_script_renders_is_in_the_guide(lang):
    renderable = {f"{screen}-{lang}.png" for screen in shots.SCREENS}
    assert {f"{name}.png" for name in shots.SHOTS if name.endswith(f"-{lang}")} == renderable
    used = {image.name for chapter in _chapters(lang) for image in guide.images_of(chapter)}
    unlisted = [name for name in NOT_IN_GUIDE if name not in renderable]
    assert not unlisted, f"NOT_IN_GUIDE names shots the script does not render: {unlisted}"
    missing = sorted(renderable - used - set(NOT_IN_GUIDE))
    assert not missing, f"{lang}: shots neither shown in the guide nor listed in NOT_IN_GUIDE: {missing}"
    unknown = sorted(used - renderable)
    assert not unknown, f"{lang}: the guide shows pictures the screenshot script does not render: {unknown}"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_links_do_not_dangle(lang):
    for chapter in _chapters(lang):
        for match in guide.LINK_RE.finditer(chapter.read_text(encoding="utf-8")):
            target = match.group("target")
            if re.match(r"[a-z]+:", target):  # https:, mailto:
                continue
            path = (chapter.parent / target.split("#", 1)[0]).resolve()
            assert path.exists(), f"{chapter.name}: the link to {target} leads nowhere"


def test_readme_names_only_existing_screenshots():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    named = re.findall(r"docs/screenshots/([\w.-]+\.png)", readme)
    assert named, "README shows some screenshots"
    assert [n for n in named if not (SCREENSHOTS / n).is_file()] == []


def test_markdown_subset():
    blocks = guide.parse_markdown(
        "# Title\n\nOne **bold** and *italic* `code`\nline two.\n\n- a\n  b\n- c\n\n3. x\n4. y\n\n"
        "> note\n\n| h1 | h2 |\n|---|---|\n| a | b |\n\n![Caption](pic.png)\n")
    assert [b.kind for b in blocks] == ["heading", "paragraph", "bullets", "numbers", "note", "table", "image"]
    assert blocks[1].text == "One **bold** and *italic* `code` line two."
    assert blocks[2].items == ["a b", "c"] and blocks[3].start == 3
    assert blocks[5].rows == [["h1", "h2"], ["a", "b"]]
    assert (blocks[6].text, blocks[6].path) == ("Caption", "pic.png")
    markup = guide.inline_markup("**A & B** *c* `x<y` [link](01-a.md)")
    assert markup == '<b>A &amp; B</b> <i>c</i> <font name="GuideMono">x&lt;y</font> link'


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    out = tmp_path_factory.mktemp("guide")
    return {lang: (out / f"guide-{lang}.pdf", guide.build(lang, out / f"guide-{lang}.pdf"))
            for lang in guide.LANGUAGES}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_pdf_has_embedded_fonts_the_chapters_and_the_kazakh_letters(pdfs, lang):
    path, pages = pdfs[lang]
    assert pages >= len(_chapters(lang)) + 2  # a title page, the contents, a page or more a chapter
    fonts = _run("pdffonts", str(path)).splitlines()[2:]
    assert fonts, "the PDF names its fonts"
    assert all(line.split()[-5] == "yes" for line in fonts), f"a font not embedded:\n{chr(10).join(fonts)}"
    assert all("DejaVu" in line.split()[0] for line in fonts), f"a font other than DejaVu:\n{chr(10).join(fonts)}"
    text = _run("pdftotext", "-layout", str(path), "-")
    flat = " ".join(text.split())
    assert guide.TEXTS[lang]["subtitle"] in flat and guide.TEXTS[lang]["contents"] in flat
    for title in _titles(lang):
        assert flat.count(title) >= 2, f"«{title}» in the contents and as the chapter's heading"
    assert guide.TEXTS[lang]["page"].format(pages) in flat, "the last page is numbered"
    first = re.escape(guide.TEXTS[lang]["page"].format(1))
    assert not re.search(rf"(?<!\d){first}(?!\d)", flat), "the title page is not"
    source = "".join(p.read_text(encoding="utf-8") for p in _chapters(lang)).lower()
    letters = KAZAKH_LETTERS & set(source)
    if lang == "kk":
        assert letters >= set("әғқңөұүі"), "the Kazakh chapters are in Kazakh"
    assert letters <= set(text.lower()), f"Kazakh letters lost in the PDF: {letters - set(text.lower())}"
