"""Detached CMS (PKCS#7) signatures of documents with a person's RSA key from the national CA.

An inspector's signing key comes from the National Certification Authority of the Republic of
Kazakhstan (NCA RK) as a PKCS#12 file (or on a token, reached through NCALayer: see
`inspector_app.ncalayer`). `load_pkcs12` opens such a file and reads who it belongs to: the
subject's common name, the IIN from its serialNumber attribute ("IIN123456789012") and, for an
organisation's employee, the BIN from an OU attribute ("BIN123456789012").

`sign_detached` makes a detached CMS SignedData (DER, SHA-256, RSA PKCS#1 v1.5, the signer's
certificate and chain included): the form NCALayer returns and `openssl cms -verify -binary`
checks. `verify_detached` checks one in-process, with no openssl: the messageDigest signed
attribute against SHA-256 of the data, the RSA signature over the signed attributes and,
when trusted roots are given, the certificate chain.

Failures are `ValidationError`s (a key file that cannot be used) and `SignatureInvalid` (a
signature that does not hold), each with its own `code`. The PKCS#12 password is never logged.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone

from asn1crypto import cms as asn1_cms
from asn1crypto import core as asn1_core
from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs7, pkcs12
from cryptography.x509.oid import NameOID

from inspector_app.errors import AppError, ValidationError

log = logging.getLogger(__name__)

_IIN_RE = re.compile(r"^IIN(\d{12})$")
_BIN_RE = re.compile(r"^BIN(\d{12})$")
_MAX_CHAIN = 8


class SignatureInvalid(AppError):
    """A CMS signature is malformed, not over this data, not made by its certificate, or not trusted."""

    code = "signature_invalid"


@dataclass(frozen=True)
class SigningKey:
    """A private RSA key with its certificate and the facts read from the certificate's subject."""

    private_key: rsa.RSAPrivateKey = field(repr=False)
    certificate: x509.Certificate = field(repr=False)
    additional_certs: tuple[x509.Certificate, ...] = field(repr=False)
    common_name: str
    iin: str | None
    bin: str | None
    fingerprint_sha256: str  # hex, lower case, of the certificate's DER


@dataclass(frozen=True)
class SignatureInfo:
    """Who signed, with which certificate, and when they said they did (the signingTime attribute)."""

    common_name: str
    iin: str | None
    bin: str | None
    fingerprint_sha256: str
    signed_at: datetime | None
    certificate: x509.Certificate = field(repr=False)
    chain_verified: bool  # True when the certificate was checked against trusted roots


def fingerprint(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex()


def subject_identity(cert: x509.Certificate) -> tuple[str, str | None, str | None]:
    """(common name, IIN, BIN) from the subject, the way NCA RK certificates carry them."""
    subject = cert.subject
    names = subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    common_name = str(names[0].value) if names else ""
    iin = bin_ = None
    for attr in subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER):
        match = _IIN_RE.match(str(attr.value).strip())
        if match:
            iin = match.group(1)
    for attr in subject.get_attributes_for_oid(NameOID.ORGANIZATIONAL_UNIT_NAME):
        match = _BIN_RE.match(str(attr.value).strip())
        if match:
            bin_ = match.group(1)
    return common_name, iin, bin_


def _check_validity(cert: x509.Certificate, now: datetime) -> None:
    if now < cert.not_valid_before_utc:
        raise ValidationError("The certificate is not valid yet", code="certificate_not_yet_valid",
                              not_before=cert.not_valid_before_utc.isoformat())
    if now > cert.not_valid_after_utc:
        raise ValidationError("The certificate has expired", code="certificate_expired",
                              not_after=cert.not_valid_after_utc.isoformat())


def load_pkcs12(data: bytes, password: str, *, now: datetime | None = None) -> SigningKey:
    """The RSA signing key in a PKCS#12 file; `ValidationError` if it is unreadable, not RSA or out of date."""
    try:
        key, cert, extra = _unpack(pkcs12.load_pkcs12(data, (password or "").encode("utf-8")))
    except ValueError as exc:
        if _looks_like_pkcs12(data):
            raise ValidationError("Wrong password for the key file", code="pkcs12_bad_password") from None
        raise ValidationError("The file is not a PKCS#12 key file", code="pkcs12_malformed") from exc
    if key is None or cert is None:
        raise ValidationError("The key file holds no private key with its certificate", code="pkcs12_no_key")
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ValidationError("The key is not an RSA key; only RSA keys are supported", code="pkcs12_not_rsa")
    if cert.public_key().public_numbers() != key.public_key().public_numbers():
        raise ValidationError("The certificate in the key file is not the key's", code="pkcs12_key_mismatch")
    _check_validity(cert, now or datetime.now(timezone.utc))
    common_name, iin, bin_ = subject_identity(cert)
    signing_key = SigningKey(key, cert, tuple(extra), common_name, iin, bin_, fingerprint(cert))
    log.info("Loaded signing key of %s (certificate %s)", common_name, signing_key.fingerprint_sha256[:16])
    return signing_key


def _unpack(bundle: pkcs12.PKCS12KeyAndCertificates) -> tuple[object, x509.Certificate | None,
                                                              list[x509.Certificate]]:
    key = bundle.key
    cert = bundle.cert.certificate if bundle.cert is not None else None
    return key, cert, [c.certificate for c in bundle.additional_certs]


def _looks_like_pkcs12(data: bytes) -> bool:
    """True if `data` parses as a PFX structure (so a failure to open it is the password's)."""
    try:
        pfx = asn1_pkcs12.Pfx.load(data, strict=True)
        return pfx["version"].native == "v3" and pfx["auth_safe"]["content_type"].native is not None
    except (ValueError, TypeError, KeyError):
        return False


def _signed_attrs_der(signed_attrs: asn1_cms.CMSAttributes) -> bytes:
    """The DER the signature covers: the signed attributes with the SET OF tag, not the [0] IMPLICIT one."""
    encoded = signed_attrs.dump()
    return b"\x31" + encoded[1:]


def sign_detached(data: bytes, key: SigningKey, signed_at: datetime | None = None) -> bytes:
    """A detached CMS SignedData (DER) over `data`: SHA-256, RSA PKCS#1 v1.5, certificate and chain included.

    The signingTime attribute is `signed_at` (the app's clock) when given, else the system clock.
    """
    builder = pkcs7.PKCS7SignatureBuilder().set_data(data).add_signer(
        key.certificate, key.private_key, hashes.SHA256(), rsa_padding=padding.PKCS1v15())
    for cert in key.additional_certs:
        builder = builder.add_certificate(cert)
    der = builder.sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature,
                                                   pkcs7.PKCS7Options.Binary])
    if signed_at is None:
        return der
    return _with_signing_time(der, key, signed_at)


def _with_signing_time(der: bytes, key: SigningKey, signed_at: datetime) -> bytes:
    """`der` with its signingTime set to `signed_at` and the signed attributes signed again."""
    if signed_at.tzinfo is None:
        raise ValidationError("The signing time must carry a time zone", code="signing_time_naive")
    info = asn1_cms.ContentInfo.load(der)
    signer = info["content"]["signer_infos"][0]
    attrs = []
    for attr in signer["signed_attrs"]:
        if attr["type"].native == "signing_time":
            attr = asn1_cms.CMSAttribute({"type": "signing_time",
                                          "values": [asn1_cms.Time({"utc_time": signed_at.astimezone(timezone.utc)})
                                                     if 1950 <= signed_at.year < 2050 else
                                                     asn1_cms.Time({"generalized_time": signed_at})]})
        attrs.append(attr)
    attrs.sort(key=lambda a: a.dump())  # DER orders a SET OF by the encodings of its members
    signer["signed_attrs"] = asn1_cms.CMSAttributes(attrs)
    signature = key.private_key.sign(_signed_attrs_der(signer["signed_attrs"]), padding.PKCS1v15(), hashes.SHA256())
    signer["signature"] = asn1_core.OctetString(signature)
    return info.dump(force=True)


def _attr(signed_attrs: asn1_cms.CMSAttributes, name: str) -> list:
    return [a["values"] for a in signed_attrs if a["type"].native == name]


def _find_signer_cert(sid: asn1_cms.SignerIdentifier, certs: list[asn1_cms.CertificateChoices]):
    for choice in certs:
        if choice.name != "certificate":
            continue
        cert = choice.chosen
        if sid.name == "issuer_and_serial_number":
            wanted = sid.chosen
            if cert.issuer == wanted["issuer"] and cert.serial_number == wanted["serial_number"].native:
                return cert
        elif sid.name == "subject_key_identifier" and cert.key_identifier == sid.chosen.native:
            return cert
    return None


def _parsed(cert: x509.Certificate) -> x509.Certificate:
    """`cert` with the fields read later parsed now (cryptography parses them lazily, raising ValueError)."""
    subject_identity(cert)
    _ = cert.issuer, cert.extensions, cert.not_valid_before_utc, cert.not_valid_after_utc
    return cert


def verify_detached(data: bytes, cms_der: bytes, trusted_roots: list[x509.Certificate] | None = None,
                    *, intermediates: list[x509.Certificate] | None = None,
                    now: datetime | None = None) -> SignatureInfo:
    """Check a detached CMS signature over `data`; `SignatureInvalid` (with a specific `code`) if it does not hold.

    With `trusted_roots`, the signer's certificate must chain to one of them through the
    certificates in the CMS and `intermediates` (NCA RK's issuing CA, for a CMS that carries only
    the signer's certificate), each valid at the signing time (or `now` when there is none).
    Revocation (CRL, OCSP) is not checked.
    """
    try:
        info = asn1_cms.ContentInfo.load(cms_der, strict=True)
        if info["content_type"].native != "signed_data":
            raise SignatureInvalid("The signature is not CMS SignedData", code="signature_malformed")
        signed_data = info["content"]
        signer_infos = list(signed_data["signer_infos"])
        certs = list(signed_data["certificates"] or [])
        if len(signer_infos) != 1:
            raise SignatureInvalid("The signature must have exactly one signer", code="signature_signers",
                                   count=len(signer_infos))
        signer = signer_infos[0]
        digest_algo = signer["digest_algorithm"]["algorithm"].native
        sig_algo = signer["signature_algorithm"]
        signature = signer["signature"].native
        signed_attrs = signer["signed_attrs"]
        encap = signed_data["encap_content_info"]
        content = encap["content"].native if encap["content"] else None
        if not signed_attrs:
            raise SignatureInvalid("The signature has no signed attributes", code="signature_malformed")
        content_types = [[v.native for v in values] for values in _attr(signed_attrs, "content_type")]
        digests = [[v.native for v in values] for values in _attr(signed_attrs, "message_digest")]
        times = [[v.native for v in values] for values in _attr(signed_attrs, "signing_time")]
        encap_type = encap["content_type"].native
        signed_der = _signed_attrs_der(signed_attrs)
        signer_asn1 = _find_signer_cert(signer["sid"], certs)
        other_certs = [_parsed(x509.load_der_x509_certificate(c.chosen.dump())) for c in certs
                       if c.name == "certificate" and c.chosen is not signer_asn1]
        sig_algo_name = sig_algo.signature_algo
        sig_hash = sig_algo["algorithm"].native
        cert = _parsed(x509.load_der_x509_certificate(signer_asn1.dump())) if signer_asn1 is not None else None
        public_key = cert.public_key() if cert is not None else None
    except SignatureInvalid:
        raise
    except (ValueError, TypeError, KeyError, IndexError, OverflowError, UnsupportedAlgorithm, x509.InvalidVersion) as exc:
        raise SignatureInvalid("The signature is damaged or not a CMS signature", code="signature_malformed") \
            from exc
    if digest_algo != "sha256" or sig_algo_name != "rsassa_pkcs1v15" or sig_hash not in ("rsassa_pkcs1v15",
                                                                                          "sha256_rsa"):
        raise SignatureInvalid("Only SHA-256 with RSA (PKCS#1 v1.5) signatures are supported",
                               code="signature_algorithm", digest=str(digest_algo), algorithm=str(sig_hash))
    if content is not None and content != data:
        raise SignatureInvalid("The signature was made over another document", code="signature_mismatch")
    if len(content_types) != 1 or content_types[0] != [encap_type]:
        raise SignatureInvalid("The signed content type attribute is missing or wrong", code="signature_malformed")
    if len(digests) != 1 or len(digests[0]) != 1:
        raise SignatureInvalid("The signature has no single message digest", code="signature_malformed")
    if digests[0][0] != hashlib.sha256(data).digest():
        raise SignatureInvalid("The signature was made over another document", code="signature_mismatch")
    if cert is None:
        raise SignatureInvalid("The signer's certificate is not in the signature", code="signature_no_certificate")
    if not isinstance(public_key, rsa.RSAPublicKey):
        raise SignatureInvalid("The signer's key is not an RSA key", code="signature_algorithm")
    try:
        public_key.verify(signature, signed_der, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        raise SignatureInvalid("The signature does not match the signer's certificate",
                               code="signature_invalid") from None
    signed_at = times[0][0] if len(times) == 1 and len(times[0]) == 1 else None
    _check_key_usage(cert)
    chain_verified = False
    if trusted_roots is not None:
        _verify_chain(cert, other_certs + list(intermediates or []), trusted_roots,
                      signed_at or now or datetime.now(timezone.utc))
        chain_verified = True
    common_name, iin, bin_ = subject_identity(cert)
    return SignatureInfo(common_name, iin, bin_, fingerprint(cert), signed_at, cert, chain_verified)


def _check_key_usage(cert: x509.Certificate) -> None:
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return
    if not (usage.digital_signature or usage.content_commitment):
        raise SignatureInvalid("The signer's certificate is not for signing", code="signature_key_usage")


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    except x509.ExtensionNotFound:
        return False


def _verify_chain(cert: x509.Certificate, intermediates: list[x509.Certificate],
                  roots: list[x509.Certificate], at: datetime) -> None:
    """Walk from `cert` up to one of `roots`, checking each signature, each validity period at `at`, CA flags."""
    root_prints = {fingerprint(r) for r in roots}
    candidates = list(roots) + list(intermediates)
    current = cert
    for _ in range(_MAX_CHAIN):
        if not current.not_valid_before_utc <= at <= current.not_valid_after_utc:
            raise SignatureInvalid("A certificate of the chain was not valid at the signing time",
                                   code="signature_certificate_expired", subject=current.subject.rfc4514_string())
        if fingerprint(current) in root_prints:
            return
        issuer = None
        for candidate in candidates:
            if candidate.subject != current.issuer or not _is_ca(candidate):
                continue
            try:
                current.verify_directly_issued_by(candidate)
            except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
                continue
            issuer = candidate
            break
        if issuer is None:
            raise SignatureInvalid("The signer's certificate does not chain to a trusted root",
                                   code="signature_untrusted", issuer=current.issuer.rfc4514_string())
        current = issuer
    raise SignatureInvalid("The certificate chain is too long", code="signature_untrusted")


__all__ = ["SignatureInfo", "SignatureInvalid", "SigningKey", "fingerprint", "load_pkcs12", "sign_detached",
           "subject_identity", "verify_detached"]


def verify_each(data: bytes, signatures, trusted_roots: list[x509.Certificate] | None = None) -> list[tuple]:
    """Each stored signature (anything with `.cms`) verified again over `data`: (signature, SignatureInfo), or
    (signature, the error) for one that does not verify; never raises for a bad one."""
    results = []
    for signature in signatures:
        try:
            results.append((signature, verify_detached(data, signature.cms, trusted_roots)))
        except Exception as error:  # noqa: BLE001 - any failure of a stored signature is reported, not raised
            results.append((signature, error))
    return results
