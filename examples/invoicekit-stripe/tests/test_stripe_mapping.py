"""How a Stripe invoice maps onto `invoicekit.Invoice` (invoicekit_stripe._mapping)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import invoicekit
import pytest
from invoicekit import InvoiceStatus, NormalizationError
from invoicekit.testing import check_invoice

from invoicekit_stripe import _money

PAYLOADS = Path(__file__).parent / "payloads"


def payload(name: str = "invoice_open_eur") -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((PAYLOADS / f"{name}.json").read_bytes())
    return loaded


def normalize(document: dict[str, Any]) -> invoicekit.Invoice:
    return invoicekit.normalize("stripe", json.dumps(document).encode())


def plain(currency: str, amounts: dict[str, int], *, status: str = "open") -> dict[str, Any]:
    """An invoice with one untaxed, undiscounted line of ``total`` in ``currency``."""
    document = payload()
    total = amounts["total"]
    document.update(
        currency=currency,
        status=status,
        subtotal=total,
        subtotal_excluding_tax=total,
        total_excluding_tax=total,
        total=total,
        amount_due=amounts.get("amount_due", total),
        amount_paid=amounts.get("amount_paid", 0),
        amount_remaining=amounts.get("amount_remaining", total),
        total_tax_amounts=[],
        total_discount_amounts=[],
        tax=None,
    )
    line = document["lines"]["data"][0]
    line.update(
        currency=currency,
        amount=total,
        amount_excluding_tax=total,
        unit_amount_excluding_tax=str(total),
        discount_amounts=[],
        tax_amounts=[],
    )
    document["lines"]["data"] = [line]
    return document


# -- money -------------------------------------------------------------------------------


def test_two_decimal_amounts_keep_their_scale() -> None:
    invoice = normalize(payload())
    assert invoice.currency == "EUR"
    assert invoice.totals.gross == Decimal("107.10")
    assert str(invoice.totals.gross) == "107.10"
    assert str(invoice.totals.paid) == "0.00"
    assert invoice.lines[0].unit_price == Decimal("49.00")


def test_zero_decimal_jpy_amounts_are_whole_yen() -> None:
    invoice = normalize(payload("invoice_paid_jpy"))
    assert invoice.currency == "JPY"
    assert str(invoice.totals.gross) == "11000"
    assert str(invoice.totals.tax) == "1000"
    assert invoice.totals.net == Decimal("10000")


@pytest.mark.parametrize(
    ("currency", "minor", "expected"),
    [
        ("kwd", 5120, "5.120"),
        ("bhd", 1000, "1.000"),
        ("jpy", 500, "500"),
        ("krw", 12345, "12345"),
        ("ugx", 5000, "5000"),
        ("isk", 500, "5.00"),  # two-decimal in the API: 500 is 5 krónur
        ("huf", 12345, "123.45"),  # zero-decimal for payouts only
        ("twd", 100, "1.00"),
        ("usd", 1, "0.01"),
        ("chf", 0, "0.00"),
    ],
)
def test_currency_exponents(currency: str, minor: int, expected: str) -> None:
    invoice = normalize(plain(currency, {"total": minor}))
    assert invoice.currency == currency.upper()
    assert str(invoice.totals.gross) == expected
    assert str(invoice.lines[0].net_amount) == expected
    assert check_invoice(invoice) == []


def test_exponent_table_matches_stripes_lists() -> None:
    assert len(_money.ZERO_DECIMAL) == 16
    assert len(_money.THREE_DECIMAL) == 5
    assert _money.exponent("XOF") == 0
    assert _money.exponent("OMR") == 3
    assert _money.exponent("EUR") == 2
    assert _money.exponent("ISK") == 2


def test_amounts_arrive_as_strings_too() -> None:
    document = plain("eur", {"total": 1999})
    document["total"] = "1999"
    assert normalize(document).totals.gross == Decimal("19.99")


def test_an_amount_with_a_fraction_of_a_minor_unit_fails_at_its_path() -> None:
    document = plain("eur", {"total": 1999})
    document["total"] = "1999.5"
    with pytest.raises(NormalizationError) as caught:
        normalize(document)
    assert caught.value.path == "$.total"


@pytest.mark.parametrize(
    ("status", "field"), [("open", "amount_paid"), ("paid", "amount_overpaid")]
)
@pytest.mark.parametrize("bad", ["NaN", "Infinity", "1999.5"])
def test_an_amount_the_status_reads_fails_at_its_path(status: str, field: str, bad: str) -> None:
    # The partly-paid and overpaid rules compare these; unchecked, a NaN raised an untyped
    # decimal error rooted at `$`.
    document = payload()
    document.update(status=status, amount_remaining=100 if status == "open" else 0)
    document[field] = bad
    with pytest.raises(NormalizationError) as caught:
        normalize(document)
    assert caught.value.path == f"$.{field}"


@pytest.mark.parametrize(
    ("field", "bad"),
    [("quantity", 10**19), ("quantity_decimal", "1e19"), ("quantity_decimal", "NaN")],
)
def test_a_line_quantity_that_is_no_usable_decimal_fails_at_its_path(field: str, bad: Any) -> None:
    document = payload()
    document["lines"]["data"][0][field] = bad
    with pytest.raises(NormalizationError) as caught:
        normalize(document)
    assert caught.value.path == f"$.lines.data[0].{field}"


def test_a_tax_amount_that_fails_is_named_by_index() -> None:
    document = payload()
    document["total_tax_amounts"][0]["amount"] = "17.5"
    with pytest.raises(NormalizationError) as caught:
        normalize(document)
    assert caught.value.path == "$.total_tax_amounts[0].amount"


@pytest.mark.parametrize("count", [1, 2])
@pytest.mark.parametrize("field", ["tax_amounts", "discount_amounts"])
@pytest.mark.parametrize("bad", ["4.5", 10**18])
def test_a_line_amount_that_fails_is_named_by_index(count: int, field: str, bad: Any) -> None:
    # One item (read in place) and several (summed) name the same place.
    document = payload()
    items = document["lines"]["data"][1][field]
    items[:] = [dict(items[0]) for _ in range(count)]
    items[-1]["amount"] = bad
    with pytest.raises(NormalizationError) as caught:
        normalize(document)
    assert caught.value.path == f"$.lines.data[1].{field}[{count - 1}].amount"


def test_line_amounts_in_any_exact_form_add_up() -> None:
    document = payload()
    line = document["lines"]["data"][1]
    line["tax_amounts"] = [dict(line["tax_amounts"][0], amount=800), dict(line["tax_amounts"][0])]
    line["tax_amounts"][1]["amount"] = "0.72E+2"  # 72 minor units, written with an exponent
    line["discount_amounts"][0]["amount"] = "510"
    mapped = normalize(document).lines[1]
    assert (mapped.tax_amount, mapped.discount_amount) == (Decimal("8.72"), Decimal("5.10"))
    assert mapped.tax_rate == Decimal("19")  # both amounts are of the one rate


def test_a_currency_that_is_no_code_fails() -> None:
    with pytest.raises(NormalizationError) as caught:
        normalize(plain("euro", {"total": 100}))
    assert caught.value.path == "$.currency"


def test_unit_amounts_may_hold_fractions_of_a_minor_unit() -> None:
    document = payload()
    document["lines"]["data"][1]["unit_amount_excluding_tax"] = "1700.3333"
    assert normalize(document).lines[1].unit_price == Decimal("17.003333")


# -- status ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "amounts", "expected"),
    [
        ("draft", {}, InvoiceStatus.DRAFT),
        ("open", {}, InvoiceStatus.OPEN),
        ("open", {"amount_paid": 500, "amount_remaining": 500}, InvoiceStatus.PARTIALLY_PAID),
        ("paid", {"amount_paid": 1000, "amount_remaining": 0}, InvoiceStatus.PAID),
        ("void", {}, InvoiceStatus.VOID),
        ("uncollectible", {}, InvoiceStatus.UNKNOWN),
        ("something_new", {}, InvoiceStatus.UNKNOWN),
    ],
)
def test_statuses(status: str, amounts: dict[str, int], expected: InvoiceStatus) -> None:
    invoice = normalize(plain("eur", {"total": 1000, **amounts}, status=status))
    assert invoice.status is expected
    assert invoice.status_raw == status
    assert invoice.kind is invoicekit.InvoiceKind.INVOICE
    assert invoice.type_code == "380"


def test_a_null_status_is_unknown() -> None:
    invoice = normalize(plain("eur", {"total": 1000}, status=None))  # type: ignore[arg-type]
    assert invoice.status is InvoiceStatus.UNKNOWN
    assert invoice.status_raw is None


def test_overpaid_from_the_basil_amount_overpaid() -> None:
    document = plain("eur", {"total": 1000, "amount_paid": 1200, "amount_remaining": 0})
    document.update(status="paid", amount_overpaid=200)
    assert normalize(document).status is InvoiceStatus.OVERPAID


def test_uncollectible_keeps_what_is_still_owed() -> None:
    document = plain("eur", {"total": 1000}, status="uncollectible")
    document["status_transitions"]["marked_uncollectible_at"] = 1722470400
    invoice = normalize(document)
    assert invoice.totals.due == Decimal("10.00")
    assert invoice.extra["marked_uncollectible_at"] == "2024-08-01T00:00:00Z"


# -- totals ------------------------------------------------------------------------------


def test_totals_follow_stripes_fields() -> None:
    totals = normalize(payload()).totals
    assert totals.line_net == Decimal("100.00")  # subtotal_excluding_tax
    assert totals.discount == Decimal("10.00")  # total_discount_amounts
    assert totals.net == Decimal("90.00")  # total_excluding_tax
    assert totals.tax == Decimal("17.10")
    assert totals.gross == Decimal("107.10")
    assert totals.due == Decimal("107.10")


def test_inclusive_taxes_count_as_tax() -> None:
    invoice = normalize(payload("invoice_paid_jpy"))
    assert invoice.prices_include_tax is True
    assert invoice.totals.net + invoice.totals.tax == invoice.totals.gross  # type: ignore[operator]
    assert invoice.tax_breakdown[0].rate == Decimal("10")
    assert invoice.tax_breakdown[0].name == "JCT"


def test_a_customer_credit_counts_as_paid_in_advance() -> None:
    # A 3.00 EUR credit balance reduced amount_due to 7.00; nothing was charged yet.
    document = plain("eur", {"total": 1000, "amount_due": 700, "amount_remaining": 700})
    document["starting_balance"] = -300
    invoice = normalize(document)
    assert invoice.status is InvoiceStatus.OPEN
    assert (invoice.totals.paid, invoice.totals.due) == (Decimal("3.00"), Decimal("7.00"))
    assert invoice.extra["amount_due"] == "7.00"
    assert invoice.extra["amount_paid"] == "0.00"
    assert check_invoice(invoice) == []


def test_basil_shaped_amounts() -> None:
    """From 2025-03-31.basil: total_taxes/taxes and no amount_excluding_tax on lines."""
    document = payload("invoice_paid_jpy")
    document["total_taxes"] = [
        {
            "amount": 1000,
            "tax_behavior": "inclusive",
            "tax_rate_details": {"tax_rate": "txr_1PK3aaLkdIwHu7ixJct10pct"},
            "taxability_reason": "standard_rated",
            "taxable_amount": 10000,
            "type": "tax_rate_details",
        }
    ]
    line = document["lines"]["data"][0]
    line["taxes"] = document["total_taxes"]
    for key in ("total_tax_amounts", "tax"):
        del document[key]
    for key in ("tax_amounts", "amount_excluding_tax", "price"):
        del line[key]
    invoice = normalize(document)
    assert invoice.totals.tax == Decimal("1000")
    assert invoice.lines[0].net_amount == Decimal("10000")  # amount minus inclusive tax
    assert invoice.lines[0].tax_amount == Decimal("1000")
    assert invoice.prices_include_tax is True
    assert check_invoice(invoice) == []


def test_no_tax_information_is_none_not_zero() -> None:
    document = plain("usd", {"total": 2000})
    del document["total_tax_amounts"]
    del document["lines"]["data"][0]["tax_amounts"]
    del document["lines"]["data"][0]["amount_excluding_tax"]
    invoice = normalize(document)
    assert invoice.totals.tax is None
    assert invoice.lines[0].tax_amount is None
    assert invoice.lines[0].net_amount is None  # whether `amount` holds tax is unknown


# -- lines, dates, periods ---------------------------------------------------------------


def test_lines() -> None:
    first, second = normalize(payload()).lines
    assert first.id == "il_1PXs3aLkdIwHu7ixq2n4Rr8T"
    assert first.product_id == "prod_QAbCdEfGhIjKlM"
    assert (first.net_amount, first.discount_amount) == (Decimal("49.00"), Decimal("4.90"))
    assert (first.tax_amount, first.tax_rate) == (Decimal("8.38"), Decimal("19"))
    # July billed monthly ends at 08-01 00:00: the last day covered is July 31.
    assert (first.period_start, first.period_end) == (dt.date(2024, 7, 1), dt.date(2024, 7, 31))
    assert second.quantity == Decimal("3")
    assert second.period_start == second.period_end == dt.date(2024, 6, 20)


def test_more_lines_than_embedded_are_flagged_not_hidden() -> None:
    document = payload()
    document["lines"]["has_more"] = True
    invoice = normalize(document)
    assert invoice.extra["lines_truncated"] is True
    assert len(invoice.lines) == 2
    assert invoice.period_start is None
    assert invoice.period_end is None
    assert "lines_truncated" not in normalize(payload()).extra


def test_dates() -> None:
    invoice = normalize(payload())
    assert invoice.created_at == dt.datetime(2024, 7, 1, 9, 0, tzinfo=dt.UTC)
    assert invoice.issue_date == dt.date(2024, 7, 1)  # effective_at
    assert invoice.due_date == dt.date(2024, 7, 15)
    # The invoice's own period is Stripe's look-back usage window: kept in extra only.
    assert invoice.extra["usage_period_start"] == "2024-06-01T00:00:00Z"
    assert (invoice.period_start, invoice.period_end) == (
        dt.date(2024, 6, 20),
        dt.date(2024, 7, 31),
    )


def test_issue_date_falls_back_to_finalized_at() -> None:
    document = payload()
    document["effective_at"] = None
    document["status_transitions"]["finalized_at"] = 1719964800  # 2024-07-03 00:00 UTC
    assert normalize(document).issue_date == dt.date(2024, 7, 3)


def test_a_draft_has_no_issue_date_even_with_a_planned_effective_at() -> None:
    document = plain("eur", {"total": 1000}, status="draft")
    document.update(number=None, invoice_pdf=None)
    invoice = normalize(document)
    assert invoice.issue_date is None
    assert invoice.number is None
    assert invoice.pdf_url is None


def test_a_period_that_ends_before_it_starts_fails() -> None:
    document = payload()
    document["lines"]["data"][0]["period"] = {"start": 1722470400, "end": 1719792000}
    with pytest.raises(NormalizationError) as caught:
        normalize(document)
    assert caught.value.path == "$.lines.data[0].period"


# -- parties, extra, raw ------------------------------------------------------------------


def test_buyer_and_seller() -> None:
    invoice = normalize(payload())
    assert invoice.buyer is not None
    assert invoice.seller is not None
    assert invoice.buyer.id == "cus_QOaXk3bW0xYz7p"
    assert invoice.buyer.vat_id == "DE123456789"
    assert invoice.buyer.address is not None
    assert invoice.buyer.address.lines == ("Friedrichstraße 123", "3. OG")
    assert invoice.seller.name == "Acme Software GmbH"
    assert invoice.seller.address is not None
    assert invoice.seller.address.country == "DE"


def test_only_vat_type_tax_ids_are_vat_ids() -> None:
    document = payload()
    document["customer_tax_ids"] = [
        {"type": "de_stn", "value": "12/345/67890"},
        {"type": "gb_vat", "value": "GB123456789"},
    ]
    invoice = normalize(document)
    assert invoice.buyer is not None
    assert invoice.buyer.vat_id == "GB123456789"
    assert invoice.extra["customer_tax_ids"][0] == {"type": "de_stn", "value": "12/345/67890"}


def test_extra_and_notes() -> None:
    invoice = normalize(payload())
    assert invoice.extra["billing_reason"] == "subscription_cycle"
    assert invoice.extra["collection_method"] == "send_invoice"
    assert invoice.extra["subscription"] == "sub_1PK2uXLkdIwHu7ixS9yQ4wEr"
    assert invoice.extra["metadata"] == {"order_ref": "PO-2024-0815"}
    assert invoice.extra["livemode"] is False
    assert invoice.notes[0] == "Thank you for your business."
    assert invoice.pdf_url is not None
    assert invoice.pdf_url.startswith("https://pay.stripe.com/")


def test_raw_is_the_body() -> None:
    body = (PAYLOADS / "invoice_open_eur.json").read_bytes()
    assert bytes(invoicekit.normalize("stripe", body).raw) == body.strip()


@pytest.mark.parametrize(
    ("reason", "category", "code"),
    [
        ("standard_rated", "S", None),
        ("reduced_rated", "S", None),
        ("zero_rated", "Z", None),
        ("reverse_charge", "AE", "VATEX-EU-AE"),
        ("customer_exempt", "E", None),
        ("not_subject_to_tax", "O", None),
        ("not_collecting", None, None),
        ("portion_standard_rated", None, None),
        (None, None, None),
    ],
)
def test_the_taxability_reason_names_the_vat_category(
    reason: str | None, category: str | None, code: str | None
) -> None:
    document = payload()
    for tax in document["total_tax_amounts"]:
        tax["taxability_reason"] = reason
    for line in document["lines"]["data"]:
        for tax in line["tax_amounts"]:
            tax["taxability_reason"] = reason
    invoice = normalize(document)
    assert [item.category for item in invoice.tax_breakdown] == [category]
    assert [item.exemption_reason_code for item in invoice.tax_breakdown] == [code]
    assert {line.vat_category for line in invoice.lines} == {category}


def test_a_line_whose_taxes_disagree_on_the_category_has_none() -> None:
    document = payload()
    line = document["lines"]["data"][0]
    line["tax_amounts"][0]["taxability_reason"] = "standard_rated"
    line["tax_amounts"].append({**line["tax_amounts"][0], "taxability_reason": "zero_rated"})
    line["tax_amounts"][1]["amount"] = 0
    invoice = normalize(document)
    assert invoice.lines[0].vat_category is None
