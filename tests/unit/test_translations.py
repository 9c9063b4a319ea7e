"""The translations are complete: every string the sources mark for translation is translated in kk, ru and en.

The committed `.ts` files are compared with what `pyside6-lupdate` finds in the sources now (run into a
temporary copy, so a string added to the code but not to the translations shows as unfinished there), and
each translation is checked for what a translator can get wrong: left empty, left in English, the same
Russian text put in the Kazakh file, a placeholder lost.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
SOURCE_DIRS = ("inspector_app", "ui", "devices", "storage")
LANGUAGES = ("kk", "ru", "en")
PLACEHOLDER = re.compile(r"\{\d*(?::[^}]*)?\}|%L?\d+|%L?n")
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
# A translation may equal its English source when it is a name, a code or a unit the offices write so.
SAME_IN_ENGLISH = re.compile(r"^[\W\d_]*([A-Z0-9][A-Za-z0-9\-/.]*|PDF|SHA-256|TSA|NCALayer|USB|ID|OK|MP4)?[\W\d_]*$")


def _lupdate() -> Path:
    for candidate in (Path(sys.executable).with_name("pyside6-lupdate"), shutil.which("pyside6-lupdate")):
        if candidate and Path(candidate).exists():
            return Path(candidate)
    raise AssertionError("pyside6-lupdate not found next to the interpreter or on PATH (scripts/setup.sh)")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
    return found


def _texts(translation: ET.Element) -> list[str]:
    """The translation's text, or each of its plural forms."""
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def _unfinished(translation: ET.Element | None) -> bool:
    return translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") \
        or not all(text.strip() for text in _texts(translation))


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> dict[str, Path]:
    """Each language's committed .ts refreshed from today's sources, in a temporary folder."""
    folder = tmp_path_factory.mktemp("ts")
    sources = sorted(str(p) for d in SOURCE_DIRS for p in (ROOT / d).rglob("*.py") if "__pycache__" not in p.parts)
    out = {}
    for lang in LANGUAGES:
        target = folder / f"inspector_app_{lang}.ts"
        shutil.copy(TS_DIR / target.name, target)
        subprocess.run([str(_lupdate()), "-silent", "-no-obsolete", "-source-language", "en",
                        "-target-language", lang, *sources, "-ts", str(target)], check=True, cwd=ROOT)
        out[lang] = target
    return out


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_of_the_sources_is_in_the_committed_file(fresh, lang):
    committed = set(_messages(TS_DIR / f"inspector_app_{lang}.ts"))
    now = set(_messages(fresh[lang]))
    missing = sorted(now - committed)
    gone = sorted(committed - now)
    assert not missing, f"{len(missing)} string(s) not yet in inspector_app_{lang}.ts " \
                        f"(scripts/build_translations.sh --update, then translate): {missing[:10]}"
    assert not gone, f"{len(gone)} string(s) no longer in the sources still in inspector_app_{lang}.ts: {gone[:10]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_translation_is_unfinished(fresh, lang):
    todo = [key for key, translation in _messages(fresh[lang]).items() if _unfinished(translation)]
    assert not todo, f"{len(todo)} unfinished in {lang} (scripts/fill_translations.py --list): {todo[:10]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_are_kept(lang):
    wrong = [(context, source) for (context, source), translation in _messages(TS_DIR / f"inspector_app_{lang}.ts").items()
             if translation is not None and any(sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source))
                                                for text in _texts(translation))]
    assert not wrong, f"{lang}: placeholders differ from the source: {wrong[:10]}"


@pytest.mark.parametrize("lang", ("kk", "ru"))
def test_nothing_is_left_in_english(lang):
    left = [source for (_c, source), translation in _messages(TS_DIR / f"inspector_app_{lang}.ts").items()
            if translation is not None and translation.text == source and re.search(r"[a-z]{3}", source)
            and not SAME_IN_ENGLISH.match(source)]
    assert not left, f"{lang}: {len(left)} translation(s) are the English source: {left[:10]}"


def test_kazakh_is_not_the_russian_text():
    kk = _messages(TS_DIR / "inspector_app_kk.ts")
    ru = _messages(TS_DIR / "inspector_app_ru.ts")
    same = [source for key, translation in kk.items() if len(re.findall(r"[A-Za-z]{2,}", source := key[1])) >= 3
            and not _unfinished(translation) and ru.get(key) is not None and _texts(translation) == _texts(ru[key])]
    assert not same, f"{len(same)} Kazakh translation(s) are the Russian text: {same[:10]}"
    sentences = [" ".join(_texts(t)) for (_c, s), t in kk.items() if t is not None and len(s.split()) >= 4]
    with_letters = [text for text in sentences if KAZAKH_LETTERS & set(text)]
    assert len(with_letters) > 0.8 * len(sentences), "most Kazakh sentences have Kazakh letters"


def test_the_check_finds_a_string_added_to_the_code(tmp_path):
    """The comparison above is not vacuous: a new tr() in a source file shows up as missing and unfinished."""
    source = tmp_path / "probe.py"
    source.write_text("from PySide6.QtCore import QCoreApplication\n"
                      "QCoreApplication.translate('Probe', 'A string nobody has translated')\n", encoding="utf-8")
    target = tmp_path / "inspector_app_kk.ts"
    shutil.copy(TS_DIR / target.name, target)
    subprocess.run([str(_lupdate()), "-silent", "-no-obsolete", "-source-language", "en", "-target-language", "kk",
                    str(source), "-ts", str(target)], check=True)
    messages = _messages(target)
    assert _unfinished(messages[("Probe", "A string nobody has translated")])
