"""Fynn's limit: money objects decoded as ``(amount, precision)`` and scaled once, exactly."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import msgspec

from invoicekit import (
    Address,
    Invoice,
    InvoiceKind,
    InvoiceReference,
    InvoiceStatus,
    Line,
    Party,
    TaxSubtotal,
    Totals,
)

_KINDS = {
    "TYPE_INVOICE": InvoiceKind.INVOICE,
    "TYPE_CREDIT": InvoiceKind.CREDIT_NOTE,
    "TYPE_REFUND": InvoiceKind.REFUND,
    "TYPE_CANCEL": InvoiceKind.CANCELLATION,
    "TYPE_REMINDER": InvoiceKind.REMINDER,
    "TYPE_DUNNING": InvoiceKind.REMINDER,
}
_STATUSES = {
    "STATUS_DRAFT": InvoiceStatus.DRAFT,
    "STATUS_NEW": InvoiceStatus.DRAFT,
    "STATUS_FINALIZING": InvoiceStatus.DRAFT,
    "STATUS_UNPAID": InvoiceStatus.OPEN,
    "STATUS_REMINDED": InvoiceStatus.OPEN,
    "STATUS_PAID": InvoiceStatus.PAID,
    "STATUS_REFUNDED": InvoiceStatus.REFUNDED,
    "STATUS_CANCELLED": InvoiceStatus.VOID,
}
_CREDIT = {InvoiceKind.CREDIT_NOTE, InvoiceKind.REFUND, InvoiceKind.CANCELLATION}
_UNITS = {"stück": "C62", "stk": "C62", "monat": "MON", "jahr": "ANN", "tag": "DAY"}
_UTC = dt.UTC


class _Money(msgspec.Struct):
    amount: int
    precision: int = 2

    def major(self) -> Decimal:
        return Decimal(self.amount).scaleb(-self.precision)


class _Tax(msgspec.Struct):
    rate: Decimal | None = None
    description: str | None = None


class _Named(msgspec.Struct):
    id: str | None = None
    name: str | None = None


class _Position(msgspec.Struct, rename="camel"):
    id: str | None = None
    position: int | None = None
    name: str | None = None
    description: str | None = None
    quantity: Decimal | None = None
    unit: _Named | None = None
    product: _Named | None = None
    unit_price: _Money | None = None
    net_amount: _Money | None = None
    gross_amount: _Money | None = None
    tax_amount: _Money | None = None
    discount_amount: _Money | None = None
    tax: _Tax | None = None
    service_date_from: str | None = None
    service_date_to: str | None = None


class _Customer(msgspec.Struct, rename="camel"):
    id: str | None = None
    customer_number: str | None = None
    time_zone: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    company_name: str | None = None
    vat_id: str | None = None
    phone: str | None = None
    commercial_register_number: str | None = None


class _Address(msgspec.Struct, rename={"zip_": "zip"}):
    companyName: str | None = None  # Fynn's own names, no renaming
    firstName: str | None = None
    lastName: str | None = None
    street: str | None = None
    houseNumber: str | None = None
    zip_: str | None = None
    city: str | None = None
    countryCode: str | None = None
    addition: str | None = None
    vatId: str | None = None
    email: str | None = None


class _Reference(msgspec.Struct, rename="camel"):
    id: str | None = None
    number: str | None = None
    type: str | None = None
    finalization_date: dt.datetime | None = None


class _Invoice(msgspec.Struct, rename="camel"):
    id: str
    type: str
    currency_code: str
    status: str
    number: str | None = None
    customer: _Customer | None = None
    invoice_address: _Address | None = None
    referenced_invoice: _Reference | None = None
    creation_date: dt.datetime | None = None
    finalization_date: dt.datetime | None = None
    due_date: dt.datetime | None = None
    last_reminder_date: dt.datetime | None = None
    last_sent_at: dt.datetime | None = None
    pay_date: dt.datetime | None = None
    dunning_level: int | None = None
    dunning_status: str | None = None
    dunning_disabled: bool | None = None
    internal_note: str | None = None
    title: str | None = None
    introduction: str | None = None
    closing: str | None = None
    net_amount: _Money | None = None
    gross_amount: _Money | None = None
    tax_amount: _Money | None = None
    discount_amount: _Money | None = None
    unpaid_amount: _Money | None = None
    positions: list[_Position] = []
    e_invoice_type: str | None = None
    leitweg_id: str | None = None
    custom_fields: dict[str, Any] | None = None
    service_date_from: str | None = None
    service_date_to: str | None = None
    usage_breakdown_url: str | None = None
    payment_provider_fee_cents: int | None = None
    source_type: str | None = None


_DECODER = msgspec.json.Decoder(_Invoice)


def _day(text: str | None) -> dt.date | None:
    return dt.datetime.fromisoformat(text).date() if text else None


def _iso(value: dt.datetime | None) -> str | None:
    return None if value is None else value.astimezone(_UTC).isoformat()


def _major(money: _Money | None, negate: bool) -> Decimal | None:
    if money is None:
        return None
    value = money.major()
    return -value if negate and value else value


def _line(p: _Position, negate: bool) -> Line:
    net = _major(p.net_amount, negate)
    discount = _major(p.discount_amount, negate)
    unit = p.unit.name if p.unit is not None else None
    return Line(
        id=p.id or (str(p.position) if p.position is not None else None),
        name=p.name or None,
        description=p.description or None,
        product_id=p.product.id if p.product is not None else None,
        quantity=p.quantity,
        unit=unit,
        unit_code=_UNITS.get(unit.casefold()) if unit else None,
        unit_price=_major(p.unit_price, negate),
        discount_amount=discount,
        net_amount=net - discount if net is not None and discount is not None else net,
        tax_rate=p.tax.rate if p.tax is not None else None,
        tax_amount=_major(p.tax_amount, negate),
        gross_amount=_major(p.gross_amount, negate),
        period_start=_day(p.service_date_from),
        period_end=_day(p.service_date_to),
    )


def _breakdown(positions: list[_Position], lines: tuple[Line, ...]) -> tuple[TaxSubtotal, ...]:
    groups: dict[Decimal, list[tuple[_Position, Line]]] = {}
    for position, line in zip(positions, lines, strict=True):
        if line.tax_rate is None or line.net_amount is None or line.tax_amount is None:
            return ()
        groups.setdefault(line.tax_rate, []).append((position, line))
    subtotals = []
    for rate, members in groups.items():
        names = {p.tax.description for p, _ in members if p.tax and p.tax.description}
        subtotals.append(
            TaxSubtotal(
                rate=rate,
                taxable_amount=sum((line.net_amount for _, line in members), Decimal(0)),  # type: ignore[misc]
                tax_amount=sum((line.tax_amount for _, line in members), Decimal(0)),  # type: ignore[misc]
                name=names.pop() if len(names) == 1 else None,
            )
        )
    return tuple(subtotals)


def _buyer(client: _Customer | None, snap: _Address | None) -> Party | None:
    if client is None and snap is None:
        return None
    company = (snap.companyName if snap else None) or (client.company_name if client else None)

    def person(first: str | None, last: str | None) -> str | None:
        return " ".join(part for part in (first, last) if part) or None

    name = (person(snap.firstName, snap.lastName) if snap else None) or (
        person(client.first_name, client.last_name) if client else None
    )
    address = None
    if snap is not None:
        street = " ".join(part for part in (snap.street, snap.houseNumber) if part)
        address = Address(
            lines=tuple(line for line in (street, snap.addition) if line),
            city=snap.city,
            postal_code=snap.zip_,
            country=snap.countryCode,
        )
    return Party(
        id=client.id if client else None,
        number=client.customer_number if client else None,
        name=company or name,
        contact_name=name if company else None,
        email=snap.email if snap else None,
        phone=client.phone if client else None,
        vat_id=(snap.vatId if snap else None) or (client.vat_id if client else None),
        legal_registration_id=client.commercial_register_number if client else None,
        address=address,
    )


def to_invoice(body: bytes) -> Invoice:
    """The `Invoice` `normalize("fynn", body)` gives, for well-formed bodies."""
    s = _DECODER.decode(body)
    kind = _KINDS.get(s.type, InvoiceKind.OTHER)
    reference = s.gross_amount or s.net_amount
    negate = kind in _CREDIT and reference is not None and reference.amount < 0
    zone: dt.tzinfo = _UTC
    if s.customer is not None and s.customer.time_zone:
        zone = ZoneInfo(s.customer.time_zone)
    gross, due = _major(s.gross_amount, negate), _major(s.unpaid_amount, negate)
    status = _STATUSES.get(s.status, InvoiceStatus.UNKNOWN)
    if status is InvoiceStatus.OPEN and due is not None and gross is not None and 0 < due < gross:
        status = InvoiceStatus.PARTIALLY_PAID
    lines = tuple(_line(p, negate) for p in s.positions)
    candidates = {
        "dunningLevel": s.dunning_level,
        "dunningStatus": s.dunning_status,
        "dunningDisabled": s.dunning_disabled,
        "sourceType": s.source_type,
        "eInvoiceType": s.e_invoice_type,
        "internalNote": s.internal_note,
        "lastReminderDate": _iso(s.last_reminder_date),
        "lastSentAt": _iso(s.last_sent_at),
        "payDate": _iso(s.pay_date),
        "usageBreakdownUrl": s.usage_breakdown_url,
        "paymentProviderFeeCents": s.payment_provider_fee_cents,
        "customFields": s.custom_fields,
    }
    extra = {key: value for key, value in candidates.items() if value is not None}
    if zone is not _UTC:
        extra["dateTimeZone"] = str(zone)
    ref = s.referenced_invoice
    preceding = None
    if ref is not None:
        preceding = InvoiceReference(
            id=ref.id,
            number=ref.number,
            issue_date=ref.finalization_date.astimezone(zone).date()
            if ref.finalization_date
            else None,
            kind=_KINDS.get(ref.type, InvoiceKind.OTHER) if ref.type else None,
        )
    return Invoice(
        vendor="fynn",
        id=s.id,
        number=s.number,
        kind=kind,
        kind_raw=s.type,
        status=status,
        status_raw=s.status,
        issue_date=s.finalization_date.astimezone(zone).date() if s.finalization_date else None,
        due_date=s.due_date.astimezone(zone).date() if s.due_date else None,
        period_start=_day(s.service_date_from),
        period_end=_day(s.service_date_to),
        currency=s.currency_code,
        buyer=_buyer(s.customer, s.invoice_address),
        buyer_reference=s.leitweg_id,
        lines=lines,
        totals=Totals(
            discount=_major(s.discount_amount, negate),
            net=_major(s.net_amount, negate),
            tax=_major(s.tax_amount, negate),
            gross=gross,
            paid=gross - due if gross is not None and due is not None else None,
            due=due,
        ),
        tax_breakdown=_breakdown(s.positions, lines),
        preceding_invoice=preceding,
        notes=tuple(note for note in (s.title, s.introduction, s.closing) if note),
        created_at=s.creation_date.astimezone(_UTC) if s.creation_date else None,
        extra=extra,
        raw=msgspec.Raw(body),
    )
