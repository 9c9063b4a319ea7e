"""Dates, times, numbers and sizes on screen in the form of the interface language (`QLocale()`).

The language switch sets Qt's default locale (kk, ru or en), and everything the window shows goes through
here: dates and times in the locale's short form of Kazakh and Russian (02.12.2026 14:05; the English
interface keeps the same day-first form, being the same office's), numbers with the language's digit
groups and decimal sign (1 234 567 and 1,5 МБ in kk and ru; 1,234,567 and 1.5 MB in English). The year
always has four digits (Qt's short Kazakh form has two, which official papers never use). Printed documents keep the form the order's
papers use whatever the language: that is `inspector_app.timezones.format_local`, not this.

`format_local` takes the same arguments as the domain's function, so a strftime pattern still says which
parts are wanted: `%d`/`%m`/`%Y` a date, `%H`/`%M` a time, `%S` with seconds.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QT_TRANSLATE_NOOP, QTime

from inspector_app.timezones import to_local

DEFAULT_PATTERN = "%d.%m.%Y %H:%M"
DAY_FIRST, HOURS_MINUTES = "dd.MM.yyyy", "HH:mm"
_UNITS = {
    "kB": QT_TRANSLATE_NOOP("Units", "kB"),
    "MB": QT_TRANSLATE_NOOP("Units", "MB"),
    "GB": QT_TRANSLATE_NOOP("Units", "GB"),
}


def _own_form(locale: QLocale) -> bool:
    """Kazakh and Russian dates and times follow their locale; the English interface is the same office's, in
    Kazakhstan, and keeps the country's day-first form rather than the American one."""
    return locale.language() in (QLocale.Language.Kazakh, QLocale.Language.Russian)


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date form with a four-digit year: dd.MM.yyyy in kk and ru (and in English)."""
    locale = locale or QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat) if _own_form(locale) else DAY_FIRST
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def time_format(seconds: bool = False, locale: QLocale | None = None) -> str:
    """The locale's short time form (HH:mm), with seconds after the minutes when asked."""
    locale = locale or QLocale()
    pattern = locale.timeFormat(QLocale.FormatType.ShortFormat) if _own_form(locale) else HOURS_MINUTES
    if seconds and "ss" not in pattern:
        pattern = pattern.replace("mm", "mm:ss", 1)
    return pattern


def format_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def format_time(value: datetime, seconds: bool = False) -> str:
    return QLocale().toString(QTime(value.hour, value.minute, value.second), time_format(seconds))


def format_local(value: datetime | None, zone_name: str, pattern: str = DEFAULT_PATTERN) -> str:
    """A stored UTC time in the unit's zone, in the interface language's form; empty for None."""
    if value is None:
        return ""
    local = to_local(value, zone_name)
    wants_date = any(part in pattern for part in ("%d", "%m", "%Y", "%y"))
    wants_time = any(part in pattern for part in ("%H", "%M", "%I"))
    parts = []
    if wants_date:
        parts.append(format_date(local))
    if wants_time:
        parts.append(format_time(local, seconds="%S" in pattern))
    return " ".join(parts)


def format_number(value: int | float, decimals: int | None = None) -> str:
    """Digits grouped and the decimal sign of the language: 1 234 567; 1,5 (kk, ru), 1,234,567; 1.5 (en)."""
    locale = QLocale()
    if decimals is None and isinstance(value, int):
        return locale.toString(value)
    return locale.toString(float(value), "f", 1 if decimals is None else decimals)


def format_size(size: int) -> str:
    """Decimal units, as recorders and file managers show them: kB below a megabyte, GB from a gigabyte."""
    if size >= 1_000_000_000:
        number, unit = format_number(size / 1e9, 2), "GB"
    elif size >= 1_000_000:
        number, unit = format_number(size / 1e6, 1), "MB"
    else:
        number, unit = format_number(max(size, 0) / 1e3, 0), "kB"
    return f"{number} {QCoreApplication.translate('Units', _UNITS[unit])}"
