"""Empty lists say why they are empty and what to do, painted in their middle and told to a screen reader."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ui.empty_state import TEXTS, empty_text
from ui.main_window import MainWindow


def _ink(view) -> int:
    """How many pixels of the viewport differ from its background colour."""
    image = view.viewport().grab().toImage()
    background = image.pixelColor(2, 2)
    differ = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if image.pixelColor(x, y) != background:
                differ += 1
    return differ


def test_an_empty_unit_says_what_to_do_in_every_list(qtbot, unit_context, responsible):
    window = MainWindow(unit_context, responsible)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    window.show_section("recorders")
    view = window.pages["recorders"].table
    qtbot.waitUntil(lambda: view.model().rowCount() == 0 and view.isVisible())
    assert "Register…" in empty_text(view)
    assert _ink(view) > 50  # the sentence is painted
    assert view.accessibleDescription() == empty_text(view)

    window.show_section("journal")
    journal = window.pages["journal"].table
    qtbot.waitUntil(journal.isVisible)
    assert journal.accessibleDescription().startswith("No journal entries to show.")
    assert _ink(journal) > 50

    # every list that has a sentence got one, and every sentence belongs to a list the app has
    named = {v.objectName() for page in window.pages.values() for v in page.findChildren(type(view))}
    attached = {v.objectName() for page in window.pages.values() for v in page.findChildren(type(view))
                if v.property("emptyStateAttached")}
    assert attached == named & set(TEXTS)
    assert {"journalTable", "recordersTable", "historyTable", "recordingsTable", "expiredTable"} <= attached


def test_an_inspector_is_told_how_to_start_an_inspection(qtbot, unit_context, inspector):
    window = MainWindow(unit_context, inspector)
    qtbot.addWidget(window)
    window.show()
    window.show_section("inspections")
    view = window.pages["inspections"].table
    qtbot.waitUntil(lambda: view.isVisible() and view.model().rowCount() == 0)
    assert "New…" in empty_text(view) and view.accessibleDescription() == empty_text(view)


def test_a_list_with_rows_paints_no_sentence(qtbot, unit_context, responsible):
    unit_context.recorders.add(responsible, "ВР-001", "SN-1", "DS-MCW406", "hikvision-dswa")
    window = MainWindow(unit_context, responsible)
    qtbot.addWidget(window)
    window.show()
    window.show_section("recorders")
    view = window.pages["recorders"].table
    qtbot.waitUntil(lambda: view.model().rowCount() == 1 and view.isVisible())
    assert view.accessibleDescription() == ""


def test_the_sentence_follows_the_language(qtbot, unit_context, responsible, qapp):
    from ui.i18n import LanguageManager

    languages = LanguageManager(qapp)
    try:
        languages.install("kk")
        window = MainWindow(unit_context, responsible, languages)
        qtbot.addWidget(window)
        window.show()
        view = window.pages["recorders"].table
        assert any(letter in empty_text(view) for letter in "әғқңөұүһі")
        languages.install("ru")
        assert "видеорегистратор" in empty_text(view)
    finally:
        languages.install("en")
