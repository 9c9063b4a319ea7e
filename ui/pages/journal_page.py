"""The journal of issue and return (Appendix 1 of order No. 444): the current volume, filters, the seven
columns of the paper form with the drawn signatures, the selected row's remarks and signatures, and the
actions the role allows: issue, return, fault report, strike and correct, close the volume, print.

The table reads the journal page by page (`JournalTableModel`): opening the section or changing a filter
costs one COUNT and the 200 rows on screen, however long the journal is. The dialogs that write the
journal are imported when their button is pressed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLocale, QRect, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
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

from inspector_app.domain.journal import EntryKind, JournalFilter, JournalRow, RowState, Volume
from inspector_app.domain.roles import Permission, allows
from inspector_app.errors import AppError
from ui.formats import format_local
from ui.error_texts import error_text
from ui.models.journal_table_model import JournalTableModel
from ui.pages.day_range import DayRange
from ui.pages.journal_delegate import SignatureCellDelegate, signature_box_width
from ui.pages.journal_details import JournalDetails
from ui import shortcuts
from ui.widgets import Retranslatable, emphasize, show_error

logger = logging.getLogger(__name__)

ROW_HEIGHT = 30  # room for the drawn signature beside the date, at the default font


def row_height(view: QWidget) -> int:
    """The rows' height: ROW_HEIGHT, or more when the text is larger (a larger font, Windows' text size)."""
    return max(ROW_HEIGHT, view.fontMetrics().height() + 12)


class WrappingHeader(QHeaderView):
    """A horizontal header whose long titles (the Kazakh ones of Appendix 1) wrap onto several lines."""

    def __init__(self, parent=None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.sectionResized.connect(lambda *_: self.updateGeometries())

    def sectionSizeFromContents(self, logical: int):  # noqa: N802 - Qt API
        size = super().sectionSizeFromContents(logical)
        text = self.model().headerData(logical, self.orientation()) if self.model() else None
        if text:
            width = max(self.sectionSize(logical) - 10, 24)
            flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
            bounds = self.fontMetrics().boundingRect(QRect(0, 0, width, 10_000), flags, text)
            size.setHeight(max(size.height(), bounds.height() + 10))
        return size


def make_journal_table(model: JournalTableModel) -> QTableView:
    """A table straight on the lazy model: no sort proxy (it would read every row); fixed row heights."""
    view = QTableView(objectName="journalTable")
    view.setHorizontalHeader(WrappingHeader(view))
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
    rows.setDefaultSectionSize(row_height(view))
    view.horizontalHeader().setStretchLastSection(True)
    delegate = SignatureCellDelegate(view)
    for column in (model.COL_RECEIPT, model.COL_RETURN):
        view.setItemDelegateForColumn(column, delegate)
    _set_column_widths(view, model)
    return view


def _set_column_widths(view: QTableView, model: JournalTableModel) -> None:
    # Widths from the font, never from the contents: sizing to contents would read every row.
    fm = view.fontMetrics()
    # About 820 px together at the default font, so the remarks keep some room in a 1180-pixel window.
    date_width = fm.horizontalAdvance("00.00.0000 00:00") + 12
    widths = {
        model.COL_NUMBER: fm.horizontalAdvance("0000") + 16,
        model.COL_INVENTORY: fm.horizontalAdvance("ВР-000-00") + 14,
        model.COL_USER: fm.horizontalAdvance("Құдайбергенова Гауһар") + 12,  # elided; whole in the tooltip
        model.COL_RECEIPT: date_width + signature_box_width(row_height(view)),
        model.COL_RETURN: date_width + signature_box_width(row_height(view)),
        model.COL_STORED: date_width + 16,  # "returned, not yet stored" is elided; whole in the tooltip
    }
    for column, width in widths.items():
        header = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        longest_word = max((fm.horizontalAdvance(word) for word in header.split()), default=0) + 16
        view.setColumnWidth(column, max(width, longest_word))  # a header wraps at spaces, never inside a word


class JournalPage(Retranslatable, QWidget):
    journal_changed = Signal()  # a dialog wrote to the journal (e.g. a fault report)

    def __init__(self, ctx, user, jobs=None, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.user, self.jobs = ctx, user, jobs
        self.setObjectName("journalPage")
        self.timezone = ctx.timezone()
        self.can_issue = allows(user.role, Permission.ISSUE_RECORDERS)
        self.can_correct = allows(user.role, Permission.CORRECT_JOURNAL)
        self.can_report = allows(user.role, Permission.REPORT_FAULT)
        self.volumes: list[Volume] = []
        self.recorders, self.users = [], []
        self._loaded = False
        self.print_job = None
        self.print_message: QMessageBox | None = None

        self.model = JournalTableModel(ctx.journal, user, self.timezone, parent=self)
        self.model.load_failed.connect(lambda message: self.status.setText(message))
        self.table = make_journal_table(self.model)
        self.details = JournalDetails(ctx, user)

        self.title = QLabel(objectName="pageTitle")
        emphasize(self.title)  # a title: 1.2 times the interface font, whatever its size
        self.volume_info = QLabel(objectName="volumeInfo")
        self.volume_filter = QComboBox(objectName="volumeFilter")
        self.recorder_filter = QComboBox(objectName="recorderFilter")
        self.user_filter = QComboBox(objectName="userFilter")
        for combo, letters in ((self.volume_filter, 10), (self.recorder_filter, 20), (self.user_filter, 24)):
            # As wide as a typical choice, not the longest one: a long name must not widen the window.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(letters)
            combo.currentIndexChanged.connect(lambda *_: self.apply_filters())
        # the unit's today, by the app's clock
        self.days = DayRange("journal", ctx.clock.now(), self.timezone, lambda: self.apply_filters())
        self.date_from_check, self.date_from, self.date_to_check, self.date_to = self.days.widgets()
        self.open_only = QCheckBox(objectName="openOnlyCheck", toggled=lambda *_: self.apply_filters())
        self.overdue_only = QCheckBox(objectName="overdueOnlyCheck", toggled=lambda *_: self.apply_filters())

        self.issue_button = QPushButton(objectName="issueButton", clicked=self.issue)
        self.return_button = QPushButton(objectName="returnButton", clicked=self.return_recorder)
        self.fault_button = QPushButton(objectName="faultButton", clicked=self.report_fault)
        self.correct_button = QPushButton(objectName="correctButton", clicked=self.correct)
        self.close_volume_button = QPushButton(objectName="closeVolumeButton", clicked=self.close_volume)
        self.print_button = QPushButton(objectName="printButton", clicked=self.print_journal)
        for button, allowed in ((self.issue_button, self.can_issue), (self.return_button, self.can_issue),
                                (self.fault_button, self.can_report), (self.correct_button, self.can_correct),
                                (self.close_volume_button, self.can_issue)):
            button.setVisible(allowed)
        self.reload_shortcut = shortcuts.bind_page(self, "reload", lambda: self.reload())
        self.print_progress = QProgressBar(objectName="printProgress")
        self.print_progress.setRange(0, 0)  # busy: the printer reports no steps
        self.print_progress.setMaximumWidth(140)
        self.print_progress.hide()
        self.count_label = QLabel(objectName="journalCount")
        self.status = QLabel(objectName="journalStatus")
        self.status.setStyleSheet("color: #b00020;")

        # Three short rows rather than two long ones: in Kazakh the long rows would not fit a 1366-pixel screen.
        filters = QHBoxLayout()
        for widget in (self.volume_filter, self.recorder_filter, self.user_filter):
            filters.addWidget(widget)
        filters.addStretch(1)
        dates = QHBoxLayout()
        for widget in (self.date_from_check, self.date_from, self.date_to_check, self.date_to, self.open_only,
                       self.overdue_only):
            dates.addWidget(widget)
        dates.addStretch(1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (self.issue_button, self.return_button, self.fault_button, self.correct_button,
                       self.close_volume_button):
            actions.addWidget(button)
        actions.addWidget(self.print_progress)
        actions.addWidget(self.print_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 190])
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.volume_info)
        layout.addLayout(filters)
        layout.addLayout(dates)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        layout.addLayout(footer)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.retranslate()
        self.reload()

    # texts
    def retranslate(self) -> None:
        _set_column_widths(self.table, self.model)  # the headers' words differ between languages
        self.title.setText(self.tr("Journal of issue and return of recorders"))
        self.table.setAccessibleName(self.title.text())
        for combo, name in ((self.volume_filter, self.tr("Volume")), (self.recorder_filter, self.tr("Recorder")),
                            (self.user_filter, self.tr("User"))):
            combo.setAccessibleName(name)  # else a screen reader hears the choice only
        self.date_from_check.setText(self.tr("From"))
        self.date_to_check.setText(self.tr("To"))
        self.open_only.setText(self.tr("Open issues only"))
        self.overdue_only.setText(self.tr("Overdue only"))
        self.issue_button.setText(self.tr("Issue…"))
        self.return_button.setText(self.tr("Return…"))
        self.fault_button.setText(self.tr("Report a fault…"))
        self.correct_button.setText(self.tr("Strike and correct…"))
        self.close_volume_button.setText(self.tr("Close volume…"))
        self.print_button.setText(self.tr("Print…"))
        shortcuts.bind_button(self.issue_button, "issue", self.tr("Issue a recorder to an inspector"))
        shortcuts.bind_button(self.return_button, "return", self.tr("Take the selected recorder back"))
        shortcuts.bind_button(self.print_button, "print", self.tr("Print a volume of the journal to PDF"))
        self._fill_choices()
        self._show_volume_info()
        self._update_count()
        self.model.relabel()

    def _show_volume_info(self) -> None:
        current = self.current_volume()
        if current is None:
            self.volume_info.setText(self.tr("No journal volume is open."))
            return
        self.volume_info.setText(self.tr("Volume {0}, registration index {1}, started {2}").format(
            current.number, current.registration_index, format_local(current.started_at, self.timezone, "%d.%m.%Y")))

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%Ln entries", "", self.model.total()))

    # the choices of the filters
    def current_volume(self) -> Volume | None:
        return next((v for v in reversed(self.volumes) if v.ended_at is None), None)

    def _load_choices(self) -> None:
        try:
            self.volumes = self.ctx.journal.volumes(self.user)
            self.recorders = self.ctx.recorders.list(self.user)
            self.users = (self.ctx.users.list(self.user) if allows(self.user.role, Permission.VIEW_USERS)
                          else [self.user])
        except AppError as error:
            show_error(self, error)
            self.volumes, self.recorders, self.users = [], [], []

    def _fill_choices(self, volume_id: int | None = -1) -> None:
        volume_id = self.volume_filter.currentData() if volume_id == -1 else volume_id
        _refill(self.volume_filter, self.tr("All volumes"),
                [(self.tr("Volume {0}").format(v.number), v.id) for v in reversed(self.volumes)], volume_id)
        _refill(self.recorder_filter, self.tr("All recorders"),
                [(r.inventory_number, r.id) for r in self.recorders],
                self.recorder_filter.currentData())
        _refill(self.user_filter, self.tr("All users"),
                [(u.full_name, u.id) for u in self.users], self.user_filter.currentData())

    # loading
    def current_filter(self) -> JournalFilter:
        date_from, date_to = self.days.bounds()
        flt = JournalFilter(volume_id=self.volume_filter.currentData(), recorder_id=self.recorder_filter.currentData(),
                            user_id=self.user_filter.currentData(), date_from=date_from, date_to=date_to,
                            open_only=self.open_only.isChecked())
        return self.ctx.journal.overdue_filter(flt) if self.overdue_only.isChecked() else flt

    def reload(self, select_entry_id: int | None = None) -> None:
        """Read the volumes and choices again and the journal from the top, keeping (or moving) the selection."""
        selected = self.selected()
        near = self.table.currentIndex().row() if selected is not None else 0
        if select_entry_id is None and selected is not None:
            select_entry_id = selected.entry.id
        followed = self.volume_filter.currentData()
        was_current = self.current_volume()
        self._load_choices()
        if not self._loaded or (was_current is not None and followed == was_current.id):
            # The open volume is shown first, and followed when it changes (a volume is closed).
            current = self.current_volume()
            followed = current.id if current is not None else None
        self._loaded = True
        self._fill_choices(followed)
        self._show_volume_info()
        self.apply_filters(select_entry_id, near, max_pages=3)

    def apply_filters(self, select_entry_id: int | None = None, near_row: int = 0, max_pages: int = 1) -> None:
        if select_entry_id is None and self.selected() is not None:
            select_entry_id = self.selected().entry.id
        self.status.clear()
        self.model.set_filter(self.current_filter())
        self._update_count()
        row = self.model.row_of(select_entry_id, max_pages, near_row) if select_entry_id is not None else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self._selection_changed()

    # selection
    def selected(self) -> JournalRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select_entry(self, entry_id: int) -> bool:
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        return row >= 0

    def _selection_changed(self, *_args) -> None:
        row = self.selected()
        self.return_button.setEnabled(row is not None and row.state is RowState.OPEN)
        self.correct_button.setEnabled(row is not None and row.entry.kind is EntryKind.ISSUE and row.strike is None)
        self.details.show_row(row)

    # actions: the dialogs are another module's, imported when needed
    def issue(self) -> None:
        from ui.dialogs.journal_dialogs import IssueDialog

        self._run(IssueDialog(self.ctx, self.user, parent=self))

    def return_recorder(self) -> None:
        row = self.selected()
        if row is None or row.state is not RowState.OPEN:
            return
        from ui.dialogs.journal_dialogs import ReturnDialog

        self._run(ReturnDialog(self.ctx, self.user, row, parent=self))

    def report_fault(self) -> None:
        from ui.dialogs.journal_dialogs import FaultDialog

        row = self.selected()
        self._run(FaultDialog(self.ctx, self.user, recorder_id=row.entry.recorder_id if row else None, parent=self))

    def correct(self) -> None:
        row = self.selected()
        if row is None or row.entry.kind is not EntryKind.ISSUE or row.strike is not None:
            return
        from ui.dialogs.journal_dialogs import CorrectionDialog

        self._run(CorrectionDialog(self.ctx, self.user, row, parent=self))

    def close_volume(self) -> None:
        from ui.dialogs.journal_dialogs import CloseVolumeDialog

        self._run(CloseVolumeDialog(self.ctx, self.user, parent=self))

    def _run(self, dialog) -> None:
        try:
            if dialog.exec():
                entry = getattr(dialog.result_value, "entry", None)
                self.reload(entry.id if entry is not None else None)
                self.journal_changed.emit()
        finally:
            dialog.deleteLater()

    # printing
    def print_journal(self) -> None:
        """Ask for the volume, the language and the file, then print."""
        from ui.pages.journal_print import PrintOptionsDialog

        current = self.current_volume()
        lang = "ru" if QLocale().language() == QLocale.Language.Russian else "kk"
        dialog = PrintOptionsDialog(self.volumes, current.number if current else None, lang, self.timezone, self)
        try:
            if not self.volumes or not dialog.exec():
                return
            volume_number, lang = dialog.result_value
        finally:
            dialog.deleteLater()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"journal-{volume_number}-{lang}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the journal as"), suggested,
                                              self.tr("PDF documents (*.pdf)"))
        if path:
            self.print_to(path if path.lower().endswith(".pdf") else f"{path}.pdf", volume_number, lang)

    def print_to(self, path: str | Path, volume_number: int, lang: str):
        """Print volume `volume_number` in `lang` into `path`: in the background when the page has a job runner."""
        printer, actor, tz, out = self.ctx.journal_printer, self.user, self.timezone, Path(path)

        def work(_control=None):
            return printer.print_volume(actor, volume_number, lang, out, tz)

        self._printing(True)
        if self.jobs is None:
            try:
                result = work()
            except AppError as error:
                self._print_failed(error_text(error))
                return None
            self._print_finished(result)
            return result
        self.print_job = self.jobs.submit(self.tr("Printing the journal"), work, finished=self._print_finished,
                                          failed=self._print_failed)
        return self.print_job

    def _printing(self, busy: bool) -> None:
        self.print_progress.setVisible(busy)
        self.print_button.setEnabled(not busy)

    def _print_finished(self, result) -> None:
        self._printing(False)
        self.print_job = None
        self._message(QMessageBox.Icon.Information, self.tr("The journal is printed"),
                      self.tr("Saved to {0}\nPages: {1}, entries: {2}").format(result.path, result.pages,
                                                                               result.entries))

    def _print_failed(self, message: str) -> None:
        self._printing(False)
        self.print_job = None
        self._message(QMessageBox.Icon.Warning, self.tr("The journal is not printed"), message)

    def _message(self, icon, title: str, text: str) -> None:
        """A message that does not block: the page stays usable, and tests can read and close it."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("printMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.print_message = box


def _refill(combo: QComboBox, all_text: str, items: list[tuple[str, int]], selected) -> None:
    """Fill a filter combo ("all" first), keeping the chosen value, without firing its signal."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_text, None)
    for text, value in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(combo.findData(selected), 0) if selected is not None else 0)
    combo.blockSignals(False)
