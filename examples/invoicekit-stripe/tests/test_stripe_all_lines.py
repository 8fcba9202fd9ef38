"""Invoices with more lines than Stripe embeds: the client pages ``/v1/invoices/{id}/lines``.

A fake Stripe on an `httpx.MockTransport` embeds the first 10 lines, as Stripe does, and pages
the rest by ``starting_after``; the real generated client and the plugin's flows read it.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import invoicekit
import pytest
from invoicekit import InvoiceStatus, NormalizationError, Unsupported

PAYLOADS = Path(__file__).parent / "payloads"
SPEC = Path(__file__).parents[1] / "specs" / "stripe" / "openapi.yaml"
KEY = "sk_test_51Sbx0123456789abcdef"
EMBEDDED = 10
Handler = Callable[[httpx.Request], httpx.Response]


def invoice_with_lines(invoice_id: str, count: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The EUR example as invoice ``invoice_id`` with ``count`` numbered lines: (object, lines)."""
    document: dict[str, Any] = json.loads((PAYLOADS / "invoice_open_eur.json").read_bytes())
    template = document["lines"]["data"][0]
    lines = []
    for number in range(count):
        line = copy.deepcopy(template)
        line.update(id=f"il_line{number:03d}", description=f"Line {number}", invoice=invoice_id)
        line["period"] = {"start": 1719792000 + number * 86400, "end": 1719878400 + number * 86400}
        lines.append(line)
    document["id"] = invoice_id
    document["lines"] = {
        "object": "list",
        "data": lines[:EMBEDDED],
        "has_more": count > EMBEDDED,
        "url": f"/v1/invoices/{invoice_id}/lines",
    }
    return document, lines


class FakeStripe:
    """Invoices by id, their full line lists, and every request seen."""

    def __init__(self, counts: dict[str, int]) -> None:
        self.invoices: dict[str, dict[str, Any]] = {}
        self.lines: dict[str, list[dict[str, Any]]] = {}
        for invoice_id, count in counts.items():
            self.invoices[invoice_id], self.lines[invoice_id] = invoice_with_lines(
                invoice_id, count
            )
        self.seen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        assert request.headers["authorization"] == f"Bearer {KEY}"
        assert request.headers["stripe-version"] == "2024-06-20"
        parts = request.url.path.split("/")
        params = request.url.params
        if request.url.path == "/v1/invoices":
            data = list(self.invoices.values())
            return httpx.Response(
                200, json={"object": "list", "data": data, "has_more": False, "url": "/v1/invoices"}
            )
        if len(parts) == 5 and parts[4] == "lines":
            lines = self.lines[parts[3]]
            ids = [line["id"] for line in lines]
            start = ids.index(params["starting_after"]) + 1 if "starting_after" in params else 0
            limit = int(params.get("limit", "10"))
            body = {
                "object": "list",
                "data": lines[start : start + limit],
                "has_more": start + limit < len(lines),
                "url": f"/v1/invoices/{parts[3]}/lines",
            }
            return httpx.Response(200, json=body)
        return httpx.Response(200, json=self.invoices[parts[3]])

    def line_requests(self) -> list[dict[str, str]]:
        return [dict(r.url.params) for r in self.seen if r.url.path.endswith("/lines")]


def options(handler: Handler) -> dict[str, Any]:
    """connect() keywords for the fake Stripe behind ``handler``."""
    return {
        "base_url": "https://api.stripe.com",
        "api_key": KEY,
        "transport": httpx.MockTransport(handler),
        "retries": 0,
    }


def connect(handler: Handler) -> invoicekit.InvoiceClient:
    return invoicekit.connect("stripe", **options(handler))


def connect_async(handler: Handler) -> invoicekit.AsyncInvoiceClient:
    return invoicekit.connect_async("stripe", **options(handler))


def test_get_pages_every_line_after_the_embedded_ten() -> None:
    fake = FakeStripe({"in_many": 235})
    with connect(fake) as client:
        invoice = client.get_invoice("in_many")
    assert [line.id for line in invoice.lines] == [f"il_line{n:03d}" for n in range(235)]
    assert fake.line_requests() == [
        {"limit": "100", "starting_after": "il_line009"},
        {"limit": "100", "starting_after": "il_line109"},
        {"limit": "100", "starting_after": "il_line209"},
    ]
    assert "lines_truncated" not in invoice.extra
    # The span of every line's period, the last line's included.
    # Line n covers the one day 2024-07-01 + n days.
    assert invoice.period_start == dt.date(2024, 7, 1)
    assert invoice.period_end == dt.date(2024, 7, 1) + dt.timedelta(days=234)


def test_raw_holds_every_line_and_normalizes_to_the_same_invoice() -> None:
    fake = FakeStripe({"in_many": 23})
    with connect(fake) as client:
        invoice = client.get_invoice("in_many")
    document = json.loads(bytes(invoice.raw))
    assert len(document["lines"]["data"]) == 23
    assert document["lines"]["has_more"] is False
    assert document["lines"]["url"] == "/v1/invoices/in_many/lines"
    assert invoicekit.normalize("stripe", bytes(invoice.raw)) == invoice


def test_an_invoice_with_ten_lines_or_fewer_costs_no_extra_request() -> None:
    fake = FakeStripe({"in_ten": 10})
    with connect(fake) as client:
        assert len(client.get_invoice("in_ten").lines) == 10
        assert len(next(iter(client.list_invoices())).lines) == 10
    assert fake.line_requests() == []


def test_listing_completes_each_invoice_that_has_more_lines() -> None:
    fake = FakeStripe({"in_a": 3, "in_b": 14, "in_c": 120})
    with connect(fake) as client:
        counts = {invoice.id: len(invoice.lines) for invoice in client.list_invoices()}
    assert counts == {"in_a": 3, "in_b": 14, "in_c": 120}
    assert [r.url.path for r in fake.seen[1:]] == [
        "/v1/invoices/in_b/lines",
        "/v1/invoices/in_c/lines",
        "/v1/invoices/in_c/lines",
    ]


def test_a_status_filter_still_applies_to_completed_invoices() -> None:
    fake = FakeStripe({"in_a": 12, "in_b": 12})
    fake.invoices["in_b"]["status"] = "void"
    with connect(fake) as client:
        found = list(client.list_invoices(status="open"))
    assert [(invoice.id, len(invoice.lines)) for invoice in found] == [("in_a", 12)]
    # The void invoice, dropped by the filter, cost no lines request.
    assert [r.url.path for r in fake.seen if r.url.path.endswith("/lines")] == [
        "/v1/invoices/in_a/lines"
    ]


@pytest.mark.anyio
async def test_async_get_and_list_page_every_line() -> None:
    fake = FakeStripe({"in_a": 11, "in_b": 150})
    async with connect_async(fake) as client:
        one = await client.get_invoice("in_b")
        listed = {invoice.id: len(invoice.lines) async for invoice in client.list_invoices()}
    assert len(one.lines) == 150
    assert listed == {"in_a": 11, "in_b": 150}


def test_a_lines_endpoint_that_ignores_the_cursor_stops() -> None:
    fake = FakeStripe({"in_many": 30})
    lines = fake.lines["in_many"]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/lines"):
            body = {"object": "list", "data": lines[:10], "has_more": True, "url": "/x"}
            return httpx.Response(200, json=body)
        return fake(request)

    with connect(handler) as client, pytest.raises(Unsupported, match="starting_after"):
        client.get_invoice("in_many")


def test_a_bad_line_in_a_lines_page_is_a_normalization_error() -> None:
    fake = FakeStripe({"in_many": 12})
    fake.lines["in_many"][11]["period"] = "soon"
    with connect(fake) as client, pytest.raises(NormalizationError) as caught:
        client.get_invoice("in_many")
    assert caught.value.path == "$.data[1].period"


def test_the_spec_example_lines_page_decodes_and_maps() -> None:
    yaml = pytest.importorskip("yaml")
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    example = spec["components"]["examples"]["invoice_lines_page"]["value"]
    document, _ = invoice_with_lines("in_1PZ9mXLkdIwHu7ixManyLns1", 10)
    document["lines"]["has_more"] = True
    tail = {**example, "has_more": False}

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/lines"):
            return httpx.Response(200, json=tail)
        return httpx.Response(200, json=document)

    with connect(handler) as client:
        invoice = client.get_invoice("in_1PZ9mXLkdIwHu7ixManyLns1")
    assert len(invoice.lines) == 12
    seat, storage = invoice.lines[10:]
    assert (seat.quantity, seat.net_amount, seat.tax_amount) == (
        Decimal("3"),
        Decimal("15.00"),
        Decimal("2.85"),
    )
    assert storage.period_start == storage.period_end
    assert invoice.status is InvoiceStatus.OPEN
