"""End to end: sandbox mutations → signed webhooks with faults → receiver → store == sandbox.

A real sandbox server and a real receiver (uvicorn, loopback) over a SQLite store. 1,000
invoices change (created, updated twice, deleted) while the sandbox delivers their events with
duplicated, reordered, dropped and lost deliveries and retries at fractional delays; some events
only name their invoice, so the receiver fetches it. Before the final reconciliation sync, only
invoices whose last change never arrived may differ; after it, the store equals the sandbox.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from helpers.receiver import running_receiver
from helpers.registry import with_stripe

from invoicekit import Invoice, sync
from invoicekit.sandbox import Mutation, SandboxServer, WebhookFaults
from invoicekit.sync import SQLiteStore

__all__ = ["with_stripe"]  # the fixture, applied to this module

SECRET = "whsec_end_to_end"
CHANGED = 1_000
STATUSES = {"fynn": ["STATUS_CANCELLED", "STATUS_REMINDED"], "stripe": ["void", "uncollectible"]}
FAULTS = WebhookFaults(duplicate=0.1, reorder=0.2, drop=0.1, lose=0.03, reorder_delay=0.3, seed=3)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(["fynn", "stripe"], size=1_400, seed=21, reserve=100) as server:
        yield server


def _mutations(server: SandboxServer, vendor: str) -> list[Mutation]:
    """100 creates, 100 deletes and 800 updates (200 of them changed twice): 1,000 invoices."""
    rng = random.Random(vendor)
    chosen = rng.sample(server.live_ids(vendor), CHANGED - 100)
    deleted, updated = chosen[:100], chosen[100:]
    statuses = STATUSES[vendor]
    changes: list[Mutation] = [Mutation("create") for _ in range(100)]
    for number, invoice_id in enumerate(updated):
        if number % 3 == 0:
            changes.append(Mutation("update", invoice_id, status=rng.choice(statuses)))
        else:
            total = Decimal(rng.randint(100, 999_999)).scaleb(-2)
            changes.append(Mutation("update", invoice_id, total=total))
    changes += [Mutation("delete", invoice_id) for invoice_id in deleted]
    changes += [Mutation("update", invoice_id, status=statuses[0]) for invoice_id in updated[:200]]
    rng.shuffle(changes)
    return changes


def _sandbox_state(server: SandboxServer, vendor: str) -> dict[str, Invoice]:
    with server.connect(vendor) as client:
        return {invoice.id: invoice for invoice in client.list_invoices(page_size=100)}


def _store_state(path: Path, vendor: str) -> dict[str, Invoice]:
    store = SQLiteStore(path)
    try:
        return {row.invoice.id: row.invoice for row in store.query(vendor=vendor, account="acme")}
    finally:
        store.close()


def _differing(left: dict[str, Invoice], right: dict[str, Invoice]) -> set[str]:
    return {key for key in left.keys() | right.keys() if left.get(key) != right.get(key)}


@pytest.mark.parametrize("vendor", ["fynn", "stripe"])
def test_the_store_converges_to_the_sandbox(
    sandbox: SandboxServer, tmp_path: Path, vendor: str
) -> None:
    path = tmp_path / "invoices.sqlite"
    store = SQLiteStore(path)
    with sandbox.connect(vendor) as client:
        sync.run(client, store, account="acme", full=True, page_size=100)
    assert _store_state(path, vendor) == _sandbox_state(sandbox, vendor)
    secrets = {vendor: {"acme": SECRET}}

    def connect(name: str, account: str) -> object:
        assert (name, account) == (vendor, "acme")
        return sandbox.connect_async(name)

    started = time.perf_counter()
    with running_receiver(path, secrets=secrets, clients=connect) as url:
        sender = sandbox.send_webhooks(
            vendor, f"{url}/{vendor}/acme", SECRET, time_scale=0.0005, faults=FAULTS, embed=0.7
        )
        with sender:
            applied = [sandbox.mutate(vendor, mutation) for mutation in _mutations(sandbox, vendor)]
            assert sender.wait_idle(60), sender.stats
    assert time.perf_counter() - started < 120  # bounded: retries are fractions of a second
    stats = sender.stats
    for fault in ("duplicated", "reordered", "dropped", "lost", "retried"):
        assert stats[fault] > 0, (fault, stats)
    assert stats["given_up"] == 0, stats
    touched = {a.invoice_id for a in applied}
    assert len(touched) == CHANGED

    # Before reconciling, only invoices whose last change never arrived may differ.
    delivered = sender.delivered()
    last_event: dict[str, str | None] = {a.invoice_id: None for a in applied}
    for _, event_id, invoice_id in sender.events:  # in mutation order
        last_event[invoice_id] = event_id
    unreported = {i for i, event in last_event.items() if event is None or event not in delivered}
    truth = _sandbox_state(sandbox, vendor)
    before = _differing(_store_state(path, vendor), truth)
    assert before, "faults were injected, so something must be missing before reconciling"
    assert before <= unreported, sorted(before - unreported)[:5]
    assert len(before) < len(touched) // 5  # the webhooks did most of the work

    with sandbox.connect(vendor) as client:
        summary = sync.run(client, store, account="acme", full=True, page_size=100)
    store.close()
    assert _store_state(path, vendor) == truth
    assert summary.added + summary.changed + summary.deleted >= len(before)
