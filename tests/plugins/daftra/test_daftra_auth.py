"""Daftra's OAuth 2.0 login (``POST /v2/oauth/token``) against the sandbox, sync and async."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from helpers.sandbox_transport import answer

import invoicekit
from invoicekit.sandbox import SandboxRequest
from invoicekit_daftra import DaftraVendor
from invoicekit_daftra._sandbox import DaftraSandbox
from invoicekit_daftra._sandbox._auth import (
    CLIENT_ID,
    CLIENT_SECRET,
    PASSWORD,
    TOKEN_LIFETIME,
    USERNAME,
)

pytestmark = pytest.mark.anyio
BASE_URL = "https://acme.daftra.com"
TOKEN_PATH = "/v2/oauth/token"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


class Server:
    """The Daftra sandbox behind an `httpx.MockTransport`, recording what it answered."""

    def __init__(self, clock: Clock) -> None:
        self.sandbox = DaftraSandbox(size=5, seed=1, clock=clock)
        self.seen: list[tuple[str, int, dict[str, str]]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        reply = answer(self.sandbox, request, BASE_URL)
        self.seen.append((request.url.path, reply.status_code, dict(request.headers)))
        return reply

    @property
    def token_calls(self) -> list[int]:
        return [status for path, status, _ in self.seen if path == TOKEN_PATH]


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def server(clock: Clock) -> Server:
    return Server(clock)


CREDENTIALS = {
    "client_id": CLIENT_ID,
    "client_secret": CLIENT_SECRET,
    "username": USERNAME,
    "password": PASSWORD,
}


async def _ids(mode: str, server: Server, clock: Clock, credentials: dict[str, str]) -> list[str]:
    options: dict[str, Any] = {
        "base_url": BASE_URL,
        "transport": httpx.MockTransport(server),
        "retries": 0,
        "credentials": credentials,
    }
    vendor = DaftraVendor(clock=clock)
    if mode == "sync":
        with invoicekit.InvoiceClient(vendor, **options) as client:
            return [invoice.id for invoice in client.list_invoices()]
    async with invoicekit.AsyncInvoiceClient(vendor, **options) as client:
        return [invoice.id async for invoice in client.list_invoices()]


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def test_the_password_grant_signs_requests_with_a_bearer_token(
    mode: str, server: Server, clock: Clock
) -> None:
    assert len(await _ids(mode, server, clock, CREDENTIALS)) == 5
    assert server.token_calls == [200]
    api = [headers for path, _, headers in server.seen if path != TOKEN_PATH]
    assert api
    assert all(h["authorization"].startswith("Bearer ") for h in api)
    assert all("apikey" not in h for h in api)


def test_the_token_is_renewed_with_the_refresh_token_before_it_expires(
    server: Server, clock: Clock
) -> None:
    options: dict[str, Any] = {
        "base_url": BASE_URL,
        "transport": httpx.MockTransport(server),
        "credentials": CREDENTIALS,
    }
    with invoicekit.InvoiceClient(DaftraVendor(clock=clock), **options) as client:
        client.get_invoice(server.sandbox.invoice_ids()[0])
        clock.now += TOKEN_LIFETIME - 31
        client.get_invoice(server.sandbox.invoice_ids()[0])
        assert server.token_calls == [200]
        clock.now += 2  # within the 30 s margin: renewed before the request is sent
        client.get_invoice(server.sandbox.invoice_ids()[0])
    assert server.token_calls == [200, 200]
    assert all(status == 200 for _, status, _ in server.seen)  # never refused


async def test_a_401_gets_one_new_token_and_one_retry(
    mode: str, server: Server, clock: Clock
) -> None:
    await _ids(mode, server, clock, CREDENTIALS)
    server.seen.clear()
    server.sandbox.oauth._expiry.clear()  # the vendor revoked every access token
    vendor = DaftraVendor(clock=clock)
    auth = vendor.authenticate(CREDENTIALS, httpx.URL(BASE_URL))
    with httpx.Client(transport=httpx.MockTransport(server), auth=auth) as raw:
        raw.get(f"{BASE_URL}/api2/invoices.json")  # a token
        server.sandbox.oauth._expiry.clear()
        server.seen.clear()
        assert raw.get(f"{BASE_URL}/api2/invoices.json").status_code == 200
    assert [status for _, status, _ in server.seen] == [401, 200, 200]


@pytest.mark.parametrize("wrong", ["password", "client_secret"])
async def test_wrong_credentials_are_an_authentication_error_without_secrets(
    mode: str, server: Server, clock: Clock, wrong: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    credentials = {**CREDENTIALS, wrong: "not-the-s3cret-" + CREDENTIALS[wrong]}
    with pytest.raises(invoicekit.AuthenticationError) as caught:
        await _ids(mode, server, clock, credentials)
    error = caught.value
    assert (error.vendor, error.method, error.path) == ("daftra", "POST", TOKEN_PATH)
    assert error.status_code in {400, 401}
    assert error.vendor_message in {
        "The user credentials were incorrect.",
        "Client authentication failed",
    }
    assert server.token_calls == [error.status_code]  # one try, no storm
    for text in (str(error), repr(error), caplog.text):
        for secret in (PASSWORD, CLIENT_SECRET, credentials[wrong]):
            assert secret not in text


async def test_a_refresh_token_credential_alone_is_enough(
    mode: str, server: Server, clock: Clock
) -> None:
    first = server.sandbox.oauth.token(
        SandboxRequest(
            method="POST",
            path=TOKEN_PATH,
            headers={"content-type": "application/x-www-form-urlencoded"},
            body=(
                f"grant_type=password&client_id={CLIENT_ID}&client_secret={CLIENT_SECRET}"
                f"&username={USERNAME}&password={PASSWORD}"
            ).encode(),
        ),
        {},
    )
    refresh = httpx.Response(200, content=first.body).json()["refresh_token"]
    credentials = {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "refresh_token": refresh,
    }
    assert len(await _ids(mode, server, clock, credentials)) == 5
    assert server.token_calls == [200]


def test_the_sandbox_expires_its_tokens(server: Server, clock: Clock) -> None:
    auth = DaftraVendor(clock=clock).authenticate(CREDENTIALS, httpx.URL(BASE_URL))
    with httpx.Client(transport=httpx.MockTransport(server)) as raw:
        token = raw.post(
            f"{BASE_URL}{TOKEN_PATH}",
            files={k: (None, v) for k, v in {**CREDENTIALS, "grant_type": "password"}.items()},
        ).json()
        assert token["token_type"] == "Bearer"
        assert token["expires_in"] == TOKEN_LIFETIME
        headers = {"authorization": f"Bearer {token['access_token']}"}
        assert raw.get(f"{BASE_URL}/api2/invoices.json", headers=headers).status_code == 200
        clock.now += TOKEN_LIFETIME
        assert raw.get(f"{BASE_URL}/api2/invoices.json", headers=headers).status_code == 401
    for secret in CREDENTIALS.values():
        assert secret not in repr(auth)
