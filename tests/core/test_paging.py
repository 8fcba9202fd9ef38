"""Declared paging (`invoicekit.flows.PageNumber`, `Offset`, `Cursor`, `NextLink`) and the
declared envelope, driven by the real clients, sync and async, over an httpx MockTransport."""

import asyncio
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

import httpx
import msgspec
import pytest

import invoicekit
import invoicekit.plugin
from invoicekit import Invoice, InvoiceKind, InvoiceStatus, NormalizationError, Totals, Unsupported
from invoicekit.client import AsyncInvoiceClient, InvoiceClient
from invoicekit.flows import Cursor, Envelope, NextLink, Offset, PageNumber, Paging
from invoicekit.plugin import ListQuery, Vendor

BASE = "https://pager.example"


class Item(msgspec.Struct):
    id: str
    total: Decimal


class Pager(Vendor):
    """A vendor with nothing but declarations, `map_invoice` and two request builders."""

    name = "pager"
    title = "Pager"
    envelope = Envelope(invoice=("data",), items=("data",))
    default_page_size = 2
    filters = frozenset({"page_size"})

    def __init__(self, paging: Paging) -> None:
        self.declared = paging

    @property
    def paging(self) -> Paging:  # type: ignore[override]
        return self.declared

    def map_invoice(self, raw: msgspec.Raw, context: Any) -> Invoice:
        item = msgspec.json.decode(raw, type=Item)
        if item.total < 0:
            raise NormalizationError(self.name, "$.total", "negative")
        return Invoice(
            vendor=self.name,
            id=item.id,
            kind=InvoiceKind.INVOICE,
            status=InvoiceStatus.ISSUED,
            totals=Totals(gross=item.total),
            raw=raw,
        )

    def invoice_request(self, invoice_id: str) -> Mapping[str, Any]:
        return {"method": "GET", "url": f"/invoices/{invoice_id}"}

    def list_request(self, query: ListQuery, params: dict[str, Any]) -> Mapping[str, Any]:
        return {"method": "GET", "url": "/invoices", "params": {**params, **query.native}}


def items(count: int) -> list[dict[str, Any]]:
    return [{"id": f"in_{n}", "total": "1.50"} for n in range(1, count + 1)]


class Server:
    """Serves ``invoices`` in the style under test; ``answer`` may replace any answer."""

    def __init__(self, invoices: list[dict[str, Any]], style: str, **extra: Any) -> None:
        self.invoices, self.style, self.extra = invoices, style, extra
        self.requests: list[httpx.URL] = []
        self.answer: Callable[[httpx.Request], Any] | None = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request.url)
        if self.answer is not None and (replaced := self.answer(request)) is not None:
            return httpx.Response(200, json=replaced)
        if request.url.path.startswith("/invoices/"):
            wanted = request.url.path.rsplit("/", 1)[1]
            found = next(item for item in self.invoices if item["id"] == wanted)
            return httpx.Response(200, json={"data": found, "included": []})
        return httpx.Response(200, json=getattr(self, self.style)(request.url.params))

    def page(self, params: Mapping[str, str]) -> dict[str, Any]:
        size, number = int(params["limit"]), int(params["page"])
        data = self.invoices[(number - 1) * size : number * size]
        return {"data": data, **self.extra}

    def offset(self, params: Mapping[str, str]) -> dict[str, Any]:
        size, start = int(params["limit"]), int(params["offset"])
        return {"data": self.invoices[start : start + size]}

    def cursor(self, params: Mapping[str, str]) -> dict[str, Any]:
        size = int(params["limit"])
        ids = [item["id"] for item in self.invoices]
        start = ids.index(params["starting_after"]) + 1 if "starting_after" in params else 0
        data = self.invoices[start : start + size]
        return {"data": data, "has_more": start + size < len(ids)}

    def link(self, params: Mapping[str, str]) -> dict[str, Any]:
        size, start = int(params["page[size]"]), int(params.get("from", "0"))
        data = self.invoices[start : start + size]
        after = start + size
        more = after < len(self.invoices)
        link = f"{BASE}/invoices?page[size]={size}&from={after}" if more else None
        return {"data": data, "links": {"next": link}, "meta": {"total": len(self.invoices)}}


STYLES: dict[str, Paging] = {
    "page": PageNumber(page="page", size="limit"),
    "offset": Offset(),
    "cursor": Cursor(),
    "link": NextLink(total=("meta", "total")),
}


def listed(server: Server, paging: Paging, mode: str, **filters: Any) -> list[Invoice]:
    transport = httpx.MockTransport(server)
    if mode == "sync":
        with InvoiceClient(Pager(paging), base_url=BASE, transport=transport) as client:
            return list(client.list_invoices(**filters))

    async def run() -> list[Invoice]:
        async with AsyncInvoiceClient(Pager(paging), base_url=BASE, transport=transport) as client:
            return [invoice async for invoice in client.list_invoices(**filters)]

    return asyncio.run(run())


def pages_of(server: Server, paging: Paging) -> list[invoicekit.plugin.Page]:
    transport = httpx.MockTransport(server)
    with InvoiceClient(Pager(paging), base_url=BASE, transport=transport) as client:
        return list(client.pages())


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("style", sorted(STYLES))
@pytest.mark.parametrize("count", [0, 1, 4, 5])
def test_every_style_lists_every_invoice_once_in_order(mode: str, style: str, count: int) -> None:
    server = Server(items(count), style)
    invoices = listed(server, STYLES[style], mode)
    assert [invoice.id for invoice in invoices] == [item["id"] for item in items(count)]


@pytest.mark.parametrize("style", sorted(STYLES))
def test_raw_is_each_items_own_bytes(style: str) -> None:
    server = Server(items(3), style)
    invoices = listed(server, STYLES[style], "sync")
    assert [msgspec.json.decode(invoice.raw) for invoice in invoices] == items(3)


def test_page_number_stops_at_a_short_page_when_the_body_states_nothing() -> None:
    server = Server(items(3), "page")
    listed(server, STYLES["page"], "sync")
    assert [url.params["page"] for url in server.requests] == ["1", "2"]


def test_page_number_stops_at_the_stated_page_count_counted_by_our_own_number() -> None:
    # A server that says "2 pages" and answers page 1 each time: two requests, no loop.
    server = Server(items(2), "page", pagination={"pages": 2})
    server.answer = lambda request: {"data": items(2), "pagination": {"pages": 2}}
    paging = PageNumber(page_count=("pagination", "pages"))
    assert [invoice.id for invoice in listed(server, paging, "sync")] == ["in_1", "in_2"]
    assert len(server.requests) == 2


def test_page_number_page_counts_may_be_strings() -> None:
    server = Server(items(6), "page", pagination={"pages": "2"})
    paging = PageNumber(page_count=("pagination", "pages"))
    assert len(listed(server, paging, "sync")) == 4


def test_page_number_stops_when_the_next_field_is_null() -> None:
    server = Server(items(6), "page", pagination={"next": None})
    paging = PageNumber(next=("pagination", "next"))
    assert len(listed(server, paging, "sync")) == 2


def test_page_number_ignores_a_short_page_when_the_body_states_more() -> None:
    server = Server(items(6), "page")
    server.answer = lambda request: (
        {"data": items(6)[:1], "pagination": {"next": "2"}}
        if request.url.params["page"] == "1"
        else None
    )
    paging = PageNumber(next=("pagination", "next"))
    expected = ["in_1", *(f"in_{n}" for n in range(3, 7))]
    assert [invoice.id for invoice in listed(server, paging, "sync")] == expected


def test_page_number_with_short_page_always_stops_at_a_short_page_despite_a_next_link() -> None:
    server = Server(items(6), "page", links={"next": "x"})
    server.answer = lambda request: {"data": items(1), "links": {"next": "x"}}
    paging = PageNumber(next=("links", "next"), short_page="always")
    assert len(listed(server, paging, "sync")) == 1
    assert len(server.requests) == 1


def test_page_number_short_page_compares_with_the_stated_per_page_size() -> None:
    server = Server(items(3), "page")

    def one_per_page(request: httpx.Request) -> dict[str, Any]:
        number = int(request.url.params["page"])
        return {"data": items(3)[number - 1 : number], "meta": {"per_page": 1}}

    server.answer = one_per_page
    paging = PageNumber(per_page=("meta", "per_page"))
    assert len(listed(server, paging, "sync")) == 3
    assert len(server.requests) == 4


def test_a_next_page_back_to_page_one_is_a_pagination_loop_by_default() -> None:
    server = Server(items(4), "page")
    server.answer = lambda request: {"data": items(2), "pagination": {"next": "2"}}
    paging = PageNumber(next=("pagination", "next"))
    with pytest.raises(NormalizationError, match="pagination loop"):
        listed(server, paging, "sync")
    assert len(server.requests) == 3


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_repeats_stop_ends_the_listing_at_the_first_repeated_page(mode: str) -> None:
    server = Server(items(4), "page")
    server.answer = lambda request: {"data": items(2)}
    invoices = listed(server, PageNumber(repeats="stop"), mode)
    assert [invoice.id for invoice in invoices] == ["in_1", "in_2"]
    assert len(server.requests) == 2


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_repeats_unsupported_raises_naming_the_page_parameter(mode: str) -> None:
    server = Server(items(4), "page")
    server.answer = lambda request: {"data": items(2)}
    with pytest.raises(Unsupported, match=r"page 2 repeated only invoices.*page parameter"):
        listed(server, PageNumber(repeats="unsupported"), mode)


def test_a_cursor_that_does_not_move_is_unsupported() -> None:
    server = Server(items(4), "cursor")
    server.answer = lambda request: {"data": items(2), "has_more": True}
    with pytest.raises(Unsupported, match="starting_after"):
        listed(server, Cursor(), "sync")


def test_an_empty_page_that_says_more_follow_is_unsupported() -> None:
    server = Server(items(4), "cursor")
    server.answer = lambda request: {"data": [], "has_more": True}
    with pytest.raises(Unsupported, match="did not move past the cursor"):
        listed(server, Cursor(), "sync")


def test_a_next_link_that_does_not_move_is_unsupported() -> None:
    server = Server(items(4), "link")
    server.answer = lambda request: {"data": items(2), "links": {"next": f"{BASE}/invoices"}}
    with pytest.raises(Unsupported, match="does not lead to a new page"):
        listed(server, NextLink(), "sync")


def test_next_links_are_followed_and_totals_reported() -> None:
    server = Server(items(5), "link")
    pages = pages_of(server, STYLES["link"])
    assert [len(page.invoices) for page in pages] == [2, 2, 1]
    assert {page.total for page in pages} == {5}
    assert [url.params.get("from") for url in server.requests] == [None, "2", "4"]


def test_an_empty_listing_yields_no_page() -> None:
    assert pages_of(Server([], "page"), STYLES["page"]) == []


def test_a_bad_item_names_its_place_in_the_list_body() -> None:
    bad = items(3)
    bad[1]["total"] = "x"
    with pytest.raises(NormalizationError) as caught:
        listed(Server(bad, "offset"), Offset(), "sync")
    assert caught.value.path == "$.data[1].total"


def test_an_error_the_mapping_raises_is_rooted_at_its_item() -> None:
    bad = items(3)
    bad[2]["total"] = "-1"
    with pytest.raises(NormalizationError) as caught:
        listed(Server(bad, "offset"), Offset(), "sync", page_size=5)
    assert (caught.value.path, caught.value.cause) == ("$.data[2].total", "negative")


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("style", sorted(STYLES))
def test_a_list_page_cut_short_is_fetched_again(mode: str, style: str) -> None:
    # The client decodes a list page with the listing's own decoder (`Call.decoder`) in place
    # of the scan for truncated JSON: a page cut short must still be retried.
    server = Server(items(3), style)
    cut: list[httpx.URL] = []

    def serve(request: httpx.Request) -> httpx.Response:
        response = server(request)
        if not cut:
            cut.append(request.url)
            return httpx.Response(200, content=response.content[:-7])
        return response

    transport = httpx.MockTransport(serve)
    policy = invoicekit.RetryPolicy(attempts=2, backoff=0.0)

    async def run() -> list[Invoice]:
        async with AsyncInvoiceClient(
            Pager(STYLES[style]), base_url=BASE, transport=transport, retries=policy
        ) as client:
            return [invoice async for invoice in client.list_invoices()]

    if mode == "sync":
        with InvoiceClient(
            Pager(STYLES[style]), base_url=BASE, transport=transport, retries=policy
        ) as client:
            invoices = list(client.list_invoices())
    else:
        invoices = asyncio.run(run())
    assert [invoice.id for invoice in invoices] == ["in_1", "in_2", "in_3"]
    assert server.requests[:2] == [cut[0], cut[0]]


def test_a_list_body_without_its_array_names_the_missing_key() -> None:
    server = Server(items(1), "page")
    server.answer = lambda request: {"items": []}
    with pytest.raises(NormalizationError) as caught:
        listed(server, STYLES["page"], "sync")
    assert caught.value.path == "$.data"


@pytest.mark.parametrize("data", [{"in_1": {}}, "x", None])
def test_a_list_body_whose_array_is_no_array_names_it(data: Any) -> None:
    server = Server(items(1), "page")
    server.answer = lambda request: {"data": data, "pagination": {"pages": 1}}
    with pytest.raises(NormalizationError) as caught:
        listed(server, PageNumber(page_count=("pagination", "pages")), "sync")
    assert caught.value.path == "$.data"
    assert "array" in caught.value.cause


@pytest.mark.parametrize("block", ["2", [2], None, {"other": 2}, {"pages": None}])
def test_a_page_count_beside_the_items_that_drifted_falls_back_to_the_short_page(
    block: Any,
) -> None:
    # The count's block is a string, an array, null, or lacks the count: paged by size.
    server = Server(items(5), "page", pagination=block)
    paging = PageNumber(page_count=("pagination", "pages"), total=("pagination", "total"))
    pages = pages_of(server, paging)
    assert [len(page.invoices) for page in pages] == [2, 2, 1]
    assert {page.total for page in pages} == {None}


def test_a_page_count_and_total_beside_the_items_are_read_from_one_body() -> None:
    server = Server(items(6), "page", meta={"paging": {"pages": 2}, "total": "6"})
    paging = PageNumber(page_count=("meta", "paging", "pages"), total=("meta", "total"))
    pages = pages_of(server, paging)
    assert [(len(page.invoices), page.total) for page in pages] == [(2, 6), (2, 6)]
    assert len(server.requests) == 2


def test_a_count_that_is_no_number_names_its_path() -> None:
    server = Server(items(2), "page", meta={"total": "many"})
    with pytest.raises(NormalizationError) as caught:
        pages_of(server, PageNumber(total=("meta", "total")))
    assert caught.value.path == "$.meta.total"


def test_an_id_twice_on_one_page_is_listed_once() -> None:
    server = Server(items(2), "page")
    server.answer = lambda request: (
        {"data": [*items(2), items(1)[0]]} if request.url.params["page"] == "1" else {"data": []}
    )
    assert [invoice.id for invoice in listed(server, STYLES["page"], "sync")] == ["in_1", "in_2"]


def test_get_and_normalize_keep_the_invoice_objects_own_bytes_and_root_errors_there() -> None:
    server = Server([{"id": "in_7", "total": "2.50"}], "page")
    transport = httpx.MockTransport(server)
    with InvoiceClient(Pager(Offset()), base_url=BASE, transport=transport) as client:
        fetched = client.get_invoice("in_7")
    assert bytes(fetched.raw) == b'{"id":"in_7","total":"2.50"}'
    vendor = Pager(Offset())
    normalized = vendor.normalize(b'{"data": {"id":"in_7","total":"2.50"}, "included": []}')
    assert normalized == fetched
    assert bytes(normalized.raw) == bytes(fetched.raw)
    with pytest.raises(NormalizationError) as caught:
        vendor.normalize(b'{"data": {"id": "in_7", "total": []}}')
    assert caught.value.path == "$.data.total"


def test_a_mapping_bug_is_a_normalization_error_at_the_item() -> None:
    class Buggy(Pager):
        def map_invoice(self, raw: msgspec.Raw, context: Any) -> Invoice:
            return {}["missing"]  # type: ignore[no-any-return]

    server = Server(items(2), "offset")
    transport = httpx.MockTransport(server)
    client = InvoiceClient(Buggy(Offset()), base_url=BASE, transport=transport)
    with client, pytest.raises(NormalizationError) as caught:
        list(client.list_invoices())
    assert caught.value.path == "$.data[0]"
    assert "KeyError" in caught.value.cause


def test_a_vendor_without_paging_cannot_list() -> None:
    class Plain(Vendor):
        name = "plain"
        title = "Plain"

    with pytest.raises(Unsupported):
        Plain().list_invoices_flow(ListQuery())
    with pytest.raises(Unsupported):
        Plain().get_invoice_flow("1")
