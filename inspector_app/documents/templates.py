"""The texts of printed documents, one JSON file per document kind and language.

`resources/templates/<kind>/<lang>.json` holds every word a document prints (headers, labels, the
certification line, month names); code only arranges them. Keys are looked up with dots
(`texts.text("cover.title")`), placeholders are `str.format` fields, and a phrase that depends on a
number is a dict of plural categories (`texts.plural("certification", 21, pages=21)`).

A missing file, key or placeholder is a packaging mistake, reported with the file and key named.
"""

from __future__ import annotations

import json
import logging
from functools import lru_cache
from pathlib import Path

from inspector_app.errors import AppError
from resources.paths import templates_dir

logger = logging.getLogger(__name__)


class TemplateError(AppError):
    """A document template is missing, malformed or lacks a key."""

    code = "template"


def available_languages(kind: str) -> list[str]:
    """The languages a document kind has templates for, e.g. ['kk', 'ru']."""
    folder = templates_dir() / kind
    return sorted(p.stem for p in folder.glob("*.json")) if folder.is_dir() else []


def plural_category(lang: str, count: int) -> str:
    """The CLDR plural category of a whole number: Russian has one/few/many; Kazakh uses one form after numbers."""
    n = abs(int(count))
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return "one"
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return "few"
        return "many"
    return "other"


class DocumentTexts:
    """The texts of one document kind in one language."""

    def __init__(self, kind: str, lang: str, data: dict, source: Path) -> None:
        self.kind = kind
        self.lang = lang
        self._data = data
        self._source = source

    def raw(self, key: str):
        node = self._data
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                raise TemplateError(f"The {self.kind} template {self._source} has no key '{key}'",
                                    key=key, path=str(self._source))
            node = node[part]
        return node

    def text(self, key: str, **values: object) -> str:
        template = self.raw(key)
        if not isinstance(template, str):
            raise TemplateError(f"The {self.kind} template {self._source}: '{key}' is not a text", key=key)
        return self._format(key, template, values)

    def items(self, key: str, length: int | None = None) -> list[str]:
        value = self.raw(key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value) or \
                (length is not None and len(value) != length):
            expected = f"a list of {length} texts" if length is not None else "a list of texts"
            raise TemplateError(f"The {self.kind} template {self._source}: '{key}' must be {expected}", key=key)
        return list(value)

    def plural(self, key: str, count: int, **values: object) -> str:
        forms = self.raw(key)
        if isinstance(forms, str):
            return self._format(key, forms, values)
        category = plural_category(self.lang, count)
        template = forms.get(category, forms.get("other")) if isinstance(forms, dict) else None
        if not isinstance(template, str):
            raise TemplateError(f"The {self.kind} template {self._source}: '{key}' has no '{category}' form",
                                key=key)
        return self._format(key, template, values)

    def _format(self, key: str, template: str, values: dict) -> str:
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError) as exc:
            raise TemplateError(f"The {self.kind} template {self._source}: '{key}' needs a value for {exc}",
                                key=key) from exc


@lru_cache(maxsize=16)
def load_texts(kind: str, lang: str) -> DocumentTexts:
    """The texts of `kind` in `lang`; TemplateError names the file when there is none or it is broken."""
    if not kind.isidentifier() or not lang.isidentifier():
        raise TemplateError(f"Not a template name: {kind}/{lang}", kind=kind, lang=lang)
    path = templates_dir() / kind / f"{lang}.json"
    if not path.is_file():
        raise TemplateError(f"There is no {kind} template in language '{lang}' ({path}); "
                            f"available: {', '.join(available_languages(kind)) or 'none'}",
                            code="template_language", kind=kind, lang=lang)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TemplateError(f"The {kind} template {path} cannot be read: {exc}", kind=kind, lang=lang) from exc
    if not isinstance(data, dict):
        raise TemplateError(f"The {kind} template {path} must hold a JSON object", kind=kind, lang=lang)
    logger.debug("loaded %s texts for %s from %s", kind, lang, path)
    return DocumentTexts(kind, lang, data, path)
