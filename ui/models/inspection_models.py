"""Table models of the Inspections section: inspections, their violations, their documents, and the follow-up
of deadlines; with the display names of control kinds, document kinds, languages and follow-up states."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QT_TRANSLATE_NOOP, Qt

from inspector_app.domain.inspections import ControlKind, DocumentKind, FollowUp, Inspection, IssuedDocument
from ui.formats import format_date, format_local
from ui.models.base_table_model import ObjectTableModel

_KINDS = {
    ControlKind.PREVENTIVE_VISIT: QT_TRANSLATE_NOOP("InspectionLabels", "Preventive control with a visit"),
    ControlKind.SCHEDULED: QT_TRANSLATE_NOOP("InspectionLabels", "Risk-based inspection"),
    ControlKind.UNSCHEDULED: QT_TRANSLATE_NOOP("InspectionLabels", "Unscheduled inspection"),
    ControlKind.INVESTIGATION: QT_TRANSLATE_NOOP("InspectionLabels", "Investigation of an accident or incident"),
    ControlKind.COMPLIANCE: QT_TRANSLATE_NOOP("InspectionLabels", "Check of compliance with permit requirements"),
}
_DOCUMENTS = {
    DocumentKind.ACT: QT_TRANSLATE_NOOP("InspectionLabels", "Act"),
    DocumentKind.PRESCRIPTION: QT_TRANSLATE_NOOP("InspectionLabels", "Prescription"),
}
_LANGUAGES = {
    "kk": QT_TRANSLATE_NOOP("InspectionLabels", "Kazakh"),
    "ru": QT_TRANSLATE_NOOP("InspectionLabels", "Russian"),
    "kk+ru": QT_TRANSLATE_NOOP("InspectionLabels", "Kazakh and Russian"),
}
_STATES = {
    FollowUp.DUE: QT_TRANSLATE_NOOP("InspectionLabels", "Due"),
    FollowUp.OVERDUE: QT_TRANSLATE_NOOP("InspectionLabels", "Overdue"),
    FollowUp.ELIMINATED: QT_TRANSLATE_NOOP("InspectionLabels", "Eliminated"),
}
_STATE_COLOURS = {FollowUp.OVERDUE: "#b00020", FollowUp.ELIMINATED: "#2e7d32"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("InspectionLabels", text)


def control_kind_label(kind: ControlKind) -> str:
    return _tr(_KINDS[ControlKind(kind)])


def document_kind_label(kind: DocumentKind) -> str:
    return _tr(_DOCUMENTS[DocumentKind(kind)])


def language_label(lang: str) -> str:
    return _tr(_LANGUAGES.get(lang, lang))


def follow_up_label(state: FollowUp) -> str:
    return _tr(_STATES[FollowUp(state)])


def catalogue_language() -> str:
    """The language of catalogue titles for the interface: Kazakh unless the interface is Russian or English."""
    return "kk" if QLocale().language() == QLocale.Language.Kazakh else "ru"


def _headers(texts) -> list[str]:
    return [QCoreApplication.translate("InspectionModels", text) for text in texts]


_INSPECTION_HEADERS = [
    QT_TRANSLATE_NOOP("InspectionModels", "Subject of control"), QT_TRANSLATE_NOOP("InspectionModels", "BIN/IIN"),
    QT_TRANSLATE_NOOP("InspectionModels", "Facility"), QT_TRANSLATE_NOOP("InspectionModels", "Kind of control"),
    QT_TRANSLATE_NOOP("InspectionModels", "Period"), QT_TRANSLATE_NOOP("InspectionModels", "Lead inspector"),
    QT_TRANSLATE_NOOP("InspectionModels", "Documents issued")]
_VIOLATION_HEADERS = [
    "№", QT_TRANSLATE_NOOP("InspectionModels", "Violation"), QT_TRANSLATE_NOOP("InspectionModels", "Deadline"),
    QT_TRANSLATE_NOOP("InspectionModels", "State"), QT_TRANSLATE_NOOP("InspectionModels", "Requirement")]
_DOCUMENT_HEADERS = [
    QT_TRANSLATE_NOOP("InspectionModels", "Number"), QT_TRANSLATE_NOOP("InspectionModels", "Document"),
    QT_TRANSLATE_NOOP("InspectionModels", "Language"), QT_TRANSLATE_NOOP("InspectionModels", "Issued at"),
    "SHA-256", QT_TRANSLATE_NOOP("InspectionModels", "Signatures")]
_FOLLOW_UP_HEADERS = [
    QT_TRANSLATE_NOOP("InspectionModels", "State"), QT_TRANSLATE_NOOP("InspectionModels", "Inspection"), "№",
    QT_TRANSLATE_NOOP("InspectionModels", "Violation"), QT_TRANSLATE_NOOP("InspectionModels", "Deadline"),
    QT_TRANSLATE_NOOP("InspectionModels", "Eliminated on"), QT_TRANSLATE_NOOP("InspectionModels", "Requirement")]


def day(value) -> str:
    return format_date(value)


@dataclass(frozen=True)
class InspectionRow:
    inspection: Inspection
    lead_name: str
    documents: int

    @property
    def id(self) -> int:
        return self.inspection.id


class InspectionsTableModel(ObjectTableModel[InspectionRow]):
    COL_SUBJECT, COL_BIN, COL_FACILITY, COL_KIND, COL_PERIOD, COL_LEAD, COL_DOCUMENTS = range(7)

    def headers(self) -> list[str]:
        return _headers(_INSPECTION_HEADERS)

    def cell(self, item: InspectionRow, column: int) -> Any:
        data = item.inspection.data
        return [data.subject_name, data.subject_bin_iin, data.facility_name, control_kind_label(data.control_kind),
                f"{day(data.period_from)} – {day(data.period_to)}", item.lead_name, item.documents][column]

    def sort_key(self, item: InspectionRow, column: int) -> Any:
        if column == self.COL_PERIOD:
            return item.inspection.data.period_from.isoformat()
        return self.cell(item, column)


class ViolationsTableModel(ObjectTableModel):
    """Items are (violation, follow-up state)."""

    COL_NUMBER, COL_DESCRIPTION, COL_DEADLINE, COL_STATE, COL_REQUIREMENT = range(5)

    def headers(self) -> list[str]:
        return _headers(_VIOLATION_HEADERS)

    def cell(self, item, column: int) -> Any:
        violation, state = item
        reference = violation.reference_kk if catalogue_language() == "kk" else violation.reference_ru
        return [violation.number, violation.data.description, day(violation.data.deadline), follow_up_label(state),
                reference][column]

    def sort_key(self, item, column: int) -> Any:
        violation, _state = item
        if column == self.COL_NUMBER:
            return violation.number
        if column == self.COL_DEADLINE:
            return violation.data.deadline.isoformat() if violation.data.deadline else ""
        return self.cell(item, column)

    def extra_data(self, item, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_REQUIREMENT, self.COL_DESCRIPTION):
            return self.cell(item, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_STATE and item[1] in _STATE_COLOURS:
            from PySide6.QtGui import QColor

            return QColor(_STATE_COLOURS[item[1]])
        return None


@dataclass(frozen=True)
class DocumentRow:
    document: IssuedDocument
    signatures: int

    @property
    def id(self) -> int:
        return self.document.id


class DocumentsTableModel(ObjectTableModel[DocumentRow]):
    COL_NUMBER, COL_KIND, COL_LANG, COL_ISSUED, COL_SHA, COL_SIGNATURES = range(6)

    def __init__(self, timezone: str, parent=None) -> None:
        super().__init__(parent)
        self.timezone = timezone

    def headers(self) -> list[str]:
        return _headers(_DOCUMENT_HEADERS)

    def cell(self, item: DocumentRow, column: int) -> Any:
        doc = item.document
        kind = document_kind_label(doc.kind)
        if doc.replaces_id is not None:
            kind = QCoreApplication.translate("InspectionModels", "{0} (replaces an earlier one)").format(kind)
        return [doc.number, kind, language_label(doc.lang), format_local(doc.issued_at, self.timezone),
                doc.sha256[:12] + "…", item.signatures][column]

    def sort_key(self, item: DocumentRow, column: int) -> Any:
        if column in (self.COL_NUMBER, self.COL_ISSUED):
            return item.document.issued_at.isoformat()
        return self.cell(item, column)

    def extra_data(self, item: DocumentRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_SHA:
            return item.document.sha256
        return None


class FollowUpTableModel(ObjectTableModel):
    """Items are `FollowUpItem`s."""

    COL_STATE, COL_INSPECTION, COL_NUMBER, COL_DESCRIPTION, COL_DEADLINE, COL_ELIMINATED, COL_REQUIREMENT = range(7)

    def headers(self) -> list[str]:
        return _headers(_FOLLOW_UP_HEADERS)

    def cell(self, item, column: int) -> Any:
        violation, data = item.violation, item.inspection.data
        reference = violation.reference_kk if catalogue_language() == "kk" else violation.reference_ru
        eliminated = violation.elimination.eliminated_on if violation.elimination else None
        return [follow_up_label(item.state), f"{data.subject_name} · {data.subject_bin_iin}", violation.number,
                violation.data.description, day(violation.data.deadline), day(eliminated), reference][column]

    def sort_key(self, item, column: int) -> Any:
        if column == self.COL_DEADLINE:
            return item.violation.data.deadline.isoformat() if item.violation.data.deadline else ""
        if column == self.COL_NUMBER:
            return item.violation.number
        return self.cell(item, column)

    def extra_data(self, item, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_REQUIREMENT, self.COL_DESCRIPTION):
            return self.cell(item, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_STATE and item.state in _STATE_COLOURS:
            from PySide6.QtGui import QColor

            return QColor(_STATE_COLOURS[item.state])
        return None
