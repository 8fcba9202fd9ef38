"""Yeti by hand: the JSON:API document read with the stdlib json decoder and dict code.

`Invoice.raw` holds the invoice resource's own bytes (``data``), which ``json.loads`` does not
keep: `members` reads the top level with the same stdlib decoder and says where each value is.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import msgspec

from invoicekit import Invoice, InvoiceKind, InvoiceStatus, Line, Party, Totals

from ._read import (
    array,
    instant,
    mapping,
    members,
    number,
    required_integer,
    required_text,
    text,
)

_MICRO = dt.timedelta(microseconds=1)
_UTC = dt.UTC
_COUNTS = (
    ("originated-calls-count", "originated_calls_count"),
    ("originated-successful-calls-count", "originated_successful_calls_count"),
    ("originated-calls-duration", "originated_calls_duration_seconds"),
    ("originated-billing-duration", "originated_billing_duration_seconds"),
)
_TERMINATED = tuple((k.replace("originated", "terminated"), v.replace("originated", "terminated"))
                    for k, v in _COUNTS)  # fmt: skip


def _iso(value: dt.datetime | None) -> str | None:
    return None if value is None else value.astimezone(_UTC).isoformat().replace("+00:00", "Z")


def _required_instant(obj: dict[str, Any], key: str) -> dt.datetime:
    value = instant(obj, key)
    if value is None:
        raise ValueError(f"{key}: expected an instant")
    return value.astimezone(_UTC)


def _amount(obj: dict[str, Any], key: str) -> Decimal:
    value = number(obj, key)
    if value is None:
        raise ValueError(f"{key}: expected an amount")
    return value


def _buyer(resource: dict[str, Any], included: list[Any]) -> tuple[Party | None, str | None]:
    relationships = mapping(resource, "relationships")
    link = mapping(relationships, "account") if relationships else None
    linkage = mapping(link, "data") if link else None
    if linkage is None:
        return None, None
    wanted = required_text(linkage, "id")
    for account in included:
        if type(account) is not dict:
            raise ValueError("included: expected objects")
        if account.get("type") == "accounts" and account.get("id") == wanted:
            attributes = mapping(account, "attributes")
            if attributes is None:
                raise ValueError("included account: expected attributes")
            name = required_text(attributes, "name")
            return Party(id=wanted, name=name), text(attributes, "currency")
    return Party(id=wanted), None


def to_invoice(body: bytes) -> Invoice:
    """The `Invoice` `normalize("yeti", body)` gives, for well-formed bodies."""
    document = body.decode()
    found, spans = members(document)
    resource = mapping(found, "data")
    if resource is None:
        raise ValueError("data: expected the invoice resource")
    a = mapping(resource, "attributes")
    links = mapping(resource, "links")
    if a is None or links is None:
        raise ValueError("data: expected attributes and links")
    start, end = _required_instant(a, "start-date"), _required_instant(a, "end-date")
    first, last = start.date(), (end - _MICRO).date()
    has_pdf = a["has-pdf"]
    if type(has_pdf) is not bool:
        raise ValueError("has-pdf: expected a bool")
    extra: dict[str, Any] = {"has_pdf": has_pdf, "period_start_at": _iso(start),
                             "period_end_at": _iso(end)}  # fmt: skip
    for key, name in _COUNTS:
        extra[name] = required_integer(a, key)
    extra["originated_first_call_at"] = _iso(instant(a, "originated-first-call-at"))
    extra["originated_last_call_at"] = _iso(instant(a, "originated-last-call-at"))
    for key, name in _TERMINATED:
        extra[name] = required_integer(a, key)
    extra["terminated_first_call_at"] = _iso(instant(a, "terminated-first-call-at"))
    extra["terminated_last_call_at"] = _iso(instant(a, "terminated-last-call-at"))
    transactions = a.get("service-transactions-count")
    if transactions is not None:
        extra["service_transactions_count"] = required_integer(a, "service-transactions-count")
    extra["period_time_zone"] = "UTC"
    amounts = [
        ("originated", "Originated calls",
         "Calls the account originated, as the customer (customer price, VAT included)",
         _amount(a, "originated-amount-spent")),
        ("terminated", "Terminated calls",
         "Calls the account terminated and pays for (reverse billing; no VAT added)",
         _amount(a, "terminated-amount-spent")),
    ]  # fmt: skip
    services = number(a, "services-amount-spent")
    if services is not None:
        amounts.append(
            ("services", "Services", "Charges for services (service transactions; no VAT added)",
             services)
        )  # fmt: skip
    lines = tuple(
        Line(id=i, name=n, description=d, gross_amount=v, period_start=first, period_end=last)
        for i, n, d, v in amounts
        if v != 0
    )
    kinds = {line.id == "originated" for line in lines}
    buyer, currency = _buyer(resource, array(found, "included"))
    begin, stop = spans["data"]
    return Invoice(
        vendor="yeti",
        id=required_text(resource, "id"),
        number=text(a, "reference"),
        kind=InvoiceKind.INVOICE,
        type_code="380",
        status=InvoiceStatus.ISSUED,
        period_start=first,
        period_end=last,
        currency=currency,
        buyer=buyer,
        lines=lines,
        totals=Totals(gross=_amount(a, "amount-spent")),
        prices_include_tax=kinds.pop() if len(kinds) == 1 else None,
        pdf_url=required_text(links, "self") + "/download" if has_pdf else None,
        extra=extra,
        raw=msgspec.Raw(document[begin:stop].encode()),
    )
