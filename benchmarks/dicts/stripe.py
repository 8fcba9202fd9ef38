"""Stripe by hand: ``json.loads`` and dict code building the `Invoice` `normalize` gives.

Amounts are integer minor units, scaled once by the currency's places; instants are Unix
seconds. Like the limit it reads the classic API shape of the recorded payloads only.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import msgspec
from limits.stripe import _STATUSES, _THREE, _ZERO  # the vendor's codes: the limit's tables

from invoicekit import Address, Invoice, InvoiceKind, InvoiceStatus, Line, Party, TaxSubtotal
from invoicekit import Totals as InvoiceTotals

from ._read import (
    boolean,
    integer,
    mapping,
    number,
    objects,
    required_integer,
    required_text,
    text,
)

_UTC = dt.UTC
_fromtimestamp = dt.datetime.fromtimestamp


def _day(seconds: int) -> dt.date:
    return _fromtimestamp(seconds, _UTC).date()


def _iso(obj: dict[str, Any] | None, key: str) -> str | None:
    seconds = integer(obj, key) if obj is not None else None
    if seconds is None:
        return None
    return _fromtimestamp(seconds, _UTC).isoformat().replace("+00:00", "Z")


def to_invoice(body: bytes) -> Invoice:
    """The `Invoice` `normalize("stripe", body)` gives, for bodies shaped like the recorded."""
    s = json.loads(body, parse_float=Decimal)
    if type(s) is not dict:
        raise ValueError("a Stripe invoice is a JSON object")
    currency = required_text(s, "currency").upper()
    places = 0 if currency in _ZERO else 3 if currency in _THREE else 2

    def major(minor: int | None) -> Decimal | None:
        return None if minor is None else Decimal(minor).scaleb(-places)

    def total(items: list[dict[str, Any]] | None) -> Decimal | None:
        if items is None:
            return None
        return Decimal(sum(required_integer(i, "amount") for i in items)).scaleb(-places)

    rates = {
        required_text(rate, "id"): (number(rate, "percentage"), text(rate, "display_name"))
        for rate in objects(s, "default_tax_rates") or ()
    }
    listing = mapping(s, "lines")
    if listing is None:
        raise ValueError("lines: expected an object")
    lines, periods = [], []
    for item in objects(listing, "data") or ():
        taxes = objects(item, "tax_amounts")
        period = mapping(item, "period")
        if period is None:
            raise ValueError("period: expected an object")
        first, last = required_integer(period, "start"), required_integer(period, "end")
        start, end = _day(first), _day(last - 1 if last > first else last)
        periods.append((start, end))
        ids = {text(tax, "tax_rate") for tax in taxes or ()}
        rate = rates.get(ids.pop()) if len(ids) == 1 else None  # type: ignore[arg-type]
        price = mapping(item, "price")
        quantity = integer(item, "quantity")
        unit_price = number(item, "unit_amount_excluding_tax")
        lines.append(
            Line(
                id=required_text(item, "id"),
                description=text(item, "description") or None,
                product_id=text(price, "product") if price else None,
                quantity=Decimal(quantity) if quantity is not None else None,
                unit_price=unit_price.scaleb(-places) if unit_price is not None else None,
                discount_amount=total(objects(item, "discount_amounts")),
                net_amount=major(integer(item, "amount_excluding_tax")),
                tax_rate=rate[0] if rate else None,
                tax_amount=total(taxes),
                period_start=start,
                period_end=end,
            )
        )
    found = objects(s, "total_tax_amounts")
    inclusive = {boolean(tax, "inclusive") for tax in found or ()}
    amount_paid, amount_remaining = (
        required_integer(s, "amount_paid"),
        required_integer(s, "amount_remaining"),
    )
    gross = Decimal(required_integer(s, "total")).scaleb(-places)
    due = Decimal(amount_remaining).scaleb(-places)
    raw_status = text(s, "status")
    status = _STATUSES.get(raw_status or "", InvoiceStatus.UNKNOWN)
    if status is InvoiceStatus.OPEN and amount_paid > 0 and amount_remaining > 0:
        status = InvoiceStatus.PARTIALLY_PAID
    tax_ids = [
        (required_text(t, "type"), value)
        for t in objects(s, "customer_tax_ids") or ()
        if (value := text(t, "value"))
    ]
    a = mapping(s, "customer_address")
    transitions = mapping(s, "status_transitions")
    livemode = boolean(s, "livemode")
    if livemode is None:
        raise ValueError("livemode: expected a bool")
    has_more = boolean(listing, "has_more")
    candidates = {
        "billing_reason": text(s, "billing_reason"),
        "collection_method": text(s, "collection_method"),
        "hosted_invoice_url": text(s, "hosted_invoice_url"),
        "attempt_count": integer(s, "attempt_count"),
        "livemode": livemode,
        "metadata": mapping(s, "metadata"),
        "subscription": text(s, "subscription"),
        "lines_truncated": True if has_more else None,
        "amount_due": str(major(required_integer(s, "amount_due"))),
        "amount_paid": str(major(amount_paid)),
        "usage_period_start": _iso(s, "period_start"),
        "usage_period_end": _iso(s, "period_end"),
        "paid_at": _iso(transitions, "paid_at"),
        "voided_at": _iso(transitions, "voided_at"),
        "marked_uncollectible_at": _iso(transitions, "marked_uncollectible_at"),
        "customer_tax_ids": [{"type": k, "value": v} for k, v in tax_ids] or None,
        "customer_tax_exempt": text(s, "customer_tax_exempt"),
    }
    effective, due_date = integer(s, "effective_at"), integer(s, "due_date")
    country = text(s, "account_country")
    return Invoice(
        vendor="stripe",
        id=required_text(s, "id"),
        number=text(s, "number"),
        kind=InvoiceKind.INVOICE,
        kind_raw=required_text(s, "object"),
        type_code="380",
        status=status,
        status_raw=raw_status,
        issue_date=_day(effective) if effective is not None else None,
        due_date=_day(due_date) if due_date is not None else None,
        period_start=min(p[0] for p in periods) if periods else None,
        period_end=max(p[1] for p in periods) if periods else None,
        currency=currency,
        seller=Party(
            name=text(s, "account_name"),
            address=Address(country=country) if country else None,
        ),
        buyer=Party(
            id=text(s, "customer"),
            name=text(s, "customer_name"),
            email=text(s, "customer_email"),
            phone=text(s, "customer_phone"),
            vat_id=next((v for k, v in tax_ids if k.endswith("_vat")), None),
            address=Address(
                lines=tuple(line for line in (text(a, "line1"), text(a, "line2")) if line),
                city=text(a, "city"),
                postal_code=text(a, "postal_code"),
                region=text(a, "state"),
                country=text(a, "country"),
            )
            if a
            else None,
        ),
        lines=tuple(lines),
        totals=InvoiceTotals(
            line_net=major(integer(s, "subtotal_excluding_tax")),
            discount=total(objects(s, "total_discount_amounts")),
            charges=major(integer(s, "amount_shipping")),
            net=major(integer(s, "total_excluding_tax")),
            tax=total(found),
            gross=gross,
            paid=gross - due,
            due=due,
        ),
        tax_breakdown=tuple(
            TaxSubtotal(
                rate=rates[rate_id][0] if rate_id in rates else None,
                taxable_amount=major(integer(t, "taxable_amount")),
                tax_amount=major(required_integer(t, "amount")),
                name=rates[rate_id][1] if rate_id in rates else None,
            )
            for t in found or ()
            for rate_id in (text(t, "tax_rate"),)
        ),
        prices_include_tax=inclusive.pop() if len(inclusive) == 1 else None,
        notes=tuple(note for note in (text(s, "description"), text(s, "footer")) if note),
        pdf_url=text(s, "invoice_pdf"),
        created_at=_fromtimestamp(required_integer(s, "created"), _UTC),
        extra={key: value for key, value in candidates.items() if value is not None},
        raw=msgspec.Raw(body),
    )
