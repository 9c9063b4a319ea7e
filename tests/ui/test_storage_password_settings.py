"""The storage password in Settings (п.6): the head sets it and is shown the recovery key once (and prints the
sheet), lets the responsible person type theirs, makes a new recovery key; each holder changes their own; the
list of who holds a slot; after the head appoints another responsible person, their storage password at
once; and the footage stored before the storage password encrypted in a background job."""

from __future__ import annotations

import subprocess
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from inspector_app.domain.vault_slots import SlotHolder
from inspector_app.services.vault_conversion import VaultConversion
from inspector_app.vault_keys import WrongStoragePassword
from tests.ui.audit_fixtures import store_recordings
from tests.ui.vault_fixtures import (  # noqa: F401 - fixtures
    HEAD_STORAGE,
    RESP_STORAGE,
    TIMEOUT_MS,
    drive,
    fast_scrypt,
    fill,
    keyring,
    press,
    sign_in,
)

NEW_HEAD = "Басшы-жаңа-2026"
DANA = ("dana", "Серікова Дана Ержанқызы", "Dana-pass-2026")
DANA_STORAGE = "Дана-сақтау-2026"


def _settings(qtbot, ctx, login: str, **options):
    window = sign_in(qtbot, ctx, login, **options)
    if window.vault is not None and window.vault.dialog is not None:
        window.vault.dialog.reject()  # "Later": the tests unlock from the forms
    window.show_section("settings")
    return window, window.pages["settings"].storage


def _click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _slot_rows(panel) -> list[tuple[str, ...]]:
    model = panel.model
    return [tuple(model.index(r, c).data() for c in range(model.columnCount())) for r in range(model.rowCount())]


def test_the_head_sets_the_storage_password_and_sees_the_recovery_key_once(
        qtbot, unit_context, head, responsible, tmp_path, monkeypatch):
    ctx = unit_context
    window, panel = _settings(qtbot, ctx, "head")
    assert "no storage password" in panel.status.text()
    assert panel.set_button.isVisible() and not panel.change_button.isVisible() and not panel.table.isVisible()
    sheet = tmp_path / "sheet"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(sheet), ""))
    seen = {}

    def set_password(dialog) -> None:
        warning = dialog.findChild(QLabel, "storageWarning").text()
        assert "lost for good" in warning
        fill(dialog, newStoragePassword=HEAD_STORAGE, newStoragePassword2=HEAD_STORAGE + "x")
        press(qtbot, dialog)
        assert "do not match" in dialog.error_label.text() and not ctx.keyring.is_set_up
        fill(dialog, newStoragePassword="short1", newStoragePassword2="short1")
        press(qtbot, dialog)
        assert "at least 8" in dialog.error_label.text() and not ctx.keyring.is_set_up
        fill(dialog, newStoragePassword=HEAD_STORAGE, newStoragePassword2=HEAD_STORAGE)
        press(qtbot, dialog)

    def recovery(dialog) -> None:
        view = dialog.view
        seen["key"] = key = view.key_label.text().replace("\n", "  ").split()
        assert len(key) == 8 and all(len(group) == 4 for group in key)
        assert "lost for good" in view.warning.text() and "Anyone holding this key" in view.warning.text()
        done = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert not done.isEnabled()
        dialog.reject()  # Escape: the key is not kept yet, the dialog stays
        assert dialog.isVisible()
        qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
        assert view.sheet_path == tmp_path / "sheet.pdf" and view.sheet_path.is_file()
        assert "delete the file" in view.status.text()
        text = " ".join(subprocess.run(["pdftotext", str(view.sheet_path), "-"], capture_output=True,
                                       text=True).stdout.split())
        assert " ".join(key[:4]) in text and view.fingerprint_value.split()[0] in text
        qtbot.mouseClick(view.kept, Qt.MouseButton.LeftButton)
        assert done.isEnabled()
        qtbot.mouseClick(done, Qt.MouseButton.LeftButton)

    def responsible_slot(dialog) -> None:  # offered at once: the responsible person types theirs
        assert dialog.objectName() == "responsibleSlotDialog" and dialog.own is None  # the vault is unlocked
        fill(dialog, responsibleStoragePassword=RESP_STORAGE, responsibleStoragePassword2=RESP_STORAGE)
        press(qtbot, dialog)

    drive(lambda: _click(qtbot, panel.set_button), set_password, recovery, responsible_slot)
    assert ctx.keyring.is_set_up and ctx.keyring.unlocked
    assert "unlocked in this session" in panel.status.text() and panel.fingerprint.isVisible()
    assert not panel.set_button.isVisible() and panel.change_button.isVisible() and panel.recovery_button.isVisible()
    rows = _slot_rows(panel)
    assert len(rows) == 3 and all(row[4] == "active" for row in rows)
    assert {row[0] for row in rows} == {"Head", "Responsible person", "Recovery key (sheet in the safe)"}
    assert {row[1] for row in rows} == {"Сәрсенбаев Е. Б.", "Жұмабаева Ә. С.", "—"}
    person = panel.model.index(next(i for i, r in enumerate(rows) if r[0] == "Head"), panel.model.COL_PERSON)
    assert person.data(Qt.ItemDataRole.ToolTipRole) == "Сәрсенбаев Ерлан Бақытұлы"

    # what the key unlocks: the head's password, the responsible person's, the printed key
    ctx.keyring.lock("test")
    for actor, secret in ((head, HEAD_STORAGE), (responsible, RESP_STORAGE)):
        ctx.keyring.unlock(actor, secret)
        ctx.keyring.lock("test")
    ctx.keyring.unlock_with_recovery(head, "-".join(seen["key"]))


def test_the_responsible_person_changes_their_own(qtbot, unit_context, keyring, responsible):
    window, panel = _settings(qtbot, unit_context, "resp")
    assert not panel.set_button.isVisible() and not panel.recovery_button.isVisible()
    assert not panel.responsible_button.isVisible() and panel.conversion is None
    assert panel.unlock_button.isVisible() and panel.change_button.text() == "Change my storage password…"

    def change(dialog) -> None:
        fill(dialog, oldStoragePassword="Wrong-storage-1", newStoragePassword=NEW_HEAD,
             newStoragePassword2=NEW_HEAD)
        press(qtbot, dialog)
        assert "Wrong storage password" in dialog.error_label.text() and dialog.old.text() == ""
        fill(dialog, oldStoragePassword=RESP_STORAGE)
        press(qtbot, dialog)

    drive(lambda: _click(qtbot, panel.change_button), change)
    keyring.lock("test")
    with pytest.raises(WrongStoragePassword):
        keyring.unlock(responsible, RESP_STORAGE)
    keyring.unlock(responsible, NEW_HEAD)
    states = sorted(row[4].split()[0] for row in _slot_rows(panel) if row[0] == "Responsible person")
    assert states == ["active", "revoked"]


def test_a_new_recovery_key_asks_the_heads_storage_password_first(qtbot, unit_context, keyring, head):
    window, panel = _settings(qtbot, unit_context, "head")
    assert not keyring.unlocked and panel.unlock_button.isVisible()
    old = keyring.recovery_key
    new = {}

    def confirm(dialog) -> None:
        assert dialog.own is not None  # locked: the head's own storage password first
        fill(dialog, ownStoragePassword="Wrong-storage-1")
        press(qtbot, dialog)
        assert "Wrong storage password" in dialog.error_label.text()
        fill(dialog, ownStoragePassword=HEAD_STORAGE)
        press(qtbot, dialog)

    def shown(dialog) -> None:
        new["key"] = "-".join(dialog.view.key_label.text().split())
        qtbot.mouseClick(dialog.view.kept, Qt.MouseButton.LeftButton)
        press(qtbot, dialog)

    drive(lambda: _click(qtbot, panel.recovery_button), confirm, shown)
    assert keyring.unlocked and new["key"] != old
    keyring.lock("test")
    with pytest.raises(WrongStoragePassword):
        keyring.unlock_with_recovery(head, old)
    keyring.unlock_with_recovery(head, new["key"])
    recovery = [row for row in _slot_rows(panel) if row[0].startswith("Recovery")]
    assert sorted(r[4].split()[0] for r in recovery) == ["active", "revoked"]


def test_after_an_appointment_the_new_responsible_person_sets_theirs(qtbot, unit_context, keyring, head, responsible):
    ctx = unit_context
    dana = ctx.users.add(head, DANA[0], DANA[1], "Бас маман", "inspector", DANA[2])
    window = sign_in(qtbot, ctx, "head")
    window.vault.dialog.reject()
    window.show_section("users")
    page = window.pages["users"]
    row = next(r for r in range(page.model.rowCount()) if page.model.item(r).login == "dana")
    page.table.selectRow(page.table.model().mapFromSource(page.model.index(row, 0)).row())

    def appoint(dialog) -> None:
        fill(dialog, appointOrderRef="№ 31-ө, 01.12.2026")
        press(qtbot, dialog)

    def slot(dialog) -> None:
        assert dialog.objectName() == "responsibleSlotDialog" and dialog.own is not None
        assert DANA[1] in dialog.intro.text()
        fill(dialog, ownStoragePassword=HEAD_STORAGE, responsibleStoragePassword=DANA_STORAGE,
             responsibleStoragePassword2=DANA_STORAGE)
        press(qtbot, dialog)

    drive(lambda: _click(qtbot, page.appoint_button), appoint, slot)
    slots = keyring.slots(head)
    mine = {s.user_id: s for s in slots if s.holder is SlotHolder.RESPONSIBLE}
    assert not mine[responsible.id].active and mine[dana.id].active
    keyring.lock("test")
    keyring.unlock(ctx.accounts.authenticate("dana", DANA[2]), DANA_STORAGE)

    window.show_section("settings")
    rows = _slot_rows(window.pages["settings"].storage)
    assert any(r[1] == "Серікова Д. Е." and r[4] == "active" for r in rows)
    assert any(r[1] == "Жұмабаева Ә. С." and r[4].startswith("revoked") for r in rows)


def test_the_footage_stored_earlier_is_encrypted_in_a_job_with_progress(
        qtbot, unit_context, head, responsible, inspector, clock, tmp_path, monkeypatch):
    ctx = unit_context
    store_recordings(ctx, responsible, inspector, clock, tmp_path)  # stored before the storage password
    ctx.keyring.create(head, HEAD_STORAGE)
    ctx.keyring.lock("test")
    assert VaultConversion(ctx).plain_left() == 6  # three files, three thumbnails
    window, panel = _settings(qtbot, ctx, "head")
    conversion = panel.conversion
    qtbot.waitUntil(lambda: conversion.isVisible() and conversion.plain_left == 6, timeout=TIMEOUT_MS)
    assert "6 recording(s)" in conversion.status.text()

    # a slow disk: cancelled after the first file, the next run goes on
    real = ctx.vault.encrypt_in_place

    def slow(sha256, cancel=None, progress=None):
        time.sleep(0.3)
        return real(sha256, cancel=cancel, progress=progress)

    monkeypatch.setattr(ctx.vault, "encrypt_in_place", slow)
    bars = []

    def yes(box) -> None:
        assert isinstance(box, QMessageBox) and "6 recording(s)" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    drive(lambda: _click(qtbot, conversion.encrypt_button), yes)
    job = conversion.job
    job.signals.progress.connect(lambda done, total: bars.append((done, total, conversion.progress.value())))
    assert conversion.progress.isVisible() and conversion.cancel_button.isVisible()
    qtbot.waitUntil(lambda: bool(bars), timeout=TIMEOUT_MS)
    with qtbot.waitSignal(conversion.finished, timeout=TIMEOUT_MS) as ended:
        qtbot.mouseClick(conversion.cancel_button, Qt.MouseButton.LeftButton)
    assert ended.args == [None] and "Cancelled" in conversion.status.text()
    assert bars[0][:2] == (1, 3) and bars[0][2] == 1
    qtbot.waitUntil(lambda: conversion.count_job is None and conversion.plain_left is not None
                    and 0 < conversion.plain_left < 6, timeout=TIMEOUT_MS)

    monkeypatch.setattr(ctx.vault, "encrypt_in_place", real)
    with qtbot.waitSignal(conversion.finished, timeout=TIMEOUT_MS) as ended:
        drive(lambda: _click(qtbot, conversion.encrypt_button), _yes)
    report = ended.args[0]
    assert report.ok and report.before.ok and report.after.ok and report.files_encrypted + report.files_already == 3
    assert "Done" in conversion.status.text() and not conversion.progress.isVisible()
    qtbot.waitUntil(lambda: conversion.count_job is None and conversion.plain_left == 0, timeout=TIMEOUT_MS)
    assert VaultConversion(ctx).plain_left() == 0


def _yes(box) -> None:
    box.button(QMessageBox.StandardButton.Yes).click()
