"""The Fynn HTTP flows (issue 4) through `invoicekit.connect` and `connect_async`.

A fake Fynn answers on an `httpx.MockTransport` with the real paths, the bearer check, the
``_pagination`` envelope and Fynn's problem bodies. Nothing leaves the machine.
"""

from __future__ import annotations

import copy
import json
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import msgspec
import pytest
from helpers.client import listing_keywords

import invoicekit
from invoicekit import (
    AuthenticationError,
    ConfigurationError,
    InvoiceKind,
    InvoiceStatus,
    NormalizationError,
    NotFound,
    RateLimited,
    Unsupported,
    VendorError,
)

PAYLOADS = Path(__file__).resolve().parents[2] / "payloads" / "fynn"
KEY = "s3cr3t-KEY-123"
BASE = "https://acme.coreapi.io"
CDN = "https://files.example-cdn.com"
SEED_ID = "3f1c2a9e-6b7d-4e2f-9a41-0c5d8e7b1a23"
PDF = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
NOT_FOUND = {
    "type": "https://tools.ietf.org/html/rfc2616#section-10",
    "title": "An error occurred",
    "status": 404,
    "detail": "Not Found",
}
VIOLATIONS = {
    "title": "An error occurred",
    "detail": "firstname: This value should not be blank.",
    "violations": [
        {
            "propertyPath": "firstname",
            "message": "This value should not be blank.",
            "code": "c1051bb4-d103-4f74-8988-acbcafc7fdc3",
        },
        {"propertyPath": "zip", "message": "Invalid zip.", "code": "9ff3fdc4"},
    ],
}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def seed() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((PAYLOADS / "seed_invoice.json").read_bytes())
    return loaded


def numbered(count: int) -> list[dict[str, Any]]:
    """``count`` invoices, oldest first, with ids ...0001, ...0002, ..."""
    items = []
    for n in range(1, count + 1):
        item = copy.deepcopy(seed())
        item.update(
            id=f"00000000-0000-4000-8000-{n:012d}",
            number=f"RE-{n:010d}",
            creationDate=f"2024-01-{n:02d}T08:00:00Z",
        )
        items.append(item)
    return items


def json_response(status: int, content: Any, **headers: str) -> httpx.Response:
    return httpx.Response(
        status,
        content=msgspec.json.encode(content),
        headers={"content-type": "application/json", **headers},
    )


class FakeFynn:
    """Fynn's invoice endpoints, as far as the plugin uses them; it records every request."""

    def __init__(
        self,
        invoices: list[dict[str, Any]] | None = None,
        *,
        pagination: bool = True,
        ignore_page: bool = False,
        link: dict[str, Any] | None = None,
        transactions: list[dict[str, Any]] | None = None,
    ) -> None:
        self.invoices = invoices if invoices is not None else [seed()]
        #: Payment transactions (``GET /payment/transactions``); ``transactions_status`` other
        #: than 200 answers that status instead (403: a key without ``transaction:read``).
        self.transactions = transactions if transactions is not None else []
        self.transactions_status = 200
        self.honour_invoice_filter = True
        self.pagination = pagination
        self.ignore_page = ignore_page
        self.link = link if link is not None else {"url": f"{CDN}/dl/RE-1.pdf?sig=abc"}
        self.requests: list[httpx.Request] = []
        self.override: Callable[[httpx.Request], httpx.Response | None] | None = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.override and (response := self.override(request)) is not None:
            return response
        if request.url.host == "files.example-cdn.com":
            return httpx.Response(200, content=PDF, headers={"content-type": "application/pdf"})
        if request.headers.get("authorization") != f"Bearer {KEY}":
            # The JWT bundle's answer to a missing or wrong token.
            return json_response(401, {"code": 401, "message": "Invalid JWT Token"})
        path = request.url.path
        if request.method == "GET" and path == "/invoices":
            return self._list(request)
        if request.method == "GET" and path == "/payment/transactions":
            return self._transactions(request)
        if match := re.fullmatch(r"/invoices/([^/]+)/download-link", path):
            assert request.method == "PUT"
            return self._find(match[1]) or json_response(200, self.link)
        if request.method == "GET" and (match := re.fullmatch(r"/invoices/([^/]+)", path)):
            found = self._find(match[1])
            return found or json_response(200, self._by_id(match[1]))
        return json_response(404, NOT_FOUND)

    def _by_id(self, invoice_id: str) -> dict[str, Any]:
        return next(item for item in self.invoices if item["id"] == invoice_id)

    def _find(self, invoice_id: str) -> httpx.Response | None:
        if any(item["id"] == invoice_id for item in self.invoices):
            return None
        return json_response(404, NOT_FOUND)

    def _list(self, request: httpx.Request) -> httpx.Response:
        params = request.url.params
        assert params["order[creationDate]"] == "asc"
        page = 1 if self.ignore_page else int(params["page"])
        limit = int(params["limit"])
        chunk = self.invoices[(page - 1) * limit : page * limit]
        body: dict[str, Any] = {"data": chunk}
        if self.pagination:
            body["_pagination"] = {
                "itemsPerPage": limit,
                "currentPage": page,
                "pageTotalItems": len(chunk),
                "totalItems": len(self.invoices),
                "lastPage": max(1, -(-len(self.invoices) // limit)),
            }
        return json_response(200, body)

    def _transactions(self, request: httpx.Request) -> httpx.Response:
        if self.transactions_status != 200:
            return json_response(self.transactions_status, {"code": 403, "message": "Denied"})
        params = request.url.params
        wanted = params.get("invoice") if self.honour_invoice_filter else None
        rows = [
            t for t in self.transactions if wanted in {None, (t.get("invoice") or {}).get("id")}
        ]
        page, limit = int(params["page"]), int(params["limit"])
        chunk = rows[(page - 1) * limit : page * limit]
        pagination = {"itemsPerPage": limit, "lastPage": max(1, -(-len(rows) // limit))}
        return json_response(200, {"data": chunk, "_pagination": pagination})

    def invoice_requests(self) -> list[httpx.Request]:
        """The requests of the invoice endpoints (not the payment lookups)."""
        return [r for r in self.requests if not r.url.path.startswith("/payment/")]

    def transaction_requests(self) -> list[httpx.Request]:
        """The payment transaction lookups."""
        return [r for r in self.requests if r.url.path.startswith("/payment/")]

    def pages(self) -> list[int]:
        return [int(r.url.params["page"]) for r in self.requests if r.url.path == "/invoices"]


def connect(fake: FakeFynn, **options: Any) -> invoicekit.InvoiceClient:
    options.setdefault("api_key", KEY)
    return invoicekit.connect(
        "fynn",
        base_url=options.pop("base_url", BASE),
        transport=httpx.MockTransport(fake),
        **options,
    )


def connect_async(fake: FakeFynn, **options: Any) -> invoicekit.AsyncInvoiceClient:
    options.setdefault("api_key", KEY)
    return invoicekit.connect_async(
        "fynn",
        base_url=options.pop("base_url", BASE),
        transport=httpx.MockTransport(fake),
        **options,
    )


def ids(count: int) -> list[str]:
    return [item["id"] for item in numbered(count)]


# --------------------------------------------------------------------------- capabilities


def test_fynn_is_registered_with_its_capabilities() -> None:
    capabilities = invoicekit.get_vendor("fynn").capabilities()
    assert capabilities.filters == ("page_size",)
    assert capabilities.supports_pdf is True
    assert [item.names for item in capabilities.credentials] == [("api_key",)]
    assert invoicekit.get_vendor("fynn").max_page_size == 100


# --------------------------------------------------------------------------- get


def test_get_invoice_sends_the_bearer_key_to_the_invoice_path() -> None:
    fake = FakeFynn()
    with connect(fake) as client:
        invoice = client.get_invoice(SEED_ID)
    assert invoice.id == SEED_ID
    assert invoice.number == "RE-0000000001"
    assert str(invoice.totals.gross) == "58.31"
    assert bytes(invoice.raw) == msgspec.json.encode(seed())
    (request,) = fake.invoice_requests()
    assert (request.method, request.url.path) == ("GET", f"/invoices/{SEED_ID}")
    assert request.url.host == "acme.coreapi.io"
    assert request.headers["authorization"] == f"Bearer {KEY}"


def test_get_invoice_under_a_base_path() -> None:
    fake = FakeFynn()
    fake.override = lambda request: (
        json_response(200, seed()) if request.url.path == f"/fynn/invoices/{SEED_ID}" else None
    )
    with connect(fake, base_url="https://proxy.example.org/fynn") as client:
        assert client.get_invoice(SEED_ID).id == SEED_ID


def test_an_upper_case_uuid_is_a_valid_id() -> None:
    fake = FakeFynn([{**seed(), "id": SEED_ID.upper()}])
    with connect(fake) as client:
        assert client.get_invoice(SEED_ID.upper()).id == SEED_ID.upper()


@pytest.mark.parametrize(
    "bad_id",
    ["not-a-uuid", "12345", 12345, "../invoices", f"{SEED_ID}/download-link", f"{SEED_ID}x"],
)
def test_ids_that_are_no_uuid_are_rejected_before_any_request(bad_id: str | int) -> None:
    fake = FakeFynn()
    with connect(fake) as client:
        with pytest.raises(ConfigurationError) as caught:
            client.get_invoice(bad_id)
        assert caught.value.vendor == "fynn"
        with pytest.raises(ConfigurationError):
            client.download_pdf(bad_id)
    assert fake.requests == []


def test_a_malformed_invoice_body_is_a_normalization_error_with_its_path() -> None:
    fake = FakeFynn([{**seed(), "grossAmount": {"amount": "abc"}}])
    with connect(fake) as client, pytest.raises(NormalizationError) as caught:
        client.get_invoice(SEED_ID)
    assert (caught.value.vendor, caught.value.path) == ("fynn", "$.grossAmount.amount")


def test_a_non_json_invoice_body_is_a_normalization_error() -> None:
    fake = FakeFynn()
    fake.override = lambda request: httpx.Response(200, content=b"<html>maintenance</html>")
    with connect(fake) as client, pytest.raises(NormalizationError) as caught:
        client.get_invoice(SEED_ID)
    assert caught.value.path == "$"


# --------------------------------------------------------------------------- list


@pytest.mark.parametrize("pagination", [True, False], ids=["with-_pagination", "without"])
def test_listing_pages_through_every_invoice_once_oldest_first(pagination: bool) -> None:
    fake = FakeFynn(numbered(7), pagination=pagination)
    with connect(fake) as client:
        listed = [invoice.id for invoice in client.list_invoices(page_size=3)]
    assert listed == ids(7)
    # 3, 3, 1: the short last page (or lastPage) ends it without a fourth request.
    assert fake.pages() == [1, 2, 3]
    assert {r.url.params["limit"] for r in fake.invoice_requests()} == {"3"}
    assert all(r.headers["authorization"] == f"Bearer {KEY}" for r in fake.requests)


def test_listing_without_pagination_stops_at_an_empty_page() -> None:
    fake = FakeFynn(numbered(6), pagination=False)
    with connect(fake) as client:
        assert [invoice.id for invoice in client.list_invoices(page_size=3)] == ids(6)
    assert fake.pages() == [1, 2, 3]


def test_listing_stops_at_the_last_page_fynn_names() -> None:
    fake = FakeFynn(numbered(6), pagination=True)
    with connect(fake) as client:
        assert [invoice.id for invoice in client.list_invoices(page_size=3)] == ids(6)
    # Page 2 is full, but _pagination.lastPage says it is the last: no empty third request.
    assert fake.pages() == [1, 2]


def test_a_server_page_size_below_the_limit_asked_for_is_followed() -> None:
    items = numbered(5)
    fake = FakeFynn(items)

    def capped(request: httpx.Request) -> httpx.Response | None:
        if request.url.path != "/invoices":
            return None
        page = int(request.url.params["page"])
        chunk = items[(page - 1) * 2 : page * 2]
        # Fynn serves 2 per page whatever limit says, and names no last page.
        return json_response(200, {"data": chunk, "_pagination": {"itemsPerPage": 2}})

    fake.override = capped
    with connect(fake) as client:
        assert [invoice.id for invoice in client.list_invoices(page_size=3)] == ids(5)
    assert fake.pages() == [1, 2, 3]


def test_listing_is_lazy() -> None:
    fake = FakeFynn(numbered(7))
    with connect(fake) as client:
        iterator = client.list_invoices(page_size=3)
        assert fake.requests == []
        assert [next(iterator).id for _ in range(4)] == ids(4)
        assert fake.pages() == [1, 2]


def test_listing_asks_for_100_invoices_per_page_by_default() -> None:
    fake = FakeFynn(numbered(2))
    with connect(fake) as client:
        invoices = list(client.list_invoices())
    assert [invoice.status for invoice in invoices] == [InvoiceStatus.OPEN] * 2
    (request,) = fake.invoice_requests()
    assert dict(request.url.params) == {"page": "1", "limit": "100", "order[creationDate]": "asc"}


def test_an_empty_list() -> None:
    fake = FakeFynn([])
    with connect(fake) as client:
        assert list(client.list_invoices(page_size=5)) == []
    assert fake.pages() == [1]


def test_an_invoice_repeated_on_the_next_page_is_listed_once() -> None:
    items = numbered(5)
    fake = FakeFynn(items)

    def shifted(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/invoices" and request.url.params["page"] == "2":
            # An invoice inserted before page 2 was fetched pushes item 3 onto it again.
            return json_response(200, {"data": items[2:5], "_pagination": {"lastPage": 2}})
        return None

    fake.override = shifted
    with connect(fake) as client:
        assert [invoice.id for invoice in client.list_invoices(page_size=3)] == ids(5)


@pytest.mark.parametrize("pagination", [True, False])
def test_a_server_that_ignores_the_page_parameter_is_not_looped_over(pagination: bool) -> None:
    fake = FakeFynn(numbered(7), ignore_page=True, pagination=pagination)
    with connect(fake) as client:
        iterator = client.list_invoices(page_size=3)
        assert [next(iterator).id for _ in range(3)] == ids(3)
        with pytest.raises(Unsupported, match="page parameter"):
            next(iterator)
    assert fake.pages() == [1, 2]


def test_a_bad_list_item_names_its_position_on_the_page() -> None:
    items = numbered(2)
    items[1]["grossAmount"] = {"amount": 1.5}
    fake = FakeFynn(items)
    with connect(fake) as client, pytest.raises(NormalizationError) as caught:
        list(client.list_invoices())
    assert caught.value.path == "$.data[1].grossAmount.amount"


def test_a_list_body_without_data_is_a_normalization_error() -> None:
    fake = FakeFynn()
    fake.override = lambda request: json_response(200, {"items": []})
    with connect(fake) as client, pytest.raises(NormalizationError) as caught:
        list(client.list_invoices())
    assert (caught.value.path, caught.value.cause) == ("$.data", "missing")


def test_list_items_keep_their_own_json_as_raw() -> None:
    items = numbered(2)
    fake = FakeFynn(items)
    with connect(fake) as client:
        listed = list(client.list_invoices())
    assert [invoice.raw_json() for invoice in listed] == items
    assert bytes(listed[0].raw) == msgspec.json.encode(items[0])


def test_native_filters_pass_through_as_query_parameters() -> None:
    fake = FakeFynn(numbered(1))
    with connect(fake) as client:
        list(
            client.list_invoices(
                native={
                    "type": "TYPE_CREDIT",
                    "customer": "8d2b6c1e",
                    "number": "GS-1",
                    "search": "Acme",
                },
                page_size=10,
            )
        )
    (request,) = fake.invoice_requests()
    assert dict(request.url.params) == {
        "page": "1",
        "limit": "10",
        "order[creationDate]": "asc",
        "type": "TYPE_CREDIT",
        "customer": "8d2b6c1e",
        "number": "GS-1",
        "search": "Acme",
    }


@pytest.mark.parametrize(
    "filters",
    [
        {"status": "open"},
        {"status": ["paid", "void"]},
        {"issued_since": "2024-01-01"},
        {"issued_until": "2024-01-31"},
        {"updated_since": "2024-01-01T00:00:00+00:00"},
    ],
)
def test_common_filters_fynn_cannot_apply_raise_before_any_request(
    filters: dict[str, Any],
) -> None:
    fake = FakeFynn()
    with connect(fake) as client, pytest.raises(Unsupported) as caught:
        client.list_invoices(**filters)
    assert caught.value.vendor == "fynn"
    assert fake.requests == []


@pytest.mark.parametrize(
    ("filters", "error"),
    [
        ({"page": "2"}, ConfigurationError),
        ({"limit": "5"}, ConfigurationError),
        ({"order[creationDate]": "desc"}, ConfigurationError),
        ({"page_size": 101}, ConfigurationError),
        ({"page_size": 0}, ConfigurationError),
    ],
)
def test_paging_parameters_are_not_filters(filters: dict[str, Any], error: type) -> None:
    fake = FakeFynn()
    with connect(fake) as client, pytest.raises(error):
        client.list_invoices(**listing_keywords(filters))
    assert fake.requests == []


# --------------------------------------------------------------------------- errors


def _failing(status: int, content: Any, **headers: str) -> FakeFynn:
    fake = FakeFynn()
    if isinstance(content, bytes):
        fake.override = lambda request: httpx.Response(status, content=content, headers=headers)
    else:
        fake.override = lambda request: json_response(status, content, **headers)
    return fake


ERROR_CASES = [
    (
        401,
        {"code": 401, "message": "Invalid JWT Token"},
        AuthenticationError,
        "401",
        "Invalid JWT Token",
    ),
    (
        403,
        {"type": "/errors/403", "title": "An error occurred", "detail": "Access Denied."},
        AuthenticationError,
        "/errors/403",
        "Access Denied.",
    ),
    (404, NOT_FOUND, NotFound, NOT_FOUND["type"], "Not Found"),
    (
        400,
        VIOLATIONS,
        VendorError,
        "c1051bb4-d103-4f74-8988-acbcafc7fdc3",
        "firstname: This value should not be blank.\nzip: Invalid zip.",
    ),
    (
        500,
        {"@type": "hydra:Error", "hydra:title": "An error occurred", "hydra:description": "Boom"},
        VendorError,
        None,
        "Boom",
    ),
    (502, b"<html>Bad Gateway</html>", VendorError, None, None),
]


@pytest.mark.parametrize(("status", "content", "error", "code", "message"), ERROR_CASES)
def test_error_statuses_become_typed_errors_with_fynns_code_and_message(
    status: int, content: Any, error: type[VendorError], code: str | None, message: str | None
) -> None:
    fake = _failing(status, content)
    with connect(fake, retries=0) as client, pytest.raises(error) as caught:
        client.get_invoice(SEED_ID)
    assert type(caught.value) is error
    assert caught.value.status_code == status
    assert (caught.value.code, caught.value.vendor_message) == (code, message)
    assert caught.value.path == f"/invoices/{SEED_ID}"


def test_rate_limited_after_retries_carries_retry_after() -> None:
    fake = _failing(
        429, {"title": "Too Many Requests", "detail": "Slow down"}, **{"retry-after": "7"}
    )
    with connect(fake, retries=0) as client, pytest.raises(RateLimited) as caught:
        client.get_invoice(SEED_ID)
    assert caught.value.retry_after == 7.0
    assert caught.value.vendor_message == "Slow down"
    assert len(fake.requests) == 1


def test_a_wrong_key_is_an_authentication_error() -> None:
    with (
        connect(FakeFynn(), api_key="wrong-key") as client,
        pytest.raises(AuthenticationError) as caught,
    ):
        client.get_invoice(SEED_ID)
    assert caught.value.status_code == 401


# --------------------------------------------------------------------------- PDF


def test_download_pdf_fetches_a_short_lived_link_then_the_file_without_the_key() -> None:
    fake = FakeFynn()
    with connect(fake) as client:
        assert client.download_pdf(SEED_ID) == PDF
    link, download = fake.requests
    assert (link.method, link.url.path) == ("PUT", f"/invoices/{SEED_ID}/download-link")
    assert dict(link.url.params) == {"secondsValid": "60"}
    assert link.headers["authorization"] == f"Bearer {KEY}"
    assert (download.method, str(download.url)) == ("GET", f"{CDN}/dl/RE-1.pdf?sig=abc")
    assert "authorization" not in download.headers


@pytest.mark.parametrize("field", ["downloadUrl", "downloadLink", "link", "href"])
def test_download_pdf_reads_only_the_documented_url_field(field: str) -> None:
    fake = FakeFynn(link={field: f"{CDN}/dl/x.pdf"})
    with connect(fake) as client, pytest.raises(NormalizationError) as caught:
        client.download_pdf(SEED_ID)
    assert caught.value.path == "$.url"


def test_a_link_on_the_api_host_is_fetched_with_the_key() -> None:
    fake = FakeFynn(link={"url": "/files/download/01HEMZ4Q"})
    fake.override = lambda request: (
        httpx.Response(200, content=PDF, headers={"content-type": "application/pdf"})
        if request.url.path == "/files/download/01HEMZ4Q"
        else None
    )
    with connect(fake) as client:
        assert client.download_pdf(SEED_ID) == PDF
    assert fake.requests[1].headers["authorization"] == f"Bearer {KEY}"


@pytest.mark.parametrize(
    "link", [{}, {"url": None}, {"url": ""}, {"expiresAt": "2023-11-08T05:31:56+00:00"}]
)
def test_a_download_link_response_without_a_link_is_a_normalization_error(
    link: dict[str, Any],
) -> None:
    fake = FakeFynn(link=link)
    with connect(fake) as client, pytest.raises(NormalizationError) as caught:
        client.download_pdf(SEED_ID)
    assert (caught.value.vendor, caught.value.path) == ("fynn", "$.url")
    assert len(fake.requests) == 1


@pytest.mark.parametrize(
    ("body", "path"), [({"url": "ftp://files.example/x.pdf"}, "$.url"), ({"url": 5}, "$.url")]
)
def test_a_download_link_that_is_no_http_url_is_a_normalization_error(
    body: dict[str, Any], path: str
) -> None:
    with connect(FakeFynn(link=body)) as client, pytest.raises(NormalizationError) as caught:
        client.download_pdf(SEED_ID)
    assert caught.value.path == path


def test_a_download_that_is_no_pdf_is_unsupported() -> None:
    fake = FakeFynn()
    fake.override = lambda request: (
        httpx.Response(200, content=b"<html>login</html>", headers={"content-type": "text/html"})
        if request.url.host == "files.example-cdn.com"
        else None
    )
    with connect(fake) as client, pytest.raises(Unsupported):
        client.download_pdf(SEED_ID)


def test_download_pdf_of_an_unknown_invoice_is_not_found() -> None:
    with connect(FakeFynn()) as client, pytest.raises(NotFound):
        client.download_pdf("00000000-0000-4000-8000-000000000099")


# --------------------------------------------------------------------------- credentials


@pytest.fixture
def debug_log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    return caplog


def _everything_logged(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(
        f"{record.getMessage()} {record.args!r} {record.__dict__!r}" for record in caplog.records
    )


def test_the_key_never_appears_in_errors_reprs_or_logs(debug_log: pytest.LogCaptureFixture) -> None:
    texts: list[str] = []
    fake = FakeFynn(numbered(2))
    with connect(fake) as client:
        texts.append(repr(client))
        texts.append(repr(client._auth))
        client.get_invoice(numbered(1)[0]["id"])
        list(client.list_invoices(page_size=1))
        client.download_pdf(numbered(1)[0]["id"])
        for call in (
            lambda: client.get_invoice("00000000-0000-4000-8000-000000000099"),
            lambda: client.list_invoices(status="open"),
            lambda: client.get_invoice("nope"),
        ):
            with pytest.raises(invoicekit.InvoiceKitError) as caught:
                call()
            texts += [str(caught.value), repr(caught.value), repr(vars(caught.value))]
    # A vendor message that echoes the key is redacted.
    echo = _failing(401, {"title": "Unauthorized", "detail": f"Token {KEY} has expired"})
    with connect(echo) as client, pytest.raises(AuthenticationError) as caught:
        client.get_invoice(SEED_ID)
    assert caught.value.vendor_message == "Token *** has expired"
    texts += [str(caught.value), repr(vars(caught.value))]
    assert debug_log.records, "the client logs its requests at DEBUG"
    texts.append(_everything_logged(debug_log))
    assert not [text for text in texts if KEY in text]


@pytest.mark.parametrize("bad_key", ["two words", "line\nbreak", "tab\tkey", "ключ"])
def test_a_key_that_cannot_be_a_bearer_token_is_refused_without_echoing_it(bad_key: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        connect(FakeFynn(), api_key=bad_key)
    assert bad_key not in str(caught.value)


def test_a_missing_key_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="api_key"):
        invoicekit.connect("fynn", base_url=BASE, transport=httpx.MockTransport(FakeFynn()))


# --------------------------------------------------------------------------- async


@pytest.mark.anyio
async def test_async_get_invoice() -> None:
    fake = FakeFynn([json.loads((PAYLOADS / "credit_note.json").read_bytes())])
    credit_id = fake.invoices[0]["id"]
    async with connect_async(fake) as client:
        invoice = await client.get_invoice(credit_id)
    assert invoice.kind is InvoiceKind.CREDIT_NOTE
    assert invoice.preceding_invoice is not None
    assert invoice.preceding_invoice.id == SEED_ID
    (request,) = fake.invoice_requests()
    assert request.url.path == f"/invoices/{credit_id}"
    assert request.headers["authorization"] == f"Bearer {KEY}"


@pytest.mark.anyio
@pytest.mark.parametrize("pagination", [True, False])
async def test_async_listing_pages_through_every_invoice_once(pagination: bool) -> None:
    fake = FakeFynn(numbered(7), pagination=pagination)
    async with connect_async(fake) as client:
        listed = [invoice.id async for invoice in client.list_invoices(page_size=3)]
    assert listed == ids(7)
    assert fake.pages() == [1, 2, 3]


@pytest.mark.anyio
async def test_async_listing_stops_at_an_empty_page() -> None:
    fake = FakeFynn(numbered(6), pagination=False)
    async with connect_async(fake) as client:
        assert [invoice.id async for invoice in client.list_invoices(page_size=3)] == ids(6)
    assert fake.pages() == [1, 2, 3]


@pytest.mark.anyio
async def test_async_unsupported_filter_raises_before_any_request() -> None:
    fake = FakeFynn()
    async with connect_async(fake) as client:
        with pytest.raises(Unsupported):
            client.list_invoices(issued_since="2024-01-01")
    assert fake.requests == []


@pytest.mark.anyio
@pytest.mark.parametrize(("status", "content", "error", "code", "message"), ERROR_CASES)
async def test_async_error_statuses(
    status: int, content: Any, error: type[VendorError], code: str | None, message: str | None
) -> None:
    async with connect_async(_failing(status, content), retries=0) as client:
        with pytest.raises(error) as caught:
            await client.get_invoice(SEED_ID)
    assert type(caught.value) is error
    assert (caught.value.code, caught.value.vendor_message) == (code, message)


@pytest.mark.anyio
async def test_async_rate_limited_carries_retry_after() -> None:
    fake = _failing(429, {"detail": "Slow down"}, **{"retry-after": "3"})
    async with connect_async(fake, retries=0) as client:
        with pytest.raises(RateLimited) as caught:
            await client.get_invoice(SEED_ID)
    assert caught.value.retry_after == 3.0


@pytest.mark.anyio
async def test_async_download_pdf_sends_no_key_to_the_file_host() -> None:
    fake = FakeFynn()
    async with connect_async(fake) as client:
        assert await client.download_pdf(SEED_ID) == PDF
    link, download = fake.requests
    assert link.method == "PUT"
    assert link.headers["authorization"] == f"Bearer {KEY}"
    assert download.url.host == "files.example-cdn.com"
    assert "authorization" not in download.headers


@pytest.mark.anyio
async def test_async_bad_ids_are_rejected_before_any_request() -> None:
    fake = FakeFynn()
    async with connect_async(fake) as client:
        with pytest.raises(ConfigurationError):
            await client.get_invoice("RE-0000000001")
    assert fake.requests == []


@pytest.mark.anyio
async def test_async_key_never_appears_in_errors_or_logs(
    debug_log: pytest.LogCaptureFixture,
) -> None:
    echo = _failing(403, {"detail": f"key {KEY} lacks invoice:read"})
    async with connect_async(echo) as client:
        text = repr(client)
        with pytest.raises(AuthenticationError) as caught:
            await client.get_invoice(SEED_ID)
    texts = [text, str(caught.value), repr(vars(caught.value)), _everything_logged(debug_log)]
    assert not [item for item in texts if KEY in item]
