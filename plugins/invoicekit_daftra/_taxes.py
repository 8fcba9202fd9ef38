"""Daftra's taxes on an invoice: each line's rate, the breakdown per tax, inclusiveness.

A line names up to two taxes by id (``tax1``, ``tax2``; null or 0: none) and states what each
came to (``summary_tax1``, ``summary_tax2``); the rate, name and inclusiveness live in the
account's tax records (`invoicekit_daftra._account`). Without those records (`normalize`
without the ``taxes`` option) nothing here is filled, as before.

Line.tax_rate
    The ``value`` of the line's one tax when the account lists it. None for a line with two
    taxes (no single rate; whether Daftra compounds them is undocumented), with none, or with
    a tax id the account does not list (such as the seed page's ``tax1: 20``, an amount).

tax_breakdown
    One entry per tax id, in the order the lines first name them: rate and name from the
    record (None for an unknown id), tax_amount = the sum of that tax's ``summary_taxN`` over
    the lines (None when one is missing, and for every entry when ``shipping_amount`` is not
    zero: shipping can carry a tax of its own, ``shipping_tax_id``, that no line states).
    taxable_amount only where it is exact: an exclusive tax (``included`` 0/null), every line
    that carries it carries no other tax and states its ``subtotal``, and the document has no
    discount at all (``summary_discount`` stated as 0), so each subtotal is exactly what the
    tax was charged on. Otherwise None: an invoice discount is spread over the lines in a way
    Daftra does not document, and an inclusive price's subtotal may or may not hold the tax.

prices_include_tax
    True or False when every taxed line's taxes are known and agree on ``included``; None
    when no line is taxed, a tax is unknown or its ``included`` is not stated, or they differ.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from invoicekit.plugin import Line, TaxSubtotal, present
from invoicekit_daftra_client.models import Invoice as DaftraInvoice
from invoicekit_daftra_client.models import InvoiceItem

from ._account import Tax
from ._values import add, amount, oversized

__all__ = ["breakdown", "line_rate", "tax_ids"]

_SLOTS = (("tax1", "summary_tax1"), ("tax2", "summary_tax2"))


def tax_ids(item: InvoiceItem) -> tuple[tuple[int, str], ...]:
    """The line's taxes as (id, amount field), in slot order; null and 0 mean no tax."""
    found = []
    for id_field, amount_field in _SLOTS:
        tax_id = present(getattr(item, id_field))
        if tax_id:
            found.append((tax_id, amount_field))
    return tuple(found)


def line_rate(item: InvoiceItem, taxes: dict[int, Tax] | None) -> Decimal | None:
    """The rate of the line's one tax, when the account lists it (see the module docstring)."""
    if taxes is None:
        return None
    ids = tax_ids(item)
    if len(ids) != 1:
        return None
    tax = taxes.get(ids[0][0])
    return None if tax is None else tax.rate


class _Sum:
    """What the lines say about one tax, gathered in one pass."""

    __slots__ = ("amounts", "nets")

    def __init__(self) -> None:
        self.amounts: list[Decimal] | None = []
        self.nets: list[Decimal] | None = []


def _gather(items: Sequence[InvoiceItem], lines: Sequence[Line], at: str) -> dict[int, _Sum]:
    sums: dict[int, _Sum] = {}
    for index, (item, line) in enumerate(zip(items, lines, strict=True)):
        ids = tax_ids(item)
        for tax_id, amount_field in ids:
            entry = sums.setdefault(tax_id, _Sum())
            value = present(getattr(item, amount_field))  # checked (`_checks`) but for size
            if value is None or entry.amounts is None:
                entry.amounts = None
            else:
                # `Invoice` sees the sum over the lines, which may hide an oversized amount.
                if oversized(value):
                    amount(value, at, index, amount_field)
                entry.amounts.append(value)
            if len(ids) != 1 or line.net_amount is None or entry.nets is None:
                entry.nets = None
            else:
                entry.nets.append(line.net_amount)
    return sums


def _agreed(flags: set[bool | None]) -> bool | None:
    return flags.pop() if len(flags) == 1 else None


def breakdown(
    header: DaftraInvoice,
    items: Sequence[InvoiceItem],
    lines: Sequence[Line],
    taxes: dict[int, Tax] | None,
    *,
    items_path: str,
) -> tuple[tuple[TaxSubtotal, ...], bool | None]:
    """The tax breakdown and ``prices_include_tax`` (rules in the module docstring)."""
    if taxes is None or not items:
        return (), None
    sums = _gather(items, lines, items_path)
    if not sums:
        return (), None
    shipping, discount = header.shipping_amount, present(header.summary_discount)
    undiscounted = discount is not None and not discount
    entries = []
    flags: set[bool | None] = set()
    for tax_id, entry in sums.items():
        tax = taxes.get(tax_id)
        flags.add(None if tax is None else tax.included)
        tax_amount = None
        if entry.amounts is not None and not shipping:
            tax_amount = add((Decimal(0), *entry.amounts), items_path, "summary_tax1")
        taxable = None
        if tax is not None and tax.included is False and undiscounted and entry.nets:
            taxable = add(entry.nets, items_path, "subtotal")
        entries.append(
            TaxSubtotal(
                rate=None if tax is None else tax.rate,
                name=None if tax is None else tax.name,
                tax_amount=tax_amount,
                taxable_amount=taxable,
            )
        )
    return tuple(entries), _agreed(flags)
