"""Interface language: Qt Linguist translators for the app and for Qt's own texts, switchable at run time.

Sources are `resources/translations/inspector_app_<lang>.ts` (English source strings), compiled to
`.qm` by `scripts/build_translations.sh`. Installing a translator makes Qt send LanguageChange to
every widget, and each widget's `retranslate()` then sets its texts again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from resources.paths import translations_dir

logger = logging.getLogger(__name__)

LANGUAGES = ("kk", "ru", "en")
LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


def default_language(system_locale: QLocale | None = None) -> str:
    """Kazakh when the system locale is Kazakh, otherwise Russian (the office language of the unit)."""
    locale = system_locale or QLocale.system()
    return "kk" if locale.language() == QLocale.Language.Kazakh else "ru"


class LanguageManager:
    """Holds the installed translators so they can be swapped when the user picks another language."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = "en"
        self._translators: list[QTranslator] = []

    def install(self, language: str) -> bool:
        """Switch to `language`; returns False when its compiled translation is missing (English is then shown)."""
        if language not in LANGUAGES:
            language = "ru"
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators.clear()
        ok = True
        if language != "en":
            app_translator = QTranslator(self.app)
            ok = app_translator.load(f"inspector_app_{language}", str(translations_dir()))
            if ok:
                self.app.installTranslator(app_translator)
                self._translators.append(app_translator)
            else:
                logger.warning("no compiled translation for %s in %s", language, translations_dir())
            qt_translator = QTranslator(self.app)
            qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_translator.load(f"qtbase_{language}", qt_path):
                self.app.installTranslator(qt_translator)
                self._translators.append(qt_translator)
        self.language = language
        QLocale.setDefault(QLocale(language))
        # Qt posts LanguageChange to the application, which posts it on to each window: deliver both
        # rounds now, so every open widget is retranslated before this returns.
        for _round in range(2):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return ok
