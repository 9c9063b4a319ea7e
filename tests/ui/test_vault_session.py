"""The storage password in a session (п.6, п.13): asked when the head or the responsible person signs in, the
footage's frames only once it is entered, a wrong one refused, "Later" and the banner's "Unlock…", the vault
locked again on signing out, on the lock screen (the sign-in password does not unlock it) and on closing the
window, and nothing of it in an inspector's session."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from inspector_app.domain.audit import AuditFilter, AuditKind
from tests.conftest import PASSWORDS
from tests.ui.conftest import type_text
from tests.ui.vault_fixtures import (  # noqa: F401 - fixtures
    HEAD_STORAGE,
    RESP_STORAGE,
    TIMEOUT_MS,
    encrypted,
    fast_scrypt,
    fill,
    keyring,
    press,
    sign_in,
)
from ui.dialogs.password_dialogs import LockDialog
from ui.dialogs.vault_unlock_dialog import UnlockVaultDialog


def _vault_events(ctx, head, action: str) -> list:
    return [e for e in ctx.audit.list(head, AuditFilter(kind=AuditKind.VAULT)) if e.details.get("action") == action]


def _frame(page, row: int = 0):
    return page.model.index(row, page.model.COL_FRAME).data(Qt.ItemDataRole.DecorationRole)


def _asked(qtbot, window) -> UnlockVaultDialog:
    qtbot.waitUntil(lambda: window.vault is not None and window.vault.dialog is not None, timeout=TIMEOUT_MS)
    dialog = window.vault.dialog
    assert isinstance(dialog, UnlockVaultDialog) and dialog.isVisible()
    return dialog


def test_signing_in_asks_and_the_frames_show_only_once_unlocked(qtbot, unit_context, keyring, encrypted, head):
    window = sign_in(qtbot, unit_context, "head")
    dialog = _asked(qtbot, window)
    page = window.pages["footage"]
    window.show_section("footage")

    # locked: the recordings are listed, without their frames, under the banner
    assert page.model.total() == 3 and page.vault_banner.isVisible()
    assert "storage password" in page.vault_banner.text.text() and page.vault_banner.unlock_button.isVisible()
    assert _frame(page) is None and page.model.index(0, page.model.COL_FRAME).data() == "locked"
    page.table.selectRow(0)
    assert "locked" in page.details.text.toPlainText()

    # a wrong storage password: refused, said so, the field emptied, still locked
    field = dialog.findChild(QLineEdit, "storagePassword")
    assert field.echoMode() == QLineEdit.EchoMode.Password
    type_text(field, PASSWORDS["head"])  # the sign-in password is not the storage password
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.vault.dialog is dialog and dialog.isVisible() and field.text() == ""
    assert "Wrong storage password" in dialog.error_label.text() and not keyring.unlocked
    assert len(_vault_events(unit_context, head, "unlock_failed")) == 1

    type_text(field, HEAD_STORAGE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.vault.dialog is None, timeout=TIMEOUT_MS)
    assert keyring.unlocked and not page.vault_banner.isVisible()
    frame = _frame(page)
    assert isinstance(frame, QPixmap) and not frame.isNull()
    assert page.model.index(0, page.model.COL_FRAME).data() == ""
    assert "locked" not in page.details.text.toPlainText()
    [unlocked] = _vault_events(unit_context, head, "unlocked")
    assert unlocked.user_id == head.id and HEAD_STORAGE not in str(unlocked.details)


def test_later_leaves_it_locked_and_the_banner_unlocks(qtbot, unit_context, keyring, encrypted):
    window = sign_in(qtbot, unit_context, "resp")
    dialog = _asked(qtbot, window)
    assert dialog.findChild(QCheckBox, "useRecoveryKey") is None  # the recovery sheet is the head's
    press(qtbot, dialog, dialog.buttons.StandardButton.Cancel)  # "Later"
    qtbot.waitUntil(lambda: window.vault.dialog is None, timeout=TIMEOUT_MS)
    assert not keyring.unlocked and window.user.login == "resp"

    window.show_section("footage")
    page = window.pages["footage"]
    assert page.vault_banner.isVisible() and _frame(page) is None
    qtbot.mouseClick(page.vault_banner.unlock_button, Qt.MouseButton.LeftButton)
    dialog = _asked(qtbot, window)
    fill(dialog, storagePassword=RESP_STORAGE)
    press(qtbot, dialog)
    qtbot.waitUntil(lambda: not page.vault_banner.isVisible(), timeout=TIMEOUT_MS)
    assert keyring.unlocked and isinstance(_frame(page), QPixmap)


def test_the_head_opens_it_with_the_recovery_key(qtbot, unit_context, keyring, encrypted):
    window = sign_in(qtbot, unit_context, "head")
    dialog = _asked(qtbot, window)
    qtbot.mouseClick(dialog.recovery, Qt.MouseButton.LeftButton)
    assert dialog.with_recovery and dialog.form.labelForField(dialog.password).text().replace("&", "") == "Recovery key"
    fill(dialog, storagePassword="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    press(qtbot, dialog)
    assert "Wrong recovery key" in dialog.error_label.text() and not keyring.unlocked
    fill(dialog, storagePassword=keyring.recovery_key.lower().replace("-", " "))
    press(qtbot, dialog)
    qtbot.waitUntil(lambda: keyring.unlocked, timeout=TIMEOUT_MS)
    assert window.vault.opened_with_recovery
    assert "recovery key" in window.pages["settings"].storage.status.text()


def test_locking_the_screen_locks_the_vault_and_unlocking_the_screen_asks_again(
        qtbot, unit_context, keyring, encrypted, head):
    window = sign_in(qtbot, unit_context, "resp", idle_timeout_ms=60_000)
    dialog = _asked(qtbot, window)
    fill(dialog, storagePassword=RESP_STORAGE)
    press(qtbot, dialog)
    qtbot.waitUntil(lambda: keyring.unlocked, timeout=TIMEOUT_MS)
    window.show_section("footage")
    page = window.pages["footage"]
    assert isinstance(_frame(page), QPixmap)

    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    window.lock_action.trigger()  # File → Lock the screen (Ctrl+L)
    qtbot.waitUntil(lambda: window.lock_dialog is not None, timeout=TIMEOUT_MS)
    assert not keyring.unlocked and window.current_section() == "locked"
    assert _frame(page) is None  # no picture is kept behind the lock screen
    assert [e.details["reason"] for e in _vault_events(unit_context, head, "locked")][:1] == ["lock"]

    lock = window.lock_dialog
    type_text(lock.findChild(QLineEdit, "unlockPassword"), PASSWORDS["resp"])
    press(qtbot, lock)
    qtbot.waitUntil(lambda: window.lock_dialog is None, timeout=TIMEOUT_MS)
    assert not keyring.unlocked, "the sign-in password does not unlock the footage"
    again = _asked(qtbot, window)
    press(qtbot, again, again.buttons.StandardButton.Cancel)
    qtbot.waitUntil(lambda: window.vault.dialog is None, timeout=TIMEOUT_MS)
    assert not keyring.unlocked and page.vault_banner.isVisible()

    # an idle lock while the question is open: it closes, the lock screen comes
    qtbot.mouseClick(page.vault_banner.unlock_button, Qt.MouseButton.LeftButton)
    _asked(qtbot, window)
    window.lock("idle_lock")
    assert window.vault.dialog is None and window.lock_dialog is not None
    with qtbot.waitSignal(window.signed_out, timeout=TIMEOUT_MS):
        window.lock_dialog.done(LockDialog.SIGN_OUT)


def test_signing_out_and_closing_lock_the_vault(qtbot, unit_context, keyring, encrypted, head):
    window = sign_in(qtbot, unit_context, "head")
    dialog = _asked(qtbot, window)
    fill(dialog, storagePassword=HEAD_STORAGE)
    press(qtbot, dialog)
    qtbot.waitUntil(lambda: keyring.unlocked, timeout=TIMEOUT_MS)
    with qtbot.waitSignal(window.signed_out, timeout=TIMEOUT_MS):
        window.sign_out_action.trigger()
    assert not keyring.unlocked and window.vault is None

    window = sign_in(qtbot, unit_context, "resp")
    dialog = _asked(qtbot, window)
    fill(dialog, storagePassword=RESP_STORAGE)
    press(qtbot, dialog)
    qtbot.waitUntil(lambda: keyring.unlocked, timeout=TIMEOUT_MS)
    window.close()
    assert not keyring.unlocked
    reasons = [e.details["reason"] for e in _vault_events(unit_context, head, "locked")]
    assert reasons[:2] == ["close", "sign_out"]  # newest first


def test_a_responsible_person_with_no_storage_password_is_not_asked(qtbot, unit_context, keyring, head, inspector):
    unit_context.users.appoint_responsible(head, inspector.id, "№ 31-ө, 01.12.2026")  # the old slot is revoked
    window = sign_in(qtbot, unit_context, "aliya")
    assert window.user.role.value == "responsible" and window.vault is not None
    qtbot.wait(100)
    assert window.vault.dialog is None and not keyring.unlocked
    window.show_section("footage")
    banner = window.pages["footage"].vault_banner
    assert banner.isVisible() and not banner.unlock_button.isVisible()
    assert "no storage password" in banner.text.text()


def test_an_inspector_sees_nothing_of_it(qtbot, unit_context, keyring, encrypted):
    window = sign_in(qtbot, unit_context, "aliya")
    qtbot.wait(100)
    assert window.vault is None and "footage" not in window.pages
    assert window.findChild(UnlockVaultDialog) is None
    settings = window.pages["settings"]
    assert settings.storage is None and settings.findChild(QLineEdit, "storagePassword") is None
    assert not [w for w in window.findChildren(QWidget) if w.objectName() in ("storagePasswordPanel", "vaultBanner",
                                                                               "unlockVaultDialog")]
    assert not keyring.unlocked


def test_the_demo_sign_in_form_shows_the_storage_passwords(qtbot, unit_context):
    from ui.sign_in_panel import SignInPanel

    unit_context.demo_credentials = {"head": "Xy12-generated", "resp": "Ab34-generated", "aliya": "Cd56-generated"}
    unit_context.demo_storage_passwords = {"head": "Ef78-storage", "resp": "Gh92-storage"}
    panel = SignInPanel(ctx=unit_context)
    qtbot.addWidget(panel)
    panel.show()
    text = panel.demo_label.text()
    assert "Storage password" in text and "Ef78-storage" in text and "Gh92-storage" in text
    assert text.index("Xy12-generated") < text.index("Ef78-storage") < text.index("Ab34-generated")
