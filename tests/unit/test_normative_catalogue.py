"""The normative catalogue: the shipped starter file, every line of a file checked (all or nothing, mistakes
listed by line), and citations written as acts write them, in Kazakh and Russian."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date

import pytest

from inspector_app.domain.normative_catalogue import (
    COLUMNS,
    CatalogueError,
    Clause,
    parse_catalogue_csv,
    parse_clause,
    reference_text,
    starter_catalogue,
)
from inspector_app.errors import ValidationError
from resources.paths import catalogue_dir, templates_dir

RULES_343 = {
    "code": "rules-343/p-5", "kind": "rules",
    "title_kk": "Қауіпті өндірістік объектілер үшін өнеркәсіптік қауіпсіздікті қамтамасыз ету қағидалары",
    "title_ru": "Правила обеспечения промышленной безопасности для опасных производственных объектов",
    "cited_kk": "Қауіпті өндірістік объектілер үшін өнеркәсіптік қауіпсіздікті қамтамасыз ету қағидаларының",
    "cited_ru": "Правил обеспечения промышленной безопасности для опасных производственных объектов",
    "issuer_kk": "Қазақстан Республикасы Инвестициялар және даму министрінің",
    "issuer_ru": "Министра по инвестициям и развитию Республики Казахстан",
    "number": "343", "date": "2014-12-30", "clause": "p. 5",
    "requirement_kk": "Талап.", "requirement_ru": "Требование.",
}
LAW_188 = {
    "code": "law-188-v", "kind": "law", "title_kk": "Азаматтық қорғау туралы", "title_ru": "О гражданской защите",
    "cited_kk": "Азаматтық қорғау туралы", "cited_ru": "О гражданской защите", "issuer_kk": "", "issuer_ru": "",
    "number": "188-V", "date": "2014-04-11", "clause": "", "requirement_kk": "", "requirement_ru": "",
}


def _csv(*rows: dict, header=COLUMNS) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(column, "") for column in header])
    return out.getvalue()


def _one(**changes) -> object:
    [req] = parse_catalogue_csv(_csv({**RULES_343, **changes}))
    return req


def _problems(text: str) -> list[tuple[int, str]]:
    with pytest.raises(CatalogueError) as info:
        parse_catalogue_csv(text)
    assert info.value.code == "catalogue" and "nothing was read" in str(info.value)
    return info.value.problems


# --- the starter catalogue -------------------------------------------------------------------------------

def test_the_starter_catalogue_reads_whole():
    catalogue = starter_catalogue()
    assert (catalogue_dir() / "normative_acts.csv").is_file()
    assert len(catalogue) >= 15 and len({req.code for req in catalogue}) == len(catalogue)
    acts = {(req.kind, req.number, req.date) for req in catalogue}
    assert ("law", "188-V", date(2014, 4, 11)) in acts          # On civil protection
    assert ("code", "375-V", date(2015, 10, 29)) in acts        # the Entrepreneurial Code
    assert ("rules", "343", date(2014, 12, 30)) in acts
    assert ("instruction", "315", date(2021, 6, 24)) in acts    # production control (seeds/order-315)
    assert ("instruction", "444", date(2023, 8, 22)) in acts    # audio and video recorders (seeds/order-444)


def test_every_starter_row_has_a_citation_in_both_languages():
    for req in starter_catalogue():
        ru, kk = reference_text(req, "ru"), reference_text(req, "kk")
        assert req.number in ru and req.number in kk and str(req.date.year) in ru and str(req.date.year) in kk
        assert "{" not in ru + kk
        if req.clause is not None:
            assert ru.startswith(("п. ", "ст. ", "подп. ")) and kk.endswith(("тармағы", "бабы", "тармақшасы"))
            assert req.requirement_kk and req.requirement_ru


def test_point_16_of_order_444_is_the_badge_text():
    [req] = [req for req in starter_catalogue() if req.number == "444" and req.clause == Clause(p="16")]
    badge = {lang: json.loads((templates_dir() / "badge" / f"{lang}.json").read_text(encoding="utf-8"))
             for lang in ("kk", "ru")}
    assert f"{badge['kk']['attention']} {badge['kk']['recording']}" in req.requirement_kk
    assert f"{badge['ru']['attention']} {badge['ru']['recording']}" in req.requirement_ru


def test_the_starter_file_is_utf8_with_the_header_row():
    first = (catalogue_dir() / "normative_acts.csv").read_bytes().split(b"\n")[0].decode("utf-8")
    assert first.split(",") == list(COLUMNS)


# --- citations -------------------------------------------------------------------------------------------

def test_a_point_of_rules():
    req = _one()
    assert reference_text(req, "ru") == (
        "п. 5 Правил обеспечения промышленной безопасности для опасных производственных объектов, утвержденных "
        "приказом Министра по инвестициям и развитию Республики Казахстан от 30 декабря 2014 года № 343")
    assert reference_text(req, "kk") == (
        "Қазақстан Республикасы Инвестициялар және даму министрінің 2014 жылғы 30 желтоқсандағы № 343 бұйрығымен "
        "бекітілген Қауіпті өндірістік объектілер үшін өнеркәсіптік қауіпсіздікті қамтамасыз ету қағидаларының "
        "5-тармағы")


def test_a_subpoint_and_the_whole_rules():
    req = _one(clause="p. 4, sub. 3")
    assert reference_text(req, "ru").startswith("подп. 3) п. 4 Правил обеспечения")
    assert reference_text(req, "kk").endswith("қағидаларының 4-тармағының 3) тармақшасы")
    whole = _one(clause="", requirement_kk="", requirement_ru="")
    assert reference_text(whole, "ru").startswith("Правила обеспечения промышленной безопасности для опасных "
                                                  "производственных объектов, утвержденные приказом Министра")


def test_articles_of_a_law():
    [law] = parse_catalogue_csv(_csv(LAW_188))
    assert reference_text(law, "ru") == \
        "Закон Республики Казахстан от 11 апреля 2014 года № 188-V «О гражданской защите»"
    assert reference_text(law, "kk") == "«Азаматтық қорғау туралы» Қазақстан Республикасының 2014 жылғы 11 сәуірдегі " \
                                        "№ 188-V Заңы"
    article = replace(law, clause=Clause(art="76", p="4"))
    assert reference_text(article, "ru") == "п. 4 ст. 76 Закона Республики Казахстан от 11 апреля 2014 года № 188-V " \
                                            "«О гражданской защите»"
    assert reference_text(article, "kk").endswith("№ 188-V Заңының 76-бабының 4-тармағы")
    dashed = replace(law, clause=Clause(art="12-2", sub="14"))
    assert reference_text(dashed, "ru").startswith("подп. 14) ст. 12-2 Закона")
    assert reference_text(dashed, "kk").endswith("Заңының 12-2-бабының 14) тармақшасы")


def test_an_unknown_language_is_refused():
    with pytest.raises(ValidationError):
        reference_text(_one(), "en")


def test_both_template_languages_have_the_same_keys():
    kk, ru = (json.loads((templates_dir() / "catalogue" / f"{lang}.json").read_text(encoding="utf-8"))
              for lang in ("kk", "ru"))
    assert {k: sorted(v) if isinstance(v, dict) else None for k, v in kk.items()} == \
        {k: sorted(v) if isinstance(v, dict) else None for k, v in ru.items()}
    assert len(kk["months"]) == len(ru["months"]) == 12


# --- clauses ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "clause"), [
    ("", None), ("  ", None), ("p. 5", Clause(p="5")), ("art. 76, p. 4", Clause(art="76", p="4")),
    ("art.12-2,sub. 14", Clause(art="12-2", sub="14")), ("art. 1, p. 2, sub. 3", Clause("1", "2", "3")),
    ("sub. 227-1", Clause(sub="227-1")),
])
def test_clauses(text, clause):
    assert parse_clause(text) == clause


@pytest.mark.parametrize("text", ["п. 5", "5", "p 5", "p. 4, art. 2", "p. 4, p. 5", "art. 76;p. 4", "p. 5a"])
def test_malformed_clauses(text):
    with pytest.raises(ValueError):
        parse_clause(text)


# --- all lines or none -----------------------------------------------------------------------------------

def test_good_rows_are_all_read_in_order():
    rows = parse_catalogue_csv(_csv(LAW_188, RULES_343, {**RULES_343, "code": "rules-343/p-6", "clause": "p. 6"}))
    assert [r.code for r in rows] == ["law-188-v", "rules-343/p-5", "rules-343/p-6"]
    assert rows[1].clause == Clause(p="5") and rows[0].clause is None and rows[1].date == date(2014, 12, 30)


def test_a_byte_order_mark_blank_lines_and_crlf_are_fine():
    text = "\ufeff" + _csv(LAW_188, RULES_343).replace("\n", "\r\n") + "\r\n\r\n"
    assert len(parse_catalogue_csv(text)) == 2


def test_every_bad_line_is_reported_and_nothing_is_read():
    text = _csv(
        RULES_343,                                                       # line 2: fine
        {**RULES_343, "code": "rules-343/p-1", "date": "30.12.2014"},    # 3
        {**RULES_343, "code": "rules-343/p-7", "clause": "п. 7"},        # 4
        {**RULES_343, "code": "rules-343/p-8", "requirement_ru": ""},    # 5
        {**LAW_188, "code": "law-188-v/x", "issuer_ru": "Министра"},     # 6
        {**RULES_343, "code": "Rules 343"},                              # 7
        {**RULES_343, "code": "rules-343/p-9", "kind": "order"},         # 8
        {**RULES_343, "code": "rules-343/p-10", "date": "2014-02-30"},   # 9
        {**RULES_343, "clause": "p. 6"},                                 # 10: the code again
        {**RULES_343, "code": "rules-343/p-11", "title_ru": "Правила"},  # 11: the act named otherwise
        {**LAW_188, "code": "law-188-v/y", "requirement_kk": "Талап."},  # 12: a requirement with no clause
        {**RULES_343, "code": "rules-343/p-12", "number": "№"},          # 13
        {**RULES_343, "code": "rules-343/p-13", "title_kk": ""},         # 14
        {**RULES_343, "code": "rules-343/p-14", "date": "1990-01-01"},   # 15
    )
    problems = _problems(text)
    assert [line for line, _ in problems] == list(range(3, 16))
    messages = dict(problems)
    assert "YYYY-MM-DD" in messages[3] and "clause" in messages[4] and "requirement_ru" in messages[5]
    assert "issuer" in messages[6] and "code" in messages[7] and "kind" in messages[8]
    assert "YYYY-MM-DD" in messages[9] and "already used on line 2" in messages[10]
    assert "named differently on line 2" in messages[11] and "clause" in messages[12] and "number" in messages[13]
    assert "title_kk" in messages[14] and "1991-12-16" in messages[15]


def test_lines_are_counted_as_the_file_has_them():
    quoted = {**RULES_343, "requirement_ru": "Первая строка\nвторая строка"}
    text = _csv(LAW_188, quoted, {**RULES_343, "code": "bad code"})
    assert [line for line, _ in _problems(text)] == [5]  # the quoted field spans lines 3 and 4
    assert parse_catalogue_csv(_csv(quoted))[0].requirement_ru == "Первая строка вторая строка"


def test_a_row_with_too_few_or_too_many_cells():
    text = _csv(LAW_188) + "law-x,law\n" + _csv(LAW_188).splitlines()[1] + ",extra\n"
    assert [line for line, _ in _problems(text)] == [3, 4]


@pytest.mark.parametrize("header", [COLUMNS[:-1], COLUMNS + ("note",), ("code",) + COLUMNS])
def test_the_header_must_name_the_columns(header):
    [(line, message)] = _problems(_csv(LAW_188, header=header))
    assert line == 1 and "header" in message


def test_an_empty_file_and_a_broken_quote():
    assert _problems("")[0][0] == 1
    problems = _problems(_csv(LAW_188) + 'law-z,"law\n')
    assert problems[-1][0] == 3 and "CSV" in problems[-1][1]


def test_the_message_lists_the_lines():
    text = _csv(*({**RULES_343, "code": f"r/{i}", "date": "x"} for i in range(30)))
    with pytest.raises(CatalogueError) as info:
        parse_catalogue_csv(text)
    assert "30 mistake(s)" in str(info.value) and "line 2:" in str(info.value) and "and 10 more" in str(info.value)
    assert len(info.value.params["problems"]) == 30
