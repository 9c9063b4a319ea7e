"""The fonts documents print with: DejaVu Sans and DejaVu Sans Bold from resources/fonts, embedded.

reportlab's built-in PDF fonts have none of the Kazakh letters (ә ғ қ ң ө ұ ү һ і), so documents use
only these TrueType fonts; registration is done once per process and is safe to repeat.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from resources.paths import SANS, SANS_BOLD, font_file

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

_lock = threading.Lock()


def register_fonts() -> tuple[str, str]:
    """Register the two fonts with reportlab (FileNotFoundError if a file is missing); return their names."""
    with _lock:
        known = set(pdfmetrics.getRegisteredFontNames())
        if REGULAR not in known:
            pdfmetrics.registerFont(TTFont(REGULAR, str(font_file(SANS))))
        if BOLD not in known:
            pdfmetrics.registerFont(TTFont(BOLD, str(font_file(SANS_BOLD))))
        # <b> inside a Paragraph picks the bold face; there is no italic face, so italic maps to upright.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
