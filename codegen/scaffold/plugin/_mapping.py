"""{{Title}} invoice → `invoicekit.Invoice`.

Every mapping decision, field by field ({{Title}} field → Invoice field):

- ``id`` → ``id``; ``number`` → ``number`` (``None`` while a draft has none).
- ``status`` → ``status``: draft → draft, open → open, paid → paid, void → void; any other value
  → unknown. ``status_raw`` keeps the value as sent. Every document is an invoice (``kind``).
- ``issue_date``/``due_date`` → the same, as dates. ``created_at`` → ``created_at`` (UTC).
- ``currency`` → ``currency``, upper-cased (ISO 4217).
- ``net``/``tax``/``total``/``amount_paid`` → ``totals.net``/``tax``/``gross``/``paid``, and
  ``totals.due = total - amount_paid`` when both are given (derived, exact).
- ``customer`` → ``buyer`` (id, name, email). The seller is the account itself, which the API
  does not describe: ``seller`` is ``None``.
- ``lines[]`` → ``lines``: ``amount`` is the net amount of the line.
- ``raw`` is the invoice object's own bytes, exactly as received (a single-invoice body is the
  invoice object itself; a list page holds them under ``data``).
"""

from __future__ import annotations

from decimal import Decimal

import msgspec

from invoicekit.plugin import (
    Invoice,
    InvoiceKind,
    InvoiceStatus,
    Line,
    Party,
    Envelope,
    Totals,
    decode,
    present,
)
from invoicekit_{{vendor}}_client.models import Invoice as VendorInvoice
from invoicekit_{{vendor}}_client.models import InvoiceStatus as VendorStatus

__all__ = ["ENVELOPE", "VENDOR", "map_invoice", "to_invoice"]

VENDOR = "{{vendor}}"
#: A single-invoice body is the invoice itself; a list page holds the invoices in ``data``.
ENVELOPE = Envelope(invoice=(), items=("data",))

_STATUS = {
    VendorStatus.DRAFT: InvoiceStatus.DRAFT,
    VendorStatus.OPEN: InvoiceStatus.OPEN,
    VendorStatus.PAID: InvoiceStatus.PAID,
    VendorStatus.VOID: InvoiceStatus.VOID,
}


def _due(total: Decimal | None, paid: Decimal | None) -> Decimal | None:
    return total - paid if total is not None and paid is not None else None


def to_invoice(model: VendorInvoice, raw: bytes) -> Invoice:
    """Map one decoded {{Title}} invoice; ``raw`` is its exact JSON."""
    customer = present(model.customer)
    total, paid = present(model.total), present(model.amount_paid)
    return Invoice(
        vendor=VENDOR,
        id=model.id,
        number=present(model.number),
        kind=InvoiceKind.INVOICE,
        status=_STATUS.get(model.status, InvoiceStatus.UNKNOWN),
        status_raw=str(model.status),
        issue_date=present(model.issue_date),
        due_date=present(model.due_date),
        currency=model.currency.upper(),
        buyer=(
            Party(
                id=present(customer.id), name=present(customer.name), email=present(customer.email)
            )
            if customer
            else None
        ),
        lines=tuple(
            Line(
                id=line.id,
                description=present(line.description),
                quantity=present(line.quantity),
                unit_price=present(line.unit_price),
                net_amount=present(line.amount),
            )
            for line in present(model.lines) or ()
        ),
        totals=Totals(
            net=present(model.net),
            tax=present(model.tax),
            gross=total,
            paid=paid,
            due=_due(total, paid),
        ),
        created_at=present(model.created_at),
        raw=msgspec.Raw(raw),
    )


def map_invoice(raw: msgspec.Raw, context: object) -> Invoice:
    """One invoice object (its own bytes ``raw``, from a body or a list page) as an `Invoice`;
    {{Title}}'s bodies hold nothing the invoices share, so ``context`` is unused."""
    return to_invoice(decode(VENDOR, raw, VendorInvoice), bytes(raw))
