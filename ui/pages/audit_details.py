"""The whole of the selected audit event: its number and time (local and UTC), kind, user, subject, the
recording it is about, the details as indented JSON, and the chain fields (previous hash, hash, the key
that signed it and the signature), as selectable text so that a value can be copied and checked."""

from __future__ import annotations

import json
import logging
from datetime import timezone

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from inspector_app.domain.audit import AuditEvent
from ui.formats import format_local
from ui.audit_labels import audit_kind_label
from ui.models.audit_table_model import TIME_FORMAT
from ui.widgets import Retranslatable

logger = logging.getLogger(__name__)


class AuditDetails(Retranslatable, QWidget):
    def __init__(self, timezone_name: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("auditDetails")
        self.timezone = timezone_name
        self.current: AuditEvent | None = None
        self.title = QLabel(objectName="detailsTitle")
        self.title.setStyleSheet("font-weight: bold;")
        self.text = QPlainTextEdit(objectName="auditDetailsText")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Selected event"))
        self.text.setAccessibleName(self.tr("Details of the selected event"))
        self.show_event(self.current)

    def show_event(self, event: AuditEvent | None) -> None:
        self.current = event
        if event is None:
            self.text.setPlainText(self.tr("Select an event to see all of it: its details, its hash and its "
                                           "signature."))
            return
        utc = event.at.astimezone(timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")
        details = json.dumps(event.details, ensure_ascii=False, indent=2, sort_keys=True)
        lines = [
            self.tr("No.: {0}").format(event.seq),
            self.tr("Time: {0} (UTC {1})").format(format_local(event.at, self.timezone, TIME_FORMAT), utc),
            self.tr("Event: {0} ({1})").format(audit_kind_label(event.kind), event.kind.value),
            self.tr("User: {0}").format(event.user_name or self.tr("the program")),
            self.tr("Subject: {0}").format(event.subject),
        ]
        if event.recording_id is not None:
            lines.append(self.tr("Recording: {0}").format(event.recording_id))
        lines += [
            self.tr("Details:"),
            details,
            self.tr("Previous hash: {0}").format(event.prev_hash),
            self.tr("Hash: {0}").format(event.hash),
            self.tr("Key: {0}").format(event.key_id),
            self.tr("Signature: {0}").format(event.signature),
        ]
        self.text.setPlainText("\n".join(lines))
