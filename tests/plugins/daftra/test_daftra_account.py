"""The account data around Daftra invoices: taxes, the seller and the site's time zone.

Through the real generated client, against the in-process sandbox (`DaftraSandbox` behind an
`httpx.MockTransport`) and against the spec's documented example bodies; and `normalize` with
and without the ``taxes``/``site_info``/``timezone`` options.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import zoneinfo
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from helpers.sandbox_transport import answer

import invoicekit
from invoicekit import ConfigurationError, Invoice, TaxSubtotal
from invoicekit_daftra._sandbox import API_KEY, DaftraSandbox
from invoicekit_daftra._sandbox._account import SITE, TAXES
from invoicekit_daftra._times import instant

pytestmark = pytest.mark.anyio

SPEC = Path(__file__).parents[3] / "specs" / "daftra" / "openapi.yaml"
BASE_URL = "https://acme.daftra.com"
TAXES_PATH = "/api2/taxes.json"
SITE_PATH = "/api2/site_info.json"
ZONES_PATH = "/api2/listing/Timezone.json"
ACCOUNT_PATHS = {TAXES_PATH, SITE_PATH, ZONES_PATH}
EXAMPLES = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["components"]["examples"]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def example(name: str) -> Any:
    """A fresh copy of the spec's example ``name`` (tests change their copies)."""
    return copy.deepcopy(EXAMPLES[name]["value"])


def body(name: str) -> bytes:
    return json.dumps(example(name)).encode()


class Sandbox:
    """The Daftra sandbox behind an `httpx.MockTransport`, counting the paths it was asked."""

    def __init__(self, size: int = 30) -> None:
        self.sandbox = DaftraSandbox(size=size, seed=7)
        self.paths: Counter[str] = Counter()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.paths[request.url.path] += 1
        return answer(self.sandbox, request, BASE_URL)


class Documented:
    """api2 answering with the spec's example bodies (or the overrides a test sets)."""

    def __init__(self, invoice: str = "official_invoice", **bodies: Any) -> None:
        self.bodies: dict[str, Any] = {
            "/api2/invoices/2621.json": body(invoice),
            "/api2/invoices/123.json": body(invoice),
            TAXES_PATH: body("tax_list_page"),
            SITE_PATH: body("documented_site"),
            ZONES_PATH: body("timezone_listing"),
        }
        self.bodies.update(bodies)
        self.paths: Counter[str] = Counter()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.paths[request.url.path] += 1
        answer = self.bodies.get(request.url.path)
        if isinstance(answer, httpx.Response):
            return answer
        if answer is None:
            return httpx.Response(404, json={"result": "failed", "code": 404, "message": "nope"})
        return httpx.Response(200, content=answer, headers={"content-type": "application/json"})


def _options(handler: Any, **more: Any) -> dict[str, Any]:
    return {
        "base_url": BASE_URL,
        "transport": httpx.MockTransport(handler),
        "retries": 0,
        "api_key": API_KEY,
        **more,
    }


async def run(mode: str, handler: Any, *steps: tuple[str, Any], **connect: Any) -> list[Any]:
    """Run ``steps`` (``("get", id)`` or ``("list", filters)``) on one client."""
    results: list[Any] = []
    if mode == "sync":
        with invoicekit.connect("daftra", **_options(handler, **connect)) as client:
            for operation, argument in steps:
                if operation == "get":
                    results.append(client.get_invoice(argument))
                else:
                    results.append(list(client.list_invoices(**argument)))
        return results
    async with invoicekit.connect_async("daftra", **_options(handler, **connect)) as aclient:
        for operation, argument in steps:
            if operation == "get":
                results.append(await aclient.get_invoice(argument))
            else:
                results.append([invoice async for invoice in aclient.list_invoices(**argument)])
    return results


def _sandbox_rates() -> dict[int, Decimal]:
    return {int(tax["id"]): Decimal(tax["value"]) for tax in TAXES}


# --- through the sandbox ---------------------------------------------------------------------


async def test_the_sandbox_account_fills_rates_breakdown_seller_and_instants(mode: str) -> None:
    server = Sandbox()
    first_id = server.sandbox.ids.id_at(0)
    (listed, got) = await run(mode, server, ("list", {"page_size": 10}), ("get", first_id))
    assert len(listed) == 30
    rates = _sandbox_rates()
    taxed = 0
    for invoice in [*listed, got]:
        assert invoice.seller is not None
        assert invoice.seller.name == SITE["business_name"]
        assert invoice.seller.address is not None
        assert invoice.seller.address.country == "SA"
        created = json.loads(bytes(invoice.raw))["Invoice"]["created"]
        # The sandbox's site lists its zone as UTC, and writes its stamps in UTC.
        assert invoice.created_at == dt.datetime.fromisoformat(created).replace(tzinfo=dt.UTC)
        items = json.loads(bytes(invoice.raw)).get("InvoiceItem") or json.loads(bytes(invoice.raw))[
            "Invoice"
        ].get("InvoiceItem", [])
        for item, line in zip(items, invoice.lines, strict=True):
            expected = rates.get(int(item["tax1"])) if item["tax1"] else None
            assert line.tax_rate == expected
        if any(line.tax_rate for line in invoice.lines):
            taxed += 1
            (entry,) = invoice.tax_breakdown
            assert entry.rate in rates.values()
            assert entry.tax_amount == sum(line.tax_amount or 0 for line in invoice.lines)
            assert invoice.prices_include_tax is False
        else:
            assert invoice.prices_include_tax is None
    assert taxed  # the seed gives both kinds


async def test_the_account_is_read_once_per_client_not_per_invoice_or_page(mode: str) -> None:
    server = Sandbox()
    ids = [server.sandbox.ids.id_at(i) for i in range(3)]
    steps = [("get", ids[0]), ("list", {"page_size": 5}), ("get", ids[1]), ("get", ids[2])]
    await run(mode, server, *steps)
    assert [server.paths[path] for path in (TAXES_PATH, SITE_PATH, ZONES_PATH)] == [1, 1, 1]
    assert server.paths["/api2/invoices.json"] == 6  # 30 invoices, 5 a page
    await run(mode, server, ("get", ids[0]))  # another client reads its own
    assert [server.paths[path] for path in (TAXES_PATH, SITE_PATH, ZONES_PATH)] == [2, 2, 2]


async def test_a_key_without_permission_for_the_account_still_reads_invoices(mode: str) -> None:
    forbidden = httpx.Response(403, json={"result": "failed", "code": 403, "message": "Forbidden"})
    fake = Documented(**{TAXES_PATH: forbidden, SITE_PATH: forbidden})
    first, second = await run(mode, fake, ("get", "2621"), ("get", "2621"))
    assert first == second
    assert first.seller is None
    assert first.lines[0].tax_rate is None
    assert first.tax_breakdown == ()
    assert fake.paths[TAXES_PATH] == fake.paths[SITE_PATH] == 1  # remembered, not asked again
    assert fake.paths[ZONES_PATH] == 0  # no site, no zone id to look up


async def test_a_failing_lookup_is_the_callers_error_and_is_not_remembered(mode: str) -> None:
    broken = httpx.Response(500, json={"result": "failed", "code": 500, "message": "Boom"})
    fake = Documented(**{SITE_PATH: broken})
    with pytest.raises(invoicekit.VendorError):
        await run(mode, fake, ("get", "2621"))
    fake.bodies[SITE_PATH] = body("documented_site")
    (invoice,) = await run(mode, fake, ("get", "2621"))
    assert invoice.seller is not None


# --- the documented bodies -------------------------------------------------------------------


async def test_the_documented_bodies_give_rate_breakdown_taxable_and_seller(mode: str) -> None:
    (invoice,) = await run(mode, Documented(), ("get", "2621"))
    assert invoice.lines[0].tax_rate == Decimal("15")
    # Exclusive tax, one tax on the line, summary_discount "0": the subtotal is exact.
    assert invoice.tax_breakdown == (
        TaxSubtotal(
            rate=Decimal("15"),
            name="VAT",
            tax_amount=Decimal("15"),
            taxable_amount=Decimal("100"),
        ),
    )
    assert invoice.prices_include_tax is False
    seller = invoice.seller
    assert seller is not None
    assert (seller.id, seller.name, seller.contact_name) == (
        "44",
        "Communication Techniques for",
        "ERNBKB Team",
    )
    assert (seller.email, seller.phone) == ("example@example.com", "1022415830")
    assert seller.address is not None
    assert seller.address.lines == ("abozabal", "hhy")
    assert (seller.address.city, seller.address.region) == ("khanka", "qlyuopia")
    assert (seller.address.postal_code, seller.address.country) == ("13758", "SA")


async def test_created_and_modified_are_read_in_the_sites_zone(mode: str) -> None:
    # The seed page's invoice: created "2023-03-23 10:15:22"; site zone 13 -> Asia/Riyadh (+3).
    (invoice,) = await run(mode, Documented("seed_invoice"), ("get", "123"))
    assert invoice.created_at == dt.datetime(2023, 3, 23, 7, 15, 22, tzinfo=dt.UTC)
    assert invoice.updated_at == invoice.created_at
    assert invoice.extra["created"] == "2023-03-23 10:15:22"  # kept as before


@pytest.mark.parametrize(
    "listing",
    [
        {"code": 200, "result": "successful", "data": {"Listing": {"13": "(GMT+03:00) Riyadh"}}},
        {"code": 200, "result": "successful", "data": {"Listing": {"14": "Africa/Cairo"}}},
        {"code": 200, "result": "successful", "data": {"Listing": []}},
        {"code": 200, "result": "successful", "data": None},
    ],
    ids=["display-title", "unknown-id", "php-empty-array", "null-data"],
)
async def test_an_unknown_zone_keeps_the_timestamps_unread(mode: str, listing: Any) -> None:
    fake = Documented("seed_invoice", **{ZONES_PATH: json.dumps(listing).encode()})
    (invoice,) = await run(mode, fake, ("get", "123"))
    assert invoice.created_at is None
    assert invoice.updated_at is None


async def test_a_title_that_holds_an_iana_name_gives_the_zone(mode: str) -> None:
    listing = {"code": 200, "result": "successful", "data": {"Listing": {"13": {
        "item_id": 13, "title": "(GMT+03:00) Asia/Riyadh"}}}}  # fmt: skip
    fake = Documented("seed_invoice", **{ZONES_PATH: json.dumps(listing).encode()})
    (invoice,) = await run(mode, fake, ("get", "123"))
    assert invoice.created_at == dt.datetime(2023, 3, 23, 7, 15, 22, tzinfo=dt.UTC)


# --- drift -----------------------------------------------------------------------------------


def _taxes(*records: Any) -> bytes:
    data = [{"Tax": record} for record in records]
    return json.dumps({"code": 200, "result": "successful", "data": data}).encode()


async def test_the_documented_null_tax_leaves_the_tax_unknown(mode: str) -> None:
    fake = Documented(**{TAXES_PATH: body("documented_taxes")})
    (invoice,) = await run(mode, fake, ("get", "2621"))
    assert invoice.lines[0].tax_rate is None
    (entry,) = invoice.tax_breakdown
    assert (entry.rate, entry.name, entry.taxable_amount) == (None, None, None)
    assert entry.tax_amount == Decimal("15")  # what the line states
    assert invoice.prices_include_tax is None


@pytest.mark.parametrize(
    ("record", "rate", "included"),
    [
        ({"id": "3", "name": "VAT", "value": "15.000", "included": "0", "new": {"x": 1}},
         Decimal("15.000"), False),
        ({"id": 3, "name": "VAT", "value": 15, "included": None}, Decimal("15"), False),
        ({"id": 3, "name": "VAT", "value": "15", "included": 1}, Decimal("15"), True),
        ({"id": 3, "name": "VAT", "value": "15", "included": True}, Decimal("15"), True),
        ({"id": 3, "name": "VAT", "value": "15", "included": "2"}, None, None),
        ({"id": 3, "name": "VAT", "value": None}, None, None),
        ({"id": 3, "name": "VAT", "value": "fifteen", "included": 0}, None, None),
        ({"name": "VAT", "value": "15"}, None, None),
    ],
    ids=["strings-and-new-field", "null-included", "inclusive", "boolean", "included-2",
         "null-value", "word", "no-id"],
)  # fmt: skip
async def test_tax_records_that_drift_never_crash_or_mislead(
    mode: str, record: Any, rate: Decimal | None, included: bool | None
) -> None:
    fake = Documented(**{TAXES_PATH: _taxes(record, None, {"id": 9, "value": "5"})})
    (invoice,) = await run(mode, fake, ("get", "2621"))
    assert invoice.lines[0].tax_rate == rate
    (entry,) = invoice.tax_breakdown
    assert entry.rate == rate
    assert invoice.prices_include_tax is included
    assert entry.tax_amount == Decimal("15")
    # A taxable amount only for a known exclusive tax.
    assert (entry.taxable_amount is not None) == (included is False)


async def test_an_id_listed_twice_differently_is_not_guessed(mode: str) -> None:
    twice = _taxes({"id": 3, "value": "15"}, {"id": 3, "value": "5"})
    (invoice,) = await run(mode, Documented(**{TAXES_PATH: twice}), ("get", "2621"))
    assert invoice.lines[0].tax_rate is None


async def test_the_seed_pages_amount_in_tax1_is_an_unknown_tax_id(mode: str) -> None:
    (invoice,) = await run(mode, Documented("seed_invoice"), ("get", "123"))
    assert invoice.lines[0].tax_rate is None  # "tax1: 20" names no tax of the account
    (entry,) = invoice.tax_breakdown
    assert (entry.rate, entry.tax_amount) == (None, None)  # the seed sends no summary_tax1


async def test_a_site_that_drifts_gives_what_fits(mode: str) -> None:
    site = example("documented_site")
    site["data"]["Site"] = {**site["data"]["Site"], "country_code": "Saudi", "timezone": None,
                            "business_name": "", "extra": [1, 2]}  # fmt: skip
    fake = Documented(**{SITE_PATH: json.dumps(site).encode()})
    (invoice,) = await run(mode, fake, ("get", "2621"))
    assert invoice.seller is not None
    assert invoice.seller.name == "ERNBKB Team"
    assert invoice.seller.address is not None
    assert invoice.seller.address.country is None
    assert fake.paths[ZONES_PATH] == 0
    null_site = json.dumps({"code": 200, "result": "successful", "data": {"Site": None}})
    (invoice,) = await run(mode, Documented(**{SITE_PATH: null_site.encode()}), ("get", "2621"))
    assert invoice.seller is None


# --- exactness of the breakdown --------------------------------------------------------------


def _with_header(**changes: Any) -> bytes:
    document = example("official_invoice")
    document["data"]["Invoice"].update(changes)
    return json.dumps(document).encode()


def _normalize(document: bytes, **options: str) -> Invoice:
    return invoicekit.normalize("daftra", document, taxes=body("tax_list_page").decode(), **options)


def test_a_document_discount_makes_the_taxable_amount_unknown() -> None:
    (entry,) = _normalize(_with_header(summary_discount="10")).tax_breakdown
    assert entry.taxable_amount is None
    assert entry.tax_amount == Decimal("15")


def test_shipping_makes_the_tax_amounts_unknown() -> None:
    (entry,) = _normalize(_with_header(shipping_amount="20")).tax_breakdown
    assert (entry.rate, entry.tax_amount) == (Decimal("15"), None)


def test_two_taxes_on_a_line_give_no_single_rate() -> None:
    document = example("official_invoice")
    document["data"]["Invoice"]["InvoiceItem"][0].update(tax2="4", summary_tax2="12.50")
    invoice = _normalize(json.dumps(document).encode())
    assert invoice.lines[0].tax_rate is None
    assert [(e.rate, e.tax_amount, e.taxable_amount) for e in invoice.tax_breakdown] == [
        (Decimal("15"), Decimal("15"), None),
        (Decimal("12.5"), Decimal("12.50"), None),
    ]
    assert invoice.prices_include_tax is None  # one exclusive, one inclusive


# --- normalize -------------------------------------------------------------------------------


def test_normalize_without_options_keeps_todays_behaviour() -> None:
    invoice = invoicekit.normalize("daftra", body("seed_invoice"))
    assert invoice.lines[0].tax_rate is None
    assert invoice.tax_breakdown == ()
    assert (invoice.seller, invoice.prices_include_tax, invoice.created_at) == (None, None, None)


def test_normalize_takes_the_account_as_options() -> None:
    invoice = invoicekit.normalize(
        "daftra",
        body("official_invoice"),
        taxes=body("tax_list_page").decode(),
        site_info=body("documented_site").decode(),
    )
    assert invoice.lines[0].tax_rate == Decimal("15")
    assert invoice.tax_breakdown[0].taxable_amount == Decimal("100")
    assert invoice.seller is not None
    assert invoice.seller.name == "Communication Techniques for"
    seeded = invoicekit.normalize("daftra", body("seed_invoice"), timezone="Europe/Berlin")
    assert seeded.created_at == dt.datetime(2023, 3, 23, 9, 15, 22, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "options",
    [{"taxes": "not json"}, {"taxes": '{"data": 5}'}, {"site_info": "{"},
     {"timezone": "Mars/Olympus"}, {"timezone": "../etc"}],
)  # fmt: skip
def test_bad_options_are_configuration_errors(options: dict[str, str]) -> None:
    with pytest.raises(ConfigurationError) as caught:
        invoicekit.normalize("daftra", body("official_invoice"), **options)
    assert caught.value.vendor == "daftra"


async def test_connect_options_replace_what_the_client_would_read(mode: str) -> None:
    fake = Documented("seed_invoice")
    (invoice,) = await run(mode, fake, ("get", "123"), timezone="UTC")
    assert invoice.created_at == dt.datetime(2023, 3, 23, 10, 15, 22, tzinfo=dt.UTC)
    assert invoice.seller is not None  # the site still read: only the zone was given


# --- the clock changes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("2024-10-27 02:30:00", None),  # repeated in Berlin
        ("2024-03-31 02:30:00", None),  # skipped in Berlin
        ("2024-03-31 03:30:00", dt.datetime(2024, 3, 31, 1, 30, tzinfo=dt.UTC)),
        ("0000-00-00 00:00:00", None),
        ("2024-13-01 00:00:00", None),
        ("yesterday", None),
    ],
)
def test_instants_are_read_only_where_the_wall_clock_names_one(
    stamp: str, expected: dt.datetime | None
) -> None:
    assert instant(stamp, zoneinfo.ZoneInfo("Europe/Berlin")) == expected
