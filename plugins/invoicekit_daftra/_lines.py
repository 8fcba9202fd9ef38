"""Daftra ``InvoiceItem`` and ``InvoicePayment`` records as invoicekit lines and payments.

The decisions behind each field are listed in the `invoicekit_daftra._mapping` docstring. The
amounts read here have passed `invoicekit_daftra._checks` first, so each is read as it is.
"""

from __future__ import annotations

import re
from decimal import Decimal

import msgspec

from invoicekit.plugin import EXACT, Line, Payment, PaymentStatus, text
from invoicekit_daftra_client.models import InvoiceItem, InvoicePayment

from . import _codes, _taxes
from ._account import Tax
from ._values import Where, add, amount, business_date, code, multiply, oversized

__all__ = ["PERCENTAGE", "line", "line_tax", "paid_by_payments", "payment"]

#: ``discount_type`` of a percentage discount (2 is an absolute amount).
PERCENTAGE = 1
_ABSOLUTE = 2
_CURRENCY = re.compile(r"[A-Z]{3}")
_UNSET = msgspec.UNSET
_add = EXACT.add
_ZERO = Decimal(0)


def line_tax(item: InvoiceItem) -> tuple[bool, Decimal | None, Decimal | None]:
    """Whether the line's tax is known, and its ``summary_tax1``/``summary_tax2``.

    Only the amounts count (``tax1``/``tax2`` are tax ids); a tax whose id is set (not null,
    not 0) but whose amount is missing makes the line's tax unknown.
    """
    first, second = item.summary_tax1, item.summary_tax2
    if first is None or first is _UNSET:
        first = None
        if item.tax1:
            return False, None, None
    if second is None or second is _UNSET:
        second = None
        if item.tax2:
            return False, first, None
    return True, first, second


def _discount(
    item: InvoiceItem, unit_price: Decimal | None, quantity: Decimal | None, *where: Where
) -> Decimal | None:
    """The discount amount when Daftra sent no ``calculated_discount``: ``discount`` per its
    type."""
    discount = item.discount
    if discount is None or discount is _UNSET:
        return None  # absent stays unknown
    if not discount:
        return discount  # a stated zero is no discount, whatever the type
    if oversized(discount):  # `Invoice` sees a product or nothing, not the discount itself
        amount(discount, *where, "discount")
    kind = item.discount_type
    if kind == _ABSOLUTE:
        return discount
    if kind == PERCENTAGE and unit_price is not None and quantity is not None:
        # A percentage of unit_price x quantity; shifting by -2 divides by 100 exactly.
        return multiply((unit_price, quantity, discount), -2, *where, "discount")
    return None


def line(item: InvoiceItem, at: str, index: int, taxes: dict[int, Tax] | None = None) -> Line:
    """The ``InvoiceItem`` at ``at[index]`` as a `Line`; ``taxes`` (the account's, when
    known) give its rate (`invoicekit_daftra._taxes`)."""
    unit_price, quantity = item.unit_price, item.quantity
    if unit_price is _UNSET:
        unit_price = None
    if quantity is _UNSET:
        quantity = None
    discount = item.calculated_discount
    if discount is None or discount is _UNSET:
        discount = _discount(item, unit_price, quantity, at, index)
    known, first, second = line_tax(item)
    tax = None
    if known:
        tax = first if second is None else second
        if first is not None and second is not None:
            # `Invoice` sees their sum, which may hide an oversized pair, not each of them.
            if oversized(first) or oversized(second):
                amount(first, at, index, "summary_tax1")
                amount(second, at, index, "summary_tax2")
            # Summed from zero, as `_values.add` sums; two amounts within the bounds always
            # add up exactly, so an error needs no path here.
            tax = _add(_add(_ZERO, first), second)
    net, gross, product = item.subtotal, item.total, item.product_id
    return Line(
        id=str(item.id),
        name=text(item.item),
        description=text(item.description),
        product_id=None if product is None or product is _UNSET else str(product),
        quantity=quantity,
        unit_price=unit_price,
        discount_amount=discount,
        net_amount=None if net is _UNSET else net,
        tax_rate=None if taxes is None else _taxes.line_rate(item, taxes),
        tax_amount=tax,
        gross_amount=None if gross is _UNSET else gross,
    )


def payment(record: InvoicePayment, at: str, index: int) -> Payment:
    """The ``InvoicePayment`` at ``at[index]`` as a `Payment`."""
    status, status_raw = _codes.payment_status(record.status)
    paid, day, currency = record.amount, record.date, record.currency_code
    # Absent (UNSET) and null are falsy: no call for them.
    return Payment(
        id=str(record.id),
        date=business_date(day, at, index, "date") if day else None,
        amount=None if paid is _UNSET else paid,
        currency=(currency if currency in _CURRENCIES else _currency(currency, at, index))
        if currency
        else None,
        method=text(record.payment_method),
        reference=text(record.transaction_id),
        status=status,
        status_raw=status_raw,
    )


# The payment currencies that matched once: an invoice's payments, and a listing's, repeat
# one or two, and each check is a call and a regular expression. Bounded: only codes that
# matched are kept.
_CURRENCIES: set[str] = set()


def _currency(value: str, at: str, index: int) -> str | None:
    found = code(value, _CURRENCY, "an ISO 4217 code", at, index, "currency_code")
    if found is not None and len(_CURRENCIES) < 256:
        _CURRENCIES.add(found)
    return found


def paid_by_payments(payments: tuple[Payment, ...] | None, *where: Where) -> Decimal | None:
    """The sum of the completed payments, when every payment's status and amount is known.

    ``None`` when the payments were not sent at all, or when any payment could count or not
    (unknown status, or a completed payment without an amount): a partial sum would be wrong.
    """
    if payments is None:
        return None
    completed: list[Decimal] = []
    for record in payments:
        if record.status is PaymentStatus.UNKNOWN:
            return None
        if record.status is PaymentStatus.COMPLETED:
            if record.amount is None:
                return None
            completed.append(record.amount)
    return add((_ZERO, *completed), *where)
