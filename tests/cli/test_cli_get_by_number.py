"""``get`` by invoice number, and `get_invoice_by_number`, through the vendors' sandboxes."""

import asyncio
import json
import re
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest
from helpers.cli_runner import Run, one_error_line

import invoicekit
from invoicekit import InvoiceNumberNotFound, Unsupported
from invoicekit._lookup import MAX_PAGES, find_invoice_flow
from invoicekit.flows import Call, Page
from invoicekit.sandbox import SandboxServer


def listed(run: Run, vendor: str, count: int) -> list[dict[str, Any]]:
    result = run("list", vendor, "--sandbox", "--limit", str(count))
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.parametrize("vendor", ["daftra", "fynn", "yeti"])
@pytest.mark.parametrize("by", [[], ["--by", "number"]])
def test_get_by_number(run: Run, vendor: str, by: list[str]) -> None:
    wanted = listed(run, vendor, 12)[10]
    result = run("get", vendor, wanted["number"], "--sandbox", *by)
    assert result.exit_code == 0, result.stderr
    invoice = invoicekit.from_json(result.stdout_bytes)
    assert (invoice.id, invoice.number) == (wanted["id"], wanted["number"])
    by_id = run("get", vendor, wanted["id"], "--sandbox", "--by", "id")
    # The invoice itself, not a listing row; each --sandbox run has its own port in links.
    assert without_port(by_id.stdout_bytes) == without_port(result.stdout_bytes)


def without_port(document: bytes) -> bytes:
    return re.sub(rb"127\.0\.0\.1:[0-9]+", b"127.0.0.1:PORT", document)


@pytest.mark.parametrize("vendor", ["daftra", "yeti"])
def test_pdf_by_number(run: Run, vendor: str, tmp_path: Path) -> None:
    wanted = listed(run, vendor, 3)[2]
    by_number = tmp_path / "by-number.pdf"
    result = run("pdf", vendor, wanted["number"], "--sandbox", "-o", str(by_number))
    assert result.exit_code == 0, result.stderr
    by_id = tmp_path / "by-id.pdf"
    assert run("pdf", vendor, wanted["id"], "--sandbox", "-o", str(by_id)).exit_code == 0
    assert by_number.read_bytes().startswith(b"%PDF-")
    assert by_number.read_bytes() == by_id.read_bytes()


def test_an_id_is_still_an_id(run: Run) -> None:
    first, second = listed(run, "daftra", 2)
    assert (first["id"], first["number"]) == ("1", "000001")
    result = run("get", "daftra", "2", "--sandbox")
    assert result.exit_code == 0, result.stderr
    assert invoicekit.from_json(result.stdout_bytes).number == second["number"]


def test_an_unknown_number_is_one_line(run: Run) -> None:
    result = run("get", "fynn", "RE-9999999999", "--sandbox", "--by", "number", "--retries", "0")
    assert result.exit_code == 1
    assert one_error_line(result) == "fynn: no invoice is numbered 'RE-9999999999'"


def test_neither_id_nor_number_reports_the_ids_404(run: Run) -> None:
    unknown = "00000000-0000-4000-8000-000000000000"
    result = run("get", "fynn", unknown, "--sandbox", "--retries", "0")
    assert result.exit_code == 1
    assert f"GET /fynn/invoices/{unknown} returned HTTP 404" in one_error_line(result)


def test_a_vendor_without_number_lookup_says_so(run: Run) -> None:
    result = run("get", "acme", "ACME-000001", "--sandbox", "--by", "number")
    assert result.exit_code == 1
    assert one_error_line(result) == (
        "acme does not support finding an invoice by its number: its API has no filter on "
        "the invoice number; use the vendor's invoice id"
    )


def test_the_library_finds_by_number_sync_and_async() -> None:
    with SandboxServer(["yeti"]) as server:
        with server.connect("yeti") as client:
            row = list(client.list_invoices(page_size=5))[3]
            assert row.number is not None
            wanted = client.get_invoice(row.id)
            assert client.get_invoice_by_number(row.number) == wanted

        async def find() -> invoicekit.Invoice:
            async with server.connect_async("yeti") as client:
                assert row.number is not None
                return await client.get_invoice_by_number(row.number)

        assert asyncio.run(find()) == wanted


class _Listing:
    """A vendor whose listing returns whatever pages it is given (a filter it ignores)."""

    def __init__(self, pages: list[Page]) -> None:
        self.pages = pages
        self.requests = 0

    def flow(self) -> Generator[Any, Any, None]:
        for page in self.pages:
            self.requests += 1
            yield Call({"method": "GET", "url": "/invoices"})
            yield page


def drive(flow: Generator[Call, Any, Any]) -> Any:
    reply = None
    try:
        while True:
            flow.send(reply)
            reply = object()
    except StopIteration as done:
        return done.value


def _invoice(invoice_id: str, number: str) -> invoicekit.Invoice:
    return invoicekit.Invoice(
        vendor="fynn",
        id=invoice_id,
        number=number,
        kind=invoicekit.InvoiceKind.INVOICE,
        status=invoicekit.InvoiceStatus.OPEN,
        raw=b"{}",
    )


def _with_listing(monkeypatch: pytest.MonkeyPatch, pages: list[Page]) -> _Listing:
    listing = _Listing(pages)
    vendor = invoicekit.get_vendor("fynn")
    monkeypatch.setattr(type(vendor), "list_invoices_flow", lambda self, query: listing.flow())
    monkeypatch.setattr(
        type(vendor), "get_invoice_flow", lambda self, invoice_id: fetch(invoice_id)
    )
    return listing


def fetch(invoice_id: str) -> Generator[Call, Any, invoicekit.Invoice]:
    """The vendor's GET of one invoice: one request, then the invoice by that id."""
    yield Call({"method": "GET", "url": f"/invoices/{invoice_id}"})
    return _invoice(invoice_id, "fetched")


def test_only_exact_numbers_match(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = [Page([_invoice("a", "RE-10"), _invoice("b", "RE-1")]), Page([_invoice("c", "RE-1")])]
    listing = _with_listing(monkeypatch, pages)
    found = drive(find_invoice_flow(invoicekit.get_vendor("fynn"), "RE-1"))
    assert (found.id, found.number) == ("b", "fetched")  # fetched by id after the match
    assert listing.requests == 1  # the page with the match ends the lookup


def test_several_exact_matches_are_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    _with_listing(monkeypatch, [Page([_invoice("a", "RE-1"), _invoice("b", "RE-1")])])
    with pytest.raises(InvoiceNumberNotFound) as caught:
        drive(find_invoice_flow(invoicekit.get_vendor("fynn"), "RE-1"))
    assert caught.value.ids == ("a", "b")
    assert str(caught.value) == "fynn: 2 invoices are numbered 'RE-1' (ids a, b); get one by its id"
    assert isinstance(caught.value, invoicekit.NotFound)


def test_an_ignored_filter_reads_a_bounded_number_of_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = [Page([_invoice(str(i), f"RE-{i}")]) for i in range(50)]
    listing = _with_listing(monkeypatch, pages)
    with pytest.raises(InvoiceNumberNotFound, match="no invoice is numbered 'X'"):
        drive(find_invoice_flow(invoicekit.get_vendor("fynn"), "X"))
    assert listing.requests == MAX_PAGES


def test_unsupported_is_raised_before_any_request() -> None:
    with pytest.raises(Unsupported):
        find_invoice_flow(invoicekit.get_vendor("acme"), "ACME-000001")
