"""Lago's own rules: the combined status, cents by currency, the envelope, dates and PDFs."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import invoicekit
import pytest

PAYLOAD = json.loads((Path(__file__).parent / "payloads" / "invoice.json").read_text())


def _normalize(**changes: Any) -> invoicekit.Invoice:
    body = {"invoice": {**PAYLOAD["invoice"], **changes}}
    return invoicekit.normalize("lago", json.dumps(body).encode())


@pytest.mark.parametrize(
    ("status", "payment", "paid", "expected"),
    [
        ("draft", "pending", 0, invoicekit.InvoiceStatus.DRAFT),
        ("voided", "pending", 0, invoicekit.InvoiceStatus.VOID),
        ("finalized", "succeeded", 12000, invoicekit.InvoiceStatus.PAID),
        ("finalized", "pending", 0, invoicekit.InvoiceStatus.OPEN),
        ("finalized", "failed", 500, invoicekit.InvoiceStatus.PARTIALLY_PAID),
        ("failed", "pending", 0, invoicekit.InvoiceStatus.UNKNOWN),
    ],
)
def test_status_combines_status_and_payment_status(
    status: str, payment: str, paid: int, expected: invoicekit.InvoiceStatus
) -> None:
    invoice = _normalize(status=status, payment_status=payment, total_paid_amount_cents=paid)
    assert invoice.status is expected
    assert invoice.status_raw == status
    assert invoice.extra["payment_status"] == payment


def test_cents_become_major_units_of_the_currency() -> None:
    eur = _normalize()
    assert eur.totals.gross == Decimal("120.00")
    assert eur.totals.net == Decimal("100.00")
    assert eur.lines[0].unit_price == Decimal("100.0")
    assert _normalize(currency="JPY").totals.gross == Decimal("12000")


def test_raw_is_the_invoice_object_without_its_envelope() -> None:
    invoice = _normalize()
    assert json.loads(bytes(invoice.raw)) == PAYLOAD["invoice"]


def test_a_wrong_type_inside_the_envelope_is_a_normalization_error() -> None:
    with pytest.raises(invoicekit.NormalizationError, match="total_amount_cents"):
        _normalize(total_amount_cents="a lot")


def test_a_bad_list_item_names_its_place_in_the_page() -> None:
    bad = {**PAYLOAD["invoice"], "lago_id": "b", "total_amount_cents": "a lot"}
    page = {
        "invoices": [{**PAYLOAD["invoice"], "lago_id": "a"}, bad],
        "meta": {"current_page": 1, "next_page": None, "total_pages": 1, "total_count": 2},
    }
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=page))
    with (
        invoicekit.connect(
            "lago", base_url="https://api.getlago.com", api_key="k" * 12, transport=transport
        ) as client,
        pytest.raises(invoicekit.NormalizationError) as caught,
    ):
        list(client.list_invoices())
    assert caught.value.path == "$.invoices[1].total_amount_cents"


def test_issue_date_filters_and_the_pdf_through_the_sandbox(invoicekit_sandbox: Any) -> None:
    with invoicekit_sandbox.connect("lago") as client:
        every = list(client.list_invoices(page_size=7))
        since, until = date(2025, 3, 1), date(2025, 6, 30)
        chosen = list(client.list_invoices(issued_since=since, issued_until=until))
        final = next(i for i in every if i.status is not invoicekit.InvoiceStatus.DRAFT)
        pdf = client.download_pdf(final.id)
    expected = [i.id for i in every if i.issue_date and since <= i.issue_date <= until]
    assert [i.id for i in chosen] == expected
    assert expected
    assert pdf.startswith(b"%PDF-")
