"""The network policy every vendor gets from the client: retries, redirects, caps, secrecy.

Each test runs for every built-in vendor, with the blocking and with the async client.
"""

from __future__ import annotations

import logging

import httpx
import pytest
from helpers.client import CASES, SECRET, Driver, VendorCase

import invoicekit
import invoicekit.plugin

pytestmark = pytest.mark.anyio


def _no_secret_anywhere(*texts: object) -> None:
    for text in texts:
        assert SECRET not in str(text)


async def test_get_invoice_sends_credentials_to_the_base_origin(
    driver: Driver, case: VendorCase
) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return case.ok()

    invoice = await driver.run("get_invoice", handler, case.invoice_id)
    assert invoice.vendor == case.name
    assert invoice.id == case.invoice_id
    (request,) = seen
    assert request.url.host == "vendor.example"
    assert request.url.path.startswith("/prefix/")
    assert case.invoice_id in request.url.path
    assert any(SECRET in value for value in request.headers.values())


async def test_retry_after_is_honoured(driver: Driver, case: VendorCase) -> None:
    replies = iter([httpx.Response(429, headers={"retry-after": "7"}), case.ok()])
    invoice = await driver.run("get_invoice", lambda request: next(replies), case.invoice_id)
    assert invoice.id == case.invoice_id
    assert driver.waits == [7.0]


async def test_retries_give_up_at_the_bound_with_a_typed_error(
    driver: Driver, case: VendorCase
) -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(503, content=b"<html>down</html>")

    with pytest.raises(invoicekit.VendorError) as caught:
        await driver.run("get_invoice", handler, case.invoice_id)
    assert caught.value.status_code == 503
    assert caught.value.vendor == case.name
    assert len(calls) == 3
    assert len(driver.waits) == 2


async def test_rate_limited_after_retries_carries_retry_after(
    driver: Driver, case: VendorCase
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers={"retry-after": "1"})

    with pytest.raises(invoicekit.RateLimited) as caught:
        await driver.run("get_invoice", handler, case.invoice_id)
    assert caught.value.retry_after == 1.0


async def test_client_errors_are_not_retried(driver: Driver, case: VendorCase) -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(str(request.url))
        return httpx.Response(404, content=b"")

    with pytest.raises(invoicekit.NotFound):
        await driver.run("get_invoice", handler, case.invoice_id)
    # No request is sent twice; a vendor may look in several places (Daftra asks its invoice,
    # credit-note and refund-receipt endpoints in turn, since they share one id sequence).
    assert calls
    assert len(calls) == len(set(calls))


async def test_connection_failures_become_transport_errors(
    driver: Driver, case: VendorCase
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with pytest.raises(invoicekit.TransportError) as caught:
        await driver.run("get_invoice", handler, case.invoice_id)
    assert caught.value.vendor == case.name
    assert len(driver.waits) == 2


async def test_credentials_do_not_follow_a_redirect_to_another_host(
    driver: Driver, case: VendorCase
) -> None:
    elsewhere: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "vendor.example":
            return httpx.Response(
                302,
                headers={"location": "https://attacker.example/collect?x=1", "set-cookie": "a=b"},
            )
        elsewhere.append(request)
        return case.ok()

    await driver.run("get_invoice", handler, case.invoice_id)
    (request,) = elsewhere
    for name in ("authorization", "apikey", "cookie", "x-api-key"):
        assert name not in request.headers
    assert all(SECRET not in value for value in request.headers.values())


async def test_credentials_follow_a_redirect_within_the_origin(
    driver: Driver, case: VendorCase
) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            return httpx.Response(307, headers={"location": request.url.path + "?moved=1"})
        return case.ok()

    await driver.run("get_invoice", handler, case.invoice_id)
    assert any(SECRET in value for value in seen[1].headers.values())


async def test_redirect_loops_are_bounded(driver: Driver, case: VendorCase) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": "/again"})

    with pytest.raises(invoicekit.TransportError, match="too many redirects"):
        await driver.run("get_invoice", handler, case.invoice_id)


async def test_a_redirect_to_plain_http_is_refused(driver: Driver, case: VendorCase) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": "http://vendor.example/x"})

    with pytest.raises(invoicekit.ConfigurationError, match="plain http"):
        await driver.run("get_invoice", handler, case.invoice_id)


@pytest.mark.parametrize("declared", [True, False])
async def test_response_bodies_are_capped(driver: Driver, case: VendorCase, declared: bool) -> None:
    body = b"{" + b" " * 5000 + b"}"

    def handler(request: httpx.Request) -> httpx.Response:
        if declared:
            return httpx.Response(200, content=body)
        return httpx.Response(200, stream=httpx.ByteStream(body))

    with pytest.raises(invoicekit.TransportError, match="exceeds the 1000-byte limit"):
        await driver.run(
            "get_invoice",
            handler,
            case.invoice_id,
            limits=invoicekit.Limits(max_response_bytes=1000),
        )


@pytest.mark.parametrize("bad_id", ["", " ", "a b", "x" * 500, "line\nbreak", ".."])
async def test_implausible_ids_are_rejected_before_any_request(
    driver: Driver, case: VendorCase, bad_id: str
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise AssertionError("no request may be sent")

    with pytest.raises(invoicekit.ConfigurationError):
        await driver.run("get_invoice", handler, bad_id)


async def test_no_credential_in_errors_reprs_or_debug_logs(
    driver: Driver, case: VendorCase, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    statuses = iter([401, 500, 429])

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(next(statuses), json={"message": "nope"})

    errors = []
    for _ in range(3):
        with pytest.raises(invoicekit.VendorError) as caught:
            await driver.run(
                "get_invoice", handler, case.invoice_id, policy=invoicekit.RetryPolicy(attempts=1)
            )
        errors.append(caught.value)
    options = driver.client_kwargs(handler)
    client = invoicekit.connect(case.name, **{k: v for k, v in options.items() if k != "transport"})
    _no_secret_anywhere(*errors, *(repr(e) for e in errors), repr(client))
    assert "vendor.example" in repr(client)
    client.close()
    for record in caplog.records:
        _no_secret_anywhere(record.getMessage(), record.args)
    assert caplog.records, "the client logs its requests at DEBUG"


def test_plain_http_is_refused_except_on_loopback(case: VendorCase) -> None:
    with pytest.raises(invoicekit.ConfigurationError, match="plain http"):
        invoicekit.connect(case.name, base_url="http://vendor.example", **case.credentials)
    invoicekit.connect(case.name, base_url="http://127.0.0.1:8765", **case.credentials).close()
    invoicekit.connect(
        case.name, base_url="http://vendor.example", allow_insecure=True, **case.credentials
    ).close()


def test_missing_or_unknown_credentials_are_refused(case: VendorCase) -> None:
    with pytest.raises(invoicekit.ConfigurationError) as caught:
        invoicekit.connect(case.name, base_url="https://vendor.example", password=SECRET)
    assert SECRET not in str(caught.value)


def test_a_callers_own_httpx_client_is_used(case: VendorCase) -> None:
    hooked: list[str] = []
    own = httpx.Client(
        transport=httpx.MockTransport(case.answering_lookups(lambda request: case.ok())),
        event_hooks={"request": [lambda request: hooked.append(request.url.path)]},
    )
    with invoicekit.connect(
        case.name, base_url="https://vendor.example", http_client=own, **case.credentials
    ) as client:
        assert client.get_invoice(case.invoice_id).id == case.invoice_id
    assert hooked
    own.get("https://vendor.example/still-open")  # closing our client left the caller's open
    own.close()


@pytest.mark.parametrize("link", ["http://files.example/doc.pdf", "ftp://files.example/doc.pdf"])
async def test_a_vendor_link_to_plain_http_or_another_scheme_is_refused(
    mode: str, link: str
) -> None:
    """Fynn's download link comes from the vendor: it gets the same checks as base_url."""
    fynn = Driver(mode, CASES["fynn"])
    fetched: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        fetched.append(request.url)
        return httpx.Response(200, json={"url": link})

    with pytest.raises(invoicekit.InvoiceKitError):
        await fynn.run("download_pdf", handler, CASES["fynn"].invoice_id)
    assert [url.host for url in fetched] == ["vendor.example"]


def test_a_credential_with_a_line_break_is_refused_without_echoing_it(case: VendorCase) -> None:
    name = next(iter(case.credentials))
    with pytest.raises(invoicekit.ConfigurationError) as caught:
        invoicekit.connect(
            case.name, base_url="https://vendor.example", **{name: f"{SECRET}\r\nX-Evil: 1"}
        )
    assert "control character" in str(caught.value)
    assert SECRET not in str(caught.value)


async def test_a_plugin_bug_in_a_flow_surfaces_as_normalization_error(
    driver: Driver, case: VendorCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever a flow's mapping raises reaches the user as an invoicekit error."""
    vendor = invoicekit.get_vendor(case.name)

    def broken_flow(invoice_id: str) -> object:
        yield invoicekit.plugin.Call({"method": "GET", "url": "/x"})
        raise KeyError("Invoice")

    monkeypatch.setattr(vendor, "get_invoice_flow", broken_flow)
    with pytest.raises(invoicekit.NormalizationError) as caught:
        await driver.run("get_invoice", lambda request: case.ok(), case.invoice_id)
    assert caught.value.vendor == case.name
    assert "KeyError" in str(caught.value)


async def test_a_vendor_error_message_that_echoes_the_credential_is_masked(
    driver: Driver, case: VendorCase
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        echo = f"invalid credential {SECRET}"
        body = {
            "errors": [{"title": echo, "detail": echo, "code": "401", "status": "401"}],
            "message": echo,
            "detail": echo,
            "title": echo,
            "result": "failed",
            "code": 400,
        }
        return httpx.Response(400, json=body)

    with pytest.raises(invoicekit.VendorError) as caught:
        await driver.run("get_invoice", handler, case.invoice_id)
    assert caught.value.vendor_message
    assert SECRET not in str(caught.value)
    assert SECRET not in caught.value.vendor_message
