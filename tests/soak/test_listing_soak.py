"""An export through `list_invoices`, sync and async, while the sandbox injects 10 % faults.

Every invoice arrives exactly once and in order, checked against the fault-free sandbox with
the same seed (the sandbox's own data). CI lists 300 invoices per vendor and mode, 10 a page;
``INVOICEKIT_SOAK_INVOICES=10000`` (``nox -s soak``) runs the issue's full figure.
"""

from __future__ import annotations

import asyncio
import os
import time

import pytest

from invoicekit import RetryPolicy
from invoicekit.model import Invoice
from invoicekit.sandbox import Faults, SandboxServer

from .conftest import VENDORS

SIZE = int(os.environ.get("INVOICEKIT_SOAK_INVOICES", "300"))
PAGE = int(os.environ.get("INVOICEKIT_SOAK_PAGE", "10"))
# Enough attempts that a page meeting several faults in a row still gets through.
PATIENT = RetryPolicy(attempts=10, backoff=0.001, backoff_max=0.002)
FAULTS = Faults(
    rate_429=0.02, rate_500=0.02, rate_503=0.02, rate_disconnect=0.02, rate_truncate=0.02,
    rate_slow=0.02, slow_seconds=0.05, retry_after=0.01, seed=23,
)  # fmt: skip


def _facts(invoices: list[Invoice]) -> list[tuple[object, ...]]:
    # Another server, another port in pdf_url and raw: compare the business content.
    return [(i.id, i.number, i.status, i.totals, i.lines, i.issue_date) for i in invoices]


async def _async_list(server: SandboxServer, vendor: str) -> list[Invoice]:
    async with server.connect_async(vendor, retries=PATIENT) as client:
        return [invoice async for invoice in client.list_invoices(page_size=PAGE)]


@pytest.mark.parametrize("vendor", VENDORS)
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_every_invoice_arrives_exactly_once_in_order(vendor: str, mode: str) -> None:
    # The truth is the sandbox's own data, listed in process: only the faulty run needs loopback.
    with SandboxServer([vendor], size=SIZE, seed=9).connect(vendor) as client:
        truth = _facts(list(client.list_invoices(page_size=PAGE)))
    assert len(truth) == SIZE
    with SandboxServer([vendor], size=SIZE, seed=9, faults=FAULTS) as server:
        start = time.perf_counter()
        if mode == "sync":
            with server.connect(vendor, retries=PATIENT) as client:
                got = list(client.list_invoices(page_size=PAGE))
        else:
            got = asyncio.run(_async_list(server, vendor))
        seconds = time.perf_counter() - start
        injected = dict(server.app.faults_injected)
    ids = [invoice.id for invoice in got]
    lost, duplicated = SIZE - len(set(ids)), len(ids) - len(set(ids))
    # The figures docs/reliability.md quotes (`pytest -s`).
    print(
        vendor, mode, len(ids), injected, f"lost {lost} duplicated {duplicated}", f"{seconds:.1f}s"
    )
    assert (lost, duplicated) == (0, 0)
    assert _facts(got) == truth
    assert sum(injected.values()) > 0
