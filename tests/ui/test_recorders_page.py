"""The recorder register driven through the real page and dialogs."""

from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from tests.ui.conftest import press_cancel, press_ok, type_into, type_text
from ui.models.base_table_model import ItemRole
from ui.pages.recorders_page import RecordersPage
from tests.db_backend import raw_connect
from tests.integration.conftest import db_path


def _page(qtbot, ctx, user) -> RecordersPage:
    page = RecordersPage(ctx, user)
    qtbot.addWidget(page)
    page.show()
    return page


def _inventories(page) -> list[str]:
    proxy = page.table.model()
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def _register(qtbot, modal, page, inventory: str, serial: str = "SN-1", keep_open: bool = False):
    seen = {}

    def fill(dialog):
        type_into(qtbot, dialog, "inventoryEdit", inventory, QLineEdit)
        type_into(qtbot, dialog, "serialEdit", serial, QLineEdit)
        type_into(qtbot, dialog, "modelEdit", "DS-MCW406", QLineEdit)
        dialog.findChild(QComboBox, "profileCombo").setCurrentText("hikvision-dswa")
        press_ok(qtbot, dialog)
        seen["open_after_ok"] = dialog.isVisible()
        seen["error"] = dialog.error_label.text()
        if dialog.isVisible():
            press_cancel(qtbot, dialog)

    modal.run(lambda: qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton), fill)
    return seen


def test_add_recorder_appears_in_table_with_history(qtbot, modal, unit_context, responsible):
    page = _page(qtbot, unit_context, responsible)
    assert _inventories(page) == []
    seen = _register(qtbot, modal, page, "ВР-001")
    assert seen["open_after_ok"] is False
    assert _inventories(page) == ["ВР-001"]
    # The new row is selected and its history shows the registration.
    assert page.selected().inventory_number == "ВР-001"
    assert page.history_model.rowCount() == 1
    assert "ВР-001" in page.history_model.index(0, page.history_model.COL_DETAILS).data()


def test_duplicate_inventory_shows_error_and_writes_nothing(qtbot, modal, unit_context, responsible):
    page = _page(qtbot, unit_context, responsible)
    _register(qtbot, modal, page, "ВР-001")
    seen = _register(qtbot, modal, page, "вр-001", serial="OTHER")
    assert seen["open_after_ok"] is True, "the dialog stays open with what was typed"
    assert "ВР-001" in seen["error"] or "вр-001" in seen["error"]
    assert _inventories(page) == ["ВР-001"]
    db = raw_connect(db_path(unit_context))
    assert db.execute("select count(*) from recorders").fetchone()[0] == 1
    assert db.execute("select count(*) from recorder_history").fetchone()[0] == 1


def test_empty_inventory_is_refused(qtbot, modal, unit_context, responsible):
    page = _page(qtbot, unit_context, responsible)
    seen = _register(qtbot, modal, page, "   ")
    assert seen["open_after_ok"] is True
    assert seen["error"]
    assert _inventories(page) == []


def test_change_status_with_reason(qtbot, modal, unit_context, responsible):
    unit_context.recorders.add(responsible, "ВР-007", "SN7", "DS-MCW406", "hikvision-dswa")
    page = _page(qtbot, unit_context, responsible)
    page.table.selectRow(0)
    assert page.status_button.isEnabled()

    def change(dialog):
        combo = dialog.findChild(QComboBox, "statusCombo")
        combo.setCurrentIndex(combo.findData("faulty"))
        assert combo.currentData() == "faulty"
        press_ok(qtbot, dialog)  # no reason yet: refused
        assert dialog.isVisible() and dialog.error_label.text()
        type_text(dialog.findChild(QPlainTextEdit, "statusReasonEdit"), "Аккумулятор зарядталмайды")
        press_ok(qtbot, dialog)

    modal.run(lambda: qtbot.mouseClick(page.status_button, Qt.MouseButton.LeftButton), change)
    recorder = page.table.model().index(0, 0).data(ItemRole)
    assert recorder.status.value == "faulty"
    reasons = [page.history_model.index(r, page.history_model.COL_REASON).data()
               for r in range(page.history_model.rowCount())]
    assert "Аккумулятор зарядталмайды" in reasons


def test_inspector_sees_register_read_only(qtbot, unit_context, responsible, inspector):
    unit_context.recorders.add(responsible, "ВР-002", "SN2", "DS-MCW406", "hikvision-dswa")
    page = _page(qtbot, unit_context, inspector)
    assert _inventories(page) == ["ВР-002"]
    assert page.add_button.isHidden() and page.status_button.isHidden()


def test_search_and_status_filter(qtbot, unit_context, responsible):
    for n in ("ВР-001", "ВР-002", "BWC-9"):
        unit_context.recorders.add(responsible, n, "", "", "generic")
    unit_context.recorders.change_status(responsible, unit_context.recorders.by_inventory(responsible, "ВР-002").id,
                                         "under_repair", "Экран сынған")
    page = _page(qtbot, unit_context, responsible)
    type_text(page.search, "ВР")
    assert sorted(_inventories(page)) == ["ВР-001", "ВР-002"]
    page.search.clear()
    page.status_filter.setCurrentIndex(page.status_filter.findData("under_repair"))
    assert _inventories(page) == ["ВР-002"]


def test_models_pass_qt_model_tester(qtmodeltester, unit_context, responsible):
    from ui.models.recorders_table_model import RecordersTableModel

    unit_context.recorders.add(responsible, "ВР-001", "SN", "M", "generic")
    model = RecordersTableModel()
    model.set_items(unit_context.recorders.list(responsible))
    qtmodeltester.check(model)


def test_names_sort_in_kazakh_alphabet_order(qtbot, unit_context, head):
    from PySide6.QtCore import QLocale

    from ui.pages.users_page import UsersPage

    for login, name in (("t1", "Тоқтарбеков Нұрлан"), ("q1", "Құдайбергенова Айгүл"), ("a1", "Әбдіхалықова Сәуле"),
                        ("z1", "Абаев Ерлан"), ("ya1", "Ясауи Ахмет")):
        unit_context.users.add(head, login, name, "", "inspector", "Pass-word-2026")
    QLocale.setDefault(QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan))
    try:
        page = UsersPage(unit_context, head)
        qtbot.addWidget(page)
        proxy = page.table.model()
        page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
        order = [n.split()[0] for n in names if n.split()[0] in
                 ("Тоқтарбеков", "Құдайбергенова", "Әбдіхалықова", "Абаев", "Ясауи")]
        assert order == ["Абаев", "Әбдіхалықова", "Құдайбергенова", "Тоқтарбеков", "Ясауи"]
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English))
