"""Empty states: a table with no rows says, in its middle, why it is empty and what to do next.

A bare grid with headers tells a new office worker nothing. Each list of the app has its own sentence
(by the table's object name): what appears there and how it comes to (the button or key that makes it,
the recorder to dock), and that the filters may hide rows. The sentence is painted over the empty viewport
and also set as the view's accessible description, so a screen reader says it too. It follows the
interface language.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QWidget

CONTEXT = "EmptyState"
TEXTS = {
    "journalTable": QT_TRANSLATE_NOOP(
        "EmptyState", "No journal entries to show. A recorder issued with Issue… (Ctrl+N) appears here; "
                      "if filters are set, widen them."),
    "recordersTable": QT_TRANSLATE_NOOP(
        "EmptyState", "No recorders are registered yet. Register each recorder with its inventory and serial "
                      "numbers (Register…) before it is issued (п.7)."),
    "historyTable": QT_TRANSLATE_NOOP("EmptyState", "Select a recorder above to see its history."),
    "recordingsTable": QT_TRANSLATE_NOOP(
        "EmptyState", "No recordings to show. Dock a returned recorder to charge: its footage is stored by "
                      "itself (п.11). If filters are set, widen them."),
    "auditTable": QT_TRANSLATE_NOOP("EmptyState", "No events match the filters."),
    "inspectionsTable": QT_TRANSLATE_NOOP(
        "EmptyState", "No inspections yet. Start one with New…; its acts and prescriptions are made from it."),
    "violationsTable": QT_TRANSLATE_NOOP(
        "EmptyState", "No violations recorded for the selected inspection (Add violation…)."),
    "documentsTable": QT_TRANSLATE_NOOP("EmptyState", "No acts or prescriptions have been made for it yet."),
    "followUpTable": QT_TRANSLATE_NOOP("EmptyState", "No prescriptions are due."),
    "expiring30Table": QT_TRANSLATE_NOOP("EmptyState", "No recording reaches the end of its retention within "
                                                       "30 days."),
    "expiring90Table": QT_TRANSLATE_NOOP("EmptyState", "No recording reaches the end of its retention within "
                                                       "90 days."),
    "expiredTable": QT_TRANSLATE_NOOP("EmptyState", "No recording is past its retention: nothing awaits "
                                                    "destruction."),
    "heldTable": QT_TRANSLATE_NOOP("EmptyState", "No recording is held."),
    "destructionListsTable": QT_TRANSLATE_NOOP(
        "EmptyState", "No destruction lists. Expired recordings proposed for destruction are listed here for "
                      "the head's approval."),
}


def empty_text(view: QAbstractItemView) -> str:
    """The sentence of `view` in the interface language; empty when it has none."""
    text = TEXTS.get(view.objectName())
    return QCoreApplication.translate(CONTEXT, text) if text else ""


class EmptyStatePainter(QObject):
    """Paints the view's sentence over its viewport whenever its model has no rows."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        self._describe()

    def is_empty(self) -> bool:
        model = self.view.model()
        return model is None or model.rowCount() == 0

    def _describe(self) -> None:
        """Runs on every paint: the description is set only when it changes (each set tells a screen reader)."""
        text = empty_text(self.view) if self.is_empty() else ""
        if self.view.accessibleDescription() != text:
            self.view.setAccessibleDescription(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind not in (QEvent.Type.Paint, QEvent.Type.LanguageChange) or not shiboken6.isValid(self.view):
            return False  # e.g. the view is being deleted: its viewport still has events on the way out
        if watched is self.view and kind == QEvent.Type.LanguageChange:
            self.view.viewport().update()
        elif watched is self.view.viewport() and event.type() == QEvent.Type.Paint:
            self._describe()
            if self.is_empty():
                self._paint(watched)
        return False

    def _paint(self, viewport: QWidget) -> None:
        text = empty_text(self.view)
        if not text:
            return
        painter = QPainter(viewport)
        painter.setPen(viewport.palette().color(QPalette.ColorRole.PlaceholderText))
        # Only the part a person sees: a page that scrolls sideways (large text, 200 %) shows part of the view.
        area = viewport.visibleRegion().boundingRect() or viewport.rect()
        side = min(24, area.width() // 20)
        area = area.adjusted(side, 4, -side, -4)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        if painter.boundingRect(area, int(flags), text).height() > area.height():  # too low a view: from the top
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(area, int(flags), text)
        painter.end()


def attach_all(root: QWidget) -> list[EmptyStatePainter]:
    """An empty state for every list under `root` that has a sentence (once per view)."""
    painters = []
    for view in root.findChildren(QAbstractItemView):
        if view.objectName() in TEXTS and not view.property("emptyStateAttached"):
            view.setProperty("emptyStateAttached", True)
            painters.append(EmptyStatePainter(view))
    return painters
