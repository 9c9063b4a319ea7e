"""Paints columns 4 and 5 of the journal as on paper: the date and time, then the small drawn signature.

The cell is painted as usual (background, selection, text, font, colour); the text is kept to the left
part of the cell and the signature (`StrokesRole`) is drawn into a 3:1 box in the rest, with the same
ink as the signature pad. A struck row's signature is drawn in grey with a line through it.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRect, QRectF, QSize
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from inspector_app.domain.strokes import PAD_ASPECT
from ui.models.base_table_model import ItemRole
from ui.models.journal_table_model import STRUCK_COLOUR, StrokesRole
from ui.signature_pad import INK, SignaturePad

PADDING = 3


class SignatureCellDelegate(QStyledItemDelegate):
    def paint(self, painter, option, index) -> None:
        strokes = index.data(StrokesRole)
        if not strokes:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        rect = opt.rect
        box_height = max(rect.height() - 2 * PADDING, 8)
        box_width = min(box_height * PAD_ASPECT, rect.width() * 0.5)
        box_height = box_width / PAD_ASPECT
        text_width = opt.fontMetrics.horizontalAdvance(opt.text) + 4 * PADDING
        box_left = rect.left() + min(text_width, rect.width() - box_width - PADDING)
        box = QRectF(box_left, rect.top() + (rect.height() - box_height) / 2, box_width, box_height)

        # Background and selection over the whole cell, then the text in the part left of the signature.
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        background = QStyleOptionViewItem(opt)
        background.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, widget)
        text = QStyleOptionViewItem(opt)
        text.rect = QRect(rect.left(), rect.top(), max(int(box_left) - rect.left(), 1), rect.height())
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text, painter, widget)

        row = index.data(ItemRole)
        struck = getattr(row, "strike", None) is not None
        SignaturePad.render_strokes(painter, box, strokes, STRUCK_COLOUR if struck else INK,
                                    max(1.0, box_height * 0.05))
        if struck:
            painter.save()
            painter.setPen(QPen(QColor(STRUCK_COLOUR), 1))
            middle = box.center().y()
            painter.drawLine(QLineF(box.left(), middle, box.right(), middle))
            painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        size = super().sizeHint(option, index)
        if index.data(StrokesRole):
            size.setWidth(size.width() + int(max(size.height(), 24) * PAD_ASPECT) + 2 * PADDING)
        return size


def signature_box_width(row_height: int) -> int:
    """The width a cell needs beside its text for a signature in a row `row_height` pixels high."""
    return int((row_height - 2 * PADDING) * PAD_ASPECT) + 2 * PADDING
