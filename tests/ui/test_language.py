"""Switching the interface language at run time: Kazakh, Russian, English through Qt Linguist files."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from resources.paths import translations_dir
from ui.i18n import LanguageManager, default_language
from ui.main_window import MainWindow


@pytest.fixture
def languages(qapp):
    manager = LanguageManager(QApplication.instance())
    yield manager
    manager.install("en")


def _nav_texts(window) -> list[str]:
    return [window.navigation.item(r).text() for r in range(window.navigation.count())]


def test_compiled_translations_exist():
    for lang in ("kk", "ru", "en"):
        assert (translations_dir() / f"inspector_app_{lang}.qm").stat().st_size > 1000, lang


def test_switching_language_retranslates_the_open_window(qtbot, unit_context, responsible, languages):
    assert languages.install("kk") is True
    window = MainWindow(unit_context, responsible, languages)
    qtbot.addWidget(window)
    kk = _nav_texts(window)
    assert "Бейнетіркеуіштер" in kk and "Журнал" in kk
    assert window.pages["recorders"].model.headerData(0, _horizontal()) == "Түгендеу нөмірі"
    assert any(ch in "".join(kk) for ch in "әғқңөұүһі")

    languages.install("ru")
    ru = _nav_texts(window)
    assert "Видеорегистраторы" in ru
    assert window.pages["recorders"].model.headerData(0, _horizontal()) == "Инвентарный номер"
    assert window.pages["recorders"].count_label.text() == "0 видеорегистраторов"

    languages.install("en")
    assert "Recorders" in _nav_texts(window)


def test_settings_page_language_choice_is_saved(qtbot, unit_context, responsible, languages):
    languages.install("ru")
    window = MainWindow(unit_context, responsible, languages)
    qtbot.addWidget(window)
    window.show_section("settings")
    combo = window.pages["settings"].language
    combo.setCurrentIndex(combo.findData("kk"))
    assert languages.language == "kk"
    assert unit_context.config.get("language") == "kk"
    assert window.navigation.item(window.nav_keys.index("settings")).text() == "Баптаулар"
    assert window.pages["settings"].title.text() == "Баптаулар"


def test_default_language_follows_system_locale():
    assert default_language(QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan)) == "kk"
    assert default_language(QLocale(QLocale.Language.Russian, QLocale.Country.Kazakhstan)) == "ru"
    assert default_language(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "ru"


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_qt_own_dialogs_and_buttons_follow_the_language(qtbot, languages):
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox.StandardButton
    expected = {"kk": ("Сақтау", "Бас тарту"), "ru": ("Сохранить", "Отмена"), "en": ("Save", "Cancel")}
    for lang, (save, cancel) in expected.items():
        languages.install(lang)
        box = QDialogButtonBox(buttons.Save | buttons.Cancel)
        qtbot.addWidget(box)
        assert box.button(buttons.Save).text() == save and box.button(buttons.Cancel).text() == cancel, lang
        # The file dialog and the edit menu of a text field are Qt's own: translated by qtbase_<lang>.qm.
        assert QApplication.translate("QFileDialog", "&Open").replace("&", "") == \
            {"kk": "Ашу", "ru": "Открыть", "en": "Open"}[lang]
