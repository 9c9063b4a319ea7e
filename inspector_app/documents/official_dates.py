"""Dates as official documents write them, in Kazakh and Russian.

Kazakh has two forms. The official (attributive) one stands before the noun it dates, as in
«2026 жылғы 22 қарашадағы № 12 акт»: the month takes the locative and the attributive suffix
(-дағы, -дегі, -тағы, -тегі), chosen by the month name's vowel harmony (its last back or front
vowel) and its last sound (-т- after a voiceless consonant, -д- otherwise). The plain form keeps
the month as it is: «2026 жылғы 22 қараша». Russian writes «22 ноября 2026 года» in both cases,
with the month in the genitive.

The month names, the four suffixes, the letter classes and the patterns are in
`resources/templates/dates/<lang>.json`; code only picks among them.
"""

from __future__ import annotations

import logging
from datetime import date

from inspector_app.documents.templates import DocumentTexts, TemplateError, load_texts

logger = logging.getLogger(__name__)

LANGUAGES = ("kk", "ru")


def _texts(lang: str) -> DocumentTexts:
    if lang not in LANGUAGES:
        raise TemplateError(f"Dates are written in Kazakh (kk) or Russian (ru), not '{lang}'",
                            code="template_language", lang=lang)
    return load_texts("dates", lang)


def month_name(month: int, lang: str) -> str:
    """The month as a date writes it: Kazakh nominative (қараша), Russian genitive (ноября)."""
    if not 1 <= month <= 12:
        raise ValueError(f"not a month: {month}")
    return _texts(lang).items("months", 12)[month - 1]


def attributive_suffix(word: str, texts: DocumentTexts) -> str:
    """The Kazakh locative + attributive suffix a word takes (қараша -> дағы, қыркүйек -> тегі)."""
    back, front = texts.text("back_vowels"), texts.text("front_vowels")
    letters = word.lower()
    vowel = next((ch for ch in reversed(letters) if ch in back or ch in front), "")
    if not vowel:
        raise ValueError(f"no vowel to harmonise with in {word!r}")
    voiceless = letters[-1] in texts.text("voiceless_consonants")
    key = ("back" if vowel in back else "front") + ("_voiceless" if voiceless else "_voiced")
    return texts.text(f"attributive_suffix.{key}")


def attributive_month(month: int) -> str:
    """The Kazakh month with its attributive suffix: қаңтардағы, сәуірдегі, қыркүйектегі, ..."""
    texts = _texts("kk")
    name = month_name(month, "kk")
    return name + attributive_suffix(name, texts)


def official_date(value: date, lang: str) -> str:
    """«2026 жылғы 22 қарашадағы» (kk, before the noun it dates) or «22 ноября 2026 года» (ru)."""
    texts = _texts(lang)
    if lang == "kk":
        month = attributive_month(value.month)
    else:
        month = month_name(value.month, lang)
    return texts.text("official", day=value.day, month=month, year=value.year)


def plain_date(value: date, lang: str) -> str:
    """«2026 жылғы 22 қараша» (kk) or «22 ноября 2026 года» (ru)."""
    return _texts(lang).text("plain", day=value.day, month=month_name(value.month, lang), year=value.year)
