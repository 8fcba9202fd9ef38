"""invoicekit.sync.run against the real sandbox server on loopback."""

import asyncio

import pytest

from invoicekit import InvoiceKitError
from invoicekit.sandbox import Faults, SandboxServer
from invoicekit.sync import SQLiteStore, run, run_async

VENDORS = ["daftra", "fynn", "yeti"]
SIZE = 60


@pytest.fixture(scope="module")
def server():
    with SandboxServer(VENDORS, size=SIZE, seed=3) as running:
        yield running


def sandbox_invoices(server, vendor):
    with server.connect(vendor) as client:
        return {invoice.id: invoice for invoice in client.list_invoices()}


def stored(store, vendor):
    return {s.invoice.id: s.invoice for s in store.query(vendor=vendor, account="a")}


def facts(invoices):
    return {key: (i.number, i.status, i.totals, i.lines) for key, i in invoices.items()}


@pytest.mark.parametrize("vendor", VENDORS)
def test_full_run_then_rerun(server, tmp_path, vendor):
    with SQLiteStore(tmp_path / "s.sqlite") as store, server.connect(vendor) as client:
        first = run(client, store, account="a")
        assert (first.added, first.changed, first.deleted, first.error) == (SIZE, 0, 0, None)
        assert first.pages >= 1
        assert stored(store, vendor) == sandbox_invoices(server, vendor)
        second = run(client, store, account="a")
        assert (second.added, second.changed, second.unchanged) == (0, 0, SIZE)
        assert len(list(store.changes())) == SIZE
        assert store.state(vendor, "a").last_complete is not None


def test_killed_run_resumes_to_the_same_store(server, tmp_path):
    class Killed(Exception):
        pass

    def kill_after_two(summary):
        if summary.pages == 2:
            raise Killed

    with SQLiteStore(tmp_path / "s.sqlite") as store, server.connect("fynn") as client:
        with pytest.raises(Killed):
            run(client, store, account="a", page_size=10, progress=kill_after_two)
        partial = stored(store, "fynn")
        assert 0 < len(partial) < SIZE
        assert store.state("fynn", "a").last_complete is None
        resumed = run(client, store, account="a")
        assert resumed.added == SIZE - len(partial)
        assert resumed.deleted == 0
        assert stored(store, "fynn") == sandbox_invoices(server, "fynn")
        assert len(list(store.changes())) == SIZE


def test_failed_listing_records_error_and_deletes_nothing(tmp_path):
    path = tmp_path / "s.sqlite"
    with (
        SandboxServer(["fynn"], size=SIZE, seed=3) as clean,
        SQLiteStore(path) as store,
        clean.connect("fynn") as client,
    ):
        run(client, store, account="a")
    # A server that always fails after the clean run: nothing may be tombstoned.
    with (
        SandboxServer(["fynn"], size=SIZE, seed=3, faults=Faults(rate_500=1.0)) as broken,
        SQLiteStore(path) as store,
        broken.connect("fynn", retries=0) as client,
    ):
        with pytest.raises(InvoiceKitError):
            run(client, store, account="a")
        assert len(store.live_ids("fynn", "a")) == SIZE
        assert store.state("fynn", "a").last_error


def test_under_faults_nothing_lost_or_doubled(tmp_path):
    faults = Faults(rate_429=0.1, retry_after=0, rate_500=0.1, rate_truncate=0.05, seed=9)
    path = tmp_path / "s.sqlite"
    with (
        SandboxServer(["daftra"], size=SIZE, seed=3, faults=faults) as server,
        SQLiteStore(path) as store,
        server.connect("daftra") as client,
    ):
        for _ in range(10):
            try:
                summary = run(client, store, account="a", page_size=10)
            except InvoiceKitError:
                continue
            break
        else:
            pytest.fail("no run got through the faults")
        assert summary.deleted == 0
        ids = [c.id for c in store.changes()]
        assert len(ids) == len(set(ids)) == SIZE
    with SandboxServer(["daftra"], size=SIZE, seed=3) as clean, SQLiteStore(path) as store:
        # Another server, another port in pdf_url and raw: compare the business content.
        assert facts(stored(store, "daftra")) == facts(sandbox_invoices(clean, "daftra"))


def test_async_run(server, tmp_path):
    async def main():
        with SQLiteStore(tmp_path / "s.sqlite") as store:
            async with server.connect_async("yeti") as client:
                return await run_async(client, store, account="a"), stored(store, "yeti")

    summary, held = asyncio.run(main())
    assert summary.added == SIZE
    assert held == sandbox_invoices(server, "yeti")
