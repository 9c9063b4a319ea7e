"""The picture of the player with the recording's wall-clock time drawn over it.

A `QGraphicsVideoItem` in a scene, scaled to the view with its aspect kept, and above it a text item in a
dark box at the picture's bottom left: the clock overlay (п.6: the reviewer sees when each moment was
recorded). Drawn in the scene, the overlay is part of the picture the view paints, unlike a label over a
native video window, and `grab()` shows it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtMultimediaWidgets import QGraphicsVideoItem
from PySide6.QtWidgets import QFrame, QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView

OVERLAY_MARGIN = 8
OVERLAY_PADDING = 4
OVERLAY_BACKGROUND = QColor(0, 0, 0, 170)


class VideoView(QGraphicsView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("video")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(QBrush(Qt.GlobalColor.black))
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setMinimumSize(320, 240)
        self.scene_ = QGraphicsScene(self)
        self.setScene(self.scene_)
        self.item = QGraphicsVideoItem()
        self.item.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.scene_.addItem(self.item)
        self.box = QGraphicsRectItem()
        self.box.setBrush(QBrush(OVERLAY_BACKGROUND))
        self.box.setPen(QPen(Qt.PenStyle.NoPen))
        self.box.setZValue(1)
        self.text = QGraphicsSimpleTextItem()
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setBold(True)
        font.setPointSize(11)
        self.text.setFont(font)
        self.text.setBrush(QBrush(Qt.GlobalColor.white))
        self.text.setZValue(2)
        self.scene_.addItem(self.box)
        self.scene_.addItem(self.text)
        self.item.nativeSizeChanged.connect(lambda *_: self._layout())

    def videoSink(self):  # noqa: N802 - as QVideoWidget names it
        return self.item.videoSink()

    def overlay_text(self) -> str:
        return self.text.text()

    def set_overlay_text(self, text: str) -> None:
        self.text.setText(text)
        self._layout()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._layout()

    def _layout(self) -> None:
        """The video fills the view; the overlay sits at the bottom left of the picture itself."""
        width, height = max(self.viewport().width(), 1), max(self.viewport().height(), 1)
        self.scene_.setSceneRect(0, 0, width, height)
        self.item.setSize(QSizeF(width, height))
        picture = self._picture_rect(width, height)
        shown = bool(self.text.text())
        self.box.setVisible(shown)
        self.text.setVisible(shown)
        if not shown:
            return
        bounds = self.text.boundingRect()
        x = picture.left() + OVERLAY_MARGIN
        y = picture.bottom() - OVERLAY_MARGIN - bounds.height() - 2 * OVERLAY_PADDING
        self.box.setRect(QRectF(x, y, bounds.width() + 2 * OVERLAY_PADDING, bounds.height() + 2 * OVERLAY_PADDING))
        self.text.setPos(x + OVERLAY_PADDING, y + OVERLAY_PADDING)

    def _picture_rect(self, width: float, height: float) -> QRectF:
        native = self.item.nativeSize()
        if native.isEmpty():
            return QRectF(0, 0, width, height)
        scaled = native.scaled(QSizeF(width, height), Qt.AspectRatioMode.KeepAspectRatio)
        return QRectF((width - scaled.width()) / 2, (height - scaled.height()) / 2, scaled.width(), scaled.height())
