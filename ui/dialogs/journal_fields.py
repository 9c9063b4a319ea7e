"""Pieces the journal dialogs share: recorder and purpose combos, the entry summary, dates in the unit's zone.

Times are stored in UTC and shown in the unit's time zone (a unit setting, not the PC's zone). A date-time
edit here holds the unit's wall-clock time in a UTC-spec `QDateTime`, so neither Qt nor the PC's own zone
shifts it; `to_wall_clock` / `from_wall_clock` convert through `zoneinfo`.
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import QComboBox, QDateTimeEdit

from inspector_app.domain.journal import JournalRow, Purpose
from inspector_app.domain.recorders import Recorder
from inspector_app.timezones import to_local, zone
from ui.formats import date_format, format_local, time_format
from ui.labels import purpose_label, status_label



def recorder_text(recorder: Recorder, with_status: bool = False) -> str:
    text = recorder.inventory_number + (f" — {recorder.model}" if recorder.model else "")
    return f"{text} ({status_label(recorder.status)})" if with_status else text


def fill_recorders(combo: QComboBox, recorders: list[Recorder], with_status: bool = False) -> None:
    """Refill with `recorders`, keeping the chosen one if it is still there."""
    chosen = combo.currentData()
    combo.clear()
    for recorder in recorders:
        combo.addItem(recorder_text(recorder, with_status), recorder.id)
    combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)


def fill_purposes(combo: QComboBox) -> None:
    """The purposes of п.4 in the interface language, keeping the chosen one."""
    chosen = combo.currentData()
    combo.clear()
    for purpose in Purpose:
        combo.addItem(purpose_label(purpose), purpose.value)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))


def entry_summary(row: JournalRow, zone_name: str) -> str:
    """The entry as a line of the journal: number, recorder, user, when issued (and returned)."""
    entry = row.entry
    text = QCoreApplication.translate(
        "JournalDialogs", "Entry № {0} (volume {1}): recorder {2}, {3}, issued {4}").format(
        entry.number, row.volume_number, entry.inventory_number, entry.user_full_name,
        format_local(entry.at, zone_name))
    if row.returned is not None:
        text += QCoreApplication.translate("JournalDialogs", ", returned {0}").format(
            format_local(row.returned.returned_at, zone_name))
    return text


def to_wall_clock(value: datetime, zone_name: str) -> QDateTime:
    local = to_local(value, zone_name)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second),
                     QTimeZone.utc())


def from_wall_clock(value: QDateTime, zone_name: str) -> datetime:
    """The UTC time of a wall-clock time in the unit's zone."""
    day, time = value.date(), value.time()
    local = datetime(day.year(), day.month(), day.day(), time.hour(), time.minute(), time.second())
    return local.replace(tzinfo=zone(zone_name)).astimezone(timezone.utc)


def datetime_edit(object_name: str, value: datetime, zone_name: str, latest: datetime | None = None) -> QDateTimeEdit:
    """A date-time edit showing `value` in the unit's zone; `latest` (UTC) caps it, e.g. at now."""
    edit = QDateTimeEdit(objectName=object_name)
    edit.setTimeZone(QTimeZone.utc())
    edit.setDisplayFormat(f"{date_format()} {time_format(seconds=True)}")  # the language's form
    edit.setCalendarPopup(True)
    if latest is not None:
        edit.setMaximumDateTime(to_wall_clock(latest, zone_name))
    edit.setDateTime(to_wall_clock(value, zone_name))
    return edit
