"""Disconnects mid-body and truncated bodies, injected by the real sandbox, are retried.

The retry transport only sees status lines; these faults break the body, which the client reads
afterwards. They must be retried within the same budget as every other fault, and a body that
stays broken must end in a typed error, never in a partially filled `Invoice`.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter

import pytest

from invoicekit import InvoiceKitError, NormalizationError, RetryPolicy, TransportError
from invoicekit.model import Invoice
from invoicekit.sandbox import Faults, SandboxServer
from invoicekit.sandbox._faults import FaultPlan

from .conftest import VENDORS

SIZE = 24
FAST = RetryPolicy(attempts=8, backoff=0.001, backoff_max=0.002)


@pytest.fixture(scope="module")
def clean() -> SandboxServer:
    """The fault-free sandbox, the truth the faulty runs are compared with: never started, so
    its clients answer in process (only the faulty runs need real sockets to break)."""
    return SandboxServer(VENDORS, size=SIZE, seed=11)


def expected(clean: SandboxServer, vendor: str) -> list[Invoice]:
    with clean.connect(vendor) as client:
        return list(client.list_invoices(page_size=5))


def facts(invoices: list[Invoice]) -> list[tuple[object, ...]]:
    # Another server, another port in pdf_url and raw: compare the business content.
    return [(i.id, i.number, i.status, i.totals, i.lines, i.issue_date) for i in invoices]


@pytest.mark.parametrize("vendor", VENDORS)
@pytest.mark.parametrize("fault", ["disconnect", "truncate"])
def test_a_listing_rides_out_broken_bodies(clean: SandboxServer, vendor: str, fault: str) -> None:
    faults = Faults(**{f"rate_{fault}": 0.3, "seed": 5})  # type: ignore[arg-type]
    with SandboxServer([vendor], size=SIZE, seed=11, faults=faults) as server:
        with server.connect(vendor, retries=FAST) as client:
            got = list(client.list_invoices(page_size=5))
        assert server.app.faults_injected[fault] > 0
    assert facts(got) == facts(expected(clean, vendor))


@pytest.mark.parametrize("vendor", VENDORS)
def test_async_get_invoice_rides_out_broken_bodies(clean: SandboxServer, vendor: str) -> None:
    ids = [invoice.id for invoice in expected(clean, vendor)][:8]
    faults = Faults(rate_disconnect=0.25, rate_truncate=0.25, seed=2)

    async def fetch(server: SandboxServer) -> list[Invoice]:
        async with server.connect_async(vendor, retries=FAST) as client:
            return list(await asyncio.gather(*(client.get_invoice(i) for i in ids)))

    with SandboxServer([vendor], size=SIZE, seed=11, faults=faults) as server:
        got = asyncio.run(fetch(server))
        injected = server.app.faults_injected
    assert injected["disconnect"] + injected["truncate"] > 0
    by_id = {invoice.id: invoice for invoice in expected(clean, vendor)}
    assert facts(got) == facts([by_id[i] for i in ids])


def get_one(server: SandboxServer, vendor: str, mode: str, policy: RetryPolicy) -> Invoice:
    """`get_invoice` of the vendor's first invoice, blocking or async."""
    invoice_id = server.app.sandbox(vendor).invoice_ids()[0]
    if mode == "sync":
        with server.connect(vendor, retries=policy) as client:
            return client.get_invoice(invoice_id)

    async def get() -> Invoice:
        async with server.connect_async(vendor, retries=policy) as client:
            return await client.get_invoice(invoice_id)

    return asyncio.run(get())


def sends_per_path(records: list[logging.LogRecord]) -> Counter[str]:
    """How often each path was sent, from the client's DEBUG retry log (one line per send)."""
    return Counter(
        record.args[2]  # type: ignore[index]
        for record in records
        if record.name == "invoicekit.http" and "attempt %d of %d" in str(record.msg)
    )


@pytest.mark.parametrize(
    ("fault", "error"), [("disconnect", TransportError), ("truncate", NormalizationError)]
)
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_body_that_stays_broken_is_a_typed_error_after_the_budget(
    fault: str,
    error: type[InvoiceKitError],
    mode: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="invoicekit.http")
    faults = Faults(**{f"rate_{fault}": 1.0})  # type: ignore[arg-type]
    with SandboxServer(["fynn"], size=3, faults=faults) as server:
        with pytest.raises(error) as caught:
            get_one(server, "fynn", mode, RetryPolicy(attempts=3, backoff=0.001))
        sent = server.app.faults_injected[fault]
    assert caught.value.vendor == "fynn"
    # Exactly the budget for each call the flow made: three sends, not one, and not three per
    # retry level. (A truncated invoice is only decoded once its payments are fetched too.)
    per_path = sends_per_path(caplog.records)
    assert set(per_path.values()) == {3}
    assert sent == sum(per_path.values())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_status_faults_and_body_faults_share_one_attempt_budget(mode: str) -> None:
    # Every request fails, by a status (seen by the transport) or a broken body (seen by the
    # client): five sends in all, not five of each kind.
    faults = Faults(rate_503=0.5, rate_disconnect=0.5, seed=1)
    with SandboxServer(["daftra"], size=3, faults=faults) as server:
        with pytest.raises(InvoiceKitError):
            get_one(server, "daftra", mode, RetryPolicy(attempts=5, backoff=0.001))
        injected = server.app.faults_injected
        assert injected["503"] > 0
        assert injected["disconnect"] > 0
        assert server.app.requests["daftra"] == 5


def first_request_only(fault: str) -> Faults:
    """Faults at rate 0.5 whose seed breaks the first request (a login) and not the next two."""
    for seed in range(1000):
        faults = Faults(**{f"rate_{fault}": 0.5, "seed": seed})  # type: ignore[arg-type]
        plan = FaultPlan(faults)
        if [plan.next()[0] for _ in range(3)] == [fault, None, None]:
            return faults
    raise AssertionError("no such seed")  # pragma: no cover - the generator is uniform


@pytest.mark.parametrize("fault", ["disconnect", "truncate"])
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_broken_yeti_login_answer_is_retried(fault: str, mode: str) -> None:
    with SandboxServer(["yeti"], size=3, faults=first_request_only(fault)) as server:
        invoice = get_one(server, "yeti", mode, RetryPolicy(attempts=3, backoff=0.001))
        assert server.app.faults_injected == {fault: 1}
        assert server.app.requests["yeti"] == 3  # the broken login, a login, the invoice
    assert invoice.id == server.app.sandbox("yeti").invoice_ids()[0]
