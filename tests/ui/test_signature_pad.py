"""The signature pad, driven the way a person signs: mouse drags, finger strokes, a pen; then what it shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from inspector_app.domain.strokes import normalise_strokes
from inspector_app.errors import ValidationError
from ui.signature_pad import SignaturePad

LEFT = Qt.MouseButton.LeftButton
TOL = 0.01  # a pixel or two on a 600x200 box


@pytest.fixture
def pad(qtbot):
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(600, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture(scope="module")
def touchscreen():
    return QTest.createTouchDevice()


@pytest.fixture
def no_mouse_from_touch(qapp):
    """Qt would turn touches the pad ignores into mouse events; switch that off to see the touch path alone."""
    attribute = Qt.ApplicationAttribute.AA_SynthesizeMouseForUnhandledTouchEvents
    before = qapp.testAttribute(attribute)
    qapp.setAttribute(attribute, False)
    yield
    qapp.setAttribute(attribute, before)


def at(pad, x: float, y: float) -> QPoint:
    """The widget pixel at normalised (x, y) of the pad's drawing box."""
    box = pad.box()
    return QPoint(round(box.left() + x * box.width()), round(box.top() + y * box.height()))


def draw(qtbot, pad, points) -> None:
    """Press at the first position, drag through the others, release at the last."""
    qtbot.mousePress(pad, LEFT, pos=points[0])
    for point in points[1:]:
        QTest.mouseMove(pad, point)
    qtbot.mouseRelease(pad, LEFT, pos=points[-1])


def dark_pixels(image: QImage, threshold: int = 140) -> list[tuple[int, int]]:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    return [(x, y) for y in range(image.height()) for x in range(image.width())
            if QColor(image.pixel(x, y)).lightness() < threshold]


def ink_pixels(pad) -> list[tuple[int, int]]:
    """Dark pixels inside the box, leaving out the Clear button's own lettering."""
    button = pad.clear_button.geometry() if pad.clear_button.isVisible() else None
    box = pad.box().toRect()
    return [(x, y) for x, y in dark_pixels(pad.grab().toImage())
            if box.contains(x, y) and not (button is not None and button.contains(x, y))]


def test_mouse_drag_makes_a_stroke_of_the_positions_drawn(qtbot, pad):
    wanted = [(0.10, 0.60), (0.20, 0.30), (0.30, 0.70), (0.40, 0.40), (0.50, 0.55)]
    with qtbot.waitSignal(pad.changed):
        draw(qtbot, pad, [at(pad, x, y) for x, y in wanted])

    strokes = pad.strokes()
    assert len(strokes) == 1
    assert len(strokes[0]) == len(wanted)
    for (x, y), (want_x, want_y) in zip(strokes[0], wanted):
        assert 0.0 <= x <= 1.0 and 0.0 <= y <= 1.0
        assert x == pytest.approx(want_x, abs=TOL) and y == pytest.approx(want_y, abs=TOL)
    assert not pad.is_empty()
    assert normalise_strokes(strokes) == strokes


def test_a_second_drag_adds_a_second_stroke(qtbot, pad):
    draw(qtbot, pad, [at(pad, 0.1, 0.5), at(pad, 0.3, 0.5)])
    with qtbot.waitSignal(pad.changed):
        draw(qtbot, pad, [at(pad, 0.5, 0.2), at(pad, 0.6, 0.8), at(pad, 0.7, 0.3)])

    strokes = pad.strokes()
    assert [len(s) for s in strokes] == [2, 3]
    assert strokes[1][0] == pytest.approx((0.5, 0.2), abs=TOL)
    assert normalise_strokes(strokes) == strokes


def test_points_close_together_are_skipped(qtbot, pad):
    start = at(pad, 0.2, 0.5)  # a pixel either way on a 600x200 box is less than 0.002 of its width
    draw(qtbot, pad, [start, start + QPoint(1, 0), start + QPoint(0, 1), at(pad, 0.4, 0.5)])
    assert pad.strokes()[0] == [pytest.approx((0.2, 0.5), abs=TOL), pytest.approx((0.4, 0.5), abs=TOL)]


def test_dragging_outside_the_box_is_clamped_to_it(qtbot, pad):
    inside = at(pad, 0.5, 0.5)
    draw(qtbot, pad, [inside, QPoint(-40, -30), QPoint(pad.width() + 50, pad.height() + 60), inside])

    stroke = pad.strokes()[0]
    assert stroke[1] == (0.0, 0.0)
    assert stroke[2] == (1.0, 1.0)
    assert all(0.0 <= v <= 1.0 for point in stroke for v in point)
    assert normalise_strokes(pad.strokes()) == pad.strokes()


def test_clear_button_empties_the_pad(qtbot, pad):
    button = pad.findChild(type(pad.clear_button), "clearSignature")
    assert button is not None and button.text() == "Clear"
    assert not button.isEnabled()  # nothing to clear yet
    draw(qtbot, pad, [at(pad, 0.1, 0.5), at(pad, 0.4, 0.6)])
    assert button.isEnabled()

    with qtbot.waitSignal(pad.changed):
        qtbot.mouseClick(button, LEFT)

    assert pad.is_empty()
    assert pad.strokes() == []
    with pytest.raises(ValidationError) as caught:
        normalise_strokes(pad.strokes())
    assert caught.value.code == "signature_empty"


def test_a_finger_draws_a_stroke(qtbot, pad, touchscreen, no_mouse_from_touch):
    path = [(0.2, 0.3), (0.3, 0.6), (0.45, 0.4), (0.6, 0.7)]
    points = [at(pad, x, y) for x, y in path]
    with qtbot.waitSignal(pad.changed):
        QTest.touchEvent(pad, touchscreen, False).press(0, points[0], pad).commit()
        for point in points[1:]:
            QTest.touchEvent(pad, touchscreen, False).move(0, point, pad).commit()
        QTest.touchEvent(pad, touchscreen, False).release(0, points[-1], pad).commit()

    strokes = pad.strokes()
    assert len(strokes) == 1
    assert len(strokes[0]) == len(path)
    for got, want in zip(strokes[0], path):
        assert got == pytest.approx(want, abs=TOL)
    assert normalise_strokes(strokes) == strokes


def test_a_finger_taps_the_clear_button(qtbot, pad, touchscreen):
    pad.set_strokes([[(0.1, 0.5), (0.4, 0.6)]])
    tap = pad.clear_button.geometry().center()
    with qtbot.waitSignal(pad.changed):
        QTest.touchEvent(pad, touchscreen, False).press(0, tap, pad).commit()
        QTest.touchEvent(pad, touchscreen, False).release(0, tap, pad).commit()
    assert pad.is_empty()


def test_a_pen_draws_a_stroke_and_is_not_replayed_as_a_mouse(qtbot, pad):
    pen = QPointingDevice("test pen", 7, QPointingDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
                          QPointingDevice.Capability.Position | QPointingDevice.Capability.Pressure, 1, 2)
    path = [(0.15, 0.5), (0.35, 0.25), (0.55, 0.65)]
    for n, (x, y) in enumerate(path):
        kind = QTabletEvent.Type.TabletPress if n == 0 else QTabletEvent.Type.TabletMove
        event = QTabletEvent(kind, pen, QPointF(at(pad, x, y)), QPointF(pad.mapToGlobal(at(pad, x, y))), 0.6,
                             0.0, 0.0, 0.0, 0.0, 0.0, Qt.KeyboardModifier.NoModifier, LEFT, LEFT)
        event.ignore()
        QApplication.sendEvent(pad, event)
        assert event.isAccepted()
    end = QTabletEvent(QTabletEvent.Type.TabletRelease, pen, QPointF(at(pad, 0.55, 0.65)),
                       QPointF(pad.mapToGlobal(at(pad, 0.55, 0.65))), 0.0, 0.0, 0.0, 0.0, 0.0, 0.0,
                       Qt.KeyboardModifier.NoModifier, LEFT, Qt.MouseButton.NoButton)
    with qtbot.waitSignal(pad.changed):
        end.ignore()
        QApplication.sendEvent(pad, end)
    assert end.isAccepted()

    strokes = pad.strokes()
    assert len(strokes) == 1
    for got, want in zip(strokes[0], path):
        assert got == pytest.approx(want, abs=TOL)

    # hovering, or pressing the Clear button, is left to Qt, which replays it as a mouse
    for kind, pos in ((QTabletEvent.Type.TabletMove, QPointF(at(pad, 0.3, 0.3))),
                      (QTabletEvent.Type.TabletPress, QPointF(pad.clear_button.geometry().center()))):
        event = QTabletEvent(kind, pen, pos, QPointF(pad.mapToGlobal(pos)), 0.5, 0.0, 0.0, 0.0, 0.0, 0.0,
                             Qt.KeyboardModifier.NoModifier, LEFT, LEFT)
        QApplication.sendEvent(pad, event)
        assert not event.isAccepted()
    assert len(pad.strokes()) == 1


def test_set_strokes_shows_ink_and_an_empty_pad_shows_none(qtbot, pad):
    assert ink_pixels(pad) == []

    pad.set_strokes([[(0.1, 0.5), (0.5, 0.5), (0.9, 0.5)]])

    ink = ink_pixels(pad)
    assert len(ink) > 200
    line_y = at(pad, 0.5, 0.5).y()
    assert all(abs(y - line_y) <= 4 for _, y in ink)  # only along the stroke
    assert {x // 60 for x, _ in ink} >= set(range(1, 9))  # along all of it
    assert pad.strokes() == [[(0.1, 0.5), (0.5, 0.5), (0.9, 0.5)]]


def test_render_strokes_paints_into_any_rectangle(qtbot):
    image = QImage(300, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    SignaturePad.render_strokes(painter, QRectF(0, 0, 300, 100), [[(0.0, 0.2), (1.0, 0.2)], [(0.5, 0.8)]])
    painter.end()

    dark = dark_pixels(image)
    assert any(abs(y - 20) <= 1 for _, y in dark)
    assert any(abs(x - 150) <= 1 and abs(y - 80) <= 1 for x, y in dark)  # a single tap is a dot


def test_read_only_pad_ignores_drawing(qtbot, pad, touchscreen):
    pad.set_strokes([[(0.1, 0.1), (0.2, 0.2)]])
    pad.setReadOnly(True)
    assert pad.isReadOnly()
    assert not pad.clear_button.isVisible()

    with qtbot.assertNotEmitted(pad.changed):
        draw(qtbot, pad, [at(pad, 0.5, 0.5), at(pad, 0.8, 0.7)])
        QTest.touchEvent(pad, touchscreen, False).press(0, at(pad, 0.3, 0.3), pad).commit()
        QTest.touchEvent(pad, touchscreen, False).release(0, at(pad, 0.6, 0.6), pad).commit()

    assert pad.strokes() == [[(0.1, 0.1), (0.2, 0.2)]]
    assert len(ink_pixels(pad)) > 0  # still shows the stored signature

    pad.setReadOnly(False)
    draw(qtbot, pad, [at(pad, 0.5, 0.5), at(pad, 0.8, 0.7)])
    assert len(pad.strokes()) == 2


@pytest.mark.parametrize("size, box", [
    ((600, 600), (0, 200, 600, 200)),   # tall: full width, centred vertically
    ((900, 150), (225, 0, 450, 150)),   # wide: full height, centred horizontally
])
def test_box_keeps_three_to_one_in_any_shape(qtbot, pad, size, box):
    pad.resize(*size)
    left, top, width, height = box
    assert pad.box().getRect() == pytest.approx(box)

    draw(qtbot, pad, [QPoint(left + 1, top + 1), QPoint(left + width // 2, top + height // 2),
                      QPoint(left + width - 1, top + height - 1)])

    (first, middle, last), = pad.strokes()
    assert first == pytest.approx((0.0, 0.0), abs=TOL)
    assert middle == pytest.approx((0.5, 0.5), abs=TOL)
    assert last == pytest.approx((1.0, 1.0), abs=TOL)
    assert pad.clear_button.geometry().top() >= top  # the button rides on the card


def test_minimum_size_hint_is_a_three_to_one_card(pad):
    hint = pad.minimumSizeHint()
    assert (hint.width(), hint.height()) == (360, 120)
