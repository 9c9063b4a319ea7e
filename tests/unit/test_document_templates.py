"""The texts of the printed journal: both languages complete, the columns of Appendix 1, plural forms."""

from __future__ import annotations

import json

import pytest

from inspector_app.documents.templates import TemplateError, load_texts, plural_category
from resources.paths import templates_dir

# Appendix 1 of order No. 444, as DOMAIN.md gives it.
COLUMNS = {
    "kk": ["№ р/с", "Бейнетіркеуіштің түгендеу нөмірі", "Бейнетіркеуішті пайдаланушының Т.А.Ә.",
           "Күні және уақыты, алғаны туралы қол қою", "Күні және уақыты, тапсырғаны туралы қол қою",
           "Ақпаратты сақтау күні және уақыты", "Ескертпе"],
    "ru": ["№ п/п", "Инвентарный номер видеорегистратора", "Ф.И.О. пользователя видеорегистратора",
           "Дата и время, подпись о получении", "Дата и время, подпись о сдаче",
           "Дата и время сохранения информации", "Примечание"],
}


def _leaf_keys(node, prefix: str = "") -> set[str]:
    if isinstance(node, dict):
        return {k for key, value in node.items() for k in _leaf_keys(value, f"{prefix}.{key}" if prefix else key)}
    return {prefix}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_columns_are_those_of_appendix_1(lang):
    assert load_texts("journal", lang).items("columns", 7) == COLUMNS[lang]


def test_both_languages_have_the_same_keys():
    """Plural forms differ by language (Russian has three, Kazakh one); every other key is in both."""
    kk, ru = (_leaf_keys(json.loads((templates_dir() / "journal" / f"{lang}.json").read_text(encoding="utf-8")))
              for lang in ("kk", "ru"))
    assert {k for k in kk if not k.startswith("certification.")} == \
        {k for k in ru if not k.startswith("certification.")}


def test_cover_titles():
    kk_title = "Бейнетіркеуішті беруді және тапсыруды есепке алу журналы"
    assert load_texts("journal", "kk").text("cover.title") == kk_title
    assert load_texts("journal", "ru").text("cover.title") == "Журнал учета выдачи и сдачи видеорегистратора"


@pytest.mark.parametrize(("count", "category"), [(1, "one"), (2, "few"), (4, "few"), (5, "many"), (11, "many"),
                                                 (12, "many"), (21, "one"), (22, "few"), (111, "many"),
                                                 (101, "one")])
def test_russian_plural_categories(count, category):
    assert plural_category("ru", count) == category
    assert plural_category("kk", count) == "other"


def test_certification_line_agrees_with_the_number():
    ru, kk = load_texts("journal", "ru"), load_texts("journal", "kk")
    assert ru.plural("certification", 21, pages=21).endswith("скреплен печатью 21 лист.")
    assert ru.plural("certification", 3, pages=3).endswith("скреплено печатью 3 листа.")
    assert ru.plural("certification", 15, pages=15).endswith("скреплено печатью 15 листов.")
    assert kk.plural("certification", 21, pages=21) == \
        "Осы журналда нөмірленген, тігілген және мөрмен мөрленген барлығы 21 парақ."


def test_missing_language_key_or_value_is_a_clear_error():
    with pytest.raises(TemplateError, match="no journal template in language 'en'.*available: kk, ru"):
        load_texts("journal", "en")
    texts = load_texts("journal", "kk")
    with pytest.raises(TemplateError, match="has no key 'cover.subtitle'"):
        texts.text("cover.subtitle")
    with pytest.raises(TemplateError, match="needs a value for 'page'"):
        texts.text("page")
    with pytest.raises(TemplateError):
        load_texts("journal", "../kk")
