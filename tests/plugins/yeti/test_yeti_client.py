"""The Yeti client flows (issue 4) against a fake Yeti, with `connect()` and `connect_async()`."""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path
from typing import Any

import httpx
import msgspec
import pytest

import invoicekit
import invoicekit.plugin
from invoicekit_yeti import YetiVendor
from invoicekit_yeti._api import NATIVE_FILTERS

pytestmark = pytest.mark.anyio

PAYLOADS = Path(__file__).parents[2] / "payloads" / "yeti"
SEED_ID = "fd2e32c4-6674-11f1-867c-da575d109341"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def stored_invoices(data: Any, count: int = 7) -> list[dict[str, Any]]:
    """Invoices numbered 1..count, oldest period first, stored newest first.

    Invoices 3 and 4 share a start date; 3 has the smaller UUID, so it comes first.
    """
    months = {n: n + 1 if n != 4 else 4 for n in range(1, count + 1)}
    return [
        data.invoice_resource(n, start=f"2026-{months[n]:02d}-01T00:00:00.000Z", amount=f"{n}.00")
        for n in range(count, 0, -1)
    ]


# -- get_invoice ------------------------------------------------------------------------------


async def test_get_invoice_sends_the_real_path_headers_and_token(
    harness: Any, server: Any, yeti_data: Any
) -> None:
    server.invoices[SEED_ID] = json.loads((yeti_data.payloads / "seed_invoice.json").read_bytes())[
        "data"
    ]
    invoice = await harness.call("get_invoice", SEED_ID)
    (request,) = server.requests
    assert request.method == "GET"
    assert request.url.host == "yeti.example"
    assert request.url.path == f"/prefix/api/rest/customer/v1/invoices/{SEED_ID}"
    assert dict(request.url.params) == {"include": "account"}
    assert request.headers["accept"] == "application/vnd.api+json"
    assert request.headers["authorization"] == yeti_data.secret  # bare, as Yeti's docs send it
    assert invoice.id == SEED_ID
    assert invoice.number == "23"
    assert invoice.currency == "USD"  # from the included account
    assert invoice.buyer == invoicekit.Party(id=yeti_data.account["id"], name="Acme Telecom USD")
    assert invoice == invoicekit.normalize("yeti", server.responses[0].content)


async def test_an_upper_case_uuid_is_accepted_and_sent_canonical(
    harness: Any, server: Any, yeti_data: Any
) -> None:
    server.invoices[SEED_ID] = yeti_data.invoice_resource(1, start="2026-06-01T00:00:00Z")
    server.invoices[SEED_ID]["id"] = SEED_ID
    invoice = await harness.call("get_invoice", SEED_ID.upper())
    assert server.requests[0].url.path.endswith(f"/invoices/{SEED_ID}")
    assert invoice.id == SEED_ID


@pytest.mark.parametrize(
    "bad_id",
    [
        "23",
        "abc",
        "fd2e32c4667411f1867cda575d109341",
        "{fd2e32c4-6674-11f1-867c-da575d109341}",
        "urn:uuid:fd2e32c4-6674-11f1-867c-da575d109341",
        "fd2e32c4-6674-11f1-867c-da575d10934",
        "fd2e32c4-6674-11f1-867c-da575d109341x",
        "gd2e32c4-6674-11f1-867c-da575d109341",
        "../fd2e32c4-6674-11f1-867c-da575d109341",
    ],
)
@pytest.mark.parametrize("operation", ["get_invoice", "download_pdf"])
async def test_ids_that_are_no_uuid_are_rejected_before_any_request(
    harness: Any, server: Any, bad_id: str, operation: str
) -> None:
    with pytest.raises(invoicekit.ConfigurationError) as caught:
        await harness.call(operation, bad_id)
    assert caught.value.vendor == "yeti"
    assert "UUID" in str(caught.value)
    assert server.requests == []


async def test_an_integer_id_is_rejected_before_any_request(harness: Any, server: Any) -> None:
    with pytest.raises(invoicekit.ConfigurationError):
        await harness.call("get_invoice", 23)
    assert server.requests == []


# -- error statuses from Yeti's real bodies ---------------------------------------------------


async def test_an_unknown_invoice_is_not_found_with_yetis_message(
    harness: Any, server: Any
) -> None:
    with pytest.raises(invoicekit.NotFound) as caught:
        await harness.call("get_invoice", SEED_ID)
    error = caught.value
    assert error.vendor == "yeti"
    assert error.status_code == 404
    assert error.code == "404"
    assert error.vendor_message == (
        f"Record not found: The record identified by {SEED_ID} could not be found."
    )
    assert error.path == f"/prefix/api/rest/customer/v1/invoices/{SEED_ID}"


async def test_a_rejected_token_is_an_authentication_error(
    harness: Any, server: Any, yeti_data: Any
) -> None:
    server.invoices[SEED_ID] = yeti_data.invoice_resource(1, start="2026-06-01T00:00:00Z")
    with pytest.raises(invoicekit.AuthenticationError) as caught:
        await harness.call("get_invoice", SEED_ID, credentials={"token": "expired-token"})
    assert caught.value.status_code == 401
    assert caught.value.code == "401"
    assert caught.value.vendor_message == (
        "Authorization failed: Authorization token expired or incorrect."
    )
    # A ready token is never renewed: one request, no login.
    assert len(server.requests) == 1
    assert server.logins == []


@pytest.mark.parametrize(
    ("status", "title", "detail", "code", "error_class"),
    [
        (403, "Forbidden", "Not allowed.", "403", invoicekit.AuthenticationError),
        (500, "Internal Server Error", "Internal Server Error", "500", invoicekit.VendorError),
        (
            400,
            "Invalid field value",
            "abc is not a valid value for id.",
            "103",
            invoicekit.VendorError,
        ),
    ],
)
async def test_error_statuses_carry_yetis_code_and_message(
    harness: Any,
    server: Any,
    yeti_data: Any,
    status: int,
    title: str,
    detail: str,
    code: str,
    error_class: type[invoicekit.VendorError],
) -> None:
    server.override = lambda request: yeti_data.error(status, title, detail, code)
    with pytest.raises(error_class) as caught:
        await harness.call("get_invoice", SEED_ID)
    assert type(caught.value) is error_class
    assert caught.value.status_code == status
    assert caught.value.code == code
    assert caught.value.vendor_message == f"{title}: {detail}"


async def test_rate_limited_with_retry_after_when_retries_are_exhausted(
    harness: Any, server: Any
) -> None:
    server.override = lambda request: httpx.Response(
        429, headers={"retry-after": "12"}, content=b"<html>slow down</html>"
    )
    with pytest.raises(invoicekit.RateLimited) as caught:
        await harness.call("get_invoice", SEED_ID)
    assert caught.value.retry_after == 12.0
    assert caught.value.code is None
    assert len(server.requests) == 1  # retries=0


async def test_a_non_json_error_body_still_gives_a_typed_error(harness: Any, server: Any) -> None:
    server.override = lambda request: httpx.Response(502, content=b"<html>Bad Gateway</html>")
    with pytest.raises(invoicekit.VendorError) as caught:
        await harness.call("get_invoice", SEED_ID)
    assert caught.value.status_code == 502
    assert caught.value.code is None
    assert caught.value.vendor_message is None


async def test_a_successful_answer_that_is_no_invoice_is_a_normalization_error(
    harness: Any, server: Any
) -> None:
    server.override = lambda request: httpx.Response(200, json={"data": {"id": SEED_ID}})
    with pytest.raises(invoicekit.NormalizationError) as caught:
        await harness.call("get_invoice", SEED_ID)
    assert caught.value.vendor == "yeti"
    assert caught.value.path == "$.data"
    assert isinstance(caught.value.__cause__, msgspec.ValidationError)


# -- listing ----------------------------------------------------------------------------------


async def test_paging_over_many_pages_oldest_first_each_invoice_once(
    harness: Any, server: Any, yeti_data: Any
) -> None:
    for invoice in stored_invoices(yeti_data):
        server.invoices[invoice["id"]] = invoice
    invoices = await harness.list(page_size=3)
    assert [invoice.number for invoice in invoices] == ["1", "2", "3", "4", "5", "6", "7"]
    assert len({invoice.id for invoice in invoices}) == 7
    assert server.page_numbers() == [1, 2, 3]  # pages of 3, 3 and 1: the short one ends it
    for request in server.api_requests:
        assert request.url.path == "/prefix/api/rest/customer/v1/invoices"
        assert request.url.params["page[size]"] == "3"
        assert request.url.params["sort"] == "start_date,id"
        assert request.url.params["include"] == "account"
        assert request.url.host == "yeti.example"  # links point to example.org: not followed
    assert {invoice.currency for invoice in invoices} == {"USD"}


async def test_paging_stops_at_an_empty_page(harness: Any, server: Any, yeti_data: Any) -> None:
    for invoice in stored_invoices(yeti_data, 6):
        server.invoices[invoice["id"]] = invoice
    server.next_link = "always"  # a server that offers a next page even after the last
    invoices = await harness.list(page_size=3)
    assert [invoice.number for invoice in invoices] == ["1", "2", "3", "4", "5", "6"]
    assert server.page_numbers() == [1, 2, 3]


async def test_paging_stops_at_a_short_page_even_with_a_next_link(
    harness: Any, server: Any, yeti_data: Any
) -> None:
    for invoice in stored_invoices(yeti_data):
        server.invoices[invoice["id"]] = invoice
    server.next_link = "always"
    invoices = await harness.list(page_size=3)
    assert len(invoices) == 7
    assert server.page_numbers() == [1, 2, 3]


async def test_paging_stops_without_a_next_link(harness: Any, server: Any, yeti_data: Any) -> None:
    for invoice in stored_invoices(yeti_data, 6):
        server.invoices[invoice["id"]] = invoice
    invoices = await harness.list(page_size=3)
    assert len(invoices) == 6
    assert server.page_numbers() == [1, 2]  # the full last page has no links.next

    server.requests.clear()
    server.next_link = "never"
    assert len(await harness.list(page_size=3)) == 3
    assert server.page_numbers() == [1]


async def test_a_server_that_ignores_the_page_number_does_not_loop(
    harness: Any, server: Any, yeti_data: Any
) -> None:
    for invoice in stored_invoices(yeti_data):
        server.invoices[invoice["id"]] = invoice
    server.ignore_page_number = True
    invoices = await harness.list(page_size=3)
    assert [invoice.number for invoice in invoices] == ["1", "2", "3"]
    assert server.page_numbers() == [1, 2]


async def test_an_empty_list(harness: Any, server: Any) -> None:
    assert await harness.list() == []
    assert server.page_numbers() == [1]
    assert server.api_requests[0].url.params["page[size]"] == "100"  # the plugin's default


async def test_the_default_page_size_is_100(harness: Any, server: Any, yeti_data: Any) -> None:
    for number in range(1, 151):
        invoice = yeti_data.invoice_resource(number, start=f"2020-01-01T00:00:{number % 60:02d}Z")
        server.invoices[invoice["id"]] = invoice
    invoices = await harness.list()
    assert len(invoices) == 150
    assert server.page_numbers() == [1, 2]


def test_listing_is_lazy_one_page_at_a_time(server: Any, yeti_data: Any) -> None:
    for invoice in stored_invoices(yeti_data):
        server.invoices[invoice["id"]] = invoice
    with invoicekit.connect(
        "yeti",
        base_url=yeti_data.base_url,
        transport=httpx.MockTransport(server),
        token=yeti_data.secret,
    ) as client:
        invoices = client.list_invoices(page_size=3)
        assert server.requests == []
        first = next(invoices)
        assert first.number == "1"
        assert server.page_numbers() == [1]
        assert [invoice.number for invoice in invoices] == ["2", "3", "4", "5", "6", "7"]
        assert server.page_numbers() == [1, 2, 3]


async def test_a_listed_invoice_equals_the_fetched_one_but_for_raw(
    harness: Any, server: Any, yeti_data: Any
) -> None:
    for invoice in stored_invoices(yeti_data, 2):
        server.invoices[invoice["id"]] = invoice
    listed = await harness.list()
    fetched = await harness.call("get_invoice", listed[0].id)
    assert msgspec.structs.replace(listed[0], raw=fetched.raw) == fetched
    # raw of a listed invoice is exactly its item of the page.
    page = json.loads(server.responses[0].content)
    assert json.loads(bytes(listed[0].raw)) == page["data"][0]


def test_the_recorded_list_page_normalizes_in_order() -> None:
    body = (PAYLOADS / "list_page.json").read_bytes()
    flow = YetiVendor().list_invoices_flow(invoicekit.plugin.ListQuery())
    next(flow)  # the page request
    page = flow.send(httpx.Response(200, content=body))
    assert isinstance(page, invoicekit.plugin.Page)
    assert page.total == 5
    invoices = page.invoices
    assert [invoice.number for invoice in invoices] == ["22", "23"]
    assert [str(invoice.totals.gross) for invoice in invoices] == ["100.714", "12.3456"]
    assert {invoice.currency for invoice in invoices} == {"USD"}
    document = json.loads(body)
    for invoice, item in zip(invoices, document["data"], strict=True):
        assert json.loads(bytes(invoice.raw)) == item


async def test_a_broken_list_item_names_its_position(
    harness: Any, server: Any, yeti_data: Any
) -> None:
    for invoice in stored_invoices(yeti_data, 3):
        server.invoices[invoice["id"]] = invoice
    server.invoices[yeti_data.invoice_id(2)]["attributes"]["amount-spent"] = "abc"
    with pytest.raises(invoicekit.NormalizationError) as caught:
        await harness.list()
    assert caught.value.path == "$.data[1].attributes.amount-spent"
    assert caught.value.vendor == "yeti"


# -- filters ----------------------------------------------------------------------------------


async def test_native_filters_pass_through_as_given(
    harness: Any, server: Any, yeti_data: Any
) -> None:
    for invoice in stored_invoices(yeti_data):
        server.invoices[invoice["id"]] = invoice
    filters = {
        "filter[reference_eq]": "5",
        "filter[start_date_gteq]": "2026-01-01T00:00:00Z",
        "filter[account_id_in]": f"{yeti_data.account['id']},{yeti_data.invoice_id(9)}",
        "filter[amount_spent_gt]": 0,
    }
    invoices = await harness.list(page_size=50, **filters)
    assert [invoice.number for invoice in invoices] == ["5"]
    params = server.api_requests[0].url.params
    assert params["filter[reference_eq]"] == "5"
    assert params["filter[start_date_gteq]"] == "2026-01-01T00:00:00Z"
    assert params["filter[account_id_in]"] == filters["filter[account_id_in]"]
    assert params["filter[amount_spent_gt]"] == "0"
    assert params["page[size]"] == "50"
    assert params["sort"] == "start_date,id"  # filters cannot change the order


@pytest.mark.parametrize("name", ["issued_since", "issued_until", "status", "updated_since"])
async def test_unsupported_common_filters_raise_before_any_request(
    harness: Any, server: Any, name: str
) -> None:
    value = {
        "issued_since": "2026-01-01",
        "issued_until": "2026-12-31",
        "status": "paid",
        "updated_since": "2026-01-01T00:00:00+00:00",
    }[name]
    with pytest.raises(invoicekit.Unsupported) as caught:
        await harness.list(**{name: value})
    assert caught.value.vendor == "yeti"
    assert name in str(caught.value)
    assert server.requests == []


@pytest.mark.parametrize(
    "name",
    [
        "filter[due_date_lt]",
        "filter[reference_gt]",
        "filter[account_id_gt]",
        "sort",
        "include",
        "page[number]",
        "filter[start-date_gteq]",
        "reference_eq",
    ],
)
async def test_unknown_native_filters_raise_before_any_request(
    harness: Any, server: Any, name: str
) -> None:
    with pytest.raises(invoicekit.ConfigurationError):
        await harness.list(**{name: "x"})
    assert server.requests == []


@pytest.mark.parametrize("size", [0, 1001, -1])
async def test_page_size_outside_yetis_range_is_refused(
    harness: Any, server: Any, size: int
) -> None:
    with pytest.raises(invoicekit.ConfigurationError):
        await harness.list(page_size=size)
    assert server.requests == []


async def test_page_size_1000_is_allowed(harness: Any, server: Any) -> None:
    await harness.list(page_size=1000)
    assert server.api_requests[0].url.params["page[size]"] == "1000"


async def test_a_filter_yeti_refuses_is_a_vendor_error_with_its_code(
    harness: Any, server: Any, yeti_data: Any
) -> None:
    server.override = lambda request: yeti_data.error(
        400, "Invalid filter value", "abc is not a valid value for reference_in.", "107"
    )
    with pytest.raises(invoicekit.VendorError) as caught:
        await harness.list(**{"filter[reference_in]": "abc"})
    assert caught.value.code == "107"
    assert caught.value.status_code == 400


def test_native_filters_are_exactly_the_specs_filter_keys(yeti_data: Any) -> None:
    assert yeti_data.spec_filter_keys == NATIVE_FILTERS
    assert len(NATIVE_FILTERS) == 165  # 164 ransack keys and jsonapi-resources' filter[id]
    vendor = invoicekit.get_vendor("yeti")
    assert vendor.accepts_native_filter("filter[id]")
    assert vendor.accepts_native_filter("filter[start_date_gteq]")
    assert vendor.accepts_native_filter("filter[reference_cont_any]")
    assert vendor.accepts_native_filter("filter[account_id_not_in]")
    assert not vendor.accepts_native_filter("filter[account_id_gt]")
    assert not vendor.accepts_native_filter("page[size]")


def test_capabilities() -> None:
    capabilities = invoicekit.get_vendor("yeti").capabilities()
    assert capabilities.filters == ("page_size",)
    assert capabilities.supports_pdf is True
    assert [c.names for c in capabilities.credentials] == [("login", "password"), ("token",)]
    assert invoicekit.get_vendor("yeti").max_page_size == 1000
    assert isinstance(invoicekit.get_vendor("yeti"), YetiVendor)


# -- PDF --------------------------------------------------------------------------------------


async def test_download_pdf(harness: Any, server: Any, yeti_data: Any) -> None:
    invoice = yeti_data.invoice_resource(1, start="2026-06-01T00:00:00Z", has_pdf=True)
    server.invoices[invoice["id"]] = invoice
    assert await harness.call("download_pdf", invoice["id"]) == yeti_data.pdf
    (request,) = server.requests
    assert request.url.path == f"/prefix/api/rest/customer/v1/invoices/{invoice['id']}/download"
    assert request.headers["authorization"] == yeti_data.secret
    assert "vnd.api+json" not in request.headers.get("accept", "")


async def test_download_without_a_pdf_is_not_found(
    harness: Any, server: Any, yeti_data: Any
) -> None:
    invoice = yeti_data.invoice_resource(1, start="2026-06-01T00:00:00Z", has_pdf=False)
    server.invoices[invoice["id"]] = invoice
    with pytest.raises(invoicekit.NotFound) as caught:
        await harness.call("download_pdf", invoice["id"])
    assert caught.value.code is None  # Yeti sends an empty body here
    assert caught.value.path.endswith("/download")


async def test_a_download_that_is_no_pdf_is_refused(
    harness: Any, server: Any, yeti_data: Any
) -> None:
    server.override = lambda request: httpx.Response(
        200, content=b"<html>login</html>", headers={"content-type": "text/html"}
    )
    with pytest.raises(invoicekit.Unsupported):
        await harness.call("download_pdf", SEED_ID)


# -- secrets ----------------------------------------------------------------------------------


async def test_no_credential_in_errors_reprs_or_debug_logs(
    harness: Any, server: Any, yeti_data: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    secret = yeti_data.secret
    failures: list[BaseException] = []
    # A wrong password for a secret login, a wrong secret password, a rejected secret token.
    for credentials in (
        {"login": secret, "password": "wrong"},
        {"login": yeti_data.login, "password": secret + "-wrong"},
        {"token": secret + "-revoked"},
    ):
        with pytest.raises(invoicekit.AuthenticationError) as caught:
            await harness.call("get_invoice", SEED_ID, credentials=credentials)
        failures.append(caught.value)
    with pytest.raises(invoicekit.NotFound) as caught:
        await harness.call("get_invoice", SEED_ID)
    failures.append(caught.value)
    server.override = lambda request: httpx.Response(500, json={"errors": []})
    with pytest.raises(invoicekit.VendorError) as caught:
        await harness.list(
            client_options={"credentials": {"login": yeti_data.login, "password": secret}}
        )
    failures.append(caught.value)
    client = invoicekit.connect(
        "yeti", base_url=yeti_data.base_url, login=yeti_data.login, password=secret
    )
    texts = [str(f) for f in failures] + [repr(f) for f in failures] + [repr(client)]
    texts += [repr(client._auth), repr(vars(failures[0]))]
    client.close()
    texts += [record.getMessage() for record in caplog.records]
    texts += [repr(record.args) for record in caplog.records]
    assert caplog.records
    for text in texts:
        assert secret not in text


# -- the account's time zone ------------------------------------------------------------------


async def test_timezone_at_connect_gives_the_local_period_days(
    harness: Any, server: Any, yeti_data: Any
) -> None:
    june = yeti_data.invoice_resource(
        6, start="2026-05-31T22:00:00.000Z", end="2026-06-30T22:00:00.000Z"
    )
    server.invoices[june["id"]] = june
    berlin = {"token": yeti_data.secret, "timezone": "Europe/Berlin"}
    one = await harness.call("get_invoice", june["id"], credentials=berlin)
    (listed,) = await harness.list(client_options={"credentials": berlin})
    for invoice in (one, listed):
        assert (invoice.period_start, invoice.period_end) == (
            dt.date(2026, 6, 1),
            dt.date(2026, 6, 30),
        )
        assert invoice.extra["period_time_zone"] == "Europe/Berlin"
    plain = await harness.call("get_invoice", june["id"])
    assert plain.period_start == dt.date(2026, 5, 31)  # UTC days without the zone
    # The option is no credential: it is not sent and does not show as one.
    assert all("Europe" not in str(request.headers) for request in server.requests)


def test_timezone_is_a_connect_keyword_kept_out_of_the_credentials(
    server: Any, yeti_data: Any
) -> None:
    client = invoicekit.connect(
        "yeti",
        base_url=yeti_data.base_url,
        token=yeti_data.secret,
        timezone="Europe/Berlin",
        transport=httpx.MockTransport(server),
    )
    with client:
        assert "timezone" not in repr(client)
        assert client.vendor.options == frozenset({"timezone"})
    # The registered vendor stays as it was: the zone belongs to this one client.
    assert (
        invoicekit.normalize("yeti", (yeti_data.payloads / "seed_invoice.json").read_bytes()).extra[
            "period_time_zone"
        ]
        == "UTC"
    )
    with pytest.raises(invoicekit.ConfigurationError, match="IANA"):
        invoicekit.connect(
            "yeti", base_url=yeti_data.base_url, token=yeti_data.secret, timezone="Nowhere/City"
        )
