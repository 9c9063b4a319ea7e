"""Signing through NCALayer's WebSocket protocol, against a stand-in NCALayer on loopback."""

from __future__ import annotations

import base64
import json
import socket
import ssl
import threading
import time

import pytest
from cryptography.hazmat.primitives import serialization

from inspector_app.cms_signatures import verify_detached
from inspector_app.errors import OperationCancelled, ValidationError
from inspector_app.ncalayer import (
    EKU_SIGNING,
    MODULE_BASICS,
    NcaLayerCancelled,
    NcaLayerClient,
    NcaLayerProtocolError,
    NcaLayerRefused,
    NcaLayerUnavailable,
    is_running,
    parse_sign_reply,
)
from tests.nca_pki import IIN, PASSWORD, PDF, make_pki, needs_openssl, openssl_verify
from tests.ncalayer_stub import NcaLayerStub


@pytest.fixture(scope="module")
def pki():
    return make_pki()


@pytest.fixture
def stub(pki):
    with NcaLayerStub(pki.user_p12(PASSWORD), PASSWORD) as running:
        yield running


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"ws://127.0.0.1:{port}"


@needs_openssl
def test_a_document_signed_through_ncalayer_passes_openssl_and_the_app(tmp_path, pki, stub):
    cms = NcaLayerClient(stub.url, timeout=10).sign_cms(PDF, "kk")

    result = openssl_verify(tmp_path, PDF, cms, pki.root_pem)
    assert result.returncode == 0, result.stderr
    info = verify_detached(PDF, cms, [pki.root_cert])
    assert info.iin == IIN

    changed = PDF[:-1] + b"?"
    assert openssl_verify(tmp_path, changed, cms, pki.root_pem).returncode != 0


def test_the_request_is_what_ncalayer_basics_expects(stub):
    client = NcaLayerClient(stub.url, timeout=10)
    client.sign_cms(PDF, "en")
    assert client.version == "1.4"
    [request] = stub.requests
    assert request["module"] == MODULE_BASICS and request["method"] == "sign"
    args = request["args"]
    assert args["format"] == "cms" and args["locale"] == "en"
    assert base64.b64decode(args["data"]) == PDF
    assert args["signingParams"] == {"decode": True, "encapsulate": False, "digested": False, "tsaProfile": {}}
    assert args["signerParams"] == {"extKeyUsageOids": [EKU_SIGNING], "chain": []}
    assert args["allowedStorages"] is None


def test_storages_and_the_time_stamp_are_configurable(stub):
    NcaLayerClient(stub.url, timeout=10, allowed_storages=["PKCS12", "AKKZIDCardStore"],
                   timestamp=False).sign_cms(PDF)
    args = stub.requests[0]["args"]
    assert args["allowedStorages"] == ["PKCS12", "AKKZIDCardStore"]
    assert args["signingParams"]["tsaProfile"] is None


def test_heartbeats_are_skipped(stub):
    stub.heartbeat = True
    cms = NcaLayerClient(stub.url, timeout=10).sign_cms(PDF)
    assert verify_detached(PDF, cms).iin == IIN


def test_a_cancel_in_ncalayer_is_its_own_error(stub):
    stub.mode = "cancel"
    with pytest.raises(NcaLayerCancelled) as err:
        NcaLayerClient(stub.url, timeout=10).sign_cms(PDF)
    assert err.value.code == "ncalayer_cancelled"
    assert isinstance(err.value, OperationCancelled)


def test_a_failure_reported_by_ncalayer_carries_its_code(stub):
    stub.mode = "signing_failure"
    with pytest.raises(NcaLayerRefused) as err:
        NcaLayerClient(stub.url, timeout=10).sign_cms(PDF)
    assert err.value.code == "ncalayer_refused"
    assert err.value.params["ncalayer_code"] == "SIGNING_FAILURE"
    assert "Incorrect password" in str(err.value)


@pytest.mark.parametrize(("mode", "ncalayer_code"), [("module_not_found", "MODULE_NOT_FOUND"),
                                                     ("malformed", "COMMON_JSON_WRAPPING_EXCEPTION")])
def test_a_module_or_request_ncalayer_cannot_take_is_a_protocol_error(stub, mode, ncalayer_code):
    stub.mode = mode
    with pytest.raises(NcaLayerProtocolError) as err:
        NcaLayerClient(stub.url, timeout=10).sign_cms(PDF)
    assert err.value.code == "ncalayer_protocol"
    assert err.value.params["ncalayer_code"] == ncalayer_code


def test_the_stub_answers_bad_requests_the_way_ncalayer_does(stub):
    from websockets.sync.client import connect

    with connect(stub.url) as ws:
        assert ws.recv(timeout=5) == '{"result": {"version": "1.4"}}'
        ws.send("{not json")
        assert parse_reply_code(ws.recv(timeout=5)) == "COMMON_JSON_WRAPPING_EXCEPTION"
        ws.send('{"module": "kz.gov.pki.knca.nosuch", "method": "sign", "args": {}}')
        assert parse_reply_code(ws.recv(timeout=5)) == "MODULE_NOT_FOUND"
        ws.send('{"module": "kz.gov.pki.knca.basics", "method": "sign", "args": {"format": "pdf"}}')
        assert parse_reply_code(ws.recv(timeout=5)) == "INVALID_SIGNING_PARAMS"


def parse_reply_code(text: str) -> str:
    try:
        parse_sign_reply(json.loads(text))
    except (NcaLayerProtocolError, NcaLayerRefused) as exc:
        return exc.params["ncalayer_code"]
    raise AssertionError("a signature where an error was expected")


@pytest.mark.parametrize("reply", [
    {"status": True, "body": {"result": "not base64 !"}},
    {"status": True, "body": {"result": ["MIIB", "MIIB"]}},
    {"status": True, "body": {"result": base64.b64encode(b"plain text").decode()}},
    {"result": {"version": "1.4"}},
    ["status", True],
])
def test_replies_that_are_not_a_signature_are_protocol_errors(reply):
    with pytest.raises(NcaLayerProtocolError):
        parse_sign_reply(reply)


def test_a_pem_armoured_or_plain_string_result_is_accepted(pki, stub):
    cms = NcaLayerClient(stub.url, timeout=10).sign_cms(PDF)
    b64 = base64.b64encode(cms).decode()
    pem = "-----BEGIN CMS-----\n" + "\n".join(b64[i:i + 64] for i in range(0, len(b64), 64)) + "\n-----END CMS-----"
    assert parse_sign_reply({"status": True, "body": {"result": pem}}) == cms
    assert parse_sign_reply({"status": True, "body": {"result": b64}}) == cms


def test_is_running_tells_a_live_ncalayer_from_a_closed_port(stub):
    assert is_running(stub.url, 2) is True
    started = time.monotonic()
    assert is_running(closed_port_url(), 1) is False
    assert time.monotonic() - started < 3


def test_signing_with_ncalayer_not_running_is_unavailable():
    with pytest.raises(NcaLayerUnavailable) as err:
        NcaLayerClient(closed_port_url(), timeout=2).sign_cms(PDF)
    assert err.value.code == "ncalayer_unavailable"


def test_a_silent_ncalayer_times_out(stub):
    stub.mode = "hang"
    started = time.monotonic()
    with pytest.raises(NcaLayerUnavailable) as err:
        NcaLayerClient(stub.url, timeout=1).sign_cms(PDF)
    assert err.value.code == "ncalayer_timeout"
    assert time.monotonic() - started < 5


def test_a_dropped_connection_is_unavailable(stub):
    stub.mode = "drop"
    with pytest.raises(NcaLayerUnavailable) as err:
        NcaLayerClient(stub.url, timeout=5).sign_cms(PDF)
    assert err.value.code == "ncalayer_closed"


def test_a_background_job_can_give_up_while_ncalayer_waits_for_the_pin(stub):
    stub.mode = "hang"
    cancel = threading.Event()
    outcome: list[BaseException] = []

    def job():
        try:
            NcaLayerClient(stub.url, timeout=60).sign_cms(PDF, cancel=cancel)
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            outcome.append(exc)

    worker = threading.Thread(target=job)
    worker.start()
    time.sleep(0.3)
    cancel.set()
    worker.join(timeout=5)
    assert not worker.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], OperationCancelled)
    assert outcome[0].code == "cancelled"


def test_bad_arguments_are_refused_before_connecting():
    client = NcaLayerClient(closed_port_url(), timeout=1)
    with pytest.raises(ValidationError) as err:
        client.sign_cms(PDF, "de")
    assert err.value.code == "ncalayer_locale"
    with pytest.raises(ValidationError) as err:
        client.sign_cms(b"")
    assert err.value.code == "ncalayer_empty_data"
    with pytest.raises(ValidationError) as err:
        NcaLayerClient("http://127.0.0.1:13579", timeout=1).sign_cms(PDF)
    assert err.value.code == "ncalayer_url"


@needs_openssl
def test_wss_with_ncalayers_own_certificate(tmp_path, pki):
    cert, key = pki.server_cert()
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    (tmp_path / "server.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM) + key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    server_ctx.load_cert_chain(tmp_path / "server.pem")
    client_ctx = ssl.create_default_context(cadata=pki.root_pem.decode("ascii"))

    with NcaLayerStub(pki.user_p12(PASSWORD), PASSWORD, ssl_context=server_ctx) as stub:
        assert stub.url.startswith("wss://127.0.0.1:")
        assert is_running(stub.url, 2, ssl_context=client_ctx) is True
        assert is_running(stub.url, 2) is False  # the system does not trust the test root
        cms = NcaLayerClient(stub.url, timeout=10, ssl_context=client_ctx).sign_cms(PDF)
    assert openssl_verify(tmp_path, PDF, cms, pki.root_pem).returncode == 0

