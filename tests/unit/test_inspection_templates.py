"""The texts of the act and the prescription: the same keys in both languages, the shared parts in both kinds."""

from __future__ import annotations

import json

import pytest

from resources.paths import templates_dir

SHARED = {"title", "number_line", "authority", "subject", "bin_iin", "legal_address", "facility", "facility_kind",
          "facility_registration", "facility_address", "violation_columns", "violation_place", "acknowledged",
          "refused", "refused_unnamed", "refusal_note", "refusal_note_label", "acknowledgement_blank", "signatures",
          "signature_roles.inspector", "signature_roles.representative", "signature_hint", "name_hint", "date_hint",
          "page", "document_title"}


def _keys(kind: str, lang: str) -> set[str]:
    data = json.loads((templates_dir() / kind / f"{lang}.json").read_text(encoding="utf-8"))

    def walk(node, prefix=""):
        if isinstance(node, dict):
            return {k for key, value in node.items() for k in walk(value, f"{prefix}.{key}" if prefix else key)}
        return {prefix}

    return walk(data)


@pytest.mark.parametrize("kind", ["act", "prescription", "dates"])
def test_both_languages_have_the_same_keys(kind):
    kk, ru = _keys(kind, "kk"), _keys(kind, "ru")
    if kind == "dates":  # Kazakh alone has the attributive suffixes and the letter classes that choose them
        kk = {k for k in kk if not k.startswith("attributive_suffix") and not k.endswith(("_vowels", "_consonants"))}
    assert kk == ru


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_shared_parts_are_in_both_kinds(lang):
    assert SHARED <= _keys("act", lang)
    assert SHARED <= _keys("prescription", lang)
