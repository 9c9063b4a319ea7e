"""Where the shipped resource files are, from a source checkout, an installed package or a PyInstaller bundle.

In a PyInstaller bundle the files are unpacked under `sys._MEIPASS`; `build.spec` puts them in
`resources/` there, the same layout as in the source tree.
"""

from __future__ import annotations

import sys
from pathlib import Path

# The four TrueType files in resources/fonts/ (DejaVu 2.37; all Kazakh letters present).
SANS = "DejaVuSans.ttf"
SANS_BOLD = "DejaVuSans-Bold.ttf"
SERIF = "DejaVuSerif.ttf"
SERIF_BOLD = "DejaVuSerif-Bold.ttf"


def _resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent


RESOURCES_DIR: Path = _resources_dir()


def fonts_dir() -> Path:
    return RESOURCES_DIR / "fonts"


def translations_dir() -> Path:
    """Holds the `.ts` sources and, after `scripts/build_translations.sh`, the `.qm` files Qt loads."""
    return RESOURCES_DIR / "translations"


def templates_dir() -> Path:
    return RESOURCES_DIR / "templates"


def catalogue_dir() -> Path:
    """The shipped catalogues, e.g. `normative_acts.csv` (read by `inspector_app.domain.normative_catalogue`)."""
    return RESOURCES_DIR / "catalogue"


def icons_dir() -> Path:
    return RESOURCES_DIR / "icons"


def profiles_dir() -> Path:
    """The vendor profiles of recorder models, one JSON file each (read by `devices.profiles`)."""
    return RESOURCES_DIR / "profiles"


def font_file(name: str) -> Path:
    """The path of a shipped font file, e.g. `font_file(SANS)`.

    Only a bare file name is accepted. Raises FileNotFoundError when the file is not there,
    so a missing font fails loudly instead of a PDF silently falling back to a font without
    Kazakh letters.
    """
    if not name or Path(name).name != name or name in (".", ".."):
        raise ValueError(f"not a bare font file name: {name!r}")
    path = fonts_dir() / name
    if not path.is_file():
        raise FileNotFoundError(f"font file not found: {path}")
    return path
