"""The Stripe flows through `invoicekit.connect` and `connect_async`, on an `httpx.MockTransport`.

A fake Stripe answers with the real paths, the bearer check, newest-first cursor pages and
Stripe's error bodies. Nothing leaves the machine.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import invoicekit
import pytest
from invoicekit import (
    AuthenticationError,
    ConfigurationError,
    InvoiceStatus,
    NormalizationError,
    NotFound,
    RateLimited,
    Unsupported,
    VendorError,
)

PAYLOADS = Path(__file__).parent / "payloads"
KEY = "sk_test_51Sbx0123456789abcdef"
BASE = "https://api.stripe.com"
PDF = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
Handler = Callable[[httpx.Request], httpx.Response]


def payload(name: str = "invoice_open_eur") -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((PAYLOADS / f"{name}.json").read_bytes())
    return loaded


def newest_first(count: int) -> list[dict[str, Any]]:
    """``count`` invoices ``in_test0001``... where the highest number is the newest."""
    items = []
    for n in range(count, 0, -1):
        item = copy.deepcopy(payload())
        item.update(id=f"in_test{n:04d}", created=1719824400 + n)
        items.append(item)
    return items


def stripe(items: list[dict[str, Any]], seen: list[httpx.Request]) -> Handler:
    """A fake ``/v1/invoices`` API over ``items`` (in list order), recording each request."""

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.headers.get("authorization") != f"Bearer {KEY}":
            return httpx.Response(
                401,
                json={
                    "error": {
                        "message": "Invalid API Key provided: sk_test_****cdef",
                        "type": "invalid_request_error",
                    }
                },
            )
        if request.url.path == "/v1/invoices":
            params = request.url.params
            matching = [i for i in items if params.get("status") in {None, i["status"]}]
            start = 0
            if "starting_after" in params:
                start = [i["id"] for i in matching].index(params["starting_after"]) + 1
            limit = int(params.get("limit", "10"))
            page = matching[start : start + limit]
            body = {
                "object": "list",
                "data": page,
                "has_more": start + limit < len(matching),
                "url": "/v1/invoices",
            }
            return httpx.Response(200, json=body)
        for item in items:
            if request.url.path == f"/v1/invoices/{item['id']}":
                return httpx.Response(200, json=item)
        error = {
            "code": "resource_missing",
            "message": "No such invoice: 'x'",
            "type": "invalid_request_error",
        }
        return httpx.Response(404, json={"error": error})

    return handle


def connect(handler: Handler, **kwargs: Any) -> invoicekit.InvoiceClient:
    return invoicekit.connect(
        "stripe",
        base_url=BASE,
        api_key=kwargs.pop("api_key", KEY),
        transport=httpx.MockTransport(handler),
        retries=0,
        **kwargs,
    )


# -- get, auth, errors --------------------------------------------------------------------


def test_get_sends_the_key_and_the_pinned_version() -> None:
    seen: list[httpx.Request] = []
    with connect(stripe([payload()], seen)) as client:
        invoice = client.get_invoice("in_1PXs3aLkdIwHu7ix0oVq7Wcx")
    assert invoice.totals.gross is not None
    assert str(invoice.totals.gross) == "107.10"
    assert seen[0].url.path == "/v1/invoices/in_1PXs3aLkdIwHu7ix0oVq7Wcx"
    assert seen[0].headers["authorization"] == f"Bearer {KEY}"
    assert seen[0].headers["stripe-version"] == "2024-06-20"


def test_ids_and_keys_are_checked_before_any_request() -> None:
    seen: list[httpx.Request] = []
    with connect(stripe([], seen)) as client, pytest.raises(ConfigurationError):
        client.get_invoice("cn_1PXs3aLkdIwHu7ix")  # a credit note id
    with pytest.raises(ConfigurationError, match="publishable"):
        connect(stripe([], seen), api_key="pk_test_123")
    with pytest.raises(ConfigurationError):
        connect(stripe([], seen), api_key="sk_test 123")
    assert seen == []


def test_a_rejected_key_never_shows() -> None:
    wrong = "sk_test_51SbxWrongWrongWrong"
    with connect(stripe([], []), api_key=wrong) as client:
        assert wrong not in repr(client)
        with pytest.raises(AuthenticationError) as caught:
            client.get_invoice("in_1")
    assert wrong not in str(caught.value)
    assert caught.value.code == "invalid_request_error"


def stripe_error(message: str, type_: str = "invalid_request_error", **more: str) -> Any:
    return {"error": {"message": message, "type": type_, **more}}


@pytest.mark.parametrize(
    ("status", "body", "error", "code"),
    [
        (
            401,
            stripe_error("Invalid API Key provided: sk_****"),
            AuthenticationError,
            "invalid_request_error",  # no code: the type stands in
        ),
        (
            403,
            stripe_error("The provided key does not have access", code="secret_key_required"),
            AuthenticationError,
            "secret_key_required",
        ),
        (
            404,
            json.loads((PAYLOADS / "error_resource_missing.json").read_bytes()),
            NotFound,
            "resource_missing",
        ),
        (429, stripe_error("Too many requests", code="rate_limit"), RateLimited, "rate_limit"),
        (500, stripe_error("Something went wrong", "api_error"), VendorError, "api_error"),
        (
            400,
            stripe_error("Received unknown parameter: x", param="x"),
            VendorError,
            "invalid_request_error",
        ),
    ],
)
def test_errors(status: int, body: dict[str, Any], error: type[Exception], code: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body)

    with connect(handler) as client, pytest.raises(error) as caught:
        client.get_invoice("in_1PXs3aLkdIwHu7ix0oVq7Wcx")
    assert isinstance(caught.value, VendorError)
    assert caught.value.status_code == status
    assert caught.value.code == code
    # The key Stripe echoes partly starred ("sk_****") is masked whole.
    expected = body["error"]["message"].replace("sk_****", "***")
    assert caught.value.vendor_message == expected


def test_an_error_body_that_is_not_stripes_still_gives_a_typed_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(502, text="<html>Bad gateway</html>")

    with connect(handler) as client, pytest.raises(VendorError) as caught:
        client.get_invoice("in_1")
    assert (caught.value.status_code, caught.value.code, caught.value.vendor_message) == (
        502,
        None,
        None,
    )


def test_an_echoed_key_is_cut_from_messages() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        error = {"message": f"Invalid API Key provided: {KEY}", "type": "invalid_request_error"}
        return httpx.Response(401, json={"error": error})

    with connect(handler) as client, pytest.raises(AuthenticationError) as caught:
        client.get_invoice("in_1")
    assert KEY not in str(caught.value)
    assert "***" in str(caught.value.vendor_message)


def test_a_malformed_invoice_is_a_normalization_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"id": "in_1", "object": "invoice"})

    with connect(handler) as client, pytest.raises(NormalizationError) as caught:
        client.get_invoice("in_1")
    assert caught.value.vendor == "stripe"


# -- listing -------------------------------------------------------------------------------


def test_listing_pages_by_cursor_newest_first() -> None:
    seen: list[httpx.Request] = []
    items = newest_first(7)
    with connect(stripe(items, seen)) as client:
        ids = [invoice.id for invoice in client.list_invoices(page_size=3)]
    assert ids == [item["id"] for item in items]
    assert [dict(request.url.params) for request in seen] == [
        {"limit": "3"},
        {"limit": "3", "starting_after": "in_test0005"},
        {"limit": "3", "starting_after": "in_test0002"},
    ]
    assert all(request.headers["stripe-version"] == "2024-06-20" for request in seen)


@pytest.mark.anyio
async def test_listing_pages_by_cursor_async() -> None:
    seen: list[httpx.Request] = []
    items = newest_first(5)
    handler = stripe(items, seen)
    async with invoicekit.connect_async(
        "stripe", base_url=BASE, api_key=KEY, transport=httpx.MockTransport(handler), retries=0
    ) as client:
        ids = [invoice.id async for invoice in client.list_invoices(page_size=2)]
    assert ids == [item["id"] for item in items]
    assert [request.url.params.get("starting_after") for request in seen] == [
        None,
        "in_test0004",
        "in_test0002",
    ]


def test_the_default_page_is_stripes_largest() -> None:
    seen: list[httpx.Request] = []
    with connect(stripe(newest_first(2), seen)) as client:
        assert len(list(client.list_invoices())) == 2
    assert seen[0].url.params["limit"] == "100"
    with connect(stripe([], [])) as client, pytest.raises(ConfigurationError):
        client.list_invoices(page_size=101)


def test_a_server_that_ignores_the_cursor_stops_the_listing() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = {"object": "list", "data": newest_first(2), "has_more": True, "url": "/v1/invoices"}
        return httpx.Response(200, json=body)

    with connect(handler) as client, pytest.raises(Unsupported, match="starting_after"):
        list(client.list_invoices(page_size=2))


def test_has_more_with_an_empty_page_stops_the_listing() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json={"object": "list", "data": [], "has_more": True, "url": "/v1/invoices"}
        )

    with connect(handler) as client, pytest.raises(Unsupported):
        list(client.list_invoices())


def test_a_bad_invoice_in_a_page_is_named_by_its_index() -> None:
    items = newest_first(2)
    items[1]["total"] = "1.5"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json={"object": "list", "data": items, "has_more": False, "url": "/v1/invoices"}
        )

    with connect(handler) as client, pytest.raises(NormalizationError) as caught:
        list(client.list_invoices())
    assert caught.value.path == "$.data[1].total"


# -- filters -------------------------------------------------------------------------------


def test_status_asks_stripe_and_keeps_only_the_normalized_status() -> None:
    items = newest_first(3)
    items[0]["amount_paid"], items[0]["amount_remaining"] = 5000, 5710  # partly paid
    seen: list[httpx.Request] = []
    with connect(stripe(items, seen)) as client:
        open_ids = [i.id for i in client.list_invoices(status="open")]
        partly = list(client.list_invoices(status=InvoiceStatus.PARTIALLY_PAID))
    assert open_ids == ["in_test0002", "in_test0001"]
    assert [i.id for i in partly] == ["in_test0003"]
    assert [r.url.params["status"] for r in seen] == ["open", "open"]


@pytest.mark.parametrize(
    "filters",
    [
        {"status": "unknown"},
        {"status": "issued"},
        {"status": ["open", "paid"]},
        {"issued_since": "2024-07-01"},
        {"issued_until": "2024-07-31"},
    ],
)
def test_filters_stripe_cannot_apply_faithfully(filters: dict[str, Any]) -> None:
    seen: list[httpx.Request] = []
    with connect(stripe([], seen)) as client, pytest.raises(Unsupported):
        client.list_invoices(**filters)
    assert seen == []


def test_native_filters_pass_through() -> None:
    seen: list[httpx.Request] = []
    filters = {
        "customer": "cus_QOaXk3bW0xYz7p",
        "subscription": "sub_1",
        "collection_method": "send_invoice",
        "created[gte]": "2024-07-01T00:00:00Z",
        "created[lt]": 1722470400,
        "due_date[lte]": "1722470400",
    }
    with connect(stripe([], seen)) as client:
        assert list(client.list_invoices(native=filters)) == []
    params = seen[0].url.params
    assert params["customer"] == "cus_QOaXk3bW0xYz7p"
    assert params["collection_method"] == "send_invoice"
    assert params["created[gte]"] == "1719792000"
    assert params["created[lt]"] == "1722470400"
    assert params["due_date[lte]"] == "1722470400"


def test_bad_native_filters_fail_before_any_request() -> None:
    seen: list[httpx.Request] = []
    with connect(stripe([], seen)) as client:
        with pytest.raises(ConfigurationError):
            list(client.list_invoices(native={"created[gte]": "yesterday"}))
        with pytest.raises(ConfigurationError):
            list(client.list_invoices(native={"created[gte]": "2024-07-01T00:00:00"}))  # no offset
        with pytest.raises(ConfigurationError):
            client.list_invoices(native={"starting_after": "in_1"})  # the flow's own parameter
    assert seen == []


# -- PDF -------------------------------------------------------------------------------------


def test_the_pdf_link_is_fetched_without_the_key() -> None:
    seen: list[httpx.Request] = []
    api = stripe([payload()], seen)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "pay.stripe.com":
            seen.append(request)
            return httpx.Response(200, content=PDF, headers={"content-type": "application/pdf"})
        return api(request)

    with connect(handler) as client:
        assert client.download_pdf("in_1PXs3aLkdIwHu7ix0oVq7Wcx") == PDF
    assert seen[-1].url.path.endswith("/pdf")
    assert "authorization" not in seen[-1].headers


def test_a_draft_has_no_pdf() -> None:
    draft = payload()
    draft.update(status="draft", invoice_pdf=None, number=None)
    with connect(stripe([draft], [])) as client, pytest.raises(Unsupported, match="draft"):
        client.download_pdf(draft["id"])
