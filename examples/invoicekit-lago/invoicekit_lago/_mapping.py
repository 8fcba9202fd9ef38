"""Lago invoice → `invoicekit.Invoice`.

Every mapping decision, field by field (Lago field → Invoice field):

- ``lago_id`` → ``id``; ``number`` → ``number``; ``customer`` → ``buyer`` (``lago_id``,
  ``external_id`` as its number, name, email, ``tax_identification_number`` as its VAT id).
  The seller is the Lago organization, which the invoice does not describe: ``seller`` is None.
- ``status`` and ``payment_status`` → ``status``: draft → draft; voided → void; finalized
  with payment succeeded → paid; finalized otherwise → partially paid when
  ``total_paid_amount_cents`` is above 0 and below the total, else open; failed, pending and
  any other value → unknown. ``status_raw`` is Lago's ``status``; ``payment_status`` stays
  visible as ``extra["payment_status"]`` (and in ``raw``).
- ``invoice_type`` → ``kind_raw``; every Lago document is an invoice (credit notes are a
  separate API), so ``kind`` is invoice.
- ``issuing_date`` → ``issue_date``; ``payment_due_date`` → ``due_date``; ``created_at``,
  ``updated_at`` → the same, in UTC; ``file_url`` → ``pdf_url``.
- Amounts are integer cents of ``currency``'s ISO 4217 minor unit, made exact major units
  (``12000`` EUR → ``120.00``, ``12000`` JPY → ``12000``): ``sub_total_excluding_taxes``
  (else ``fees``) → ``totals.net``, ``taxes`` → ``tax``, ``total`` → ``gross``,
  ``total_paid`` → ``paid``, ``total_due`` → ``due`` (else ``gross - paid``).
- ``fees[]`` → ``lines``: the item's display name (else its name) as ``name``, its code as
  ``product_id``, ``units`` as ``quantity``, ``precise_unit_amount`` (major units) as
  ``unit_price``, ``amount`` → ``net_amount``, ``taxes_amount`` → ``tax_amount``,
  ``taxes_rate`` → ``tax_rate``, ``total_amount`` → ``gross_amount``.
- ``raw`` is the invoice object's own bytes, without the ``{"invoice": ...}`` envelope.
"""

from __future__ import annotations

from decimal import Decimal

import msgspec
from invoicekit.plugin import (
    Envelope,
    Invoice,
    InvoiceKind,
    InvoiceStatus,
    Line,
    Party,
    Totals,
    decode,
    minor_unit,
    present,
    read_invoice,
)

from invoicekit_lago_client.models import Customer, Fee, PaymentStatus
from invoicekit_lago_client.models import Invoice as VendorInvoice
from invoicekit_lago_client.models import InvoiceStatus as VendorStatus

__all__ = ["ENVELOPE", "VENDOR", "map_invoice", "normalize_body", "to_invoice"]

VENDOR = "lago"
#: The invoice sits in ``{"invoice": ...}``; a list page holds ``{"invoices": [...]}``.
ENVELOPE = Envelope(invoice=("invoice",), items=("invoices",))


def _status(model: VendorInvoice, gross: Decimal, paid: Decimal | None) -> InvoiceStatus:
    if model.status == VendorStatus.DRAFT:
        return InvoiceStatus.DRAFT
    if model.status == VendorStatus.VOIDED:
        return InvoiceStatus.VOID
    if model.status != VendorStatus.FINALIZED:
        return InvoiceStatus.UNKNOWN
    if model.payment_status == PaymentStatus.SUCCEEDED:
        return InvoiceStatus.PAID
    if paid is not None and 0 < paid < gross:
        return InvoiceStatus.PARTIALLY_PAID
    return InvoiceStatus.OPEN


def _buyer(customer: Customer | None) -> Party | None:
    if customer is None:
        return None
    return Party(
        id=present(customer.lago_id),
        number=present(customer.external_id),
        name=present(customer.name),
        email=present(customer.email),
        vat_id=present(customer.tax_identification_number),
    )


def _line(fee: Fee, major: int) -> Line:
    item = present(fee.item)
    return Line(
        id=fee.lago_id,
        name=(present(item.invoice_display_name) or present(item.name)) if item else None,
        product_id=present(item.code) if item else None,
        quantity=present(fee.units),
        unit_price=present(fee.precise_unit_amount),
        net_amount=_major(present(fee.amount_cents), major),
        tax_amount=_major(present(fee.taxes_amount_cents), major),
        tax_rate=present(fee.taxes_rate),
        gross_amount=_major(present(fee.total_amount_cents), major),
    )


def _major(cents: int | None, places: int) -> Decimal | None:
    return Decimal(cents).scaleb(-places) if cents is not None else None


def to_invoice(model: VendorInvoice, raw: bytes) -> Invoice:
    """Map one decoded Lago invoice; ``raw`` is its exact JSON."""
    currency = model.currency.upper()
    places = minor_unit(currency)
    gross = Decimal(model.total_amount_cents).scaleb(-places)
    paid = _major(present(model.total_paid_amount_cents), places)
    net = present(model.sub_total_excluding_taxes_amount_cents)
    due = _major(present(model.total_due_amount_cents), places)
    return Invoice(
        vendor=VENDOR,
        id=model.lago_id,
        number=model.number,
        kind=InvoiceKind.INVOICE,
        kind_raw=str(model.invoice_type),
        status=_status(model, gross, paid),
        status_raw=str(model.status),
        issue_date=model.issuing_date,
        due_date=present(model.payment_due_date),
        currency=currency,
        buyer=_buyer(present(model.customer)),
        lines=tuple(_line(fee, places) for fee in present(model.fees) or ()),
        totals=Totals(
            net=_major(net if net is not None else present(model.fees_amount_cents), places),
            tax=_major(present(model.taxes_amount_cents), places),
            gross=gross,
            paid=paid,
            due=due if due is not None else (gross - paid if paid is not None else None),
        ),
        pdf_url=present(model.file_url),
        created_at=present(model.created_at),
        updated_at=present(model.updated_at),
        extra={"payment_status": str(model.payment_status)}
        if present(model.payment_status)
        else {},
        raw=msgspec.Raw(raw),
    )


def map_invoice(raw: msgspec.Raw, context: object) -> Invoice:
    """One invoice object (its own bytes ``raw``, from a body or a list page) as an `Invoice`;
    Lago's bodies hold nothing the invoices share, so ``context`` is unused."""
    return to_invoice(decode(VENDOR, raw, VendorInvoice), bytes(raw))


def normalize_body(body: bytes) -> Invoice:
    """One ``{"invoice": ...}`` response body as an `Invoice`, errors rooted at ``$.invoice``."""
    return read_invoice(VENDOR, ENVELOPE, body, map_invoice)
