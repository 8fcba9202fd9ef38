"""Fynn payment transactions through the real client: `Invoice.payments` and `Totals.paid`.

A fake Fynn on an `httpx.MockTransport` serves invoices and ``GET /payment/transactions``;
the transactions start from the spec's documented example (``tests/payloads/fynn``).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from tests.plugins.fynn.test_fynn_client import (
    SEED_ID,
    FakeFynn,
    connect,
    connect_async,
    numbered,
    seed,
)

import invoicekit
from invoicekit import NormalizationError, PaymentStatus
from invoicekit_fynn._payments import Transactions

PAYLOADS = Path(__file__).resolve().parents[2] / "payloads" / "fynn"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def transaction(number: int, invoice_id: str = SEED_ID, **changes: Any) -> dict[str, Any]:
    """The documented example payment, as transaction ``number`` of ``invoice_id``."""
    item: dict[str, Any] = json.loads((PAYLOADS / "transaction_payment.json").read_bytes())
    item["id"] = f"00000000-0000-4000-8000-{number:012d}"
    item["invoice"] = {**item["invoice"], "id": invoice_id}
    item.update(changes)
    return item


def paid_seed() -> dict[str, Any]:
    """The seed invoice, paid in full: nothing unpaid."""
    invoice = seed()
    invoice["status"] = "STATUS_PAID"
    invoice["unpaidAmount"] = {**invoice["unpaidAmount"], "amount": 0}
    return invoice


def test_get_invoice_lists_its_payments_and_derives_paid_from_them() -> None:
    fake = FakeFynn(
        [paid_seed()],
        transactions=[
            transaction(
                1, status="failed", paidAt=None, failReason="The payment method was not valid."
            ),
            transaction(2, amount=5831, chargedAmount=5831),
        ],
    )
    with connect(fake) as client:
        invoice = client.get_invoice(SEED_ID)
    (lookup,) = fake.transaction_requests()
    assert dict(lookup.url.params) == {"page": "1", "limit": "100", "invoice": SEED_ID}
    failed, settled = invoice.payments
    assert (failed.status, failed.status_raw, failed.amount) == (
        PaymentStatus.FAILED,
        "failed",
        Decimal("20.00"),
    )
    assert settled.id == "00000000-0000-4000-8000-000000000002"
    assert (settled.amount, settled.currency, settled.status) == (
        Decimal("58.31"),
        "EUR",
        PaymentStatus.COMPLETED,
    )
    assert (settled.method, settled.reference) == ("sepa_debit", "123456789")
    assert settled.date == dt.date(2023, 11, 8)  # paidAt 09:00:05Z, a Berlin day too
    assert invoice.totals.paid == Decimal("58.31")
    assert invoice.totals.due == Decimal("0.00")
    assert "transactionsPaid" not in invoice.extra


def test_refunds_reduce_what_the_payments_paid() -> None:
    invoice = seed()
    invoice["unpaidAmount"] = {**invoice["unpaidAmount"], "amount": 1831}  # 40.00 paid
    fake = FakeFynn([invoice], transactions=[transaction(1, amount=5831, refundedAmount=1831)])
    with connect(fake) as client:
        found = client.get_invoice(SEED_ID)
    assert found.totals.paid == Decimal("40.00")
    (payment,) = found.payments
    assert payment.amount == Decimal("58.31")  # what was paid; the refund is its own fact


def test_payments_that_disagree_with_fynns_unpaid_amount_leave_paid_as_gross_minus_due() -> None:
    fake = FakeFynn([seed()], transactions=[transaction(1)])  # 20.00 paid, 58.31 still unpaid
    with connect(fake) as client:
        invoice = client.get_invoice(SEED_ID)
    assert invoice.totals.paid == Decimal("0.00")
    assert invoice.extra["transactionsPaid"] == "20.00"
    assert [payment.amount for payment in invoice.payments] == [Decimal("20.00")]


@pytest.mark.parametrize(
    "changes",
    [
        {"status": "pending", "paidAt": None},
        {"status": "something_new", "paidAt": None, "processing": False},
        {"currencyCode": "USD"},
    ],
)
def test_an_incomplete_picture_keeps_paid_as_gross_minus_due(changes: dict[str, Any]) -> None:
    invoice = seed()
    del invoice["unpaidAmount"]  # nothing else to derive paid from
    fake = FakeFynn([invoice], transactions=[transaction(1, **changes)])
    with connect(fake) as client:
        found = client.get_invoice(SEED_ID)
    assert found.totals.paid is None
    assert "transactionsPaid" not in found.extra
    assert len(found.payments) == 1


def test_without_an_unpaid_amount_paid_comes_from_the_transactions() -> None:
    invoice = seed()
    del invoice["unpaidAmount"]
    fake = FakeFynn([invoice], transactions=[transaction(1), transaction(2, amount=1000)])
    with connect(fake) as client:
        assert client.get_invoice(SEED_ID).totals.paid == Decimal("30.00")


def test_statuses_by_their_words_and_flags() -> None:
    rows = [
        transaction(1, status="STATUS_SUCCEEDED"),
        transaction(2, status="Processing", paidAt=None),
        transaction(3, status=None, failReason="card declined", paidAt=None),
        transaction(4, status=None, processing=True, paidAt=None),
        transaction(5, status=None),
        transaction(6, status="mystery", paidAt=None, processing=False),
    ]
    fake = FakeFynn([seed()], transactions=rows)
    with connect(fake) as client:
        payments = client.get_invoice(SEED_ID).payments
    assert [p.status for p in payments] == [
        PaymentStatus.COMPLETED,
        PaymentStatus.PENDING,
        PaymentStatus.FAILED,
        PaymentStatus.PENDING,
        PaymentStatus.COMPLETED,
        PaymentStatus.UNKNOWN,
    ]
    assert payments[5].status_raw == "mystery"


def test_refund_and_payout_transactions_are_no_payments() -> None:
    rows = [transaction(1), transaction(2, type="refund"), transaction(3, type="payout")]
    fake = FakeFynn([seed()], transactions=rows)
    with connect(fake) as client:
        payments = client.get_invoice(SEED_ID).payments
    assert [p.id for p in payments] == ["00000000-0000-4000-8000-000000000001"]


def test_a_server_ignoring_the_invoice_filter_gives_no_foreign_payments() -> None:
    other = "11111111-2222-4333-8444-555555555555"
    fake = FakeFynn([seed()], transactions=[transaction(1, other), transaction(2)])
    fake.honour_invoice_filter = False
    with connect(fake) as client:
        payments = client.get_invoice(SEED_ID).payments
    assert [p.id for p in payments] == ["00000000-0000-4000-8000-000000000002"]


def test_a_key_without_transaction_read_still_reads_invoices() -> None:
    fake = FakeFynn([paid_seed()], transactions=[transaction(1)])
    fake.transactions_status = 403
    with connect(fake) as client:
        invoice = client.get_invoice(SEED_ID)
        listed = list(client.list_invoices())
    assert invoice.payments == ()
    assert invoice.extra["paymentsUnavailable"] == "HTTP 403"
    assert invoice.totals.paid == Decimal("58.31")  # gross - due, as without a lookup
    assert [item.extra["paymentsUnavailable"] for item in listed] == ["HTTP 403"]


def test_a_bad_transaction_amount_is_a_normalization_error_at_its_path() -> None:
    fake = FakeFynn([seed()], transactions=[transaction(1, amount="12.5")])
    with connect(fake) as client, pytest.raises(NormalizationError) as caught:
        client.get_invoice(SEED_ID)
    assert caught.value.path == "$.data[0].amount"


def test_a_transaction_instant_without_an_offset_is_an_error_at_its_path() -> None:
    rows = [transaction(1), transaction(2, paidAt="2023-11-08T09:00:05")]
    fake = FakeFynn([seed()], transactions=rows)
    with connect(fake) as client, pytest.raises(NormalizationError) as caught:
        client.get_invoice(SEED_ID)
    assert caught.value.path == "$.data[1].paidAt"


def test_transactions_off_the_common_shape_read_as_before() -> None:
    # An amount in exponent form, a status with padding and capitals, a paidAt in another
    # offset, an empty type: each goes past the common case's shortcut.
    rows = [
        transaction(1, amount="1E+3", status=" Succeeded ", paidAt="2023-11-08T23:30:00-02:00"),
        transaction(2, type=""),
    ]
    fake = FakeFynn([seed()], transactions=rows)
    with connect(fake) as client:
        (payment,) = client.get_invoice(SEED_ID).payments
    assert (payment.amount, payment.status, payment.status_raw) == (
        Decimal("10.00"),
        PaymentStatus.COMPLETED,
        " Succeeded ",
    )
    assert payment.date == dt.date(2023, 11, 9)  # 01:30Z, a Berlin day as well


def test_a_listing_reads_every_transaction_once_and_pages_them() -> None:
    invoices = numbered(5)
    rows = [transaction(n, invoices[n % 2]["id"], amount=100) for n in range(1, 231)]
    fake = FakeFynn(invoices, transactions=rows)
    with connect(fake) as client:
        listed = list(client.list_invoices(page_size=2))
    lookups = fake.transaction_requests()
    assert [r.url.params["page"] for r in lookups] == ["1", "2", "3"]  # 230 rows, 100 a page
    assert all("invoice" not in r.url.params for r in lookups)
    counts = [len(invoice.payments) for invoice in listed]
    assert counts == [115, 115, 0, 0, 0]
    assert fake.pages() == [1, 2, 3]


def test_a_listing_keeps_an_invoices_transactions_only_until_it_is_mapped() -> None:
    invoices = numbered(3)
    rows = [transaction(n, invoices[n % 3]["id"], amount=100) for n in range(1, 7)]
    fake = FakeFynn([*invoices, invoices[1]], transactions=rows)  # one invoice listed twice
    with connect(fake) as client:
        pages = list(client.pages(page_size=10))
    assert [[len(i.payments) for i in page.invoices] for page in pages] == [[2, 2, 2]]
    one = Transactions({"a": ()}, release=True)
    assert (one.of("a"), one.by_invoice) == ((), {})
    kept = Transactions({"a": ()})
    assert (kept.of("a"), kept.of("a"), kept.by_invoice) == ((), (), {"a": ()})


def test_an_empty_listing_looks_up_no_transactions() -> None:
    fake = FakeFynn([], transactions=[transaction(1)])
    with connect(fake) as client:
        assert list(client.list_invoices()) == []
    assert fake.transaction_requests() == []


@pytest.mark.anyio
async def test_async_get_and_list_fill_payments() -> None:
    fake = FakeFynn([paid_seed()], transactions=[transaction(1, amount=5831)])
    async with connect_async(fake) as client:
        one = await client.get_invoice(SEED_ID)
        listed = [invoice async for invoice in client.list_invoices()]
    assert [p.amount for p in one.payments] == [Decimal("58.31")]
    assert listed[0].payments == one.payments
    assert one.totals.paid == Decimal("58.31")


def test_the_documented_list_page_maps() -> None:
    page: dict[str, Any] = json.loads((PAYLOADS / "transaction_list_page.json").read_bytes())
    fake = FakeFynn([seed()], transactions=copy.deepcopy(page["data"]))
    with connect(fake) as client:
        invoice = client.get_invoice(SEED_ID)
    assert [(p.status, p.amount) for p in invoice.payments] == [
        (PaymentStatus.FAILED, Decimal("38.31")),
        (PaymentStatus.COMPLETED, Decimal("20.00")),
    ]


def test_normalize_offline_has_no_payments() -> None:
    invoice = invoicekit.normalize("fynn", (PAYLOADS / "seed_invoice.json").read_bytes())
    assert invoice.payments == ()
    assert "paymentsUnavailable" not in invoice.extra


@pytest.mark.parametrize(
    ("status", "error"),
    [(401, invoicekit.AuthenticationError), (400, invoicekit.VendorError)],
)
def test_only_a_refusal_of_the_lookup_is_tolerated(status: int, error: type[Exception]) -> None:
    fake = FakeFynn([seed()], transactions=[transaction(1)])
    fake.transactions_status = status  # 401: bad credentials are never swallowed
    with connect(fake) as client, pytest.raises(error):
        client.get_invoice(SEED_ID)
