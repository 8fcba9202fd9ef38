"""`run` and `run_async`: bring a store up to date with one account of a vendor.

A run lists the account's invoices and upserts them, one store transaction per page. Where the
vendor filters by last change (``updated_since`` among its filters, `Vendor.capabilities`), an
incremental run lists only what changed since the stored cursor, and tombstones what the
vendor reports deleted (`Page.deleted`: Stripe's ``invoice.deleted`` events). Otherwise, with
``full=True``, on the first run, and when the cursor is older than the vendor keeps changes
(`Vendor.updated_since_window`), it lists everything and compares content hashes with the store
("emulated" ``updated_since``). Only a listing that ran to its end tombstones the invoices it no
longer returned, and only after looking each of them up by id (a listing that pages by offset
can skip one while others are deleted); an interrupted run or a failed page never deletes
anything, and its next run resumes without loss or duplication because every upsert is
idempotent. An invoice that states its last change (`Invoice.updated_at`) is written only if
the store holds nothing newer (a webhook may have delivered a later state meanwhile).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import msgspec

from ..errors import NotFound
from ._store import Outcome, Store, SyncState

if TYPE_CHECKING:
    from ..client import AsyncInvoiceClient, InvoiceClient
    from ..flows import Page
    from ..model import Invoice
    from ..vendor import Vendor

__all__ = ["SyncSummary", "run", "run_async"]

# Vendors' clocks and our own differ; an incremental run re-reads this much before its cursor.
CURSOR_OVERLAP = dt.timedelta(minutes=5)


class SyncSummary(msgspec.Struct, kw_only=True):
    """What one run did.

    Attributes:
        vendor: vendor name.
        account: account name.
        mode: ``"full"`` (complete listing, deletions detected) or ``"incremental"``.
        added: invoices new to the store (or revived from a tombstone).
        changed: invoices whose content changed.
        deleted: invoices tombstoned because the complete listing no longer returned them.
        unchanged: invoices listed with unchanged content.
        stale: invoices not written because the store already held a later state.
        pages: pages listed.
        seconds: wall time of the run.
        error: the error message when the run failed, else ``None``.
    """

    vendor: str
    account: str
    mode: str = "full"
    added: int = 0
    changed: int = 0
    deleted: int = 0
    unchanged: int = 0
    stale: int = 0
    pages: int = 0
    seconds: float = 0.0
    error: str | None = None

    def line(self) -> str:
        """The one-line human summary."""
        head = f"{self.vendor}/{self.account}: "
        if self.error is not None:
            return f"{head}FAILED after {self.pages} pages: {self.error}"
        stale = f", {self.stale} stale" if self.stale else ""
        return (
            f"{head}{self.added} added, {self.changed} changed, {self.deleted} deleted, "
            f"{self.unchanged} unchanged{stale}, {self.pages} pages, {self.seconds:.1f}s "
            f"({self.mode})"
        )


ProgressCallback = Callable[[SyncSummary], None]


class _Run:
    """The bookkeeping shared by the blocking and the async run."""

    def __init__(self, store: Store, vendor: Vendor, account: str, *, full: bool):
        self.store = store
        self.started = dt.datetime.now(dt.UTC)
        self.clock = time.perf_counter()
        self.state = store.state(vendor.name, account)
        self.incremental = not full and changed_since_reaches(
            vendor, self.state.cursor, self.started
        )
        self.summary = SyncSummary(
            vendor=vendor.name,
            account=account,
            mode="incremental" if self.incremental else "full",
        )
        self.seen: set[str] = set()

    def filters(self, page_size: int | None) -> dict[str, Any]:
        filters: dict[str, Any] = {"page_size": page_size} if page_size else {}
        if self.incremental and self.state.cursor is not None:
            filters["updated_since"] = self.state.cursor - CURSOR_OVERLAP
        return filters

    def page(self, page: Page) -> None:
        summary = self.summary
        with self.store.transaction():
            for invoice in page.invoices:
                self.seen.add(invoice.id)
                outcome = self.store.upsert(
                    summary.account, invoice, not_older_than=invoice.updated_at
                )
                self._count(outcome)
            for gone in page.deleted:
                self._count(self.store.tombstone(summary.vendor, summary.account, gone))
        summary.pages += 1

    def _count(self, outcome: Outcome) -> None:
        summary = self.summary
        if outcome is Outcome.ADDED:
            summary.added += 1
        elif outcome is Outcome.CHANGED:
            summary.changed += 1
        elif outcome is Outcome.DELETED:
            summary.deleted += 1
        elif outcome is Outcome.STALE:
            summary.stale += 1
        else:
            summary.unchanged += 1

    def missing(self) -> list[str]:
        """Stored live invoices a complete listing did not return: deletion candidates.

        A listing that pages by offset can skip an invoice when others are deleted while it
        runs, so each candidate is looked up by id before it is tombstoned.
        """
        if self.incremental:
            return []
        summary = self.summary
        return sorted(self.store.live_ids(summary.vendor, summary.account) - self.seen)

    def confirmed(self, invoice_id: str, invoice: Invoice | None) -> None:
        """Apply the lookup of a deletion candidate: ``None`` (not found) tombstones it."""
        summary = self.summary
        if invoice is None:
            self._count(self.store.tombstone(summary.vendor, summary.account, invoice_id))
        else:
            self.seen.add(invoice_id)
            self._count(
                self.store.upsert(summary.account, invoice, not_older_than=invoice.updated_at)
            )

    def complete(self) -> SyncSummary:
        summary, store = self.summary, self.store
        with store.transaction():
            store.set_state(
                summary.vendor,
                summary.account,
                SyncState(cursor=self.started, last_complete=dt.datetime.now(dt.UTC)),
            )
        summary.seconds = time.perf_counter() - self.clock
        return summary

    @contextmanager
    def recording_failure(self) -> Iterator[None]:
        """Record an exception raised inside in the account's sync state, and re-raise it."""
        try:
            yield
        except Exception as error:
            self.failed(error)
            raise

    def failed(self, error: BaseException) -> None:
        summary = self.summary
        summary.error = f"{type(error).__name__}: {error}"
        summary.seconds = time.perf_counter() - self.clock
        # The cursor stays where the last complete run left it, so nothing is skipped.
        self.store.set_state(
            summary.vendor,
            summary.account,
            SyncState(
                cursor=self.state.cursor,
                last_complete=self.state.last_complete,
                last_error=summary.error,
            ),
        )


def changed_since_reaches(vendor: Vendor, cursor: dt.datetime | None, now: dt.datetime) -> bool:
    """Whether a native changed-since listing from ``cursor`` can be complete."""
    if cursor is None or "updated_since" not in vendor.filters:
        return False
    window = vendor.updated_since_window
    # Keep a margin: the listing starts CURSOR_OVERLAP before the cursor, and takes time.
    return window is None or now - cursor + 2 * CURSOR_OVERLAP < window


def run(
    client: InvoiceClient,
    store: Store,
    *,
    account: str = "default",
    full: bool = False,
    page_size: int | None = None,
    progress: ProgressCallback | None = None,
) -> SyncSummary:
    """Sync ``account`` of ``client``'s vendor into ``store`` and return what changed.

    Args:
        client: a connected `InvoiceClient`.
        store: the `Store` to write (`SQLiteStore`, `PostgresStore`).
        account: the account's name in the store; one store holds many accounts.
        full: list everything (and detect deletions) even where an incremental run is possible.
        page_size: invoices per request (and per store transaction); the vendor's default
            when ``None``.
        progress: called with the running summary after every page.

    Raises:
        InvoiceKitError: the listing failed; the failure is recorded in the account's sync
            state first, and everything committed before it stays.
    """
    state = _Run(store, client.vendor, account, full=full)
    with state.recording_failure():
        for page in client.pages(**state.filters(page_size)):
            state.page(page)
            if progress is not None:
                progress(state.summary)
        for invoice_id in state.missing():
            try:
                found: Invoice | None = client.get_invoice(invoice_id)
            except NotFound:
                found = None
            state.confirmed(invoice_id, found)
    return state.complete()


async def run_async(
    client: AsyncInvoiceClient,
    store: Store,
    *,
    account: str = "default",
    full: bool = False,
    page_size: int | None = None,
    progress: ProgressCallback | None = None,
) -> SyncSummary:
    """The async `run`: the same sync with an `AsyncInvoiceClient`.

    Store writes are short local transactions and run on the event loop's thread.
    """
    state = _Run(store, client.vendor, account, full=full)
    try:
        async for page in client.pages(**state.filters(page_size)):
            state.page(page)
            if progress is not None:
                progress(state.summary)
        for invoice_id in state.missing():
            try:
                found: Invoice | None = await client.get_invoice(invoice_id)
            except NotFound:
                found = None
            state.confirmed(invoice_id, found)
    except Exception as error:
        state.failed(error)
        raise
    return state.complete()
