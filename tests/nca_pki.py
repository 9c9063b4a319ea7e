"""A made-up national CA for tests: a root, an intermediate and RSA user certificates shaped like NCA RK's.

NCA RK puts the person's IIN into the subject's serialNumber ("IIN123456789012"), the country
as C=KZ, and for an organisation's employee the BIN into an OU ("BIN123456789012"); signing
certificates carry keyUsage digitalSignature + nonRepudiation and extendedKeyUsage
emailProtection (1.3.6.1.5.5.7.3.4), which is also what `openssl cms -verify` asks of a signer.

    pki = make_pki()
    p12 = pki.user_p12("secret")

`openssl_verify` runs the real `openssl cms -verify` the way a third party would check a signature.
"""

from __future__ import annotations

import functools
import ipaddress
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

PASSWORD = "Qwerty12!"
PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"
IIN = "880101300123"
BIN = "990240001234"
COMMON_NAME = "ТЕСТОВ ТЕСТ"

needs_openssl = pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed")


def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _ca_usage() -> x509.KeyUsage:
    return x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                         data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
                         encipher_only=False, decipher_only=False)


def _sign_usage() -> x509.KeyUsage:
    return x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                         data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
                         encipher_only=False, decipher_only=False)


def issue(subject: x509.Name, public_key, issuer_cert: x509.Certificate | None, issuer_key, *, ca: bool,
          not_before: datetime, not_after: datetime, san_ip: str | None = None) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder().subject_name(subject)
        .issuer_name(issuer_cert.subject if issuer_cert is not None else subject)
        .public_key(public_key).serial_number(x509.random_serial_number())
        .not_valid_before(not_before).not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(_ca_usage() if ca else _sign_usage(), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
    )
    if not ca:
        ekus = [ExtendedKeyUsageOID.SERVER_AUTH] if san_ip else [ExtendedKeyUsageOID.EMAIL_PROTECTION]
        builder = builder.add_extension(x509.ExtendedKeyUsage(ekus), critical=False)
    if san_ip:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(san_ip))]),
                                        critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def user_name(common_name: str = COMMON_NAME, iin: str = IIN, bin_: str | None = BIN) -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, common_name),
             x509.NameAttribute(NameOID.SURNAME, common_name.split()[0]),
             x509.NameAttribute(NameOID.SERIAL_NUMBER, f"IIN{iin}"),
             x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ")]
    if bin_:
        attrs += [x509.NameAttribute(NameOID.ORGANIZATION_NAME, "ТЕСТОВОЕ ПОДРАЗДЕЛЕНИЕ"),
                  x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"BIN{bin_}")]
    return x509.Name(attrs)


@dataclass(frozen=True)
class Pki:
    root_cert: x509.Certificate
    root_key: rsa.RSAPrivateKey
    inter_cert: x509.Certificate
    inter_key: rsa.RSAPrivateKey
    user_cert: x509.Certificate
    user_key: rsa.RSAPrivateKey

    @property
    def root_pem(self) -> bytes:
        return self.root_cert.public_bytes(serialization.Encoding.PEM)

    def user_p12(self, password: str, *, cert: x509.Certificate | None = None, key=None) -> bytes:
        """The user's key, certificate and the intermediate, as NCA ships them in a .p12."""
        return pkcs12.serialize_key_and_certificates(
            b"signing", key or self.user_key, cert or self.user_cert, [self.inter_cert],
            serialization.BestAvailableEncryption(password.encode("utf-8")))

    def another_user(self, *, days_valid: tuple[int, int] = (-1, 365), key=None):
        """(certificate, key) of another user issued by the intermediate, with its own validity window."""
        now = datetime.now(timezone.utc)
        key = key or rsa_key()
        cert = issue(user_name("ЕКІНШІ ТҰЛҒА", "900202400456", None), key.public_key(), self.inter_cert,
                     self.inter_key, ca=False, not_before=now + timedelta(days=days_valid[0]),
                     not_after=now + timedelta(days=days_valid[1]))
        return cert, key

    def server_cert(self) -> tuple[x509.Certificate, rsa.RSAPrivateKey]:
        """A TLS certificate for 127.0.0.1 issued by the root (as NCALayer's own local one is)."""
        now = datetime.now(timezone.utc)
        key = rsa_key()
        cert = issue(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]), key.public_key(),
                     self.root_cert, self.root_key, ca=False, not_before=now - timedelta(days=1),
                     not_after=now + timedelta(days=30), san_ip="127.0.0.1")
        return cert, key


@functools.lru_cache(maxsize=None)
def make_pki(label: str = "Test") -> Pki:
    """Root -> intermediate -> user; made once per label in a run (RSA keys are slow to make)."""
    now = datetime.now(timezone.utc)
    root_key, inter_key, user_key = rsa_key(), rsa_key(), rsa_key()
    root_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"{label} ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA)"),
                           x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ")])
    inter_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"{label} NCA intermediate (RSA)"),
                            x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ")])
    root = issue(root_name, root_key.public_key(), None, root_key, ca=True,
                 not_before=now - timedelta(days=10), not_after=now + timedelta(days=3650))
    inter = issue(inter_name, inter_key.public_key(), root, root_key, ca=True,
                  not_before=now - timedelta(days=10), not_after=now + timedelta(days=1825))
    user = issue(user_name(), user_key.public_key(), inter, inter_key, ca=False,
                 not_before=now - timedelta(days=1), not_after=now + timedelta(days=365))
    return Pki(root, root_key, inter, inter_key, user, user_key)


def openssl_verify(tmp_path, data: bytes, signature: bytes, ca_pem: bytes) -> subprocess.CompletedProcess:
    """The real `openssl cms -verify` of a detached DER signature over `data`, trusting only `ca_pem`."""
    (tmp_path / "doc.pdf").write_bytes(data)
    (tmp_path / "sig.p7s").write_bytes(signature)
    (tmp_path / "ca.pem").write_bytes(ca_pem)
    return subprocess.run(
        ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(tmp_path / "sig.p7s"),
         "-content", str(tmp_path / "doc.pdf"), "-CAfile", str(tmp_path / "ca.pem"), "-out", str(tmp_path / "out")],
        capture_output=True, text=True, timeout=30)


def ec_p12(pki: Pki, password: str) -> bytes:
    """A PKCS#12 with an EC key (not what the app accepts)."""
    key = ec.generate_private_key(ec.SECP256R1())
    cert, _ = pki.another_user(key=key)
    return pkcs12.serialize_key_and_certificates(b"ec", key, cert, None,
                                                 serialization.BestAvailableEncryption(password.encode()))
