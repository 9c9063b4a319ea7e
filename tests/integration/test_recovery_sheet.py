"""The recovery sheet (п.6, п.13): the head prints the recovery key on one A4 page in Kazakh or Russian, with the
vault key's fingerprint; read back with poppler (text, fonts, a rendered page). The key never reaches the
audit trail or the log, and the file is readable by its owner only."""

from __future__ import annotations

import hashlib
import logging
import re
import stat
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from inspector_app.demo import UNIT_NAME_KK, UNIT_NAME_RU
from inspector_app.documents.recovery_sheet import (
    RecoverySheetPrinter,
    SheetFacts,
    key_groups,
    render_sheet,
    vault_fingerprint,
)
from inspector_app.documents.templates import load_texts
from inspector_app.domain.audit import AuditFilter, AuditKind
from inspector_app.errors import PermissionDenied, StateError, ValidationError

HEAD_STORAGE = "Сақтау-басшы-2026"
KAZAKH_LETTERS = "әғқңөұүі"  # һ is rare: the sheet has no word with it


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def _text(pdf: Path) -> str:
    return " ".join(_run("pdftotext", "-raw", str(pdf), "-").split())


@pytest.fixture
def recovery_key(unit_context, head) -> str:
    return unit_context.keyring.create(head, HEAD_STORAGE)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_sheet_holds_the_key_the_fingerprint_and_the_warnings(unit_context, head, recovery_key, tmp_path,
                                                                   lang, caplog):
    caplog.set_level(logging.DEBUG)
    out = RecoverySheetPrinter(unit_context).print_sheet(head, recovery_key, tmp_path / f"sheet-{lang}.pdf", lang)
    assert out.read_bytes().startswith(b"%PDF")
    assert re.search(r"^Pages:\s+1$", _run("pdfinfo", str(out)), re.MULTILINE)
    text = _text(out)
    texts = load_texts("recovery", lang)

    # the key, in its eight groups, as the keyring made it
    groups = recovery_key.split("-")
    assert len(groups) == 8 and all(group in text for group in groups)
    assert " ".join(groups[:4]) in text and " ".join(groups[4:]) in text
    # the fingerprint of the vault's public key: SHA-256 of the raw 32 bytes, groups of four hex digits
    public = unit_context.keyring.public_key()
    digest = hashlib.sha256(public).hexdigest().upper()
    fingerprint = vault_fingerprint(public)
    assert fingerprint.replace(" ", "") == digest and len(fingerprint.split()) == 16
    assert all(group in text for group in fingerprint.split())
    # the unit, the head, what it is for, where to keep it, who can open the footage with it, the signature line
    unit = unit_context.unit().name(lang)
    assert " ".join(unit.split()) in text and "Сәрсенбаев Ерлан Бақытұлы" in text
    for key in ("title", "key_heading", "warning", "fingerprint_heading", "purpose", "keep", "loss", "renew",
                "signature_role", "signature_hint", "safe_line"):
        assert " ".join(texts.text(key).split()) in text, key
    assert unit_context.signer.key.fingerprint in text  # the installation key, as every document prints it
    if lang == "kk":
        assert all(letter in text.lower() for letter in KAZAKH_LETTERS)
        assert "сейфінде" in text and "ешкім ешқашан аша алмайды" in text
    else:
        assert "в сейфе подразделения" in text and "никто и никогда" in text

    # DejaVu embedded (the built-in fonts have no Kazakh letters), and nothing else
    fonts = [line.split() for line in _run("pdffonts", str(out)).splitlines()[2:]]
    assert fonts and all("DejaVu" in row[0] and row[-5] == "yes" for row in fonts), fonts

    # rendered: the key is printed large, the page is not blank
    _run("pdftoppm", "-png", "-r", "60", str(out), str(tmp_path / "page"))
    [png] = tmp_path.glob("page*.png")
    image = Image.open(png).convert("L")
    assert image.size[1] > image.size[0] and len(image.getcolors(maxcolors=256) or range(257)) > 16

    # only the owner can read it; the key is in no audit event and no log line
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    [event] = unit_context.audit.list(head, AuditFilter(kind=AuditKind.VAULT, text="recovery_sheet_printed"))
    assert event.details["vault_key"] == fingerprint and event.details["file"] == out.name
    events = unit_context.audit.list(head, AuditFilter(kind=AuditKind.VAULT))
    plain = "".join(groups)
    assert all(plain not in str(e.details) and groups[0] not in str(e.details) for e in events)
    assert recovery_key not in caplog.text and plain not in caplog.text


def test_the_key_is_regrouped_whatever_it_was_typed_with():
    assert key_groups("abcd efgh-ijkl mnop qrst-uvwx yz23 4567") == \
        ["ABCD", "EFGH", "IJKL", "MNOP", "QRST", "UVWX", "YZ23", "4567"]
    with pytest.raises(ValidationError):
        key_groups("ABCD-EFGH")


def test_only_the_head_prints_it_and_only_once_there_is_a_vault_key(unit_context, head, responsible, tmp_path):
    printer = RecoverySheetPrinter(unit_context)
    key = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"
    with pytest.raises(StateError):
        printer.print_sheet(head, key, tmp_path / "early.pdf", "kk")
    real = unit_context.keyring.create(head, HEAD_STORAGE)
    with pytest.raises(PermissionDenied):
        printer.print_sheet(responsible, real, tmp_path / "resp.pdf", "kk")
    with pytest.raises(ValidationError):
        printer.print_sheet(head, real, tmp_path / "sheet.pdf", "en")
    with pytest.raises(ValidationError):
        printer.print_sheet(head, real, tmp_path / "no-such-folder" / "sheet.pdf", "ru")
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.rglob("*.part"))


def test_both_languages_have_the_same_texts():
    kk, ru = (load_texts("recovery", lang) for lang in ("kk", "ru"))
    assert set(kk._data) == set(ru._data)


@pytest.mark.parametrize(("lang", "unit"), [("kk", UNIT_NAME_KK), ("ru", UNIT_NAME_RU)])
def test_a_full_official_unit_name_still_fits_one_page(tmp_path, lang, unit):
    facts = SheetFacts(unit=unit, made="23.11.2026 10:00", head="Тоқтарбеков Нұрлан Әбілқасымұлы",
                       groups=key_groups("QPQA-XKGG-3MYG-HPZI-ATKA-SRNJ-7DLD-WSE3"),
                       fingerprint=vault_fingerprint(bytes(range(32))),
                       footer="Орнатудың ашық кілті (Ed25519): " + "A" * 44 + " · SHA-256 саусақ ізі: " + "0C96 " * 16)
    out = tmp_path / "sheet.pdf"
    with out.open("wb") as stream:
        render_sheet(stream, load_texts("recovery", lang), facts)
    assert re.search(r"^Pages:\s+1$", _run("pdfinfo", str(out)), re.MULTILINE)
    assert "QPQA XKGG 3MYG HPZI" in _text(out) and "0C96" in _text(out)


@pytest.mark.parametrize("widest", ["WWWW-MMMM-WWWW-MMMM-WWWW-MMMM-WWWW-MMMM", "W2WW-MWMW-QWWM-WWOW-MMMM-WWWW-QQQQ-WMWM"])
def test_the_widest_groups_stay_whole_on_their_line(unit_context, head, recovery_key, tmp_path, widest):
    """Every group on one line of its cell, whatever letters it holds (a W is the widest)."""
    out = RecoverySheetPrinter(unit_context).print_sheet(head, widest, tmp_path / "sheet.pdf", "kk")
    layout = _run("pdftotext", "-layout", str(out), "-")
    groups = widest.split("-")
    assert "   ".join(groups[:1]) in layout
    lines = [line.split() for line in layout.splitlines()]
    assert groups[:4] in lines and groups[4:] in lines
