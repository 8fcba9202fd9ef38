"""Syncs against a sandbox whose data changes, before and while they run: nothing lost or doubled.

Fynn's sandbox takes mutations (create, update, delete) and pages by offset, the hard case: an
invoice deleted from a page already read shifts the later ones, so a listing skips one.
"""

import random

import pytest

from invoicekit import InvoiceKitError
from invoicekit.sandbox import Faults, SandboxServer
from invoicekit.sync import ChangeKind, SQLiteStore, run

VENDOR = "fynn"
SIZE = 40


def _truth(client):
    return {invoice.id: invoice for invoice in client.list_invoices()}


def _facts(invoices):
    return {key: (i.number, i.status, i.totals, i.lines) for key, i in invoices.items()}


def _live(store):
    return {s.invoice.id: s.invoice for s in store.query(vendor=VENDOR, account="a")}


def _check_log(store):
    """Per invoice, the log alternates sensibly: never added twice or deleted twice in a row."""
    last: dict[str, ChangeKind] = {}
    for change in store.changes():
        before = last.get(change.id)
        if change.kind is ChangeKind.ADDED:
            assert before in (None, ChangeKind.DELETED), change
        else:
            assert before in (ChangeKind.ADDED, ChangeKind.CHANGED), change
        last[change.id] = change.kind
    return last


def _assert_mirrors(store, server, client):
    truth = _truth(client)
    assert _live(store) == truth
    gone = {s.invoice.id for s in store.query(vendor=VENDOR, include_deleted=True)} - set(truth)
    for invoice_id in gone:
        assert store.get(VENDOR, "a", invoice_id).deleted_at is not None
    assert set(server.live_ids(VENDOR)) == set(truth)
    last = _check_log(store)
    assert {i for i, kind in last.items() if kind is not ChangeKind.DELETED} == set(truth)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_after_any_sequence_of_changes_the_store_equals_the_sandbox(tmp_path, seed):
    with (
        SandboxServer([VENDOR], size=SIZE, seed=seed, reserve=12) as server,
        SQLiteStore(tmp_path / "s.sqlite") as store,
        server.connect(VENDOR) as client,
    ):
        run(client, store, account="a", page_size=9)
        for round_ in range(4):
            applied = server.mutate_randomly(VENDOR, 6, seed=seed * 100 + round_)
            logged = len(list(store.changes()))
            summary = run(client, store, account="a", page_size=9)
            _assert_mirrors(store, server, client)
            # Each applied mutation is at most one change; an update back to the same
            # content is none. The log holds exactly what the summary counted.
            moved = summary.added + summary.changed + summary.deleted
            assert 0 < moved <= len(applied)
            assert len(list(store.changes())) - logged == moved


def test_changes_while_syncing_lose_nothing_and_delete_nothing_live(tmp_path):
    rng = random.Random(7)
    with (
        SandboxServer([VENDOR], size=SIZE, seed=5, reserve=20) as server,
        SQLiteStore(tmp_path / "s.sqlite") as store,
        server.connect(VENDOR) as client,
    ):
        run(client, store, account="a", page_size=5)

        def mutate_mid_listing(summary):
            # Delete an invoice of a page already read (shifting the offsets of the rest),
            # and apply two seeded random changes.
            listed = sorted(set(server.live_ids(VENDOR)) & set(store.live_ids(VENDOR, "a")))
            server.mutate(VENDOR, "delete", rng.choice(listed))
            server.mutate_randomly(VENDOR, 2, seed=summary.pages)

        moving = run(client, store, account="a", page_size=5, progress=mutate_mid_listing)
        assert moving.pages >= 5
        # Whatever the listing skipped, nothing tombstoned is still served.
        live_now = set(server.live_ids(VENDOR))
        tombstoned = {
            s.invoice.id for s in store.query(vendor=VENDOR, include_deleted=True) if s.deleted_at
        }
        assert tombstoned
        assert not tombstoned & live_now
        settle = run(client, store, account="a", page_size=5)
        assert settle.error is None
        _assert_mirrors(store, server, client)
        logged = len(list(store.changes()))
        quiet = run(client, store, account="a", page_size=5)
        assert (quiet.added, quiet.changed, quiet.deleted) == (0, 0, 0)
        assert len(list(store.changes())) == logged


@pytest.mark.parametrize("seed", [11, 12])
def test_killed_at_a_random_page_under_faults_then_resumed(tmp_path, seed):
    class Killed(Exception):
        pass

    rng = random.Random(seed)
    faults = Faults(rate_429=0.1, retry_after=0, rate_500=0.03, rate_truncate=0.02, seed=seed)
    with (
        SandboxServer([VENDOR], size=SIZE, seed=seed, reserve=12, faults=faults) as server,
        SQLiteStore(tmp_path / "s.sqlite") as store,
        server.connect(VENDOR, retries=8) as client,
    ):
        for round_ in range(3):
            kill_at = rng.randint(1, 4)

            def kill(summary, kill_at=kill_at):
                if summary.pages == kill_at:
                    raise Killed

            # Killed, or interrupted earlier by a fault the retries do not cover (a body cut
            # short is a bad payload, not a retryable status): both leave a partial run.
            with pytest.raises((Killed, InvoiceKitError)):
                run(client, store, account="a", page_size=6, progress=kill)
            server.mutate_randomly(VENDOR, 5, seed=seed * 10 + round_)
            for _ in range(15):
                try:
                    run(client, store, account="a", page_size=6)
                except InvoiceKitError:
                    continue  # a fault past the retries: the next run resumes
                break
            else:
                pytest.fail("no run got through the faults")
    with SandboxServer([VENDOR], size=SIZE, seed=seed, reserve=12) as clean:
        # The same seeded data and the same mutations on a server without faults: the
        # business content must match (another port shows in pdf links and raw).
        for round_ in range(3):
            clean.mutate_randomly(VENDOR, 5, seed=seed * 10 + round_)
        with SQLiteStore(tmp_path / "s.sqlite") as store, clean.connect(VENDOR) as client:
            assert _facts(_live(store)) == _facts(_truth(client))
            _check_log(store)
