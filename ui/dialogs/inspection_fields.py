"""Fields shared by the inspection dialogs: dates with a calendar popup, and the inspectors one may name."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from inspector_app.domain.journal import JournalFilter
from inspector_app.domain.roles import Permission, Role, allows
from inspector_app.errors import AppError


def inspectors_known(ctx, user) -> dict[int, tuple[str, str]]:
    """{user id: (full name, position)} of the active inspectors `user` may name in an inspection.

    Whoever may list users gets the active inspectors and the head; an inspector may not list users, so they
    get themselves and the colleagues the journal names (everyone who ever received a recorder)."""
    if allows(user.role, Permission.VIEW_USERS):
        return {u.id: (u.full_name, u.position) for u in ctx.users.list(user, include_inactive=False)
                if u.role in (Role.INSPECTOR, Role.HEAD)}
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
