"""Text and login validators shared by the domain objects."""

from __future__ import annotations

import pytest

from inspector_app.domain.validation import login_name, optional_text, required_text
from inspector_app.errors import ValidationError


def test_required_text_strips_surrounding_space():
    assert required_text("  ИНВ-001 \t", "Inventory number", 64) == "ИНВ-001"


@pytest.mark.parametrize("value", [None, "", "   ", "\t\n"])
def test_required_text_refuses_empty(value):
    with pytest.raises(ValidationError) as info:
        required_text(value, "Full name", 10)
    assert info.value.code == "empty"
    assert info.value.params["field"] == "Full name"
    assert "Full name" in str(info.value)


def test_required_text_accepts_exactly_the_maximum():
    assert required_text("x" * 10, "Model", 10) == "x" * 10


def test_required_text_refuses_one_character_too_many():
    with pytest.raises(ValidationError) as info:
        required_text("x" * 11, "Model", 10)
    assert info.value.code == "too_long"
    assert info.value.params["length"] == 11
    assert info.value.params["max"] == 10


def test_length_counts_characters_not_bytes():
    # Kazakh letters are two bytes in UTF-8; the limit is in characters.
    assert required_text("Әә" * 5, "Name", 10) == "Әә" * 5


@pytest.mark.parametrize("value", ["a\x00b", "line\nbreak", "tab\there", "esc\x1b[0m"])
def test_required_text_refuses_control_characters_inside(value):
    with pytest.raises(ValidationError) as info:
        required_text(value, "Reason", 100)
    assert info.value.code == "control_chars"


def test_optional_text_gives_empty_string_for_nothing():
    assert optional_text(None, "Position", 10) == ""
    assert optional_text("   ", "Position", 10) == ""


def test_optional_text_still_checks_length_and_control_characters():
    with pytest.raises(ValidationError):
        optional_text("x" * 11, "Position", 10)
    with pytest.raises(ValidationError):
        optional_text("a\x07b", "Position", 10)


@pytest.mark.parametrize("value, expected", [
    ("aliya", "aliya"),
    ("  Aliya.N ", "aliya.n"),
    ("k2", "k2"),
    ("ivanov_i-2026", "ivanov_i-2026"),
    ("a" * 32, "a" * 32),
])
def test_login_accepts_and_normalises(value, expected):
    assert login_name(value) == expected


@pytest.mark.parametrize("value", [
    None, "", "a", "a" * 33, "алия", "ali ya", "-aliya", ".aliya", "_aliya", "ali@ya", "ali/ya",
])
def test_login_refuses_bad_names(value):
    with pytest.raises(ValidationError) as info:
        login_name(value)
    assert info.value.code == "login"
