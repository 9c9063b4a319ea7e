"""`inspector-app act ...`, `badge` and `catalogue`: the documents of an inspection from a script, through the
real console entry in a subprocess; checked with pdftotext, sha256sum and `openssl cms -verify`."""

from __future__ import annotations

import json
import subprocess
from datetime import timedelta

from tests.conftest import PASSWORDS
from tests.integration.test_cli import PASSWORD_VARS, no_password_env, run_cli  # noqa: F401 - fixture
from tests.integration.test_inspections import (  # noqa: F401 - fixtures
    BIN,
    _input,
    _violation,
    clock,
    issue_with_footage,
)
from tests.nca_pki import PASSWORD, make_pki, openssl_verify


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_an_act_from_the_command_line_draft_issue_sign_verify(tmp_path, unit_context, inspector,
                                                              issue_with_footage, clock):  # noqa: F811
    ctx = unit_context
    entry, recs, mark = issue_with_footage
    inspection = ctx.inspections.create(inspector, _input(inspector, entry.id))
    ctx.inspections.add_violation(inspector, inspection.id, _violation(recs, mark,
                                                                       clock.now().date() + timedelta(days=30)))
    data, me = ctx.data_dir, ["--as", "aliya"]
    stdin = f"{PASSWORDS['aliya']}\n"

    draft = run_cli(data, "act", "pdf", "--inspection", str(inspection.id), "--lang", "kk",
                    "--out", str(tmp_path / "draft.pdf"), *me, "--json", stdin=stdin)
    assert draft.returncode == 0, draft.stderr
    assert json.loads(draft.stdout)["draft"] is True and "ЖОБА" in _pdf_text(tmp_path / "draft.pdf")

    issued = run_cli(data, "act", "issue", "--inspection", str(inspection.id), "--lang", "kk",
                     "--out", str(tmp_path / "act.pdf"), *me, "--json", stdin=stdin)
    assert issued.returncode == 0, issued.stderr
    doc = json.loads(issued.stdout)
    act = tmp_path / "act.pdf"
    assert subprocess.run(["sha256sum", str(act)], capture_output=True, text=True).stdout.split()[0] == doc["sha256"]
    text = _pdf_text(act)
    assert BIN in text and f"№ {doc['number']}" in text and recs[0].sha256 in text and "ЖОБА" not in text

    again = run_cli(data, "act", "pdf", "--inspection", str(inspection.id), "--lang", "kk",
                    "--out", str(tmp_path / "again.pdf"), *me, stdin=stdin)
    assert again.returncode == 0 and (tmp_path / "again.pdf").read_bytes() == act.read_bytes()  # frozen

    pki = make_pki()
    (tmp_path / "key.p12").write_bytes(pki.user_p12(PASSWORD))
    signed = run_cli(data, "act", "sign", "--document", str(doc["id"]), "--key", str(tmp_path / "key.p12"),
                     "--signature-out", str(tmp_path / "act.p7s"), *me, stdin=f"{PASSWORDS['aliya']}\n{PASSWORD}\n")
    assert signed.returncode == 0, signed.stderr
    assert PASSWORD not in signed.stdout + signed.stderr
    (tmp_path / "openssl").mkdir()
    check = openssl_verify(tmp_path / "openssl", act.read_bytes(), (tmp_path / "act.p7s").read_bytes(), pki.root_pem)
    assert check.returncode == 0, check.stderr

    verified = run_cli(data, "act", "verify", "--document", str(doc["id"]), *me, stdin=stdin)
    assert verified.returncode == 0, verified.stderr
    assert "ok" in verified.stdout and "bytes match" in verified.stdout

    listed = run_cli(data, "act", "list", "--inspection", str(inspection.id), *me, "--json", stdin=stdin)
    assert [d["number"] for d in json.loads(listed.stdout)["documents"]] == [doc["number"]]


def test_the_badge_and_the_catalogue_from_the_command_line(tmp_path, unit_context):
    badge = run_cli(unit_context.data_dir, "badge", "--lang", "kk,ru", "--out", str(tmp_path / "badge.pdf"))
    assert badge.returncode == 0, badge.stderr
    text = " ".join(_pdf_text(tmp_path / "badge.pdf").split())
    assert "Назар аударыңыз!" in text and "Внимание!" in text
    listed = run_cli(unit_context.data_dir, "catalogue", "list", "--search", "344", "--as", "aliya", "--json",
                     stdin=f"{PASSWORDS['aliya']}\n")
    assert listed.returncode == 0, listed.stderr
    assert "rules-344/p-4" in {r["code"] for r in json.loads(listed.stdout)["requirements"]}
    bad = tmp_path / "bad.csv"
    bad.write_text("code,kind\nx,law\n", "utf-8")
    before = {r.code for r in unit_context.catalogue.list(unit_context.accounts.authenticate("resp", PASSWORDS["resp"]))}
    refused = run_cli(unit_context.data_dir, "catalogue", "import", str(bad), "--as", "resp",
                      stdin=f"{PASSWORDS['resp']}\n")
    assert refused.returncode != 0 and "nothing was read" in refused.stderr
    after = {r.code for r in unit_context.catalogue.list(unit_context.accounts.authenticate("resp", PASSWORDS["resp"]))}
    assert after == before  # a file with mistakes adds nothing
