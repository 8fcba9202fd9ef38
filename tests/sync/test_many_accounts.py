"""invoicekit.sync.run_accounts: many accounts on one loop, against the real sandbox server."""

import asyncio
import time

import pytest

from invoicekit.accounts import Account
from invoicekit.sync import SQLiteStore, run_accounts, run_accounts_async

SIZE = 30


def _account(server, vendor, name, **overrides):
    credentials = {
        key: f"env:MANY_{name.upper()}_{key.upper()}" for key in server.credentials(vendor)
    }
    fields = {"base_url": server.base_url(vendor), "credentials": credentials, **overrides}
    return Account(name, vendor, **fields)


def _env(monkeypatch, server, accounts):
    for account in accounts:
        for key, reference in account.credentials.items():
            monkeypatch.setenv(
                reference.removeprefix("env:"), server.credentials(account.vendor)[key]
            )


@pytest.fixture(scope="module")
def server():
    from invoicekit.sandbox import SandboxServer

    with SandboxServer(["fynn", "yeti", "daftra"], size=SIZE, seed=4) as running:
        yield running


def _listing(server, vendor):
    with server.connect(vendor) as client:
        return {invoice.id: invoice for invoice in client.list_invoices()}


def test_accounts_sync_concurrently_and_one_failure_stops_none(server, tmp_path, monkeypatch):
    good = [
        _account(server, vendor, f"{vendor}{n}")
        for vendor in ("fynn", "yeti", "daftra")
        for n in (1, 2)
    ]
    _env(monkeypatch, server, good)
    unset = Account("unset", "fynn", server.base_url("fynn"), {"api_key": "env:MANY_NOT_SET"})
    # A port nothing listens on: the connection is refused at once.
    refused = _account(server, "yeti", "refused", base_url="http://127.0.0.1:9/yeti")
    _env(monkeypatch, server, [refused])
    accounts = [good[0], unset, *good[1:3], refused, *good[3:]]
    with SQLiteStore(tmp_path / "s.sqlite") as store:
        summaries = run_accounts(accounts, store, concurrency=3, page_size=7, retries=0)
        assert [(s.vendor, s.account) for s in summaries] == [(a.vendor, a.name) for a in accounts]
        by_name = {s.account: s for s in summaries}
        assert "MANY_NOT_SET is not set" in (by_name["unset"].error or "")
        assert by_name["refused"].error is not None
        for account in good:
            summary = by_name[account.name]
            assert (summary.error, summary.added, summary.pages) == (None, SIZE, 5)
            held = {
                s.invoice.id: s.invoice
                for s in store.query(vendor=account.vendor, account=account.name)
            }
            assert held == _listing(server, account.vendor)
        assert store.state("yeti", "refused").last_error is not None
        # Syncing again changes nothing and doubles nothing.
        again = run_accounts(good, store, concurrency=6)
        assert {(s.added, s.changed, s.unchanged) for s in again} == {(0, 0, SIZE)}
        assert len(list(store.changes())) == SIZE * len(good)


def test_the_request_budget_holds_per_vendor(server, tmp_path, monkeypatch):
    accounts = [_account(server, "fynn", f"budget{n}") for n in range(3)]
    _env(monkeypatch, server, accounts)
    answered = []

    async def record(response):
        answered.append(time.monotonic())

    rate = 8.0
    with SQLiteStore(tmp_path / "s.sqlite") as store:
        started = time.monotonic()
        summaries = asyncio.run(
            run_accounts_async(
                accounts,
                store,
                concurrency=3,
                page_size=5,
                rates={"fynn": rate},
                httpx_args={"event_hooks": {"response": [record]}},
            )
        )
        elapsed = time.monotonic() - started
    assert all(s.error is None and s.added == SIZE for s in summaries)
    # A leaky bucket of `rate` tokens admits at most rate * (1 + t) requests in t seconds.
    assert len(answered) >= 18
    assert elapsed >= len(answered) / rate - 1


def test_bad_arguments_are_refused(tmp_path):
    with SQLiteStore(tmp_path / "s.sqlite") as store:
        with pytest.raises(ValueError, match="concurrency"):
            run_accounts([], store, concurrency=0)
        with pytest.raises(ValueError, match="rate"):
            run_accounts([], store, rates={"fynn": 0})
