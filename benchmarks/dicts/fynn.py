"""Fynn by hand: ``json.loads`` and dict code building the `Invoice` `normalize` gives.

Money objects are ``{"amount": minor units, "precision": places}``, scaled once, exactly.
Instants are ISO 8601 with an offset; the days are taken in the customer's time zone.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import msgspec
from limits.fynn import (  # the vendor's codes: the limit's tables
    _CREDIT,
    _KINDS,
    _MEANS,
    _STATUSES,
    _TYPE_CODES,
    _UNITS,
)

from invoicekit import (
    Address,
    Invoice,
    InvoiceKind,
    InvoiceReference,
    InvoiceStatus,
    Line,
    Party,
    PaymentInstructions,
    TaxSubtotal,
    Totals,
)

from ._read import (
    boolean,
    instant,
    integer,
    mapping,
    number,
    objects,
    required_integer,
    required_text,
    text,
)

_UTC = dt.UTC


def _money(obj: dict[str, Any], key: str, negate: bool) -> Decimal | None:
    money = mapping(obj, key)
    if money is None:
        return None
    precision = integer(money, "precision")
    value = Decimal(required_integer(money, "amount")).scaleb(
        -(2 if precision is None else precision)
    )
    return -value if negate and value else value


def _day(obj: dict[str, Any], key: str) -> dt.date | None:
    value = text(obj, key)
    return dt.datetime.fromisoformat(value).date() if value else None


def _local_day(obj: dict[str, Any], key: str, zone: dt.tzinfo) -> dt.date | None:
    value = instant(obj, key)
    return value.astimezone(zone).date() if value is not None else None


def _iso(obj: dict[str, Any], key: str) -> str | None:
    value = instant(obj, key)
    return None if value is None else value.astimezone(_UTC).isoformat()


def _line(p: dict[str, Any], negate: bool) -> Line:
    net = _money(p, "netAmount", negate)
    discount = _money(p, "discountAmount", negate)
    unit_obj, product, tax = mapping(p, "unit"), mapping(p, "product"), mapping(p, "tax")
    unit = text(unit_obj, "name") if unit_obj is not None else None
    position = integer(p, "position")
    return Line(
        id=text(p, "id") or (str(position) if position is not None else None),
        name=text(p, "name") or None,
        description=text(p, "description") or None,
        product_id=text(product, "id") if product is not None else None,
        quantity=number(p, "quantity"),
        unit=unit,
        unit_code=_UNITS.get(unit.casefold()) if unit else None,
        unit_price=_money(p, "unitPrice", negate),
        discount_amount=discount,
        net_amount=net - discount if net is not None and discount is not None else net,
        tax_rate=number(tax, "rate") if tax is not None else None,
        tax_amount=_money(p, "taxAmount", negate),
        gross_amount=_money(p, "grossAmount", negate),
        period_start=_day(p, "serviceDateFrom"),
        period_end=_day(p, "serviceDateTo"),
    )


def _breakdown(positions: list[Any], lines: tuple[Line, ...]) -> tuple[TaxSubtotal, ...]:
    groups: dict[Decimal, list[tuple[dict[str, Any], Decimal, Decimal]]] = {}
    for position, line in zip(positions, lines, strict=True):
        if line.tax_rate is None or line.net_amount is None or line.tax_amount is None:
            return ()
        groups.setdefault(line.tax_rate, []).append((position, line.net_amount, line.tax_amount))
    subtotals = []
    for rate, members in groups.items():
        names = {text(p["tax"], "description") for p, _, _ in members if p.get("tax")} - {None, ""}
        subtotals.append(
            TaxSubtotal(
                rate=rate,
                taxable_amount=sum((net for _, net, _ in members), Decimal(0)),
                tax_amount=sum((tax for _, _, tax in members), Decimal(0)),
                name=names.pop() if len(names) == 1 else None,
            )
        )
    return tuple(subtotals)


def _person(obj: dict[str, Any]) -> str | None:
    return " ".join(p for p in (text(obj, "firstName"), text(obj, "lastName")) if p) or None


def _buyer(client: dict[str, Any] | None, snap: dict[str, Any] | None) -> Party | None:
    if client is None and snap is None:
        return None
    company = (text(snap, "companyName") if snap else None) or (
        text(client, "companyName") if client else None
    )
    name = (_person(snap) if snap else None) or (_person(client) if client else None)
    address = None
    if snap is not None:
        street = " ".join(p for p in (text(snap, "street"), text(snap, "houseNumber")) if p)
        address = Address(
            lines=tuple(line for line in (street, text(snap, "addition")) if line),
            city=text(snap, "city"),
            postal_code=text(snap, "zip"),
            country=text(snap, "countryCode"),
        )
    return Party(
        id=text(client, "id") if client else None,
        number=text(client, "customerNumber") if client else None,
        name=company or name,
        contact_name=name if company else None,
        email=text(snap, "email") if snap else None,
        phone=text(client, "phone") if client else None,
        vat_id=(text(snap, "vatId") if snap else None)
        or (text(client, "vatId") if client else None),
        legal_registration_id=text(client, "commercialRegisterNumber") if client else None,
        address=address,
    )


def _instructions(method: dict[str, Any] | None) -> PaymentInstructions | None:
    code = _MEANS.get(text(method, "type") or "") if method is not None else None
    if method is None or code is None:
        return None
    return PaymentInstructions(means_code=code, means_text=text(method, "name") or None)


def _preceding(ref: dict[str, Any] | None, zone: dt.tzinfo) -> InvoiceReference | None:
    if ref is None:
        return None
    kind = text(ref, "type")
    return InvoiceReference(
        id=text(ref, "id"),
        number=text(ref, "number"),
        issue_date=_local_day(ref, "finalizationDate", zone),
        kind=_KINDS.get(kind, InvoiceKind.OTHER) if kind else None,
    )


def to_invoice(body: bytes) -> Invoice:
    """The `Invoice` `normalize("fynn", body)` gives, for well-formed bodies."""
    s = json.loads(body, parse_float=Decimal)
    if type(s) is not dict:
        raise ValueError("a Fynn invoice is a JSON object")
    raw_kind, raw_status = required_text(s, "type"), required_text(s, "status")
    kind = _KINDS.get(raw_kind, InvoiceKind.OTHER)
    reference = mapping(s, "grossAmount") or mapping(s, "netAmount")
    negate = kind in _CREDIT and reference is not None and required_integer(reference, "amount") < 0
    customer = mapping(s, "customer")
    zone: dt.tzinfo = _UTC
    if customer is not None and text(customer, "timeZone"):
        zone = ZoneInfo(customer["timeZone"])
    gross, due = _money(s, "grossAmount", negate), _money(s, "unpaidAmount", negate)
    status = _STATUSES.get(raw_status, InvoiceStatus.UNKNOWN)
    if status is InvoiceStatus.OPEN and due is not None and gross is not None and 0 < due < gross:
        status = InvoiceStatus.PARTIALLY_PAID
    positions = objects(s, "positions") or []
    lines = tuple(_line(p, negate) for p in positions)
    custom = mapping(s, "customFields")
    candidates = {
        "dunningLevel": integer(s, "dunningLevel"),
        "dunningStatus": text(s, "dunningStatus"),
        "dunningDisabled": boolean(s, "dunningDisabled"),
        "sourceType": text(s, "sourceType"),
        "eInvoiceType": text(s, "eInvoiceType"),
        "internalNote": text(s, "internalNote"),
        "lastReminderDate": _iso(s, "lastReminderDate"),
        "lastSentAt": _iso(s, "lastSentAt"),
        "payDate": _iso(s, "payDate"),
        "usageBreakdownUrl": text(s, "usageBreakdownUrl"),
        "paymentProviderFeeCents": integer(s, "paymentProviderFeeCents"),
        "customFields": custom,
    }
    extra = {key: value for key, value in candidates.items() if value is not None}
    if zone is not _UTC:
        extra["dateTimeZone"] = str(zone)
    created = instant(s, "creationDate")
    return Invoice(
        vendor="fynn",
        id=required_text(s, "id"),
        number=text(s, "number"),
        kind=kind,
        kind_raw=raw_kind,
        type_code=_TYPE_CODES.get(raw_kind),
        status=status,
        status_raw=raw_status,
        issue_date=_local_day(s, "finalizationDate", zone),
        due_date=_local_day(s, "dueDate", zone),
        period_start=_day(s, "serviceDateFrom"),
        period_end=_day(s, "serviceDateTo"),
        currency=required_text(s, "currencyCode"),
        buyer=_buyer(customer, mapping(s, "invoiceAddress")),
        buyer_reference=text(s, "leitwegId"),
        lines=lines,
        totals=Totals(
            discount=_money(s, "discountAmount", negate),
            net=_money(s, "netAmount", negate),
            tax=_money(s, "taxAmount", negate),
            gross=gross,
            paid=gross - due if gross is not None and due is not None else None,
            due=due,
        ),
        tax_breakdown=_breakdown(positions, lines),
        preceding_invoice=_preceding(mapping(s, "referencedInvoice"), zone),
        notes=tuple(
            note for note in (text(s, "title"), text(s, "introduction"), text(s, "closing")) if note
        ),
        created_at=created.astimezone(_UTC) if created is not None else None,
        payment_instructions=_instructions(mapping(s, "paymentMethod")),
        extra=extra,
        raw=msgspec.Raw(body),
    )
