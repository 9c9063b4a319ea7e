"""Kazakhstan's 12-digit identification numbers: the BIN of a legal entity and the IIN of a person.

An inspection act names the inspected subject by its BIN (бизнес-сәйкестендіру нөмірі / бизнес-
идентификационный номер) or, for an individual entrepreneur, by the owner's IIN (жеке сәйкестендіру
нөмірі / индивидуальный идентификационный номер). Both have 12 digits, the last a check digit:

- the first 11 digits are weighted 1, 2, ..., 11 and summed modulo 11; a result of 0..9 is the check
  digit; a result of 10 means: weigh again with 3, 4, ..., 11, 1, 2; if that gives 10 too, the number is
  never issued.
- IIN: digits 1-6 the date of birth (YYMMDD); digit 7 the century and sex (1/2 a man/woman born in the
  19th century, 3/4 in the 20th, 5/6 in the 21st); digits 8-11 a serial number.
- BIN: digits 1-4 the year and month of registration (YYMM); digit 5 the kind of subject (4 a resident
  legal entity, 5 a non-resident legal entity, 6 an individual entrepreneur in the form of joint
  entrepreneurship); digit 6 its division (0 the head unit, 1 a branch, 2 a representative office,
  3 a peasant (farm) enterprise on the basis of joint entrepreneurship); digits 7-11 a serial number.

The 5th digit tells them apart: 0-3 is an IIN's day of birth, 4-6 a BIN's kind of subject. The scheme is
that of the Rules for forming the identification number (Government decree of 22 May 2007 No. 406).

Input may carry spaces (as printed, "940 140 000 385"); the functions return the bare 12 digits or raise
`ValidationError` with a `code` the UI translates: `bin_iin_empty`, `bin_iin_format`, `bin_iin_length`,
`bin_iin_checksum`, `bin_iin_kind`, `iin_expected`, `bin_expected`, `iin_century_sex`, `iin_birth_date`,
`bin_registration_date`, `bin_entity_type`, `bin_division`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from inspector_app.errors import ValidationError

logger = logging.getLogger(__name__)

LENGTH = 12
DIGITS = frozenset("0123456789")
FIRST_WEIGHTS = tuple(range(1, 12))                     # 1, 2, ..., 11
SECOND_WEIGHTS = tuple(range(3, 12)) + (1, 2)           # 3, 4, ..., 11, 1, 2
UNUSABLE = 10
IIN_FIFTH_DIGITS = frozenset("0123")  # the tens of the day of birth
BIN_FIFTH_DIGITS = frozenset("456")   # the kind of subject


class IdentifierKind(StrEnum):
    BIN = "bin"
    IIN = "iin"


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"


class EntityType(StrEnum):
    """The BIN's 5th digit."""

    RESIDENT = "resident"                      # 4: a resident legal entity
    NON_RESIDENT = "non_resident"              # 5: a non-resident legal entity
    JOINT_ENTREPRENEURSHIP = "joint_entrepreneurship"  # 6: an individual entrepreneur in joint entrepreneurship


class EntityDivision(StrEnum):
    """The BIN's 6th digit."""

    HEAD_UNIT = "head_unit"                          # 0
    BRANCH = "branch"                                # 1
    REPRESENTATIVE_OFFICE = "representative_office"  # 2
    PEASANT_FARM = "peasant_farm"                    # 3: on the basis of joint entrepreneurship


ENTITY_TYPES = {"4": EntityType.RESIDENT, "5": EntityType.NON_RESIDENT, "6": EntityType.JOINT_ENTREPRENEURSHIP}
DIVISIONS = {"0": EntityDivision.HEAD_UNIT, "1": EntityDivision.BRANCH, "2": EntityDivision.REPRESENTATIVE_OFFICE,
             "3": EntityDivision.PEASANT_FARM}
# The IIN's 7th digit: the century the person was born in (its first year) and their sex.
CENTURY_SEX = {"1": (1800, Sex.MALE), "2": (1800, Sex.FEMALE), "3": (1900, Sex.MALE), "4": (1900, Sex.FEMALE),
               "5": (2000, Sex.MALE), "6": (2000, Sex.FEMALE)}


@dataclass(frozen=True)
class IinFacts:
    number: str
    birth_date: date
    sex: Sex


@dataclass(frozen=True)
class BinFacts:
    number: str
    registered_year: int
    registered_month: int
    entity_type: EntityType
    division: EntityDivision


def check_digit(first_eleven: str) -> int | None:
    """The check digit of 11 digits, or None when both weightings give 10 (such a number is never issued)."""
    digits = [int(ch) for ch in first_eleven]
    for weights in (FIRST_WEIGHTS, SECOND_WEIGHTS):
        rest = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if rest != UNUSABLE:
            return rest
    return None


def normalise(text: str | None) -> str:
    """The 12 digits of `text` with its spaces removed; ValidationError when it is not 12 digits."""
    raw = text or ""
    compact = "".join(raw.split())
    if not compact:
        raise ValidationError("The BIN or IIN must not be empty", code="bin_iin_empty")
    if not set(compact) <= DIGITS:
        raise ValidationError(f"A BIN or IIN has digits only, not '{raw.strip()}'",
                              code="bin_iin_format", value=raw.strip())
    if len(compact) != LENGTH:
        raise ValidationError(f"A BIN or IIN has 12 digits, '{compact}' has {len(compact)}",
                              code="bin_iin_length", value=compact, length=len(compact))
    return compact


def _checked(text: str | None) -> str:
    number = normalise(text)
    expected = check_digit(number[:-1])
    if expected is None:
        raise ValidationError(f"{number} is not a BIN or IIN: no check digit fits its first 11 digits",
                              code="bin_iin_checksum", value=number)
    if expected != int(number[-1]):
        raise ValidationError(f"{number} is not a valid BIN or IIN: its check digit is wrong "
                              "(a digit is mistyped or two are swapped)",
                              code="bin_iin_checksum", value=number)
    return number


def _iin_facts(number: str, today: date | None) -> IinFacts:
    century_sex = CENTURY_SEX.get(number[6])
    if century_sex is None:
        raise ValidationError(f"{number} is not a valid IIN: its 7th digit (century of birth and sex) must be 1 to 6, "
                              f"not {number[6]}", code="iin_century_sex", value=number)
    century, sex = century_sex
    try:
        born = date(century + int(number[:2]), int(number[2:4]), int(number[4:6]))
    except ValueError:
        raise ValidationError(f"{number} is not a valid IIN: its first six digits are not a date of birth (YYMMDD)",
                              code="iin_birth_date", value=number) from None
    if born > (today or date.today()):
        raise ValidationError(f"{number} is not a valid IIN: its date of birth {born:%d.%m.%Y} is in the future",
                              code="iin_birth_date", value=number, birth_date=born.isoformat())
    return IinFacts(number, born, sex)


def _bin_facts(number: str, today: date | None) -> BinFacts:
    entity_type = ENTITY_TYPES.get(number[4])
    if entity_type is None:
        raise ValidationError(f"{number} is not a valid BIN: its 5th digit (kind of subject) must be 4, 5 or 6, "
                              f"not {number[4]}", code="bin_entity_type", value=number)
    division = DIVISIONS.get(number[5])
    if division is None:
        raise ValidationError(f"{number} is not a valid BIN: its 6th digit (head unit, branch, representative office "
                              f"or peasant farm) must be 0 to 3, not {number[5]}", code="bin_division", value=number)
    month = int(number[2:4])
    if not 1 <= month <= 12:
        raise ValidationError(f"{number} is not a valid BIN: its digits 3-4 (month of registration) must be 01 to 12",
                              code="bin_registration_date", value=number)
    now = today or date.today()
    yy = int(number[:2])
    year = 2000 + yy if yy <= now.year % 100 else 1900 + yy
    if (year, month) > (now.year, now.month):
        raise ValidationError(f"{number} is not a valid BIN: its month of registration {month:02d}.{year} "
                              "is in the future", code="bin_registration_date", value=number)
    return BinFacts(number, year, month, entity_type, division)


def kind_of(number: str) -> IdentifierKind:
    """Whether 12 digits are shaped as an IIN or a BIN, by the 5th digit; ValidationError when neither."""
    if number[4] in IIN_FIFTH_DIGITS:
        return IdentifierKind.IIN
    if number[4] in BIN_FIFTH_DIGITS:
        return IdentifierKind.BIN
    raise ValidationError(f"{number} is neither a BIN nor an IIN: its 5th digit is {number[4]}",
                          code="bin_iin_kind", value=number)


def iin_facts(text: str | None, today: date | None = None) -> IinFacts:
    """The IIN, its date of birth and sex. `today` bounds the date of birth (default: the system's date)."""
    number = _checked(text)
    if number[4] in BIN_FIFTH_DIGITS:
        raise ValidationError(f"{number} is a BIN (of a legal entity), an IIN was expected",
                              code="iin_expected", value=number)
    return _iin_facts(number, today)


def bin_facts(text: str | None, today: date | None = None) -> BinFacts:
    """The BIN, its month of registration, kind of subject and division."""
    number = _checked(text)
    if number[4] in IIN_FIFTH_DIGITS:
        raise ValidationError(f"{number} is an IIN (of a person), a BIN was expected",
                              code="bin_expected", value=number)
    return _bin_facts(number, today)


def validate_iin(text: str | None, today: date | None = None) -> str:
    """The normalised 12 digits of a valid IIN; ValidationError otherwise."""
    return iin_facts(text, today).number


def validate_bin(text: str | None, today: date | None = None) -> str:
    """The normalised 12 digits of a valid BIN; ValidationError otherwise."""
    return bin_facts(text, today).number


def validate_bin_or_iin(text: str | None, today: date | None = None) -> tuple[str, IdentifierKind]:
    """A valid BIN or IIN and which of the two it is (the subject of an act may be either)."""
    number = _checked(text)
    kind = kind_of(number)
    if kind is IdentifierKind.IIN:
        _iin_facts(number, today)
    else:
        _bin_facts(number, today)
    return number, kind
