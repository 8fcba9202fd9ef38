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


# Sizes: the one pass reads whether amounts are finite and how many places they have, not how
# large they are; `Invoice` refuses the ones it holds and the mapping asks the others where it
# uses them. Either way the error is the same typed one, at the same path, as per value.
_TOO_BIG = "1E+20"  # finite, whole: only its size is wrong


@pytest.mark.parametrize(
    "field",
    ["summary_subtotal", "summary_discount", "summary_total", "summary_paid", "summary_unpaid"],
)
def test_an_oversized_header_amount_that_the_invoice_holds_names_its_path(field: str) -> None:
    document = _document()
    document["data"]["Invoice"][field] = _TOO_BIG
    assert _error_path(document) == f"$.data.Invoice.{field}"


@pytest.mark.parametrize(
    "field",
    ["discount", "discount_amount", "summary_deposit", "summary_refund", "adjustment_value"],
)
@pytest.mark.parametrize("value", [_TOO_BIG, "-" + _TOO_BIG, "NaN", "1.000000001"])
def test_an_unusable_amount_that_goes_to_extra_names_its_path(field: str, value: str) -> None:
    document = _document()
    document["data"]["Invoice"][field] = value
    assert _error_path(document) == f"$.data.Invoice.{field}"


@pytest.mark.parametrize("field", ["unit_price", "quantity", "subtotal", "total"])
def test_an_oversized_line_amount_names_its_path(field: str) -> None:
    document = _document()
    document["data"]["Invoice"]["InvoiceItem"][0][field] = _TOO_BIG
    assert _error_path(document) == f"$.data.Invoice.InvoiceItem[0].{field}"


@pytest.mark.parametrize("kind", ["1", "2", "9", None])  # percentage, absolute, unknown, none
@pytest.mark.parametrize("value", [_TOO_BIG, "Infinity"])
def test_an_unusable_line_discount_names_its_path_whatever_its_type(
    kind: str | None, value: str
) -> None:
    document = _document()
    item = document["data"]["Invoice"]["InvoiceItem"][1]  # no calculated_discount
    item.update(discount=value, discount_type=kind, unit_price="0.01", quantity="0.0001")
    assert _error_path(document) == "$.data.Invoice.InvoiceItem[1].discount"


def test_oversized_line_taxes_that_cancel_out_still_name_the_first() -> None:
    document = _document()
    item = document["data"]["Invoice"]["InvoiceItem"][1]
    item.update(summary_tax1=_TOO_BIG, summary_tax2="-" + _TOO_BIG)
    assert _error_path(document) == "$.data.Invoice.InvoiceItem[1].summary_tax1"


def test_an_oversized_payment_amount_names_its_path() -> None:
    document = _document()
    document["data"]["Invoice"]["InvoicePayment"][1]["amount"] = _TOO_BIG
    assert _error_path(document) == "$.data.Invoice.InvoicePayment[1].amount"


def test_an_oversized_tax_amount_that_only_the_breakdown_reads_names_its_path() -> None:
    # A line whose first tax has no amount states no line tax; its second tax's amounts,
    # cancelling over two lines, would reach the breakdown as a zero sum.
    document = _document()
    items = document["data"]["Invoice"]["InvoiceItem"]
    for item, value in zip(items, (_TOO_BIG, "-" + _TOO_BIG), strict=True):
        item.update(tax1="3", summary_tax1=None, tax2="7", summary_tax2=value)
    taxes = [{"Tax": {"id": 3, "value": "15"}}, {"Tax": {"id": 7, "value": "5"}}]
    page = {"code": 200, "result": "successful", "data": taxes}
    with pytest.raises(NormalizationError) as caught:
        invoicekit.normalize("daftra", json.dumps(document).encode(), taxes=json.dumps(page))
    assert caught.value.path == "$.data.Invoice.InvoiceItem[0].summary_tax2"


def test_an_oversized_amount_is_named_before_another_error_in_the_document() -> None:
    document = _document()
    document["data"]["Invoice"]["currency_code"] = "riyal"  # not an ISO 4217 code
    document["data"]["Invoice"]["summary_unpaid"] = _TOO_BIG
    assert _error_path(document) == "$.data.Invoice.summary_unpaid"


def test_an_oversized_amount_gives_the_error_the_per_value_check_gives() -> None:
    document = _document()
    document["data"]["Invoice"]["InvoiceItem"][0]["unit_price"] = _TOO_BIG
    with pytest.raises(NormalizationError) as caught:
        _normalize(document)
    assert caught.value.vendor == "daftra"
    assert "not a usable amount" in str(caught.value)
    assert "digits before the point" in str(caught.value)


@pytest.mark.parametrize("value", ["1.000000001", "NaN", "-Infinity", "0E-9"])
def test_a_long_invoice_names_its_one_unusable_amount(value: str) -> None:
    # Enough lines for the one pass to sum in the exact context rather than add one by one.
    document = _document()
    items = document["data"]["Invoice"]["InvoiceItem"]
    items.extend({**items[0], "id": str(600 + i)} for i in range(20))
    items[-1]["quantity"] = value
    assert _error_path(document) == f"$.data.Invoice.InvoiceItem[{len(items) - 1}].quantity"
    items[-1]["quantity"] = "2"
    assert len(_normalize(document).lines) == len(items)
