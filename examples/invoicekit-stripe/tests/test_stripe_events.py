"""Changed-since from Stripe's Events API: the sandbox's ``/v1/events``, the flow, and a sync."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import msgspec
import pytest
from invoicekit import Unsupported, get_vendor
from invoicekit.plugin import ListQuery
from invoicekit.sandbox import SandboxRequest, SandboxServer
from invoicekit.sync import SQLiteStore, run

from invoicekit_stripe._sandbox import API_KEY

SIZE = 60


@pytest.fixture
def server(invoicekit_plugin: None) -> Iterator[SandboxServer]:
    """A fresh server per test: each test mutates its data."""
    with SandboxServer(["stripe"], size=SIZE, seed=11, reserve=5) as running:
        yield running


def _events(server: SandboxServer, **query: str) -> Any:
    sandbox = server.app.sandbox("stripe")
    request = SandboxRequest(
        "GET",
        "/v1/events",
        query=tuple(query.items()),
        headers={"authorization": f"Bearer {API_KEY}"},
        base_url=server.base_url("stripe"),
    )
    response = sandbox.handle(request)
    return response.status, msgspec.json.decode(response.body)


def _open_ids(server: SandboxServer, count: int) -> list[str]:
    with server.connect("stripe") as client:
        found = [i.id for i in client.list_invoices() if i.status_raw == "open"]
    return found[:count]


def test_the_sandbox_lists_one_event_per_mutation_newest_first(server: SandboxServer) -> None:
    assert _events(server)[1]["data"] == []  # the generated invoices have no events
    first, second = _open_ids(server, 2)
    server.mutate("stripe", "update", first, paid=True)
    server.mutate("stripe", "update", second, total=Decimal("12.34"))
    created = server.mutate("stripe", "create")
    status, page = _events(server, limit="2")
    assert status == 200
    assert [e["type"] for e in page["data"]] == ["invoice.created", "invoice.updated"]
    assert page["data"][0]["data"]["object"]["id"] == created.invoice_id
    assert page["has_more"] is True
    _, rest = _events(server, starting_after=page["data"][-1]["id"])
    assert [(e["type"], e["data"]["object"]["id"]) for e in rest["data"]] == [
        ("invoice.paid", first)
    ]
    assert rest["has_more"] is False
    _, paid = _events(server, type="invoice.paid")
    assert [e["data"]["object"]["id"] for e in paid["data"]] == [first]
    _, grouped = _events(server, type="invoice.*")
    assert len(grouped["data"]) == 3
    later = str(int(created.at.timestamp()) + 1)
    assert _events(server, **{"created[gte]": later})[1]["data"] == []
    assert _events(server, starting_after="evt_nope")[0] == 404
    assert _events(server, color="red")[0] == 400


def test_updated_since_lists_changes_and_deletions_once(server: SandboxServer) -> None:
    since = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=2)
    with server.connect("stripe") as client:
        listed = list(client.list_invoices())
        many_lines = next(i for i in listed if len(i.lines) > 10 and i.status_raw == "open")
        # Changed twice: listed once, in its last state.
        server.mutate("stripe", "update", many_lines.id, total=Decimal("99.00"))
        server.mutate("stripe", "update", many_lines.id, paid=True)
        draft = next(i for i in listed if i.status_raw == "draft")
        server.mutate("stripe", "delete", draft.id)
        created = server.mutate("stripe", "create")

        pages = list(client.pages(updated_since=since, page_size=2))
        changed = [invoice for page in pages for invoice in page.invoices]
        deleted = [gone for page in pages for gone in page.deleted]
        assert sorted(i.id for i in changed) == sorted([many_lines.id, created.invoice_id])
        assert deleted == [draft.id]
        now = {i.id: i for i in changed}[many_lines.id]
        assert now == client.get_invoice(many_lines.id)  # every line, the final state
        assert len(now.lines) == len(many_lines.lines)
        assert now.status_raw == "paid"
        # The sandbox stamps a second change of one invoice a second later, ahead of the clock.
        later = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=5)
        assert list(client.list_invoices(updated_since=later)) == []


def test_updated_since_beyond_the_30_days_is_refused() -> None:
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=31)
    vendor = get_vendor("stripe")
    assert vendor.capabilities().updated_since == "native"
    assert vendor.capabilities().updated_since_window == dt.timedelta(days=30)
    with pytest.raises(Unsupported, match="30 days"):
        vendor.list_invoices_flow(ListQuery(updated_since=old))
    with pytest.raises(Unsupported, match="other filters"):
        vendor.list_invoices_flow(
            ListQuery(updated_since=dt.datetime.now(dt.UTC), native={"customer": "cus_1"})
        )


def _held(store: SQLiteStore) -> dict[str, Any]:
    return {s.invoice.id: s.invoice for s in store.query(vendor="stripe", account="a")}


def test_sync_runs_incrementally_from_events(server: SandboxServer, tmp_path: Any) -> None:
    with SQLiteStore(tmp_path / "s.sqlite") as store, server.connect("stripe") as client:
        first = run(client, store, account="a", page_size=25)
        assert (first.mode, first.added) == ("full", SIZE)
        listed = list(client.list_invoices())
        victim = next(i for i in listed if i.status_raw == "draft")
        payee = next(i for i in listed if i.status_raw == "open")
        server.mutate("stripe", "delete", victim.id)
        server.mutate("stripe", "update", payee.id, paid=True)
        server.mutate("stripe", "create")
        second = run(client, store, account="a")
        assert second.mode == "incremental"
        assert (second.added, second.changed, second.deleted) == (1, 1, 1)
        assert second.pages == 1  # one page of events, not the whole listing
        assert _held(store) == {i.id: i for i in client.list_invoices()}
        assert store.get("stripe", "a", victim.id).deleted_at is not None  # type: ignore[union-attr]
        third = run(client, store, account="a")
        # The overlap re-reads the same events: nothing new, nothing doubled.
        assert (third.added, third.changed, third.deleted, third.unchanged) == (0, 0, 0, 3)
        assert len([c for c in store.changes() if c.id == payee.id]) == 2


def test_sync_with_changes_while_it_runs_settles_exactly(
    server: SandboxServer, tmp_path: Any
) -> None:
    with SQLiteStore(tmp_path / "s.sqlite") as store, server.connect("stripe") as client:
        run(client, store, account="a", page_size=10)
        for round_ in range(3):
            server.mutate_randomly("stripe", 8, seed=round_)

            def meanwhile(summary: Any, round_: int = round_) -> None:
                server.mutate_randomly("stripe", 2, seed=100 + round_ * 10 + summary.pages)

            moving = run(client, store, account="a", page_size=3, progress=meanwhile)
            assert moving.mode == "incremental"
        settle = run(client, store, account="a", page_size=3)
        assert settle.mode == "incremental"
        assert _held(store) == {i.id: i for i in client.list_invoices()}
        quiet = run(client, store, account="a")
        assert (quiet.added, quiet.changed, quiet.deleted) == (0, 0, 0)
        # A full listing agrees with the incremental runs: nothing lost, nothing left over.
        full = run(client, store, account="a", full=True)
        assert (full.added, full.changed, full.deleted) == (0, 0, 0)
