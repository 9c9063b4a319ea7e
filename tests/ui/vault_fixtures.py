"""Fixtures and helpers of the storage-password tests: fast scrypt, a unit whose head and responsible person
hold storage passwords, footage stored encrypted (or plain, before the storage password), signing in through
the real form, and driving a chain of modal dialogs one after another."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from inspector_app import passwords, vault_keys
from tests.conftest import PASSWORDS
from tests.ui.audit_fixtures import store_recordings
from tests.ui.conftest import type_text
from ui.main_window import MainWindow

HEAD_STORAGE = "Сақтау-басшы-2026"
RESP_STORAGE = "Сақтау-жауапты-2026"
TIMEOUT_MS = 20_000


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    """scrypt at n = 2**10 for the sign-in passwords and the storage password's slots alike."""
    monkeypatch.setattr(passwords, "LOG2_N", 10)
    monkeypatch.setattr(vault_keys, "SCRYPT_LOG2_N", 10)


@pytest.fixture
def keyring(unit_context, head, responsible):
    """The head set the storage password and the responsible person's slot; then the vault was locked."""
    ring = unit_context.keyring
    ring.recovery_key = ring.create(head, HEAD_STORAGE)  # kept on the object for the tests
    ring.add_slot(head, responsible.id, RESP_STORAGE)
    ring.lock("test")
    return ring


@pytest.fixture
def encrypted(unit_context, keyring, responsible, inspector, clock, tmp_path):
    """Three recordings stored by the ingest while the vault is locked: encrypted, thumbnails sealed."""
    return store_recordings(unit_context, responsible, inspector, clock, tmp_path)


def sign_in(qtbot, ctx, login: str, password: str | None = None, **options) -> MainWindow:
    """A window with the unit open, signed in through its form as a person would."""
    window = MainWindow(**options)
    qtbot.addWidget(window)
    window.show()
    window.set_context(ctx)
    with qtbot.waitSignal(window.session_started, timeout=TIMEOUT_MS):
        form = window.sign_in
        form.login_edit.clear()
        qtbot.keyClicks(form.login_edit, login)
        qtbot.keyClicks(form.password_edit, PASSWORDS[login] if password is None else password)
        qtbot.keyClick(form.password_edit, Qt.Key.Key_Return)
    return window


def fill(dialog, **fields: str) -> None:
    """Type into the dialog's line edits named by their object names."""
    for name, text in fields.items():
        edit = dialog.findChild(QLineEdit, name)
        assert edit is not None, f"no field {name} in {dialog.objectName()}"
        edit.clear()
        type_text(edit, text)


def press(qtbot, dialog, which=QDialogButtonBox.StandardButton.Ok) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(which), Qt.MouseButton.LeftButton)


def drive(trigger, *steps, timeout_ms: int = TIMEOUT_MS) -> list:
    """Run `trigger()`, which opens modal dialogs one after another; `steps[i](dialog)` handles the i-th.
    Returns the dialogs seen; an error in a step closes its dialog and is raised after."""
    state = {"seen": [], "errors": [], "waited": 0}

    def poll() -> None:
        if len(state["seen"]) >= len(steps) or state["errors"]:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None or any(dialog is d for d in state["seen"]):
            state["waited"] += 20
            if state["waited"] < timeout_ms:
                QTimer.singleShot(20, poll)
            return
        state["seen"].append(dialog)
        try:
            steps[len(state["seen"]) - 1](dialog)
        except BaseException as error:  # surfaced once the modal loops end
            state["errors"].append(error)
            dialog.done(0)
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    trigger()
    if state["errors"]:
        raise state["errors"][0]
    assert len(state["seen"]) == len(steps), f"{len(state['seen'])} dialog(s) of {len(steps)} appeared"
    return state["seen"]
