"""The main window: sections by role, the idle lock, signing out, and the setup wizard on first start."""

from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from tests.conftest import PASSWORDS
from tests.ui.conftest import type_text
from ui.dialogs.password_dialogs import LockDialog
from ui.dialogs.setup_wizard import SetupWizard
from ui.main_window import MainWindow
from tests.db_backend import raw_connect
from tests.integration.conftest import db_path


def _window(qtbot, ctx, user, **kwargs) -> MainWindow:
    window = MainWindow(ctx, user, **kwargs)
    qtbot.addWidget(window)
    window.show()
    return window


def _sections(window) -> list[str]:
    return list(window.nav_keys)


def test_sections_for_each_role(qtbot, unit_context, head, responsible, inspector):
    all_sections = ["journal", "recorders", "footage", "inspections", "retention", "audit", "users", "settings"]
    assert _sections(_window(qtbot, unit_context, head)) == all_sections
    # The responsible person keeps the recorders and the footage; inspections are the inspectors' and the head's.
    assert _sections(_window(qtbot, unit_context, responsible)) == [s for s in all_sections if s != "inspections"]
    # п.13: an inspector has no access to stored footage, nor to users.
    assert _sections(_window(qtbot, unit_context, inspector)) == ["journal", "recorders", "inspections", "settings"]


def test_navigation_switches_pages(qtbot, unit_context, responsible):
    window = _window(qtbot, unit_context, responsible)
    assert window.current_section() == "recorders"
    window.navigation.setCurrentRow(_sections(window).index("journal"))
    assert window.current_section() == "journal"
    window.navigation.setCurrentRow(_sections(window).index("retention"))
    assert window.current_section() == "retention"
    assert type(window.pages["retention"]).__name__ == "RetentionPage"  # every section is built now
    window.navigation.setCurrentRow(_sections(window).index("users"))
    assert window.current_section() == "users"


def test_idle_lock_hides_content_and_unlocks_with_password(qtbot, unit_context, responsible):
    window = _window(qtbot, unit_context, responsible, idle_timeout_ms=150)
    qtbot.waitUntil(lambda: window.lock_dialog is not None, timeout=3000)
    dialog = window.lock_dialog
    assert window.current_section() == "locked"
    assert not window.navigation.isEnabled()

    password = dialog.findChild(QLineEdit, "unlockPassword")
    type_text(password, "wrong-password-1")
    qtbot.keyClick(password, Qt.Key.Key_Return)
    assert window.lock_dialog is dialog and dialog.isVisible()
    assert dialog.error_label.text()

    type_text(password, PASSWORDS["resp"])
    qtbot.keyClick(password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.lock_dialog is None, timeout=3000)
    assert window.current_section() == "recorders"
    assert window.navigation.isEnabled()


def test_escape_does_not_unlock_and_sign_out_returns_to_sign_in(qtbot, unit_context, responsible):
    window = _window(qtbot, unit_context, responsible)
    window.lock()
    dialog = window.lock_dialog
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert window.lock_dialog is dialog and window.current_section() == "locked"
    with qtbot.waitSignal(window.signed_out, timeout=3000):
        dialog.done(LockDialog.SIGN_OUT)
    assert window.current_section() == "sign_in" and window.user is None


def test_setup_wizard_creates_the_unit(qtbot, context):
    wizard = SetupWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    unit = wizard.unit_page
    type_text(unit.name_kk, "Шымкент қаласы бойынша аумақтық бөлімше")
    type_text(unit.name_ru, "Территориальное подразделение по г. Шымкент")
    type_text(unit.code, "SHY")
    type_text(unit.journal_index, "04-12/15")
    assert unit.timezone.currentText() == "Asia/Almaty"
    wizard.next()
    head = wizard.head_page.person
    type_text(head.login, "ermek")
    type_text(head.full_name, "Оспанов Ермек Төлеуұлы")
    type_text(head.password, "Ermek-2026-pass")
    type_text(head.password2, "Ermek-2026-pass")
    wizard.next()
    resp = wizard.responsible_page.person
    type_text(resp.login, "gulnar")
    type_text(resp.full_name, "Әбенова Гүлнар Қайратқызы")
    type_text(resp.password, "Gulnar-2026-pass")
    type_text(resp.password2, "Gulnar-2026-typo")
    type_text(wizard.responsible_page.order_ref, "№ 5-ө")
    wizard.next()
    # Storage passwords (п.6): each their own, twice, not their sign-in password.
    storage = wizard.storage_page
    assert wizard.currentPage() is storage
    for edit, text in ((storage.head, "Ermek-2026-pass"), (storage.head2, "Ermek-2026-pass"),
                       (storage.responsible, "Gulnar-сақтау-2026"), (storage.responsible2, "Gulnar-сақтау-2026")):
        type_text(edit, text)
    wizard.next()
    assert wizard.currentPage() is storage and "sign-in password" in storage.error_label.text()
    for edit in (storage.head, storage.head2):
        edit.clear()
        type_text(edit, "Ermek-сақтау-2026")
    wizard.next()
    assert wizard.currentPage() is wizard.summary_page
    wizard.next()  # "Create"
    # Mismatched passwords: refused, the wizard stays, nothing written.
    assert wizard.result_ is None and wizard.summary_page.error_label.text()
    assert wizard.currentPage() is wizard.summary_page
    db = raw_connect(db_path(context))
    assert db.execute("select count(*) from units").fetchone()[0] == 0
    assert db.execute("select count(*) from users").fetchone()[0] == 0

    resp.password2.clear()
    type_text(resp.password2, "Gulnar-2026-pass")
    wizard.next()
    assert wizard.currentPage() is wizard.recovery_page and wizard.result_ is not None
    # The recovery key, once: Finish waits until the sheet is kept.
    view = wizard.recovery_page.view
    key = "-".join(view.key_label.text().split())
    assert len(key) == 39 and not wizard.recovery_page.isComplete()
    wizard.accept()
    wizard.reject()
    assert wizard.isVisible()
    view.kept.setChecked(True)
    with qtbot.waitSignal(wizard.accepted, timeout=5000):
        wizard.accept()
    assert context.unit().name_kk == "Шымкент қаласы бойынша аумақтық бөлімше"
    user = context.accounts.authenticate("gulnar", "Gulnar-2026-pass")
    assert user.role.value == "responsible"
    [volume] = context.journal.volumes(user)
    assert (volume.number, volume.registration_index) == (1, "04-12/15")
    keyring = context.keyring
    assert keyring.is_set_up and not keyring.unlocked  # locked until they sign in
    keyring.unlock(user, "Gulnar-сақтау-2026")
    keyring.lock("test")
    head_user = context.accounts.authenticate("ermek", "Ermek-2026-pass")
    keyring.unlock(head_user, "Ermek-сақтау-2026")
    keyring.lock("test")
    keyring.unlock_with_recovery(head_user, key)


def test_users_page_add_inspector_and_appoint(qtbot, modal, unit_context, head):
    window = _window(qtbot, unit_context, head)
    window.show_section("users")
    page = window.pages["users"]

    def fill(dialog):
        for name, text in (("newLogin", "daulet"), ("newFullName", "Құрманов Дәулет Серікұлы"),
                           ("newPosition", "Мемлекеттік инспектор"), ("newPassword", "Daulet-2026-x"),
                           ("newPassword2", "Daulet-2026-x")):
            type_text(dialog.findChild(QLineEdit, name), text)
        assert dialog.findChild(QComboBox, "roleCombo").currentData() == "inspector"
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)

    modal.run(lambda: qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton), fill)
    logins = [page.model.item(r).login for r in range(page.model.rowCount())]
    assert "daulet" in logins
    assert page.table.selectionModel().selectedRows()[0].data() == "Құрманов Дәулет Серікұлы"

    def appoint(dialog):
        type_text(dialog.findChild(QLineEdit, "appointOrderRef"), "№ 17-ө, 23.11.2026")
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)

    assert page.appoint_button.isEnabled()
    modal.run(lambda: qtbot.mouseClick(page.appoint_button, Qt.MouseButton.LeftButton), appoint)
    roles = {page.model.item(r).login: page.model.item(r).role.value for r in range(page.model.rowCount())}
    assert roles["daulet"] == "responsible" and roles["resp"] == "inspector"
    assert "№ 17-ө, 23.11.2026" in page.appointments.text()


def test_a_journal_change_refreshes_the_notifications_bar_at_once(qtbot, unit_context, head, responsible):
    from tests.conftest import sign_as

    window = _window(qtbot, unit_context, head)
    bar = window.notifications_bar
    assert bar is not None and not bar.isVisible()
    recorder = unit_context.recorders.add(responsible, "ВР-050", "SN", "M", "generic")
    unit_context.journal.report_fault(responsible, recorder.id, "Линза сызылған", sign_as(unit_context, "resp"))
    window.pages["journal"].journal_changed.emit()
    assert bar.isVisible()
    assert any("ВР-050" in label.text() for label in bar.findChildren(QLabel))


def test_setup_wizard_first_page_explains_the_steps_and_the_two_passwords(qtbot, context, qapp):
    from ui.i18n import LanguageManager

    languages = LanguageManager(qapp)
    try:
        for lang, words in (("en", ("Five steps", "storage password", "recovery sheet", "printer")),
                            ("kk", ("бес қадам", "қойманың құпия сөзі", "қалпына келтіру парағы")),
                            ("ru", ("пять шагов", "паролем хранилища", "лист восстановления"))):
            languages.install(lang)
            wizard = SetupWizard(context)
            qtbot.addWidget(wizard)
            wizard.show()
            intro = wizard.unit_page.intro
            assert intro.isVisible() and all(word in intro.text() for word in words), (lang, intro.text())
            storage = wizard.storage_page
            assert storage.intro.text() and storage.warning.text()  # what it is, and what losing it means
    finally:
        languages.install("en")
