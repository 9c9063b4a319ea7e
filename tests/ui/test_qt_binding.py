"""The Qt binding itself: the app repaints and calls Qt setters thousands of times a minute, so a binding
that leaks or drops references on those calls would crash it (PySide6 6.12.0 drops one of None per call)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_keep_the_reference_count_of_none(qapp):
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(5000):
        obj.setObjectName("x")
    assert sys.getrefcount(None) - before > -100
