"""Stripe invoice lines and tax amounts; the rules are in `invoicekit_stripe._mapping`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import msgspec
from invoicekit.plugin import Line, TaxSubtotal, decimal_problem

from invoicekit_stripe_client.models import (
    DiscountAmount,
    InvoiceLineItem,
    InvoiceTax,
    PretaxCreditAmount,
    TaxAmount,
    TaxRate,
)
from invoicekit_stripe_client.models import Invoice as StripeInvoice

from ._money import major, major_sum
from ._values import fail, given, last_day, object_id, text, utc_day

__all__ = [
    "VAT_CATEGORIES",
    "Tax",
    "TaxRates",
    "line_period",
    "lines",
    "tax_breakdown",
    "taxes",
    "vat_category",
]


@dataclass(frozen=True, slots=True)
class Tax:
    """One tax amount, whichever API version shaped it (``tax_amounts`` or ``taxes``)."""

    amount: Decimal
    taxable_amount: Decimal | None
    inclusive: bool | None
    rate_id: str | None
    reason: str | None = None  # taxability_reason


#: Stripe's ``taxability_reason`` values that name one UNCL 5305 VAT category (BT-118/151).
#: A reduced rate is still category S; the ``portion_*``, ``proportionally_rated``,
#: ``taxable_basis_reduced``, ``not_collecting``, ``not_supported`` and ``not_available``
#: reasons name none.
VAT_CATEGORIES = {
    "standard_rated": "S",
    "reduced_rated": "S",
    "zero_rated": "Z",
    "reverse_charge": "AE",
    "product_exempt": "E",
    "product_exempt_holiday": "E",
    "customer_exempt": "E",
    "not_subject_to_tax": "O",
}
#: The VATEX code of the one category whose exemption the reason settles (BT-121).
_EXEMPTION_CODES = {"AE": "VATEX-EU-AE"}


def vat_category(found: Sequence[Tax]) -> str | None:
    """The category every one of ``found`` is in, by its taxability reason; else None."""
    categories = {VAT_CATEGORIES.get(tax.reason or "") for tax in found}
    return categories.pop() if len(categories) == 1 else None


class TaxRates:
    """The tax rate objects an invoice embeds, by id: percentage and display name."""

    def __init__(self, source: StripeInvoice) -> None:
        self._rates: dict[str, TaxRate] = {}
        defaults = source.default_tax_rates if given(source.default_tax_rates) else []
        for index, rate in enumerate(defaults):
            self._add(rate, f"$.default_tax_rates[{index}]")
        for number, item in enumerate(source.lines.data):
            for index, rate in enumerate(item.tax_rates if given(item.tax_rates) else []):
                self._add(rate, f"$.lines.data[{number}].tax_rates[{index}]")

    def _add(self, rate: TaxRate, path: str) -> None:
        problem = decimal_problem(rate.percentage) if given(rate.percentage) else None
        if problem is not None:
            raise fail(f"{path}.percentage", problem)
        self._rates[rate.id] = rate

    def percentage(self, rate_id: str | None) -> Decimal | None:
        """The rate in percent (``Decimal("19")``), when the invoice embeds that rate."""
        rate = self._rates.get(rate_id) if rate_id else None
        return rate.percentage if rate is not None and given(rate.percentage) else None

    def name(self, rate_id: str | None) -> str | None:
        """The rate's name as customers see it (``"VAT"``), when the invoice embeds it."""
        rate = self._rates.get(rate_id) if rate_id else None
        return text(rate.display_name) if rate is not None else None


def _from_tax_amount(item: TaxAmount) -> Tax:
    return Tax(
        amount=item.amount,
        taxable_amount=item.taxable_amount if given(item.taxable_amount) else None,
        inclusive=item.inclusive if given(item.inclusive) else None,
        rate_id=object_id(item.tax_rate),
        reason=_reason(item.taxability_reason),
    )


def _reason(value: object) -> str | None:
    return str(value) if given(value) and value is not None else None


def _from_invoice_tax(item: InvoiceTax) -> Tax:
    behavior = str(item.tax_behavior) if given(item.tax_behavior) else None
    details = item.tax_rate_details
    return Tax(
        amount=item.amount,
        taxable_amount=item.taxable_amount if given(item.taxable_amount) else None,
        inclusive={"inclusive": True, "exclusive": False}.get(behavior or ""),
        rate_id=text(details.tax_rate) if given(details) else None,
        reason=_reason(item.taxability_reason),
    )


def taxes(
    classic: list[TaxAmount] | msgspec.UnsetType | None,
    current: list[InvoiceTax] | msgspec.UnsetType | None,
    parent: str,
    names: tuple[str, str],
) -> tuple[list[Tax], str] | None:
    """The tax amounts and their JSON path: ``names[0]`` (``tax_amounts``, before
    2025-03-31.basil) or else ``names[1]`` (``taxes``); ``None`` when the payload has neither.
    """
    if given(classic):
        return [_from_tax_amount(item) for item in classic], f"{parent}.{names[0]}"
    if given(current):
        return [_from_invoice_tax(item) for item in current], f"{parent}.{names[1]}"
    return None


def reductions(
    credits: list[PretaxCreditAmount] | msgspec.UnsetType | None,
    discounts: list[DiscountAmount] | msgspec.UnsetType | None,
    parent: str,
    names: tuple[str, str],
) -> tuple[list[Decimal], str] | None:
    """Pre-tax reductions and their path: ``names[0]`` (``pretax_credit_amounts``,
    2024-09-30.acacia and later: discounts and credit grants) or else ``names[1]``
    (``discount_amounts``); ``None`` when the payload has neither.
    """
    if given(credits):
        return [item.amount for item in credits], f"{parent}.{names[0]}"
    if given(discounts):
        return [item.amount for item in discounts], f"{parent}.{names[1]}"
    return None


def line_period(item: InvoiceLineItem, path: str) -> tuple[dt.date, dt.date]:
    """The first and last (inclusive) UTC day of a line's service period."""
    start = utc_day(item.period.start, f"{path}.period.start")
    assert start is not None  # period.start is a required int
    return start, last_day(item.period.start, item.period.end, f"{path}.period")


def _quantity(item: InvoiceLineItem) -> Decimal | None:
    if given(item.quantity_decimal):
        return item.quantity_decimal
    return Decimal(item.quantity) if given(item.quantity) else None


def _product_id(item: InvoiceLineItem) -> str | None:
    if given(item.price) and given(item.price.product):
        return object_id(item.price.product)
    pricing = item.pricing
    if given(pricing) and given(pricing.price_details):
        return text(pricing.price_details.product)
    return None


def _net(
    item: InvoiceLineItem, line_taxes: list[Tax] | None, currency: str, path: str
) -> Decimal | None:
    """The line before discounts and without tax (see "Lines" in the mapping docs)."""
    if given(item.amount_excluding_tax):
        return major(item.amount_excluding_tax, currency, f"{path}.amount_excluding_tax")
    if line_taxes is None or any(tax.inclusive is None for tax in line_taxes):
        return None  # whether `amount` contains tax is unknown
    inclusive = sum((tax.amount for tax in line_taxes if tax.inclusive), Decimal(0))
    return major(item.amount - inclusive, currency, f"{path}.amount")


def _line(item: InvoiceLineItem, index: int, rates: TaxRates, currency: str) -> Line:
    path = f"$.lines.data[{index}]"
    found = taxes(item.tax_amounts, item.taxes, path, ("tax_amounts", "taxes"))
    line_taxes, tax_path = found if found is not None else (None, "")
    cut = reductions(
        item.pretax_credit_amounts,
        item.discount_amounts,
        path,
        ("pretax_credit_amounts", "discount_amounts"),
    )
    distinct_rates = {tax.rate_id for tax in line_taxes or ()}
    start, end = line_period(item, path)
    return Line(
        id=item.id,
        description=text(item.description),
        product_id=_product_id(item),
        quantity=_quantity(item),
        unit_price=major(
            item.unit_amount_excluding_tax if given(item.unit_amount_excluding_tax) else None,
            currency,
            f"{path}.unit_amount_excluding_tax",
            whole=False,
        ),
        discount_amount=major_sum(cut[0], currency, cut[1]) if cut is not None else None,
        net_amount=_net(item, line_taxes, currency, path),
        tax_rate=rates.percentage(distinct_rates.pop()) if len(distinct_rates) == 1 else None,
        tax_amount=major_sum((tax.amount for tax in line_taxes), currency, tax_path)
        if line_taxes is not None
        else None,
        period_start=start,
        period_end=end,
        vat_category=vat_category(line_taxes) if line_taxes else None,
    )


def lines(source: StripeInvoice, rates: TaxRates, currency: str) -> tuple[Line, ...]:
    """The embedded lines (``lines.data``), in Stripe's order."""
    return tuple(
        _line(item, index, rates, currency) for index, item in enumerate(source.lines.data)
    )


def tax_breakdown(
    found: tuple[Sequence[Tax], str] | None, rates: TaxRates, currency: str
) -> tuple[TaxSubtotal, ...]:
    """One `TaxSubtotal` per invoice-level tax amount (Stripe aggregates them per tax rate)."""
    if found is None:
        return ()
    items, path = found
    return tuple(
        TaxSubtotal(
            rate=rates.percentage(tax.rate_id),
            taxable_amount=major(tax.taxable_amount, currency, f"{path}[{index}].taxable_amount"),
            tax_amount=major(tax.amount, currency, f"{path}[{index}].amount"),
            name=rates.name(tax.rate_id),
            category=VAT_CATEGORIES.get(tax.reason or ""),
            exemption_reason_code=_EXEMPTION_CODES.get(VAT_CATEGORIES.get(tax.reason or "", "")),
        )
        for index, tax in enumerate(items)
    )
