"""The audit trail as a lazy table: number, time, event, user, subject, a summary of the details, hash prefix.

The trail grows by every sign-in and every stored file, so, like the journal, the model never holds it
all: it knows the total from `count()` and reads the page of rows a requested row falls in
(`list(actor, filter, offset, limit)`), keeping the last few pages. The order is the service's (newest
first by default); no sort proxy may sit on top, as it would read every row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

from inspector_app.domain.audit import AuditEvent, AuditFilter, AuditKind, details_summary
from ui.formats import format_local
from ui.audit_labels import audit_kind_label
from ui.models.base_table_model import ItemRole
from ui.models.paged_table_model import PagedTableModel
from ui.models.recordings_table_model import short_name


HASH_PREFIX = 12
SUMMARY_LENGTH = 160
TIME_FORMAT = "%d.%m.%Y %H:%M:%S"
WARNING_COLOUR = QColor("#b00020")
WARNING_KINDS = {AuditKind.LOGIN_FAILED, AuditKind.LOCKOUT, AuditKind.ACCESS_DENIED, AuditKind.CLOCK_ANOMALY}

HEADERS = (
    QT_TRANSLATE_NOOP("AuditTableModel", "No."),
    QT_TRANSLATE_NOOP("AuditTableModel", "Time"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Event"),
    QT_TRANSLATE_NOOP("AuditTableModel", "User"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Subject"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Details"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Hash"),
)


class AuditTableModel(PagedTableModel):
    COL_SEQ, COL_TIME, COL_EVENT, COL_USER, COL_SUBJECT, COL_DETAILS, COL_HASH = range(7)
    WHAT = "audit"

    def __init__(self, audit, actor, timezone: str = "Asia/Almaty", page_size: int = PagedTableModel.PAGE_SIZE,
                 parent=None) -> None:
        super().__init__(AuditFilter(), page_size, parent)
        self.audit, self.actor, self.timezone = audit, actor, timezone

    def fetch_count(self, flt: AuditFilter) -> int:
        return self.audit.count(self.actor, flt)

    def fetch_page(self, flt: AuditFilter, offset: int, limit: int) -> list[AuditEvent]:
        return self.audit.list(self.actor, flt, offset, limit)

    def header_count(self) -> int:
        return len(HEADERS)

    def event_at(self, row: int) -> AuditEvent | None:
        """The event at `row`, reading its page when it is not cached."""
        return self.item_at(row)

    def row_of_seq(self, seq: int) -> int:
        """The row of event `seq` among the pages read so far, or -1."""
        for number, page in self.cached_pages():
            for offset, item in enumerate(page):
                if item.seq == seq:
                    return number * self.page_size + offset
        return -1

    # cells
    def cell(self, event: AuditEvent, column: int) -> str:
        if column == self.COL_SEQ:
            return str(event.seq)
        if column == self.COL_TIME:
            return format_local(event.at, self.timezone, TIME_FORMAT)
        if column == self.COL_EVENT:
            return audit_kind_label(event.kind)
        if column == self.COL_USER:  # surname and initials; the whole name and login in the tooltip
            return short_name(event.user_name.split(" (")[0]) if event.user_name else self.tr("the program")
        if column == self.COL_SUBJECT:
            return event.subject
        if column == self.COL_DETAILS:
            return details_summary(event.details, SUMMARY_LENGTH)
        if column == self.COL_HASH:
            return event.hash[:HASH_PREFIX]
        return ""

    # Qt API
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or role not in _ROLES:
            return None
        event = self.event_at(index.row())
        if event is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(event, column)
        if role == ItemRole:
            return event
        if role == Qt.ItemDataRole.ForegroundRole:
            return WARNING_COLOUR if event.kind in WARNING_KINDS and column == self.COL_EVENT else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_DETAILS:
                return details_summary(event.details, 2000) or None
            if column == self.COL_HASH:
                return event.hash
            if column == self.COL_USER:
                return event.user_name or None
            if column in (self.COL_SUBJECT, self.COL_EVENT):
                return self.cell(event, column) or None
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_SEQ:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return super().headerData(section, orientation, role)


_ROLES = {Qt.ItemDataRole.DisplayRole, ItemRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole,
          Qt.ItemDataRole.TextAlignmentRole}
