"""Invariants every normalized invoice must satisfy, whatever its vendor.

Each check returns human-readable problems instead of raising, so a conformance report can list
them all at once; `assert_conformant` turns a non-empty list into one assertion error.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import msgspec

from invoicekit import Invoice, from_json, to_json
from invoicekit._iso4217 import CURRENCY_CODES

__all__ = ["amounts", "assert_conformant", "check_invoice"]


def amounts(invoice: Invoice) -> Iterator[tuple[str, Any]]:
    """Every money field of the invoice as (dotted path, value), including ``None``s."""
    for field in msgspec.structs.fields(invoice.totals):
        yield f"totals.{field.name}", getattr(invoice.totals, field.name)
    for index, line in enumerate(invoice.lines):
        for name in (
            "quantity",
            "unit_price",
            "net_amount",
            "tax_amount",
            "gross_amount",
            "discount_amount",
            "tax_rate",
        ):
            yield f"lines[{index}].{name}", getattr(line, name)
    for index, payment in enumerate(invoice.payments):
        yield f"payments[{index}].amount", payment.amount
    for index, subtotal in enumerate(invoice.tax_breakdown):
        for name in ("rate", "taxable_amount", "tax_amount"):
            yield f"tax_breakdown[{index}].{name}", getattr(subtotal, name)


def _check_types(invoice: Invoice) -> Iterator[str]:
    for path, value in amounts(invoice):
        if value is not None and not isinstance(value, Decimal):
            yield f"{path} is a {type(value).__name__}, not a Decimal: {value!r}"
        elif isinstance(value, Decimal) and not value.is_finite():
            yield f"{path} is not a finite number: {value!r}"


def _check_totals(invoice: Invoice) -> Iterator[str]:
    totals = invoice.totals
    net, tax, gross, paid, due = totals.net, totals.tax, totals.gross, totals.paid, totals.due
    if gross is not None and net is not None and tax is not None and gross != net + tax:
        yield f"gross {gross} != net {net} + tax {tax}"
    if due is not None and gross is not None and paid is not None and due != gross - paid:
        yield f"due {due} != gross {gross} - paid {paid}"
    line_nets = [line.net_amount for line in invoice.lines if line.net_amount is not None]
    complete = bool(line_nets) and len(line_nets) == len(invoice.lines)
    no_allowances = not totals.discount and not totals.charges
    if net is not None and complete and no_allowances and sum(line_nets, Decimal(0)) != net:
        yield f"lines' net amounts sum to {sum(line_nets, Decimal(0))}, not net {net}"


def _check_dates(invoice: Invoice, *, due_before_issue_allowed: bool) -> Iterator[str]:
    if invoice.period_start and invoice.period_end and invoice.period_start > invoice.period_end:
        yield f"period_start {invoice.period_start} is after period_end {invoice.period_end}"
    if (
        not due_before_issue_allowed
        and invoice.issue_date
        and invoice.due_date
        and invoice.issue_date > invoice.due_date
    ):
        yield f"issue_date {invoice.issue_date} is after due_date {invoice.due_date}"
    for index, line in enumerate(invoice.lines):
        if line.period_start and line.period_end and line.period_start > line.period_end:
            yield f"lines[{index}] period starts after it ends"
    for name in ("created_at", "updated_at"):
        instant = getattr(invoice, name)
        if instant is not None and instant.utcoffset() is None:
            yield f"{name} is a naive datetime"


def _check_round_trip(invoice: Invoice) -> Iterator[str]:
    try:
        msgspec.json.decode(invoice.raw)
    except msgspec.DecodeError as exc:
        yield f"raw is not valid JSON: {exc}"
    if from_json(to_json(invoice)) != invoice:
        yield "to_json/from_json does not round-trip"
    extra = msgspec.json.decode(msgspec.json.encode(invoice.extra))
    if extra != invoice.extra:
        yield "extra does not round-trip through JSON (floats, tuples or non-str keys?)"


def check_invoice(invoice: Invoice, *, due_before_issue_allowed: bool = False) -> list[str]:
    """Every problem with one normalized invoice; an empty list means it conforms.

    Checks: amounts are `Decimal` (never float); totals are consistent where known
    (``gross == net + tax``, ``due == gross - paid``, line net amounts sum to ``net`` when there
    are no document-level allowances or charges); the currency is an ISO 4217 code; periods and
    dates are in order (``issue_date <= due_date`` unless the vendor documents otherwise); instants
    are aware; ``raw``, ``extra`` and the whole invoice round-trip through JSON.
    """
    problems = [*_check_types(invoice)]
    if not problems:
        problems += _check_totals(invoice)
    if invoice.currency is not None and invoice.currency not in CURRENCY_CODES:
        problems.append(f"currency {invoice.currency!r} is not an ISO 4217 code")
    problems += _check_dates(invoice, due_before_issue_allowed=due_before_issue_allowed)
    problems += _check_round_trip(invoice)
    return problems


def assert_conformant(invoice: Invoice, *, due_before_issue_allowed: bool = False) -> None:
    """Fail with every problem `check_invoice` finds, naming the vendor and invoice id."""
    problems = check_invoice(invoice, due_before_issue_allowed=due_before_issue_allowed)
    if problems:
        listing = "\n  ".join(problems)
        raise AssertionError(
            f"{invoice.vendor} invoice {invoice.id} does not conform:\n  {listing}"
        )
