"""A "from day … to day" filter in the unit's time zone, shared by the pages that filter by date (the audit
trail, the footage): two check boxes, each enabling its calendar; the bounds are local days, the end
inclusive, turned into UTC moments for the services."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit

from inspector_app.timezones import to_local, zone

DAYS_BACK = 30  # where the "from" calendar opens


def local_day_start(day: date, zone_name: str) -> datetime:
    """The UTC time at which `day` starts in the unit's time zone."""
    return datetime.combine(day, time(0, 0), zone(zone_name)).astimezone(timezone.utc)


class DayRange:
    def __init__(self, prefix: str, today: datetime, timezone: str, changed) -> None:
        """`prefix` names the widgets (`<prefix>DateFromCheck`, `<prefix>DateFrom`, …); `changed()` is called
        when a bound is switched on or off, or a bound that is on moves."""
        self.timezone = timezone
        day = QDate(to_local(today, timezone).date())
        self.from_check = QCheckBox(objectName=f"{prefix}DateFromCheck")
        self.from_edit = QDateEdit(day.addDays(-DAYS_BACK), objectName=f"{prefix}DateFrom", calendarPopup=True)
        self.to_check = QCheckBox(objectName=f"{prefix}DateToCheck")
        self.to_edit = QDateEdit(day, objectName=f"{prefix}DateTo", calendarPopup=True)
        for check, edit in ((self.from_check, self.from_edit), (self.to_check, self.to_edit)):
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda *_: changed())
            edit.dateChanged.connect(lambda *_, c=check: c.isChecked() and changed())

    def widgets(self) -> tuple:
        return self.from_check, self.from_edit, self.to_check, self.to_edit

    def bounds(self) -> tuple[datetime | None, datetime | None]:
        """(start of the first day, start of the day after the last), in UTC; None where a bound is off."""
        date_from = date_to = None
        if self.from_check.isChecked():
            date_from = local_day_start(self.from_edit.date().toPython(), self.timezone)
        if self.to_check.isChecked():
            date_to = local_day_start(self.to_edit.date().toPython() + timedelta(days=1), self.timezone)
        return date_from, date_to
