"""Status filters through the generated client and the in-process sandbox: Stripe's coarse
statuses (``open``: open or partially paid; ``paid``: paid or overpaid) are declared on the
vendor, and invoicekit keeps exactly the statuses asked for."""

from __future__ import annotations

import json
from typing import Any

import invoicekit
import pytest
from invoicekit import Invoice, InvoiceStatus
from invoicekit.plugin import ListQuery
from invoicekit.sandbox import SandboxServer
from invoicekit.testing import VendorConformance

from invoicekit_stripe import StripeVendor
from invoicekit_stripe._api import FILTER_STATUSES
from invoicekit_stripe_client.models import InvoiceStatus as StripeStatus

PAGE_SIZE = 7
#: Stripe's own status values: all that may reach `ListQuery.status`.
STRIPE_STATUSES = {"draft", "open", "paid", "void"}


@pytest.fixture
def queries(monkeypatch: pytest.MonkeyPatch) -> list[ListQuery]:
    """Every `ListQuery` the client hands the Stripe vendor's listing flow."""
    seen: list[ListQuery] = []
    original = StripeVendor.list_invoices_flow

    def recording(self: StripeVendor, query: ListQuery) -> Any:
        seen.append(query)
        return original(self, query)

    monkeypatch.setattr(StripeVendor, "list_invoices_flow", recording)
    return seen


@pytest.fixture(scope="module")
def server(invoicekit_plugin: None) -> SandboxServer:
    """An in-process Stripe sandbox large enough to hold partially paid invoices."""
    return SandboxServer(["stripe"], size=300)


@pytest.fixture(scope="module")
def everything(server: SandboxServer) -> list[Invoice]:
    with server.connect("stripe") as client:
        return list(client.list_invoices())


def test_the_sandbox_holds_both_sides_of_a_coarse_status(everything: list[Invoice]) -> None:
    statuses = {invoice.status for invoice in everything}
    assert {InvoiceStatus.OPEN, InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.PAID} <= statuses


@pytest.mark.parametrize("status", sorted(FILTER_STATUSES))
def test_each_status_filter_lists_exactly_that_status(
    server: SandboxServer,
    everything: list[Invoice],
    queries: list[ListQuery],
    status: InvoiceStatus,
) -> None:
    expected = [invoice.id for invoice in everything if invoice.status is status]
    with server.connect("stripe") as client:
        pages = list(client.pages(status=status, page_size=PAGE_SIZE))
        listed = [invoice.id for invoice in client.list_invoices(status=status.value)]
    assert [invoice.id for page in pages for invoice in page.invoices] == expected
    assert listed == expected
    assert all(len(page.invoices) <= PAGE_SIZE for page in pages)
    assert [query.status for query in queries] == [(FILTER_STATUSES[status].value,)] * 2
    assert {query.page_size for query in queries} == {PAGE_SIZE, None}


@pytest.mark.anyio
@pytest.mark.parametrize("status", sorted(FILTER_STATUSES))
async def test_each_status_filter_lists_exactly_that_status_async(
    server: SandboxServer,
    everything: list[Invoice],
    queries: list[ListQuery],
    status: InvoiceStatus,
) -> None:
    expected = [invoice.id for invoice in everything if invoice.status is status]
    async with server.connect_async("stripe") as client:
        pages = [page async for page in client.pages(status=status, page_size=PAGE_SIZE)]
    assert [invoice.id for page in pages for invoice in page.invoices] == expected
    assert all(len(page.invoices) <= PAGE_SIZE for page in pages)
    assert {value for query in queries for value in query.status} <= STRIPE_STATUSES


def test_open_and_partially_paid_are_one_request_for_open(
    server: SandboxServer, everything: list[Invoice], queries: list[ListQuery]
) -> None:
    wanted = {InvoiceStatus.OPEN, InvoiceStatus.PARTIALLY_PAID}
    with server.connect("stripe") as client:
        listed = [invoice.id for invoice in client.list_invoices(status=sorted(wanted))]
    assert listed == [invoice.id for invoice in everything if invoice.status in wanted]
    assert [query.status for query in queries] == [("open",)]
    assert queries[0].keep == frozenset(wanted)


def test_an_exact_status_is_not_filtered_again(
    server: SandboxServer, everything: list[Invoice], queries: list[ListQuery]
) -> None:
    """Draft and void are Stripe's own statuses one to one: nothing to keep after mapping."""
    with server.connect("stripe") as client:
        drafts = [invoice.id for invoice in client.list_invoices(status="draft")]
    assert drafts
    assert drafts == [i.id for i in everything if i.status is InvoiceStatus.DRAFT]
    assert queries[0].keep is None


def test_the_stripe_vendor_declares_its_coarse_statuses() -> None:
    vendor = invoicekit.get_vendor("stripe")
    assert vendor.coarse_statuses == {
        InvoiceStatus.OPEN,
        InvoiceStatus.PARTIALLY_PAID,
        InvoiceStatus.PAID,
        InvoiceStatus.OVERPAID,
    }
    assert vendor.status_filter((InvoiceStatus.PARTIALLY_PAID,)) == ("open",)
    assert vendor.status_filter((InvoiceStatus.OVERPAID,)) == ("paid",)


def test_the_command_line_status_filter_is_exact_too(queries: list[ListQuery]) -> None:
    """``invoicekit list stripe --sandbox --status open``: the CLI lists exactly the open
    invoices (Stripe's ``open`` also holds partially paid ones)."""
    from click.testing import CliRunner
    from invoicekit.cli import cli

    with SandboxServer(["stripe"]).connect("stripe") as client:  # the CLI's --sandbox
        expected = [i.id for i in client.list_invoices() if i.status is InvoiceStatus.OPEN]
    queries.clear()
    args = ["list", "stripe", "--sandbox", "--status", "open", "--page-size", "9"]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert expected
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == expected
    assert [(query.status, query.page_size) for query in queries] == [(("open",), 9)]


class _Kit(VendorConformance):
    """The kit's checks of Stripe, called by hand below (not collected: no ``Test`` prefix)."""

    vendor = "stripe"


def test_the_kit_check_passes_on_the_declared_coarse_statuses(
    server: SandboxServer, everything: list[Invoice]
) -> None:
    _Kit().test_coarse_status_filters_are_honoured_exactly(server, everything)


def test_the_kit_check_fails_when_a_coarse_status_asks_for_the_wrong_value(
    monkeypatch: pytest.MonkeyPatch, server: SandboxServer, everything: list[Invoice]
) -> None:
    """Partially paid asked for as Stripe's ``paid``: the coarse filter no longer holds it."""
    monkeypatch.setitem(FILTER_STATUSES, InvoiceStatus.PARTIALLY_PAID, StripeStatus.PAID)
    with pytest.raises(AssertionError, match="partially_paid"):
        _Kit().test_coarse_status_filters_are_honoured_exactly(server, everything)
