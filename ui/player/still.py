"""A still frame for the act: the picture at its own size with its wall-clock time and the recording's SHA-256
printed under it (in DejaVu Sans, which has the Kazakh letters), as PNG bytes written atomically."""

from __future__ import annotations

import hashlib
import logging
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetrics, QImage, QPainter

from inspector_app.documents.output_files import check_target, write_atomically
from resources.paths import fonts_dir

logger = logging.getLogger(__name__)

CAPTION_FAMILY = "DejaVu Sans"
CAPTION_POINT_SIZE = 9
MARGIN = 6


@lru_cache(maxsize=1)
def caption_font() -> QFont:
    """The bundled DejaVu Sans (registered here too: a still may be made before the app installs its fonts)."""
    families = set(QFontDatabase.families())
    if CAPTION_FAMILY not in families:
        font_id = QFontDatabase.addApplicationFont(str(fonts_dir() / "DejaVuSans.ttf"))
        if font_id < 0:
            logger.warning("cannot load the caption font")
    font = QFont(CAPTION_FAMILY)
    font.setPixelSize(13)
    return font


def captioned(frame: QImage, lines: list[str]) -> QImage:
    """`frame` unscaled, on white, with `lines` under it; as wide as the widest of them."""
    font = caption_font()
    metrics = QFontMetrics(font)
    text_width = max((metrics.horizontalAdvance(line) for line in lines), default=0) + 2 * MARGIN
    width = max(frame.width(), text_width)
    caption_height = metrics.lineSpacing() * len(lines) + 2 * MARGIN
    image = QImage(width, frame.height() + caption_height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.drawImage((width - frame.width()) // 2, 0, frame)
        painter.setFont(font)
        painter.setPen(QColor("black"))
        y = frame.height() + MARGIN
        for line in lines:
            painter.drawText(QRect(MARGIN, y, width - 2 * MARGIN, metrics.lineSpacing()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), line)
            y += metrics.lineSpacing()
    finally:
        painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("The picture could not be encoded as PNG")
    buffer.close()
    return bytes(data)


def write_still(path: Path, data: bytes) -> str:
    """Write the still's PNG atomically where the person chose (owner-readable only: it is footage, п.13),
    through the same writer as every document; returns its SHA-256 for the audit trail."""
    write_atomically(check_target(Path(path)), data, private=True)
    return hashlib.sha256(data).hexdigest()
