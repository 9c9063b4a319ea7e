"""The stored footage (п.11, п.13): filters, the recordings as a lazy table with thumbnails, the selected
recording's details, and the recorders being ingested right now.

Only the responsible person and the head get this page (`Permission.ACCESS_FOOTAGE`; the service checks
it again on every read). With a `Station` the page shows each docked recorder's ingest and reloads when
one ends. A recorder whose serial is not in the register is asked about once per serial (п.7): the
question waits until the page is on screen, so it never appears over the lock screen, and binding the
serial runs that recorder's ingest again.

While the unit's footage vault is locked (its storage password not entered in this session, п.6) a banner
says so with an "Unlock…" button, the recordings are listed without their frames, and the page reloads
when the vault is unlocked or locked again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.journal import EntryKind, JournalFilter
from inspector_app.domain.recordings import RecordingFilter, StartSource
from inspector_app.errors import AppError
from inspector_app.services.recordings import RecordingsService
from ui.formats import format_local
from ui.jobs import JobRunner
from ui.models.recordings_table_model import SHA_PREFIX, START_SOURCES, THUMBNAIL_HEIGHT, RecordingsTableModel
from ui.pages.evidence_export import EvidenceExport
from ui.pages.footage_details import FootageDetails
from ui.pages.footage_filters import FootageFilters
from ui.pages.ingest_panel import IngestPanel
from ui.pages.vault_banner import VaultBanner
from ui.player.opener import PlayerOpener
from ui.vault_session import VaultSession
from ui.widgets import Retranslatable, emphasize, show_error

logger = logging.getLogger(__name__)

ENTRIES_LISTED = 200  # the newest issues offered in the entry filter
DEFERRED_MS = 50  # after the page has painted its first rows
RELOAD_DELAY_MS = 300  # after an ingest ends, wait for others ending about then: one reload for all


def make_recordings_table(model: RecordingsTableModel) -> QTableView:
    """A table straight on the lazy model (no sort proxy), rows high enough for the thumbnails."""
    view = QTableView(objectName="recordingsTable")
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move within it
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setIconSize(QSize(THUMBNAIL_HEIGHT * 16 // 9, THUMBNAIL_HEIGHT))
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    rows = view.verticalHeader()
    rows.setVisible(False)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(THUMBNAIL_HEIGHT + 6)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
    return view


def _issue_width(view: QTableView, grouped: bool) -> int:
    """The issue column: its number, or (grouped by issue) the whole label on each issue's first row."""
    sample = "No. 0000 of volume 00: ВР-000, Құдайбергенова Г. Н., 00.00.0000, 00 segments" if grouped \
        else "No. 0000/00"
    return view.fontMetrics().horizontalAdvance(sample) + 8


def _set_column_widths(view: QTableView, model: RecordingsTableModel) -> None:
    # From the font, never from the contents (that would read every row), and not from the headers: the
    # Kazakh ones are long single words ("Ажыратымдылығы"), so a header is elided, whole in its tooltip.
    # About 850 px in all, which fits beside the navigation in a 1180-pixel window.
    fm = view.fontMetrics()
    usual_source = model.tr(START_SOURCES[StartSource.FILENAME])  # the others are rarer: elided, whole in tooltips
    widths = {
        model.COL_FRAME: THUMBNAIL_HEIGHT * 16 // 9 + 6,
        model.COL_ISSUE: _issue_width(view, model.filter().by_issue),
        model.COL_RECORDER: fm.horizontalAdvance("ВР-000-00") + 8,
        model.COL_INSPECTOR: fm.horizontalAdvance("Құдайбергенова Г. Н.") + 8,
        model.COL_START: fm.horizontalAdvance("00.00.0000 00:00:00") + 8,
        model.COL_DURATION: fm.horizontalAdvance("0:00:00") + 8,
        model.COL_RESOLUTION: fm.horizontalAdvance("0000×0000") + 8,
        model.COL_SIZE: fm.horizontalAdvance("000.0 MB") + 8,
        model.COL_START_SOURCE: max(fm.horizontalAdvance(usual_source), fm.horizontalAdvance("0000×0000")) + 8,
        model.COL_SHA256: fm.horizontalAdvance("0" * SHA_PREFIX) + 8,
        model.COL_FLAG: fm.horizontalAdvance(model.tr("unreadable")) + 8,  # the last: stretched when there is room
    }
    for column, width in widths.items():
        view.setColumnWidth(column, width)


class FootagePage(Retranslatable, QWidget):
    def __init__(self, ctx, user, station=None, vault=None, parent=None, jobs: JobRunner | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.user, self.station = ctx, user, station
        self.vault = vault = VaultSession.of_page(ctx, user, vault, self)
        self.setObjectName("footagePage")
        self.timezone = ctx.timezone()
        self.recordings = RecordingsService(ctx.uow_factory, ctx.audit, ctx.keyring)
        self.recorders, self.users, self.entries = [], [], []
        self.asked_serials: set[str] = set()  # asked once per serial (п.7), whatever the answer
        self.pending_questions: list = []     # (volume, serial) to ask when the page is on screen
        self.bind_dialog = None
        self.reload_timer = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self.reload_timer.timeout.connect(self.apply_filters)
        self.entries_by_id: dict = {}
        # What the table does not need is read just after it is on screen: the issues offered in the entry
        # filter, then the open continuity flags of every issue (the head's list to work through).
        self.entries_timer = QTimer(self, singleShot=True, interval=DEFERRED_MS)
        self.entries_timer.timeout.connect(self._entries_due)

        self.model = RecordingsTableModel(self.recordings, user, self.timezone, parent=self)
        self.model.set_locked(vault is not None and vault.locked())
        self.model.load_failed.connect(lambda message: self.status.setText(message))
        self.table = make_recordings_table(self.model)
        self.details = FootageDetails(self.recordings, user, self.timezone, review=ctx.review)
        self.details.entry_label = self.entry_label
        self.jobs = jobs or JobRunner(self)
        self.evidence = EvidenceExport(ctx, user, self.recordings, self.jobs, self)  # a package for a court
        self.details.heading.insertWidget(1, self.evidence)
        self.ingest_panel = IngestPanel(station, self._inventory_of_serial)

        self.title = QLabel(objectName="pageTitle")
        emphasize(self.title)  # a title: 1.2 times the interface font, whatever its size
        self.vault_banner = VaultBanner(vault)
        self.filters = FootageFilters(self.timezone, ctx.clock.now())
        self.filters.recorder_changed.connect(self._recorder_changed)
        self.filters.changed.connect(self.apply_filters)
        self.count_label = QLabel(objectName="footageCount")
        self.status = QLabel(objectName="footageStatus")
        self.status.setStyleSheet("color: #b00020;")

        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.details)
        bottom.addWidget(self.ingest_panel)
        bottom.setSizes([540, 380])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([270, 250])
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.vault_banner)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(footer)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.player = PlayerOpener.attach(self)  # a double click or "Play" opens the player
        if station is not None:
            station.finished.connect(self._ingest_finished)
        if vault is not None:
            vault.changed.connect(self._vault_changed)
        self.retranslate()
        self.reload()

    # texts
    def retranslate(self) -> None:
        _set_column_widths(self.table, self.model)
        self.title.setText(self.tr("Stored footage"))
        self.table.setAccessibleName(self.tr("Recordings"))
        self._fill_choices()
        self.filters.retranslate()
        self._update_count()
        self.model.relabel()
        self.details.retranslate()
        self.evidence.retranslate()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%Ln recording(s)", "", self.model.total()))

    # choices
    def _load_choices(self) -> None:
        try:
            self.recorders = self.ctx.recorders.list(self.user)
            self.users = self.ctx.users.list(self.user)
        except AppError as error:
            show_error(self, error)
            self.recorders, self.users = [], []
        self.model.set_names({u.id: u.full_name for u in self.users})
        self.entries_timer.start()  # the issues offered in their filter: once the table is on screen

    def settled(self) -> bool:
        """Whether the reads deferred past the first paint (issues, open flags) are done."""
        panel = self.details.review_panel
        return not self.entries_timer.isActive() and (panel is None or not panel.flags_timer.isActive())

    def _entries_due(self) -> None:
        self._load_entries()
        self._fill_choices()
        self.details.entry_label = self.entry_label
        if self.details.review_panel is not None:
            self.details.review_panel.flags_timer.start()  # the open flags, named by these issues

    def _load_entries(self) -> None:
        self.entries_timer.stop()
        flt = JournalFilter(recorder_id=self.filters.recorder_filter.currentData())
        try:
            rows = self.ctx.journal.rows(self.user, flt, 0, ENTRIES_LISTED)
        except AppError as error:
            logger.warning("journal entries for the footage filter: %s", error)
            rows = []
        self.entries = [r for r in rows if r.entry.kind is EntryKind.ISSUE]
        self.entries_by_id = {r.entry.id: r for r in self.entries}

    def entry_label(self, entry_id: int) -> str:
        row = self.entries_by_id.get(entry_id)
        if row is None:
            return ""
        entry = row.entry
        return self.tr("No. {0} of volume {1}: {2}, {3}, {4}").format(
            entry.number, row.volume_number, entry.inventory_number, entry.user_full_name,
            format_local(entry.at, self.timezone, "%d.%m.%Y"))

    def _fill_choices(self) -> None:
        self.filters.set_choices(self.recorders, self.users,
                                 [(self.entry_label(r.entry.id), r.entry.id) for r in self.entries])

    def _recorder_changed(self) -> None:
        """The issues offered are the chosen recorder's (the filters then fire `changed`)."""
        self._load_entries()
        self._fill_choices()

    # loading
    def current_filter(self) -> RecordingFilter:
        return self.filters.current_filter()

    def reload(self) -> None:
        """Read the choices and the recordings again, keeping the selected recording when it is still listed."""
        self._load_choices()
        self._fill_choices()
        self.apply_filters()

    def _vault_changed(self) -> None:
        """Unlocked or locked again: the frames appear or go (the model drops every picture it holds)."""
        self.model.set_locked(self.vault.locked())
        self.apply_filters()

    def apply_filters(self) -> None:
        selected = self.selected()
        self.status.clear()
        flt = self.current_filter()
        if flt.by_issue != self.model.filter().by_issue:  # grouped, the issue's label needs room
            self.table.setColumnWidth(self.model.COL_ISSUE, _issue_width(self.table, flt.by_issue))
        self.model.set_filter(flt)
        self._update_count()
        row = self.model.row_of(selected.id) if selected is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self._selection_changed()

    # selection
    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _selection_changed(self, *_args) -> None:
        self.details.locked = self.model.locked
        self.details.show_recording(self.selected())
        self.evidence.set_recording(self.selected(), self.model.locked)

    # the station
    def _inventory_of_serial(self, serial: str) -> str:
        """From the recorders the page has read, not the database: ten recorders docked at once would mean ten
        queries in the GUI thread while the copies start. An unknown serial has none (until it is bound)."""
        wanted = serial.strip().casefold()
        return next((r.inventory_number for r in self.recorders if r.serial_number.strip().casefold() == wanted), "")

    def _ingest_finished(self, volume, summary) -> None:
        if summary.status == "unknown_recorder" and summary.serial and summary.serial not in self.asked_serials:
            self.asked_serials.add(summary.serial)
            self.pending_questions.append((volume, summary.serial))
            self._ask_pending()
        # Ten recorders ending together reload the table once (a reload repaints it in the GUI thread).
        if (summary.files_stored or summary.entries_completed) and not self.reload_timer.isActive():
            self.reload_timer.start()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._ask_pending()

    def _ask_pending(self) -> None:
        """Ask about the next unknown serial, if the page is on screen and no question is open."""
        if self.bind_dialog is not None or not self.pending_questions or not self.isVisible():
            return
        from ui.dialogs.bind_serial_dialog import BindSerialDialog

        volume, serial = self.pending_questions.pop(0)
        self.bind_dialog = BindSerialDialog(self.ctx, self.user, serial, parent=self)
        self.bind_dialog.finished.connect(lambda result, v=volume: self._bind_answered(v, result))
        self.bind_dialog.open()

    def _bind_answered(self, volume, result: int) -> None:
        dialog, self.bind_dialog = self.bind_dialog, None
        dialog.deleteLater()
        if result:
            logger.info("serial %s bound to %s: ingesting again", dialog.serial, dialog.result_value.inventory_number)
            if self.station is not None:
                self.station.ingest(volume)
        self._ask_pending()
