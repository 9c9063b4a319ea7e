"""Registers the bundled fonts so Kazakh letters (ә ғ қ ң ө ұ ү һ і) render on every PC."""

from __future__ import annotations

import logging
import sys

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from resources.paths import fonts_dir

logger = logging.getLogger(__name__)
UI_FAMILY = "DejaVu Sans"


def install_fonts(app: QApplication) -> list[str]:
    families: list[str] = []
    for path in sorted(fonts_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            logger.warning("cannot load font %s", path)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    # Windows' own UI font (Segoe UI) has the Kazakh letters; elsewhere use the bundled one.
    if not sys.platform.startswith("win") and UI_FAMILY in families:
        app.setFont(QFont(UI_FAMILY, 10))
    return families
