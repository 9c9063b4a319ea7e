"""The details of the selected journal row: what it records, its remarks with author and time, who signed
it in which role and when, and a check of its signatures (Ed25519 over the stored content)."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from inspector_app.domain.journal import JournalRow
from inspector_app.errors import AppError
from ui.formats import format_local
from ui.error_texts import error_text
from ui.labels import purpose_label, remark_kind_label, row_state_label, signer_role_label
from ui.widgets import Retranslatable

logger = logging.getLogger(__name__)

OK_STYLE = "color: #1b6e20;"
PROBLEM_STYLE = "color: #b00020;"


class JournalDetails(Retranslatable, QWidget):
    def __init__(self, ctx, user, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.user = ctx, user
        self.setObjectName("journalDetails")
        self.row: JournalRow | None = None
        self.title = QLabel(objectName="detailsTitle")
        self.title.setStyleSheet("font-weight: bold;")
        self.text = QTextBrowser(objectName="detailsText")
        self.text.setOpenLinks(False)
        self.text.document().setDefaultStyleSheet("p, ul { margin-top: 2px; margin-bottom: 2px; }")
        self.verify_button = QPushButton(objectName="verifySignaturesButton", clicked=self.verify)
        self.verify_result = QLabel(objectName="verifyResult")
        self.verify_result.setWordWrap(True)
        self.verify_result.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addWidget(self.verify_result, 1)
        bar.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.text, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Selected entry"))
        self.text.setAccessibleName(self.tr("Details of the selected entry"))
        self.verify_button.setText(self.tr("Verify signatures"))
        self.show_row(self.row)

    def show_row(self, row: JournalRow | None) -> None:
        if row is not self.row:
            self.verify_result.clear()
        self.row = row
        self.verify_button.setEnabled(row is not None)
        if row is None:
            hint = self.tr("Select an entry to see its remarks and signatures.")
            self.text.setHtml(f"<p style='color:#777'>{html.escape(hint)}</p>")
        else:
            self.text.setHtml(self._html(row))

    def _html(self, row: JournalRow) -> str:
        # The texts are translated first and put into the markup afterwards (lupdate does not read f-strings).
        tz = self.ctx.timezone()
        entry = row.entry
        esc = html.escape
        heading = self.tr("Volume {0}, entry No. {1}").format(row.volume_number, entry.number)
        parts = [f"<p><b>{esc(heading)}</b> — {esc(row_state_label(row.state))}</p>"]
        facts = []
        if entry.purpose is not None:
            facts.append(self.tr("Purpose: {0}").format(purpose_label(entry.purpose)))
        if entry.battery_percent is not None:
            facts.append(self.tr("Battery: {0} %").format(entry.battery_percent))
        if entry.clock_offset_seconds is not None:
            facts.append(self.tr("Recorder clock: {0:+d} s").format(entry.clock_offset_seconds))
        if row.returned is not None:
            facts.append(self.tr("Returned: {0}").format(format_local(row.returned.returned_at, tz)))
            if row.returned.condition:
                facts.append(self.tr("Condition on return: {0}").format(row.returned.condition))
        if row.stored is not None:
            facts.append(self.tr("Data stored: {0}").format(format_local(row.stored.stored_at, tz)))
        if facts:
            parts.append("<p>" + " · ".join(esc(f) for f in facts) + "</p>")
        if row.strike is not None:
            struck = self.tr("Struck through {0}: {1}").format(format_local(row.strike.struck_at, tz),
                                                               row.strike.reason)
            parts.append(f"<p style='color:#8a8f98'><s>{esc(struck)}</s></p>")

        remarks_title, signatures_title = self.tr("Remarks"), self.tr("Signatures")
        parts.append(f"<p><b>{esc(remarks_title)}</b></p>")
        if row.remarks:
            parts.append("<ul>" + "".join(
                f"<li>{esc(remark_kind_label(r.kind))}: {esc(r.text)}<br>"
                f"<span style='color:#555'>{esc(r.author_name)}, {esc(format_local(r.at, tz))}</span></li>"
                for r in row.remarks) + "</ul>")
        else:
            none = self.tr("No remarks")
            parts.append(f"<p style='color:#777'>{esc(none)}</p>")

        parts.append(f"<p><b>{esc(signatures_title)}</b></p>")
        if row.signatures:
            parts.append("<ul>" + "".join(
                f"<li>{esc(s.user_name)} — {esc(signer_role_label(s.role))}, {esc(format_local(s.signed_at, tz))}</li>"
                for s in row.signatures) + "</ul>")
        else:
            none = self.tr("No signatures")
            parts.append(f"<p style='color:#777'>{esc(none)}</p>")
        return "".join(parts)

    def verify(self) -> None:
        if self.row is None:
            return
        try:
            report = self.ctx.journal_verifier.verify_entries(self.user, [self.row.entry.id])
        except AppError as error:
            self._verified(False, error_text(error))
            return
        if report.ok:
            self._verified(True, self.tr("All signatures are valid ({0} checked)").format(report.signatures))
        else:
            logger.warning("journal entry %s failed verification: %s", self.row.entry.id, report.problems)
            self._verified(False, "\n".join(report.problems))

    def _verified(self, ok: bool, text: str) -> None:
        self.verify_result.setStyleSheet(OK_STYLE if ok else PROBLEM_STYLE)
        self.verify_result.setText(text)
