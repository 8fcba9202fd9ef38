"""The Daftra sandbox, called directly and through a real `SandboxServer` with `connect`."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Iterator
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import httpx
import pytest

import invoicekit
from invoicekit import InvoiceStatus
from invoicekit.sandbox import SandboxError, SandboxRequest, SandboxResponse, SandboxServer
from invoicekit_daftra._sandbox import ACCESS_TOKEN, API_KEY, SANDBOX_TODAY, DaftraSandbox

BASE = "http://127.0.0.1:8765/daftra"
AUTH = {"apikey": API_KEY}
LIST = "/api2/invoices.json"
ALL_OLDEST_FIRST = {"sort": "id", "direction": "ASC", "limit": "1000"}


def call(
    sandbox: DaftraSandbox,
    path: str,
    headers: dict[str, str] | None = None,
    **query: str,
) -> SandboxResponse:
    """One request, rendered as the framework does (a raised SandboxError -> `error`)."""
    request = SandboxRequest(
        "GET",
        path,
        tuple(query.items()),
        AUTH if headers is None else headers,
        base_url=BASE,
    )
    try:
        return sandbox.handle(request)
    except SandboxError as exc:
        return sandbox.error(exc.status, exc.message)


def body(response: SandboxResponse) -> Any:
    return json.loads(response.body)


def listed(sandbox: DaftraSandbox, **query: str) -> list[dict[str, Any]]:
    """Every invoice header the list answers for ``query``, oldest first, across pages."""
    headers, page = [], 1
    while True:
        response = call(sandbox, LIST, **{**ALL_OLDEST_FIRST, **query, "page": str(page)})
        assert response.status == 200, response.body
        document = body(response)
        headers += [item["Invoice"] for item in document["data"]]
        if document["pagination"]["next"] is None:
            return headers
        page += 1


@pytest.fixture(scope="module")
def sandbox() -> DaftraSandbox:
    return DaftraSandbox(size=300, seed=3)


@pytest.fixture(scope="module")
def everything(sandbox: DaftraSandbox) -> list[dict[str, Any]]:
    """Every invoice of the module's sandbox, as the single endpoint answers it."""
    return [
        body(call(sandbox, f"/api2/invoices/{invoice_id}.json"))["data"]["Invoice"]
        for invoice_id in sandbox.invoice_ids()
    ]


# --- determinism and laziness ----------------------------------------------------------------


def test_the_same_seed_serves_the_same_bytes_and_another_seed_others() -> None:
    first, again, other = (DaftraSandbox(size=50, seed=s) for s in (1, 1, 2))
    for path, query in (
        (LIST, {"recursive": "1", "limit": "10"}),
        ("/api2/invoices/10.json", {}),
    ):
        assert call(first, path, **query).body == call(again, path, **query).body
        assert call(first, path, **query).body != call(other, path, **query).body


def test_the_sandbox_is_the_plugins_and_its_credentials_connect() -> None:
    factory = invoicekit.get_vendor("daftra").sandbox()
    assert factory is DaftraSandbox
    assert dict(DaftraSandbox.credentials) == {"api_key": "sandbox-daftra-key"}
    built = factory(size=3, seed=0)
    assert built.vendor == "daftra"
    assert list(built.invoice_ids()) == ["1", "2", "3"]


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Counts the invoices (and the filter facts) that sandboxes built from now on generate."""
    counts: Counter[str] = Counter()
    for name in ("_invoice", "_facts"):
        original: Callable[..., Any] = getattr(DaftraSandbox, name)

        def wrapper(self: DaftraSandbox, index: int, _o: Any = original, _n: str = name) -> Any:
            counts[_n] += 1
            return _o(self, index)

        monkeypatch.setattr(DaftraSandbox, name, wrapper)
    return counts


def test_a_hundred_thousand_invoices_cost_nothing_until_a_page_is_asked(
    counted: Counter[str],
) -> None:
    big = DaftraSandbox(size=100_000, seed=0)
    ids = big.invoice_ids()
    assert len(ids) == 100_000
    assert (ids[0], ids[-1]) == ("1", "100000")
    assert counted == Counter()

    first = body(call(big, LIST, recursive="1", limit="50", sort="id", direction="ASC"))
    assert [item["Invoice"]["id"] for item in first["data"]] == list(ids[:50])
    assert first["pagination"]["total_results"] == 100_000
    assert counted == Counter({"_invoice": 50, "_facts": 50})  # no scan, no other invoice

    counted.clear()
    last = body(call(big, LIST, limit="50", page="2000", sort="id", direction="ASC"))
    assert last["data"][-1]["Invoice"]["id"] == "100000"
    assert counted["_invoice"] == 50

    counted.clear()
    ranged = body(call(big, LIST, limit="20", date_from="2025-06-01", date_to="2025-06-30"))
    dates = {item["Invoice"]["date"] for item in ranged["data"]}
    assert all("2025-06-01" <= day <= "2025-06-30" for day in dates)
    assert counted == Counter({"_invoice": 20, "_facts": 20})  # the range is a bisection

    counted.clear()
    assert call(big, "/api2/invoices/60000.json").status == 200
    assert counted["_invoice"] == 1


def test_a_filter_scans_cheap_facts_not_invoices(counted: Counter[str]) -> None:
    sized = DaftraSandbox(size=2_000, seed=0)
    document = body(call(sized, LIST, currency_code="KWD", limit="10"))
    assert 0 < document["pagination"]["total_results"] < 2_000
    assert counted["_invoice"] == 10
    assert counted["_facts"] >= 2_000
    counted.clear()
    call(sized, LIST, currency_code="KWD", limit="10", page="2")
    assert counted["_facts"] == 10  # the matches of a filter set are cached: one facts per invoice


# --- authentication ----------------------------------------------------------------------------

UNAUTHORIZED = {"result": "failed", "code": 401, "message": "Unauthorized"}


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"apikey": "wrong"},
        {"apikey": ""},
        {"authorization": "Bearer wrong"},
        {"authorization": f"Basic {ACCESS_TOKEN}"},
        {"authorization": API_KEY},
        # Daftra's docs: an Authorization header next to the API key makes auth fail.
        {"apikey": API_KEY, "authorization": f"Bearer {ACCESS_TOKEN}"},
    ],
)
def test_bad_credentials_get_daftras_401(sandbox: DaftraSandbox, headers: dict[str, str]) -> None:
    for path in (LIST, "/api2/invoices/1.json", "/api2/invoices/999999.json", "/api2/nothing"):
        response = call(sandbox, path, headers)
        assert response.status == 401
        assert body(response) == UNAUTHORIZED
        assert response.headers["content-type"].startswith("application/json")


@pytest.mark.parametrize(
    "headers",
    [
        AUTH,
        {"authorization": f"Bearer {ACCESS_TOKEN}"},
        {"authorization": "bearer " + ACCESS_TOKEN},
    ],
)
def test_the_api_key_or_a_bearer_token_authenticates(
    sandbox: DaftraSandbox, headers: dict[str, str]
) -> None:
    assert call(sandbox, "/api2/invoices/1.json", headers).status == 200


# --- single invoice ----------------------------------------------------------------------------


def test_one_invoice_has_the_official_nested_shape(sandbox: DaftraSandbox) -> None:
    response = call(sandbox, "/api2/invoices/2.json")
    assert response.headers["content-type"] == "application/json; charset=UTF-8"
    document = body(response)
    assert list(document) == ["code", "result", "data", "pagination"]
    assert (document["code"], document["result"], document["pagination"]) == (
        200,
        "successful",
        None,
    )
    invoice = document["data"]["Invoice"]
    assert list(document["data"]) == ["Invoice"]
    assert invoice["id"] == "2"
    assert invoice["type"] == "0"
    assert invoice["no"] == "000002"
    assert {"Client", "InvoiceItem", "InvoicePayment"} <= set(invoice)
    assert invoice["Client"]["id"] == invoice["client_id"]
    assert all(item["invoice_id"] == "2" for item in invoice["InvoiceItem"])
    assert invoice["invoice_pdf_url"].startswith(f"{BASE}/invoices/view/2.pdf?hash=")
    assert invoice["invoice_html_url"].startswith(f"{BASE}/invoices/preview/2?hash=")


@pytest.mark.parametrize("invoice_id", ["0", "301", "999999999", "abc", "-1", "1e3", "1.0"])
def test_an_unknown_id_is_daftras_404(sandbox: DaftraSandbox, invoice_id: str) -> None:
    response = call(sandbox, f"/api2/invoices/{invoice_id}.json")
    assert response.status == 404
    assert body(response) == {"result": "failed", "code": 404, "message": "Invoice not found"}


def test_ids_read_like_php_integers_and_paths_work_without_the_suffix(
    sandbox: DaftraSandbox,
) -> None:
    expected = body(call(sandbox, "/api2/invoices/1.json"))
    assert body(call(sandbox, "/api2/invoices/0001.json")) == expected
    assert body(call(sandbox, "/api2/invoices/1")) == expected
    assert body(call(sandbox, "/api2/invoices", limit="3")) == body(call(sandbox, LIST, limit="3"))


def test_other_paths_and_methods_get_daftras_error_body(sandbox: DaftraSandbox) -> None:
    assert body(call(sandbox, "/api2/clients.json"))["code"] == 404
    request = SandboxRequest("POST", LIST, headers=AUTH, base_url=BASE)
    with pytest.raises(SandboxError) as caught:
        sandbox.handle(request)
    assert caught.value.status == 405


# --- the list --------------------------------------------------------------------------------


def test_pages_cross_and_return_every_id_once_oldest_first(sandbox: DaftraSandbox) -> None:
    ids = [header["id"] for header in listed(sandbox, limit="7")]
    assert ids == list(sandbox.invoice_ids())


def test_the_pagination_block_and_its_relative_links(sandbox: DaftraSandbox) -> None:
    document = body(call(sandbox, LIST, limit="50", page="2", sort="id", direction="ASC"))
    assert document["pagination"] == {
        "prev": "/api2/invoices/?limit=50&sort=id&direction=ASC&page=1",
        "next": "/api2/invoices/?limit=50&sort=id&direction=ASC&page=3",
        "page": 2,
        "page_count": 6,
        "total_results": 300,
    }
    last = body(call(sandbox, LIST, limit="50", page="6"))["pagination"]
    assert last["next"] is None
    assert last["prev"] is not None
    beyond = body(call(sandbox, LIST, limit="50", page="7"))
    assert beyond["data"] == []
    assert beyond["pagination"]["next"] is None


def test_the_default_order_is_newest_date_first_twenty_a_page(sandbox: DaftraSandbox) -> None:
    document = body(call(sandbox, LIST))
    ids = [item["Invoice"]["id"] for item in document["data"]]
    assert ids == list(reversed(sandbox.invoice_ids()))[:20]
    assert document["pagination"]["page_count"] == 15
    for sort in ("id", "date", "no", "created"):
        ascending = body(call(sandbox, LIST, sort=sort, direction="asc", limit="5"))["data"]
        assert [item["Invoice"]["id"] for item in ascending] == list(sandbox.invoice_ids()[:5])


def test_recursive_sets_the_depth_of_each_item(sandbox: DaftraSandbox) -> None:
    def first(level: str) -> dict[str, Any]:
        data = body(call(sandbox, LIST, recursive=level, sort="id", direction="ASC", limit="1"))
        item: dict[str, Any] = data["data"][0]
        return item

    header_only = first("-1")
    assert list(header_only) == ["Invoice"]
    assert "Client" not in header_only["Invoice"]
    with_client = first("0")
    assert list(with_client) == ["Invoice", "Client"]
    assert with_client["Invoice"] == header_only["Invoice"]
    full = first("1")
    assert full == body(call(sandbox, "/api2/invoices/1.json"))["data"]
    assert full["Invoice"]["Client"] == with_client["Client"]
    assert first("") == with_client  # blank means the default, 0


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"limit": "1001"}, "limit"),
        ({"limit": "0"}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"page": "0"}, "page"),
        ({"page": "x"}, "page"),
        ({"sort": "summary_total"}, "sort"),
        ({"date_from": "2024-13-01"}, "date_from"),
        ({"date_to": "01/02/2024"}, "date_to"),
        ({"client_id": "abc"}, "client_id"),
        ({"draft": "2"}, "draft"),
        ({"summary_total_from": "1e3"}, "summary_total_from"),
        ({"status": "paid"}, "status"),  # not a Daftra parameter
        ({"updated_since": "2024-01-01"}, "updated_since"),
    ],
)
def test_bad_parameters_get_daftras_400_with_validation_errors(
    sandbox: DaftraSandbox, query: dict[str, str], field: str
) -> None:
    response = call(sandbox, LIST, **query)
    assert response.status == 400
    document = body(response)
    assert document["result"] == "failed"
    assert (document["code"], document["message"]) == (400, "Bad Request")
    assert list(document["validation_errors"]) == [field]


def test_the_largest_page_is_a_thousand(sandbox: DaftraSandbox) -> None:
    document = body(call(sandbox, LIST, limit="1000"))
    assert len(document["data"]) == 300
    assert document["pagination"]["page_count"] == 1


# --- filters -------------------------------------------------------------------------------


def _ids(headers: list[dict[str, Any]]) -> list[str]:
    return [header["id"] for header in headers]


def _due_date(header: dict[str, Any]) -> dt.date:
    return dt.date.fromisoformat(header["date"]) + dt.timedelta(int(header["due_after"]))


def _where(everything: list[dict[str, Any]], test: Callable[[dict[str, Any]], bool]) -> list[str]:
    return [header["id"] for header in everything if test(header)]


def test_date_filters_bisect_the_invoice_date(
    sandbox: DaftraSandbox, everything: list[dict[str, Any]]
) -> None:
    found = listed(sandbox, date_from="2024-05-10", date_to="2024-09-30")
    assert found
    assert _ids(found) == _where(everything, lambda h: "2024-05-10" <= h["date"] <= "2024-09-30")
    assert _ids(listed(sandbox, date_from="2025-12-01")) == _where(
        everything, lambda h: h["date"] >= "2025-12-01"
    )
    assert listed(sandbox, date_from="2025-01-01", date_to="2024-01-01") == []
    created = listed(sandbox, created_from="2024-05-10", created_to="2024-09-30")
    assert _ids(created) == _ids(found)


@pytest.mark.parametrize("code", ["0", "1", "2", "3", "4"])
def test_payment_status_codes_filter_as_sent(
    sandbox: DaftraSandbox, everything: list[dict[str, Any]], code: str
) -> None:
    found = listed(sandbox, payment_status=code)
    assert found
    assert _ids(found) == _where(everything, lambda h: (h["payment_status"] or "0") == code)


def test_drafts_filter_by_flag_and_by_the_draft_pseudo_code(
    sandbox: DaftraSandbox, everything: list[dict[str, Any]]
) -> None:
    drafts = _where(everything, lambda h: h["draft"] == "1")
    assert drafts
    assert _ids(listed(sandbox, draft="1")) == drafts
    assert _ids(listed(sandbox, payment_status="-1")) == drafts
    assert len(listed(sandbox, draft="0")) == 300  # documented as "1 = drafts only"
    assert {h["payment_status"] for h in everything if h["draft"] == "1"} <= {"-1", "0"}


def test_due_and_overdue_split_the_outstanding_invoices_at_the_sandbox_today(
    sandbox: DaftraSandbox, everything: list[dict[str, Any]]
) -> None:
    outstanding = [
        h for h in everything if h["draft"] == "0" and (h["payment_status"] or "0") in {"0", "1"}
    ]
    due, overdue = listed(sandbox, payment_status="-2"), listed(sandbox, payment_status="-3")
    assert due
    assert overdue
    assert sorted(_ids(due) + _ids(overdue), key=int) == _ids(outstanding)
    assert all(_due_date(h) >= SANDBOX_TODAY for h in due)
    assert all(_due_date(h) < SANDBOX_TODAY for h in overdue)


@pytest.mark.parametrize(
    ("query", "test"),
    [
        ({"currency_code": "KWD"}, lambda h: h["currency_code"] == "KWD"),
        ({"currency_code": "sar"}, lambda h: h["currency_code"] == "SAR"),
        ({"no": "0001"}, lambda h: "0001" in h["no"]),
        ({"client_id": "7"}, lambda h: h["client_id"] == "7"),
        ({"client_type": "2"}, lambda h: h["Client"]["type"] == "2"),
        ({"po_number": "po-"}, lambda h: h["po_number"] is not None),
        ({"item": "CHAIR"}, lambda h: any("chair" in i["item"].lower() for i in h["InvoiceItem"])),
        ({"keywords": "al noor"}, lambda h: "al noor" in h["client_business_name"].lower()),
        ({"due_date_to": "2024-02-01"}, lambda h: _due_date(h) <= dt.date(2024, 2, 1)),
        ({"due_date_from": "2025-12-20"}, lambda h: _due_date(h) >= dt.date(2025, 12, 20)),
        ({"summary_total_from": "5000"}, lambda h: Decimal(h["summary_total"]) >= 5000),
        ({"summary_total_to": "100.5"}, lambda h: Decimal(h["summary_total"]) <= Decimal("100.5")),
        ({"type": "0"}, lambda h: True),
        ({"store_id": "1"}, lambda h: True),
        ({"staff_id": "0"}, lambda h: True),
        ({"no": ""}, lambda h: True),  # blank filters are skipped
        ({"type": "16"}, lambda h: False),
        ({"staff_id": "3"}, lambda h: False),
        ({"tags": "vip"}, lambda h: False),
        ({"pos_shift_id": "1"}, lambda h: False),
        ({"custom_field": "x"}, lambda h: False),
        ({"payment_status": "7"}, lambda h: False),
    ],
)
def test_documented_filters_select_what_they_say(
    sandbox: DaftraSandbox,
    everything: list[dict[str, Any]],
    query: dict[str, str],
    test: Callable[[dict[str, Any]], bool],
) -> None:
    assert _ids(listed(sandbox, **query)) == _where(everything, test)


def test_filters_combine(sandbox: DaftraSandbox, everything: list[dict[str, Any]]) -> None:
    found = listed(sandbox, currency_code="SAR", payment_status="2", date_from="2025-01-01")
    assert found
    assert _ids(found) == _where(
        everything,
        lambda h: (
            h["currency_code"] == "SAR" and h["payment_status"] == "2" and h["date"] >= "2025-01-01"
        ),
    )


# --- the data ------------------------------------------------------------------------------


def test_the_amounts_add_up_the_way_the_plugin_reads_them(everything: list[dict[str, Any]]) -> None:
    for header in everything:
        items, payments = header["InvoiceItem"], header["InvoicePayment"]
        subtotal = sum((Decimal(i["subtotal"]) for i in items), Decimal(0))
        line_discounts = sum((Decimal(i["calculated_discount"]) for i in items), Decimal(0))
        tax = sum((Decimal(i["summary_tax1"]) for i in items), Decimal(0))
        total = Decimal(header["summary_total"])
        assert Decimal(header["summary_subtotal"]) == subtotal
        document_discount = Decimal(header["summary_discount"]) - line_discounts
        assert document_discount >= 0
        if document_discount:
            assert Decimal(header["discount"]) or Decimal(header["discount_amount"])
        assert total == subtotal - Decimal(header["summary_discount"]) + tax
        paid = sum((Decimal(p["amount"]) for p in payments if p["status"] == "1"), Decimal(0))
        assert Decimal(header["summary_paid"]) == paid
        assert Decimal(header["summary_unpaid"]) == total - paid
        unit = Decimal("0.001") if header["currency_code"] == "KWD" else Decimal("0.01")
        for item in items:  # subtotal: unit price x quantity, before the discount
            exact = Decimal(item["unit_price"]) * Decimal(item["quantity"])
            assert Decimal(item["subtotal"]) == exact.quantize(unit, rounding=ROUND_HALF_UP)


def test_payment_status_agrees_with_the_payments(everything: list[dict[str, Any]]) -> None:
    for header in everything:
        total, paid = Decimal(header["summary_total"]), Decimal(header["summary_paid"])
        status = header["payment_status"]
        if header["draft"] == "1":
            assert header["InvoicePayment"] == []
            assert paid == 0
        elif status in {None, "0"}:
            assert paid == 0
        elif status == "1":
            assert 0 < paid < total
        elif status == "2":
            assert paid == total
        elif status == "3":
            assert paid == total == Decimal(header["summary_refund"])
        else:
            assert status == "4"
            assert paid > total
        for payment in header["InvoicePayment"]:
            assert payment["currency_code"] == header["currency_code"]
            assert payment["date"][:10] >= header["date"]


def test_the_data_is_varied_and_written_as_cakephp_does(everything: list[dict[str, Any]]) -> None:
    assert {h["currency_code"] for h in everything} == {"SAR", "EGP", "USD", "KWD"}
    assert {h["payment_status"] for h in everything} >= {None, "-1", "0", "1", "2", "3", "4"}
    assert any(len(h["InvoiceItem"]) > 1 for h in everything)
    assert any(i["discount_type"] == "1" and i["discount"] != "0" for h in everything
               for i in h["InvoiceItem"])  # fmt: skip
    assert any(Decimal(h["discount"]) for h in everything)
    assert any(Decimal(h["discount_amount"]) for h in everything)
    assert {p["status"] for h in everything for p in h["InvoicePayment"]} == {"0", "1", "2", "3"}
    totals = [h["summary_total"] for h in everything]
    assert any(t.endswith(".00") for t in totals)
    assert any("." not in t for t in totals)
    for header in everything:
        assert all(isinstance(header[k], str) for k in ("id", "draft", "due_after", "client_id"))
        decimals = {len(v.partition(".")[2]) for k, v in header.items() if k.startswith("summary_")}
        limit = 3 if header["currency_code"] == "KWD" else 2
        assert max(decimals) <= limit
        tax_ids = {i["tax1"] for i in header["InvoiceItem"]}
        assert tax_ids == {{"SAR": "1", "EGP": "2"}.get(header["currency_code"])}
        assert header["no"]
        assert header["Client"]["client_number"]
    kwd = [h for h in everything if h["currency_code"] == "KWD"]
    assert any(len(h["summary_total"].partition(".")[2]) == 3 for h in kwd)


# --- PDF and preview -----------------------------------------------------------------------


def _path_and_hash(url: str) -> tuple[str, str]:
    parsed = httpx.URL(url)
    return parsed.path.removeprefix("/daftra"), parsed.params["hash"]


def test_the_pdf_link_serves_a_pdf_for_its_hash_alone(
    sandbox: DaftraSandbox, everything: list[dict[str, Any]]
) -> None:
    path, token = _path_and_hash(everything[0]["invoice_pdf_url"])
    for headers in ({}, AUTH, {"apikey": "wrong"}):
        response = call(sandbox, path, headers, hash=token)
        assert response.status == 200
        assert response.headers["content-type"] == "application/pdf"
        assert response.body.startswith(b"%PDF-")
        assert b"000001" in response.body


@pytest.mark.parametrize("query", [{}, {"hash": "0" * 32}])
def test_without_the_right_hash_the_pdf_link_redirects_to_the_login(
    sandbox: DaftraSandbox, everything: list[dict[str, Any]], query: dict[str, str]
) -> None:
    path, _ = _path_and_hash(everything[0]["invoice_pdf_url"])
    response = call(sandbox, path, AUTH, **query)  # the API key does not replace the hash
    assert response.status == 302
    assert response.headers["location"] == f"{BASE}/owner/login"
    login = call(sandbox, "/owner/login", {})
    assert login.status == 200
    assert login.headers["content-type"].startswith("text/html")
    _other, token = _path_and_hash(everything[1]["invoice_pdf_url"])
    assert call(sandbox, path, {}, hash=token).status == 302  # a hash opens its invoice only


def test_the_html_preview_link(sandbox: DaftraSandbox, everything: list[dict[str, Any]]) -> None:
    path, token = _path_and_hash(everything[0]["invoice_html_url"])
    response = call(sandbox, path, {}, hash=token)
    assert response.status == 200
    assert response.headers["content-type"].startswith("text/html")
    assert b"000001" in response.body
    assert call(sandbox, path, {}).status == 302


# --- through a real server with invoicekit.connect -------------------------------------------


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    with SandboxServer(["daftra"], size=120, seed=5) as running:
        yield running


def test_connect_lists_every_invoice_once_in_order(server: SandboxServer) -> None:
    expected = list(server.app.sandbox("daftra").invoice_ids())
    with server.connect("daftra") as client:
        invoices = list(client.list_invoices(page_size=25))
        assert [invoice.id for invoice in invoices] == expected
        fetched = client.get_invoice(invoices[42].id)
    assert fetched.totals == invoices[42].totals
    assert fetched.lines == invoices[42].lines
    assert fetched.payments == invoices[42].payments
    assert {invoice.currency for invoice in invoices} == {"SAR", "EGP", "USD", "KWD"}


def test_connect_with_a_token_and_filters(server: SandboxServer) -> None:
    base_url = server.base_url("daftra")
    with invoicekit.connect("daftra", base_url=base_url, token=ACCESS_TOKEN) as client:
        drafts = list(client.list_invoices(status="draft"))
        opened = list(client.list_invoices(status="open", page_size=10))
        ranged = list(client.list_invoices(issued_since="2025-01-01", issued_until="2025-03-31"))
        kwd = list(client.list_invoices(native={"currency_code": "KWD"}))
    assert drafts
    assert all(invoice.status is InvoiceStatus.DRAFT for invoice in drafts)
    assert opened
    assert all(invoice.status is InvoiceStatus.OPEN for invoice in opened)
    assert ranged
    issued = {invoice.issue_date for invoice in ranged}
    assert min(issued) >= dt.date(2025, 1, 1)  # type: ignore[type-var]
    assert max(issued) <= dt.date(2025, 3, 31)  # type: ignore[type-var]
    assert kwd
    assert all(invoice.currency == "KWD" for invoice in kwd)


def test_connect_downloads_the_pdf(server: SandboxServer) -> None:
    with server.connect("daftra") as client:
        pdf = client.download_pdf("1")
    assert pdf.startswith(b"%PDF-")
    assert pdf.rstrip().endswith(b"%%EOF")


def test_connect_errors_carry_daftras_code_and_message(server: SandboxServer) -> None:
    with server.connect("daftra", api_key="not-the-key") as client:
        with pytest.raises(invoicekit.AuthenticationError) as caught:
            client.get_invoice("1")
        assert caught.value.status_code == 401
        assert (caught.value.code, caught.value.vendor_message) == ("401", "Unauthorized")
        with pytest.raises(invoicekit.AuthenticationError):
            next(iter(client.list_invoices()))
    with server.connect("daftra") as client, pytest.raises(invoicekit.NotFound) as missing:
        client.get_invoice("99999")
    # The id is looked up as an invoice, a credit note and a refund receipt in turn; the last
    # endpoint's 404 ("Item not found", as Daftra's other resources say) is the answer.
    assert missing.value.vendor_message == "Item not found"
    assert missing.value.path.endswith("/api2/refund_receipts/99999.json")


def test_over_http_the_headers_and_limits_are_daftras(server: SandboxServer) -> None:
    url = server.base_url("daftra") + LIST
    with httpx.Client() as http:
        ok = http.get(url, headers={"APIKEY": API_KEY}, params={"limit": "1000"})
        assert ok.status_code == 200
        assert len(ok.json()["data"]) == 120
        too_many = http.get(url, headers={"APIKEY": API_KEY}, params={"limit": "1001"})
        assert too_many.status_code == 400
        assert too_many.json() == {
            "result": "failed",
            "code": 400,
            "message": "Bad Request",
            "validation_errors": {"limit": "must be between 1 and 1000"},
        }
        both = http.get(url, headers={"apikey": API_KEY, "Authorization": f"Bearer {ACCESS_TOKEN}"})
        assert both.status_code == 401
        assert both.json() == UNAUTHORIZED
        head = http.head(url, headers={"apikey": API_KEY})
        assert head.status_code == 200
        assert head.content == b""
