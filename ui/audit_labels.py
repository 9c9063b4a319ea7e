"""Display names for the audit trail and the integrity verification, translated at display time: the kinds
of audit events, the kinds of checks a verification makes, and why the PC clock is not trusted."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from inspector_app.domain.audit import AuditKind

logger = logging.getLogger(__name__)

# By the stored value, so that a kind added to the domain later still shows (by its value until named here).
_KINDS = {
    "login": QT_TRANSLATE_NOOP("AuditLabels", "Sign-in"),
    "login_failed": QT_TRANSLATE_NOOP("AuditLabels", "Failed sign-in"),
    "lockout": QT_TRANSLATE_NOOP("AuditLabels", "Account locked"),
    "logout": QT_TRANSLATE_NOOP("AuditLabels", "Sign-out"),
    "password_changed": QT_TRANSLATE_NOOP("AuditLabels", "Password changed"),
    "user_changed": QT_TRANSLATE_NOOP("AuditLabels", "User changed"),
    "recorder_changed": QT_TRANSLATE_NOOP("AuditLabels", "Recorder changed"),
    "issue": QT_TRANSLATE_NOOP("AuditLabels", "Recorder issued"),
    "return": QT_TRANSLATE_NOOP("AuditLabels", "Recorder returned"),
    "fault": QT_TRANSLATE_NOOP("AuditLabels", "Fault report"),
    "correction": QT_TRANSLATE_NOOP("AuditLabels", "Journal correction"),
    "journal_volume": QT_TRANSLATE_NOOP("AuditLabels", "Journal volume"),
    "dock": QT_TRANSLATE_NOOP("AuditLabels", "Recorder docked"),
    "ingest": QT_TRANSLATE_NOOP("AuditLabels", "Recording stored"),
    "view": QT_TRANSLATE_NOOP("AuditLabels", "Recording viewed"),
    "export": QT_TRANSLATE_NOOP("AuditLabels", "Export"),
    "access_denied": QT_TRANSLATE_NOOP("AuditLabels", "Access refused"),
    "settings_changed": QT_TRANSLATE_NOOP("AuditLabels", "Setting changed"),
    "destruction": QT_TRANSLATE_NOOP("AuditLabels", "Recording destroyed"),
    "verification": QT_TRANSLATE_NOOP("AuditLabels", "Integrity verification"),
    "clock_anomaly": QT_TRANSLATE_NOOP("AuditLabels", "PC clock anomaly"),
    "clock_confirmed": QT_TRANSLATE_NOOP("AuditLabels", "PC clock confirmed"),
    "installation_key": QT_TRANSLATE_NOOP("AuditLabels", "Installation key created"),
    "vault": QT_TRANSLATE_NOOP("AuditLabels", "Storage password"),
    "bookmark": QT_TRANSLATE_NOOP("AuditLabels", "Bookmark on a recording"),
    "review_decision": QT_TRANSLATE_NOOP("AuditLabels", "Continuity review decision"),
    "inspection": QT_TRANSLATE_NOOP("AuditLabels", "Inspection or violation changed"),
    "document": QT_TRANSLATE_NOOP("AuditLabels", "Act or prescription issued or signed"),
    "elimination": QT_TRANSLATE_NOOP("AuditLabels", "Violation eliminated"),
    "catalogue": QT_TRANSLATE_NOOP("AuditLabels", "Catalogue of normative acts imported"),
    "retention": QT_TRANSLATE_NOOP("AuditLabels", "Retention rule changed"),
    "legal_hold": QT_TRANSLATE_NOOP("AuditLabels", "Legal hold placed or released"),
    "backup": QT_TRANSLATE_NOOP("AuditLabels", "Backup made or restored"),
    "database_moved": QT_TRANSLATE_NOOP("AuditLabels", "Database moved to a server"),
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
    return list(AuditKind)


def audit_kind_label(kind: AuditKind) -> str:
    return _tr(_KINDS[kind.value]) if kind.value in _KINDS else kind.value


def check_kinds() -> list[str]:
    return list(_CHECKS)


def check_kind_label(kind: str) -> str:
    return _tr(_CHECKS[kind]) if kind in _CHECKS else kind


def clock_reason_label(reason: str) -> str:
    return _tr(_CLOCK_REASONS[reason]) if reason in _CLOCK_REASONS else reason
