"""A stand-in NCALayer for tests: a WebSocket server on 127.0.0.1 that speaks NCALayer's JSON and signs.

It greets every connection as NCALayer does (`{"result": {"version": ...}}`), answers
`kz.gov.pki.knca.basics` `sign` requests for a detached CMS with a real signature made by the
PKCS#12 key it was given (through `inspector_app.cms_signatures`), and answers what it cannot
do with the JSON NCALayer sends: MODULE_NOT_FOUND for an unknown module,
COMMON_JSON_WRAPPING_EXCEPTION for a request that is not JSON, INVALID_SIGNING_PARAMS for
arguments it does not support. A time-stamp (`tsaProfile`) is not added: the stub has no TSA.

`mode` makes it behave like a person or an older NCALayer:
"ok"; "cancel" (the person closes the dialog: `{"status": true, "body": {}}`);
"module_not_found" (no basics module installed); "malformed" (as if the request could not be
read); "signing_failure" (e.g. a wrong PIN on the token); "hang" (never answers); "drop"
(closes the connection instead of answering). `heartbeat` sends `--heartbeat--` first.

    with NcaLayerStub(p12, password) as stub:
        NcaLayerClient(stub.url).sign_cms(data)
"""

from __future__ import annotations

import base64
import binascii
import inspect
import json
import ssl
import threading
from typing import Any

from websockets.exceptions import ConnectionClosed
from websockets.sync.server import ServerConnection, serve

from inspector_app.cms_signatures import load_pkcs12, sign_detached

MODES = ("ok", "cancel", "module_not_found", "malformed", "signing_failure", "hang", "drop")
VERSION = "1.4"
MODULE_BASICS = "kz.gov.pki.knca.basics"
MODULE_NOT_FOUND = {"success": False, "errorCode": "MODULE_NOT_FOUND"}
JSON_WRAPPING = {"success": False, "code": "COMMON_JSON_WRAPPING_EXCEPTION"}
CANCELLED = {"status": True, "body": {}}


def basics_error(code: str, message: str) -> dict[str, Any]:
    return {"status": False, "code": code, "message": message, "details": ""}


class NcaLayerStub:
    def __init__(self, pkcs12: bytes, password: str, *, mode: str = "ok",
                 ssl_context: ssl.SSLContext | None = None, heartbeat: bool = False) -> None:
        self.key = load_pkcs12(pkcs12, password)
        self.mode = mode
        self.heartbeat = heartbeat
        self.ssl_context = ssl_context
        self.requests: list[Any] = []  # what arrived, parsed (or the raw text when it was no JSON)
        self._server: Any = None  # websockets.sync.server.Server (WebSocketServer before 13)
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    @property
    def url(self) -> str:
        assert self._server is not None, "not started"
        port = self._server.socket.getsockname()[1]
        return f"{'wss' if self.ssl_context else 'ws'}://127.0.0.1:{port}"

    def start(self) -> NcaLayerStub:
        tls_option = "ssl" if "ssl" in inspect.signature(serve).parameters else "ssl_context"  # websockets < 14
        self._server = serve(self._session, "127.0.0.1", 0, max_size=64 * 1024 * 1024,
                             **{tls_option: self.ssl_context})
        self._thread = threading.Thread(target=self._server.serve_forever, name="ncalayer-stub", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._server is not None:
            self._server.shutdown()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def __enter__(self) -> NcaLayerStub:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _session(self, ws: ServerConnection) -> None:
        try:
            ws.send(json.dumps({"result": {"version": VERSION}}))
            for message in ws:
                if message == "--heartbeat--":
                    ws.send("--heartbeat--")
                    continue
                reply = self._answer(message)
                if self.mode == "hang":
                    self._stop.wait()
                    return
                if self.mode == "drop":
                    ws.close()
                    return
                if self.heartbeat:
                    ws.send("--heartbeat--")
                ws.send(json.dumps(reply))
        except ConnectionClosed:
            pass

    def _answer(self, message: str | bytes) -> dict[str, Any]:
        try:
            request = json.loads(message)
        except ValueError:
            self.requests.append(message)
            return JSON_WRAPPING
        self.requests.append(request)
        if not isinstance(request, dict):
            return JSON_WRAPPING
        if self.mode == "malformed":
            return JSON_WRAPPING
        if self.mode == "module_not_found" or request.get("module") != MODULE_BASICS:
            return MODULE_NOT_FOUND
        if request.get("method") != "sign":
            return basics_error("INVOCATION_ERROR", "unknown method")
        return self._sign(request.get("args") or {})

    def _sign(self, args: dict[str, Any]) -> dict[str, Any]:
        params = args.get("signingParams") or {}
        if args.get("format") != "cms":
            return basics_error("INVALID_SIGNING_PARAMS", "format must be cms or xml")
        if params.get("encapsulate") or params.get("digested") or params.get("decode") is not True:
            return basics_error("INVALID_SIGNING_PARAMS", "the stub signs decoded data into a detached CMS only")
        if not isinstance(args.get("data"), str):
            return basics_error("INVALID_SIGNING_PARAMS", "data is required")
        try:
            data = base64.b64decode(args["data"], validate=True)
        except (binascii.Error, ValueError):
            return basics_error("INVALID_SIGNING_PARAMS", "data is not base64")
        if self.mode == "cancel":
            return CANCELLED
        if self.mode == "signing_failure":
            return basics_error("SIGNING_FAILURE", "Incorrect password")
        cms = sign_detached(data, self.key)
        return {"status": True, "body": {"result": [base64.b64encode(cms).decode("ascii")]}}
