"""List the unfinished messages of the Qt translation sources, and fill them in from a JSON file.

    .venv/bin/python scripts/fill_translations.py --list > todo.json     # every unfinished message, kk/ru empty
    .venv/bin/python scripts/fill_translations.py todo.json              # write the kk/ru (and en) texts in

The JSON file is a list of {"context", "source", "kk", "ru"} objects (an "en" is optional: the English
translation is the source unless given). A message is filled only where it is still unfinished (or
empty) in that language; a finished translation is never overwritten, so two people may fill the same
files one after the other. Run `scripts/build_translations.sh --update` first, and again (to compile)
after. Exit 1 when an entry names a message that is not in the file, or its placeholders ({0}, %1, ...)
differ from the source's.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("kk", "ru", "en")
PLACEHOLDER = re.compile(r"\{\d*(?::[^}]*)?\}|%L?\d+|%L?n")


def ts_path(lang: str) -> Path:
    return TS_DIR / f"inspector_app_{lang}.ts"


def messages(tree: ET.ElementTree):
    """(context name, source, translation element) of every message."""
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.find("translation")


def texts(translation: ET.Element) -> list[str]:
    """The translation's text, or each of its plural forms (a message with %n)."""
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def unfinished(translation: ET.Element | None) -> bool:
    return translation is None or translation.get("type") == "unfinished" \
        or not all(text.strip() for text in texts(translation))


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text or ""))


def list_unfinished() -> list[dict]:
    todo: dict[tuple[str, str], dict] = {}
    for lang in LANGUAGES:
        for context, source, translation in messages(ET.parse(ts_path(lang))):
            if unfinished(translation) and lang != "en":
                todo.setdefault((context, source), {"context": context, "source": source, "kk": "", "ru": ""})
    return list(todo.values())


def _write(tree: ET.ElementTree, path: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def fill(entries: list[dict]) -> int:
    errors = 0
    for lang in LANGUAGES:
        path = ts_path(lang)
        tree = ET.parse(path)
        index = {(c, s): t for c, s, t in messages(tree)}
        changed = 0
        for entry in entries:
            key = (entry["context"], entry["source"])
            text = entry.get(lang) or (entry["source"] if lang == "en" else "")
            if key not in index:
                print(f"fill_translations: not in {path.name}: {key[0]}: {key[1][:60]!r}", file=sys.stderr)
                errors += 1
                continue
            if not text:
                continue
            if placeholders(text) != placeholders(entry["source"]):
                print(f"fill_translations: {lang}: placeholders differ for {key[1][:60]!r}", file=sys.stderr)
                errors += 1
                continue
            translation = index[key]
            if unfinished(translation):
                translation.attrib.pop("type", None)
                forms = translation.findall("numerusform")
                for form in forms:  # Kazakh and Russian plurals: the text names the count (%n) in every form
                    form.text = text
                if not forms:
                    translation.text = text
                changed += 1
        if changed:
            _write(tree, path)
        print(f"fill_translations: {path.name}: {changed} filled")
    return 1 if errors else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", help="a JSON list of {context, source, kk, ru[, en]}")
    parser.add_argument("--list", action="store_true", help="print the unfinished messages as such a list")
    args = parser.parse_args(argv)
    if args.list:
        json.dump(list_unfinished(), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if not args.file:
        parser.error("give a JSON file, or --list")
    return fill(json.loads(Path(args.file).read_text(encoding="utf-8")))


if __name__ == "__main__":
    sys.exit(main())
