"""The stored recordings (п.11, п.13) as a lazy table: a thumbnail, where and when each was recorded, and its hash.

Like the journal, the recordings grow without end, so the model knows the total from `count()` and
reads the page of rows a requested row falls in (`list(actor, filter, offset, limit)`), keeping a few
pages cached. Thumbnails are the JPEG bytes stored with each recording, decoded once per row shown and
kept with the page. The order is the service's (newest first): no sort proxy may sit on top.

While the footage vault is locked (`set_locked`) the sealed thumbnails do not open: such a row's frame
cell says "locked" instead of showing a picture. A reload drops every picture held, so none outlives a lock.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPixmap

from inspector_app.domain.recordings import IssueGroup, Recording, RecordingFilter, RecordingFlag, StartSource
from ui.formats import format_local, format_size  # noqa: F401 - format_size is used from here too
from ui.models.base_table_model import ItemRole
from ui.models.paged_table_model import PagedTableModel


THUMBNAIL_HEIGHT = 36
UNREADABLE_COLOUR = QColor("#b00020")

HEADERS = (
    QT_TRANSLATE_NOOP("RecordingsTableModel", "Frame"),
    QT_TRANSLATE_NOOP("RecordingsTableModel", "Issue"),
    QT_TRANSLATE_NOOP("RecordingsTableModel", "Recorder"),
    QT_TRANSLATE_NOOP("RecordingsTableModel", "Inspector"),
    QT_TRANSLATE_NOOP("RecordingsTableModel", "Start"),
    QT_TRANSLATE_NOOP("RecordingsTableModel", "Duration"),
    QT_TRANSLATE_NOOP("RecordingsTableModel", "Resolution"),
    QT_TRANSLATE_NOOP("RecordingsTableModel", "Size"),
    QT_TRANSLATE_NOOP("RecordingsTableModel", "Time from"),
    QT_TRANSLATE_NOOP("RecordingsTableModel", "SHA-256"),
    QT_TRANSLATE_NOOP("RecordingsTableModel", "Flags"),
)
FLAG_WORDS = {  # short, for the table's last column; whole sentences are in the filter and the details
    RecordingFlag.UNREADABLE: QT_TRANSLATE_NOOP("RecordingsTableModel", "unreadable"),
    RecordingFlag.GAP: QT_TRANSLATE_NOOP("RecordingsTableModel", "gap"),
    RecordingFlag.CLOCK_OFFSET: QT_TRANSLATE_NOOP("RecordingsTableModel", "clock"),
    RecordingFlag.NOT_ISSUED: QT_TRANSLATE_NOOP("RecordingsTableModel", "not issued"),
    RecordingFlag.EVIDENCE: QT_TRANSLATE_NOOP("RecordingsTableModel", "evidence"),
    RecordingFlag.LEGAL_HOLD: QT_TRANSLATE_NOOP("RecordingsTableModel", "held"),
    RecordingFlag.DESTROYED: QT_TRANSLATE_NOOP("RecordingsTableModel", "destroyed"),
}
START_SOURCES = {
    StartSource.FILENAME: QT_TRANSLATE_NOOP("RecordingsTableModel", "file name"),
    StartSource.CONTAINER: QT_TRANSLATE_NOOP("RecordingsTableModel", "video header"),
    StartSource.FILE_TIME: QT_TRANSLATE_NOOP("RecordingsTableModel", "file time"),
    StartSource.UNKNOWN: QT_TRANSLATE_NOOP("RecordingsTableModel", "unknown"),
}
SHA_PREFIX = 8  # as short hashes are shown elsewhere; the whole one is in the tooltip and the details
LOCKED_COLOUR = QColor("#8a5a00")


def format_duration(seconds: float | None) -> str:
    """m:ss, or h:mm:ss from an hour; empty when unknown."""
    if seconds is None:
        return ""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def short_name(full_name: str) -> str:
    """Surname and initials, as lists write a person: "Сағындықов Асқар Ғалымұлы" -> "Сағындықов А. Ғ."."""
    parts = full_name.split()
    return " ".join(parts[:1] + [f"{p[0]}." for p in parts[1:3]]) if len(parts) > 1 else full_name


def thumbnail_pixmap(data: bytes | None, height: int = THUMBNAIL_HEIGHT) -> QPixmap | None:
    """The stored JPEG as a pixmap `height` pixels high; None when there is none or it does not decode."""
    if not data:
        return None
    image = QImage.fromData(data, "JPG")
    if image.isNull():
        return None
    return QPixmap.fromImage(image.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation))


class RecordingsTableModel(PagedTableModel):
    (COL_FRAME, COL_ISSUE, COL_RECORDER, COL_INSPECTOR, COL_START, COL_DURATION, COL_RESOLUTION, COL_SIZE,
     COL_START_SOURCE, COL_SHA256, COL_FLAG) = range(11)
    CACHED_PAGES = 10
    WHAT = "recordings"

    def __init__(self, recordings, actor, timezone: str = "Asia/Almaty", page_size: int = PagedTableModel.PAGE_SIZE,
                 parent=None) -> None:
        super().__init__(RecordingFilter(), page_size, parent)
        self._thumbnails: dict[int, QPixmap | None] = {}
        self._groups: dict[int, IssueGroup] = {}  # entry id -> its issue, for the rows of the cached pages
        self._flags: dict[int, set[RecordingFlag]] = {}  # recording id -> its flags, likewise
        self.recordings, self.actor, self.timezone = recordings, actor, timezone
        self.names: dict[int, str] = {}  # user id -> full name, for the inspector column
        self.locked = False  # the footage vault is locked: sealed thumbnails stay closed

    def set_locked(self, locked: bool) -> None:
        """Say whether the vault is locked; the caller reloads (a reload forgets the pictures)."""
        self.locked = bool(locked)

    def set_names(self, names: dict[int, str]) -> None:
        self.names = dict(names)

    def fetch_count(self, flt: RecordingFilter) -> int:
        return self.recordings.count(self.actor, flt)

    def fetch_page(self, flt: RecordingFilter, offset: int, limit: int) -> list[Recording]:
        page = self.recordings.list(self.actor, flt, offset, limit, total=self.total())
        self._groups.update(self.recordings.issue_groups(self.actor, [r.entry_id for r in page
                                                                       if r.entry_id is not None]))
        self._flags.update(self.recordings.flags_of(self.actor, [r.id for r in page]))
        return page

    def forgotten(self, items: list | None) -> None:
        if items is None:
            self._thumbnails.clear()
            self._groups.clear()
            self._flags.clear()
        else:
            for item in items:
                self._thumbnails.pop(item.id, None)
                self._flags.pop(item.id, None)

    def group(self, item: Recording) -> IssueGroup | None:
        return self._groups.get(item.entry_id) if item.entry_id is not None else None

    def flags_of(self, item: Recording) -> set[RecordingFlag]:
        return self._flags.get(item.id, set())

    def starts_group(self, row: int) -> bool:
        """Grouped by issue: whether `row` is the first of its issue's rows (it carries the issue's label)."""
        if not self._filter.by_issue:
            return False
        item = self.item_at(row)
        before = self.item_at(row - 1) if row > 0 else None
        return item is not None and (before is None or before.entry_id != item.entry_id)

    def issue_text(self, item: Recording, long: bool = False) -> str:
        group = self.group(item)
        if group is None:
            return self.tr("no issue") if long else ""
        if not long:
            return self.tr("No. {0}/{1}").format(group.number, group.volume_number)
        return self.tr("No. {0} of volume {1}: {2}, {3}, {4}, %Ln segment(s)", "", group.segments).format(
            group.number, group.volume_number, group.inventory_number, short_name(group.user_full_name),
            format_local(group.issued_at, self.timezone, "%d.%m.%Y"))

    def header_count(self) -> int:
        return len(HEADERS)

    def row(self, row: int) -> Recording | None:
        return self.item_at(row)

    def row_of(self, recording_id: int, max_pages: int = 3) -> int:
        """The row of recording `recording_id` within the first `max_pages` pages, or -1."""
        for number in range(min(max_pages, self.pages() if self._total else 0)):
            for offset, item in enumerate(self._page(number)):
                if item.id == recording_id:
                    return number * self.page_size + offset
        return -1

    # cells
    def cell(self, item: Recording, column: int) -> str:
        if column == self.COL_RECORDER:
            return item.inventory_number
        if column == self.COL_INSPECTOR:
            return short_name(self.full_name(item)) if item.user_id is not None else self.full_name(item)
        if column == self.COL_START:
            return format_local(item.start_utc, self.timezone, "%d.%m.%Y %H:%M:%S")
        if column == self.COL_DURATION:
            return format_duration(item.duration_seconds)
        if column == self.COL_RESOLUTION:
            return f"{item.width}×{item.height}" if item.width and item.height else ""
        if column == self.COL_SIZE:
            return format_size(item.size)
        if column == self.COL_START_SOURCE:
            return self.tr(START_SOURCES[item.start_source])
        if column == self.COL_SHA256:
            return item.sha256[:SHA_PREFIX]
        if column == self.COL_FLAG:
            flags = self.flags_of(item) | (set() if item.readable else {RecordingFlag.UNREADABLE})
            return ", ".join(self.tr(word) for flag, word in FLAG_WORDS.items() if flag in flags)
        if column == self.COL_ISSUE:
            return self.issue_text(item)
        return ""

    def full_name(self, item: Recording) -> str:
        return self.names.get(item.user_id, "") if item.user_id is not None else self.tr("not issued")

    def thumbnail(self, item: Recording) -> QPixmap | None:
        if item.id not in self._thumbnails:
            self._thumbnails[item.id] = thumbnail_pixmap(item.thumbnail)
        return self._thumbnails[item.id]

    # Qt API
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or role not in _ROLES:
            return None
        item = self.row(index.row())
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_FRAME and self.locked and item.thumbnail is None:
                return self.tr("locked")
            if column == self.COL_ISSUE and self._filter.by_issue:
                return self.issue_text(item, long=True) if self.starts_group(index.row()) else ""
            return self.cell(item, column)
        if role == Qt.ItemDataRole.FontRole:
            if self.starts_group(index.row()):
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == ItemRole:
            return item
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnail(item) if column == self.COL_FRAME else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.COL_FRAME and self.locked:
                return LOCKED_COLOUR
            return UNREADABLE_COLOUR if column == self.COL_FLAG and (not item.readable or self.flags_of(item)) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_FRAME and self.locked and item.thumbnail is None:
                return self.tr("The frame is hidden while the footage is locked: enter the storage password")
            if column == self.COL_SHA256:
                return item.sha256
            if column == self.COL_RECORDER:
                return item.source_name
            if column == self.COL_INSPECTOR:
                return self.full_name(item) or None
            if column in (self.COL_START_SOURCE, self.COL_FLAG):
                return self.cell(item, column) or None
            if column == self.COL_ISSUE:
                return self.issue_text(item, long=True)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_DURATION, self.COL_SIZE):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_FRAME:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (Qt.ItemDataRole.DisplayRole,
                                                                  Qt.ItemDataRole.ToolTipRole):
            return self.tr(HEADERS[section]) if 0 <= section < len(HEADERS) else None  # a narrow column elides it
        return super().headerData(section, orientation, role)


_ROLES = {Qt.ItemDataRole.DisplayRole, ItemRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ForegroundRole,
          Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole}
