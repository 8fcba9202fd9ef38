"""`run_accounts`: sync many accounts concurrently on one event loop, within request budgets.

Each account is one `run_async` with its own `AsyncInvoiceClient`. At most ``concurrency``
accounts run at once (each holds a client and one page in memory, so memory depends on that
bound, not on the number of accounts). Every HTTP request, retries included, first takes a
token from its host's budget: an `aiolimiter.AsyncLimiter` per (vendor, host), so accounts of
one vendor on one host share the vendor's rate while other vendors and hosts are not slowed.
The budget is ``rates[vendor]``, else the vendor's `Vendor.requests_per_second`, else
`DEFAULT_REQUESTS_PER_SECOND`.

One failing account (a missing credential, an unreachable host, a bad page) never stops the
others: its summary carries the error, and the store records it in the account's sync state.
Store writes are short, synchronous transactions between awaits, so the runs never interleave
inside one.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

import httpx
from aiolimiter import AsyncLimiter

from .._plugins import get_vendor
from ..accounts import Account, connect_account_async
from ._run import ProgressCallback, SyncSummary, run_async

if TYPE_CHECKING:
    from ._store import Store

__all__ = [
    "DEFAULT_CONCURRENCY",
    "DEFAULT_REQUESTS_PER_SECOND",
    "run_accounts",
    "run_accounts_async",
]

#: Accounts synced at the same time.
DEFAULT_CONCURRENCY = 8
#: A vendor's budget when neither ``rates`` nor the vendor names one. GUESS: Yeti has no limit
#: in-app, Daftra and Fynn document none; 10 requests a second stays polite to all of them.
DEFAULT_REQUESTS_PER_SECOND = 10.0


class _Budgets:
    """One limiter per (vendor, host), created on first use inside the running loop."""

    def __init__(self, rates: Mapping[str, float]) -> None:
        self._rates = rates
        self._limiters: dict[tuple[str, str], AsyncLimiter] = {}

    def rate(self, vendor: str) -> float:
        if vendor in self._rates:
            return self._rates[vendor]
        declared = get_vendor(vendor).requests_per_second
        return declared if declared is not None else DEFAULT_REQUESTS_PER_SECOND

    def limiter(self, vendor: str, host: str) -> AsyncLimiter:
        key = (vendor, host)
        if key not in self._limiters:
            rate = self.rate(vendor)
            # A budget below one request a second is spread over a longer period, so the
            # limiter still admits whole requests.
            period = 1.0 if rate >= 1 else 1.0 / rate
            self._limiters[key] = AsyncLimiter(max(rate, 1.0), period)
        return self._limiters[key]


class _BudgetedTransport(httpx.AsyncBaseTransport):
    """Takes a token from the request host's budget before each request goes out."""

    def __init__(self, budgets: _Budgets, vendor: str) -> None:
        self._budgets = budgets
        self._vendor = vendor
        self._inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        async with self._budgets.limiter(self._vendor, request.url.host):
            return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def _failed(account: Account, error: Exception) -> SyncSummary:
    return SyncSummary(
        vendor=account.vendor, account=account.name, error=f"{type(error).__name__}: {error}"
    )


async def run_accounts_async(
    accounts: Iterable[Account],
    store: Store,
    *,
    full: bool = False,
    page_size: int | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    rates: Mapping[str, float] | None = None,
    progress_for: Callable[[Account], ProgressCallback | None] | None = None,
    **connect_options: Any,
) -> list[SyncSummary]:
    """Sync every account into ``store`` concurrently; one summary per account, in order.

    Args:
        accounts: the accounts (`invoicekit.accounts.load_accounts`); credentials are resolved
            when each account starts.
        store: the store all accounts write (one store holds many accounts).
        full: list everything (and detect deletions) for every account.
        page_size: invoices per request and per store transaction.
        concurrency: how many accounts sync at the same time.
        rates: requests per second per vendor name, overriding the vendors' own budgets.
        progress_for: gives each account's progress callback (see `run`), or ``None``.
        connect_options: passed to `invoicekit.connect_async` (``timeout``, ``retries``).

    A failed account's summary has ``error`` set; nothing is raised for it.
    """
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    for vendor, rate in (rates or {}).items():
        if not rate > 0:
            raise ValueError(f"the rate of {vendor!r} must be positive, got {rate!r}")
    budgets = _Budgets(dict(rates or {}))
    gate = asyncio.Semaphore(concurrency)

    async def one(account: Account) -> SyncSummary:
        async with gate:
            progress = progress_for(account) if progress_for is not None else None
            try:
                transport = _BudgetedTransport(budgets, account.vendor)
                async with connect_account_async(
                    account, transport=transport, **connect_options
                ) as client:
                    return await run_async(
                        client,
                        store,
                        account=account.name,
                        full=full,
                        page_size=page_size,
                        progress=progress,
                    )
            except Exception as error:  # one account's failure is its summary, not the run's
                return _failed(account, error)

    return list(await asyncio.gather(*(one(account) for account in accounts)))


def run_accounts(accounts: Iterable[Account], store: Store, **options: Any) -> list[SyncSummary]:
    """The blocking `run_accounts_async`: runs it on a new event loop and returns the summaries."""
    return asyncio.run(run_accounts_async(accounts, store, **options))
