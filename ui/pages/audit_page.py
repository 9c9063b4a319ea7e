"""The audit section (п.13): the tamper-evident trail of every action, filtered and read page by page, the
whole of the selected event, its export to PDF or CSV, the verification of the whole store, and the state
of the PC clock and of the time-stamps.

Only the head and the responsible person get this page (`Permission.VIEW_AUDIT`); the services check it
again on every read. Exports and verifications run in the job runner: the page stays usable meanwhile.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.audit import AuditEvent
from inspector_app.domain.roles import Permission, allows
from inspector_app.errors import AppError
from ui.jobs import JobRunner
from ui.models.audit_table_model import HASH_PREFIX, AuditTableModel
from ui.pages.audit_details import AuditDetails
from ui.pages.audit_filters import AuditFilters
from ui.pages.clock_banner import ClockBanner
from ui.pages.integrity_panel import IntegrityPanel
from ui.widgets import Retranslatable, emphasize, show_error, text_width

logger = logging.getLogger(__name__)


def make_audit_table(model: AuditTableModel) -> QTableView:
    """A table straight on the lazy model (no sort proxy: it would read every row), one line per event."""
    view = QTableView(objectName="auditTable")
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move within it
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    rows = view.verticalHeader()
    rows.setVisible(False)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(model.COL_DETAILS, QHeaderView.ResizeMode.Stretch)  # the room that is left
    header.setTextElideMode(Qt.TextElideMode.ElideRight)
    return view


def _set_column_widths(view: QTableView, model: AuditTableModel) -> None:
    # From the font, never from the contents (that would read every row). About 680 px without the details,
    # which stretch over what is left beside the navigation of a 1180-pixel window; longer cells are elided,
    # whole in their tooltips.
    fm = view.fontMetrics()
    widths = {
        model.COL_SEQ: fm.horizontalAdvance("00000") + 12,
        model.COL_TIME: fm.horizontalAdvance("00.00.0000 00:00:00") + 12,
        model.COL_EVENT: fm.horizontalAdvance("Бейнетіркеуішті тапсыру") + 12,
        model.COL_USER: fm.horizontalAdvance("Құдайбергенова Г. Н.") + 12,
        model.COL_SUBJECT: fm.horizontalAdvance("recording:0000") + 12,
        model.COL_HASH: fm.horizontalAdvance("0" * HASH_PREFIX) + 12,
    }
    for column, width in widths.items():
        view.setColumnWidth(column, width)


def export_language() -> str:
    """The language of an export: the interface's, Russian for the English interface (exports are kk or ru)."""
    return "kk" if QLocale().language() == QLocale.Language.Kazakh else "ru"


class AuditPage(Retranslatable, QWidget):
    def __init__(self, ctx, user, jobs: JobRunner | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.user = ctx, user
        self.jobs = jobs or JobRunner(self)
        self.setObjectName("auditPage")
        self.timezone = ctx.timezone()
        self.export_job = None
        self.message: QMessageBox | None = None

        self.model = AuditTableModel(ctx.audit, user, self.timezone, parent=self)
        self.model.load_failed.connect(lambda message: self.status.setText(message))
        self.table = make_audit_table(self.model)
        self.details = AuditDetails(self.timezone)
        self.title = QLabel(objectName="pageTitle")
        emphasize(self.title)  # a title: 1.2 times the interface font, whatever its size
        self.banner = ClockBanner(ctx, user, self.jobs)
        self.banner.changed.connect(self.reload)
        self.banner.hide()
        self.filters = AuditFilters(self.timezone, ctx.clock.now(), self._users())
        self.filters.changed.connect(self.apply_filters)
        self.integrity = IntegrityPanel(ctx, user, self.jobs)
        self.integrity.finished.connect(lambda _report: self.reload())
        self.integrity.setVisible(allows(user.role, Permission.VERIFY_INTEGRITY))
        self.export_pdf_button = QPushButton(objectName="exportPdfButton", clicked=lambda: self.ask_export(".pdf"))
        self.export_csv_button = QPushButton(objectName="exportCsvButton", clicked=lambda: self.ask_export(".csv"))
        self.export_progress = QProgressBar(objectName="exportProgress", minimum=0, maximum=0)  # busy
        self.export_progress.setMaximumWidth(text_width(self.export_progress, 16))
        self.export_progress.hide()
        self.count_label = QLabel(objectName="auditCount")
        self.status = QLabel(objectName="auditStatus")
        self.status.setStyleSheet("color: #b00020;")

        actions = QHBoxLayout()
        actions.addWidget(self.integrity, 1)
        for widget in (self.export_progress, self.export_pdf_button, self.export_csv_button):
            actions.addWidget(widget)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([360, 220])
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addWidget(self.filters)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        layout.addLayout(footer)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.retranslate()
        self.apply_filters()
        self.banner.refresh()

    def _users(self) -> list:
        try:
            return self.ctx.users.list(self.user)
        except AppError as error:
            logger.warning("users for the audit filter: %s", error)
            return [self.user]

    # texts
    def retranslate(self) -> None:
        _set_column_widths(self.table, self.model)
        self.title.setText(self.tr("Audit trail"))
        self.table.setAccessibleName(self.tr("Events of the audit trail"))
        self.export_pdf_button.setText(self.tr("Export PDF…"))
        self.export_csv_button.setText(self.tr("Export CSV…"))
        self._update_count()
        self.model.relabel()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%Ln events", "", self.model.total()))

    # loading
    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.reload()  # events were added while another section was shown

    def reload(self) -> None:
        """Read the trail again from the top, keeping the selected event selected when it is in view."""
        self.apply_filters()

    def apply_filters(self) -> None:
        selected = self.selected()
        self.status.clear()
        self.model.set_filter(self.filters.current_filter())
        self._update_count()
        row = -1
        if selected is not None:
            self.model.event_at(0)  # the first page: where the selected event usually is
            row = self.model.row_of_seq(selected.seq)
        if row >= 0:
            self.table.selectRow(row)
        self._selection_changed()

    # selection
    def selected(self) -> AuditEvent | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.event_at(rows[0].row()) if rows else None

    def _selection_changed(self, *_args) -> None:
        self.details.show_event(self.selected())

    # export
    def ask_export(self, suffix: str) -> None:
        lang = export_language()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        today = self.ctx.clock.now().strftime("%Y-%m-%d")
        suggested = str(Path(folder) / f"audit-{today}-{lang}{suffix}")
        kind = self.tr("PDF documents (*.pdf)") if suffix == ".pdf" else self.tr("CSV tables (*.csv)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit trail as"), suggested, kind)
        if path:
            self.export_to(path if path.lower().endswith(suffix) else f"{path}{suffix}", lang)

    def export_to(self, path: str | Path, lang: str):
        """Export the events the filters show into `path` (.pdf or .csv), in the background."""
        from inspector_app.documents.audit_export import AuditExporter

        exporter, actor, flt, out = AuditExporter(self.ctx), self.user, self.filters.current_filter(), Path(path)

        def work(_control):
            try:
                return exporter.export(actor, flt, out, lang)
            except AppError as error:  # shown in the interface language, not as the service's English text
                return error

        self._exporting(True)
        self.export_job = self.jobs.submit(self.tr("Exporting the audit trail"), work,
                                           finished=self._export_finished, failed=self._export_failed)
        return self.export_job

    def _exporting(self, busy: bool) -> None:
        self.export_progress.setVisible(busy)
        self.export_pdf_button.setEnabled(not busy)
        self.export_csv_button.setEnabled(not busy)

    def _export_finished(self, result) -> None:
        if isinstance(result, AppError):
            self._export_failed(result)
            return
        self._exporting(False)
        self.export_job = None
        self.reload()  # the export itself is an event of the trail
        self._message(QMessageBox.Icon.Information, self.tr("The audit trail is exported"),
                      self.tr("Saved to {0}\nEvents: {1}\nSHA-256 of the file: {2}").format(
                          result.path, result.events, result.sha256))

    def _export_failed(self, message: AppError | str) -> None:
        self._exporting(False)
        self.export_job = None
        show_error(self, message)

    def _message(self, icon, title: str, text: str) -> None:
        """A message that does not block: the page stays usable, and tests can read and close it."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("auditMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.message = box
