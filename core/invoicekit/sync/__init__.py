"""Keep a store of invoices in sync with a vendor: stores, change log, sync state.

`SQLiteStore` is the embedded default (one file, WAL mode); `PostgresStore` keeps the same
tables on a PostgreSQL server (``pip install 'invoicekit[postgres]'``; psycopg is imported only
when `PostgresStore` is first used). Every store implements `Store`. `run` syncs one account
into a store; `run_accounts` many accounts concurrently, each vendor within its request budget.
"""

from typing import TYPE_CHECKING, Any

from ._many import run_accounts, run_accounts_async
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

if TYPE_CHECKING:
    from ._postgres import PostgresStore

__all__ = [
    "Change",
    "ChangeKind",
    "CorruptStore",
    "ForeignStore",
    "Outcome",
    "PostgresStore",
    "SQLiteStore",
    "Store",
    "StoreError",
    "StoreLocked",
    "StoredInvoice",
    "SyncState",
    "SyncSummary",
    "content_hash",
    "run",
    "run_accounts",
    "run_accounts_async",
    "run_async",
]


def __getattr__(name: str) -> Any:
    # PostgresStore imports psycopg, an optional extra: only when someone asks for it.
    if name == "PostgresStore":
        from ._postgres import PostgresStore  # noqa: PLC0415

        return PostgresStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
