"""Yeti sandbox mutations: created periods, deleted invoices and new totals, served and listed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import msgspec
import pytest

from invoicekit import NotFound
from invoicekit.sandbox import Mutation, MutationState, SandboxError, SandboxRequest, SandboxServer
from invoicekit_yeti._sandbox import API, YetiSandbox


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    with SandboxServer(["yeti"], size=60, seed=5, reserve=4) as running:
        yield running


def _ids(server: SandboxServer, **filters: Any) -> list[str]:
    with server.connect("yeti") as client:
        return [invoice.id for invoice in client.list_invoices(page_size=7, **filters)]


def test_a_new_total_is_served_with_lines_that_still_add_up(server: SandboxServer) -> None:
    with server.connect("yeti") as client:
        before = next(client.list_invoices(page_size=20))
        server.mutate("yeti", "update", before.id, total=Decimal("5000.25"))
        after = client.get_invoice(before.id)
        listed = next(i for i in client.list_invoices(page_size=20) if i.id == before.id)
    assert after.totals.gross == Decimal("5000.25")
    assert sum(line.gross_amount or 0 for line in after.lines) == Decimal("5000.25")
    # A listed invoice's raw is its list item, the fetched one's the whole document.
    assert msgspec.structs.replace(listed, raw=after.raw) == after
    assert after.number == before.number


def test_amount_filters_and_sorts_see_the_new_totals(server: SandboxServer) -> None:
    target = _ids(server)[5]
    server.mutate("yeti", "update", target, total=Decimal("-3.5"))
    with server.connect("yeti") as client:
        everything = list(client.list_invoices(page_size=100))
        negative = [i.id for i in client.list_invoices(native={"filter[amount_spent_lt]": "0"})]
    assert target in negative
    assert negative == [i.id for i in everything if i.totals.gross < 0]


def test_delete_and_create_change_every_page(server: SandboxServer) -> None:
    before = _ids(server)
    victim = before[10]
    server.mutate("yeti", "delete", victim)
    created = server.mutate("yeti", "create").invoice_id
    after = _ids(server)
    assert victim not in after
    assert after == [i for i in before if i != victim] + [created]  # the newest period
    assert sorted(after) == sorted(server.live_ids("yeti"))
    with server.connect("yeti") as client:
        with pytest.raises(NotFound):
            client.get_invoice(victim)
        with pytest.raises(NotFound):
            client.download_pdf(victim)
        assert client.get_invoice(created).id == created


@pytest.mark.parametrize(
    "mutation",
    [{"paid": True}, {"paid": False}, {"status": "paid"}],
    ids=["paid", "unpaid", "status"],
)
def test_status_and_payment_changes_are_refused(
    server: SandboxServer, mutation: dict[str, Any]
) -> None:
    invoice_id = _ids(server)[0]
    with pytest.raises(SandboxError) as refused:
        server.mutate("yeti", "update", invoice_id, **mutation)
    assert refused.value.status == 400
    assert "no status or payment" in refused.value.message


def _page(sandbox: YetiSandbox, **query: str) -> Any:
    pairs = tuple((f"page[{k}]" if k in {"number", "size"} else k, v) for k, v in query.items())
    headers = {"authorization": sandbox.issue_token()}
    request = SandboxRequest("GET", f"{API}/invoices", pairs, headers, base_url="http://x")
    response = sandbox.handle(request)
    assert response.status == 200, response.body
    return json.loads(response.body)


def test_the_default_newest_first_order_pages_the_overlay() -> None:
    sandbox = YetiSandbox(size=30, seed=2)
    state = MutationState("yeti", sandbox.invoice_ids(), sandbox.reserved(3))
    sandbox.attach(state)
    oldest_first = [item["id"] for item in _page(sandbox, size="100", sort="start_date")["data"]]
    assert len(oldest_first) == 27
    state.apply(Mutation("delete", oldest_first[4]), sandbox)
    created = state.apply(Mutation("create"), sandbox).invoice_id
    expected = [created, *reversed([i for i in oldest_first if i != oldest_first[4]])]
    pages = [_page(sandbox, size="4", number=str(n)) for n in range(1, 9)]
    assert [item["id"] for page in pages for item in page["data"]] == expected
    assert {page["meta"]["total-count"] for page in pages} == {27}
