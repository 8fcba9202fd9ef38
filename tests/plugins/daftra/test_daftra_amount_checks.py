"""Amounts are checked once per document, then one by one only when that check fails: the
errors still name the first unusable amount, and what the mapping does not read never fails."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import invoicekit
from invoicekit import NormalizationError

PAYLOADS = Path(__file__).parents[2] / "payloads" / "daftra"


def _document() -> dict[str, Any]:
    return json.loads((PAYLOADS / "full_invoice.json").read_text(encoding="utf-8"))


def _normalize(document: dict[str, Any]) -> invoicekit.Invoice:
    return invoicekit.normalize("daftra", json.dumps(document).encode())


def _error_path(document: dict[str, Any]) -> str:
    with pytest.raises(NormalizationError) as caught:
        _normalize(document)
    return caught.value.path


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("quantity", "1.000000001"),  # nine places; amounts have at most eight
        ("unit_price", "1e18"),
        ("total", "-Infinity"),
        ("subtotal", "sNaN"),
        ("unit_price", "0E-9"),  # a zero with too many places is unusable too
    ],
)
def test_an_unusable_line_amount_names_its_path(field: str, value: str) -> None:
    document = _document()
    document["data"]["Invoice"]["InvoiceItem"][1][field] = value
    assert _error_path(document) == f"$.data.Invoice.InvoiceItem[1].{field}"


def test_the_first_unusable_amount_in_reading_order_is_named() -> None:
    document = _document()
    document["data"]["Invoice"]["summary_total"] = "NaN"
    document["data"]["Invoice"]["InvoicePayment"][2]["amount"] = "NaN"
    document["data"]["Invoice"]["InvoiceItem"][0]["subtotal"] = "NaN"
    assert _error_path(document) == "$.data.Invoice.InvoiceItem[0].subtotal"


def test_amounts_the_mapping_does_not_read_never_fail() -> None:
    document = _document()
    # Line 0 states calculated_discount, so its discount is not read; nor is a deposit.
    document["data"]["Invoice"]["InvoiceItem"][0]["discount"] = "NaN"
    document["data"]["Invoice"]["deposit"] = "Infinity"
    invoice = _normalize(document)
    assert invoice.lines[0].discount_amount == Decimal("40.00")


def test_amounts_whose_sizes_add_up_past_the_bound_are_each_still_usable() -> None:
    document = _document()
    big = "900000000000000000.00"  # 18 digits before the point: the largest usable size
    for item in document["data"]["Invoice"]["InvoiceItem"]:
        item["subtotal"] = big
    invoice = _normalize(document)
    assert [line.net_amount for line in invoice.lines] == [Decimal(big), Decimal(big)]
