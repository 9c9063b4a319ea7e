"""Display names of domain values (roles, statuses, history kinds), translated at display time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from inspector_app.domain.recorders import HistoryKind, RecorderStatus
from inspector_app.domain.roles import Role

_ROLES = {
    Role.HEAD: QT_TRANSLATE_NOOP("Labels", "Head of the unit"),
    Role.RESPONSIBLE: QT_TRANSLATE_NOOP("Labels", "Responsible person"),
    Role.INSPECTOR: QT_TRANSLATE_NOOP("Labels", "State inspector"),
}
_STATUSES = {
    RecorderStatus.IN_STORE: QT_TRANSLATE_NOOP("Labels", "In store"),
    RecorderStatus.ISSUED: QT_TRANSLATE_NOOP("Labels", "Issued"),
    RecorderStatus.FAULTY: QT_TRANSLATE_NOOP("Labels", "Faulty"),
    RecorderStatus.UNDER_REPAIR: QT_TRANSLATE_NOOP("Labels", "Under repair"),
    RecorderStatus.WRITTEN_OFF: QT_TRANSLATE_NOOP("Labels", "Written off"),
}
_HISTORY = {
    HistoryKind.REGISTERED: QT_TRANSLATE_NOOP("Labels", "Registered"),
    HistoryKind.EDITED: QT_TRANSLATE_NOOP("Labels", "Details changed"),
    HistoryKind.STATUS: QT_TRANSLATE_NOOP("Labels", "Status changed"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def role_label(role: Role) -> str:
    return _tr(_ROLES[role])


def status_label(status: RecorderStatus | None) -> str:
    return "" if status is None else _tr(_STATUSES[status])


def history_label(kind: HistoryKind) -> str:
    return _tr(_HISTORY[kind])
