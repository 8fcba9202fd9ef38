"""The amounts of one Daftra document, checked once before it is mapped.

The mapping (`invoicekit_daftra._mapping`, `_lines`, `_totals`, `_taxes`) reads every amount
as msgspec decoded it. This module is what makes that safe, in three parts:

- `usable` passes the whole document through `_values.usable` (one pass in C): every amount
  the mapping may read is finite and has at most the places `_values.amount` allows.
- Their sizes are checked where they end up: `Invoice` refuses any decimal it holds with too
  many digits before the point, and the amounts it does not hold (those that go to ``extra``
  or only into a sum or product) are asked `_values.oversized` where the mapping uses them.
- `check` checks the amounts the mapping reads one by one, in the order it reads them, so that
  the error names the first unusable amount's JSON path: when `usable` fails, and when mapping
  the document fails after it passed (an oversized amount, or any other error, which is
  raised as it is when every amount is usable). Fields the mapping never reads are never an
  error.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter

from invoicekit_daftra_client.models import Invoice as DaftraInvoice
from invoicekit_daftra_client.models import InvoiceItem, InvoicePayment

from ._values import amount
from ._values import usable as _usable

__all__ = ["check", "usable"]

_TOTALS = (
    "summary_subtotal",
    "summary_discount",
    "shipping_amount",
    "adjustment_value",
    "summary_paid",
    "summary_unpaid",
)
_EXTRA = ("discount", "discount_amount", "summary_deposit", "summary_refund", "adjustment_value")
_LINE = (
    "unit_price",
    "quantity",
    "calculated_discount",
    "discount",
    "subtotal",
    "summary_tax1",
    "summary_tax2",
    "total",
)
# Every amount the mapping may read, by record (a superset of what one document reads).
_HEADER_AMOUNTS = attrgetter("summary_total", "total", *_TOTALS, *_EXTRA[:-1])  # no repeat
_LINE_AMOUNTS = attrgetter(*_LINE)
_PAYMENT_AMOUNT = attrgetter("amount")


def usable(
    header: DaftraInvoice, items: Sequence[InvoiceItem], records: Sequence[InvoicePayment]
) -> bool:
    """Whether every amount of the document that the mapping may read is finite and has no
    more places than allowed (`_values.usable`); False says only "`check` them"."""
    # One list, extended in place: cheaper than chaining iterators over the records.
    amounts = [*_HEADER_AMOUNTS(header)]
    for item in items:
        amounts += _LINE_AMOUNTS(item)
    amounts += map(_PAYMENT_AMOUNT, records)
    return _usable(amounts)


def check(
    header: DaftraInvoice,
    items: Sequence[InvoiceItem],
    records: Sequence[InvoicePayment],
    paths: tuple[str, str, str],
    taxes: object,
) -> None:
    """Raise `NormalizationError` at the first amount of the document that the mapping reads
    and that is not usable (`_values.amount`). ``paths`` are the JSON paths of the header, its
    lines and its payments; ``taxes`` (the account's, or None) not None says that the taxes'
    own amounts are read too (`_taxes`)."""
    at, items_path, payments_path = paths
    for index, item in enumerate(items):
        _check_line(item, items_path, index)
    if taxes is not None:
        for index, item in enumerate(items):
            for tax_id, field in ((item.tax1, "summary_tax1"), (item.tax2, "summary_tax2")):
                if tax_id:
                    amount(getattr(item, field), items_path, index, field)
    for index, record in enumerate(records):
        amount(record.amount, payments_path, index, "amount")
    if amount(header.summary_total, at, "summary_total") is None:
        amount(header.total, at, "total")
    for field in (*_TOTALS, *_EXTRA):
        amount(getattr(header, field), at, field)


def _check_line(item: InvoiceItem, at: str, index: int) -> None:
    for field in ("unit_price", "quantity"):
        amount(getattr(item, field), at, index, field)
    if amount(item.calculated_discount, at, index, "calculated_discount") is None:
        amount(item.discount, at, index, "discount")
    amount(item.subtotal, at, index, "subtotal")
    # A tax id without its amount makes the line's tax unknown: the second is not read then.
    if amount(item.summary_tax1, at, index, "summary_tax1") is not None or not item.tax1:
        amount(item.summary_tax2, at, index, "summary_tax2")
    amount(item.total, at, index, "total")
