"""Yeti's limit: the JSON:API document decoded into just what the mapping reads."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import msgspec

from invoicekit import Invoice, InvoiceKind, InvoiceStatus, Line, Party, Totals

_MICRO = dt.timedelta(microseconds=1)


class _Attributes(msgspec.Struct, rename="kebab"):
    start_date: dt.datetime
    end_date: dt.datetime
    has_pdf: bool
    amount_spent: Decimal
    originated_amount_spent: Decimal
    terminated_amount_spent: Decimal
    originated_calls_count: int
    originated_successful_calls_count: int
    originated_calls_duration: int
    originated_billing_duration: int
    terminated_calls_count: int
    terminated_successful_calls_count: int
    terminated_calls_duration: int
    terminated_billing_duration: int
    reference: str | None = None
    originated_first_call_at: dt.datetime | None = None
    originated_last_call_at: dt.datetime | None = None
    terminated_first_call_at: dt.datetime | None = None
    terminated_last_call_at: dt.datetime | None = None
    services_amount_spent: Decimal | None = None
    service_transactions_count: int | None = None


class _Linkage(msgspec.Struct):
    id: str


class _Relation(msgspec.Struct):
    data: _Linkage | None = None


class _Relationships(msgspec.Struct):
    account: _Relation | None = None


class _Links(msgspec.Struct):
    self: str


class _Resource(msgspec.Struct):
    id: str
    attributes: _Attributes
    links: _Links
    relationships: _Relationships | None = None


class _AccountAttributes(msgspec.Struct):
    name: str
    currency: str | None = None


class _Account(msgspec.Struct):
    id: str
    attributes: _AccountAttributes


class _Document(msgspec.Struct):
    data: _Resource
    included: list[_Account] = []


class _Own(msgspec.Struct):
    """The invoice resource's own bytes, which `Invoice.raw` holds."""

    data: msgspec.Raw


_DECODER = msgspec.json.Decoder(_Document)
_OWN = msgspec.json.Decoder(_Own)
_UTC = dt.UTC


def _iso(value: dt.datetime | None) -> str | None:
    return None if value is None else value.astimezone(_UTC).isoformat().replace("+00:00", "Z")


def to_invoice(body: bytes) -> Invoice:
    """The `Invoice` `normalize("yeti", body)` gives, for well-formed bodies."""
    document = _DECODER.decode(body)
    resource = document.data
    a = resource.attributes
    start, end = a.start_date.astimezone(_UTC), a.end_date.astimezone(_UTC)
    first, last = start.date(), (end - _MICRO).date()
    extra = {
        "has_pdf": a.has_pdf,
        "period_start_at": _iso(start),
        "period_end_at": _iso(end),
        "originated_calls_count": a.originated_calls_count,
        "originated_successful_calls_count": a.originated_successful_calls_count,
        "originated_calls_duration_seconds": a.originated_calls_duration,
        "originated_billing_duration_seconds": a.originated_billing_duration,
        "originated_first_call_at": _iso(a.originated_first_call_at),
        "originated_last_call_at": _iso(a.originated_last_call_at),
        "terminated_calls_count": a.terminated_calls_count,
        "terminated_successful_calls_count": a.terminated_successful_calls_count,
        "terminated_calls_duration_seconds": a.terminated_calls_duration,
        "terminated_billing_duration_seconds": a.terminated_billing_duration,
        "terminated_first_call_at": _iso(a.terminated_first_call_at),
        "terminated_last_call_at": _iso(a.terminated_last_call_at),
    }
    if a.service_transactions_count is not None:
        extra["service_transactions_count"] = a.service_transactions_count
    extra["period_time_zone"] = "UTC"
    amounts = [
        ("originated", "Originated calls",
         "Calls the account originated, as the customer (customer price, VAT included)",
         a.originated_amount_spent),
        ("terminated", "Terminated calls",
         "Calls the account terminated and pays for (reverse billing; no VAT added)",
         a.terminated_amount_spent),
    ]  # fmt: skip
    if a.services_amount_spent is not None:
        amounts.append(
            ("services", "Services", "Charges for services (service transactions; no VAT added)",
             a.services_amount_spent)
        )  # fmt: skip
    lines = tuple(
        Line(id=i, name=n, description=d, gross_amount=v, period_start=first, period_end=last)
        for i, n, d, v in amounts
        if v != 0
    )
    kinds = {line.id == "originated" for line in lines}
    buyer, currency = None, None
    link = resource.relationships.account if resource.relationships else None
    if link is not None and link.data is not None:
        account = next((x for x in document.included if x.id == link.data.id), None)
        if account is None:
            buyer = Party(id=link.data.id)
        else:
            buyer, currency = (
                Party(id=account.id, name=account.attributes.name),
                (account.attributes.currency),
            )
    return Invoice(
        vendor="yeti",
        id=resource.id,
        number=a.reference,
        kind=InvoiceKind.INVOICE,
        type_code="380",
        status=InvoiceStatus.ISSUED,
        period_start=first,
        period_end=last,
        currency=currency,
        buyer=buyer,
        lines=lines,
        totals=Totals(gross=a.amount_spent),
        prices_include_tax=kinds.pop() if len(kinds) == 1 else None,
        pdf_url=resource.links.self + "/download" if a.has_pdf else None,
        extra=extra,
        raw=_OWN.decode(body).data,
    )
