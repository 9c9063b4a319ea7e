"""RFC 3161 trusted time against a local time-stamp authority, cross-checked with `openssl ts -verify`."""

from __future__ import annotations

import shutil
import subprocess
import time
from datetime import datetime, timedelta, timezone

import pytest
from cryptography.hazmat.primitives import serialization

from inspector_app.errors import ValidationError
from inspector_app.timestamping import (
    TimestampInvalid,
    TimestampToken,
    TimestampUnavailable,
    TsaClient,
    sha256_digest,
    verify_token,
)
from tests.tsa_fixture import tsa  # noqa: F401 - fixture
from tests.tsa_server import LocalTsa

DATA = b"recording 2026-11-23 05:00, inspector aliya"
DIGEST = sha256_digest(DATA)


def flip(data: bytes, index: int) -> bytes:
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1:]


@pytest.fixture
def other_tsa():
    """A second authority with its own root CA."""
    with LocalTsa("Other") as server:
        yield server


@pytest.fixture
def token(tsa) -> TimestampToken:  # noqa: F811
    return TsaClient(tsa.url, trusted_pem=tsa.root_pem).stamp(DIGEST)


def test_stamp_and_verify(tsa, token):  # noqa: F811
    assert isinstance(token.token_der, bytes) and token.token_der[:1] == b"\x30"
    assert token.gen_time.tzinfo is not None and token.gen_time.utcoffset() == timedelta(0)
    assert abs(datetime.now(timezone.utc) - token.gen_time) < timedelta(seconds=30)
    assert token.serial_number > 0
    assert "CN=Test TSA" in token.tsa_name
    assert token.policy == "1.3.6.1.4.1.4146.2.2"
    assert tsa.requests == 1
    assert verify_token(token.token_der, DIGEST, tsa.root_pem) == token


def test_each_stamp_is_a_new_token(tsa, token):  # noqa: F811
    again = TsaClient(tsa.url, trusted_pem=tsa.root_pem).stamp(DIGEST)
    assert again.serial_number != token.serial_number
    assert again.token_der != token.token_der
    assert verify_token(again.token_der, DIGEST, tsa.root_pem).serial_number == again.serial_number


def test_stamp_without_trusted_certificate_is_verified_later(tsa):  # noqa: F811
    token = TsaClient(tsa.url).stamp(DIGEST)
    assert verify_token(token.token_der, DIGEST, tsa.root_pem) == token


def test_token_for_another_digest_is_refused(tsa, token):  # noqa: F811
    with pytest.raises(TimestampInvalid, match="digest does not match") as caught:
        verify_token(token.token_der, sha256_digest(DATA + b"."), tsa.root_pem)
    assert caught.value.code == "tsa_invalid"


def _tamper_points(token: TimestampToken, tsa: LocalTsa) -> dict[str, tuple[int, bytes]]:  # noqa: F811
    """Where to flip a byte of the token, and the digest to check the tampered token against."""
    der = token.token_der
    imprint_at = der.index(DIGEST) + 7
    gen_time_at = der.index(token.gen_time.strftime("%Y%m%d%H%M%S").encode()) + 13  # a digit stays a digit
    tsa_cert = tsa.tsa_cert.public_bytes(serialization.Encoding.DER)
    return {
        # the digest inside the token changed to that of other data, checked against that data
        "imprint": (imprint_at, flip(DIGEST, 7)),
        "gen_time": (gen_time_at, DIGEST),
        "tsa_certificate": (der.index(tsa_cert) + len(tsa_cert) // 2, DIGEST),
        "signature": (len(der) - 1, DIGEST),
    }


@pytest.mark.parametrize("where", ["imprint", "gen_time", "tsa_certificate", "signature"])
def test_token_with_one_byte_flipped_is_refused(tsa, token, where):  # noqa: F811
    index, digest = _tamper_points(token, tsa)[where]
    with pytest.raises(TimestampInvalid):
        verify_token(flip(token.token_der, index), digest, tsa.root_pem)


def test_token_of_another_authority_is_refused(tsa, other_tsa):  # noqa: F811
    foreign = TsaClient(other_tsa.url).stamp(DIGEST)
    with pytest.raises(TimestampInvalid, match="does not verify"):
        verify_token(foreign.token_der, DIGEST, tsa.root_pem)
    assert verify_token(foreign.token_der, DIGEST, other_tsa.root_pem) == foreign
    # several trusted roots, concatenated PEM: either authority's token passes
    both = tsa.root_pem + other_tsa.root_pem
    assert verify_token(foreign.token_der, DIGEST, both) == foreign
    own = TsaClient(tsa.url).stamp(DIGEST)
    assert verify_token(own.token_der, DIGEST, both) == own


def test_stamp_refuses_a_token_that_does_not_chain_to_the_trusted_root(tsa, other_tsa):  # noqa: F811
    with pytest.raises(TimestampInvalid):
        TsaClient(other_tsa.url, trusted_pem=tsa.root_pem).stamp(DIGEST)
    assert other_tsa.requests == 1


@pytest.mark.parametrize("garbage", [b"", b"garbage", b"\x30\x00", b"\x30\x82\xff\xff" + b"\x00" * 16])
def test_garbage_token_is_refused(tsa, garbage):  # noqa: F811
    with pytest.raises(TimestampInvalid):
        verify_token(garbage, DIGEST, tsa.root_pem)


def test_truncated_or_padded_token_is_refused(tsa, token):  # noqa: F811
    with pytest.raises(TimestampInvalid):
        verify_token(token.token_der[:-10], DIGEST, tsa.root_pem)
    with pytest.raises(TimestampInvalid):
        verify_token(token.token_der + b"\x00\x00", DIGEST, tsa.root_pem)


def test_bad_inputs_are_validation_errors(tsa, token):  # noqa: F811
    with pytest.raises(ValidationError):
        verify_token(token.token_der, DIGEST[:31], tsa.root_pem)
    with pytest.raises(ValidationError):
        verify_token(token.token_der, DIGEST, b"not a certificate")
    with pytest.raises(ValidationError):
        TsaClient(tsa.url).stamp(DATA)  # data, not its digest
    assert tsa.requests == 1


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/tsa", "file:///etc/passwd", "127.0.0.1:8080", "", "http://",
                                 "http://127.0.0.1:99999/tsa"])
def test_only_http_urls_are_accepted(url):
    with pytest.raises(ValidationError):
        TsaClient(url)


@pytest.mark.parametrize("mode, message", [("garbage", "malformed"), ("rejection", "refused"),
                                           ("replay", "nonce mismatch")])
def test_bad_answers_are_invalid(tsa, mode, message):  # noqa: F811
    client = TsaClient(tsa.url, trusted_pem=tsa.root_pem)
    client.stamp(DIGEST)  # a good answer first, the one a replay repeats
    tsa.mode = mode
    with pytest.raises(TimestampInvalid, match=message) as caught:
        client.stamp(DIGEST)
    assert caught.value.code == "tsa_invalid"


def test_http_503_is_unavailable(tsa):  # noqa: F811
    tsa.mode = "unavailable"
    started = time.monotonic()
    with pytest.raises(TimestampUnavailable) as caught:
        TsaClient(tsa.url, timeout=2).stamp(DIGEST)
    assert time.monotonic() - started < 2
    assert caught.value.code == "tsa_unavailable" and caught.value.params["http_status"] == 503


def test_closed_port_is_unavailable():
    server = LocalTsa()
    server.stop()
    started = time.monotonic()
    with pytest.raises(TimestampUnavailable):
        TsaClient(server.url, timeout=2).stamp(DIGEST)
    assert time.monotonic() - started < 2


def test_silent_server_times_out_as_unavailable(tsa):  # noqa: F811
    tsa.mode = "hang"
    started = time.monotonic()
    with pytest.raises(TimestampUnavailable):
        TsaClient(tsa.url, timeout=0.5).stamp(DIGEST)
    assert time.monotonic() - started < 2


@pytest.fixture
def openssl():
    path = shutil.which("openssl")
    if path is None:
        pytest.skip("openssl is not installed")
    return path


def _openssl_verify(openssl, tmp_path, token_der: bytes, root_pem: bytes, *how: str) -> subprocess.CompletedProcess:
    (tmp_path / "token.der").write_bytes(token_der)
    (tmp_path / "root.pem").write_bytes(root_pem)
    return subprocess.run([openssl, "ts", "-verify", *how, "-in", str(tmp_path / "token.der"), "-token_in",
                           "-CAfile", str(tmp_path / "root.pem")], capture_output=True, text=True, timeout=30)


def test_openssl_verifies_the_stored_token(tsa, token, tmp_path, openssl):  # noqa: F811
    good = _openssl_verify(openssl, tmp_path, token.token_der, tsa.root_pem, "-digest", DIGEST.hex())
    assert good.returncode == 0, good.stderr
    assert "Verification: OK" in good.stdout
    # the imprint is the plain SHA-256 of the data, so openssl can hash the file itself
    (tmp_path / "recording.bin").write_bytes(DATA)
    by_data = _openssl_verify(openssl, tmp_path, token.token_der, tsa.root_pem, "-data", str(tmp_path / "recording.bin"))
    assert by_data.returncode == 0, by_data.stderr


def test_openssl_refuses_another_digest_or_root(tsa, other_tsa, token, tmp_path, openssl):  # noqa: F811
    wrong_digest = _openssl_verify(openssl, tmp_path, token.token_der, tsa.root_pem, "-digest", flip(DIGEST, 0).hex())
    assert wrong_digest.returncode != 0
    assert "imprint mismatch" in wrong_digest.stderr
    wrong_root = _openssl_verify(openssl, tmp_path, token.token_der, other_tsa.root_pem, "-digest", DIGEST.hex())
    assert wrong_root.returncode != 0
