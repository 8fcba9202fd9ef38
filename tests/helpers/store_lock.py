"""A second process that holds a SQLite store's write lock, for the store's locking tests.

It lives in an importable module, not in a test file, because a spawned process must import the
function it runs and test files are not importable by name under ``--import-mode=importlib``.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import msgspec

from invoicekit import Invoice, InvoiceKind, InvoiceStatus, Totals
from invoicekit.sync import SQLiteStore


def hold_lock(path: Path, ready: Any, release: Any) -> None:
    """Write one invoice inside a transaction and keep it open until ``release`` is set."""
    store = SQLiteStore(path)
    held = Invoice(
        vendor="fynn",
        id="held",
        kind=InvoiceKind.INVOICE,
        status=InvoiceStatus.ISSUED,
        totals=Totals(gross=Decimal("10.00")),
        raw=msgspec.Raw(b'{"id":"held"}'),
    )
    with store.transaction():
        store.upsert("acme", held)
        ready.set()
        release.wait(10)
    store.close()
