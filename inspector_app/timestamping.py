"""Trusted time: RFC 3161 time-stamp tokens from a time-stamp authority (TSA), and their verification.

`TsaClient.stamp` sends the SHA-256 digest of some data to a TSA over HTTP(S) and returns the
token the TSA signed; `verify_token` later checks a stored token against the digest and the
TSA's trusted root certificate(s). The token is stored as the DER of the TimeStampToken (a CMS
SignedData ContentInfo), which `openssl ts -verify -token_in` also reads.

Failures are split the way the caller acts on them: `TimestampUnavailable` (the TSA could not be
reached or answered with an HTTP error: keep the token pending and retry later) and
`TimestampInvalid` (what came back, or what is stored, is not a valid token for this digest
from the trusted authority). Request and response bodies are never logged.

Pure Python on top of `rfc3161-client`; no Qt, no database.
"""

from __future__ import annotations

import hashlib
import http.client
import logging
import re
import secrets
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from datetime import datetime, timezone

from cryptography import x509
from rfc3161_client import (
    HashAlgorithm,
    PKIStatus,
    TimestampRequestBuilder,
    TimeStampResponse,
    VerificationError,
    VerifierBuilder,
    decode_timestamp_response,
)

from inspector_app.errors import AppError, ValidationError

log = logging.getLogger(__name__)

SHA256_OID = "2.16.840.1.101.3.4.2.1"
DIGEST_SIZE = 32
MAX_RESPONSE_BYTES = 1024 * 1024
_GRANTED = (PKIStatus.GRANTED, PKIStatus.GRANTED_WITH_MODS)
# PKIStatusInfo { status granted(0) }, the head of a TimeStampResp wrapped around a stored token.
_GRANTED_STATUS_DER = bytes.fromhex("3003020100")


class TimestampUnavailable(AppError):
    """The TSA could not be reached or did not answer properly (network, timeout, HTTP error); retry later."""

    code = "tsa_unavailable"


class TimestampInvalid(AppError):
    """A response or stored token is malformed, not granted, for another digest or nonce, or not trusted."""

    code = "tsa_invalid"


@dataclass(frozen=True)
class TimestampToken:
    """A time-stamp token and the facts read from it."""

    token_der: bytes
    gen_time: datetime
    serial_number: int
    tsa_name: str
    policy: str


def sha256_digest(data: bytes) -> bytes:
    """The SHA-256 digest of `data`, the form `stamp` and `verify_token` take."""
    return hashlib.sha256(data).digest()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A TSA answers in place; a redirect is reported as the HTTP error it is, never followed."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001, PLR0913
        return None


class TsaClient:
    """Asks one TSA for time-stamp tokens; verifies them at once when `trusted_pem` is given."""

    def __init__(self, url: str, *, timeout: float = 10.0, trusted_pem: bytes | None = None) -> None:
        parts = urllib.parse.urlsplit(url or "")
        try:
            port = parts.port
        except ValueError:
            port = -1
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname or port == -1:
            raise ValidationError("The time-stamp authority address must be an http or https URL.",
                                  code="tsa_url", url=url)
        if timeout <= 0:
            raise ValidationError("The time-stamp authority timeout must be positive.", timeout=timeout)
        self.url = url
        # for the log: no user name or password that the URL may carry
        self._log_name = f"{parts.scheme}://{parts.hostname}{f':{port}' if port else ''}{parts.path}"
        self.timeout = timeout
        self.trusted_pem = trusted_pem
        if trusted_pem is not None:
            _load_roots(trusted_pem)  # fail now on a broken configuration, not on the first stamp
        self._opener = urllib.request.build_opener(_NoRedirect)

    def stamp(self, digest: bytes) -> TimestampToken:
        """Get a token for the SHA-256 `digest`; raises TimestampUnavailable or TimestampInvalid."""
        _check_digest(digest)
        request_der, nonce = _build_request(digest)
        body = self._post(request_der)
        try:
            response = decode_timestamp_response(body)
            status = response.status
        except ValueError as error:
            raise TimestampInvalid(f"The time-stamp authority sent a malformed response: {error}",
                                   detail=str(error)) from None
        if status not in _GRANTED:
            reason = "; ".join(_status_strings(response))
            raise TimestampInvalid(f"The time-stamp authority refused the request (status {status}"
                                   f"{': ' + reason if reason else ''}).", status=status)
        try:
            tst_info = response.tst_info
            token_der = response.time_stamp_token()
        except ValueError as error:
            raise TimestampInvalid(f"The time-stamp authority sent a malformed token: {error}",
                                   detail=str(error)) from None
        if tst_info.nonce != nonce:
            raise TimestampInvalid("The time-stamp response does not answer this request (nonce mismatch).")
        _check_imprint(tst_info, digest)
        if self.trusted_pem is not None:
            return verify_token(token_der, digest, self.trusted_pem)
        return _facts(token_der, tst_info)

    def _post(self, request_der: bytes) -> bytes:
        request = urllib.request.Request(
            self.url, data=request_der, method="POST",
            headers={"Content-Type": "application/timestamp-query", "Accept": "application/timestamp-reply"},
        )
        try:
            with self._opener.open(request, timeout=self.timeout) as reply:
                body = reply.read(MAX_RESPONSE_BYTES + 1)
        except urllib.error.HTTPError as error:
            error.close()
            log.info("TSA %s answered HTTP %s", self._log_name, error.code)
            raise TimestampUnavailable(f"The time-stamp authority answered HTTP {error.code}.",
                                       http_status=error.code) from None
        except (urllib.error.URLError, http.client.HTTPException, OSError) as error:
            reason = getattr(error, "reason", error)
            log.info("TSA %s unreachable: %s", self._log_name, reason)
            raise TimestampUnavailable(f"The time-stamp authority could not be reached: {reason}",
                                       reason=str(reason)) from None
        if len(body) > MAX_RESPONSE_BYTES:
            raise TimestampInvalid("The time-stamp response is too large.", limit=MAX_RESPONSE_BYTES)
        return body


def verify_token(token_der: bytes, digest: bytes, trusted_pem: bytes) -> TimestampToken:
    """Check a stored token: signed by a TSA chaining to `trusted_pem`, over exactly `digest`.

    `trusted_pem` holds one or more PEM root certificates. Returns the facts read from the token;
    raises TimestampInvalid on any failure.
    """
    _check_digest(digest)
    roots = _load_roots(trusted_pem)
    if not isinstance(token_der, (bytes, bytearray)) or not token_der:
        raise TimestampInvalid("The time-stamp token is empty.")
    # rfc3161-client verifies responses only; a stored token goes back into a granted response.
    try:
        response = decode_timestamp_response(_wrap_token(bytes(token_der)))
        tst_info = response.tst_info
    except ValueError as error:
        raise TimestampInvalid(f"The time-stamp token is malformed: {error}", detail=str(error)) from None
    _check_imprint(tst_info, digest)
    builder = VerifierBuilder()
    for root in roots:
        builder = builder.add_root_certificate(root)
    try:
        builder.build().verify(response, digest)
    except (VerificationError, ValueError) as error:
        raise TimestampInvalid(f"The time-stamp token does not verify: {_summary(error)}.",
                               detail=str(error)) from None
    return _facts(bytes(token_der), tst_info)


def _build_request(digest: bytes) -> tuple[bytes, int]:
    """A DER TimeStampReq for `digest` (SHA-256, random nonce, certReq) and its nonce.

    The library's builder hashes the data it is given and has no way to take a digest, so it
    builds a request for a random placeholder and the placeholder's hash, which occurs exactly
    once in the DER, is replaced by `digest` (same length, so the encoding stays valid).
    """
    placeholder = secrets.token_bytes(DIGEST_SIZE)
    request = (TimestampRequestBuilder().data(placeholder).hash_algorithm(HashAlgorithm.SHA256)
               .nonce(nonce=True).cert_request(cert_request=True).build())
    request_der = request.as_bytes()
    placeholder_hash = sha256_digest(placeholder)
    if request_der.count(placeholder_hash) != 1 or request.nonce is None:
        raise RuntimeError("Unexpected time-stamp request encoding")
    return request_der.replace(placeholder_hash, digest), request.nonce


def _wrap_token(token_der: bytes) -> bytes:
    """DER of TimeStampResp { status granted, timeStampToken } around a stored token."""
    content = _GRANTED_STATUS_DER + token_der
    size = len(content)
    if size < 0x80:
        length = bytes([size])
    else:
        size_bytes = size.to_bytes((size.bit_length() + 7) // 8, "big")
        length = bytes([0x80 | len(size_bytes)]) + size_bytes
    return b"\x30" + length + content


def _check_digest(digest: bytes) -> None:
    if not isinstance(digest, (bytes, bytearray)) or len(digest) != DIGEST_SIZE:
        raise ValidationError("A SHA-256 digest of 32 bytes is expected.", code="tsa_digest")


def _check_imprint(tst_info, digest: bytes) -> None:  # noqa: ANN001
    imprint = tst_info.message_imprint
    if imprint.hash_algorithm.dotted_string != SHA256_OID:
        raise TimestampInvalid("The time-stamp token is not over a SHA-256 digest.",
                               algorithm=imprint.hash_algorithm.dotted_string)
    if imprint.message != bytes(digest):
        raise TimestampInvalid("The time-stamp token is for other data (the digest does not match).")


def _load_roots(trusted_pem: bytes) -> list[x509.Certificate]:
    try:
        certificates = x509.load_pem_x509_certificates(bytes(trusted_pem))
    except (ValueError, TypeError):
        raise ValidationError("The trusted certificate of the time-stamp authority is not valid PEM.",
                              code="tsa_trust") from None
    unique: list[x509.Certificate] = []
    for certificate in certificates:
        if certificate not in unique:  # the library refuses a root added twice
            unique.append(certificate)
    return unique


def _facts(token_der: bytes, tst_info) -> TimestampToken:  # noqa: ANN001
    gen_time = tst_info.gen_time
    gen_time = gen_time.replace(tzinfo=timezone.utc) if gen_time.tzinfo is None else gen_time.astimezone(timezone.utc)
    try:
        policy = tst_info.policy.dotted_string
    except ValueError:
        policy = ""
    return TimestampToken(token_der=token_der, gen_time=gen_time, serial_number=tst_info.serial_number,
                          tsa_name=_tsa_name(tst_info), policy=policy)


def _tsa_name(tst_info) -> str:  # noqa: ANN001
    try:
        name = tst_info.name
    except ValueError:  # the optional tsa field is absent
        return ""
    value = getattr(name, "value", None)
    if isinstance(value, x509.Name):
        return value.rfc4514_string()
    return "" if value is None else str(value)


def _summary(error: Exception) -> str:
    """The reasons in a verification error, without OpenSSL's error-stack noise."""
    text = str(error)
    reasons = re.findall(r'(?:reason|data): "([^"]+)"', text)
    if reasons:
        return "; ".join(dict.fromkeys(reasons))
    return text if len(text) <= 200 else text[:200] + "..."


def _status_strings(response: TimeStampResponse) -> list[str]:
    try:
        return [str(text) for text in response.status_string]
    except (ValueError, TypeError):
        return []
