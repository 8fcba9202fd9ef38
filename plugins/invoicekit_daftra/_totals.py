"""The document totals of a Daftra invoice: the stated ``summary_*`` amounts, and the few
that are derived when every input is given.

The rules, and why ``summary_subtotal`` is read as the subtotal before the document discount,
are in the `invoicekit_daftra._mapping` docstring. The amounts read here have passed
`invoicekit_daftra._checks` first, so each is read as it is.
"""

from __future__ import annotations

from operator import attrgetter

import msgspec

from invoicekit.plugin import Line, Payment, Totals, present
from invoicekit_daftra_client.models import Invoice as DaftraInvoice

from . import _lines
from ._values import add, subtract

__all__ = ["totals"]

_UNSET = msgspec.UNSET
_AMOUNTS = attrgetter(
    "summary_total",
    "summary_subtotal",
    "summary_discount",
    "shipping_amount",
    "summary_paid",
    "summary_unpaid",
)


def totals(
    header: DaftraInvoice,
    lines: tuple[Line, ...],
    payments: tuple[Payment, ...] | None,
    at: str,
    payments_path: str,
) -> Totals:
    """The document totals of ``header`` at JSON path ``at`` (rules in `_mapping`)."""
    # Read as decoded (an absent key is UNSET); `_checks` has checked each of them.
    gross, line_net, discount, charges, paid, due = _AMOUNTS(header)
    if gross is None or gross is _UNSET:
        gross = present(header.total)
    line_net = None if line_net is _UNSET else line_net
    discount = None if discount is _UNSET else discount
    charges = None if charges is _UNSET else charges
    net = None
    adjusted = header.adjustment_value  # UNSET, like None and zero, is false
    if line_net is not None and discount is not None and not charges and not adjusted:
        net = subtract(line_net, discount, at, "summary_subtotal")
    if paid is None or paid is _UNSET:
        paid = _lines.paid_by_payments(payments, payments_path)
    if due is None or due is _UNSET:
        due = None
        if gross is not None and paid is not None:
            due = subtract(gross, paid, at, "summary_total")
    # Tax: the lines' taxes when every line states one, else gross - net.
    line_taxes = [line.tax_amount for line in lines]
    tax = None
    if line_taxes and None not in line_taxes:
        tax = add(line_taxes, at, "InvoiceItem")  # type: ignore[arg-type]  # no None: checked
    elif gross is not None and net is not None:
        tax = subtract(gross, net, at, "summary_total")
    return Totals(
        line_net=line_net,
        discount=discount,
        charges=charges,
        net=net,
        tax=tax,
        gross=gross,
        paid=paid,
        due=due,
    )
