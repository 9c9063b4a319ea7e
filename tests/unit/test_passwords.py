"""Password hashing with scrypt, verification, and the strength rules."""

from __future__ import annotations

import base64

import pytest

from inspector_app import passwords
from inspector_app.errors import ValidationError
from inspector_app.passwords import check_password_strength, hash_password, verify_password

PASSWORD = "Қауіпсіз-пароль-2026"


@pytest.fixture(scope="module")
def stored() -> str:
    return hash_password(PASSWORD)


def test_round_trip(stored):
    assert verify_password(PASSWORD, stored)


@pytest.mark.parametrize("attempt", ["", "қауіпсіз-пароль-2026", PASSWORD + " ", PASSWORD[:-1]])
def test_wrong_password_fails(stored, attempt):
    assert not verify_password(attempt, stored)


def test_stored_form_names_scrypt_and_its_parameters(stored):
    scheme, log2_n, r, p, salt, key = stored.split("$")
    assert scheme == "scrypt"
    assert (int(log2_n), int(r), int(p)) == (passwords.LOG2_N, passwords.R, passwords.P)
    assert int(log2_n) >= 14  # at least 16 MiB of work per guess
    assert len(base64.b64decode(salt)) == passwords.SALT_LENGTH
    assert len(base64.b64decode(key)) == passwords.KEY_LENGTH


def test_password_is_not_stored_in_clear(stored):
    assert PASSWORD not in stored


def test_two_hashes_of_one_password_differ_by_salt(stored):
    other = hash_password(PASSWORD)
    assert other != stored
    assert other.split("$")[4] != stored.split("$")[4]
    assert verify_password(PASSWORD, other)


def test_verify_uses_the_parameters_named_in_the_stored_form():
    # A hash made with other (cheaper) parameters still verifies: the stored form carries them.
    salt = b"0123456789abcdef"
    key = passwords._kdf(salt, 10, 4, 1).derive(PASSWORD.encode())
    stored = "$".join(["scrypt", "10", "4", "1", base64.b64encode(salt).decode(), base64.b64encode(key).decode()])
    assert verify_password(PASSWORD, stored)


def _with_field(stored: str, index: int, value: str) -> str:
    parts = stored.split("$")
    parts[index] = value
    return "$".join(parts)


def _flip_last_byte(b64: str) -> str:
    raw = bytearray(base64.b64decode(b64))
    raw[-1] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


@pytest.mark.parametrize("tamper", [
    lambda s: _with_field(s, 5, _flip_last_byte(s.split("$")[5])),   # key changed
    lambda s: _with_field(s, 4, _flip_last_byte(s.split("$")[4])),   # salt changed
    lambda s: _with_field(s, 0, "bcrypt"),                           # scheme changed
    lambda s: _with_field(s, 2, "4"),                                # r changed
    lambda s: _with_field(s, 1, "14"),                               # n changed
    lambda s: _with_field(s, 1, "x"),                                # n not a number
    lambda s: _with_field(s, 5, "not base64!"),                      # key not base64
    lambda s: s.rsplit("$", 1)[0],                                   # a field missing
    lambda s: s + "$extra",                                          # a field too many
    lambda s: "",                                                    # nothing at all
])
def test_verify_against_a_tampered_hash_is_false(stored, tamper):
    assert verify_password(PASSWORD, tamper(stored)) is False


@pytest.mark.parametrize("field, value", [
    (1, "22"),        # n = 2**22: gigabytes of memory and seconds of work
    (1, "40"),        # n = 2**40: terabytes of memory
    (1, "64"),        # n too big for the library at all
    (1, "-1"),        # n not a whole power of two
    (2, "1000000"),   # r enormous
    (3, "0"),         # p zero
])
def test_verify_against_hostile_parameters_is_false_not_a_crash(stored, field, value):
    assert verify_password(PASSWORD, _with_field(stored, field, value)) is False


@pytest.mark.parametrize("password", ["abcdefg1", "12345678a", "Пароль2026", "x" * 255 + "1"])
def test_strong_enough_passwords(password):
    check_password_strength(password)


@pytest.mark.parametrize("password, code", [
    ("", "password_short"),
    ("abc1234", "password_short"),
    ("abcdefgh", "password_weak"),
    ("12345678", "password_weak"),
    ("--------", "password_weak"),
    ("a1" * 129, "password_long"),
])
def test_weak_passwords_are_refused(password, code):
    with pytest.raises(ValidationError) as info:
        check_password_strength(password)
    assert info.value.code == code
