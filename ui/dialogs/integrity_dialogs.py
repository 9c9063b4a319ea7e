"""The dialogs of the audit page: what to verify (everything, or the rolling check of the recordings not
verified in N days), the report of a verification (all in order, or each problem on its own line under
the kind of check that found it), and the head's confirmation of the PC clock with a note."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.audit_labels import check_kind_label, check_kinds, clock_reason_label
from ui.dialogs.form_dialog import FormDialog
from ui.formats import format_size
from ui.widgets import Retranslatable

logger = logging.getLogger(__name__)


class VerifyOptionsDialog(Retranslatable, QDialog):
    """`result_value`: None for everything, else the number of days of the rolling check."""

    def __init__(self, rolling_days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyOptionsDialog")
        self.setMinimumWidth(480)
        self.result_value: int | None = None
        self.explanation = QLabel(objectName="verifyExplanation", wordWrap=True)
        self.everything = QRadioButton(objectName="verifyEverything", checked=True)
        self.rolling = QRadioButton(objectName="verifyRolling")
        self.days = QSpinBox(objectName="verifyDays", minimum=1, maximum=3650, value=max(1, rolling_days))
        self.days.setEnabled(False)
        self.rolling.toggled.connect(self.days.setEnabled)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        rolling_row = QHBoxLayout()
        rolling_row.addWidget(self.rolling)
        rolling_row.addWidget(self.days)
        rolling_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.everything)
        layout.addLayout(rolling_row)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Verify the store"))
        self.explanation.setText(self.tr(
            "Every stored file is read again and hashed, and its seal, the audit trail, the journal's signatures "
            "and the time-stamps are checked. On a large store this takes minutes; the program stays usable and "
            "the check can be cancelled."))
        self.everything.setText(self.tr("Everything"))
        self.rolling.setText(self.tr("Rolling check: recordings not verified in this many days"))
        self.days.setAccessibleName(self.rolling.text())  # the number it speaks of
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))

    def _on_ok(self) -> None:
        self.result_value = self.days.value() if self.rolling.isChecked() else None
        self.accept()


def _tr(text: str) -> str:
    return QCoreApplication.translate("IntegrityReport", text)


CANCELLED = QT_TRANSLATE_NOOP("IntegrityReport", "The verification was cancelled before it ended.")
PROBLEMS = QT_TRANSLATE_NOOP("IntegrityReport", "Problems found: {0}")
ALL_OK = QT_TRANSLATE_NOOP("IntegrityReport", "OK: everything is in order, no problem found.")
CHECKED = QT_TRANSLATE_NOOP("IntegrityReport", "Checked:")
REHASHED = QT_TRANSLATE_NOOP("IntegrityReport", "Re-hashed: {0}")
PENDING = QT_TRANSLATE_NOOP("IntegrityReport", "Time-stamps still pending: {0}")
RECORDED = QT_TRANSLATE_NOOP("IntegrityReport", "Recorded in the audit trail as event No. {0}.")


def report_text(report) -> str:
    """The report of a verification as lines: the verdict, what was checked, then the problems by kind.
    The problems' own texts are the service's (English), as the audit trail records them."""
    lines = []
    if report.cancelled:
        lines.append(_tr(CANCELLED))
    if report.problems:
        lines.append(_tr(PROBLEMS).format(len(report.problems)))
    elif not report.cancelled:
        lines.append(_tr(ALL_OK))
    lines += ["", _tr(CHECKED)]
    lines += [f"  {check_kind_label(kind)}: {report.checked.get(kind, 0)}" for kind in check_kinds()]
    lines.append(_tr(REHASHED).format(format_size(report.bytes_hashed)))
    if report.pending_tokens:
        lines.append(_tr(PENDING).format(report.pending_tokens))
    for kind in check_kinds():
        found = [p for p in report.problems if p.kind == kind]
        if found:
            lines += ["", f"{check_kind_label(kind)} ({len(found)}):"]
            lines += [f"  • {p.subject}: {p.text}" for p in found]
    others = [p for p in report.problems if p.kind not in check_kinds()]
    if others:
        lines += [""] + [f"  • {p.subject}: {p.text}" for p in others]
    if report.event_seq is not None:
        lines += ["", _tr(RECORDED).format(report.event_seq)]
    return "\n".join(lines)


class IntegrityReportDialog(Retranslatable, QDialog):
    def __init__(self, report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("integrityReportDialog")
        self.report = report
        self.resize(720, 460)
        self.verdict = QLabel(objectName="integrityVerdict", wordWrap=True)
        self.text = QPlainTextEdit(objectName="integrityReportText", readOnly=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Verification report"))
        self.text.setAccessibleName(self.tr("Verification report"))
        report = self.report
        if report.ok:
            self.verdict.setText(self.tr("OK: the store, the audit trail and the journal are intact."))
            self.verdict.setStyleSheet("color: #1b6e20; font-weight: bold;")
        else:
            self.verdict.setText(_tr(PROBLEMS).format(len(report.problems)) if report.problems else _tr(CANCELLED))
            self.verdict.setStyleSheet("color: #b00020; font-weight: bold;")
        self.text.setPlainText(report_text(report))


class ConfirmClockDialog(FormDialog):
    """The head accepts the PC clock as it is now, with a note of how it was checked."""

    def __init__(self, ctx, user, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmClockDialog")
        self.ctx, self.user, self.state = ctx, user, state
        self.explanation = QLabel(objectName="confirmClockExplanation", wordWrap=True)
        self.form.addRow(self.explanation)
        self.note = self.add_row(QPlainTextEdit(objectName="confirmClockNote"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.note.textChanged.connect(self._update_ok)
        self.retranslate()
        self._update_ok()

    def retranslate(self) -> None:
        from ui.formats import format_local

        self.setWindowTitle(self.tr("Confirm the PC clock"))
        zone = self.ctx.timezone()
        self.explanation.setText(self.tr(
            "The PC clock is not trusted: {0}. Check it against a trusted source (an exact-time service, a "
            "mobile phone network) and set it right first. PC clock now: {1}.").format(
            clock_reason_label(self.state.reason), format_local(self.ctx.clock.now(), zone, "%d.%m.%Y %H:%M:%S")))
        self.set_label(self.note, self.tr("How it was checked"))

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.note.toPlainText().strip()))

    def submit(self):
        return self.ctx.clock_guard.confirm(self.user, self.note.toPlainText())
