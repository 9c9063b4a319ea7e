"""Dates, times, numbers and sizes on screen follow the interface language (ui/formats.py)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import QLocale

from ui.formats import date_format, format_date, format_local, format_number, format_size, time_format

STORED = datetime(2026, 12, 2, 9, 5, 7, tzinfo=timezone.utc)  # 14:05:07 in Almaty


@pytest.fixture
def locale():
    before = QLocale()

    def use(lang: str) -> None:
        QLocale.setDefault(QLocale(lang))

    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_dates_are_day_first_with_four_digit_years(locale, lang):
    locale(lang)
    assert date_format() == "dd.MM.yyyy" and time_format() == "HH:mm" and time_format(True) == "HH:mm:ss"
    assert format_local(STORED, "Asia/Almaty") == "02.12.2026 14:05"
    assert format_local(STORED, "Asia/Almaty", "%d.%m.%Y %H:%M:%S") == "02.12.2026 14:05:07"
    assert format_local(STORED, "Asia/Almaty", "%d.%m.%Y") == "02.12.2026"
    assert format_local(STORED, "Asia/Almaty", "%H:%M:%S") == "14:05:07"
    assert format_date(date(2027, 1, 9)) == "09.01.2027" and format_local(None, "Asia/Almaty") == ""


def test_the_kazakh_locale_gives_a_two_digit_year_which_is_widened():
    assert QLocale("kk").dateFormat(QLocale.FormatType.ShortFormat) == "dd.MM.yy"
    assert date_format(QLocale("kk")) == "dd.MM.yyyy"


def test_numbers_and_sizes_in_the_languages_form(locale, qapp):
    from ui.i18n import LanguageManager

    languages = LanguageManager(qapp)
    try:
        languages.install("kk")
        assert format_number(1234567) == "1\u00a0234\u00a0567" and format_number(1.5) == "1,5"
        assert format_size(1_500_000) == "1,5 МБ" and format_size(2_340_000_000) == "2,34 ГБ"
        assert format_size(999) == "1 кБ"
        languages.install("ru")
        assert format_size(1_500_000) == "1,5 МБ"
        languages.install("en")
        assert format_number(1234567) == "1,234,567" and format_size(1_500_000) == "1.5 MB"
    finally:
        languages.install("en")
