"""A local RFC 3161 time-stamp authority for tests, served over HTTP on 127.0.0.1 in a thread.

Each `LocalTsa` makes its own root CA and a TSA certificate issued by it (extendedKeyUsage
timeStamping, critical), and answers `application/timestamp-query` POSTs with pyHanko's
`DummyTimeStamper`, which signs a real TimeStampToken. `mode` switches it to misbehave:
"ok", "unavailable" (HTTP 503), "garbage" (200 with bytes that are no response),
"rejection" (a well-formed response with status rejection), "replay" (the previous good
response again, whatever was asked) or "hang" (never answers until stopped, for timeouts).

    with LocalTsa() as tsa:
        TsaClient(tsa.url, trusted_pem=tsa.root_pem).stamp(digest)
"""

from __future__ import annotations

import functools
import threading
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from asn1crypto import keys as asn1_keys
from asn1crypto import tsp as asn1_tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

MODES = ("ok", "unavailable", "garbage", "rejection", "replay", "hang")
MAX_REQUEST_BYTES = 64 * 1024
GARBAGE = b"\x30\x03not a time-stamp response"


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Inspector app tests"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _key() -> rsa.RSAPrivateKey:
    # RSA because the dummy stamper signs with RSA only.
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@functools.lru_cache(maxsize=None)
def make_authority(label: str = "Test") -> tuple[x509.Certificate, x509.Certificate, rsa.RSAPrivateKey]:
    """A root CA certificate, a TSA certificate issued by it, and the TSA's private key.

    Made once per label in a test run (RSA keys are slow to make): servers with the same label
    share the authority, servers with different labels do not.
    """
    now = datetime.now(timezone.utc)
    ca_key, tsa_key = _key(), _key()
    ca_name = _name(f"{label} Root CA")
    ca_cert = (
        x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
        .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                     crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    tsa_cert = (
        x509.CertificateBuilder().subject_name(_name(f"{label} TSA")).issuer_name(ca_name)
        .public_key(tsa_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=180))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    return ca_cert, tsa_cert, tsa_key


def _rejection() -> bytes:
    """A TimeStampResp with status rejection (badAlg) and no token; asn1crypto will not omit the token."""
    status = asn1_tsp.PKIStatusInfo({"status": "rejection", "fail_info": {"bad_alg"}}).dump()
    return b"\x30" + bytes([len(status)]) + status


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_POST(self) -> None:  # noqa: N802 - http.server naming
        tsa = self.server.tsa
        tsa.requests += 1
        if tsa.mode == "hang":
            tsa._released.wait(30)
            return
        if tsa.mode == "unavailable":
            self._answer(503, b"busy", "text/plain")
            return
        if tsa.mode == "garbage":
            self._answer(200, GARBAGE, "application/timestamp-reply")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if self.headers.get_content_type() != "application/timestamp-query" or not 0 < length <= MAX_REQUEST_BYTES:
            self._answer(400, b"bad request", "text/plain")
            return
        try:
            request = asn1_tsp.TimeStampReq.load(self.rfile.read(length))
            request.native  # parse it all now, so a malformed request is a 400  # noqa: B018
        except (ValueError, TypeError):
            self._answer(400, b"bad request", "text/plain")
            return
        if tsa.mode == "rejection":
            body = _rejection()
        elif tsa.mode == "replay" and tsa.last_response is not None:
            body = tsa.last_response
        else:
            body = tsa.stamper.request_tsa_response(request).dump()
            tsa.last_response = body
        self._answer(200, body, "application/timestamp-reply")

    def _answer(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - keep test output quiet
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    tsa: LocalTsa


class LocalTsa:
    """A running local TSA: `.url`, `.root_pem`, `.mode`, `.requests`, `.stop()`; a context manager."""

    def __init__(self, label: str = "Test", mode: str = "ok") -> None:
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}")
        self.mode = mode
        self.requests = 0
        self.last_response: bytes | None = None
        self.ca_cert, self.tsa_cert, tsa_key = make_authority(label)
        self.root_pem = self.ca_cert.public_bytes(serialization.Encoding.PEM)
        self.tsa_cert_pem = self.tsa_cert.public_bytes(serialization.Encoding.PEM)
        key_der = tsa_key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                        serialization.NoEncryption())
        self.stamper = DummyTimeStamper(
            tsa_cert=asn1_x509.Certificate.load(self.tsa_cert.public_bytes(serialization.Encoding.DER)),
            tsa_key=asn1_keys.PrivateKeyInfo.load(key_der),
        )
        self._released = threading.Event()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.tsa = self
        self.port = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/tsa"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name=f"local-tsa-{self.port}", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop serving and close the port; safe to call twice."""
        if self._thread is None:
            return
        self._released.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
        self._thread = None

    def __enter__(self) -> LocalTsa:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
