"""Stripe's limit: integer minor units scaled once per value; the classic API shape only.

It reads the shape of the recorded payloads (``tax_amounts``, ``discount_amounts``, embedded
``default_tax_rates``, unexpanded ids); the mapping also reads the newer ``taxes`` and
``pretax_credit_amounts`` and expanded objects, which a limit on these payloads need not.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import msgspec

from invoicekit import Address, Invoice, InvoiceKind, InvoiceStatus, Line, Party, TaxSubtotal
from invoicekit import Totals as InvoiceTotals

_STATUSES = {"draft": InvoiceStatus.DRAFT, "open": InvoiceStatus.OPEN,
             "paid": InvoiceStatus.PAID, "void": InvoiceStatus.VOID}  # fmt: skip
_ZERO = {"BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND",
         "VUV", "XAF", "XOF", "XPF"}  # fmt: skip
_THREE = {"BHD", "JOD", "KWD", "OMR", "TND"}
_UTC = dt.UTC


class _TaxAmount(msgspec.Struct):
    amount: int
    taxable_amount: int | None = None
    inclusive: bool | None = None
    tax_rate: str | None = None


class _Discount(msgspec.Struct):
    amount: int


class _Period(msgspec.Struct):
    start: int
    end: int


class _Price(msgspec.Struct):
    product: str | None = None


class _Line(msgspec.Struct):
    id: str
    amount: int
    period: _Period
    description: str | None = None
    amount_excluding_tax: int | None = None
    quantity: int | None = None
    price: _Price | None = None
    unit_amount_excluding_tax: Decimal | None = None
    tax_amounts: list[_TaxAmount] | None = None
    discount_amounts: list[_Discount] | None = None


class _Lines(msgspec.Struct):
    data: list[_Line]
    has_more: bool = False


class _Rate(msgspec.Struct):
    id: str
    percentage: Decimal | None = None
    display_name: str | None = None


class _Address(msgspec.Struct):
    line1: str | None = None
    line2: str | None = None
    city: str | None = None
    postal_code: str | None = None
    state: str | None = None
    country: str | None = None


class _TaxId(msgspec.Struct):
    type: str
    value: str | None = None


class _Transitions(msgspec.Struct):
    paid_at: int | None = None
    voided_at: int | None = None
    marked_uncollectible_at: int | None = None


class _Invoice(msgspec.Struct):
    id: str
    object: str
    currency: str
    total: int
    amount_due: int
    amount_paid: int
    amount_remaining: int
    created: int
    lines: _Lines
    livemode: bool
    number: str | None = None
    status: str | None = None
    effective_at: int | None = None
    due_date: int | None = None
    period_start: int | None = None
    period_end: int | None = None
    account_name: str | None = None
    account_country: str | None = None
    customer: str | None = None
    customer_name: str | None = None
    customer_email: str | None = None
    customer_phone: str | None = None
    customer_address: _Address | None = None
    customer_tax_ids: list[_TaxId] | None = None
    customer_tax_exempt: str | None = None
    default_tax_rates: list[_Rate] = []
    subtotal_excluding_tax: int | None = None
    total_excluding_tax: int | None = None
    amount_shipping: int | None = None
    total_tax_amounts: list[_TaxAmount] | None = None
    total_discount_amounts: list[_Discount] | None = None
    description: str | None = None
    footer: str | None = None
    invoice_pdf: str | None = None
    hosted_invoice_url: str | None = None
    billing_reason: str | None = None
    collection_method: str | None = None
    attempt_count: int | None = None
    metadata: dict[str, Any] | None = None
    subscription: str | None = None
    status_transitions: _Transitions | None = None


_DECODER = msgspec.json.Decoder(_Invoice)


def _day(seconds: int) -> dt.date:
    return dt.datetime.fromtimestamp(seconds, _UTC).date()


def _iso(seconds: int | None) -> str | None:
    if seconds is None:
        return None
    return dt.datetime.fromtimestamp(seconds, _UTC).isoformat().replace("+00:00", "Z")


def to_invoice(body: bytes) -> Invoice:
    """The `Invoice` `normalize("stripe", body)` gives, for bodies shaped like the recorded."""
    s = _DECODER.decode(body)
    currency = s.currency.upper()
    places = 0 if currency in _ZERO else 3 if currency in _THREE else 2

    def major(minor: int | None) -> Decimal | None:
        return None if minor is None else Decimal(minor).scaleb(-places)

    def total(items: list[Any] | None) -> Decimal | None:
        return None if items is None else Decimal(sum(i.amount for i in items)).scaleb(-places)

    rates = {rate.id: rate for rate in s.default_tax_rates}
    lines, periods = [], []
    for item in s.lines.data:
        taxes = item.tax_amounts
        start = _day(item.period.start)
        end = _day(item.period.end - 1 if item.period.end > item.period.start else item.period.end)
        periods.append((start, end))
        net = major(item.amount_excluding_tax)
        ids = {tax.tax_rate for tax in taxes or ()}
        rate = rates.get(ids.pop()) if len(ids) == 1 else None
        lines.append(
            Line(
                id=item.id,
                description=item.description or None,
                product_id=item.price.product if item.price else None,
                quantity=Decimal(item.quantity) if item.quantity is not None else None,
                unit_price=item.unit_amount_excluding_tax.scaleb(-places)
                if item.unit_amount_excluding_tax is not None
                else None,
                discount_amount=total(item.discount_amounts),
                net_amount=net,
                tax_rate=rate.percentage if rate else None,
                tax_amount=total(taxes),
                period_start=start,
                period_end=end,
            )
        )
    found = s.total_tax_amounts
    inclusive = {tax.inclusive for tax in found or ()}
    gross = Decimal(s.total).scaleb(-places)
    due = Decimal(s.amount_remaining).scaleb(-places)
    status = _STATUSES.get(s.status or "", InvoiceStatus.UNKNOWN)
    if status is InvoiceStatus.OPEN and s.amount_paid > 0 and s.amount_remaining > 0:
        status = InvoiceStatus.PARTIALLY_PAID
    tax_ids = [(t.type, t.value) for t in s.customer_tax_ids or () if t.value]
    a = s.customer_address
    transitions = s.status_transitions
    candidates = {
        "billing_reason": s.billing_reason,
        "collection_method": s.collection_method,
        "hosted_invoice_url": s.hosted_invoice_url,
        "attempt_count": s.attempt_count,
        "livemode": s.livemode,
        "metadata": s.metadata,
        "subscription": s.subscription,
        "lines_truncated": True if s.lines.has_more else None,
        "amount_due": str(major(s.amount_due)),
        "amount_paid": str(major(s.amount_paid)),
        "usage_period_start": _iso(s.period_start),
        "usage_period_end": _iso(s.period_end),
        "paid_at": _iso(transitions.paid_at) if transitions else None,
        "voided_at": _iso(transitions.voided_at) if transitions else None,
        "marked_uncollectible_at": _iso(transitions.marked_uncollectible_at)
        if transitions
        else None,
        "customer_tax_ids": [{"type": k, "value": v} for k, v in tax_ids] or None,
        "customer_tax_exempt": s.customer_tax_exempt,
    }
    return Invoice(
        vendor="stripe",
        id=s.id,
        number=s.number,
        kind=InvoiceKind.INVOICE,
        kind_raw=s.object,
        status=status,
        status_raw=s.status,
        issue_date=_day(s.effective_at) if s.effective_at is not None else None,
        due_date=_day(s.due_date) if s.due_date is not None else None,
        period_start=min(p[0] for p in periods) if periods else None,
        period_end=max(p[1] for p in periods) if periods else None,
        currency=currency,
        seller=Party(
            name=s.account_name,
            address=Address(country=s.account_country) if s.account_country else None,
        ),
        buyer=Party(
            id=s.customer,
            name=s.customer_name,
            email=s.customer_email,
            phone=s.customer_phone,
            vat_id=next((v for k, v in tax_ids if k.endswith("_vat")), None),
            address=Address(
                lines=tuple(line for line in (a.line1, a.line2) if line),
                city=a.city,
                postal_code=a.postal_code,
                region=a.state,
                country=a.country,
            )
            if a
            else None,
        ),
        lines=tuple(lines),
        totals=InvoiceTotals(
            line_net=major(s.subtotal_excluding_tax),
            discount=total(s.total_discount_amounts),
            charges=major(s.amount_shipping),
            net=major(s.total_excluding_tax),
            tax=total(found),
            gross=gross,
            paid=gross - due,
            due=due,
        ),
        tax_breakdown=tuple(
            TaxSubtotal(
                rate=rates[t.tax_rate].percentage if t.tax_rate in rates else None,
                taxable_amount=major(t.taxable_amount),
                tax_amount=major(t.amount),
                name=rates[t.tax_rate].display_name if t.tax_rate in rates else None,
            )
            for t in found or ()
        ),
        prices_include_tax=inclusive.pop() if len(inclusive) == 1 else None,
        notes=tuple(note for note in (s.description, s.footer) if note),
        pdf_url=s.invoice_pdf,
        created_at=dt.datetime.fromtimestamp(s.created, _UTC),
        extra={key: value for key, value in candidates.items() if value is not None},
        raw=msgspec.Raw(body),
    )
