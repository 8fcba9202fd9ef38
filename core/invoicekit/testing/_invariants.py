"""Invariants that hold where a vendor states the parts of a sum, and the scale of its numbers.

`check_invoice` checks what every invoice must satisfy. These checks go further, and only
where the invoice itself carries the parts: a line's gross beside its net and tax, payments
beside the paid total, a status beside the totals it summarizes. `scale_problems` compares the
invoice's amounts with the numbers the vendor wrote, so that ``10.00`` never becomes ``10``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import Any

import msgspec

from invoicekit import Invoice, InvoiceKind, InvoiceStatus, PaymentStatus
from invoicekit.testing._checks import amounts

__all__ = ["check_parts", "check_stated_parts", "check_status", "scale_problems", "written_numbers"]

_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?")
#: Payments that moved money: a pending or failed one is not (yet) part of ``totals.paid``.
_SETTLED = frozenset({PaymentStatus.COMPLETED, PaymentStatus.UNKNOWN})


def _lines(invoice: Invoice) -> Iterator[str]:
    for index, line in enumerate(invoice.lines):
        net, tax, gross = line.net_amount, line.tax_amount, line.gross_amount
        if net is not None and tax is not None and gross is not None and gross != net + tax:
            yield f"lines[{index}]: gross {gross} != net {net} + tax {tax}"


def _payments(invoice: Invoice) -> Iterator[str]:
    paid = invoice.totals.paid
    settled = [p for p in invoice.payments if p.status in _SETTLED and p.amount is not None]
    foreign = any(p.currency not in (None, invoice.currency) for p in settled)
    if paid is None or not settled or foreign:
        return
    total = sum((p.amount for p in settled if p.amount is not None), Decimal(0))
    if total != paid:
        yield f"payments sum to {total}, not totals.paid {paid}"


def _status(invoice: Invoice) -> Iterator[str]:
    status, totals = invoice.status, invoice.totals
    gross, paid, due = totals.gross, totals.paid, totals.due
    if invoice.kind is not InvoiceKind.INVOICE or gross is None or gross <= 0:
        return  # credit notes and zero invoices have no single reading of "paid"
    if status is InvoiceStatus.PAID and due is not None and due > 0:
        yield f"status paid, but {due} is still due"
    if status is InvoiceStatus.OPEN and paid is not None and paid > 0:
        yield f"status open (nothing paid), but {paid} is paid"
    if status is InvoiceStatus.PARTIALLY_PAID and paid is not None and not 0 < paid < gross:
        yield f"status partially_paid, but paid {paid} of gross {gross}"
    if status is InvoiceStatus.OVERPAID and paid is not None and paid <= gross:
        yield f"status overpaid, but paid {paid} of gross {gross}"


def check_parts(invoice: Invoice) -> list[str]:
    """Lines whose gross is not net + tax, and settled payments that do not sum to paid."""
    return [*_lines(invoice), *_payments(invoice)]


def check_status(invoice: Invoice) -> list[str]:
    """Where the status of an invoice with a positive gross contradicts its totals."""
    return list(_status(invoice))


def check_stated_parts(invoice: Invoice) -> list[str]:
    """Every inconsistency between an invoice's sums and the parts it states beside them.

    A line with net, tax and gross has ``gross == net + tax``; the settled payments (completed
    or of unknown status, in the invoice's currency) sum to ``totals.paid``; the status agrees
    with the totals of an invoice with a positive gross (``paid`` leaves nothing due, ``open``
    has nothing paid, ``partially_paid`` paid some but not all, ``overpaid`` more than all).
    """
    return [*_lines(invoice), *_payments(invoice), *_status(invoice)]


def _as_decimal(text: str) -> Decimal | None:
    if not _NUMBER.fullmatch(text):
        return None
    try:
        return Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
        return None


def written_numbers(tree: Any) -> dict[Decimal, set[int]]:
    """Each number written in a `decode_exact` tree (JSON numbers and numeric strings), by
    value, with the exponents (``-2`` for ``10.00``) it is written with."""
    found: dict[Decimal, set[int]] = defaultdict(set)
    pending = [tree]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            pending += item.values()
        elif isinstance(item, list):
            pending += item
        elif isinstance(item, msgspec.Raw | str) and not isinstance(item, bool):
            number = _as_decimal(bytes(item).decode() if isinstance(item, msgspec.Raw) else item)
            if number is not None and number.is_finite():
                found[number].add(int(number.as_tuple().exponent))
        elif isinstance(item, int) and not isinstance(item, bool):
            found[Decimal(item)].add(0)
    return found


def scale_problems(invoice: Invoice, tree: Any) -> list[str]:
    """Amounts of ``invoice`` written with fewer decimals than the vendor wrote that value.

    ``tree`` is the payload as `decode_exact` reads it. An amount whose value the payload
    writes only as ``12.50`` must not come out as ``12.5``: exact amounts keep their scale.
    Values the payload does not write (sums, computed taxes) are not checked.
    """
    written = written_numbers(tree)
    problems = []
    for path, value in amounts(invoice):
        if not isinstance(value, Decimal) or not value.is_finite() or value not in written:
            continue
        exponents = written[value]
        if int(value.as_tuple().exponent) > max(exponents):
            shown = ", ".join(str(value.quantize(Decimal(1).scaleb(e))) for e in sorted(exponents))
            problems.append(f"{path} is {value}, but the payload writes {shown}: scale lost")
    return problems
