"""The command line end to end: the real console entry in a subprocess for script-like flows,
and `main([...])` in-process (faster) for the error paths, output formats and exit codes."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import types

import pytest

from inspector_app.cli import main
from inspector_app.logging_setup import log_file
from tests.conftest import PASSWORDS, ROOT

PASSWORD_VARS = ("INSPECTOR_APP_PASSWORD", "INSPECTOR_APP_NEW_PASSWORD", "INSPECTOR_APP_HEAD_PASSWORD",
                 "INSPECTOR_APP_RESPONSIBLE_PASSWORD")
INIT_ARGS = ["init", "--unit-name-kk", "Алматы қаласы бойынша аумақтық бөлімше",
             "--unit-name-ru", "Территориальное подразделение по г. Алматы", "--unit-code", "ALA-01",
             "--head-login", "head", "--head-name", "Сәрсенбаев Ерлан Бақытұлы", "--head-position", "Басшы",
             "--responsible-login", "resp", "--responsible-name", "Жұмабаева Әйгерім Серікқызы",
             "--order-ref", "№ 12-ө"]


@pytest.fixture(autouse=True)
def no_password_env(monkeypatch):
    for name in PASSWORD_VARS:
        monkeypatch.delenv(name, raising=False)


def run_cli(data_dir, *args: str, env: dict[str, str] | None = None, stdin: str = "") -> subprocess.CompletedProcess:
    """`python -m inspector_app --data-dir DIR ARGS...` from the repository root."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("INSPECTOR_APP_")}
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "inspector_app", "--data-dir", str(data_dir), *args],
                          cwd=ROOT, env=environment, input=stdin, capture_output=True, text=True,
                          encoding="utf-8", timeout=120)


def call(capsys, monkeypatch, data_dir, *args: str, stdin: str = "", env: dict[str, str] | None = None):
    """`main([...])` in-process; returns (exit code, stdout, stderr)."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    for name, value in (env or {}).items():
        monkeypatch.setenv(name, value)
    code = main(["--data-dir", str(data_dir), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_error_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("inspector-app: error: ")
    return lines[0]


# --- the real console entry, as a script would use it ---------------------------------------------------------

def test_init_then_recorder_add_then_list_json(tmp_path):
    data = tmp_path / "data"
    init = run_cli(data, *INIT_ARGS, stdin=f"{PASSWORDS['head']}\n{PASSWORDS['resp']}\n")
    assert init.returncode == 0, init.stderr
    assert "ALA-01" in init.stdout and init.stderr == ""

    env = {"INSPECTOR_APP_PASSWORD": PASSWORDS["resp"]}
    add = run_cli(data, "recorder", "add", "--inventory", "ВР-001", "--serial", "77-0311458", "--model", "Дозор-77",
                  "--profile", "dozor", "--as", "resp", "--json", env=env)
    assert add.returncode == 0, add.stderr
    added = json.loads(add.stdout)
    assert added["ok"] is True and added["recorder"]["inventory_number"] == "ВР-001"
    assert added["recorder"]["created_at"].endswith("+00:00")

    listing = run_cli(data, "recorder", "list", "--as", "resp", "--json", env=env)
    assert listing.returncode == 0, listing.stderr
    payload = json.loads(listing.stdout)
    assert payload["ok"] is True
    assert [(r["inventory_number"], r["status"], r["vendor_profile"]) for r in payload["recorders"]] == [
        ("ВР-001", "in_store", "dozor")]


def test_missing_password_on_empty_stdin_is_one_clear_line(tmp_path):
    data = tmp_path / "data"
    result = run_cli(data, *INIT_ARGS, stdin="")
    assert result.returncode == 2
    line = one_error_line(result.stderr)
    assert "no password for the head" in line and "INSPECTOR_APP_HEAD_PASSWORD" in line
    assert result.stdout == ""

    # One line is not enough either: the responsible person's is missing.
    result = run_cli(data, *INIT_ARGS, "--json", stdin=f"{PASSWORDS['head']}\n")
    assert result.returncode == 2
    assert "INSPECTOR_APP_RESPONSIBLE_PASSWORD" in one_error_line(result.stderr)
    message = one_error_line(result.stderr).removeprefix("inspector-app: error: ")
    assert json.loads(result.stdout) == {"ok": False, "error": message, "code": "usage"}


def test_duplicate_inventory_is_refused_and_nothing_is_written(unit_context, responsible, tmp_path):
    env = {"INSPECTOR_APP_PASSWORD": PASSWORDS["resp"]}
    first = run_cli(unit_context.data_dir, "recorder", "add", "--inventory", "ВР-001", "--as", "resp", env=env)
    assert first.returncode == 0, first.stderr
    again = run_cli(unit_context.data_dir, "recorder", "add", "--inventory", " вр-001 ", "--as", "resp", env=env)
    assert again.returncode == 1
    assert "already registered" in one_error_line(again.stderr)
    assert [r.inventory_number for r in unit_context.recorders.list(responsible)] == ["ВР-001"]


# --- in-process: passwords ---------------------------------------------------------------------------------

@pytest.mark.parametrize("option", ["--head-password", "--password=Secret-2026", "--responsible-password"])
def test_no_option_takes_a_password(capsys, monkeypatch, tmp_path, option):
    data = tmp_path / "data"
    code, out, err = call(capsys, monkeypatch, data, *INIT_ARGS, option, "Secret-2026")
    assert code == 2
    line = one_error_line(err)
    assert "never taken from the command line" in line and "Secret-2026" not in line
    assert out == "" and not data.exists()


def test_init_reads_passwords_from_the_environment_first(capsys, monkeypatch, tmp_path):
    data = tmp_path / "data"
    env = {"INSPECTOR_APP_HEAD_PASSWORD": PASSWORDS["head"], "INSPECTOR_APP_RESPONSIBLE_PASSWORD": PASSWORDS["resp"]}
    code, out, err = call(capsys, monkeypatch, data, *INIT_ARGS, "--json", env=env)
    assert code == 0, err
    payload = json.loads(out)
    assert payload["unit"]["code"] == "ALA-01"
    assert payload["head"]["role"] == "head" and payload["responsible"]["role"] == "responsible"

    code, out, err = call(capsys, monkeypatch, data, *INIT_ARGS, env=env)
    assert code == 1 and "already set up" in one_error_line(err)


def test_weak_password_is_a_validation_error(capsys, monkeypatch, tmp_path):
    code, _, err = call(capsys, monkeypatch, tmp_path / "data", *INIT_ARGS, stdin="short\nResp-pass-2026\n")
    assert code == 2 and "at least 8 characters" in one_error_line(err)


def test_user_add_reads_acting_then_new_password_from_stdin(unit_context, head, capsys, monkeypatch):
    code, out, err = call(capsys, monkeypatch, unit_context.data_dir, "user", "add", "--login", "bolat",
                          "--name", "Қасымов Болат Серікұлы", "--position", "Мемлекеттік инспектор",
                          "--role", "inspector", "--as", "head", "--json",
                          stdin=f"{PASSWORDS['head']}\nBolat-pass-2026\n")
    assert code == 0, err
    assert json.loads(out)["user"]["login"] == "bolat"
    assert unit_context.accounts.authenticate("bolat", "Bolat-pass-2026").full_name == "Қасымов Болат Серікұлы"

    code, out, _ = call(capsys, monkeypatch, unit_context.data_dir, "user", "list", "--as", "resp",
                        stdin=f"{PASSWORDS['resp']}\n")
    assert code == 0 and "bolat" in out and "Нұрланова Әлия Қайратқызы" in out
    # An inspector may not see the list of users.
    code, _, err = call(capsys, monkeypatch, unit_context.data_dir, "user", "list", "--as", "bolat",
                        stdin="Bolat-pass-2026\n")
    assert code == 1 and "does not allow" in one_error_line(err)


@pytest.mark.parametrize("role", ["boss", "responsible"])
def test_unknown_role_is_a_clear_usage_error(unit_context, capsys, monkeypatch, role):
    code, out, err = call(capsys, monkeypatch, unit_context.data_dir, "user", "add", "--login", "x1",
                          "--name", "X", "--role", role, "--as", "head", "--json",
                          stdin=f"{PASSWORDS['head']}\nX-pass-2026\n")
    assert code == 2
    assert f"invalid choice: '{role}'" in one_error_line(err) and "inspector" in err
    assert json.loads(out)["ok"] is False


def test_wrong_password_is_one_line_even_though_it_is_logged(unit_context, capsys, monkeypatch):
    code, out, err = call(capsys, monkeypatch, unit_context.data_dir, "recorder", "list", "--as", "resp", "--json",
                          stdin="Not-the-password-1\n")
    assert code == 1
    assert "Wrong login or password" in one_error_line(err)
    assert json.loads(out) == {"ok": False, "error": "Wrong login or password", "code": "bad_credentials"}
    assert "failed sign-in for resp" in log_file(unit_context.data_dir).read_text("utf-8")


def test_inspector_may_not_register_recorders(unit_context, capsys, monkeypatch):
    code, out, err = call(capsys, monkeypatch, unit_context.data_dir, "recorder", "add", "--inventory", "ВР-009",
                          "--as", "aliya", "--json", env={"INSPECTOR_APP_PASSWORD": PASSWORDS["aliya"]})
    assert code == 1 and "does not allow" in one_error_line(err)
    assert json.loads(out)["code"] == "permission"


# --- in-process: the register ------------------------------------------------------------------------------

def test_status_change_and_history(unit_context, capsys, monkeypatch):
    env = {"INSPECTOR_APP_PASSWORD": PASSWORDS["resp"]}
    data = unit_context.data_dir
    assert call(capsys, monkeypatch, data, "recorder", "add", "--inventory", "BWC-2024-001", "--as", "resp",
                "--note", "Қоймадан қабылданды", env=env)[0] == 0
    code, out, err = call(capsys, monkeypatch, data, "recorder", "status", "--inventory", "bwc-2024-001",
                          "--to", "faulty", "--reason", "Батарея зарядты ұстамайды", "--as", "resp", "--json", env=env)
    assert code == 0, err
    payload = json.loads(out)
    assert payload["from_status"] == "in_store" and payload["recorder"]["status"] == "faulty"

    code, out, err = call(capsys, monkeypatch, data, "recorder", "history", "--inventory", "BWC-2024-001",
                          "--as", "resp", "--json", env=env)
    history = json.loads(out)["history"]
    assert [(h["kind"], h["to_status"]) for h in history] == [("registered", "in_store"), ("status", "faulty")]
    assert history[1]["reason"] == "Батарея зарядты ұстамайды" and history[0]["at"].endswith("+00:00")

    code, out, _ = call(capsys, monkeypatch, data, "recorder", "list", "--status", "faulty", "--as", "resp", env=env)
    assert code == 0 and "BWC-2024-001" in out and "faulty" in out

    code, _, err = call(capsys, monkeypatch, data, "recorder", "status", "--inventory", "BWC-2024-001",
                        "--to", "issued", "--reason", "x", "--as", "resp", env=env)
    assert code == 2 and "invalid choice: 'issued'" in one_error_line(err)

    code, _, err = call(capsys, monkeypatch, data, "recorder", "status", "--inventory", "НЕТ-1",
                        "--to", "faulty", "--reason", "x", "--as", "resp", env=env)
    assert code == 1 and "No recorder has the inventory number НЕТ-1" in one_error_line(err)


def test_options_may_follow_the_command(unit_context, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORDS["resp"] + "\n"))
    code = main(["recorder", "list", "--as", "resp", "--json", "--data-dir", str(unit_context.data_dir)])
    assert code == 0 and json.loads(capsys.readouterr().out) == {"ok": True, "recorders": []}


def test_no_unit_no_data_folder_created(capsys, monkeypatch, tmp_path):
    data = tmp_path / "nowhere"
    code, out, err = call(capsys, monkeypatch, data, "recorder", "list", "--as", "resp", "--json")
    assert code == 1 and "init" in one_error_line(err)
    assert json.loads(out)["code"] == "not_set_up"
    assert not data.exists()


def test_usage_errors(capsys, monkeypatch, tmp_path):
    for args in (["recorder"], ["frobnicate"], ["recorder", "list"], ["--demo", "recorder", "list", "--as", "x"]):
        code, out, err = call(capsys, monkeypatch, tmp_path, *args)
        assert code == 2, args
        one_error_line(err)
    code, out, _ = call(capsys, monkeypatch, tmp_path, "recorder", "add", "--help")
    assert code == 0 and "--inventory" in out and not re.search(r"--\S*password", out)


def test_unexpected_error_is_one_line_with_traceback_only_when_verbose(unit_context, capsys, monkeypatch):
    from inspector_app.cli_commands import recorders

    def boom(*_args):
        raise RuntimeError("boom")

    monkeypatch.setattr(recorders, "run_list", boom)
    code, _, err = call(capsys, monkeypatch, unit_context.data_dir, "recorder", "list", "--as", "resp")
    assert code == 1 and "unexpected error: RuntimeError: boom" in one_error_line(err)
    assert "Traceback" in log_file(unit_context.data_dir).read_text("utf-8")

    code, _, err = call(capsys, monkeypatch, unit_context.data_dir, "recorder", "list", "--as", "resp", "-v")
    assert code == 1 and "Traceback" in err and err.splitlines()[-1].startswith("inspector-app: error: ")


def test_no_command_opens_the_window_lazily(capsys, monkeypatch, tmp_path):
    seen = {}

    def run_gui(*, data_dir, demo, lang):
        seen.update(data_dir=data_dir, demo=demo, lang=lang)
        return 7

    monkeypatch.setitem(sys.modules, "ui.app", types.SimpleNamespace(run_gui=run_gui))
    assert main(["--data-dir", str(tmp_path), "--demo", "--lang", "kk"]) == 7
    assert seen == {"data_dir": tmp_path, "demo": True, "lang": "kk"}


def test_importing_the_cli_does_not_import_qt():
    code = ("import sys, inspector_app.cli; "
            "print(any(m.split('.')[0] in ('PySide6', 'ui') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr


def test_logs_hold_no_password_and_no_sql(unit_context, capsys, monkeypatch):
    data = unit_context.data_dir
    call(capsys, monkeypatch, data, "user", "add", "--login", "dana", "--name", "Әлиева Дана Ғаниқызы",
         "--role", "inspector", "--as", "head", "-v", stdin=f"{PASSWORDS['head']}\nDana-pass-2026\n")
    call(capsys, monkeypatch, data, "recorder", "list", "--as", "resp", stdin="Wrong-pass-2026\n")
    text = "".join(p.read_text("utf-8") for p in log_file(data).parent.iterdir())
    assert "user added: dana" in text
    for secret in (*PASSWORDS.values(), "Dana-pass-2026", "Wrong-pass-2026", "scrypt$"):
        assert secret not in text
    assert "INSERT INTO" not in text and "SELECT" not in text


# --- where passwords come from -----------------------------------------------------------------------------

class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_password_reader_order_and_sources(monkeypatch):
    from inspector_app.cli_commands.base import PasswordReader, UsageError

    reader = PasswordReader({"A": "From-env-1", "B": ""}, io.StringIO("Line-one-1\r\n\nLine-three\n"))
    assert reader.read("A", "a") == "From-env-1"          # the environment first, stdin untouched
    assert reader.read("B", "b") == "Line-one-1"          # an empty variable counts as unset; CRLF is stripped
    with pytest.raises(UsageError, match="no password for c: set C"):
        reader.read("C", "c")                             # an empty line is no password

    answers = iter(["Typed-pass-1", "Typed-pass-1", "Typed-pass-1", "Other-pass-2"])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(answers))
    terminal = PasswordReader({}, _Terminal())
    assert terminal.read("X", "x", new=True) == "Typed-pass-1"
    with pytest.raises(UsageError, match="differ"):
        terminal.read("X", "x", new=True)
