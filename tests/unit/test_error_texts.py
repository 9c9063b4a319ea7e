"""Every error a person can meet in the window has a Kazakh and Russian text.

The sources are scanned (AST) for every construction of an `AppError` subclass: its code (the `code=`
keyword, else the class's own `code`) and the names of the params it passes. Each code raised outside the
modules only the command line reaches must have a template in `ui/error_texts*.py`, and the placeholders
of its templates must be params its raise sites pass; the templates are translated in kk and ru with the
same placeholders, and a few real errors are rendered with the translators installed.
"""

from __future__ import annotations

import ast
import string
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from inspector_app.errors import AppError, ConflictError, NotFoundError, StateError, ValidationError, VaultError
from ui import error_texts
from ui.error_texts import error_text, templates_of
from ui.i18n import LanguageManager

ROOT = Path(__file__).resolve().parents[2]
SOURCE_DIRS = ("inspector_app", "storage", "devices", "ui")
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
# Codes that deliberately have no template: their raise sites carry a message of their own.
NO_TEMPLATE = {
    # The window's own checks raise a bare ValidationError with a message already translated (self.tr());
    # a template for the base code would replace each of those messages by one general text.
    "validation": "bare ValidationError, message already translated",
}


def cli_only(path: str) -> bool:
    """Modules only the command line reaches: their errors are printed by the CLI, never shown in the window."""
    return path == "inspector_app/cli.py" or path.startswith("inspector_app/cli_commands/")


@dataclass(frozen=True)
class RaiseSite:
    path: str
    line: int
    code: str | None  # None: `code=` is not a literal string
    params: frozenset[str]
    open_params: bool  # passes **params: which names is not known

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


def _trees() -> dict[str, ast.Module]:
    return {str(p.relative_to(ROOT)): ast.parse(p.read_text(encoding="utf-8"), str(p))
            for d in SOURCE_DIRS for p in sorted((ROOT / d).rglob("*.py")) if "__pycache__" not in p.parts}


def _name(node: ast.expr) -> str | None:
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None


def scan(trees: dict[str, ast.Module]) -> list[RaiseSite]:
    """Every construction of an `AppError` subclass (a raise, or an error built and returned) in the sources."""
    bases: dict[str, list[str]] = {}
    own_code: dict[str, str] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = [n for n in map(_name, node.bases) if n]
                for statement in node.body:
                    if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Constant) \
                            and any(isinstance(t, ast.Name) and t.id == "code" for t in statement.targets):
                        own_code[node.name] = statement.value.value

    def is_error(name: str, seen: frozenset = frozenset()) -> bool:
        return name == "AppError" or (name not in seen and any(is_error(b, seen | {name}) for b in bases.get(name, ())))

    def class_code(name: str) -> str | None:
        if name in own_code:
            return own_code[name]
        return next((c for c in map(class_code, bases.get(name, ())) if c), None)

    errors = {name for name in bases if is_error(name)}
    sites = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _name(node.func) not in errors:
                continue
            keywords = {k.arg: k.value for k in node.keywords if k.arg}
            code_node = keywords.pop("code", None)
            if code_node is None:
                code = class_code(_name(node.func))
            else:
                code = code_node.value if isinstance(code_node, ast.Constant) else None
            sites.append(RaiseSite(path, node.lineno, code, frozenset(keywords),
                                   any(k.arg is None for k in node.keywords)))
    return sites


def placeholders(template: str) -> set[str]:
    return {field.split(".")[0].split("[")[0] for _text, field, _spec, _conv in string.Formatter().parse(template)
            if field is not None}


def missing_templates(sites: list[RaiseSite], has_template) -> dict[str, RaiseSite]:
    """Each code raised outside the CLI-only modules with no template, with one of its raise sites."""
    return {site.code: site for site in sites if site.code and not cli_only(site.path)
            and site.code not in NO_TEMPLATE and not has_template(site.code)}


@pytest.fixture(scope="module")
def sites() -> list[RaiseSite]:
    found = scan(_trees())
    codes = {site.code for site in found}
    # the scan is not vacuous: it finds the codes set by keyword, by class and in storage/ and devices/
    assert len(codes) > 200 and {"vault_disk_full", "serial_taken", "not_found", "cancelled",
                                 "signature_malformed", "tsa_invalid"} <= codes
    return found


def test_every_code_the_window_can_meet_has_a_template(sites):
    missing = missing_templates(sites, templates_of)
    assert not missing, f"{len(missing)} code(s) raised outside the CLI have no template in ui/error_texts*.py: " + \
        ", ".join(f"{code} ({site})" for code, site in sorted(missing.items()))


def test_the_check_names_a_code_whose_template_is_removed(sites):
    assert missing_templates(sites, lambda code: code != "vault_disk_full" and bool(templates_of(code))) \
        .keys() == {"vault_disk_full"}


def test_codes_outside_the_cli_are_literal(sites):
    """A code passed as a variable cannot be checked against the templates: only the CLI does it (re-raising)."""
    dynamic = [str(site) for site in sites if site.code is None and not cli_only(site.path)]
    assert not dynamic, f"code= is not a literal string at {dynamic}"


def test_codes_without_a_template_on_purpose_have_none():
    assert not [code for code in NO_TEMPLATE if templates_of(code)]


def test_no_code_has_two_templates():
    tables = [module.TEMPLATES for module in error_texts.TEMPLATE_MODULES]
    assert sum(map(len, tables)) == len(error_texts._TEMPLATES), "a code has templates in two modules"


def test_every_template_belongs_to_a_raised_code(sites):
    raised = {site.code for site in sites}
    assert not sorted(set(error_texts._TEMPLATES) - raised), "templates of codes nobody raises"


def test_placeholders_are_params_of_the_raise_sites(sites):
    """Each raise site fills at least one template of its code, and each template is filled by some raise site."""
    unfilled, unused = [], []
    by_code: dict[str, list[RaiseSite]] = {}
    for site in sites:
        if site.code and not cli_only(site.path) and templates_of(site.code) and not site.open_params:
            by_code.setdefault(site.code, []).append(site)
    for code, code_sites in sorted(by_code.items()):
        templates = templates_of(code)
        unfilled += [f"{code} at {site} passes {sorted(site.params)}" for site in code_sites
                     if not any(placeholders(t) <= site.params for t in templates)]
        unused += [f"{code}: {t!r}" for t in templates if not any(placeholders(t) <= s.params for s in code_sites)]
    assert not unfilled, f"raise sites that fill none of their code's templates: {unfilled}"
    assert not unused, f"templates whose placeholders no raise site passes: {unused}"


def _literal_arguments(trees, function: str, position: int, keyword: str | None = None) -> set[str]:
    found = set()
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) == function:
                values = node.args[position:position + 1] + [k.value for k in node.keywords if k.arg == keyword]
                found |= {v.value for v in values if isinstance(v, ast.Constant) and isinstance(v.value, str)}
    return found


def test_field_and_thing_names_are_marked_for_translation():
    trees = _trees()
    fields = _literal_arguments(trees, "required_text", 1) | _literal_arguments(trees, "optional_text", 1)
    things = (_literal_arguments(trees, "get_or_404", 2) | _literal_arguments(trees, "identifier", 1)
              | _literal_arguments(trees, "NotFoundError", 99, "what"))
    assert {"Inventory number", "The reason for the hold"} <= fields and {"Recording", "User", "The schema"} <= things
    assert not sorted(fields - set(error_texts._FIELDS)), "field names not in the Fields list of ui/error_texts.py"
    assert not sorted(things - set(error_texts._THINGS)), "names not in the Things list of ui/error_texts.py"


@pytest.fixture
def languages(qapp):
    manager = LanguageManager(QCoreApplication.instance())
    yield manager
    manager.install("en")


@pytest.mark.parametrize("lang", ("kk", "ru"))
def test_every_template_is_translated_with_its_placeholders(languages, lang):
    assert languages.install(lang), f"no compiled translation for {lang} (scripts/build_translations.sh)"
    untranslated, changed = [], []
    for code in sorted(error_texts._TEMPLATES):
        for template in templates_of(code):
            text = QCoreApplication.translate("Errors", template)
            if text == template:
                untranslated.append(code)
            elif placeholders(text) != placeholders(template):
                changed.append(f"{code}: {text!r}")
    names = [(context, name) for context, table in (("Fields", error_texts._FIELDS), ("Things", error_texts._THINGS))
             for name in table if QCoreApplication.translate(context, name) == name]
    assert not untranslated, f"{lang}: templates not translated: {untranslated}"
    assert not changed, f"{lang}: translations whose placeholders differ from the template's: {changed}"
    assert not names, f"{lang}: names not translated: {names}"


def _kazakh(text: str) -> bool:
    return bool(KAZAKH_LETTERS & set(text))


def test_real_errors_render_in_kazakh_and_russian(languages):
    disk_full = VaultError("The footage vault's disk is full (storing a copy): free some space and try again",
                           code="vault_disk_full", action="storing a copy")
    foreign = StateError("The footage vault folder /srv/vault belongs to another unit", code="vault_foreign",
                         path="/srv/vault")
    serial = ConflictError("Serial number SN-1 already belongs to INV-7", code="serial_taken", value="SN-1",
                           inventory="INV-7")
    recording = NotFoundError("Recording 42 does not exist", what="Recording", id=42)
    recordings = NotFoundError("Recording(s) [4, 5] do not exist", what="Recording")
    mismatch = StateError("The copy on the server differs", code="copy_mismatch", tables=["recordings", "seals"])
    field = ValidationError("The reason for the hold must not be empty", code="empty", field="The reason for the hold")
    unknown = AppError("Something nobody has a template for", code="no_such_code")

    assert languages.install("kk")
    text = error_text(disk_full)
    assert _kazakh(text) and "storing" not in text and text != str(disk_full)
    assert "/srv/vault" in error_text(foreign) and _kazakh(error_text(foreign))
    assert "SN-1" in error_text(serial) and "INV-7" in error_text(serial) and _kazakh(error_text(serial))
    assert "42" in error_text(recording) and "Recording" not in error_text(recording)
    assert "42" not in error_text(recordings) and "Recording" not in error_text(recordings)
    assert "recordings, seals" in error_text(mismatch)
    assert "reason for the hold" not in error_text(field) and _kazakh(error_text(field))
    assert error_text(unknown) == "Something nobody has a template for"

    assert languages.install("ru")
    for error in (disk_full, foreign, serial, recording, field):
        text = error_text(error)
        assert text != str(error) and not _kazakh(text) and any("а" <= ch <= "я" for ch in text.lower()), text
    assert "/srv/vault" in error_text(foreign) and "42" in error_text(recording)

    assert languages.install("en")
    assert error_text(recording) == "Not found: Recording 42"
    assert error_text(disk_full) == "The disk of the footage vault is full: free some space and try again"
