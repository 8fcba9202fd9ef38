"""Sandbox mutations: the overlay, the Python API and the control endpoint, on a real server."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import overload

import httpx
import pytest

from invoicekit import ConfigurationError, InvoiceStatus, NotFound
from invoicekit.sandbox import (
    Applied,
    Change,
    Mutation,
    Overlaid,
    SandboxApp,
    SandboxError,
    SandboxServer,
)

VENDORS = ("fynn", "stripe")


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    with SandboxServer(list(VENDORS), size=120, seed=7, reserve=20) as running:
        yield running


def _listed(server: SandboxServer, vendor: str, page_size: int = 25) -> list[str]:
    with server.connect(vendor) as client:
        return [invoice.id for invoice in client.list_invoices(page_size=page_size)]


# -- the overlay ---------------------------------------------------------------------------


@pytest.mark.parametrize("trial", range(40))
def test_overlaid_equals_filtering_the_whole_sequence(trial: int) -> None:
    rng = random.Random(trial)
    size = rng.randint(0, 300)
    matches = sorted(rng.sample(range(size), rng.randint(0, size)))
    touched = sorted(rng.sample(range(size), rng.randint(0, min(size, 40))))
    kept_now = {index for index in touched if rng.random() < 0.5}
    expected = sorted(
        (set(matches) - set(touched)) | {index for index in touched if index in kept_now}
    )
    overlaid = Overlaid(matches, touched, kept_now.__contains__)
    assert len(overlaid) == len(expected)
    assert list(overlaid[0 : len(overlaid)]) == expected
    for _ in range(20):
        start = rng.randint(0, len(expected))
        stop = rng.randint(start, len(expected) + 3)
        assert overlaid[start:stop] == expected[start:stop]
    if expected:
        position = rng.randrange(len(expected))
        assert overlaid[position] == expected[position]
        assert overlaid[-1] == expected[-1]


class _CountingRange(Sequence[int]):
    """``range(n)`` that counts the items read."""

    def __init__(self, length: int) -> None:
        self._range = range(length)
        self.reads = 0

    def __len__(self) -> int:
        return len(self._range)

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[int]: ...
    def __getitem__(self, index: int | slice) -> int | Sequence[int]:
        found = self._range[index]
        self.reads += len(found) if isinstance(found, range) else 1
        return found


def test_overlaid_reads_only_the_slice_of_a_huge_sequence() -> None:
    base = _CountingRange(10**9)
    overlaid = Overlaid(base, [5, 10**8], lambda index: False)
    assert len(overlaid) == 10**9 - 2
    assert overlaid[4:8] == [4, 6, 7, 8]
    assert overlaid[10**8 - 2 : 10**8 + 1] == [10**8 - 1, 10**8 + 1, 10**8 + 2]
    assert base.reads < 50_000


# -- the Python API ------------------------------------------------------------------------


@pytest.mark.parametrize("vendor", VENDORS)
def test_delete_makes_the_invoice_404_and_absent_from_every_page(
    server: SandboxServer, vendor: str
) -> None:
    before = _listed(server, vendor)
    victim = before[len(before) // 2]
    applied = server.mutate(vendor, "delete", victim)
    assert (applied.op, applied.invoice_id, applied.vendor) == ("delete", victim, vendor)
    with server.connect(vendor) as client, pytest.raises(NotFound):
        client.get_invoice(victim)
    after = _listed(server, vendor)
    assert victim not in after
    assert after == [invoice_id for invoice_id in before if invoice_id != victim]
    assert sorted(after) == sorted(server.live_ids(vendor))
    with pytest.raises(SandboxError) as deleted_twice:
        server.mutate(vendor, "delete", victim)
    assert deleted_twice.value.status == 404


@pytest.mark.parametrize("vendor", VENDORS)
def test_create_reveals_a_new_invoice_until_the_reserve_is_used_up(vendor: str) -> None:
    with SandboxServer([vendor], size=30, seed=3, reserve=2) as server:
        before = set(_listed(server, vendor))
        assert len(before) == 30
        created = [server.mutate(vendor, "create").invoice_id for _ in range(2)]
        assert not before & set(created)
        after = _listed(server, vendor, page_size=4)
        assert set(after) == before | set(created)
        with server.connect(vendor) as client:
            assert client.get_invoice(created[0]).id == created[0]
        with pytest.raises(SandboxError) as exhausted:
            server.mutate(vendor, "create")
        assert exhausted.value.status == 409


@pytest.mark.parametrize("vendor", VENDORS)
def test_paid_unpaid_and_total_changes_are_served(server: SandboxServer, vendor: str) -> None:
    with server.connect(vendor) as client:
        invoice = next(i for i in client.list_invoices() if i.status is InvoiceStatus.OPEN)
        server.mutate(vendor, "update", invoice.id, paid=True)
        paid = client.get_invoice(invoice.id)
        assert paid.status is InvoiceStatus.PAID
        assert paid.totals.due == 0
        listed = next(i for i in client.list_invoices(page_size=50) if i.id == invoice.id)
        assert listed == paid
        server.mutate(vendor, "update", invoice.id, paid=False)
        unpaid = client.get_invoice(invoice.id)
        assert unpaid.status is InvoiceStatus.OPEN
        assert unpaid.totals.due == unpaid.totals.gross
        server.mutate(vendor, "update", invoice.id, total=Decimal("987.65"))
        changed = client.get_invoice(invoice.id)
        scale = Decimal(1).scaleb(-(changed.totals.gross.as_tuple().exponent * -1))
        assert abs(changed.totals.gross - Decimal("987.65")) < max(scale, Decimal("0.01"))
        assert changed.totals.net + changed.totals.tax == changed.totals.gross


def test_status_changes_move_invoices_between_filtered_lists(server: SandboxServer) -> None:
    with server.connect("stripe") as client:
        invoice = next(i for i in client.list_invoices() if i.status is InvoiceStatus.OPEN)
        server.mutate("stripe", "update", invoice.id, status="void")
        voided = {i.id for i in client.list_invoices(status="void", page_size=10)}
        opened = {i.id for i in client.list_invoices(status="open", page_size=10)}
    assert invoice.id in voided
    assert invoice.id not in opened


def test_fynn_status_filter_sees_the_new_status(server: SandboxServer) -> None:
    base = server.base_url("fynn")
    headers = {"authorization": "Bearer sandbox-fynn-key"}

    def ids(status: str) -> set[str]:
        found: set[str] = set()
        page = 1
        while True:
            answer = httpx.get(
                f"{base}/invoices",
                params={"status": status, "limit": 100, "page": page},
                headers=headers,
            ).json()
            found |= {item["id"] for item in answer["data"]}
            if page >= answer["_pagination"]["lastPage"]:
                return found
            page += 1

    unpaid = sorted(ids("STATUS_UNPAID"))
    target = unpaid[0]
    server.mutate("fynn", "update", target, paid=True)
    assert target in ids("STATUS_PAID")
    assert target not in ids("STATUS_UNPAID")


def test_mutation_instants_strictly_increase_and_listeners_hear_each() -> None:
    app = SandboxApp(["fynn"], size=20, seed=1, reserve=3)
    heard: list[Applied] = []
    app.mutations("fynn").subscribe(heard.append)
    ids = app.live_ids("fynn")
    applied = app.mutate(
        "fynn",
        Mutation("create"),
        Mutation("update", ids[5], total=Decimal("10.00")),
        Mutation("update", ids[5], status="STATUS_CANCELLED"),
        Mutation("delete", ids[5]),
    )
    assert heard == applied
    assert [a.sequence for a in applied] == [1, 2, 3, 4]
    assert all(a.at.tzinfo is dt.UTC and a.at.microsecond == 0 for a in applied)
    assert applied[1].at < applied[2].at < applied[3].at
    assert applied[2].previous == Change(total=Decimal("10.00"), updated_at=applied[1].at)


def test_a_seeded_schedule_is_deterministic() -> None:
    def run() -> tuple[list[tuple[str, str]], list[str]]:
        app = SandboxApp(["fynn", "stripe"], size=80, seed=5, reserve=10)
        applied = app.mutate_randomly("stripe", 60, seed=9)
        return [(a.op, a.invoice_id) for a in applied], app.live_ids("stripe")

    first, second = run(), run()
    assert first == second
    ops = {op for op, _ in first[0]}
    assert ops == {"create", "update", "delete"}


def test_mutating_a_huge_sandbox_stays_lazy() -> None:
    app = SandboxApp(["fynn"], size=100_000, seed=2, reserve=100)
    sandbox = app.sandbox("fynn")
    calls = 0
    original = sandbox._document  # type: ignore[attr-defined]

    def counting(index: int) -> object:
        nonlocal calls
        calls += 1
        return original(index)

    sandbox.documents._item = counting  # type: ignore[attr-defined]
    ids = sandbox.invoice_ids()
    app.mutate("fynn", Mutation("delete", ids[50_000]), Mutation("create"))
    assert len(app.live_ids("fynn")) == 100_000
    assert calls == 0


# -- the control endpoint ------------------------------------------------------------------


def test_control_endpoint_applies_one_several_or_a_seeded_schedule(server: SandboxServer) -> None:
    endpoint = f"{server.url}/_sandbox/mutations"
    live = server.live_ids("stripe")
    one = httpx.post(endpoint, json={"vendor": "stripe", "op": "delete", "invoice_id": live[1]})
    assert one.status_code == 200
    assert one.json()["applied"][0]["invoice_id"] == live[1]
    several = httpx.post(
        endpoint,
        json={
            "vendor": "stripe",
            "mutations": [
                {"op": "update", "invoice_id": live[2], "total": "12.50"},
                {"op": "update", "invoice_id": live[3], "status": "void"},
            ],
        },
    )
    assert [a["op"] for a in several.json()["applied"]] == ["update", "update"]
    scheduled = httpx.post(endpoint, json={"vendor": "fynn", "random": 5, "seed": 1})
    assert len(scheduled.json()["applied"]) == 5
    listing = httpx.get(f"{server.url}/_sandbox/invoices/stripe").json()
    assert listing["ids"] == server.live_ids("stripe")
    assert live[1] not in listing["ids"]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"vendor": "stripe", "op": "explode", "invoice_id": "x"}, 400),
        ({"vendor": "stripe", "op": "update", "invoice_id": "in_nope", "paid": True}, 404),
        ({"vendor": "stripe", "op": "update", "invoice_id": "x", "total": 12.5}, 400),
        ({"vendor": "stripe", "op": "update", "invoice_id": "x", "colour": "red"}, 400),
        ({"vendor": "stripe", "op": "update", "invoice_id": "x", "status": "lost"}, 400),
        ({"vendor": "nosuchvendor", "op": "create"}, 404),
        ({"op": "create"}, 400),
    ],
)
def test_control_endpoint_refuses_bad_mutations(
    server: SandboxServer, body: dict[str, object], status: int
) -> None:
    if body.get("invoice_id") == "x":
        body = {**body, "invoice_id": server.live_ids("stripe")[0]}
    before = server.app.mutations("stripe").sequence
    answer = httpx.post(f"{server.url}/_sandbox/mutations", json=body)
    assert answer.status_code == status, answer.text
    assert "error" in answer.json()
    assert server.app.mutations("stripe").sequence == before


def test_control_endpoint_is_not_a_vendor_route_and_is_post_only(server: SandboxServer) -> None:
    assert httpx.get(f"{server.url}/_sandbox/mutations").status_code == 405
    assert httpx.post(f"{server.url}/fynn/_sandbox/mutations", json={}).status_code in {401, 404}
    index = httpx.get(server.url).json()
    assert "_sandbox" not in {entry["name"] for entry in index["vendors"]}


def test_a_sandbox_without_mutation_hooks_says_so() -> None:
    app = SandboxApp(["daftra"], size=5, reserve=3)
    with pytest.raises(ConfigurationError, match="does not support mutations"):
        app.mutate("daftra", Mutation("create"))
    assert len(app.live_ids("daftra")) == 5
