"""Official date forms: the Kazakh attributive month of each month, the plain form, the Russian genitive."""

from __future__ import annotations

from datetime import date

import pytest

from inspector_app.documents.official_dates import attributive_month, month_name, official_date, plain_date
from inspector_app.documents.templates import TemplateError

# Checked one by one against the rule (last vowel: back or front; last sound: voiceless or not).
ATTRIBUTIVE = ["қаңтардағы", "ақпандағы", "наурыздағы", "сәуірдегі", "мамырдағы", "маусымдағы", "шілдедегі",
               "тамыздағы", "қыркүйектегі", "қазандағы", "қарашадағы", "желтоқсандағы"]
RU_GENITIVE = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
               "ноября", "декабря"]


@pytest.mark.parametrize("month", range(1, 13))
def test_each_kazakh_month_takes_its_attributive_suffix(month):
    assert attributive_month(month) == ATTRIBUTIVE[month - 1]


def test_kazakh_official_and_plain_forms():
    day = date(2026, 11, 22)
    assert official_date(day, "kk") == "2026 жылғы 22 қарашадағы"
    assert plain_date(day, "kk") == "2026 жылғы 22 қараша"
    assert official_date(date(2026, 9, 3), "kk") == "2026 жылғы 3 қыркүйектегі"
    assert official_date(date(2027, 7, 1), "kk") == "2027 жылғы 1 шілдедегі"


@pytest.mark.parametrize("month", range(1, 13))
def test_russian_months_are_genitive(month):
    assert month_name(month, "ru") == RU_GENITIVE[month - 1]


def test_russian_form():
    assert official_date(date(2026, 11, 22), "ru") == "22 ноября 2026 года"
    assert plain_date(date(2026, 3, 8), "ru") == "8 марта 2026 года"


def test_unknown_language_and_month_are_refused():
    with pytest.raises(TemplateError):
        official_date(date(2026, 1, 1), "en")
    with pytest.raises(ValueError):
        month_name(13, "kk")
