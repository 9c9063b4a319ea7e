"""The settings' URL of a server database made from the fields of Settings and read back into them: never a
password, the unit's schema in libpq's ``options``, TLS mode kept, bad parts refused with a code."""

from __future__ import annotations

import pytest

from inspector_app.database_location import address, check_url, compose_url, url_fields
from inspector_app.errors import ValidationError


def test_a_unit_on_a_shared_server_composes_the_documented_url():
    url = compose_url("db.example.kz", 5432, "inspector", "ala_app", "unit_ala")
    assert url == ("postgresql+psycopg://ala_app@db.example.kz:5432/inspector?sslmode=prefer"
                   "&options=-csearch_path%3Dunit_ala")
    assert check_url(url) == url
    assert address(url).account == "ala_app@db.example.kz:5432/inspector#unit_ala"


@pytest.mark.parametrize("parts", [
    dict(host="db.example.kz", port=5432, database="inspector", user="ala_app", schema="unit_ala", sslmode="prefer"),
    dict(host="10.0.0.7", port=6543, database="insp", user="ast_app", schema="", sslmode="verify-full"),
    dict(host="fe80::1", port=5432, database="бөлімше db", user="әлия@ala", schema="", sslmode="require"),
])
def test_the_fields_read_back_are_those_given(parts):
    url = compose_url(**parts)
    assert url_fields(url) == parts
    assert compose_url(**url_fields(url)) == url
    assert ":" not in url.split("//", 1)[1].split("@", 1)[0]  # no user:password part, whatever the user name


def test_a_port_typed_as_text_and_spaces_around_are_taken():
    url = compose_url(" db.local ", "5433", " inspector ", " ala_app ", " unit_ala ")
    assert url_fields(url) == dict(host="db.local", port=5433, database="inspector", user="ala_app",
                                   schema="unit_ala", sslmode="prefer")


def test_the_local_file_or_nothing_gives_the_defaults_of_a_new_server():
    empty = dict(host="", port=5432, database="", user="", schema="", sslmode="prefer")
    assert url_fields("") == empty
    assert url_fields("sqlite:////home/insp/data/inspector.sqlite") == empty


def test_a_url_with_another_tls_mode_or_no_mode_reads_back():
    assert url_fields("postgresql://u@h/d")["sslmode"] == "prefer"
    assert url_fields("postgresql://u@h:1/d?sslmode=disable")["sslmode"] == "disable"
    assert url_fields("postgresql://u@h/d?options=-csearch_path%3Dunit_ast")["schema"] == "unit_ast"


@pytest.mark.parametrize("parts, code", [
    (dict(host="", port=5432, database="d", user="u"), "database_url"),
    (dict(host="h", port=5432, database="", user="u"), "database_url"),
    (dict(host="h", port=5432, database="d", user=" "), "database_url"),
    (dict(host="h", port=0, database="d", user="u"), "database_port"),
    (dict(host="h", port=70000, database="d", user="u"), "database_port"),
    (dict(host="h", port="five", database="d", user="u"), "database_port"),
    (dict(host="h", port=5432, database="d", user="u", schema="Unit ALA"), "database_schema"),
    (dict(host="h", port=5432, database="d", user="u", schema="a,public"), "database_schema"),
    (dict(host="h", port=5432, database="d", user="u", sslmode="sometimes"), "database_sslmode"),
])
def test_incomplete_or_malformed_parts_are_refused(parts, code):
    with pytest.raises(ValidationError) as refused:
        compose_url(**parts)
    assert refused.value.code == code
