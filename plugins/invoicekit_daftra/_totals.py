"""The document totals of a Daftra invoice: the stated ``summary_*`` amounts, and the few
that are derived when every input is given.

The rules, and why ``summary_subtotal`` is read as the subtotal before the document discount,
are in the `invoicekit_daftra._mapping` docstring.
"""

from __future__ import annotations

from decimal import Decimal

from invoicekit.plugin import Line, Payment, Totals
from invoicekit_daftra_client.models import Invoice as DaftraInvoice

from . import _lines
from ._values import add, amount, subtract

__all__ = ["totals"]


def _tax(
    lines: tuple[Line, ...], gross: Decimal | None, net: Decimal | None, at: str
) -> Decimal | None:
    line_taxes = [line.tax_amount for line in lines]
    if line_taxes and all(tax is not None for tax in line_taxes):
        return add(f"{at}.InvoiceItem", *[tax for tax in line_taxes if tax is not None])
    if gross is not None and net is not None:
        return subtract(f"{at}.summary_total", gross, net)
    return None


def totals(
    header: DaftraInvoice,
    lines: tuple[Line, ...],
    payments: tuple[Payment, ...] | None,
    at: str,
    payments_path: str,
) -> Totals:
    """The document totals of ``header`` at JSON path ``at`` (rules in `_mapping`)."""
    gross = amount(header.summary_total, f"{at}.summary_total")
    if gross is None:
        gross = amount(header.total, f"{at}.total")
    line_net = amount(header.summary_subtotal, f"{at}.summary_subtotal")
    discount = amount(header.summary_discount, f"{at}.summary_discount")
    charges = amount(header.shipping_amount, f"{at}.shipping_amount")
    adjustment = amount(header.adjustment_value, f"{at}.adjustment_value")
    net = None
    if line_net is not None and discount is not None and not charges and not adjustment:
        net = subtract(f"{at}.summary_subtotal", line_net, discount)
    paid = amount(header.summary_paid, f"{at}.summary_paid")
    if paid is None:
        paid = _lines.paid_by_payments(payments, payments_path)
    due = amount(header.summary_unpaid, f"{at}.summary_unpaid")
    if due is None and gross is not None and paid is not None:
        due = subtract(f"{at}.summary_total", gross, paid)
    return Totals(
        line_net=line_net,
        discount=discount,
        charges=charges,
        net=net,
        tax=_tax(lines, gross, net, at),
        gross=gross,
        paid=paid,
        due=due,
    )
