"""Daftra ``InvoiceItem`` and ``InvoicePayment`` records as invoicekit lines and payments.

The decisions behind each field are listed in the `invoicekit_daftra._mapping` docstring.
"""

from __future__ import annotations

from decimal import Decimal

import msgspec

from invoicekit.plugin import Line, Payment, PaymentStatus, present
from invoicekit_daftra_client.models import InvoiceItem, InvoicePayment

from . import _codes, _taxes
from ._account import Tax
from ._values import add, amount, business_date, code, multiply, text

__all__ = ["line", "paid_by_payments", "payment"]

_PERCENTAGE = 1
_ABSOLUTE = 2
_CURRENCY = r"[A-Z]{3}"


def _identifier(value: int | msgspec.UnsetType | None) -> str | None:
    found = present(value)
    return None if found is None else str(found)


def _line_tax(item: InvoiceItem, path: str) -> Decimal | None:
    """``summary_tax1 + summary_tax2``: only the amounts count (``tax1``/``tax2`` are tax ids).

    A tax whose id is set but whose amount is missing makes the line's tax unknown.
    """
    parts: list[Decimal] = []
    for tax_id, field in ((item.tax1, "summary_tax1"), (item.tax2, "summary_tax2")):
        value = amount(getattr(item, field), f"{path}.{field}")
        if value is not None:
            parts.append(value)
        elif present(tax_id):
            return None
    return add(f"{path}.summary_tax1", *parts) if parts else None


def _line_discount(
    item: InvoiceItem, unit_price: Decimal | None, quantity: Decimal | None, path: str
) -> Decimal | None:
    """The discount amount: Daftra's ``calculated_discount``, else ``discount`` per its type."""
    calculated = amount(item.calculated_discount, f"{path}.calculated_discount")
    if calculated is not None:
        return calculated
    discount = amount(item.discount, f"{path}.discount")
    if discount is None or not discount:
        return discount  # absent stays unknown; a stated zero is no discount, whatever the type
    kind = present(item.discount_type)
    if kind == _ABSOLUTE:
        return discount
    if kind == _PERCENTAGE and unit_price is not None and quantity is not None:
        # A percentage of unit_price x quantity; shifting by -2 divides by 100 exactly.
        return multiply(f"{path}.discount", unit_price, quantity, discount, shift=-2)
    return None


def line(item: InvoiceItem, path: str, taxes: dict[int, Tax] | None = None) -> Line:
    """One ``InvoiceItem`` (at JSON path ``path``) as a `Line`; ``taxes`` (the account's, when
    known) give its rate (`invoicekit_daftra._taxes`)."""
    unit_price = amount(item.unit_price, f"{path}.unit_price")
    quantity = amount(item.quantity, f"{path}.quantity")
    return Line(
        id=str(item.id),
        name=text(item.item),
        description=text(item.description),
        product_id=_identifier(item.product_id),
        quantity=quantity,
        unit_price=unit_price,
        discount_amount=_line_discount(item, unit_price, quantity, path),
        net_amount=amount(item.subtotal, f"{path}.subtotal"),
        tax_rate=_taxes.line_rate(item, taxes),
        tax_amount=_line_tax(item, path),
        gross_amount=amount(item.total, f"{path}.total"),
    )


def payment(record: InvoicePayment, path: str) -> Payment:
    """One ``InvoicePayment`` (at JSON path ``path``) as a `Payment`."""
    status, status_raw = _codes.payment_status(record.status)
    return Payment(
        id=str(record.id),
        date=business_date(record.date, f"{path}.date"),
        amount=amount(record.amount, f"{path}.amount"),
        currency=code(record.currency_code, f"{path}.currency_code", _CURRENCY, "an ISO 4217 code"),
        method=text(record.payment_method),
        reference=text(record.transaction_id),
        status=status,
        status_raw=status_raw,
    )


def paid_by_payments(payments: tuple[Payment, ...] | None, path: str) -> Decimal | None:
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
    return add(path, Decimal(0), *completed)
