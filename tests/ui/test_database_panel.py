"""This PC's database and footage vault in Settings, for the head and the responsible person: Check connection
against the run's real PostgreSQL server in the background (its version, TLS, the schema revision; a refused
password or an unreachable server said clearly; cancellable), Save writes the URL without a password to
config.json and the password only into the credential store when the box is ticked. An inspector has no panel."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from inspector_app.bootstrap import database_settings
from inspector_app.database_location import KEYRING_SERVICE, address, compose_url
from inspector_app.domain.audit import AuditKind
from inspector_app.errors import PermissionDenied
from inspector_app.paths import config_file
from tests.ui.conftest import type_text
from tests.ui.server_fixtures import admin_parts, credential_store, server_role, silent_port  # noqa: F401
from tests.ui.vault_fixtures import TIMEOUT_MS, fast_scrypt, sign_in  # noqa: F401

WRONG = "Not-the-password-2026"


def _panel(qtbot, ctx, login: str = "head"):
    window = sign_in(qtbot, ctx, login)
    window.show_section("settings")
    page = window.pages["settings"]
    return window, page.database


def _type(widget, text: str) -> None:
    widget.clear()
    type_text(widget, text)


def _fill(qtbot, panel, host: str, port: int, database: str, user: str, password: str = "", schema: str = "") -> None:
    panel.kind.setCurrentIndex(panel.kind.findData("server"))
    for edit, text in ((panel.host, host), (panel.database, database), (panel.db_user, user),
                       (panel.schema, schema), (panel.password, password)):
        _type(edit, text)
    panel.port.lineEdit().selectAll()
    qtbot.keyClicks(panel.port, str(port))
    assert panel.port.value() == port


def _click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _check(qtbot, panel) -> None:
    _click(qtbot, panel.check_button)
    assert panel.job is not None and not panel.check_button.isEnabled()  # busy until the answer comes
    qtbot.waitUntil(lambda: panel.job is None and not panel.jobs.running(), timeout=TIMEOUT_MS)  # the job ended


def _server_version() -> str:
    from sqlalchemy import create_engine, text

    engine = create_engine(admin_parts())
    try:
        with engine.connect() as conn:
            return conn.execute(text("SHOW server_version")).scalar()
    finally:
        engine.dispose()


def test_the_head_checks_the_server_and_sees_its_version_and_tls(qtbot, unit_context):
    admin = admin_parts()
    window, panel = _panel(qtbot, unit_context)
    assert panel is not None and panel.isVisible()
    _fill(qtbot, panel, admin.host, admin.port, admin.database, admin.username)  # the trusted administrator
    assert panel.sslmode.currentData() == "prefer" and panel.password.echoMode() == panel.password.EchoMode.Password
    _check(qtbot, panel)
    text = panel.status.text()
    assert f"PostgreSQL {_server_version()}" in text
    assert "Encrypted connection (TLS): yes" in text
    assert panel.result.tls is True and not panel.error_label.isVisible()
    assert ("Empty database: the program will set it up" in text) == (panel.result.revision is None)
    # this PC's own file: nothing to connect to
    panel.kind.setCurrentIndex(panel.kind.findData("file"))
    assert not panel.check_button.isEnabled() and not panel.host.isEnabled() and panel.status.text() == ""


def test_a_password_role_is_checked_and_saved_without_its_password_in_any_file(
        qtbot, unit_context, server_role, credential_store, tmp_path, monkeypatch):  # noqa: F811
    role = server_role
    window, panel = _panel(qtbot, unit_context)
    _fill(qtbot, panel, role.host, role.port, role.database, role.user, role.password)
    _check(qtbot, panel)
    assert "Encrypted connection (TLS): yes" in panel.status.text(), panel.error_label.text()
    assert "Empty database: the program will set it up." in panel.status.text()

    share = tmp_path / "share"
    share.mkdir()
    monkeypatch.setattr("ui.pages.database_panel.QFileDialog.getExistingDirectory", lambda *a, **k: str(share))
    _click(qtbot, panel.browse_button)
    assert panel.vault_path.text() == str(share)
    qtbot.mouseClick(panel.remember, Qt.MouseButton.LeftButton)
    assert panel.remember.isChecked()
    _click(qtbot, panel.save_button)
    assert "next start" in panel.status.text() and not panel.error_label.isVisible(), panel.error_label.text()
    url = compose_url(role.host, role.port, role.database, role.user)
    saved = json.loads(config_file(unit_context.data_dir).read_text("utf-8"))
    assert saved["database_url"] == url and saved["vault_path"] == str(share)
    assert credential_store.entries == {(KEYRING_SERVICE, address(url).account): role.password}
    assert panel.password.text() == ""
    for path in unit_context.data_dir.rglob("*"):  # neither config.json nor anything else of this PC holds it
        if path.is_file():
            assert role.password.encode() not in path.read_bytes(), path
    with unit_context.uow_factory() as uow:
        changed = [e for page in uow.audit.walk() for e in page if e.kind is AuditKind.SETTINGS_CHANGED]
    assert {e.subject for e in changed} == {"setting:database_url", "setting:vault_path"}
    assert all(role.password not in json.dumps(e.details, ensure_ascii=False) for e in changed)

    # the kept password is used when none is typed; unticked and saved, it leaves the store
    _check(qtbot, panel)
    assert "TLS): yes" in panel.status.text(), panel.error_label.text()
    qtbot.mouseClick(panel.remember, Qt.MouseButton.LeftButton)
    _click(qtbot, panel.save_button)
    assert credential_store.entries == {}


def test_the_box_unticked_keeps_the_password_out_of_the_store(
        qtbot, unit_context, server_role, credential_store):  # noqa: F811
    role = server_role
    window, panel = _panel(qtbot, unit_context, "resp")  # the responsible person has the panel too
    _fill(qtbot, panel, role.host, role.port, role.database, role.user, role.password)
    assert not panel.remember.isChecked()
    _click(qtbot, panel.save_button)
    assert json.loads(config_file(unit_context.data_dir).read_text("utf-8"))["database_url"] == compose_url(
        role.host, role.port, role.database, role.user)
    assert credential_store.entries == {}


def test_a_wrong_password_or_none_is_said_clearly(qtbot, unit_context, server_role, credential_store):  # noqa: F811
    role = server_role
    window, panel = _panel(qtbot, unit_context)
    _fill(qtbot, panel, role.host, role.port, role.database, role.user, WRONG)
    _check(qtbot, panel)
    where = f"{role.user}@{role.host}:{role.port}/{role.database}"
    assert panel.error_label.isVisible()
    assert panel.error_label.text() == f"The database server refused the password of {where}"
    assert WRONG not in panel.error_label.text() and panel.result is None and panel.status.text() == ""
    _type(panel.password, "")
    _check(qtbot, panel)  # none typed and none kept
    assert "refused the password" in panel.error_label.text()
    assert panel.check_button.isEnabled() and panel.save_button.isEnabled()


def test_an_unreachable_server_is_said_and_a_hanging_one_can_be_cancelled(
        qtbot, unit_context, silent_port):  # noqa: F811
    silent, closed_port = silent_port
    window, panel = _panel(qtbot, unit_context)
    _fill(qtbot, panel, "127.0.0.1", closed_port, "inspector", "ala_app")
    _check(qtbot, panel)
    assert "cannot be reached" in panel.error_label.text() and f"127.0.0.1:{closed_port}" in panel.error_label.text()

    _fill(qtbot, panel, "127.0.0.1", silent.getsockname()[1], "inspector", "ala_app")
    _click(qtbot, panel.check_button)
    assert panel.progress.isVisible() and panel.cancel_button.isVisible() and not panel.save_button.isEnabled()
    assert "Connecting to ala_app@127.0.0.1" in panel.status.text()
    qtbot.wait(300)
    assert panel.job is not None  # still waiting for the server
    _click(qtbot, panel.cancel_button)
    assert panel.job is None and panel.status.text() == "Check cancelled."
    assert not panel.progress.isVisible() and panel.check_button.isEnabled() and panel.save_button.isEnabled()
    silent.close()  # the connection under way ends; its answer is not shown
    qtbot.waitUntil(lambda: not window.jobs.running(), timeout=TIMEOUT_MS)
    assert panel.status.text() == "Check cancelled." and not panel.error_label.isVisible()


def test_an_incomplete_form_is_refused_before_connecting(qtbot, unit_context):
    window, panel = _panel(qtbot, unit_context)
    _fill(qtbot, panel, "db.local", 5432, "", "ala_app", schema="Unit ALA")
    _click(qtbot, panel.check_button)
    assert panel.job is None and "needs a host, a user and a database name" in panel.error_label.text()
    _type(panel.database, "inspector")
    _click(qtbot, panel.save_button)
    assert "schema must be 2 to 41 small Latin letters" in panel.error_label.text()
    before = config_file(unit_context.data_dir).read_text("utf-8") if config_file(unit_context.data_dir).exists() \
        else ""
    _type(panel.schema, "unit_ala")
    _type(panel.vault_path, str(unit_context.data_dir / "no-such-share"))
    _click(qtbot, panel.save_button)
    assert "does not exist or is not reachable" in panel.error_label.text()
    after = config_file(unit_context.data_dir).read_text("utf-8") if config_file(unit_context.data_dir).exists() \
        else ""
    assert after == before


def test_an_inspector_has_no_panel_and_the_service_refuses_them(qtbot, unit_context, inspector):
    window, panel = _panel(qtbot, unit_context, "aliya")
    assert panel is None and window.pages["settings"].findChild(object, "databasePanel") is None
    service = database_settings(unit_context)
    with pytest.raises(PermissionDenied):
        service.check(inspector, compose_url("127.0.0.1", 5432, "inspector", "ala_app"))
    with pytest.raises(PermissionDenied):
        service.save(inspector, "", "")
