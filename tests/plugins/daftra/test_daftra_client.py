"""connect("daftra") and connect_async("daftra") against a MockTransport that behaves like api2."""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import msgspec
import pytest
import yaml
from helpers.client import listing_keywords

import invoicekit
from invoicekit import InvoiceStatus

pytestmark = pytest.mark.anyio

PAYLOADS = Path(__file__).parents[2] / "payloads" / "daftra"
BASE_URL = "https://acme.daftra.com"
SECRET = "s3cr3t-KEY-123"
PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"

Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _json(status: int, document: Any, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=document, headers=headers)


def _error_body(status: int) -> Any:
    return json.loads((PAYLOADS / f"error_{status}.json").read_text(encoding="utf-8"))


def envelope(invoice_id: int, **header: Any) -> dict[str, Any]:
    """One list item at recursive=1: the header with its client, items and payments beside it."""
    return {
        "Invoice": {
            "id": str(invoice_id),
            "type": "0",
            "no": f"{invoice_id:06d}",
            "client_id": "15",
            "currency_code": "SAR",
            "date": "2024-01-10",
            "draft": "0",
            "payment_status": "0",
            "summary_subtotal": "100.00",
            "summary_discount": "0.00",
            "summary_total": "115.00",
            "summary_paid": "0.00",
            "summary_unpaid": "115.00",
            "invoice_pdf_url": f"{BASE_URL}/invoices/view/{invoice_id}.pdf?hash=h{invoice_id}",
            **header,
        },
        "Client": {"id": "15", "business_name": "ACME Trading"},
        "InvoiceItem": [
            {
                "id": str(invoice_id * 10),
                "item": "Widget",
                "unit_price": "100.00",
                "quantity": "1",
                "tax1": "3",
                "summary_tax1": "15.00",
                "subtotal": "100.00",
            }
        ],
        "InvoicePayment": [],
    }


class FakeDaftra:
    """Enough of api2 to test against: auth, one invoice, the paged list, PDFs, errors."""

    def __init__(self, invoices: list[dict[str, Any]] | None = None, *, token: bool = False):
        self.invoices = invoices or []
        self.token = token
        self.requests: list[httpx.Request] = []
        self.pdf: Handler = lambda request: httpx.Response(
            200, content=PDF, headers={"content-type": "application/pdf"}
        )
        self.page_count_override: int | None = None
        self.next_override: str | None = None

    def authorized(self, request: httpx.Request) -> bool:
        if self.token:
            return request.headers.get("authorization") == f"Bearer {SECRET}" and (
                "apikey" not in request.headers
            )
        # Daftra: with an API key, an Authorization header as well makes authentication fail.
        return request.headers.get("apikey") == SECRET and "authorization" not in request.headers

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if not self.authorized(request):
            return _json(401, _error_body(401))
        path = request.url.path
        if match := re.fullmatch(r"/api2/invoices/([0-9]+)\.json", path):
            return self.single(int(match.group(1)))
        if path == "/api2/invoices.json":
            return self.listing(request.url.params)
        if path.startswith("/invoices/view/"):
            return self.pdf(request)
        return _json(404, {"result": "failed", "code": 404, "message": "Item not found"})

    def single(self, invoice_id: int) -> httpx.Response:
        for item in self.invoices:
            if item["Invoice"]["id"] == str(invoice_id):
                header = {**item["Invoice"], **{k: v for k, v in item.items() if k != "Invoice"}}
                return _json(
                    200, {"code": 200, "result": "successful", "data": {"Invoice": header}}
                )
        return _json(404, _error_body(404))

    def listing(self, params: httpx.QueryParams) -> httpx.Response:
        page, limit = int(params.get("page", "1")), int(params.get("limit", "20"))
        ordered = sorted(self.invoices, key=lambda item: int(item["Invoice"]["id"]))
        if params.get("direction") != "ASC":
            ordered.reverse()
        rows = ordered[(page - 1) * limit : page * limit]
        page_count = self.page_count_override or math.ceil(len(ordered) / limit)
        last = page >= page_count
        pagination = {
            "prev": None if page == 1 else f"/api2/invoices/?page={page - 1}",
            "next": self.next_override or (None if last else f"/api2/invoices/?page={page + 1}"),
            "page": page,
            "page_count": page_count,
            "total_results": len(ordered),
        }
        return _json(
            200, {"code": 200, "result": "successful", "data": rows, "pagination": pagination}
        )

    def pages_requested(self) -> list[int]:
        return [
            int(request.url.params["page"])
            for request in self.requests
            if request.url.path == "/api2/invoices.json"
        ]


#: The account lookups a client makes once (taxes, site, zone listing; test_daftra_account.py
#: covers them): here they answer 403 (a key without that permission) and reach no handler.
ACCOUNT_PATHS = re.compile(r"/api2/(taxes|site_info|listing/[A-Za-z_]+)\.json")


def without_account(handler: Handler) -> Handler:
    """``handler`` behind a 403 for the account lookups."""

    def answer(request: httpx.Request) -> httpx.Response:
        if ACCOUNT_PATHS.fullmatch(request.url.path):
            return _json(403, _error_body(403))
        return handler(request)

    return answer


def _forbid_requests(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request may be sent, got {request.method} {request.url}")


async def call(
    mode: str,
    handler: Handler,
    operation: str,
    *args: Any,
    credentials: dict[str, str] | None = None,
    connect: dict[str, Any] | None = None,
    **filters: Any,
) -> Any:
    """Run one client operation with the blocking or the async client; lists come back whole."""
    options: dict[str, Any] = {
        "base_url": BASE_URL,
        "transport": httpx.MockTransport(without_account(handler)),
        "retries": 0,
        **(connect or {}),
        **(credentials or {"api_key": SECRET}),
    }
    if mode == "sync":
        with invoicekit.connect("daftra", **options) as client:
            if operation == "list_invoices":
                return list(client.list_invoices(**listing_keywords(filters)))
            return getattr(client, operation)(*args)
    async with invoicekit.connect_async("daftra", **options) as aclient:
        if operation == "list_invoices":
            return [invoice async for invoice in aclient.list_invoices(**listing_keywords(filters))]
        return await getattr(aclient, operation)(*args)


# --- get_invoice -----------------------------------------------------------------------------


async def test_get_invoice_sends_the_api_key_alone_and_normalizes(mode: str) -> None:
    fake = FakeDaftra([envelope(2621)])
    invoice = await call(mode, fake, "get_invoice", 2621)
    assert invoice.id == "2621"
    assert invoice.number == "002621"
    assert invoice.totals.gross == Decimal("115.00")
    assert invoice.lines[0].tax_amount == Decimal("15.00")
    (request,) = fake.requests
    assert request.method == "GET"
    assert str(request.url) == f"{BASE_URL}/api2/invoices/2621.json"
    assert request.headers["apikey"] == SECRET
    assert "authorization" not in request.headers


async def test_the_api_key_goes_without_any_authorization_header_set_elsewhere(mode: str) -> None:
    fake = FakeDaftra([envelope(2621)])
    connect = {"httpx_args": {"headers": {"Authorization": "Basic bm9wZQ=="}}}
    invoice = await call(mode, fake, "get_invoice", "2621", connect=connect)
    assert invoice.id == "2621"
    assert "authorization" not in fake.requests[0].headers


async def test_a_token_is_sent_as_bearer(mode: str) -> None:
    fake = FakeDaftra([envelope(7)], token=True)
    invoice = await call(mode, fake, "get_invoice", "7", credentials={"token": SECRET})
    assert invoice.id == "7"
    (request,) = fake.requests
    assert request.headers["authorization"] == f"Bearer {SECRET}"
    assert "apikey" not in request.headers


async def test_a_body_that_is_not_an_invoice_is_a_normalization_error(mode: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return _json(200, {"code": 200, "result": "successful", "data": {"Invoice": {"id": "x"}}})

    with pytest.raises(invoicekit.NormalizationError) as caught:
        await call(mode, handler, "get_invoice", "5")
    assert caught.value.vendor == "daftra"
    assert caught.value.path == "$.data.Invoice.id"


@pytest.mark.parametrize("bad_id", ["0", "-1", "12a", "0123", "1" * 20, "1.5", "abc"])
async def test_impossible_ids_are_rejected_before_any_request(mode: str, bad_id: str) -> None:
    with pytest.raises(invoicekit.ConfigurationError, match="not a Daftra invoice id"):
        await call(mode, _forbid_requests, "get_invoice", bad_id)
    with pytest.raises(invoicekit.ConfigurationError):
        await call(mode, _forbid_requests, "download_pdf", bad_id)


# --- errors from Daftra's real error bodies --------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error", "message"),
    [
        (401, invoicekit.AuthenticationError, "Unauthorized"),
        (403, invoicekit.AuthenticationError, "Forbidden"),
        (404, invoicekit.NotFound, "Invoice not found"),
        (500, invoicekit.VendorError, "Internal Server Error"),
        (400, invoicekit.VendorError, "Bad Request (date_from: Invalid date)"),
    ],
)
async def test_error_statuses_carry_daftras_code_and_message(
    mode: str, status: int, error: type[invoicekit.VendorError], message: str
) -> None:
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(request.url.path)
        return _json(status, _error_body(status))

    with pytest.raises(error) as caught:
        await call(mode, handler, "get_invoice", "9")
    assert type(caught.value) is error
    assert caught.value.status_code == status
    assert caught.value.code == str(status)
    assert caught.value.vendor_message == message
    # A 404 from the invoice endpoint sends the lookup on to the credit notes, then the refund
    # receipts (one id sequence for every document type); any other error stops it at once.
    if status == 404:
        assert asked == [
            "/api2/invoices/9.json",
            "/api2/credit_notes/9.json",
            "/api2/refund_receipts/9.json",
        ]
    assert caught.value.path == asked[-1]
    assert asked[0] == "/api2/invoices/9.json"


async def test_a_wrong_api_key_is_an_authentication_error(mode: str) -> None:
    fake = FakeDaftra([envelope(1)])
    with pytest.raises(invoicekit.AuthenticationError) as caught:
        await call(mode, fake, "get_invoice", "1", credentials={"api_key": "wrong"})
    assert caught.value.vendor_message == "Unauthorized"


async def test_rate_limited_after_retries_carries_retry_after(mode: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return _json(429, {"result": "failed", "code": 429, "message": "Too Many Requests"},
                     **{"retry-after": "7"})  # fmt: skip

    with pytest.raises(invoicekit.RateLimited) as caught:
        await call(mode, handler, "get_invoice", "9")
    assert caught.value.retry_after == 7.0
    assert caught.value.vendor_message == "Too Many Requests"


async def test_error_bodies_of_another_shape_still_give_their_message(mode: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return _json(422, {"message": "The given data was invalid.", "errors": {"no": ["taken"]}})

    with pytest.raises(invoicekit.VendorError) as caught:
        await call(mode, handler, "get_invoice", "9")
    assert caught.value.code is None
    assert caught.value.vendor_message == "The given data was invalid. (no: taken)"


async def test_an_html_error_page_gives_no_detail(mode: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500, content=b"<html>oops</html>")

    with pytest.raises(invoicekit.VendorError) as caught:
        await call(mode, handler, "get_invoice", "9")
    assert (caught.value.code, caught.value.vendor_message) == (None, None)


# --- listing ---------------------------------------------------------------------------------


async def test_listing_pages_oldest_first_each_invoice_once(mode: str) -> None:
    fake = FakeDaftra([envelope(invoice_id) for invoice_id in (17, 3, 11, 5, 23, 8, 2)])
    invoices = await call(mode, fake, "list_invoices", page_size=3)
    assert [invoice.id for invoice in invoices] == ["2", "3", "5", "8", "11", "17", "23"]
    assert fake.pages_requested() == [1, 2, 3]  # pages of 3, 3 and 1; the last has no next
    first = fake.requests[0].url.params
    assert dict(first) == {
        "page": "1",
        "limit": "3",
        "recursive": "1",
        "sort": "id",
        "direction": "ASC",
    }


async def test_listing_stops_at_an_empty_page(mode: str) -> None:
    fake = FakeDaftra([envelope(invoice_id) for invoice_id in range(1, 5)])
    fake.page_count_override = 10  # the vendor claims more pages than it has
    fake.next_override = "/api2/invoices/?page=next"
    invoices = await call(mode, fake, "list_invoices", page_size=2)
    assert [invoice.id for invoice in invoices] == ["1", "2", "3", "4"]
    assert fake.pages_requested() == [1, 2, 3]


async def test_listing_stops_at_page_count_even_if_next_is_set(mode: str) -> None:
    fake = FakeDaftra([envelope(invoice_id) for invoice_id in range(1, 6)])
    fake.next_override = "/api2/invoices/?page=next"
    invoices = await call(mode, fake, "list_invoices", page_size=2)
    assert len(invoices) == 5
    assert fake.pages_requested() == [1, 2, 3]


async def test_an_invoice_shifting_onto_the_next_page_is_listed_once(mode: str) -> None:
    pages = {1: [envelope(1), envelope(2)], 2: [envelope(2), envelope(3)]}

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        pagination = {"prev": None, "next": "/x" if page == 1 else None, "page": page,
                      "page_count": 2, "total_results": 4}  # fmt: skip
        return _json(200, {"code": 200, "result": "successful", "data": pages[page],
                           "pagination": pagination})  # fmt: skip

    invoices = await call(mode, handler, "list_invoices", page_size=2)
    assert [invoice.id for invoice in invoices] == ["1", "2", "3"]


async def test_default_page_size_is_100(mode: str) -> None:
    fake = FakeDaftra([])
    assert await call(mode, fake, "list_invoices") == []
    assert fake.requests[0].url.params["limit"] == "100"


async def test_common_and_native_filters_become_query_parameters(mode: str) -> None:
    fake = FakeDaftra([])
    await call(
        mode,
        fake,
        "list_invoices",
        issued_since=dt.date(2024, 1, 1),
        issued_until="2024-01-31",
        status="paid",
        page_size=50,
        client_id=15,
        currency_code="SAR",
        type=16,
        due_date_to="2024-03-01",
        no="0001",
    )
    params = dict(fake.requests[0].url.params)
    assert params == {
        "page": "1",
        "limit": "50",
        "recursive": "1",
        "sort": "id",
        "direction": "ASC",
        "date_from": "2024-01-01",
        "date_to": "2024-01-31",
        "payment_status": "2",
        "client_id": "15",
        "currency_code": "SAR",
        "type": "16",
        "due_date_to": "2024-03-01",
        "no": "0001",
    }


@pytest.mark.parametrize(
    ("status", "params"),
    [
        ("draft", {"draft": "1"}),
        ("open", {"payment_status": "0"}),
        (["partially_paid"], {"payment_status": "1"}),
        (InvoiceStatus.OVERPAID, {"payment_status": "4"}),
    ],
)
async def test_status_filter(mode: str, status: Any, params: dict[str, str]) -> None:
    fake = FakeDaftra([])
    await call(mode, fake, "list_invoices", status=status)
    sent = fake.requests[0].url.params
    assert {key: sent[key] for key in ("draft", "payment_status") if key in sent} == params


async def test_a_status_filter_drops_invoices_whose_status_differs(mode: str) -> None:
    fake = FakeDaftra(
        [envelope(1), envelope(2, draft="1"), envelope(3, payment_status="")],
    )
    invoices = await call(mode, fake, "list_invoices", status="open")
    assert [invoice.id for invoice in invoices] == ["1", "3"]


@pytest.mark.parametrize(
    "filters",
    [
        {"updated_since": dt.datetime(2024, 1, 1, tzinfo=dt.UTC)},
        {"status": ["paid", "draft"]},
        {"status": ["open", "partially_paid"]},
        {"status": "void"},
        {"status": "issued"},
        {"status": "refunded"},
        {"status": "unknown"},
    ],
)
async def test_filters_daftra_cannot_apply_are_unsupported_before_any_request(
    mode: str, filters: dict[str, Any]
) -> None:
    with pytest.raises(invoicekit.Unsupported):
        await call(mode, _forbid_requests, "list_invoices", **filters)


@pytest.mark.parametrize(
    "filters",
    [
        {"page_size": 1001},
        {"page_size": 0},
        {"page": 2},
        {"limit": 5},
        {"sort": "date"},
        {"recursive": 0},
        {"nonsense": 1},
        {"client_id": "abc"},
        {"date_from": "yesterday"},
        {"summary_total_from": "1e5"},
        {"issued_since": "2024-01-01", "date_from": "2024-01-01"},
        {"status": "paid", "payment_status": 1},
        {"status": "paid", "draft": 1},
    ],
)
async def test_bad_or_conflicting_filters_are_refused_before_any_request(
    mode: str, filters: dict[str, Any]
) -> None:
    with pytest.raises(invoicekit.ConfigurationError):
        await call(mode, _forbid_requests, "list_invoices", **filters)


def test_every_documented_list_parameter_but_paging_and_order_is_a_native_filter() -> None:
    spec = yaml.safe_load((Path(__file__).parents[3] / "specs/daftra/openapi.yaml").read_text())
    documented = {
        parameter["name"]
        for parameter in spec["paths"]["/api2/invoices.json"]["get"]["parameters"]
        if parameter["in"] == "query"
    }
    controlled = {"page", "limit", "sort", "direction", "recursive"}
    vendor = invoicekit.get_vendor("daftra")
    assert {"client_id", "due_date_from", "type", "no", "store_id"} <= documented
    assert {name for name in documented if vendor.accepts_native_filter(name)} == (
        documented - controlled
    )
    assert not any(vendor.accepts_native_filter(name) for name in ("updated_since", "foo"))


async def test_listed_invoices_keep_their_own_bytes_as_raw(mode: str) -> None:
    body = (PAYLOADS / "list_page.json").read_bytes()

    def handler(request: httpx.Request) -> httpx.Response:
        document = json.loads(body)
        document["pagination"]["next"] = None
        return httpx.Response(200, content=json.dumps(document).encode())

    invoices = await call(mode, handler, "list_invoices")
    expected = json.loads(body)["data"]
    assert [invoice.id for invoice in invoices] == ["124", "123"]
    for invoice, item in zip(invoices, expected, strict=True):
        assert msgspec.json.decode(invoice.raw) == item
        assert invoicekit.from_json(invoicekit.to_json(invoice)) == invoice
    assert invoices[0].status is InvoiceStatus.PAID
    assert invoices[0].due_date == dt.date(2023, 4, 23)  # date + due_after 30
    assert invoices[1].buyer is not None
    assert invoices[1].buyer.name == "Sara Ali"
    assert invoices[0].lines == ()  # recursive=0 example: no items in it


async def test_a_bad_list_item_names_its_position(mode: str) -> None:
    items = [envelope(1), envelope(2, summary_total="abc")]

    def handler(request: httpx.Request) -> httpx.Response:
        pagination = {"prev": None, "next": None, "page": 1, "page_count": 1, "total_results": 2}
        return _json(200, {"code": 200, "result": "successful", "data": items,
                           "pagination": pagination})  # fmt: skip

    with pytest.raises(invoicekit.NormalizationError) as caught:
        await call(mode, handler, "list_invoices")
    assert caught.value.path == "$.data[1].Invoice.summary_total"


# --- PDFs ------------------------------------------------------------------------------------


async def test_download_pdf_fetches_the_invoice_pdf_url_with_the_api_key(mode: str) -> None:
    fake = FakeDaftra([envelope(2621)])
    assert await call(mode, fake, "download_pdf", "2621") == PDF
    invoice_request, pdf_request = fake.requests
    assert invoice_request.url.path == "/api2/invoices/2621.json"
    assert str(pdf_request.url) == f"{BASE_URL}/invoices/view/2621.pdf?hash=h2621"
    assert pdf_request.headers["apikey"] == SECRET


async def test_an_invoice_without_pdf_url_is_unsupported(mode: str) -> None:
    fake = FakeDaftra([envelope(5, invoice_pdf_url=None)])
    with pytest.raises(invoicekit.Unsupported, match="no invoice_pdf_url"):
        await call(mode, fake, "download_pdf", "5")
    assert len(fake.requests) == 1


@pytest.mark.parametrize(
    "link", ["ftp://acme.daftra.com/5.pdf", "javascript:alert(1)", "https:///x"]
)
async def test_a_pdf_url_that_is_not_a_web_address_is_unsupported(mode: str, link: str) -> None:
    fake = FakeDaftra([envelope(5, invoice_pdf_url=link)])
    with pytest.raises(invoicekit.Unsupported, match="not an http"):
        await call(mode, fake, "download_pdf", "5")
    assert len(fake.requests) == 1


async def test_a_relative_pdf_url_hangs_from_the_base_url(mode: str) -> None:
    fake = FakeDaftra([envelope(5, invoice_pdf_url="/invoices/view/5.pdf?hash=r")])
    assert await call(mode, fake, "download_pdf", "5") == PDF
    assert str(fake.requests[-1].url) == f"{BASE_URL}/invoices/view/5.pdf?hash=r"


async def test_a_login_page_instead_of_the_pdf_is_unsupported(mode: str) -> None:
    fake = FakeDaftra([envelope(5)])

    def login(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith(".pdf"):
            return httpx.Response(302, headers={"location": "/owner/login"})
        return httpx.Response(200, content=b"<html>login</html>",
                              headers={"content-type": "text/html"})  # fmt: skip

    fake.pdf = login

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/owner/login":
            fake.requests.append(request)
            return login(request)
        return fake(request)

    with pytest.raises(invoicekit.Unsupported, match="text/html"):
        await call(mode, handler, "download_pdf", "5")
    assert fake.requests[-1].url.path == "/owner/login"


async def test_a_pdf_url_on_another_host_gets_no_credentials(mode: str) -> None:
    fake = FakeDaftra([envelope(5, invoice_pdf_url="https://files.example/5.pdf?sig=1")])
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "files.example":
            seen.append(request)
            return httpx.Response(200, content=PDF, headers={"content-type": "application/pdf"})
        return fake(request)

    assert await call(mode, handler, "download_pdf", "5") == PDF
    (request,) = seen
    assert "apikey" not in request.headers
    assert SECRET not in str(request.headers)


# --- secrecy ---------------------------------------------------------------------------------


async def test_credentials_never_appear_in_errors_reprs_or_logs(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    fake = FakeDaftra([envelope(1), envelope(2)])
    await call(mode, fake, "get_invoice", "1")
    await call(mode, fake, "list_invoices", page_size=1)
    texts: list[object] = []
    for status in (400, 401, 404, 500):
        with pytest.raises(invoicekit.VendorError) as caught:
            await call(mode, lambda request, s=status: _json(s, _error_body(s)), "get_invoice", "1")
        texts += [caught.value, repr(caught.value), caught.value.args]
    with pytest.raises(invoicekit.ConfigurationError) as config_error:
        await call(mode, _forbid_requests, "get_invoice", "x")
    texts.append(config_error.value)
    for credentials in ({"api_key": SECRET}, {"token": SECRET}):
        client = invoicekit.connect("daftra", base_url=BASE_URL, **credentials)
        texts += [repr(client), repr(client._auth)]
        client.close()
    assert caplog.records, "the client logs its requests at DEBUG"
    texts += [(record.getMessage(), record.args) for record in caplog.records]
    for text in texts:
        assert SECRET not in str(text)
