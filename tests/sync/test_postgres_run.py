"""invoicekit.sync.run and run_async from the real sandbox on loopback into a real PostgreSQL."""

import asyncio
import threading

import pytest

from invoicekit.sandbox import SandboxServer
from invoicekit.sync import ChangeKind, PostgresStore, run, run_async

SIZE = 40


@pytest.fixture(scope="module")
def server():
    with SandboxServer(["fynn", "yeti"], size=SIZE, seed=5) as running:
        yield running


def sandbox_ids(server, vendor):
    with server.connect(vendor) as client:
        return {invoice.id: invoice for invoice in client.list_invoices()}


def stored(store, vendor):
    return {s.invoice.id: s.invoice for s in store.query(vendor=vendor, account="a")}


def test_run_rerun_and_resume(server, pg_schema):
    dsn, schema = pg_schema

    class Killed(Exception):
        pass

    def kill_after_two(summary):
        if summary.pages == 2:
            raise Killed

    with PostgresStore(dsn, schema=schema) as store, server.connect("fynn") as client:
        with pytest.raises(Killed):
            run(client, store, account="a", page_size=10, progress=kill_after_two)
        partial = len(stored(store, "fynn"))
        assert 0 < partial < SIZE
        resumed = run(client, store, account="a")
        assert (resumed.added, resumed.deleted, resumed.error) == (SIZE - partial, 0, None)
        assert stored(store, "fynn") == sandbox_ids(server, "fynn")
        again = run(client, store, account="a")
        assert (again.added, again.changed, again.unchanged) == (0, 0, SIZE)
        assert len(list(store.changes())) == SIZE
        assert store.state("fynn", "a").last_complete is not None


def test_two_concurrent_syncs_of_one_account_do_not_corrupt(server, pg_schema):
    dsn, schema = pg_schema
    PostgresStore(dsn, schema=schema).close()
    summaries, errors = [], []

    def sync():
        try:
            with PostgresStore(dsn, schema=schema) as store, server.connect("yeti") as client:
                summaries.append(run(client, store, account="a", page_size=5))
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=sync) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    # Each invoice was added exactly once between the two runs, never twice.
    assert sum(s.added for s in summaries) == SIZE
    assert sum(s.added + s.unchanged for s in summaries) == 2 * SIZE
    with PostgresStore(dsn, schema=schema) as store:
        changes = list(store.changes())
        assert [c.kind for c in changes] == [ChangeKind.ADDED] * SIZE
        assert len({c.id for c in changes}) == SIZE
        assert stored(store, "yeti") == sandbox_ids(server, "yeti")


def test_async_run(server, pg_schema):
    dsn, schema = pg_schema

    async def main():
        with PostgresStore(dsn, schema=schema) as store:
            async with server.connect_async("yeti") as client:
                return await run_async(client, store, account="a"), stored(store, "yeti")

    summary, held = asyncio.run(main())
    assert summary.added == SIZE
    assert held == sandbox_ids(server, "yeti")
