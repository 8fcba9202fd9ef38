"""The Stripe sandbox: called directly (no server) and through a real one on loopback."""

from __future__ import annotations

import base64
import time
from collections import Counter
from pathlib import Path
from typing import Any

import invoicekit
import msgspec
import pytest
from invoicekit import InvoiceStatus
from invoicekit.sandbox import SandboxError, SandboxRequest, SandboxResponse, SandboxServer
from invoicekit.testing import check_invoice

from invoicekit_stripe._sandbox import API_KEY, StripeSandbox

AUTH = {"authorization": f"Bearer {API_KEY}"}
BASE = "http://127.0.0.1:8765/stripe"


def call(
    sandbox: StripeSandbox,
    path: str,
    query: dict[str, str] | None = None,
    headers: dict[str, str] | None = None,
) -> SandboxResponse:
    request = SandboxRequest(
        "GET",
        path,
        query=tuple((query or {}).items()),
        headers=AUTH if headers is None else headers,
        base_url=BASE,
    )
    try:
        return sandbox.handle(request)
    except SandboxError as exc:  # what the sandbox app does with it
        return sandbox.error(exc.status, exc.message)


def body(response: SandboxResponse) -> Any:
    return msgspec.json.decode(response.body)


@pytest.fixture(scope="module")
def sandbox() -> StripeSandbox:
    return StripeSandbox(size=150, seed=7)


def test_the_key_is_checked_as_stripe_does(sandbox: StripeSandbox) -> None:
    missing = call(sandbox, "/v1/invoices", headers={})
    assert missing.status == 401
    assert body(missing)["error"]["message"].startswith("You did not provide an API key")
    wrong = call(
        sandbox, "/v1/invoices", headers={"authorization": "Bearer sk_test_abcdef123456789"}
    )
    assert wrong.status == 401
    error = body(wrong)["error"]
    assert error["type"] == "invalid_request_error"
    assert error["message"].startswith("Invalid API Key provided: sk_test_")
    assert "abcdef123456" not in error["message"]  # masked, as Stripe does
    basic = base64.b64encode(f"{API_KEY}:".encode()).decode()
    assert call(sandbox, "/v1/invoices", headers={"authorization": f"Basic {basic}"}).status == 200


def test_list_pages_newest_first_by_cursor(sandbox: StripeSandbox) -> None:
    ids = list(sandbox.invoice_ids())
    first = body(call(sandbox, "/v1/invoices"))
    assert first["object"] == "list"
    assert first["url"] == "/v1/invoices"
    assert [item["id"] for item in first["data"]] == ids[:10]  # Stripe's default limit
    assert first["has_more"] is True
    created = [item["created"] for item in first["data"]]
    assert created == sorted(created, reverse=True)
    after = body(call(sandbox, "/v1/invoices", {"limit": "5", "starting_after": ids[9]}))
    assert [item["id"] for item in after["data"]] == ids[10:15]
    before = body(call(sandbox, "/v1/invoices", {"limit": "3", "ending_before": ids[10]}))
    assert [item["id"] for item in before["data"]] == ids[7:10]
    assert before["has_more"] is True
    last = body(call(sandbox, "/v1/invoices", {"limit": "100", "starting_after": ids[99]}))
    assert [item["id"] for item in last["data"]] == ids[100:]
    assert last["has_more"] is False


@pytest.mark.parametrize(
    ("query", "status", "param"),
    [
        ({"limit": "0"}, 400, "limit"),
        ({"limit": "101"}, 400, "limit"),
        ({"limit": "ten"}, 400, "limit"),
        ({"page": "2"}, 400, "page"),
        ({"status": "paid_out"}, 400, "status"),
        ({"created[gte]": "yesterday"}, 400, "created[gte]"),
        ({"starting_after": "in_1SbxNoSuchInvoice"}, 404, "starting_after"),
    ],
)
def test_list_parameters_are_checked(
    sandbox: StripeSandbox, query: dict[str, str], status: int, param: str
) -> None:
    response = call(sandbox, "/v1/invoices", query)
    assert response.status == status
    assert body(response)["error"]["param"] == param


def test_list_filters(sandbox: StripeSandbox) -> None:
    everything = body(call(sandbox, "/v1/invoices", {"limit": "100"}))["data"]
    customer = everything[0]["customer"]
    mine = body(call(sandbox, "/v1/invoices", {"limit": "100", "customer": customer}))["data"]
    assert mine
    assert all(item["customer"] == customer for item in mine)
    paid = body(call(sandbox, "/v1/invoices", {"limit": "100", "status": "paid"}))["data"]
    assert paid
    assert all(item["status"] == "paid" for item in paid)
    moment = everything[20]["created"]
    recent = body(call(sandbox, "/v1/invoices", {"limit": "100", "created[gte]": str(moment)}))
    assert [item["id"] for item in recent["data"]] == [item["id"] for item in everything[:21]]
    older = body(call(sandbox, "/v1/invoices", {"limit": "5", "created[lt]": str(moment)}))
    assert older["data"][0]["id"] == everything[21]["id"]


def test_get_and_stripes_404(sandbox: StripeSandbox) -> None:
    invoice_id = sandbox.invoice_ids()[3]
    assert body(call(sandbox, f"/v1/invoices/{invoice_id}"))["id"] == invoice_id
    missing = call(sandbox, "/v1/invoices/in_1SbxDoesNotExist000000")
    assert missing.status == 404
    error = body(missing)["error"]
    assert (error["code"], error["param"], error["type"]) == (
        "resource_missing",
        "invoice",
        "invalid_request_error",
    )
    unknown = call(sandbox, "/v1/charges")
    assert unknown.status == 404
    assert "Unrecognized request URL" in body(unknown)["error"]["message"]


def test_pdf_links_are_public_signed_links(sandbox: StripeSandbox) -> None:
    invoices = body(call(sandbox, "/v1/invoices", {"limit": "100"}))["data"]
    final = next(item for item in invoices if item["status"] != "draft")
    path = final["invoice_pdf"].removeprefix(BASE).partition("?")[0]
    pdf = call(sandbox, path, headers={})
    assert pdf.status == 200
    assert pdf.body.startswith(b"%PDF-")
    hosted = final["hosted_invoice_url"].removeprefix(BASE).partition("?")[0]
    assert call(sandbox, hosted, headers={}).status == 200
    assert call(sandbox, path.replace("test_in_", "test_in_x"), headers={}).status == 404
    draft = next(item for item in invoices if item["status"] == "draft")
    assert draft["invoice_pdf"] is None
    assert draft["number"] is None


def test_data_is_deterministic_and_consistent(sandbox: StripeSandbox) -> None:
    again = StripeSandbox(size=150, seed=7)
    other = StripeSandbox(size=150, seed=8)
    first = call(sandbox, "/v1/invoices", {"limit": "100"})
    assert first.body == call(again, "/v1/invoices", {"limit": "100"}).body
    assert first.body != call(other, "/v1/invoices", {"limit": "100"}).body
    assert other.invoice_ids()[0] not in sandbox.invoice_ids()
    for item in body(first)["data"]:
        if item["lines"]["has_more"]:  # what the client does: every line, then map
            every = call(sandbox, f"/v1/invoices/{item['id']}/lines", {"limit": "100"})
            item["lines"] = {**body(every), "has_more": False}
        invoice = invoicekit.normalize("stripe", msgspec.json.encode(item))
        assert check_invoice(invoice) == [], item["id"]


def many_lines(sandbox: StripeSandbox) -> dict[str, Any]:
    """The newest sandbox invoice that has more lines than it embeds."""
    items = body(call(sandbox, "/v1/invoices", {"limit": "100"}))["data"]
    return next(item for item in items if item["lines"]["has_more"])


def test_lines_are_paged_as_stripe_pages_them(sandbox: StripeSandbox) -> None:
    invoice = many_lines(sandbox)
    path = f"/v1/invoices/{invoice['id']}/lines"
    embedded = invoice["lines"]["data"]
    assert len(embedded) == 10
    assert invoice["lines"]["url"] == path
    every = body(call(sandbox, path, {"limit": "100"}))
    assert every["has_more"] is False
    assert every["url"] == path
    ids = [line["id"] for line in every["data"]]
    assert len(ids) > 10
    assert len(set(ids)) == len(ids)
    assert ids[:10] == [line["id"] for line in embedded]
    first = body(call(sandbox, path))
    assert [line["id"] for line in first["data"]] == ids[:10]  # Stripe's default limit
    assert first["has_more"] is True
    after = body(call(sandbox, path, {"limit": "3", "starting_after": ids[9]}))
    assert [line["id"] for line in after["data"]] == ids[10:13]
    assert after["has_more"] is (len(ids) > 13)
    before = body(call(sandbox, path, {"limit": "2", "ending_before": ids[5]}))
    assert [line["id"] for line in before["data"]] == ids[3:5]
    assert before["has_more"] is True
    last = body(call(sandbox, path, {"starting_after": ids[-1]}))
    assert (last["data"], last["has_more"]) == ([], False)


def test_lines_parameters_are_checked(sandbox: StripeSandbox) -> None:
    path = f"/v1/invoices/{many_lines(sandbox)['id']}/lines"
    assert call(sandbox, path, {"status": "paid"}).status == 400
    assert call(sandbox, path, {"limit": "101"}).status == 400
    missing = call(sandbox, path, {"starting_after": "il_nope"})
    assert missing.status == 404
    assert body(missing)["error"]["param"] == "starting_after"
    unknown = call(sandbox, "/v1/invoices/in_1SbxDoesNotExist000000/lines")
    assert unknown.status == 404
    assert body(unknown)["error"]["code"] == "resource_missing"
    assert call(sandbox, path, headers={}).status == 401


def test_the_client_reads_every_line_from_the_server(invoicekit_sandbox: SandboxServer) -> None:
    with invoicekit_sandbox.connect("stripe") as client:
        listed = list(client.list_invoices())
        long = [invoice for invoice in listed if len(invoice.lines) > 10]
        assert long
        assert all(check_invoice(invoice) == [] for invoice in listed)
        again = client.get_invoice(long[0].id)
    assert again == long[0]
    assert "lines_truncated" not in again.extra


def test_the_data_mixes_currencies_and_statuses(sandbox: StripeSandbox) -> None:
    items = body(call(sandbox, "/v1/invoices", {"limit": "100"}))["data"]
    currencies = Counter(item["currency"] for item in items)
    assert {"eur", "usd", "jpy"} <= set(currencies)
    assert {"draft", "open", "paid", "void", "uncollectible"} <= {item["status"] for item in items}


def test_a_large_sandbox_costs_nothing_up_front() -> None:
    started = time.perf_counter()
    huge = StripeSandbox(size=1_000_000, seed=0)
    page = body(call(huge, "/v1/invoices", {"limit": "100", "status": "void"}))
    last = huge.invoice_ids()[-1]
    assert body(call(huge, f"/v1/invoices/{last}"))["id"] == last
    assert len(page["data"]) == 100
    assert time.perf_counter() - started < 5


def test_through_a_server(invoicekit_sandbox: SandboxServer) -> None:
    expected = list(invoicekit_sandbox.app.sandbox("stripe").invoice_ids())
    with invoicekit_sandbox.connect("stripe") as client:
        assert [invoice.id for invoice in client.list_invoices(page_size=13)] == expected
        paid = list(client.list_invoices(status="paid", page_size=9))
        assert paid
        assert {invoice.status for invoice in paid} == {InvoiceStatus.PAID}
        assert client.download_pdf(paid[0].id).startswith(b"%PDF-")


@pytest.mark.anyio
async def test_through_a_server_async(invoicekit_sandbox: SandboxServer) -> None:
    expected = list(invoicekit_sandbox.app.sandbox("stripe").invoice_ids())
    async with invoicekit_sandbox.connect_async("stripe") as client:
        ids = [invoice.id async for invoice in client.list_invoices(page_size=11)]
    assert ids == expected  # newest first, each once


def test_answers_validate_against_the_spec(sandbox: StripeSandbox) -> None:
    """The sandbox's invoices, pages and errors have the shapes the spec documents."""
    yaml = pytest.importorskip("yaml")
    jsonschema = pytest.importorskip("jsonschema")
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    spec = Path(__file__).parents[1] / "specs" / "stripe" / "openapi.yaml"
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    resource = Resource.from_contents(document, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("urn:spec", resource)

    def validate(instance: Any, schema: str) -> None:
        reference = {"$ref": f"urn:spec#/components/schemas/{schema}"}
        jsonschema.Draft202012Validator(reference, registry=registry).validate(instance)

    page = body(call(sandbox, "/v1/invoices", {"limit": "100"}))
    validate(page, "InvoiceList")
    validate(body(call(sandbox, f"/v1/invoices/{sandbox.invoice_ids()[0]}")), "Invoice")
    lines = f"/v1/invoices/{many_lines(sandbox)['id']}/lines"
    validate(body(call(sandbox, lines, {"limit": "7"})), "InvoiceLineList")
    for response in (
        call(sandbox, "/v1/invoices", headers={}),
        call(sandbox, "/v1/invoices/in_1SbxDoesNotExist000000"),
        call(sandbox, "/v1/invoices", {"limit": "0"}),
        call(sandbox, lines, {"starting_after": "il_nope"}),
        sandbox.error(429, "Too many requests"),
        sandbox.error(500, "Internal error"),
    ):
        validate(body(response), "ErrorResponse")
