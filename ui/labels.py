"""Display names of domain values (roles, statuses, history kinds, journal values), translated at display time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from inspector_app.domain.journal import Purpose, RemarkKind, RowState, SignerRole
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
_PURPOSES = {  # п.4
    Purpose.PREVENTIVE_VISIT: QT_TRANSLATE_NOOP("Labels", "Preventive control with a visit"),
    Purpose.INSPECTION: QT_TRANSLATE_NOOP("Labels", "Inspection"),
    Purpose.INVESTIGATION: QT_TRANSLATE_NOOP("Labels", "Investigation"),
    Purpose.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}
_ROW_STATES = {
    RowState.OPEN: QT_TRANSLATE_NOOP("Labels", "Not returned"),
    RowState.RETURNED_NOT_STORED: QT_TRANSLATE_NOOP("Labels", "Returned, not yet stored"),
    RowState.STORED: QT_TRANSLATE_NOOP("Labels", "Stored"),
    RowState.FAULT: QT_TRANSLATE_NOOP("Labels", "Fault report"),
    RowState.STRUCK: QT_TRANSLATE_NOOP("Labels", "Struck through"),
}
_REMARK_KINDS = {
    RemarkKind.CORRECTION: QT_TRANSLATE_NOOP("Labels", "Correction"),
    RemarkKind.FAULT: QT_TRANSLATE_NOOP("Labels", "Fault"),
    RemarkKind.BATTERY_OVERRIDE: QT_TRANSLATE_NOOP("Labels", "Issued with a low battery"),
    RemarkKind.CONDITION: QT_TRANSLATE_NOOP("Labels", "Condition"),
    RemarkKind.NOTE: QT_TRANSLATE_NOOP("Labels", "Note"),
}
_SIGNER_ROLES = {
    SignerRole.RECIPIENT: QT_TRANSLATE_NOOP("Labels", "Received the recorder"),
    SignerRole.ISSUER: QT_TRANSLATE_NOOP("Labels", "Issued the recorder"),
    SignerRole.RETURNER: QT_TRANSLATE_NOOP("Labels", "Returned the recorder"),
    SignerRole.RECEIVER: QT_TRANSLATE_NOOP("Labels", "Received it back"),
    SignerRole.AUTHOR: QT_TRANSLATE_NOOP("Labels", "Author"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def role_label(role: Role) -> str:
    return _tr(_ROLES[role])


def status_label(status: RecorderStatus | None) -> str:
    return "" if status is None else _tr(_STATUSES[status])


def history_label(kind: HistoryKind) -> str:
    return _tr(_HISTORY[kind])


def purpose_label(purpose: Purpose | None) -> str:
    return "" if purpose is None else _tr(_PURPOSES[purpose])


def row_state_label(state: RowState) -> str:
    return _tr(_ROW_STATES[state])


def remark_kind_label(kind: RemarkKind) -> str:
    return _tr(_REMARK_KINDS[kind])


def signer_role_label(role: SignerRole) -> str:
    return _tr(_SIGNER_ROLES[role])
