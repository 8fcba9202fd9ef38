"""Stripe invoice lines and tax amounts; the rules are in `invoicekit_stripe._mapping`.

Every line passes here, so the work per value is kept to what the value needs: amounts are
converted by the invoice's `Amounts` (currency read once), and JSON paths are templates filled
in only for a value that fails.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import msgspec
from invoicekit.plugin import (
    MAX_INTEGER_DIGITS,
    Line,
    TaxSubtotal,
    decimal_ok,
    decimal_problem,
)

from invoicekit_stripe_client.models import (
    DiscountAmount,
    InvoiceLineItem,
    InvoiceTax,
    PretaxCreditAmount,
    TaxAmount,
    TaxRate,
)
from invoicekit_stripe_client.models import Invoice as StripeInvoice

from ._money import Amounts
from ._values import LAST_SECOND, fail, given, last_day, object_id, text, unix_day, utc_day

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


class Tax(msgspec.Struct, frozen=True):
    """One tax amount, whichever API version shaped it (``tax_amounts`` or ``taxes``).

    The amounts are in minor units as decoded (`int`, or `Decimal` when sent so).
    """

    amount: int | Decimal
    taxable_amount: int | Decimal | None
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
_ONE = Decimal(1)
_DIGITS = MAX_INTEGER_DIGITS
#: The VATEX code of the one category whose exemption the reason settles (BT-121).
_EXEMPTION_CODES = {"AE": "VATEX-EU-AE"}


def vat_category(found: Sequence[Tax]) -> str | None:
    """The category every one of ``found`` is in, by its taxability reason; else None."""
    if len(found) == 1:
        return VAT_CATEGORIES.get(found[0].reason or "")
    categories = {VAT_CATEGORIES.get(tax.reason or "") for tax in found}
    return categories.pop() if len(categories) == 1 else None


class TaxRates:
    """The tax rate objects an invoice embeds, by id: percentage and display name.

    Both are read once per rate object; the lookups are one `dict.get` each.
    """

    __slots__ = ("_names", "_percentages")

    def __init__(self, source: StripeInvoice) -> None:
        self._percentages: dict[str, Decimal | None] = {}
        self._names: dict[str, str | None] = {}
        defaults = source.default_tax_rates
        if defaults:
            self._add(defaults, "$.default_tax_rates[{}]")
        for number, item in enumerate(source.lines.data):
            if item.tax_rates:  # an empty list, null and absent have none
                self._add(item.tax_rates, "$.lines.data[{}].tax_rates[{}]", number)

    def _add(self, listed: list[TaxRate], path: str, *at: int) -> None:
        percentages, names = self._percentages, self._names
        for index, rate in enumerate(listed):
            percentage, name = rate.percentage, rate.display_name
            if percentage is None or percentage is msgspec.UNSET:
                percentage = None
            elif not (percentage.same_quantum(_ONE) and percentage.adjusted() < _DIGITS) and (
                not decimal_ok(percentage)  # a whole rate (19) is fine; anything else is checked
            ):
                where = path.format(*at, index)
                raise fail(f"{where}.percentage", str(decimal_problem(percentage)))
            if rate.id:  # an empty id is never looked up (a tax names no rate by it)
                percentages[rate.id] = percentage
                names[rate.id] = (name.strip() or None) if type(name) is str else None

    def percentage(self, rate_id: str | None) -> Decimal | None:
        """The rate in percent (``Decimal("19")``), when the invoice embeds that rate."""
        return self._percentages.get(rate_id) if rate_id is not None else None

    def name(self, rate_id: str | None) -> str | None:
        """The rate's name as customers see it (``"VAT"``), when the invoice embeds it."""
        return self._names.get(rate_id) if rate_id is not None else None


def _from_tax_amount(item: TaxAmount) -> Tax:
    taxable, inclusive, rate = item.taxable_amount, item.inclusive, item.tax_rate
    reason = item.taxability_reason
    # Positional, and null checks inline: every tax amount of every line passes here.
    return Tax(
        item.amount,
        None if taxable is msgspec.UNSET else taxable,
        None if inclusive is msgspec.UNSET else inclusive,
        (rate or None) if type(rate) is str else object_id(rate),
        None if reason is None or reason is msgspec.UNSET else _reason(reason),
    )


def _reason(value: object) -> str | None:
    if value is None or value is msgspec.UNSET:
        return None
    return str.__str__(value) if isinstance(value, str) else str(value)  # str's own: in C


def _from_invoice_tax(item: InvoiceTax) -> Tax:
    behavior = str(item.tax_behavior) if given(item.tax_behavior) else None
    details, taxable = item.tax_rate_details, item.taxable_amount
    return Tax(
        amount=item.amount,
        taxable_amount=None if taxable is msgspec.UNSET else taxable,
        inclusive={"inclusive": True, "exclusive": False}.get(behavior or ""),
        rate_id=text(details.tax_rate) if given(details) else None,
        reason=_reason(item.taxability_reason),
    )


def taxes(
    classic: list[TaxAmount] | msgspec.UnsetType | None,
    current: list[InvoiceTax] | msgspec.UnsetType | None,
    paths: tuple[str, str],
) -> tuple[list[Tax], str] | None:
    """The tax amounts and the path template of their list: ``paths[0]`` (``tax_amounts``,
    before 2025-03-31.basil) or else ``paths[1]`` (``taxes``); ``None`` when the payload has
    neither.
    """
    # The models decode a list as `list` exactly; anything else here is null or absent.
    if type(classic) is list:
        return [_from_tax_amount(item) for item in classic], paths[0]
    if type(current) is list:
        return [_from_invoice_tax(item) for item in current], paths[1]
    return None


def reductions(
    credits: list[PretaxCreditAmount] | msgspec.UnsetType | None,
    discounts: list[DiscountAmount] | msgspec.UnsetType | None,
    paths: tuple[str, str],
) -> tuple[list[int | Decimal], str] | None:
    """Pre-tax reductions (minor units) and the path template of their list: ``paths[0]``
    (``pretax_credit_amounts``, 2024-09-30.acacia and later: discounts and credit grants) or
    else ``paths[1]`` (``discount_amounts``); ``None`` when the payload has neither.
    """
    if type(credits) is list:
        return [item.amount for item in credits], paths[0]
    if type(discounts) is list:
        return [item.amount for item in discounts], paths[1]
    return None


def line_period(item: InvoiceLineItem, path: str, *at: int) -> tuple[dt.date, dt.date]:
    """The first and last (inclusive) UTC day of a line's service period.

    ``path`` is the line's, a template filled with ``at`` only when the period fails.
    """
    start, end = item.period.start, item.period.end
    if type(start) is int and type(end) is int and 0 <= start <= end <= LAST_SECOND:
        return unix_day(start), unix_day(end - 1 if end > start else end)
    where = path.format(*at)
    first = utc_day(start, f"{where}.period.start")
    assert first is not None  # period.start is a required int
    return first, last_day(start, end, f"{where}.period")


def _product_id(item: InvoiceLineItem) -> str | None:
    pricing = item.pricing
    if given(pricing) and given(pricing.price_details):
        return text(pricing.price_details.product)
    return None


def _net(
    item: InvoiceLineItem, line_taxes: list[Tax] | None, amounts: Amounts, index: int
) -> Decimal | None:
    """The line without ``amount_excluding_tax``: ``amount`` without its inclusive taxes, when
    every tax says whether it is inclusive (see "Lines" in the mapping docs)."""
    if line_taxes is None or any(tax.inclusive is None for tax in line_taxes):
        return None  # whether `amount` contains tax is unknown
    inclusive = sum((tax.amount for tax in line_taxes if tax.inclusive), Decimal(0))
    return amounts.major(item.amount - inclusive, "$.lines.data[{}].amount", index)


_LINE_TAXES = ("$.lines.data[{}].tax_amounts", "$.lines.data[{}].taxes")
_LINE_CUTS = ("$.lines.data[{}].pretax_credit_amounts", "$.lines.data[{}].discount_amounts")
_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
_DAY = 86_400
_fromordinal = dt.date.fromordinal
_UNSET = msgspec.UNSET


def _line_taxes(
    item: InvoiceLineItem, index: int, rates: TaxRates, amounts: Amounts
) -> tuple[Decimal | None, Decimal | None, str | None, list[Tax] | None]:
    """A line's tax rate, tax amount, VAT category and its `Tax` list, any shape."""
    found = taxes(item.tax_amounts, item.taxes, _LINE_TAXES)
    if found is None:
        return None, None, None, None
    line_taxes, tax_path = found
    tax_amount = amounts.total([tax.amount for tax in line_taxes], tax_path, index)
    tax_rate = category = None
    if len(line_taxes) == 1:
        only = line_taxes[0]
        tax_rate = rates.percentage(only.rate_id)
        category = VAT_CATEGORIES.get(only.reason) if only.reason is not None else None
    elif line_taxes:
        distinct_rates = {tax.rate_id for tax in line_taxes}
        if len(distinct_rates) == 1:
            tax_rate = rates.percentage(distinct_rates.pop())
        category = vat_category(line_taxes)
    return tax_rate, tax_amount, category, line_taxes


def _line_discount(item: InvoiceLineItem, index: int, amounts: Amounts) -> Decimal | None:
    cut = reductions(item.pretax_credit_amounts, item.discount_amounts, _LINE_CUTS)
    return amounts.total(cut[0], cut[1], index) if cut is not None else None


def _line(item: InvoiceLineItem, index: int, rates: TaxRates, amounts: Amounts) -> Line:
    # Every line of every invoice passes here, so the common shapes are read inline (one
    # classic tax amount beside amount_excluding_tax, one discount amount, a period of two
    # timestamps, a price whose product is an id, an integer quantity); the helpers above take
    # any other shape, and word the errors. The paths name the same places either way.
    classic, net = item.tax_amounts, item.amount_excluding_tax
    if type(classic) is list and len(classic) == 1 and net is not None and net is not _UNSET:
        only = classic[0]
        tax_amount = amounts.major(only.amount, "$.lines.data[{}].tax_amounts[0].amount", index)
        rate, reason = only.tax_rate, only.taxability_reason
        tax_rate = rates.percentage((rate or None) if type(rate) is str else object_id(rate))
        category = None if reason is None or reason is _UNSET else VAT_CATEGORIES.get(str(reason))
        line_taxes = None  # only _net reads them, and the line states its net
    else:
        tax_rate, tax_amount, category, line_taxes = _line_taxes(item, index, rates, amounts)
    start, end = item.period.start, item.period.end
    if type(start) is int and type(end) is int and 0 <= start <= end <= LAST_SECOND:
        first = _fromordinal(_EPOCH_ORDINAL + start // _DAY)
        last = _fromordinal(_EPOCH_ORDINAL + (end - 1 if end > start else end) // _DAY)
    else:
        first, last = line_period(item, "$.lines.data[{}]", index)
    price = item.price
    product = price.product if price else None
    if type(product) is not str:  # an expanded product, or none: then basil's pricing
        absent = product is None or product is _UNSET
        product = _product_id(item) if absent else object_id(product)
    quantity, count = item.quantity_decimal, item.quantity
    if quantity is _UNSET:
        quantity = None
    if quantity is None and count is not None and count is not _UNSET:
        quantity = Decimal(count)
    if quantity is not None and not decimal_ok(quantity):
        # Word it here, at the line's path, rather than leave it to the model's backstop at `$`.
        field = "quantity_decimal" if item.quantity_decimal is quantity else "quantity"
        raise fail(
            f"$.lines.data[{index}].{field}",
            decimal_problem(quantity) or "not a usable quantity",
        )
    description, discounts = item.description, item.discount_amounts
    return Line(
        id=item.id,
        description=(description.strip() or None) if type(description) is str else None,
        product_id=product or None,
        quantity=quantity,
        unit_price=amounts.unit(
            item.unit_amount_excluding_tax, "$.lines.data[{}].unit_amount_excluding_tax", index
        ),
        discount_amount=amounts.major(
            discounts[0].amount, "$.lines.data[{}].discount_amounts[0].amount", index
        )
        if type(discounts) is list
        and len(discounts) == 1
        and type(item.pretax_credit_amounts) is not list
        else _line_discount(item, index, amounts),
        net_amount=_net(item, line_taxes, amounts, index)
        if net is None or net is _UNSET
        else amounts.major(net, "$.lines.data[{}].amount_excluding_tax", index),
        tax_rate=tax_rate,
        tax_amount=tax_amount,
        period_start=first,
        period_end=last,
        vat_category=category,
    )


def lines(source: StripeInvoice, rates: TaxRates, amounts: Amounts) -> tuple[Line, ...]:
    """The embedded lines (``lines.data``), in Stripe's order."""
    return tuple(
        [_line(item, index, rates, amounts) for index, item in enumerate(source.lines.data)]
    )


def tax_breakdown(
    found: tuple[Sequence[Tax], str] | None, rates: TaxRates, amounts: Amounts
) -> tuple[TaxSubtotal, ...]:
    """One `TaxSubtotal` per invoice-level tax amount (Stripe aggregates them per tax rate)."""
    if found is None:
        return ()
    items, path = found
    taxable_path, amount_path = path + "[{}].taxable_amount", path + "[{}].amount"
    subtotals = []
    for index, tax in enumerate(items):
        category = VAT_CATEGORIES.get(tax.reason) if tax.reason is not None else None
        subtotals.append(
            TaxSubtotal(
                rate=rates.percentage(tax.rate_id),
                taxable_amount=amounts.major(tax.taxable_amount, taxable_path, index),
                tax_amount=amounts.major(tax.amount, amount_path, index),
                name=rates.name(tax.rate_id),
                category=category,
                exemption_reason_code=_EXEMPTION_CODES.get(category) if category else None,
            )
        )
    return tuple(subtotals)
