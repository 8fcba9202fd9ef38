"""The in-process transports answer exactly as the real server does, faults included."""

import threading
from collections.abc import Iterator

import httpx
import msgspec
import pytest
from helpers.fake_sandbox import ACME_KEY

import invoicekit
from invoicekit import RateLimited, TransportError
from invoicekit.sandbox import (
    MAX_REQUEST_BODY,
    AsyncSandboxTransport,
    Faults,
    SandboxApp,
    SandboxServer,
    SandboxTransport,
)

AUTH = {"x-api-key": ACME_KEY}

# (method, path, headers, body): answers, error answers, the index, a control endpoint.
REQUESTS = [
    ("GET", "/", {}, b""),
    ("HEAD", "/", {}, b""),
    ("GET", "/acme/invoices?per_page=7&page=2", AUTH, b""),
    ("GET", "/acme/invoices?per_page=0", AUTH, b""),
    ("GET", "/acme/invoices", {"x-api-key": "wrong"}, b""),
    ("GET", "/acme/invoices/nope", AUTH, b""),
    ("POST", "/acme/boom", AUTH, b"{}"),
    ("GET", "/nobody/invoices", AUTH, b""),
    ("GET", "/_sandbox/invoices/acme", {}, b""),
    ("POST", "/acme/invoices", AUTH, b"x" * (MAX_REQUEST_BODY + 1)),
]


def _answers(client: httpx.Client) -> list[tuple[int, dict[str, str], bytes]]:
    answers = []
    for method, path, headers, body in REQUESTS:
        response = client.request(method, path, headers=headers, content=body)
        kept = {k: v for k, v in response.headers.items() if k not in {"date", "server"}}
        answers.append((response.status_code, kept, response.content))
    return answers


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    with SandboxServer(["acme"], size=30) as running:
        yield running


def test_every_answer_is_the_servers_byte_for_byte(server: SandboxServer) -> None:
    transport = SandboxTransport(SandboxApp(["acme"], size=30))
    with (
        httpx.Client(base_url=server.url) as real,
        httpx.Client(base_url=server.url, transport=transport) as in_process,
    ):
        expected = _answers(real)
        assert _answers(in_process) == expected
    assert {status for status, _, _ in expected} == {200, 400, 401, 404, 413, 500}
    assert expected[1][2] == b""  # HEAD: no body, the length of the GET's
    assert expected[1][1]["content-length"] == expected[0][1]["content-length"]


def test_a_pdf_and_the_pages_a_client_reads() -> None:
    server = SandboxServer(["acme"], size=40)
    with server.connect("acme") as client:
        invoices = list(client.list_invoices(page_size=9))
        assert client.download_pdf(invoices[3].id).startswith(b"%PDF-")
    assert len({invoice.id for invoice in invoices}) == 40
    assert server.app.requests["acme"] == 5 + 1


def test_connect_starts_no_server_and_no_thread() -> None:
    threads = threading.active_count()
    server = SandboxServer(["acme"], size=5)
    with server.connect("acme") as client:
        assert len(list(client.list_invoices())) == 5
        assert str(client.base_url) == "http://localhost/acme"
    assert not server.running
    assert threading.active_count() == threads


def test_a_started_server_lends_its_url_to_in_process_clients(server: SandboxServer) -> None:
    with server.connect("acme") as client:
        assert str(client.base_url) == server.base_url("acme")
        assert client.get_invoice(server.app.sandbox("acme").invoice_ids()[0]).vendor == "acme"


def test_an_own_transport_needs_the_real_server() -> None:
    with pytest.raises(RuntimeError, match="not started"):
        SandboxServer(["acme"]).connect("acme", transport=httpx.HTTPTransport())


def test_a_server_started_on_demand_starts_for_its_url() -> None:
    server = SandboxServer(["acme"], start_on_demand=True)
    try:
        assert not server.running
        assert httpx.get(server.base_url("acme") + "/invoices", headers=AUTH).status_code == 200
        assert server.running
    finally:
        server.stop()


# -- faults, in-process ------------------------------------------------------------------------


def _faulty(**faults: float) -> SandboxServer:
    return SandboxServer(["acme"], size=10, faults=Faults(**faults))  # type: ignore[arg-type]


def test_429_reaches_the_client_as_rate_limited_with_retry_after() -> None:
    server = _faulty(rate_429=1.0, retry_after=7)
    with server.connect("acme", retries=0) as client, pytest.raises(RateLimited) as caught:
        next(client.list_invoices())
    assert caught.value.retry_after == 7
    assert server.app.faults_injected["429"] == 1


def test_retries_ride_out_injected_503s_in_process() -> None:
    server = _faulty(rate_503=0.4, seed=5)
    policy = invoicekit.RetryPolicy(attempts=20, backoff=0.0, jitter=0.0)
    with server.connect("acme", retries=policy) as client:
        assert len(list(client.list_invoices(page_size=3))) == 10
    assert server.app.faults_injected["503"] > 0


def test_disconnect_breaks_the_body_as_a_closed_socket_does() -> None:
    app = _faulty(rate_disconnect=1.0).app
    with (
        httpx.Client(transport=SandboxTransport(app), base_url="http://localhost") as raw,
        raw.stream("GET", "/acme/invoices", headers=AUTH) as response,
    ):
        assert response.status_code == 200
        with pytest.raises(httpx.RemoteProtocolError):
            response.read()
    server = SandboxServer(app=app)
    with server.connect("acme", retries=0) as client, pytest.raises(TransportError):
        next(client.list_invoices())
    assert app.faults_injected["disconnect"] == 2


def test_truncate_sends_a_matching_length_and_invalid_json() -> None:
    app = _faulty(rate_truncate=1.0).app
    with httpx.Client(transport=SandboxTransport(app), base_url="http://localhost") as raw:
        response = raw.get("/acme/invoices", headers=AUTH)
    assert int(response.headers["content-length"]) == len(response.content) > 0
    with pytest.raises(msgspec.DecodeError):
        msgspec.json.decode(response.content)


def test_slow_waits_and_a_shorter_read_timeout_ends_the_wait() -> None:
    app = SandboxApp(["acme"], size=3, faults=Faults(rate_slow=1.0, slow_seconds=0.2))
    transport = SandboxTransport(app)
    with httpx.Client(transport=transport, base_url="http://localhost", timeout=5) as patient:
        assert patient.get("/acme/invoices", headers=AUTH).status_code == 200
    with (
        httpx.Client(transport=transport, base_url="http://localhost", timeout=0.01) as hasty,
        pytest.raises(httpx.ReadTimeout),
    ):
        hasty.get("/acme/invoices", headers=AUTH)
    assert app.faults_injected["slow"] == 2


# -- async -------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_the_async_transport_answers_like_the_sync_one() -> None:
    app = SandboxApp(["acme"], size=12)
    with httpx.Client(transport=SandboxTransport(app), base_url="http://localhost") as blocking:
        expected = blocking.get("/acme/invoices?per_page=5", headers=AUTH).content
    async with httpx.AsyncClient(
        transport=AsyncSandboxTransport(app), base_url="http://localhost"
    ) as client:
        answer = await client.get("/acme/invoices?per_page=5", headers=AUTH)
    assert answer.content == expected


@pytest.mark.anyio
async def test_connect_async_lists_in_process_and_sees_a_disconnect() -> None:
    server = SandboxServer(["acme"], size=11)
    async with server.connect_async("acme") as client:
        assert len([invoice async for invoice in client.list_invoices(page_size=4)]) == 11
    broken = _faulty(rate_disconnect=1.0)
    async with broken.connect_async("acme", retries=0) as client:
        with pytest.raises(TransportError):
            await client.get_invoice(broken.app.sandbox("acme").invoice_ids()[0])
    assert not server.running
