"""Servers that attack or break the client: bombs, endless streams, absurd waits, wrong bodies.

Each test runs for every built-in vendor, with the blocking and the async client, through
httpx.MockTransport (these faults cannot be produced on demand by a real vendor).
"""

from __future__ import annotations

import email.utils
import gzip
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from helpers.client import CASES, PAYLOADS, Driver, VendorCase

import invoicekit

pytestmark = pytest.mark.anyio

_CAP = invoicekit.Limits(max_response_bytes=64_000)


async def test_a_gzip_bomb_is_capped_on_decoded_bytes(driver: Driver, case: VendorCase) -> None:
    # 50 MB of zeros compress to ~50 kB: under the cap on the wire, far over it decoded.
    bomb = gzip.compress(b"0" * 50_000_000, compresslevel=9)
    assert len(bomb) < 100_000

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, content=bomb, headers={"content-encoding": "gzip", "content-type": case.media_type}
        )

    with pytest.raises(invoicekit.TransportError, match="limit"):
        await driver.run("get_invoice", handler, case.invoice_id, limits=_CAP)


class _Endless(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A chunked body that never ends; counts what the client pulled."""

    def __init__(self) -> None:
        self.sent = 0

    def __iter__(self) -> Iterator[bytes]:
        while True:
            self.sent += 8192
            yield b" " * 8192

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while True:
            self.sent += 8192
            yield b" " * 8192


async def test_an_endless_chunked_body_stops_at_the_cap(driver: Driver, case: VendorCase) -> None:
    stream = _Endless()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=stream, headers={"content-type": case.media_type})

    with pytest.raises(invoicekit.TransportError, match="limit"):
        await driver.run("get_invoice", handler, case.invoice_id, limits=_CAP)
    assert stream.sent <= _CAP.max_response_bytes + 2 * 8192


@pytest.mark.parametrize(
    "retry_after",
    [
        "99999",
        email.utils.formatdate(time.time() + 365 * 86400, usegmt=True),
    ],
    # Stable ids: a date in the id would differ between xdist workers that collect a second
    # apart, and xdist refuses workers whose collections differ.
    ids=["seconds", "http-date-a-year-ahead"],
)
async def test_an_absurd_retry_after_is_not_waited_for(
    driver: Driver, case: VendorCase, retry_after: str
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers={"retry-after": retry_after})

    with pytest.raises(invoicekit.RateLimited) as caught:
        await driver.run("get_invoice", handler, case.invoice_id)
    assert sum(driver.waits) <= invoicekit.RetryPolicy().max_retry_after * 3
    assert "not waited for" in str(caught.value)


@pytest.mark.parametrize(
    "body",
    [
        b"<!DOCTYPE html><html><body>Login</body></html>",
        b'{"error": "internal", "message": "database down"}',
        b"",
        b'{"data": ',
    ],
)
async def test_html_or_an_error_body_with_200_is_a_typed_error(
    driver: Driver, case: VendorCase, body: bytes
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": case.media_type})

    with pytest.raises(invoicekit.InvoiceKitError) as caught:
        await driver.run("get_invoice", handler, case.invoice_id)
    assert case.name in str(caught.value)


async def test_a_server_that_never_answers_hits_the_timeout(
    driver: Driver, case: VendorCase
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("no answer", request=request)

    started = time.monotonic()
    with pytest.raises(invoicekit.TransportError):
        await driver.run("get_invoice", handler, case.invoice_id)
    assert time.monotonic() - started < 5


async def _list_all(driver: Driver, handler: Any) -> list[invoicekit.Invoice]:
    options = driver.client_kwargs(handler)
    if driver.mode == "sync":
        with invoicekit.connect(driver.case.name, **options) as client:
            return list(client.list_invoices())
    async with invoicekit.connect_async(driver.case.name, **options) as client:
        return [invoice async for invoice in client.list_invoices()]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_next_page_that_loops_back_to_page_one_stops(mode: str) -> None:
    # Daftra says there are 5 pages and links to page 2, but every page it serves is page 1.
    case = CASES["daftra"]
    page = (PAYLOADS / "daftra" / "list_page.json").read_bytes()
    calls: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url)
        if len(calls) > 100:
            raise AssertionError("the listing did not stop")
        return httpx.Response(200, content=page, headers={"content-type": case.media_type})

    with pytest.raises(invoicekit.NormalizationError, match="pagination loop"):
        await _list_all(Driver(mode, case), handler)
    assert len(calls) == 3


async def _call_yeti(mode: str, operation: str, options: dict[str, Any], invoice_id: str) -> None:
    if mode == "sync":
        with invoicekit.connect("yeti", **options) as client:
            if operation == "list_invoices":
                list(client.list_invoices())
            else:
                client.get_invoice(invoice_id)
        return
    async with invoicekit.connect_async("yeti", **options) as client:
        if operation == "list_invoices":
            [invoice async for invoice in client.list_invoices()]
        else:
            await client.get_invoice(invoice_id)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("operation", ["get_invoice", "list_invoices"])
async def test_a_yeti_401_forever_is_no_login_storm(mode: str, operation: str) -> None:
    # The login always succeeds, but every signed request is refused: a revoked account.
    case = CASES["yeti"]
    logins: list[httpx.URL] = []
    refused: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path.endswith("/auth"):
            logins.append(request.url)
            return httpx.Response(201, json={"jwt": f"fake-jwt-{len(logins)}"})
        refused.append(request.url)
        if len(refused) > 50:
            raise AssertionError("the client keeps retrying a 401")
        error = {"errors": [{"title": "Unauthorized", "status": "401", "code": "401"}]}
        return httpx.Response(401, json=error, headers={"content-type": case.media_type})

    driver = Driver(mode, case)
    options = driver.client_kwargs(handler, login="acme-portal", password="fake-secret-pw")
    del options["token"]
    with pytest.raises(invoicekit.AuthenticationError):
        await _call_yeti(mode, operation, options, case.invoice_id)
    # One login, one renewal after the first 401, then the typed error.
    assert (len(logins), len(refused)) == (2, 2)
