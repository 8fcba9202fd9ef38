"""Many concurrent `get_invoice` calls on the async client, under every sandbox fault (issue 15).

Each call ends in an `Invoice` equal to the fault-free one or in a typed `InvoiceKitError`; no
call hangs; the process holds no more file descriptors afterwards than before. CI runs 200
calls per vendor; ``INVOICEKIT_SOAK_GETS=1000`` runs the issue's full figure.
"""

from __future__ import annotations

import asyncio
import os
from collections import Counter

import pytest

from invoicekit import InvoiceKitError, RetryPolicy
from invoicekit.sandbox import Faults, SandboxServer

from .conftest import VENDORS

GETS = int(os.environ.get("INVOICEKIT_SOAK_GETS", "200"))
CONCURRENCY = 32
SIZE = 50
FAST = RetryPolicy(attempts=6, backoff=0.001, backoff_max=0.002)
# 10 % of requests faulty, spread over every kind the sandbox has.
FAULTS = Faults(
    rate_429=0.02, rate_500=0.02, rate_503=0.02, rate_disconnect=0.02, rate_truncate=0.02,
    rate_slow=0.02, slow_seconds=0.05, retry_after=0.01, seed=17,
)  # fmt: skip


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts fds through /proc")
@pytest.mark.parametrize("vendor", VENDORS)
def test_concurrent_gets_under_faults_end_typed_and_leak_nothing(vendor: str) -> None:
    # The truth is the sandbox's own data, got in process: only the faulty run needs loopback.
    with SandboxServer([vendor], size=SIZE, seed=3).connect(vendor) as client:
        truth = {invoice.id: invoice for invoice in client.list_invoices(page_size=25)}
    ids = sorted(truth)

    async def run(server: SandboxServer) -> Counter[str]:
        gate = asyncio.Semaphore(CONCURRENCY)
        outcomes: Counter[str] = Counter()
        async with server.connect_async(vendor, retries=FAST) as client:

            async def one(index: int) -> None:
                invoice_id = ids[index % len(ids)]
                async with gate:
                    try:
                        got = await asyncio.wait_for(client.get_invoice(invoice_id), 30)
                    except InvoiceKitError as exc:
                        outcomes[type(exc).__name__] += 1
                        return
                expected = truth[invoice_id]
                assert (got.id, got.number, got.totals, got.lines) == (
                    expected.id, expected.number, expected.totals, expected.lines,
                )  # fmt: skip
                outcomes["invoice"] += 1

            await asyncio.gather(*(one(index) for index in range(GETS)))
        return outcomes

    with SandboxServer([vendor], size=SIZE, seed=3, faults=FAULTS) as server:
        before = _open_fds()
        outcomes = asyncio.run(run(server))
        after = _open_fds()
        injected = sum(server.app.faults_injected.values())
        # The figures docs/reliability.md quotes (`pytest -s`).
        print(vendor, GETS, dict(outcomes), dict(server.app.faults_injected), before, after)
    assert sum(outcomes.values()) == GETS
    assert outcomes["invoice"] > GETS * 0.9, outcomes
    assert injected > 0
    assert after <= before, (before, after)
