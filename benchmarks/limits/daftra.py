"""Daftra's limit: the api2 document decoded leniently (CakePHP sends numbers as strings) into
just what the mapping reads, amounts straight to `Decimal`."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import msgspec

from invoicekit import (
    Address,
    Invoice,
    InvoiceKind,
    InvoiceStatus,
    Line,
    Party,
    Payment,
    PaymentStatus,
    Totals,
)

_STATUSES = {
    -1: InvoiceStatus.DRAFT,
    0: InvoiceStatus.OPEN,
    1: InvoiceStatus.PARTIALLY_PAID,
    2: InvoiceStatus.PAID,
    3: InvoiceStatus.REFUNDED,
    4: InvoiceStatus.OVERPAID,
}
_KINDS = {0: InvoiceKind.INVOICE, 5: InvoiceKind.CREDIT_NOTE, 6: InvoiceKind.REFUND}
_PAYMENTS = {
    0: PaymentStatus.FAILED,
    1: PaymentStatus.COMPLETED,
    2: PaymentStatus.PENDING,
    3: PaymentStatus.FAILED,
}
_VAT = re.compile(r"vat|tax|ضريب", re.IGNORECASE)
_REGISTRATION = re.compile(r"commercial|registr|\bcr\b|سجل", re.IGNORECASE)


class _Client(msgspec.Struct):
    id: int
    client_number: str | None = None
    business_name: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone1: str | None = None
    phone2: str | None = None
    bn1: str | None = None
    bn1_label: str | None = None
    bn2: str | None = None
    bn2_label: str | None = None


class _Item(msgspec.Struct):
    id: int
    item: str | None = None
    description: str | None = None
    product_id: int | None = None
    unit_price: Decimal | None = None
    quantity: Decimal | None = None
    tax1: int | None = None
    tax2: int | None = None
    summary_tax1: Decimal | None = None
    summary_tax2: Decimal | None = None
    subtotal: Decimal | None = None
    discount: Decimal | None = None
    discount_type: int | None = None
    calculated_discount: Decimal | None = None
    total: Decimal | None = None


class _Payment(msgspec.Struct):
    id: int
    payment_method: str | None = None
    amount: Decimal | None = None
    transaction_id: str | None = None
    date: str | None = None
    status: int | None = None
    currency_code: str | None = None


_HEADER_KEYS = {
    "type_": "type",
    "client": "Client",
    "items": "InvoiceItem",
    "payments": "InvoicePayment",
}


class _Header(msgspec.Struct, rename=_HEADER_KEYS):
    id: int
    type_: int | None = None
    no: str | None = None
    po_number: str | None = None
    currency_code: str | None = None
    client_business_name: str | None = None
    client_first_name: str | None = None
    client_last_name: str | None = None
    client_email: str | None = None
    client_address1: str | None = None
    client_address2: str | None = None
    client_postal_code: str | None = None
    client_city: str | None = None
    client_state: str | None = None
    client_country_code: str | None = None
    date: str | None = None
    issue_date: str | None = None
    due_after: int | None = None
    payment_status: int | None = None
    draft: bool | None = None
    discount: Decimal | None = None
    discount_amount: Decimal | None = None
    summary_subtotal: Decimal | None = None
    summary_discount: Decimal | None = None
    summary_total: Decimal | None = None
    summary_paid: Decimal | None = None
    summary_unpaid: Decimal | None = None
    summary_deposit: Decimal | None = None
    summary_refund: Decimal | None = None
    shipping_amount: Decimal | None = None
    notes: str | None = None
    html_notes: str | None = None
    created: str | None = None
    modified: str | None = None
    qr_code_url: str | None = None
    invoice_html_url: str | None = None
    invoice_pdf_url: str | None = None
    client: _Client | None = None
    items: list[_Item] = []
    payments: list[_Payment] = []


class _Data(msgspec.Struct, rename={"invoice": "Invoice"}):
    invoice: _Header


class _Document(msgspec.Struct):
    data: _Data


class _Own(msgspec.Struct):
    """The document object's own bytes, which `Invoice.raw` holds."""

    data: msgspec.Raw


_DECODER = msgspec.json.Decoder(_Document, strict=False)
_OWN = msgspec.json.Decoder(_Own)


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


def _name(first: str | None, last: str | None) -> str | None:
    return " ".join(name for name in (first, last) if name) or None


def _line(item: _Item) -> Line:
    discount = item.calculated_discount
    if discount is None and item.discount is not None:
        if not item.discount or item.discount_type == 2:
            discount = item.discount
        elif item.discount_type == 1 and item.unit_price is not None and item.quantity:
            discount = (item.unit_price * item.quantity * item.discount).scaleb(-2)
    taxes = [item.summary_tax1, item.summary_tax2]
    unknown = any(t is None and i for t, i in zip(taxes, (item.tax1, item.tax2), strict=True))
    stated = [t for t in taxes if t is not None]
    return Line(
        id=str(item.id),
        name=item.item or None,
        description=item.description or None,
        product_id=None if item.product_id is None else str(item.product_id),
        quantity=item.quantity,
        unit_price=item.unit_price,
        discount_amount=discount,
        net_amount=item.subtotal,
        tax_amount=None if unknown or not stated else sum(stated[1:], stated[0]),
        gross_amount=item.total,
    )


def _payment(record: _Payment) -> Payment:
    return Payment(
        id=str(record.id),
        date=_day(record.date),
        amount=record.amount,
        currency=record.currency_code or None,
        method=record.payment_method or None,
        reference=record.transaction_id or None,
        status=_PAYMENTS.get(record.status, PaymentStatus.UNKNOWN)
        if record.status is not None
        else PaymentStatus.UNKNOWN,
        status_raw=None if record.status is None else str(record.status),
    )


def _buyer(h: _Header) -> Party:
    c = h.client
    assert c is not None  # the benchmark's payloads all carry their client
    person = _name(h.client_first_name, h.client_last_name) or _name(c.first_name, c.last_name)
    business = h.client_business_name or c.business_name
    vat = registration = None
    for number, label in ((c.bn1, c.bn1_label), (c.bn2, c.bn2_label)):
        if number:
            if vat is None and _VAT.search(label or ""):
                vat = number
            elif registration is None and _REGISTRATION.search(label or ""):
                registration = number
    lines = tuple(line for line in (h.client_address1, h.client_address2) if line)
    return Party(
        id=str(c.id),
        number=c.client_number,
        name=business or person,
        contact_name=person if business else None,
        email=h.client_email or c.email,
        phone=c.phone1 or c.phone2,
        vat_id=vat,
        legal_registration_id=registration,
        address=Address(
            lines=lines,
            city=h.client_city,
            postal_code=h.client_postal_code,
            region=h.client_state,
            country=h.client_country_code,
        ),
    )


def to_invoice(body: bytes) -> Invoice:
    """The `Invoice` `normalize("daftra", body)` gives, for the benchmark's well-formed bodies
    (a standard invoice whose client, lines and payments sit inside ``Invoice``)."""
    h = _DECODER.decode(body).data.invoice
    lines = tuple(_line(item) for item in h.items)
    issued = _day(h.date) or _day(h.issue_date)
    taxes = [line.tax_amount for line in lines]
    net = None
    if h.summary_subtotal is not None and h.summary_discount is not None and not h.shipping_amount:
        net = h.summary_subtotal - h.summary_discount
    if taxes and None not in taxes:
        tax = sum(taxes[1:], taxes[0])  # type: ignore[arg-type]
    else:
        tax = h.summary_total - net if h.summary_total is not None and net is not None else None
    extra: dict[str, object] = {}
    for key, value in (
        ("created", h.created),
        ("modified", h.modified),
        ("issue_date", h.issue_date),
        ("invoice_html_url", h.invoice_html_url),
        ("qr_code_url", h.qr_code_url),
        ("html_notes", h.html_notes),
    ):
        if value:
            extra[key] = value
    for key, figure in (
        ("discount_percent", h.discount),
        ("discount_amount", h.discount_amount),
        ("summary_deposit", h.summary_deposit),
        ("summary_refund", h.summary_refund),
    ):
        if figure:
            extra[key] = str(figure)
    draft = h.draft is True
    return Invoice(
        vendor="daftra",
        id=str(h.id),
        number=h.no or None,
        kind=_KINDS.get(h.type_, InvoiceKind.OTHER) if h.type_ is not None else InvoiceKind.INVOICE,
        kind_raw=None if h.type_ is None else str(h.type_),
        status=InvoiceStatus.DRAFT if draft else _STATUSES[h.payment_status or 0],
        status_raw="draft" if draft else str(h.payment_status),
        issue_date=issued,
        due_date=issued + dt.timedelta(days=h.due_after)
        if issued and h.due_after is not None
        else None,
        currency=h.currency_code,
        buyer=_buyer(h),
        purchase_order_reference=h.po_number,
        lines=lines,
        totals=Totals(
            line_net=h.summary_subtotal,
            discount=h.summary_discount,
            charges=h.shipping_amount,
            net=net,
            tax=tax,
            gross=h.summary_total,
            paid=h.summary_paid,
            due=h.summary_unpaid,
        ),
        payments=tuple(_payment(record) for record in h.payments),
        notes=(h.notes,) if h.notes else (),
        pdf_url=h.invoice_pdf_url,
        extra=extra,
        raw=_OWN.decode(body).data,
    )
