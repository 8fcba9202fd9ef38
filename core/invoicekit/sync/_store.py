"""The `Store` interface a sync writes to, and the records it returns."""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Protocol

import msgspec

from .._json import to_json
from ..errors import InvoiceKitError
from ..model import Invoice

__all__ = [
    "Change",
    "ChangeKind",
    "CorruptStore",
    "ForeignStore",
    "Outcome",
    "Store",
    "StoreError",
    "StoreLocked",
    "StoredInvoice",
    "SyncState",
    "content_hash",
]


class StoreError(InvoiceKitError):
    """A store cannot be opened or written.

    Attributes:
        location: the file or server the store lives in (never a password).
    """

    def __init__(self, message: str, *, location: str) -> None:
        self.location = location
        super().__init__(f"{location}: {message}")


class CorruptStore(StoreError):
    """The store file exists but is not a readable database (truncated, overwritten)."""


class ForeignStore(StoreError):
    """The database is valid but belongs to something else, or to a newer invoicekit."""


class StoreLocked(StoreError):
    """Another process held the store's write lock for longer than the wait allowed."""


class Outcome(enum.StrEnum):
    """What one upsert or tombstone did."""

    ADDED = "added"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    DELETED = "deleted"
    STALE = "stale"
    """Not applied: the store already holds newer data for that invoice."""


class ChangeKind(enum.StrEnum):
    """The kind of a change-log entry."""

    ADDED = "added"
    CHANGED = "changed"
    DELETED = "deleted"


class Change(msgspec.Struct, frozen=True, kw_only=True):
    """One change-log entry.

    Attributes:
        seq: position in the log, increasing.
        vendor: vendor name.
        account: account name.
        id: the vendor's invoice id.
        kind: added, changed or deleted.
        at: when the store recorded it, UTC.
        hash: content hash after the change (``None`` for a deletion).
    """

    seq: int
    vendor: str
    account: str
    id: str
    kind: ChangeKind
    at: dt.datetime
    hash: str | None


class StoredInvoice(msgspec.Struct, frozen=True, kw_only=True):
    """An invoice as the store holds it.

    Attributes:
        account: account name.
        invoice: the normalized invoice (``raw`` included).
        hash: content hash of the invoice's JSON.
        first_seen: when the store first recorded it.
        last_changed: when its content last changed in the store.
        deleted_at: when it was found deleted, or ``None``.
    """

    account: str
    invoice: Invoice
    hash: str
    first_seen: dt.datetime
    last_changed: dt.datetime
    deleted_at: dt.datetime | None


class SyncState(msgspec.Struct, frozen=True, kw_only=True):
    """Sync bookkeeping of one (vendor, account).

    Attributes:
        cursor: the ``updated_since`` instant the next incremental run starts from.
        last_complete: when the last complete run finished.
        last_error: the last run's error message, or ``None`` after a success.
    """

    cursor: dt.datetime | None = None
    last_complete: dt.datetime | None = None
    last_error: str | None = None


def content_hash(invoice: Invoice) -> str:
    """The SHA-256 of the invoice's lossless JSON form, hex: equal content, equal hash."""
    return hashlib.sha256(to_json(invoice)).hexdigest()


class Store(Protocol):
    """Where a sync keeps invoices, their change log and per-account sync state.

    Writes happen inside `transaction()`: a sync commits once per page, so a run killed at any
    moment leaves whole pages and resumes without loss or duplication. Upserts are idempotent.
    """

    def transaction(self) -> AbstractContextManager[None]:
        """Group the writes inside into one atomic commit (nesting joins the outer one)."""
        ...

    def upsert(
        self, account: str, invoice: Invoice, *, not_older_than: dt.datetime | None = None
    ) -> Outcome:
        """Insert or update ``invoice``; a tombstoned invoice that reappears is revived.

        With ``not_older_than`` (an event time, or the invoice's ``updated_at``) the write is
        skipped as `Outcome.STALE` when the store already holds data from a later instant, so
        out-of-order events never overwrite newer data.
        """
        ...

    def tombstone(
        self, vendor: str, account: str, invoice_id: str, *, at: dt.datetime | None = None
    ) -> Outcome:
        """Mark an invoice deleted (``deleted_at``); unknown or already deleted: UNCHANGED.

        With ``at``, a deletion older than the stored data is skipped as `Outcome.STALE`.
        """
        ...

    def get(self, vendor: str, account: str, invoice_id: str) -> StoredInvoice | None:
        """The stored invoice, tombstoned or not, or ``None``."""
        ...

    def query(
        self,
        *,
        vendor: str | None = None,
        account: str | None = None,
        status: str | None = None,
        include_deleted: bool = False,
    ) -> Iterator[StoredInvoice]:
        """Stored invoices matching all given conditions, by vendor, account and id."""
        ...

    def live_ids(self, vendor: str, account: str) -> set[str]:
        """Ids of the account's invoices that are not tombstoned."""
        ...

    def changes(self, *, since: dt.datetime | None = None, after_seq: int = 0) -> Iterator[Change]:
        """Change-log entries recorded at or after ``since`` and after ``after_seq``, in order."""
        ...

    def state(self, vendor: str, account: str) -> SyncState:
        """The sync state of (vendor, account); an empty state when never synced."""
        ...

    def set_state(self, vendor: str, account: str, state: SyncState) -> None:
        """Replace the sync state of (vendor, account)."""
        ...

    def close(self) -> None:
        """Release the connection."""
        ...
