"""`inspector-app journal ...`: the journal of issue and return from a script. The real console entry in a
subprocess for the whole flow and for printing, `main([...])` in-process for the refusals, each of which
must be one line on stderr, a non-zero exit code and nothing written."""

from __future__ import annotations

import json
import subprocess
from datetime import datetime, timedelta, timezone

import pytest

from inspector_app.services.journal import IssueRequest
from tests.conftest import PASSWORDS, SIGNATURE, sign_as
from tests.integration.conftest import count, db_path
from tests.integration.test_cli import INIT_ARGS, PASSWORD_VARS, call, one_error_line, run_cli
from tests.db_backend import raw_connect

SIGNER_ENV = "INSPECTOR_APP_SIGNER_PASSWORD"
TABLES = ("journal_entries", "journal_returns", "journal_remarks", "journal_strikes", "signatures", "notifications")
KAZAKH_FORM = ("Бейнетіркеуішті беруді және тапсыруды есепке алу журналы", "№ р/с",
               "Бейнетіркеуіштің түгендеу нөмірі", "Бейнетіркеуішті пайдаланушының Т.А.Ә.",
               "Күні және уақыты, алғаны туралы қол қою", "Күні және уақыты, тапсырғаны туралы қол қою",
               "Ақпаратты сақтау күні және уақыты", "Ескертпе")


@pytest.fixture(autouse=True)
def no_password_env(monkeypatch):
    for name in (*PASSWORD_VARS, SIGNER_ENV):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def signature_file(tmp_path):
    path = tmp_path / "signature.json"
    path.write_text(json.dumps(SIGNATURE), "utf-8")
    return path


@pytest.fixture
def recorder(unit_context, responsible):
    return unit_context.recorders.add(responsible, "ВР-001", "SN-1", "DS-MCW406", "hikvision-dswa")


def _both(actor: str = "resp", signer: str = "aliya") -> str:
    """Standard input for a signed command: the acting person's password, then the inspector's."""
    return f"{PASSWORDS[actor]}\n{PASSWORDS[signer]}\n"


def _issue_args(signature_file, *extra: str, inventory: str = "ВР-001", to: str = "aliya") -> list[str]:
    return ["journal", "issue", "--recorder", inventory, "--to", to, "--purpose", "inspection", "--battery", "92",
            "--clock-offset", "-3", "--signature-file", str(signature_file), "--as", "resp", *extra]


def _tables(ctx) -> dict[str, int]:
    return {table: count(db_path(ctx), table) for table in TABLES}


def _issue_in_process(ctx, responsible, inspector, recorder):
    request = IssueRequest(recorder.id, inspector.id, "preventive_visit", 95, 1)
    return ctx.journal.issue(responsible, request, sign_as(ctx, "aliya"), sign_as(ctx, "resp"))


# --- the real console entry ---------------------------------------------------------------------------------

def test_init_issue_list_return_verify(tmp_path, signature_file):
    data = tmp_path / "data"
    init = run_cli(data, *INIT_ARGS, "--journal-index", "04-12/15", stdin=f"{PASSWORDS['head']}\n{PASSWORDS['resp']}\n")
    assert init.returncode == 0, init.stderr
    assert "Journal volume 1 (04-12/15) opened" in init.stdout
    resp = {"INSPECTOR_APP_PASSWORD": PASSWORDS["resp"]}
    assert run_cli(data, "recorder", "add", "--inventory", "ВР-001", "--as", "resp", env=resp).returncode == 0
    user = run_cli(data, "user", "add", "--login", "aliya", "--name", "Нұрланова Әлия Қайратқызы", "--role",
                   "inspector", "--as", "resp", stdin=f"{PASSWORDS['resp']}\n{PASSWORDS['aliya']}\n")
    assert user.returncode == 0, user.stderr

    issue = run_cli(data, *_issue_args(signature_file, "--json"), stdin=_both())
    assert issue.returncode == 0, issue.stderr
    entry = json.loads(issue.stdout)["entry"]
    assert (entry["volume"], entry["number"], entry["state"], entry["battery_percent"]) == (1, 1, "open", 92)

    listing = run_cli(data, "journal", "list", "--as", "resp", "--json", env=resp)
    assert listing.returncode == 0, listing.stderr
    [row] = json.loads(listing.stdout)["rows"]
    assert (row["inventory_number"], row["user_full_name"], row["state"]) == ("ВР-001", "Нұрланова Әлия Қайратқызы",
                                                                               "open")
    assert row["received_at"].endswith("+00:00") and row["returned_at"] is None

    both_env = {**resp, SIGNER_ENV: PASSWORDS["aliya"]}  # the passwords may come from the environment as well
    back = run_cli(data, "journal", "return", "--recorder", "вр-001", "--condition", "Жарамды", "--signature-file",
                   str(signature_file), "--as", "resp", env=both_env)
    assert back.returncode == 0, back.stderr
    assert "ВР-001 returned by Нұрланова Әлия Қайратқызы" in back.stdout

    table = run_cli(data, "journal", "list", "--as", "resp", env=resp)
    assert table.returncode == 0 and "returned" in table.stdout.splitlines()[-1] and "Жарамды" in table.stdout
    [row] = json.loads(run_cli(data, "journal", "list", "--as", "resp", "--json", env=resp).stdout)["rows"]
    assert row["state"] == "returned" and row["return_condition"] == "Жарамды" and row["returned_at"]

    verify = run_cli(data, "journal", "verify", "--as", "resp", env=resp)
    assert verify.returncode == 0, verify.stderr
    assert verify.stdout.strip() == "Volume 1 (04-12/15): 1 entries, 4 signatures checked: all valid."
    recorders = json.loads(run_cli(data, "recorder", "list", "--as", "resp", "--json", env=resp).stdout)
    assert recorders["recorders"][0]["status"] == "in_store"


def test_print_a_volume_in_kazakh(unit_context, responsible, inspector, recorder, tmp_path):
    # Needs the journal printer (inspector_app/documents/journal_pdf.py) wired into the context.
    _issue_in_process(unit_context, responsible, inspector, recorder)
    out = tmp_path / "journal.pdf"
    result = run_cli(unit_context.data_dir, "journal", "print", "--volume", "1", "--lang", "kk", "--out", str(out),
                     "--as", "resp", "--json", env={"INSPECTOR_APP_PASSWORD": PASSWORDS["resp"]})
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["path"] == str(out) and payload["entries"] == 1 and payload["pages"] >= 1
    text = " ".join(subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    for header in KAZAKH_FORM:
        assert header in text, header
    assert "ВР-001" in text and "04-12/15" in text

    person = run_cli(unit_context.data_dir, "journal", "print", "--lang", "kk", "--out", str(tmp_path / "x.pdf"),
                     "--as", "resp", env={"INSPECTOR_APP_PASSWORD": PASSWORDS["resp"]})
    assert person.returncode == 0 and person.stdout.startswith("Journal volume 1 printed to ")


def test_password_on_the_command_line_is_refused(unit_context, recorder, signature_file):
    before = _tables(unit_context)
    for option in ("--signer-password", "--password=Aliya-pass-2026"):
        result = run_cli(unit_context.data_dir, *_issue_args(signature_file, option, "Aliya-pass-2026"),
                         stdin=_both())
        assert result.returncode == 2
        line = one_error_line(result.stderr)
        assert "never taken from the command line" in line and "Aliya-pass-2026" not in line
        assert result.stdout == ""
    assert _tables(unit_context) == before


# --- refusals, in-process -----------------------------------------------------------------------------------

def test_issuing_an_issued_recorder_is_refused(unit_context, recorder, signature_file, capsys, monkeypatch):
    data = unit_context.data_dir
    code, out, err = call(capsys, monkeypatch, data, *_issue_args(signature_file), stdin=_both())
    assert code == 0, err
    assert out.strip() == "Recorder ВР-001 issued to Нұрланова Әлия Қайратқызы: journal volume 1, entry № 1."
    before = _tables(unit_context)
    code, out, err = call(capsys, monkeypatch, data, *_issue_args(signature_file, "--json"), stdin=_both())
    assert code == 1 and "ВР-001 cannot be issued: it is issued" in one_error_line(err)
    assert json.loads(out)["code"] == "not_in_store"
    assert _tables(unit_context) == before


def test_returning_a_recorder_not_issued_is_refused(unit_context, recorder, signature_file, capsys, monkeypatch):
    before = _tables(unit_context)
    code, out, err = call(capsys, monkeypatch, unit_context.data_dir, "journal", "return", "--recorder", "ВР-001",
                          "--signature-file", str(signature_file), "--as", "resp", "--json", stdin=_both())
    assert code == 1 and "ВР-001 is not issued" in one_error_line(err)
    assert json.loads(out) == {"ok": False, "code": "not_issued", "error": one_error_line(err).split(": ", 2)[2]}
    code, _, err = call(capsys, monkeypatch, unit_context.data_dir, "journal", "return", "--recorder", "ВР-404",
                        "--signature-file", str(signature_file), "--as", "resp", stdin=_both())
    assert code == 1 and "No recorder has the inventory number ВР-404" in one_error_line(err)
    assert _tables(unit_context) == before


def test_wrong_pin_writes_nothing_but_the_failed_try(unit_context, recorder, signature_file, capsys, monkeypatch):
    before = _tables(unit_context)
    code, out, err = call(capsys, monkeypatch, unit_context.data_dir, *_issue_args(signature_file),
                          stdin=f"{PASSWORDS['resp']}\nWrong-pin-1\n")
    assert code == 1 and "Wrong PIN or password" in one_error_line(err) and out == ""
    assert _tables(unit_context) == before
    with raw_connect(db_path(unit_context)) as conn:
        assert conn.execute("SELECT failed_logins FROM users WHERE login = 'aliya'").fetchone() == (1,)
        assert conn.execute("SELECT status FROM recorders").fetchone() == ("in_store",)
    # The inspector's password missing altogether is a usage error.
    code, _, err = call(capsys, monkeypatch, unit_context.data_dir, *_issue_args(signature_file),
                        stdin=f"{PASSWORDS['resp']}\n")
    assert code == 2 and SIGNER_ENV in one_error_line(err)
    assert _tables(unit_context) == before


@pytest.mark.parametrize("drawing", [[], [[]], [[[0.5, 0.5]]], {"actor": SIGNATURE, "signer": []},
                                     {"actor": SIGNATURE}])
def test_empty_signature_file_is_refused(unit_context, recorder, tmp_path, capsys, monkeypatch, drawing):
    path = tmp_path / "empty.json"
    path.write_text(json.dumps(drawing), "utf-8")
    before = _tables(unit_context)
    code, out, err = call(capsys, monkeypatch, unit_context.data_dir, *_issue_args(path, "--json"), stdin=_both())
    assert code == 2
    line = one_error_line(err)
    assert f"The signature file {path}" in line and ("empty drawing" in line or "no drawing" in line)
    assert json.loads(out)["code"] == "signature_empty"
    assert _tables(unit_context) == before
    with raw_connect(db_path(unit_context)) as conn:  # refused before any password was tried
        assert conn.execute("SELECT SUM(failed_logins) FROM users").fetchone() == (0,)


@pytest.mark.parametrize("content, expected", [
    (None, "cannot read the signature file"), ("not json", "is not JSON"),
    ('[[["a", 0.5], [0.2, 0.5]]]', "number pairs"), ("[[[0.1, 0.5], [1.5, 0.5]]]", "outside the pad"),
    ('{"actor": [], "boss": []}', "unknown keys (boss)"), ("42", "holds no strokes"),
])
def test_bad_signature_file(unit_context, recorder, tmp_path, capsys, monkeypatch, content, expected):
    path = tmp_path / "bad.json"
    if content is not None:
        path.write_text(content, "utf-8")
    code, _, err = call(capsys, monkeypatch, unit_context.data_dir, *_issue_args(path), stdin=_both())
    assert code == 2 and expected in one_error_line(err)
    assert count(db_path(unit_context), "journal_entries") == 0


def test_low_battery_needs_a_reason_and_an_inspector_may_not_issue(unit_context, recorder, signature_file, capsys,
                                                                     monkeypatch):
    data = unit_context.data_dir
    low = [arg if arg != "92" else "61" for arg in _issue_args(signature_file)]
    code, _, err = call(capsys, monkeypatch, data, *low, stdin=_both())
    assert code == 2 and "below the minimum of 80 %" in one_error_line(err)
    code, out, err = call(capsys, monkeypatch, data, *low, "--json", "--battery-override-reason",
                          "Шұғыл тергеп-тексеру", stdin=_both())
    assert code == 0, err
    remarks = json.loads(out)["entry"]["remarks"]
    assert [(r["kind"], r["text"]) for r in remarks] == [("battery_override", "Шұғыл тергеп-тексеру")]

    unit_context.recorders.add(unit_context.accounts.authenticate("resp", PASSWORDS["resp"]), "ВР-002")
    before = _tables(unit_context)
    args = _issue_args(signature_file, inventory="ВР-002", to="resp")
    args[args.index("--as") + 1] = "aliya"
    code, _, err = call(capsys, monkeypatch, data, *args, stdin=_both("aliya", "resp"))
    assert code == 1 and "does not allow" in one_error_line(err)
    assert _tables(unit_context) == before


# --- faults, volumes, verification, listing ------------------------------------------------------------------

def test_inspector_reports_a_fault(unit_context, recorder, signature_file, capsys, monkeypatch):
    code, out, err = call(capsys, monkeypatch, unit_context.data_dir, "journal", "fault", "--recorder", "ВР-001",
                          "--description", "Экраны жанбайды", "--signature-file", str(signature_file),
                          "--as", "aliya", "--json", stdin=f"{PASSWORDS['aliya']}\n")
    assert code == 0, err
    entry = json.loads(out)["entry"]
    assert (entry["kind"], entry["state"], entry["remarks"][0]["text"]) == ("fault", "fault", "Экраны жанбайды")
    with raw_connect(db_path(unit_context)) as conn:
        assert conn.execute("SELECT message FROM notifications").fetchall() == [("ВР-001: Экраны жанбайды",)]
        assert conn.execute("SELECT status FROM recorders").fetchone() == ("faulty",)


def test_volumes_open_and_close(context, capsys, monkeypatch, signature_file):
    data = context.data_dir
    env = {"INSPECTOR_APP_HEAD_PASSWORD": PASSWORDS["head"], "INSPECTOR_APP_RESPONSIBLE_PASSWORD": PASSWORDS["resp"]}
    assert call(capsys, monkeypatch, data, *INIT_ARGS, env=env)[0] == 0  # no --journal-index: no volume yet
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", PASSWORDS["resp"])
    code, out, _ = call(capsys, monkeypatch, data, "journal", "volumes", "--as", "resp")
    assert code == 0 and "No journal volume yet" in out
    code, _, err = call(capsys, monkeypatch, data, "journal", "verify", "--as", "resp")
    assert code == 1 and "no volume" in one_error_line(err)

    code, out, err = call(capsys, monkeypatch, data, "journal", "open-volume", "--index", "04-12/15", "--as", "resp")
    assert code == 0 and out.strip() == "Journal volume 1 (04-12/15) opened.", err
    code, out, err = call(capsys, monkeypatch, data, "journal", "close-volume", "--next-index", "04-12/16",
                          "--as", "resp", "--json")
    assert code == 0, err
    payload = json.loads(out)
    assert payload["closed"]["number"] == 1 and payload["closed"]["ended_at"] is not None
    assert payload["opened"] == {**payload["opened"], "number": 2, "registration_index": "04-12/16", "ended_at": None}
    code, out, _ = call(capsys, monkeypatch, data, "journal", "volumes", "--as", "resp", "--json")
    assert [(v["number"], v["entries"]) for v in json.loads(out)["volumes"]] == [(1, 0), (2, 0)]
    code, _, err = call(capsys, monkeypatch, data, "journal", "open-volume", "--index", "x", "--as", "resp")
    assert code == 1 and "already open" in one_error_line(err)
    code, _, err = call(capsys, monkeypatch, data, "journal", "list", "--volume", "7", "--as", "resp")
    assert code == 1 and "no journal volume 7" in one_error_line(err)


def test_verify_lists_what_was_changed_behind_the_app(unit_context, responsible, inspector, recorder, capsys,
                                                      monkeypatch):
    _issue_in_process(unit_context, responsible, inspector, recorder)
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", PASSWORDS["resp"])
    code, out, err = call(capsys, monkeypatch, unit_context.data_dir, "journal", "verify", "--volume", "1",
                          "--as", "resp")
    assert code == 0 and out.strip().endswith("all valid."), err
    with raw_connect(db_path(unit_context)) as conn:
        conn.execute("DROP TRIGGER journal_entries_no_update")
        conn.execute("UPDATE journal_entries SET battery_percent = 100")
    code, out, err = call(capsys, monkeypatch, unit_context.data_dir, "journal", "verify", "--as", "resp")
    assert code == 1
    assert "2 signature problem(s)" in one_error_line(err)
    lines = out.splitlines()
    assert lines[0].endswith("2 problem(s).") and len(lines) == 3
    assert all(line.startswith("  № 1: ") for line in lines[1:])
    code, out, err = call(capsys, monkeypatch, unit_context.data_dir, "journal", "verify", "--as", "resp", "--json")
    payload = json.loads(out)
    assert code == 1 and payload["ok"] is False and payload["code"] == "verification_failed"
    assert len(payload["volumes"][0]["problems"]) == 2 and payload["volumes"][0]["ok"] is False


def test_list_filters(unit_context, responsible, inspector, recorder, clock, capsys, monkeypatch):
    now = datetime.now(timezone.utc)
    clock.set(now - timedelta(days=2))  # the command itself runs on the PC clock
    _issue_in_process(unit_context, responsible, inspector, recorder)
    other = unit_context.recorders.add(responsible, "ВР-002")
    clock.set(now - timedelta(hours=1))
    row = _issue_in_process(unit_context, responsible, inspector, other)
    unit_context.journal.return_recorder(responsible, row.entry.id, "", sign_as(unit_context, "aliya"),
                                         sign_as(unit_context, "resp"))
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", PASSWORDS["resp"])

    def rows(*args: str) -> list[tuple[int, str, str]]:
        code, out, err = call(capsys, monkeypatch, unit_context.data_dir, "journal", "list", *args, "--as", "resp",
                              "--json")
        assert code == 0, err
        return [(r["number"], r["inventory_number"], r["state"]) for r in json.loads(out)["rows"]]

    assert rows() == [(1, "ВР-001", "open"), (2, "ВР-002", "returned")]
    assert rows("--open") == rows("--overdue") == [(1, "ВР-001", "open")]
    assert rows("--recorder", "вр-002") == rows("--limit", "1") == [(2, "ВР-002", "returned")]
    assert rows("--inspector", "aliya", "--volume", "1") == rows()
    code, out, _ = call(capsys, monkeypatch, unit_context.data_dir, "journal", "list", "--limit", "1", "--as", "resp")
    assert out.startswith("Journal: 1 of 2 rows, times in Asia/Almaty.")
    code, _, err = call(capsys, monkeypatch, unit_context.data_dir, "journal", "list", "--limit", "0", "--as", "resp")
    assert code == 2 and "--limit" in one_error_line(err)

    # An inspector reads the journal and may filter by themselves, not look other people up.
    monkeypatch.setenv("INSPECTOR_APP_PASSWORD", PASSWORDS["aliya"])
    code, out, _ = call(capsys, monkeypatch, unit_context.data_dir, "journal", "list", "--inspector", "aliya",
                        "--as", "aliya")
    assert code == 0 and "ВР-002" in out
    code, _, err = call(capsys, monkeypatch, unit_context.data_dir, "journal", "list", "--inspector", "resp",
                        "--as", "aliya")
    assert code == 1 and "does not allow" in one_error_line(err)
