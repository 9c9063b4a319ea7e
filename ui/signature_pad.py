"""The signature pad: a white 3:1 card on which an inspector signs with the mouse, a finger or a pen.

The drawing is kept as vector strokes in the format of `inspector_app.domain.strokes`: a list of strokes,
each a list of points (x, y) normalised to the drawing box, y down. Mouse, touch and tablet input all
end up in `_begin` / `_extend` / `_finish`; only one pointer draws at a time, so a pen or a finger that
the system also reports as a mouse does not draw twice. `render_strokes` paints a stored drawing into
any rectangle, so a details pane or a print preview shows the same ink as the pad.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QEventPoint, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from inspector_app.domain.strokes import MAX_POINTS, MAX_STROKES, PAD_ASPECT, Point, Strokes
from ui.widgets import Retranslatable

logger = logging.getLogger(__name__)

INK = QColor(24, 42, 128)  # ballpoint blue
CARD = QColor(255, 255, 255)
BORDER = QColor(196, 202, 212)
BASELINE = QColor(214, 220, 230)
CAPTION = QColor(178, 184, 194)
MIN_STEP = 0.002  # consecutive points closer than this share of the box width are skipped
INK_WIDTH = 0.02  # pen width as a share of the box height
BASELINE_Y = 0.74


class SignaturePad(Retranslatable, QWidget):
    """Captures a handwritten signature as normalised vector strokes; `changed` fires after each stroke and on clear."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self._strokes: list[list[Point]] = []
        self._pointer: str | None = None  # "mouse", "touch" or "tablet" while a stroke is being drawn
        self._touch_id = -1
        self._read_only = False
        self._caption = ""
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        # Signing is drawn with a pen, a finger or the mouse; the pad takes the focus all the same, so that a
        # screen reader reads its name and what to do, and Delete clears it from the keyboard.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.clear_button = QToolButton(self, objectName="clearSignature", clicked=self.clear, autoRaise=True,
                                        cursor=Qt.CursorShape.ArrowCursor, focusPolicy=Qt.FocusPolicy.TabFocus)
        self._refresh()
        self.retranslate()

    def retranslate(self) -> None:
        self._caption = self.tr("Sign here")
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Erase the signature and sign again"))
        self.setAccessibleName(self.tr("Signature pad"))
        self.setAccessibleDescription(self.tr(
            "Sign here with a pen, a finger or the mouse, as on paper. Delete or the Clear button erases the "
            "signature."))
        self.clear_button.setAccessibleName(self.tr("Erase the signature and sign again"))
        self._place_button()
        self.update()

    def strokes(self) -> Strokes:
        """The current drawing, normalised to the box and rounded to 4 decimals."""
        return [[(round(x, 4), round(y, 4)) for x, y in stroke] for stroke in self._strokes if stroke]

    def set_strokes(self, strokes: Sequence[Sequence[Sequence[float]]] | None) -> None:
        """Show a drawing, e.g. a stored signature; points are clamped to the box."""
        self._pointer = None
        self._strokes = [[(_clamp(float(x)), _clamp(float(y))) for x, y in stroke] for stroke in strokes or () if stroke]
        self._refresh()
        self.changed.emit()

    def clear(self) -> None:
        was_empty = self.is_empty()
        self._strokes, self._pointer = [], None
        self._refresh()
        if not was_empty:
            self.changed.emit()

    def is_empty(self) -> bool:
        return not any(self._strokes)

    def isReadOnly(self) -> bool:  # noqa: N802 - Qt naming, like QLineEdit
        return self._read_only

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - Qt naming, like QLineEdit
        """A read-only pad only shows its drawing: no input, no Clear button, no caption."""
        if self._pointer is not None:
            self._finish()
        self._read_only = bool(read_only)
        self.setCursor(Qt.CursorShape.ArrowCursor if self._read_only else Qt.CursorShape.CrossCursor)
        self._refresh()

    def box(self) -> QRectF:
        """The largest PAD_ASPECT rectangle centred in the widget: the drawing box."""
        width, height = float(self.width()), float(self.height())
        if width / PAD_ASPECT <= height:
            box_w, box_h = width, width / PAD_ASPECT
        else:
            box_w, box_h = height * PAD_ASPECT, height
        return QRectF((width - box_w) / 2, (height - box_h) / 2, box_w, box_h)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(360, 120)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(540, 180)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._place_button()
        super().resizeEvent(event)

    def _place_button(self) -> None:
        box = self.box()
        hint = self.clear_button.sizeHint()
        self.clear_button.resize(hint)
        self.clear_button.move(int(box.right() - hint.width() - 4), int(box.top() + 4))

    def _refresh(self) -> None:
        self.clear_button.setVisible(not self._read_only)
        self.clear_button.setEnabled(not self.is_empty())
        self.update()

    def _normalise(self, pos: QPointF) -> Point:
        box = self.box()
        if box.width() <= 0 or box.height() <= 0:
            return (0.0, 0.0)
        return (_clamp((pos.x() - box.left()) / box.width()), _clamp((pos.y() - box.top()) / box.height()))

    def _over_button(self, pos: QPointF) -> bool:
        return self.clear_button.isVisible() and self.clear_button.geometry().contains(pos.toPoint())

    def _full(self) -> bool:
        """No room for more: the drawing would stop being a valid signature (see `normalise_strokes`)."""
        return sum(map(len, self._strokes)) >= MAX_POINTS

    def _begin(self, pointer: str, pos: QPointF) -> bool:
        if self._read_only or self._pointer is not None or len(self._strokes) >= MAX_STROKES or self._full():
            return False
        self._pointer = pointer
        self._strokes.append([self._normalise(pos)])
        self.update()
        return True

    def _extend(self, pos: QPointF) -> None:
        stroke = self._strokes[-1]
        point = self._normalise(pos)
        last = stroke[-1]
        if math.hypot(point[0] - last[0], (point[1] - last[1]) / PAD_ASPECT) < MIN_STEP or self._full():
            return
        stroke.append(point)
        self.update()

    def _finish(self, pos: QPointF | None = None) -> None:
        if pos is not None:
            self._extend(pos)
        self._pointer = None
        self._refresh()
        self.changed.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not self._read_only:
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not (event.button() == Qt.MouseButton.LeftButton and self._begin("mouse", event.position())):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._pointer != "mouse":
            return super().mouseMoveEvent(event)
        self._extend(event.position())

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._pointer != "mouse" or event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        self._finish(event.position())

    def tabletEvent(self, event) -> None:  # noqa: N802 - Qt API
        kind, pos = event.type(), event.position()
        if kind == QEvent.Type.TabletPress and not self._over_button(pos) and self._begin("tablet", pos):
            pass
        elif kind == QEvent.Type.TabletMove and self._pointer == "tablet":
            self._extend(pos)
        elif kind == QEvent.Type.TabletRelease and self._pointer == "tablet":
            self._finish(pos)
        else:
            event.ignore()  # not a stroke (hovering, a tap on Clear): Qt replays it as a mouse
            return
        event.accept()  # a stroke: accepted, so Qt does not replay the pen as a mouse as well

    def event(self, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            return self._touch(event)
        return super().event(event)

    def _touch(self, event) -> bool:
        """Follow the first finger only; a second finger resting on the screen does not draw."""
        points, kind = event.points(), event.type()
        if self._pointer is None and kind == QEvent.Type.TouchBegin and points:
            first = points[0]
            if self._read_only or self._over_button(first.position()):
                event.ignore()  # unhandled: Qt turns the tap into a mouse click on the Clear button
                return False
            if self._begin("touch", first.position()):
                self._touch_id = first.id()
        elif self._pointer == "touch" and kind == QEvent.Type.TouchCancel:
            self._finish()
        elif self._pointer == "touch":
            for point in (p for p in points if p.id() == self._touch_id):
                if point.state() == QEventPoint.State.Released or kind == QEvent.Type.TouchEnd:
                    self._finish(point.position())
                    break
                self._extend(point.position())
        event.accept()
        return True

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = self.box()
        painter.setPen(QPen(BORDER, 1))
        painter.setBrush(CARD)
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        if not self._read_only:
            base_y = box.top() + box.height() * BASELINE_Y
            left, right = box.left() + box.width() * 0.06, box.right() - box.width() * 0.06
            painter.setPen(QPen(BASELINE, max(1.0, box.height() / 120)))
            painter.drawLine(QPointF(left, base_y), QPointF(right, base_y))
            if self.is_empty():
                font = QFont(self.font())
                font.setItalic(True)
                font.setPixelSize(max(10, int(box.height() * 0.12)))
                painter.setFont(font)
                painter.setPen(CAPTION)
                caption = QRectF(left, base_y + box.height() * 0.03, right - left, box.height() * 0.18)
                painter.drawText(caption, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self._caption)
        self.render_strokes(painter, box, self._strokes)
        painter.end()

    @staticmethod
    def render_strokes(painter: QPainter, rect: QRectF, strokes: Sequence[Sequence[Sequence[float]]],
                       pen_color: QColor = INK, width: float | None = None) -> None:
        """Paint normalised strokes into `rect` with round-capped antialiased ink, smoothed through midpoints."""
        if width is None:
            width = max(1.0, rect.height() * INK_WIDTH)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(pen_color), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for stroke in strokes:
            points = [QPointF(rect.left() + p[0] * rect.width(), rect.top() + p[1] * rect.height()) for p in stroke]
            if len(points) == 1:
                painter.drawPoint(points[0])  # a tap, e.g. the dot over an i
            if len(points) < 2:
                continue
            path = QPainterPath(points[0])
            for here, after in pairwise(points[1:]):
                path.quadTo(here, (here + after) / 2)
            path.lineTo(points[-1])
            painter.drawPath(path)
        painter.restore()


def _clamp(value: float) -> float:
    return min(max(value, 0.0), 1.0)
