"""`SandboxServer`: a real uvicorn server on loopback, seen by real clients, faults included."""

import logging
import socket
from collections.abc import Iterator

import httpx
import msgspec
import pytest
from helpers.fake_sandbox import ACME_KEY

import invoicekit
from invoicekit import ConfigurationError, RateLimited, TransportError, UnknownVendor
from invoicekit.sandbox import Faults, SandboxServer

AUTH = {"x-api-key": ACME_KEY}


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    """One fault-free server for the tests that only read."""
    with SandboxServer(["acme"], size=60) as running:
        yield running


def serve(faults: Faults, **kwargs: object) -> SandboxServer:
    return SandboxServer(["acme"], size=10, faults=faults, **kwargs)  # type: ignore[arg-type]


def test_it_picks_a_free_port_and_reports_its_urls(server: SandboxServer) -> None:
    assert server.running
    assert server.port > 0
    assert server.url == f"http://127.0.0.1:{server.port}"
    assert server.base_url("acme") == f"{server.url}/acme"
    assert server.credentials("acme") == {"api_key": ACME_KEY}
    assert server.vendors() == ["acme"]
    index = httpx.get(server.url).json()
    assert index["vendors"][0]["base_url"] == server.base_url("acme")


def test_the_invoicekit_client_reads_the_sandbox(server: SandboxServer) -> None:
    with server.connect("acme") as client:
        invoices = list(client.list_invoices(page_size=25))
        assert len(invoices) == 60
        assert len({invoice.id for invoice in invoices}) == 60
        again = client.get_invoice(invoices[41].id)
        assert again == invoices[41]
        assert client.download_pdf(invoices[0].id).startswith(b"%PDF-")
        assert [invoice.vendor for invoice in invoices[:1]] == ["acme"]


@pytest.mark.anyio
async def test_the_async_client_reads_the_sandbox(server: SandboxServer) -> None:
    async with server.connect_async("acme") as client:
        first = [invoice async for invoice in client.list_invoices(page_size=10)]
    assert len(first) == 60


def test_wrong_credentials_are_rejected_like_the_vendor_would(server: SandboxServer) -> None:
    with (
        server.connect("acme", api_key="wrong", retries=0) as client,
        pytest.raises(invoicekit.AuthenticationError, match="invalid api key"),
    ):
        client.get_invoice("x")


def test_two_servers_run_at_once() -> None:
    with SandboxServer(["acme"], seed=1) as one, SandboxServer(["acme"], seed=2) as two:
        assert one.port != two.port
        assert httpx.get(one.url).json()["seed"] == 1
        assert httpx.get(two.url).json()["seed"] == 2


def test_it_stops_cleanly_and_frees_the_port() -> None:
    server = SandboxServer(["acme"]).start()
    url, port = server.url, server.port
    assert httpx.get(url).status_code == 200
    server.stop()
    assert not server.running
    with pytest.raises(httpx.ConnectError):
        httpx.get(url)
    with SandboxServer(["acme"], port=port) as again:  # the port can be bound again
        assert again.port == port
    server.stop()  # idempotent


def test_it_must_be_started_before_it_has_a_url() -> None:
    with pytest.raises(RuntimeError, match="not started"):
        _ = SandboxServer().url


def test_a_busy_port_fails_at_start() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        server = SandboxServer(["acme"], port=busy.getsockname()[1])
        with pytest.raises(OSError, match="in use"):
            server.start()
        assert not server.running


def test_vendors_without_sandbox_fail_at_start() -> None:
    with pytest.raises(UnknownVendor):
        SandboxServer(["nobody"]).start()
    with pytest.raises(ConfigurationError, match="no sandbox"):
        SandboxServer(["plain"]).start()


# -- faults, seen by a real client -------------------------------------------------------------


def test_429_carries_retry_after() -> None:
    with serve(Faults(rate_429=1.0, retry_after=7)) as server:
        response = httpx.get(f"{server.base_url('acme')}/invoices", headers=AUTH)
    assert response.status_code == 429
    assert response.headers["retry-after"] == "7"
    assert response.json()["error"]["status"] == 429


def test_a_fractional_retry_after_is_served_and_waited_out() -> None:
    with serve(Faults(rate_429=1.0, retry_after=0.05)) as server:
        assert (
            httpx.get(f"{server.base_url('acme')}/invoices", headers=AUTH).headers["retry-after"]
            == "0.05"
        )
        with server.connect("acme", retries=2) as client, pytest.raises(RateLimited) as caught:
            next(client.list_invoices())
    assert caught.value.retry_after == pytest.approx(0.05)
    assert server.app.faults_injected["429"] == 4  # the probe, then 3 attempts


def test_429_reaches_the_invoicekit_client_as_rate_limited() -> None:
    with (
        serve(Faults(rate_429=1.0)) as server,
        server.connect("acme", retries=0) as client,
        pytest.raises(RateLimited) as caught,
    ):
        next(client.list_invoices())
    assert caught.value.retry_after == 1


@pytest.mark.parametrize("status", [500, 503])
def test_server_errors(status: int) -> None:
    with serve(Faults(**{f"rate_{status}": 1.0})) as server:  # type: ignore[arg-type]
        response = httpx.get(f"{server.base_url('acme')}/invoices", headers=AUTH)
        assert response.status_code == status
        assert response.json()["error"]["status"] == status
        assert server.app.faults_injected[str(status)] == 1


def test_disconnect_breaks_the_response_mid_body(caplog: pytest.LogCaptureFixture) -> None:
    with serve(Faults(rate_disconnect=1.0)) as server:
        with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
            httpx.get(f"{server.base_url('acme')}/invoices", headers=AUTH)
        assert server.app.faults_injected["disconnect"] == 1
        with server.connect("acme", retries=0) as client, pytest.raises(TransportError):
            client.get_invoice(server.app.sandbox("acme").invoice_ids()[0])
    assert "Exception in ASGI application" not in caplog.text


def test_truncate_sends_well_formed_http_with_invalid_json() -> None:
    with serve(Faults(rate_truncate=1.0)) as server:
        response = httpx.get(f"{server.base_url('acme')}/invoices", headers=AUTH)
        assert server.app.faults_injected["truncate"] == 1
    assert response.status_code == 200
    assert int(response.headers["content-length"]) == len(response.content) > 0
    with pytest.raises(msgspec.DecodeError):
        msgspec.json.decode(response.content)


def test_slow_takes_the_slow_path_and_still_answers() -> None:
    with serve(Faults(rate_slow=1.0, slow_seconds=0.01)) as server:
        response = httpx.get(f"{server.base_url('acme')}/invoices", headers=AUTH)
        assert response.status_code == 200
        assert server.app.faults_injected == {"slow": 1}


def test_faults_never_touch_the_index() -> None:
    with serve(Faults(rate_500=0.5, rate_disconnect=0.5, rate_slow=1.0)) as server:
        for _ in range(5):
            assert httpx.get(server.url).status_code == 200
        assert not server.app.faults_injected
        assert httpx.get(server.url).json()["faults"] == (
            "500=0.5,disconnect=0.5,slow=1,slow_seconds=1,seed=0"
        )


def test_retries_ride_out_injected_503s() -> None:
    policy = invoicekit.RetryPolicy(attempts=20, backoff=0.0, jitter=0.0)
    with serve(Faults(rate_503=0.3, seed=5)) as server:
        with server.connect("acme", retries=policy) as client:
            invoices = list(client.list_invoices(page_size=3))
        assert len(invoices) == 10
        assert server.app.faults_injected["503"] > 0


def test_the_access_log_is_quiet_by_default(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO), SandboxServer(["acme"]) as server:
        httpx.get(server.url)
    assert not [record for record in caplog.records if record.name == "uvicorn.access"]
