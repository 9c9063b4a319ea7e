"""A "from day … to day" filter in the unit's time zone, shared by the pages that filter by date (the audit
trail, the footage): two check boxes, each enabling its calendar; the bounds are local days, the end
inclusive, turned into UTC moments for the services."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent
from PySide6.QtWidgets import QCheckBox, QDateEdit

from inspector_app.timezones import to_local, zone

DAYS_BACK = 30  # where the "from" calendar opens


class DayEdit(QDateEdit):
    """A bound's calendar, named for a screen reader in the interface language (its check box beside it is
    no label of it)."""

    def __init__(self, day: QDate, name: str, accessible: str) -> None:
        super().__init__(day, objectName=name, calendarPopup=True)
        self.accessible = accessible
        self.setAccessibleName(QCoreApplication.translate("DayRange", accessible))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(QCoreApplication.translate("DayRange", self.accessible))
        super().changeEvent(event)


FIRST_DAY = QT_TRANSLATE_NOOP("DayRange", "First day")
LAST_DAY = QT_TRANSLATE_NOOP("DayRange", "Last day")


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
        self.from_edit = DayEdit(day.addDays(-DAYS_BACK), f"{prefix}DateFrom", FIRST_DAY)
        self.to_check = QCheckBox(objectName=f"{prefix}DateToCheck")
        self.to_edit = DayEdit(day, f"{prefix}DateTo", LAST_DAY)
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
