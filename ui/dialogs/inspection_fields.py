"""Fields shared by the inspection dialogs: dates with a calendar popup, and the inspectors one may name."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from inspector_app.domain.journal import JournalFilter
from inspector_app.errors import AppError


def inspectors_known(ctx, user) -> dict[int, tuple[str, str]]:
    """{user id: (full name, position)} of the active inspectors `user` may name in an inspection.

    The service lists them for whoever works on inspections (an inspector may not list the users otherwise);
    should that fail, the person themselves and the colleagues the journal names."""
    try:
        return {user_id: (name, position) for user_id, name, position in ctx.inspections.inspectors(user)}
    except AppError:
        pass
    known = {user.id: (user.full_name, user.position)}
    try:
        for row in ctx.journal.rows(user, JournalFilter(), 0, 1000):
            known.setdefault(row.entry.user_id, (row.entry.user_full_name, ""))
    except AppError:
        pass
    return known


def date_edit(object_name: str, value: date | None = None) -> QDateEdit:
    edit = QDateEdit(objectName=object_name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    if value is not None:
        edit.setDate(QDate(value.year, value.month, value.day))
    return edit


def date_of(edit: QDateEdit) -> date:
    return edit.date().toPython()
