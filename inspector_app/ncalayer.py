"""A client of NCALayer, the national signing application that runs on the user's PC.

NCALayer (from NCA RK) listens on a local WebSocket, `wss://127.0.0.1:13579` in current versions
(`ws://` in old ones), with a TLS certificate of its own that its installer makes the system
trust. It holds the user's keys (a PKCS#12 file, an ID card, a Kaztoken...) and asks for the PIN
itself, so the app never sees the key. The conversation, as NCALayer speaks it:

- on connect NCALayer greets with `{"result": {"version": "1.4"}}`;
- the app sends `{"module": "kz.gov.pki.knca.basics", "method": "sign", "args": {...}}` with the
  document in base64 (`decode: true`), a detached CMS (`encapsulate: false`), and the key filter
  (`extKeyUsageOids`: 1.3.6.1.5.5.7.3.4 picks signing, not authentication, certificates);
- NCALayer answers `{"status": true, "body": {"result": <base64 CMS, or a list of them>}}`;
  a user who closes the dialog gets `{"status": true, "body": {}}` (no result);
  a failure is `{"status": false, "code": "...", "message": "...", "details": ...}`;
  a module it does not have is `{"success": false, "errorCode": "MODULE_NOT_FOUND"}`, and a
  request it cannot read is `{"success": false, "code": "COMMON_JSON_WRAPPING_EXCEPTION"}`.
  NCALayer may also send `--heartbeat--` frames, which mean nothing.

The client is synchronous (the `websockets` sync client) so a background job can call it; a
`threading.Event` lets the job give up while NCALayer waits for the person's PIN. The returned
CMS is not trusted here: check it with `cms_signatures.verify_detached` before storing it.
Document contents are never logged.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import inspect
import json
import logging
import ssl
import threading
import time
from collections.abc import Iterator
from typing import Any

from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI
from websockets.sync.client import ClientConnection, connect

from inspector_app.errors import AppError, OperationCancelled, ValidationError

log = logging.getLogger(__name__)

DEFAULT_URL = "wss://127.0.0.1:13579"
MODULE_BASICS = "kz.gov.pki.knca.basics"
HEARTBEAT = "--heartbeat--"
LOCALES = ("ru", "kk", "en")
EKU_SIGNING = "1.3.6.1.5.5.7.3.4"  # the NCA RK signing (not authentication) certificates
MAX_REPLY_BYTES = 16 * 1024 * 1024
CONNECT_TIMEOUT = 5.0
SIGN_TIMEOUT = 300.0  # the person finds the token and types the PIN
_POLL = 0.25


class NcaLayerError(AppError):
    """Base of NCALayer failures."""

    code = "ncalayer_error"


class NcaLayerUnavailable(NcaLayerError):
    """NCALayer is not running, did not answer in time, or dropped the connection."""

    code = "ncalayer_unavailable"


class NcaLayerCancelled(NcaLayerError, OperationCancelled):
    """The person closed NCALayer's dialog without signing."""

    code = "ncalayer_cancelled"


class NcaLayerRefused(NcaLayerError):
    """NCALayer answered the request with a failure (`params["ncalayer_code"]`, e.g. SIGNING_FAILURE)."""

    code = "ncalayer_refused"


class NcaLayerProtocolError(NcaLayerError):
    """The answer is not what NCALayer's basics module sends (an unknown module, an unreadable request...)."""

    code = "ncalayer_protocol"


def _connect_options() -> dict[str, Any]:
    """Options of `connect` this websockets version has: never a system proxy for 127.0.0.1, no pings."""
    params = inspect.signature(connect).parameters
    options: dict[str, Any] = {}
    if "proxy" in params:
        options["proxy"] = None
    if "ping_interval" in params:
        options["ping_interval"] = None  # browsers do not ping NCALayer either
    return options


@contextlib.contextmanager
def _connection(url: str, timeout: float, ssl_context: ssl.SSLContext | None,
                origin: str | None) -> Iterator[ClientConnection]:
    """An open WebSocket to NCALayer, closed on leaving; `NcaLayerUnavailable` if it cannot be opened."""
    options = _connect_options()
    if url.startswith("wss://"):
        # `ssl` since websockets 14, `ssl_context` before
        tls_option = "ssl" if "ssl" in inspect.signature(connect).parameters else "ssl_context"
        options[tls_option] = ssl_context or ssl.create_default_context()
    elif not url.startswith("ws://"):
        raise ValidationError("The NCALayer address must start with wss:// or ws://", code="ncalayer_url")
    if origin:
        options["origin"] = origin
    with contextlib.ExitStack() as stack:
        try:
            ws = stack.enter_context(connect(url, open_timeout=timeout, close_timeout=2, max_size=MAX_REPLY_BYTES,
                                             **options))
        except (OSError, TimeoutError, InvalidHandshake, InvalidURI, ssl.SSLError) as exc:
            raise NcaLayerUnavailable("NCALayer is not running or cannot be reached", code="ncalayer_unavailable",
                                      url=url, reason=type(exc).__name__) from exc
        yield ws


def _read_json(ws: ClientConnection, deadline: float, cancel: threading.Event | None) -> Any:
    """The next message that is not a heartbeat, parsed; waits until `deadline`, checking `cancel`."""
    while True:
        if cancel is not None and cancel.is_set():
            raise OperationCancelled("Signing was cancelled", code="cancelled")
        left = deadline - time.monotonic()
        if left <= 0:
            raise NcaLayerUnavailable("NCALayer did not answer in time", code="ncalayer_timeout")
        try:
            message = ws.recv(timeout=min(left, _POLL) if cancel is not None else left)
        except TimeoutError:
            continue
        except ConnectionClosed as exc:
            raise NcaLayerUnavailable("NCALayer closed the connection", code="ncalayer_closed") from exc
        if isinstance(message, bytes):
            message = message.decode("utf-8", "replace")
        if message.strip() == HEARTBEAT:
            continue
        try:
            return json.loads(message)
        except ValueError:
            raise NcaLayerProtocolError("NCALayer sent something that is not JSON") from None


def _greeting_version(reply: Any) -> str | None:
    if isinstance(reply, dict) and isinstance(reply.get("result"), dict) and "version" in reply["result"]:
        return str(reply["result"]["version"])
    return None


def is_running(url: str = DEFAULT_URL, timeout: float = 2.0, *, ssl_context: ssl.SSLContext | None = None) -> bool:
    """True if an NCALayer answers at `url` with its greeting within `timeout` seconds."""
    try:
        with _connection(url, timeout, ssl_context, None) as ws:
            return _greeting_version(_read_json(ws, time.monotonic() + timeout, None)) is not None
    except NcaLayerError:
        return False


def _decode_cms(value: Any) -> bytes:
    if isinstance(value, list):
        value = value[0] if len(value) == 1 else None
    if not isinstance(value, str):
        raise NcaLayerProtocolError("NCALayer returned no single signature")
    text = "".join(line for line in value.splitlines() if not line.startswith("-----"))  # a PEM armour, if any
    try:
        der = base64.b64decode("".join(text.split()), validate=True)
    except (binascii.Error, ValueError):
        raise NcaLayerProtocolError("NCALayer returned a signature that is not base64") from None
    if not der.startswith(b"\x30"):
        raise NcaLayerProtocolError("NCALayer returned a signature that is not DER")
    return der


def parse_sign_reply(reply: Any) -> bytes:
    """The CMS (DER) in a `basics.sign` reply, or the exception the reply stands for."""
    if not isinstance(reply, dict):
        raise NcaLayerProtocolError("NCALayer's answer is not a JSON object")
    if "status" in reply:
        if reply["status"] is not True:
            ncalayer_code = str(reply.get("code") or "")
            message = str(reply.get("message") or "")
            raise NcaLayerRefused(f"NCALayer could not sign: {ncalayer_code} {message}".strip(),
                                  ncalayer_code=ncalayer_code, ncalayer_message=message,
                                  details=reply.get("details"))
        body = reply.get("body")
        if not isinstance(body, dict) or "result" not in body:
            raise NcaLayerCancelled("Signing was cancelled in NCALayer")
        return _decode_cms(body["result"])
    if reply.get("success") is False:
        ncalayer_code = str(reply.get("errorCode") or reply.get("code") or "")
        raise NcaLayerProtocolError(f"NCALayer did not accept the request: {ncalayer_code}",
                                    ncalayer_code=ncalayer_code)
    raise NcaLayerProtocolError("NCALayer's answer is not a signing result")


def sign_request(data: bytes, locale: str, *, allowed_storages: list[str] | None,
                 ext_key_usage_oids: list[str], timestamp: bool) -> dict[str, Any]:
    """The `basics.sign` request for a detached CMS over `data`."""
    return {
        "module": MODULE_BASICS,
        "method": "sign",
        "args": {
            "allowedStorages": allowed_storages,
            "format": "cms",
            "data": base64.b64encode(data).decode("ascii"),
            "signingParams": {"decode": True, "encapsulate": False, "digested": False,
                              # {} asks NCALayer for a time-stamp from NCA RK's TSA with its defaults
                              "tsaProfile": {} if timestamp else None},
            "signerParams": {"extKeyUsageOids": list(ext_key_usage_oids), "chain": []},
            "locale": locale,
        },
    }


class NcaLayerClient:
    """Signs through NCALayer: one connection per `sign_cms` call, safe to use from a worker thread."""

    def __init__(self, url: str = DEFAULT_URL, timeout: float = SIGN_TIMEOUT, *,
                 ssl_context: ssl.SSLContext | None = None, connect_timeout: float = CONNECT_TIMEOUT,
                 allowed_storages: list[str] | None = None, ext_key_usage_oids: tuple[str, ...] = (EKU_SIGNING,),
                 timestamp: bool = True, origin: str | None = None) -> None:
        self.url = url
        self.timeout = timeout
        self.connect_timeout = min(connect_timeout, timeout)
        self.ssl_context = ssl_context
        self.allowed_storages = allowed_storages  # None: every storage NCALayer knows
        self.ext_key_usage_oids = list(ext_key_usage_oids)
        self.timestamp = timestamp
        self.origin = origin
        self.version: str | None = None  # NCALayer's, from its greeting

    def sign_cms(self, data: bytes, locale: str = "ru", *, cancel: threading.Event | None = None) -> bytes:
        """A detached CMS (DER) over `data`, made by NCALayer with the key the person picks.

        Raises `NcaLayerUnavailable`, `NcaLayerCancelled`, `NcaLayerRefused`, `NcaLayerProtocolError`,
        or `OperationCancelled` when `cancel` is set while waiting.
        """
        if not data:
            raise ValidationError("There is nothing to sign", code="ncalayer_empty_data")
        if locale not in LOCALES:
            raise ValidationError("Unknown NCALayer language", code="ncalayer_locale", locale=locale)
        request = sign_request(data, locale, allowed_storages=self.allowed_storages,
                               ext_key_usage_oids=self.ext_key_usage_oids, timestamp=self.timestamp)
        with _connection(self.url, self.connect_timeout, self.ssl_context, self.origin) as ws:
            greeting = _read_json(ws, time.monotonic() + self.connect_timeout, cancel)
            self.version = _greeting_version(greeting)
            if self.version is None:
                raise NcaLayerProtocolError("The program at this address did not greet as NCALayer does")
            log.info("Asking NCALayer %s to sign %d bytes", self.version, len(data))
            try:
                ws.send(json.dumps(request))
            except ConnectionClosed as exc:
                raise NcaLayerUnavailable("NCALayer closed the connection", code="ncalayer_closed") from exc
            cms = parse_sign_reply(_read_json(ws, time.monotonic() + self.timeout, cancel))
        log.info("NCALayer returned a signature of %d bytes", len(cms))
        return cms
