"""BIN and IIN: the check digit (weights 1..11, then 3..11,1,2), the IIN's date of birth and century/sex
digit, the BIN's month of registration, kind of subject and division; spaces allowed, 12 digits returned."""

from __future__ import annotations

from datetime import date

import pytest

from inspector_app.domain.identifiers import (
    EntityDivision,
    EntityType,
    IdentifierKind,
    Sex,
    bin_facts,
    check_digit,
    iin_facts,
    validate_bin,
    validate_bin_or_iin,
    validate_iin,
)
from inspector_app.errors import ValidationError

TODAY = date(2026, 12, 1)


def _complete(first_eleven: str) -> str:
    digit = check_digit(first_eleven)
    assert digit is not None
    return first_eleven + str(digit)


def _code(call, *args) -> str:
    with pytest.raises(ValidationError) as info:
        call(*args, today=TODAY)
    assert str(info.value)  # a message fit to show
    return info.value.code


def test_check_digit_by_hand():
    # 8 5 0 1 1 5 3 0 0 0 0 weighted 1..11: 8+10+0+4+5+30+21+0+0+0+0 = 78 = 7*11 + 1
    assert check_digit("85011530000") == 1
    # 8 5 0 1 1 5 3 0 0 2 0 weighted 1..11 gives 98 = 8*11 + 10; weighted 3..11,1,2:
    # 24+20+0+6+7+40+27+0+0+2+0 = 126 = 11*11 + 5
    assert check_digit("85011530020") == 5
    # both weightings give 10: no such number is ever issued
    assert check_digit("85011530028") is None


@pytest.mark.parametrize(("number", "born", "sex"), [
    ("850115300001", date(1985, 1, 15), Sex.MALE),
    ("850115300205", date(1985, 1, 15), Sex.MALE),     # the second weighting
    ("920329400007", date(1992, 3, 29), Sex.FEMALE),
    ("000730500001", date(2000, 7, 30), Sex.MALE),
    ("051231600807", date(2005, 12, 31), Sex.FEMALE),  # the second weighting
    ("660228400002", date(1966, 2, 28), Sex.FEMALE),
    ("791028302728", date(1979, 10, 28), Sex.MALE),
    ("061211600012", date(2006, 12, 11), Sex.FEMALE),
])
def test_valid_iins(number, born, sex):
    facts = iin_facts(number, today=TODAY)
    assert (facts.number, facts.birth_date, facts.sex) == (number, born, sex)
    assert validate_iin(number, today=TODAY) == number
    assert validate_bin_or_iin(number, today=TODAY) == (number, IdentifierKind.IIN)


@pytest.mark.parametrize(("number", "year", "month", "entity", "division"), [
    ("940140000385", 1994, 1, EntityType.RESIDENT, EntityDivision.HEAD_UNIT),
    ("990140004654", 1999, 1, EntityType.RESIDENT, EntityDivision.HEAD_UNIT),
    ("150240000006", 2015, 2, EntityType.RESIDENT, EntityDivision.HEAD_UNIT),
    ("150240000704", 2015, 2, EntityType.RESIDENT, EntityDivision.HEAD_UNIT),  # the second weighting
    ("100341000006", 2010, 3, EntityType.RESIDENT, EntityDivision.BRANCH),
    ("210550000005", 2021, 5, EntityType.NON_RESIDENT, EntityDivision.HEAD_UNIT),
    ("071160000007", 2007, 11, EntityType.JOINT_ENTREPRENEURSHIP, EntityDivision.HEAD_UNIT),
    ("200962000003", 2020, 9, EntityType.JOINT_ENTREPRENEURSHIP, EntityDivision.REPRESENTATIVE_OFFICE),
    ("980443000002", 1998, 4, EntityType.RESIDENT, EntityDivision.PEASANT_FARM),
])
def test_valid_bins(number, year, month, entity, division):
    facts = bin_facts(number, today=TODAY)
    assert (facts.registered_year, facts.registered_month, facts.entity_type, facts.division) == \
        (year, month, entity, division)
    assert validate_bin(number, today=TODAY) == number
    assert validate_bin_or_iin(number, today=TODAY) == (number, IdentifierKind.BIN)


@pytest.mark.parametrize("text", ["940 140 000 385", " 940140000385\t", "9401 4000 0385",
                                  "940\u00a0140\u00a0000\u00a0385"])
def test_spaces_are_dropped(text):
    assert validate_bin(text, today=TODAY) == "940140000385"
    assert validate_bin_or_iin(text, today=TODAY)[0] == "940140000385"


@pytest.mark.parametrize(("text", "code"), [
    (None, "bin_iin_empty"), ("", "bin_iin_empty"), ("   ", "bin_iin_empty"),
    ("94014000038", "bin_iin_length"), ("9401400003855", "bin_iin_length"),
    ("940-140-000-385", "bin_iin_format"), ("94014000038O", "bin_iin_format"),
    ("٩٤٠١٤٠٠٠٠٣٨٥", "bin_iin_format"),   # other scripts' digits are not digits of a BIN
    ("940140000386", "bin_iin_checksum"),  # the last digit changed
    ("490140000385", "bin_iin_checksum"),  # two digits swapped
    ("850115300281", "bin_iin_checksum"),  # no check digit fits the first 11 digits at all
    ("850115300280", "bin_iin_checksum"),
])
def test_malformed_numbers(text, code):
    for call in (validate_bin, validate_iin, validate_bin_or_iin):
        assert _code(call, text) == code


def test_the_message_names_the_problem():
    with pytest.raises(ValidationError, match="12 digits") as info:
        validate_bin("1234 5678", today=TODAY)
    assert info.value.params == {"value": "12345678", "length": 8}
    with pytest.raises(ValidationError, match="check digit"):
        validate_iin("850115300002", today=TODAY)


def test_an_iin_where_a_bin_is_expected_and_back():
    assert _code(validate_bin, "850115300001") == "bin_expected"
    assert _code(validate_iin, "940140000385") == "iin_expected"


def test_neither_a_bin_nor_an_iin():
    number = _complete("94017000038")  # 5th digit 7
    assert _code(validate_bin_or_iin, number) == "bin_iin_kind"
    assert _code(validate_bin, number) == "bin_entity_type"


@pytest.mark.parametrize(("first_eleven", "code"), [
    ("85011500000", "iin_century_sex"),  # 7th digit 0
    ("85011570000", "iin_century_sex"),  # 7th digit 7
    ("85011590000", "iin_century_sex"),
    ("85130130000", "iin_birth_date"),   # 13th month
    ("85003030000", "iin_birth_date"),   # month 00
    ("85023030000", "iin_birth_date"),   # 30 February
    ("85013230000", "iin_birth_date"),   # 32 January
    ("85010030000", "iin_birth_date"),   # day 00
    ("00022930000", "iin_birth_date"),   # 29.02.1900: 1900 was not a leap year
    ("27010150000", "iin_birth_date"),   # born 01.01.2027, after today
    ("26120250000", "iin_birth_date"),   # born tomorrow
])
def test_implausible_iins(first_eleven, code):
    number = _complete(first_eleven)
    assert _code(validate_iin, number) == code
    assert _code(validate_bin_or_iin, number) == code


def test_iin_dates_at_the_edges():
    assert iin_facts(_complete("00022950000"), today=TODAY).birth_date == date(2000, 2, 29)  # 2000 was leap
    assert iin_facts(_complete("26120150000"), today=TODAY).birth_date == TODAY              # born today
    assert iin_facts(_complete("99123120000"), today=TODAY).birth_date == date(1899, 12, 31)


@pytest.mark.parametrize(("first_eleven", "code"), [
    ("15024400000", "bin_division"),           # 6th digit 4
    ("15024900000", "bin_division"),
    ("15134000000", "bin_registration_date"),  # month 13
    ("15004000000", "bin_registration_date"),  # month 00
])
def test_implausible_bins(first_eleven, code):
    number = _complete(first_eleven)
    assert _code(validate_bin, number) == code
    assert _code(validate_bin_or_iin, number) == code


def test_a_bin_registered_in_a_month_still_to_come():
    number = _complete("26124000000")  # December 2026
    with pytest.raises(ValidationError) as info:
        validate_bin(number, today=date(2026, 6, 30))
    assert info.value.code == "bin_registration_date" and "future" in str(info.value)


def test_bin_of_this_month_and_of_the_last_century():
    assert bin_facts(_complete("26124000000"), today=TODAY).registered_year == 2026
    assert bin_facts(_complete("27014000000"), today=date(2027, 1, 5)).registered_year == 2027
    assert bin_facts(_complete("91124000000"), today=TODAY).registered_year == 1991
