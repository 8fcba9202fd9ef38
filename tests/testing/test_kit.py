"""The conformance kit itself: each check catches what it is meant to, and the fixtures work."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import msgspec
import pytest

import invoicekit
from invoicekit import Invoice, InvoiceKind, InvoiceStatus, Line, Totals
from invoicekit.testing import assert_conformant, check_invoice

UTC = dt.UTC


def _invoice(**changes: Any) -> Invoice:
    fields: dict[str, Any] = {
        "vendor": "acme",
        "id": "1",
        "kind": InvoiceKind.INVOICE,
        "status": InvoiceStatus.OPEN,
        "currency": "EUR",
        "issue_date": dt.date(2026, 1, 5),
        "due_date": dt.date(2026, 1, 19),
        "lines": (
            Line(id="a", net_amount=Decimal("60.00")),
            Line(id="b", net_amount=Decimal("40.00")),
        ),
        "totals": Totals(
            net=Decimal("100.00"),
            tax=Decimal("19.00"),
            gross=Decimal("119.00"),
            paid=Decimal("19.00"),
            due=Decimal("100.00"),
        ),
        "raw": msgspec.Raw(b'{"id":"1"}'),
    }
    fields.update(changes)
    return Invoice(**fields)


def test_a_consistent_invoice_conforms() -> None:
    assert check_invoice(_invoice()) == []
    assert_conformant(_invoice())


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"totals": Totals(net=Decimal(100), tax=Decimal(19), gross=Decimal(120))}, "gross 120"),
        (
            {"totals": Totals(gross=Decimal(119), paid=Decimal(19), due=Decimal(99))},
            "due 99",
        ),
        (
            {"totals": Totals(net=Decimal("90.00"), tax=Decimal(0), gross=Decimal("90.00"))},
            "lines' net amounts sum to 100.00",
        ),
        ({"currency": "XYZ"}, "not an ISO 4217 code"),
        ({"issue_date": dt.date(2026, 2, 1)}, "is after due_date"),
        (
            {"period_start": dt.date(2026, 2, 1), "period_end": dt.date(2026, 1, 1)},
            "period_start 2026-02-01 is after",
        ),
    ],
)
def test_each_inconsistency_is_reported(changes: dict[str, Any], problem: str) -> None:
    problems = check_invoice(_invoice(**changes))
    assert any(problem in text for text in problems), problems
    with pytest.raises(AssertionError, match="acme invoice 1 does not conform"):
        assert_conformant(_invoice(**changes))


def test_line_sum_is_not_checked_when_the_document_has_a_discount() -> None:
    totals = Totals(
        net=Decimal("90.00"), tax=Decimal(0), gross=Decimal("90.00"), discount=Decimal("10.00")
    )
    assert check_invoice(_invoice(totals=totals)) == []


def test_a_float_amount_is_reported() -> None:
    # Structs are not type-checked on construction, so a buggy plugin could build this.
    line = Line(id="a", net_amount=0.1)  # type: ignore[arg-type]
    problems = check_invoice(_invoice(lines=(line,), totals=Totals()))
    assert problems[0] == "lines[0].net_amount is a float, not a Decimal: 0.1"


def test_extra_refuses_floats_at_construction() -> None:
    with pytest.raises(ValueError, match="got float"):
        _invoice(extra={"rate": 0.19})


def test_due_before_issue_can_be_allowed() -> None:
    early = _invoice(issue_date=dt.date(2026, 2, 1))
    assert check_invoice(early, due_before_issue_allowed=True) == []


@pytest.fixture
def invoicekit_vendor() -> str:
    return "fynn"


def test_the_client_fixture_connects_to_the_named_vendors_sandbox(
    invoicekit_client: invoicekit.InvoiceClient,
) -> None:
    invoice = next(iter(invoicekit_client.list_invoices(page_size=5)))
    assert invoice.vendor == "fynn"
    assert_conformant(invoice)


@pytest.mark.anyio
async def test_the_async_client_fixture_works_too(
    invoicekit_async_client: invoicekit.AsyncInvoiceClient,
) -> None:
    invoices = [invoice async for invoice in invoicekit_async_client.list_invoices(page_size=5)]
    assert len(invoices) == 200
    assert len({invoice.id for invoice in invoices}) == 200
