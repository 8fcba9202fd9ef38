"""Keep a store of invoices in sync with a vendor: stores, change log, sync state.

`SQLiteStore` is the embedded default (one file, WAL mode). Every store implements `Store`.
"""

from ._run import SyncSummary, run, run_async
from ._sqlite import SQLiteStore
from ._store import (
    Change,
    ChangeKind,
    CorruptStore,
    ForeignStore,
    Outcome,
    Store,
    StoredInvoice,
    StoreError,
    StoreLocked,
    SyncState,
    content_hash,
)

__all__ = [
    "Change",
    "ChangeKind",
    "CorruptStore",
    "ForeignStore",
    "Outcome",
    "SQLiteStore",
    "Store",
    "StoreError",
    "StoreLocked",
    "StoredInvoice",
    "SyncState",
    "SyncSummary",
    "content_hash",
    "run",
    "run_async",
]
