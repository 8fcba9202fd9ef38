"""Daftra by hand: the api2 document read with the stdlib json decoder and dict code.

Daftra (CakePHP) sends numbers, flags and ids as strings ("30", "0", "2622"), so the readers
here take a JSON number or its text, as the limit's lenient decode does. `Invoice.raw` is the
document's ``data`` member, found with `members`.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

import msgspec
from limits.daftra import (  # the vendor's codes: the limit's tables
    _KINDS,
    _PAYMENTS,
    _STATUSES,
    _VAT,
)

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

from ._read import mapping, members, number, objects, text

_REGISTRATION = re.compile(r"commercial|registr|\bcr\b|سجل", re.IGNORECASE)
_INTEGER = re.compile(r"-?[0-9]+")
_FLAGS = {"0": False, "1": True, "false": False, "true": True, 0: False, 1: True}


def _integer(obj: dict[str, Any], key: str) -> int | None:
    """``obj[key]`` as an int: a JSON integer or its text; None when absent or null."""
    value = obj.get(key)
    if value is None or type(value) is int:
        return value
    if type(value) is str and _INTEGER.fullmatch(value):
        return int(value)
    raise ValueError(f"{key}: expected an integer, got {value!r}")


def _required_integer(obj: dict[str, Any], key: str) -> int:
    value = _integer(obj, key)
    if value is None:
        raise ValueError(f"{key}: expected an integer")
    return value


def _flag(obj: dict[str, Any], key: str) -> bool | None:
    """``obj[key]`` as a bool: true/false, 0/1 or their text; None when absent or null."""
    value = obj.get(key)
    if value is None or type(value) is bool:
        return value
    if type(value) in (int, str) and value in _FLAGS:
        return _FLAGS[value]
    raise ValueError(f"{key}: expected a flag, got {value!r}")


def _day(obj: dict[str, Any], key: str) -> dt.date | None:
    """A day written ``2024-01-10`` or ``2024-01-10 09:15:00`` (the day is the first part)."""
    value = text(obj, key)
    return dt.date.fromisoformat(value[:10]) if value else None


def _name(first: str | None, last: str | None) -> str | None:
    return " ".join(name for name in (first, last) if name) or None


def _line(item: dict[str, Any]) -> Line:
    unit_price, quantity = number(item, "unit_price"), number(item, "quantity")
    discount = number(item, "calculated_discount")
    given = number(item, "discount")
    if discount is None and given is not None:
        kind = _integer(item, "discount_type")
        if not given or kind == 2:
            discount = given
        elif kind == 1 and unit_price is not None and quantity:
            discount = (unit_price * quantity * given).scaleb(-2)
    taxes = [number(item, "summary_tax1"), number(item, "summary_tax2")]
    codes = (_integer(item, "tax1"), _integer(item, "tax2"))
    unknown = any(t is None and i for t, i in zip(taxes, codes, strict=True))
    stated = [t for t in taxes if t is not None]
    product = _integer(item, "product_id")
    return Line(
        id=str(_required_integer(item, "id")),
        name=text(item, "item") or None,
        description=text(item, "description") or None,
        product_id=None if product is None else str(product),
        quantity=quantity,
        unit_price=unit_price,
        discount_amount=discount,
        net_amount=number(item, "subtotal"),
        tax_amount=None if unknown or not stated else sum(stated[1:], stated[0]),
        gross_amount=number(item, "total"),
    )


def _payment(record: dict[str, Any]) -> Payment:
    status = _integer(record, "status")
    return Payment(
        id=str(_required_integer(record, "id")),
        date=_day(record, "date"),
        amount=number(record, "amount"),
        currency=text(record, "currency_code") or None,
        method=text(record, "payment_method") or None,
        reference=text(record, "transaction_id") or None,
        status=_PAYMENTS.get(status, PaymentStatus.UNKNOWN)
        if status is not None
        else PaymentStatus.UNKNOWN,
        status_raw=None if status is None else str(status),
    )


def _buyer(h: dict[str, Any]) -> Party:
    c = mapping(h, "Client")
    if c is None:  # the benchmark's payloads all carry their client, as the limit's do
        raise ValueError("Client: expected the invoice's client")
    person = _name(text(h, "client_first_name"), text(h, "client_last_name")) or _name(
        text(c, "first_name"), text(c, "last_name")
    )
    business = text(h, "client_business_name") or text(c, "business_name")
    vat = registration = None
    for number_key, label_key in (("bn1", "bn1_label"), ("bn2", "bn2_label")):
        found = text(c, number_key)
        if found:
            label = text(c, label_key) or ""
            if vat is None and _VAT.search(label):
                vat = found
            elif registration is None and _REGISTRATION.search(label):
                registration = found
    lines = tuple(line for line in (text(h, "client_address1"), text(h, "client_address2")) if line)
    return Party(
        id=str(_required_integer(c, "id")),
        number=text(c, "client_number"),
        name=business or person,
        contact_name=person if business else None,
        email=text(h, "client_email") or text(c, "email"),
        phone=text(c, "phone1") or text(c, "phone2"),
        vat_id=vat,
        legal_registration_id=registration,
        address=Address(
            lines=lines,
            city=text(h, "client_city"),
            postal_code=text(h, "client_postal_code"),
            region=text(h, "client_state"),
            country=text(h, "client_country_code"),
        ),
    )


def to_invoice(body: bytes) -> Invoice:
    """The `Invoice` `normalize("daftra", body)` gives, for the benchmark's well-formed bodies
    (a standard invoice whose client, lines and payments sit inside ``Invoice``)."""
    document = body.decode()
    found, spans = members(document)
    data = mapping(found, "data")
    h = mapping(data, "Invoice") if data is not None else None
    if h is None:
        raise ValueError("data.Invoice: expected the invoice")
    lines = tuple(_line(item) for item in objects(h, "InvoiceItem") or ())
    issued = _day(h, "date") or _day(h, "issue_date")
    taxes = [line.tax_amount for line in lines if line.tax_amount is not None]
    subtotal, discount = number(h, "summary_subtotal"), number(h, "summary_discount")
    shipping, gross = number(h, "shipping_amount"), number(h, "summary_total")
    net = None
    if subtotal is not None and discount is not None and not shipping:
        net = subtotal - discount
    if taxes and len(taxes) == len(lines):
        tax: Decimal | None = sum(taxes[1:], taxes[0])
    else:
        tax = gross - net if gross is not None and net is not None else None
    extra: dict[str, object] = {}
    for key in ("created", "modified", "issue_date", "invoice_html_url", "qr_code_url",
                "html_notes"):  # fmt: skip
        value = text(h, key)
        if value:
            extra[key] = value
    for key, name in (
        ("discount_percent", "discount"),
        ("discount_amount", "discount_amount"),
        ("summary_deposit", "summary_deposit"),
        ("summary_refund", "summary_refund"),
    ):
        figure = number(h, name)
        if figure:
            extra[key] = str(figure)
    draft = _flag(h, "draft") is True
    kind, payment_status, due_after = (
        _integer(h, "type"),
        _integer(h, "payment_status"),
        _integer(h, "due_after"),
    )
    notes = text(h, "notes")
    begin, end = spans["data"]
    return Invoice(
        vendor="daftra",
        id=str(_required_integer(h, "id")),
        number=text(h, "no") or None,
        kind=_KINDS.get(kind, InvoiceKind.OTHER) if kind is not None else InvoiceKind.INVOICE,
        kind_raw=None if kind is None else str(kind),
        status=InvoiceStatus.DRAFT if draft else _STATUSES[payment_status or 0],
        status_raw="draft" if draft else str(payment_status),
        issue_date=issued,
        due_date=issued + dt.timedelta(days=due_after)
        if issued and due_after is not None
        else None,
        currency=text(h, "currency_code"),
        buyer=_buyer(h),
        purchase_order_reference=text(h, "po_number"),
        lines=lines,
        totals=Totals(
            line_net=subtotal,
            discount=discount,
            charges=shipping,
            net=net,
            tax=tax,
            gross=gross,
            paid=number(h, "summary_paid"),
            due=number(h, "summary_unpaid"),
        ),
        payments=tuple(_payment(record) for record in objects(h, "InvoicePayment") or ()),
        notes=(notes,) if notes else (),
        pdf_url=text(h, "invoice_pdf_url"),
        extra=extra,
        raw=msgspec.Raw(document[begin:end].encode()),
    )
