"""Detached CMS signatures with an NCA-like RSA key: checked by the real `openssl cms -verify` and in-process."""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import random
from datetime import datetime, timedelta, timezone

import pytest
from asn1crypto import cms as asn1_cms
from asn1crypto import core as asn1_core
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID

from inspector_app.cms_signatures import SignatureInvalid, load_pkcs12, sign_detached, verify_detached
from inspector_app.errors import ValidationError
from tests.nca_pki import BIN, COMMON_NAME, IIN, PASSWORD, PDF, ec_p12, make_pki, needs_openssl, openssl_verify


@pytest.fixture(scope="module")
def pki():
    return make_pki()


@pytest.fixture(scope="module")
def key(pki):
    return load_pkcs12(pki.user_p12(PASSWORD), PASSWORD)


def test_the_key_file_tells_who_it_belongs_to(pki, key):
    assert key.common_name == COMMON_NAME
    assert key.iin == IIN
    assert key.bin == BIN
    expected = hashlib.sha256(pki.user_cert.public_bytes(serialization.Encoding.DER)).hexdigest()
    assert key.fingerprint_sha256 == expected
    assert [c.subject for c in key.additional_certs] == [pki.inter_cert.subject]
    assert PASSWORD not in repr(key) and "private" not in repr(key).lower()


@needs_openssl
def test_openssl_and_the_app_both_accept_the_signature(tmp_path, pki, key):
    signed_at = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(minutes=5)
    signature = sign_detached(PDF, key, signed_at)

    result = openssl_verify(tmp_path, PDF, signature, pki.root_pem)
    assert result.returncode == 0, result.stderr
    assert "Verification successful" in result.stderr

    info = verify_detached(PDF, signature, [pki.root_cert])
    assert (info.common_name, info.iin, info.bin) == (COMMON_NAME, IIN, BIN)
    assert info.fingerprint_sha256 == key.fingerprint_sha256
    assert info.signed_at == signed_at
    assert info.chain_verified is True


def test_the_signature_is_detached_and_carries_the_chain(pki, key):
    info = asn1_cms.ContentInfo.load(sign_detached(PDF, key))
    signed_data = info["content"]
    assert info["content_type"].native == "signed_data"
    assert signed_data["encap_content_info"]["content"].native is None
    assert PDF not in info.dump()
    subjects = {c.chosen.subject.native["common_name"] for c in signed_data["certificates"]}
    inter_cn = pki.inter_cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    assert subjects == {COMMON_NAME, inter_cn}
    signer = signed_data["signer_infos"][0]
    assert signer["digest_algorithm"]["algorithm"].native == "sha256"
    assert signer["signature_algorithm"].signature_algo == "rsassa_pkcs1v15"


def test_without_a_given_time_the_signing_time_is_now(key):
    before = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(seconds=1)
    info = verify_detached(PDF, sign_detached(PDF, key))
    assert info.signed_at is not None and before <= info.signed_at <= datetime.now(timezone.utc)
    assert info.chain_verified is False


@needs_openssl
def test_one_changed_byte_fails_both_checks(tmp_path, pki, key):
    signature = sign_detached(PDF, key)
    changed = bytearray(PDF)
    changed[len(changed) // 2] ^= 0x01
    changed = bytes(changed)

    result = openssl_verify(tmp_path, changed, signature, pki.root_pem)
    assert result.returncode != 0
    assert "Verification successful" not in result.stderr

    with pytest.raises(SignatureInvalid) as err:
        verify_detached(changed, signature, [pki.root_cert])
    assert err.value.code == "signature_mismatch"


def _with_flipped_signature(signature: bytes) -> bytes:
    info = asn1_cms.ContentInfo.load(signature)
    signer = info["content"]["signer_infos"][0]
    raw = bytearray(signer["signature"].native)
    raw[10] ^= 0xFF
    signer["signature"] = asn1_core.OctetString(bytes(raw))
    return info.dump(force=True)


@needs_openssl
def test_a_forged_signature_value_is_refused(tmp_path, pki, key):
    forged = _with_flipped_signature(sign_detached(PDF, key))
    assert openssl_verify(tmp_path, PDF, forged, pki.root_pem).returncode != 0
    with pytest.raises(SignatureInvalid) as err:
        verify_detached(PDF, forged)
    assert err.value.code == "signature_invalid"


@needs_openssl
def test_a_signature_from_another_authority_is_not_trusted(tmp_path, key):
    other = make_pki("Other")
    signature = sign_detached(PDF, key)
    assert openssl_verify(tmp_path, PDF, signature, other.root_pem).returncode != 0
    with pytest.raises(SignatureInvalid) as err:
        verify_detached(PDF, signature, [other.root_cert])
    assert err.value.code == "signature_untrusted"


@needs_openssl
def test_a_signature_without_the_chain_is_trusted_once_the_intermediate_is_supplied(tmp_path, pki, key):
    bare = dataclasses.replace(key, additional_certs=())
    signature = sign_detached(PDF, bare)
    assert openssl_verify(tmp_path, PDF, signature, pki.root_pem).returncode != 0
    with pytest.raises(SignatureInvalid) as err:
        verify_detached(PDF, signature, [pki.root_cert])
    assert err.value.code == "signature_untrusted"
    assert verify_detached(PDF, signature, [pki.root_cert], intermediates=[pki.inter_cert]).chain_verified


def test_a_signing_time_outside_the_certificate_is_refused_by_the_chain_check(pki, key):
    signature = sign_detached(PDF, key, datetime(2020, 1, 1, tzinfo=timezone.utc))
    assert verify_detached(PDF, signature).signed_at == datetime(2020, 1, 1, tzinfo=timezone.utc)
    with pytest.raises(SignatureInvalid) as err:
        verify_detached(PDF, signature, [pki.root_cert])
    assert err.value.code == "signature_certificate_expired"


@pytest.mark.parametrize("blob", [b"", b"not a signature", b"\x30\x03\x02\x01\x01"])
def test_garbage_is_a_malformed_signature(blob):
    with pytest.raises(SignatureInvalid) as err:
        verify_detached(PDF, blob)
    assert err.value.code == "signature_malformed"


def test_damage_anywhere_in_the_signature_is_only_ever_a_signature_error(pki, key):
    signature = sign_detached(PDF, key)
    rng = random.Random(444)
    codes = set()
    for position in sorted(rng.sample(range(len(signature)), 150)):
        damaged = bytearray(signature)
        damaged[position] ^= 1 << rng.randrange(8)
        try:
            verify_detached(PDF, bytes(damaged), [pki.root_cert] if position % 2 else None)
        except SignatureInvalid as exc:
            codes.add(exc.code)
        # a flipped bit inside a certificate the signer's key does not depend on may still verify
    assert {"signature_malformed", "signature_invalid"} <= codes


def test_trailing_bytes_after_the_signature_are_refused(key):
    with pytest.raises(SignatureInvalid) as err:
        verify_detached(PDF, sign_detached(PDF, key) + b"\x00")
    assert err.value.code == "signature_malformed"


def test_a_wrong_password_is_a_clear_error_and_is_not_logged(pki, caplog):
    caplog.set_level(logging.DEBUG)
    with pytest.raises(ValidationError) as err:
        load_pkcs12(pki.user_p12(PASSWORD), "wrong-password-123")
    assert err.value.code == "pkcs12_bad_password"
    assert "password" in str(err.value).lower()
    load_pkcs12(pki.user_p12(PASSWORD), PASSWORD)
    assert "wrong-password-123" not in caplog.text and PASSWORD not in caplog.text


def test_a_file_that_is_no_key_file_is_told_apart_from_a_wrong_password():
    with pytest.raises(ValidationError) as err:
        load_pkcs12(b"%PDF-1.7 not a key", PASSWORD)
    assert err.value.code == "pkcs12_malformed"


def test_a_non_rsa_key_is_refused(pki):
    with pytest.raises(ValidationError) as err:
        load_pkcs12(ec_p12(pki, PASSWORD), PASSWORD)
    assert err.value.code == "pkcs12_not_rsa"


def test_an_expired_certificate_is_refused(pki):
    cert, user_key = pki.another_user(days_valid=(-400, -1))
    with pytest.raises(ValidationError) as err:
        load_pkcs12(pki.user_p12(PASSWORD, cert=cert, key=user_key), PASSWORD)
    assert err.value.code == "certificate_expired"
    # the same file was fine while the certificate was valid
    then = datetime.now(timezone.utc) - timedelta(days=200)
    assert load_pkcs12(pki.user_p12(PASSWORD, cert=cert, key=user_key), PASSWORD, now=then).iin == "900202400456"


def test_a_naive_signing_time_is_refused(key):
    with pytest.raises(ValidationError) as err:
        sign_detached(PDF, key, datetime(2026, 1, 1, 12, 0))
    assert err.value.code == "signing_time_naive"
