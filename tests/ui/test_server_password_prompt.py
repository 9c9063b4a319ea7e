"""The start-up of a PC whose settings name a server database that wants a password none keeps: the window asks
for it (which user on which server, remember or not), a wrong one is refused and asked again, the right one
opens the unit at the sign-in form; Cancel closes the program; an unreachable server is said clearly."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from inspector_app.bootstrap import build_context
from inspector_app.database_location import KEYRING_SERVICE, address
from inspector_app.paths import config_file
from inspector_app.services.setup import PersonInput, initialize_unit
from inspector_app.settings import LocalConfig
from tests.conftest import PASSWORDS
from tests.ui.conftest import type_text
from tests.ui.server_fixtures import credential_store, server_role, silent_port  # noqa: F401
from tests.ui.vault_fixtures import TIMEOUT_MS, fast_scrypt  # noqa: F401
from ui.app import Startup

WRONG = "Not-the-password-2026"


@pytest.fixture
def server_unit(server_role, tmp_path, clock):  # noqa: F811
    """A unit set up on the role's database, and a data folder of another PC whose settings name it."""
    role = server_role
    ctx = build_context(tmp_path / "pc1", clock=clock, database_url=role.url, password=role.password)
    try:
        initialize_unit(ctx.uow_factory, ctx.clock, name_kk="Алматы бөлімшесі", name_ru="Подразделение Алматы",
                        code="ALA", head=PersonInput("head", "Сәрсенбаев Ерлан", "Бөлімше басшысы", PASSWORDS["head"]),
                        responsible=PersonInput("resp", "Жұмабаева Әйгерім", "Бас маман", PASSWORDS["resp"]),
                        order_reference="№ 12-ө", journal_registration_index="04-12/15")
    finally:
        ctx.close()
    data = tmp_path / "pc2"
    LocalConfig(config_file(data)).set("database_url", role.url)
    LocalConfig(config_file(data)).set("vault_path", str(tmp_path / "pc1" / "vault"))  # the unit's one vault
    return role, data


@pytest.fixture
def start(qapp):
    """Start the program on a data folder, as `inspector-app` does (without its event loop of its own)."""
    started = []

    def run(data):
        startup = Startup(qapp, data, demo=False, lang="en")
        started.append(startup)
        return startup

    yield run
    for startup in started:
        if startup.password_dialog is not None:
            startup.password_dialog.done(0)
        qapp.processEvents()
        startup.window.close()
        startup.close()
        deadline = time.monotonic() + 10
        while startup.jobs.running() and time.monotonic() < deadline:  # every job's last signal delivered
            qapp.processEvents()
        startup.window.deleteLater()
        startup.deleteLater()


def _asked(qtbot, startup):
    qtbot.waitUntil(lambda: startup.password_dialog is not None, timeout=TIMEOUT_MS)
    dialog = startup.password_dialog
    assert dialog.isVisible() and QApplication.activeModalWidget() is dialog
    return dialog


def _answer(qtbot, dialog, password: str, remember: bool = False) -> None:
    dialog.password.clear()
    type_text(dialog.password, password)
    if remember != dialog.remember.isChecked():
        dialog.remember.click()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_a_wrong_password_is_asked_again_and_the_right_one_opens_the_unit(
        qtbot, server_unit, credential_store, start):  # noqa: F811
    role, data = server_unit
    startup = start(data)
    dialog = _asked(qtbot, startup)
    assert f"{role.user}@{role.host}:{role.port}/{role.database}" in dialog.where.text()
    assert not dialog.error_label.isVisible()  # the first question: nothing was refused yet
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password and not dialog.remember.isChecked()
    assert startup.ctx is None and startup.window.ctx is None

    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # nothing typed: the dialog stays
    assert dialog.isVisible() and "Enter the password" in dialog.error_label.text()
    _answer(qtbot, dialog, WRONG)
    qtbot.waitUntil(lambda: startup.password_dialog not in (None, dialog), timeout=TIMEOUT_MS)
    again = startup.password_dialog
    assert again.error_label.isVisible() and "refused the password" in again.error_label.text()
    assert WRONG not in again.error_label.text() and startup.ctx is None

    _answer(qtbot, again, role.password, remember=True)
    qtbot.waitUntil(lambda: startup.ctx is not None, timeout=TIMEOUT_MS)
    assert startup.password_dialog is None and startup.window.ctx is startup.ctx
    assert startup.ctx.unit().code == "ALA"
    assert startup.window.sign_in.isVisible()  # the unit is open: the sign-in form
    assert credential_store.entries == {(KEYRING_SERVICE, address(role.url).account): role.password}
    assert role.password not in config_file(data).read_text("utf-8")


def test_a_kept_password_opens_without_asking_and_unticked_one_is_not_kept(
        qtbot, server_unit, credential_store, start):  # noqa: F811
    role, data = server_unit
    startup = start(data)
    _answer(qtbot, _asked(qtbot, startup), role.password)  # not remembered
    qtbot.waitUntil(lambda: startup.ctx is not None, timeout=TIMEOUT_MS)
    assert credential_store.entries == {}
    credential_store.set_password(KEYRING_SERVICE, address(role.url).account, role.password)
    second = start(data)
    qtbot.waitUntil(lambda: second.ctx is not None, timeout=TIMEOUT_MS)
    assert second.password_dialog is None


def test_cancel_closes_the_program(qtbot, server_unit, credential_store, start):  # noqa: F811
    _role, data = server_unit
    startup = start(data)
    dialog = _asked(qtbot, startup)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not startup.window.isVisible(), timeout=TIMEOUT_MS)
    assert startup.ctx is None and startup.password_dialog is None and startup.exit_code == 0


def test_an_unreachable_server_is_said_clearly(qtbot, tmp_path, silent_port, start, monkeypatch):  # noqa: F811
    _silent, closed_port = silent_port
    data = tmp_path / "pc"
    LocalConfig(config_file(data)).set("database_url", f"postgresql+psycopg://ala_app@127.0.0.1:{closed_port}/insp")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    startup = start(data)
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT_MS)
    assert shown[0].startswith(f"The database server of ala_app@127.0.0.1:{closed_port}/insp cannot be reached: ")
    assert startup.password_dialog is None and startup.exit_code == 1 and not startup.window.isVisible()
