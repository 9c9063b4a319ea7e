"""Display names for the audit trail and the integrity verification, translated at display time: the kinds
of audit events, the kinds of checks a verification makes, and why the PC clock is not trusted."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from inspector_app.domain.audit import AuditKind

logger = logging.getLogger(__name__)

_KINDS = {
    AuditKind.LOGIN: QT_TRANSLATE_NOOP("AuditLabels", "Sign-in"),
    AuditKind.LOGIN_FAILED: QT_TRANSLATE_NOOP("AuditLabels", "Failed sign-in"),
    AuditKind.LOCKOUT: QT_TRANSLATE_NOOP("AuditLabels", "Account locked"),
    AuditKind.LOGOUT: QT_TRANSLATE_NOOP("AuditLabels", "Sign-out"),
    AuditKind.PASSWORD_CHANGED: QT_TRANSLATE_NOOP("AuditLabels", "Password changed"),
    AuditKind.USER_CHANGED: QT_TRANSLATE_NOOP("AuditLabels", "User changed"),
    AuditKind.RECORDER_CHANGED: QT_TRANSLATE_NOOP("AuditLabels", "Recorder changed"),
    AuditKind.ISSUE: QT_TRANSLATE_NOOP("AuditLabels", "Recorder issued"),
    AuditKind.RETURN: QT_TRANSLATE_NOOP("AuditLabels", "Recorder returned"),
    AuditKind.FAULT: QT_TRANSLATE_NOOP("AuditLabels", "Fault report"),
    AuditKind.CORRECTION: QT_TRANSLATE_NOOP("AuditLabels", "Journal correction"),
    AuditKind.VOLUME: QT_TRANSLATE_NOOP("AuditLabels", "Journal volume"),
    AuditKind.DOCK: QT_TRANSLATE_NOOP("AuditLabels", "Recorder docked"),
    AuditKind.INGEST: QT_TRANSLATE_NOOP("AuditLabels", "Recording stored"),
    AuditKind.VIEW: QT_TRANSLATE_NOOP("AuditLabels", "Recording viewed"),
    AuditKind.EXPORT: QT_TRANSLATE_NOOP("AuditLabels", "Export"),
    AuditKind.ACCESS_DENIED: QT_TRANSLATE_NOOP("AuditLabels", "Access refused"),
    AuditKind.SETTINGS_CHANGED: QT_TRANSLATE_NOOP("AuditLabels", "Setting changed"),
    AuditKind.DESTRUCTION: QT_TRANSLATE_NOOP("AuditLabels", "Recording destroyed"),
    AuditKind.VERIFICATION: QT_TRANSLATE_NOOP("AuditLabels", "Integrity verification"),
    AuditKind.CLOCK_ANOMALY: QT_TRANSLATE_NOOP("AuditLabels", "PC clock anomaly"),
    AuditKind.CLOCK_CONFIRMED: QT_TRANSLATE_NOOP("AuditLabels", "PC clock confirmed"),
    AuditKind.KEY_CREATED: QT_TRANSLATE_NOOP("AuditLabels", "Installation key created"),
}

# The kinds of `IntegrityReport.checked` and `Problem.kind` (services/verification.py KINDS).
_CHECKS = {
    "recordings": QT_TRANSLATE_NOOP("AuditLabels", "Recordings"),
    "files": QT_TRANSLATE_NOOP("AuditLabels", "Stored files"),
    "seals": QT_TRANSLATE_NOOP("AuditLabels", "Seals"),
    "chain": QT_TRANSLATE_NOOP("AuditLabels", "Audit trail"),
    "journal": QT_TRANSLATE_NOOP("AuditLabels", "Journal signatures"),
    "tokens": QT_TRANSLATE_NOOP("AuditLabels", "Time-stamps"),
}

# `ClockState.reason` (services/clock_guard.py).
_CLOCK_REASONS = {
    "backwards": QT_TRANSLATE_NOOP("AuditLabels", "it ran backwards past the latest time already recorded"),
    "far_ahead": QT_TRANSLATE_NOOP("AuditLabels", "it jumped far ahead of the latest time recorded"),
    "jumped_back": QT_TRANSLATE_NOOP("AuditLabels", "it was moved back while the program was running"),
    "jumped_ahead": QT_TRANSLATE_NOOP("AuditLabels", "it was moved ahead while the program was running"),
    "trusted_time": QT_TRANSLATE_NOOP("AuditLabels", "it differs from the trusted time of the time-stamp authority"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditLabels", text)


def audit_kinds() -> list[AuditKind]:
    """Every kind, in the order the filter offers them."""
    return list(_KINDS)


def audit_kind_label(kind: AuditKind) -> str:
    return _tr(_KINDS[kind]) if kind in _KINDS else kind.value


def check_kinds() -> list[str]:
    return list(_CHECKS)


def check_kind_label(kind: str) -> str:
    return _tr(_CHECKS[kind]) if kind in _CHECKS else kind


def clock_reason_label(reason: str) -> str:
    return _tr(_CLOCK_REASONS[reason]) if reason in _CLOCK_REASONS else reason
