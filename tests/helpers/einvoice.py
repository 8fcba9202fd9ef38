"""E-invoice test helpers: the official EN 16931 rules and examples, a complete invoice."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import msgspec

from invoicekit import (
    Address,
    Invoice,
    InvoiceKind,
    InvoiceStatus,
    Line,
    Party,
    TaxSubtotal,
    Totals,
)

EN16931 = Path(__file__).resolve().parents[2] / ".." / "shared" / "en16931"
RULES = {
    "ubl": EN16931 / "EN16931-UBL-validation.xslt",
    "cii": EN16931 / "EN16931-CII-validation.xslt",
}
EXAMPLES = sorted((EN16931 / "examples").glob("*"), key=lambda path: path.name)

SELLER = Party(
    name="Sandbox Software GmbH",
    vat_id="DE123456789",
    contact_name="Erika Muster",
    phone="+49 30 1234567",
    email="billing@sandbox-software.example",
    address=Address(lines=("Hauptstr. 1",), city="Berlin", postal_code="10115", country="DE"),
)


def complete_invoice(**changes: object) -> Invoice:
    """An invoice with everything EN 16931 needs, in the shape a vendor plugin produces."""
    fields: dict[str, object] = {
        "vendor": "acme",
        "id": "inv-1",
        "number": "RE-2026-0001",
        "kind": InvoiceKind.INVOICE,
        "status": InvoiceStatus.OPEN,
        "issue_date": dt.date(2026, 11, 30),
        "due_date": dt.date(2026, 12, 14),
        "currency": "EUR",
        "seller": SELLER,
        "buyer": Party(
            name="Kunde AG",
            email="ap@kunde.example",
            address=Address(lines=("Ring 5",), city="Hamburg", postal_code="20095", country="DE"),
        ),
        "buyer_reference": "04011000-12345-34",
        "lines": (
            Line(
                id="1",
                name="Consulting",
                quantity=Decimal("3"),
                unit_code="HUR",
                unit_price=Decimal("33.3333"),
                net_amount=Decimal("100.00"),
                tax_rate=Decimal("19"),
                vat_category="S",
            ),
            Line(
                id="2",
                name="Licence",
                quantity=Decimal("1"),
                unit_code="C62",
                unit_price=Decimal("20.00"),
                net_amount=Decimal("20.00"),
                tax_rate=Decimal("19"),
                vat_category="S",
            ),
        ),
        "totals": Totals(
            line_net=Decimal("120.00"),
            net=Decimal("120.00"),
            tax=Decimal("22.80"),
            gross=Decimal("142.80"),
            paid=Decimal("0.00"),
            due=Decimal("142.80"),
        ),
        "tax_breakdown": (
            TaxSubtotal(
                rate=Decimal("19"),
                taxable_amount=Decimal("120.00"),
                tax_amount=Decimal("22.80"),
                category="S",
            ),
        ),
        "payment_terms": "14 days net",
        "raw": msgspec.Raw(b"{}"),
    }
    fields.update(changes)
    return Invoice(**fields)  # type: ignore[arg-type]
