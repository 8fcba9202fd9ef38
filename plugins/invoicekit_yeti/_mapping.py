"""Yeti-switch customer invoices (JSON:API, customer API v1) → `invoicekit.Invoice`.

A Yeti "invoice" is an approved usage statement of one account for one period: what the
account's originated calls, reverse-billed terminated calls and services cost (VAT included
in the originated calls only, see ``prices_include_tax``). It has no issue date, due date,
tax breakdown, line items or payment state. Field by field (vendor names are the dasherized
JSON:API attributes under ``data.attributes``):

``vendor``
    ``"yeti"``.
``id``
    ``data.id``, the invoice UUID the API is addressed by.
``number``
    ``reference``: the number printed on the invoice (from the account's reference template;
    by default the internal integer id).
``kind`` / ``kind_raw``
    Always `InvoiceKind.INVOICE`: the customer API serves only usage invoices. Yeti has no
    kind field, so ``kind_raw`` is ``None``. `Invoice.type_code` (BT-3) is ``380``, a
    commercial invoice, which is what the API calls these documents (resource type
    ``invoices``).
``status`` / ``status_raw``
    Always `InvoiceStatus.ISSUED`: customers only ever see invoices in state Approved, and Yeti
    says nothing about payment. There is no status field, so ``status_raw`` is ``None``.
``issue_date``, ``due_date``
    ``None``. Yeti gives neither; the end of the period is *not* an issue date, so none is
    invented. (That is also why the ``issued_since``/``issued_until`` filters are unsupported.)
``period_start``
    The calendar day of ``start-date`` (an instant; the period includes it) in the account's
    time zone. Yeti computes periods as local midnights in the account's zone
    (``BillingInvoice::CalculatePeriod::Current`` with ``BillingPeriod::Monthly`` and
    friends), but the customer API does not expose the zone (the account resource has no
    time zone attribute). So it is an option: ``connect("yeti", ..., timezone="Europe/Berlin")``
    or ``normalize("yeti", body, timezone="Europe/Berlin")``, an IANA name, default UTC. A
    Europe/Berlin June invoice starts at ``2026-05-31T22:00:00Z``: June 1 with the zone, May 31
    without it.
``period_end``
    ``end-date`` is an *exclusive* instant (calls are billed when ``time_start < end-date``),
    so the last day of the period is the day, in the same zone, of the last instant inside
    it: ``end-date`` minus one microsecond. A UTC period ending at ``2026-06-12T00:00:00Z``
    ends on 2026-06-11. The exact instants stay in ``extra`` as
    ``period_start_at``/``period_end_at`` (UTC), and the zone the days were taken in as
    ``period_time_zone``.
``currency``
    The included account's ``currency`` (``GET ...?include=account``; an invoice copies its
    account's currency when it is created, but the customer API does not expose the invoice's
    own). Used only when it is an ISO 4217 code (three upper-case letters); anything else
    gives ``None`` and is kept in ``extra["account_currency"]``. Without the account: ``None``.
``buyer``
    ``Party(id=<account UUID>, name=<account name>)`` when the account is included; only the id
    when the invoice links an account that is not included; ``None`` otherwise.
``seller``
    ``None``: the operator running Yeti is not described by the customer API.
``totals``
    ``gross`` = ``amount-spent``, every charge of the period: Yeti's ``BillingInvoice::Fill``
    sums originated + terminated + services. ``net``, ``tax``, ``paid`` and ``due`` are not
    given and stay ``None``. Amounts keep the scale Yeti wrote (``"0.0"`` stays ``0.0``).
``prices_include_tax``
    Only the originated amount carries VAT: it sums the CDRs' ``customer_price``, which
    includes the account's VAT (Yeti also keeps ``customer_price_no_vat``), while the
    terminated amount sums ``vendor_price`` and the services amount sums service
    transactions, neither with VAT. So: ``True`` when originated calls are the only charged
    line, ``False`` when there are charged lines and none of them is originated, ``None``
    when both kinds are charged (no single answer holds) or nothing is charged. The line
    descriptions say which line includes VAT.
``lines``
    One `Line` per *charged* kind of traffic, in this order: ``originated`` (calls the account
    made), ``terminated`` (reverse-billed calls it received), ``services`` (recurring services;
    only when the attribute is present: Yeti before 2024-05 does not send it). "Charged" means
    its ``*-amount-spent`` is not zero; a negative amount is a charge too and is kept. Each line
    has ``gross_amount`` = that amount, the invoice period, and a name and description; every
    other amount is ``None``. An invoice with no charges (the seed) has no lines. The sum of
    the lines is not checked against ``amount-spent``: invoicekit copies, never computes.
``extra``
    ``has_pdf``; per traffic kind ``<kind>_calls_count``, ``<kind>_successful_calls_count``,
    ``<kind>_calls_duration_seconds``, ``<kind>_billing_duration_seconds`` (after billing
    intervals), ``<kind>_first_call_at``/``<kind>_last_call_at`` (ISO 8601 UTC strings, or
    ``None`` when there were no calls); ``service_transactions_count`` when present;
    ``period_start_at``/``period_end_at`` (the exact instants); ``account_currency`` only when
    it is not a usable ISO code.
``pdf_url``
    ``<links.self>/download`` when ``has-pdf`` is true and ``links.self`` is an absolute
    http(s) URL of this very invoice; otherwise ``None`` (Yeti answers 404 when there is no
    PDF, so no URL is promised for one). Fetching it needs the API credentials.
``raw``
    The invoice resource's own bytes, exactly as sent: ``data`` of a single-invoice document
    (`YetiVendor.normalize`, ``get_invoice``), the item of ``data`` when listing; never the
    ``included`` accounts beside it (invoicekit's one rule for `Invoice.raw`).
``created_at``, ``updated_at``, ``notes``, references, payments, tax breakdown
    Not given by Yeti: ``None`` or empty.

Rejected as `invoicekit.NormalizationError`: anything the generated models do not decode
(msgspec reports the JSON path), ``data.type`` other than ``invoices``, amounts that are not
finite numbers (``"NaN"``, ``"Infinity"``), and instants without a UTC offset.
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import msgspec

from invoicekit.plugin import (
    Invoice,
    InvoiceKind,
    InvoiceStatus,
    Line,
    NormalizationError,
    Party,
    Totals,
    present,
)
from invoicekit_yeti_client.models import (
    AccountResource,
    AccountResourceType,
    InvoiceAttributes,
    InvoiceResource,
    InvoiceResourceType,
)

from ._values import VENDOR, instant_text, money, utc

#: UNCL 1001 code of a commercial invoice, EN 16931 BT-3.
_COMMERCIAL_INVOICE = "380"

__all__ = ["accounts_of", "resource_to_invoice"]

_ISO_CURRENCY = re.compile(r"[A-Z]{3}")
_ONE_MICROSECOND = dt.timedelta(microseconds=1)


class _Included(msgspec.Struct):
    included: list[AccountResource] | msgspec.UnsetType | None = msgspec.UNSET


def accounts_of(body: bytes) -> dict[str, AccountResource]:
    """The ``included`` accounts of a single-invoice document or a list page, by id."""
    return _accounts_by_id(msgspec.json.decode(body, type=_Included, strict=False).included)


def resource_to_invoice(
    raw: msgspec.Raw, accounts: Mapping[str, AccountResource], zone: dt.tzinfo = dt.UTC
) -> Invoice:
    """Normalize one invoice resource (its own bytes ``raw``); period days are taken in ``zone``.

    Error paths start at the resource (``$.attributes.amount-spent``); invoicekit roots them at
    the body (``$.data`` or ``$.data[3]``). msgspec errors escape unchanged.
    """
    resource = msgspec.json.decode(raw, type=InvoiceResource, strict=False)
    return _to_invoice(resource, accounts, raw, "$", zone)


def _accounts_by_id(
    included: list[AccountResource] | msgspec.UnsetType | None,
) -> dict[str, AccountResource]:
    return {
        account.id: account
        for account in present(included) or ()
        if account.type_ == AccountResourceType.ACCOUNTS
    }


def _to_invoice(
    resource: InvoiceResource,
    accounts: Mapping[str, AccountResource],
    raw: msgspec.Raw,
    path: str,
    zone: dt.tzinfo,
) -> Invoice:
    if resource.type_ != InvoiceResourceType.INVOICES:
        raise NormalizationError(
            VENDOR, f"{path}.type", f"expected an 'invoices' resource, got {str(resource.type_)!r}"
        )
    attributes = resource.attributes
    where = f"{path}.attributes"
    start = utc(attributes.start_date, f"{where}.start-date")
    end = utc(attributes.end_date, f"{where}.end-date")
    period_start = start.astimezone(zone).date()
    period_end = (end - _ONE_MICROSECOND).astimezone(zone).date()
    extra = _extra(attributes, where, start, end)
    extra["period_time_zone"] = str(zone)
    buyer, currency = _buyer_and_currency(resource, accounts, extra)
    lines = _lines(attributes, where, period_start, period_end)
    return Invoice(
        vendor=VENDOR,
        id=resource.id,
        number=attributes.reference,
        kind=InvoiceKind.INVOICE,
        type_code=_COMMERCIAL_INVOICE,
        status=InvoiceStatus.ISSUED,
        period_start=period_start,
        period_end=period_end,
        currency=currency,
        buyer=buyer,
        lines=lines,
        totals=Totals(gross=money(attributes.amount_spent, f"{where}.amount-spent")),
        prices_include_tax=_prices_include_tax(lines),
        pdf_url=_pdf_url(resource) if attributes.has_pdf else None,
        extra=extra,
        raw=raw,
    )


def _lines(
    attributes: InvoiceAttributes, where: str, start: dt.date, end: dt.date
) -> tuple[Line, ...]:
    amounts: list[tuple[str, str, str, Decimal]] = [
        (
            "originated",
            "Originated calls",
            "Calls the account originated, as the customer (customer price, VAT included)",
            money(attributes.originated_amount_spent, f"{where}.originated-amount-spent"),
        ),
        (
            "terminated",
            "Terminated calls",
            "Calls the account terminated and pays for (reverse billing; no VAT added)",
            money(attributes.terminated_amount_spent, f"{where}.terminated-amount-spent"),
        ),
    ]
    services = present(attributes.services_amount_spent)
    if services is not None:
        amounts.append(
            (
                "services",
                "Services",
                "Charges for services (service transactions; no VAT added)",
                money(services, f"{where}.services-amount-spent"),
            )
        )
    return tuple(
        Line(
            id=line_id,
            name=name,
            description=description,
            gross_amount=amount,
            period_start=start,
            period_end=end,
        )
        for line_id, name, description, amount in amounts
        if amount != 0  # a kind with nothing charged gets no line
    )


def _prices_include_tax(lines: tuple[Line, ...]) -> bool | None:
    """See ``prices_include_tax`` above: only the originated line's amount includes VAT."""
    kinds = {line.id == "originated" for line in lines}
    return kinds.pop() if len(kinds) == 1 else None


def _extra(
    attributes: InvoiceAttributes, where: str, start: dt.datetime, end: dt.datetime
) -> dict[str, Any]:
    extra: dict[str, Any] = {
        "has_pdf": attributes.has_pdf,
        "period_start_at": instant_text(start, f"{where}.start-date"),
        "period_end_at": instant_text(end, f"{where}.end-date"),
        "originated_calls_count": attributes.originated_calls_count,
        "originated_successful_calls_count": attributes.originated_successful_calls_count,
        "originated_calls_duration_seconds": attributes.originated_calls_duration,
        "originated_billing_duration_seconds": attributes.originated_billing_duration,
        "originated_first_call_at": instant_text(
            attributes.originated_first_call_at, f"{where}.originated-first-call-at"
        ),
        "originated_last_call_at": instant_text(
            attributes.originated_last_call_at, f"{where}.originated-last-call-at"
        ),
        "terminated_calls_count": attributes.terminated_calls_count,
        "terminated_successful_calls_count": attributes.terminated_successful_calls_count,
        "terminated_calls_duration_seconds": attributes.terminated_calls_duration,
        "terminated_billing_duration_seconds": attributes.terminated_billing_duration,
        "terminated_first_call_at": instant_text(
            attributes.terminated_first_call_at, f"{where}.terminated-first-call-at"
        ),
        "terminated_last_call_at": instant_text(
            attributes.terminated_last_call_at, f"{where}.terminated-last-call-at"
        ),
    }
    transactions = present(attributes.service_transactions_count)
    if transactions is not None:
        extra["service_transactions_count"] = transactions
    return extra


def _buyer_and_currency(
    resource: InvoiceResource, accounts: Mapping[str, AccountResource], extra: dict[str, Any]
) -> tuple[Party | None, str | None]:
    relationships = present(resource.relationships)
    relationship = present(relationships.account) if relationships else None
    linkage = present(relationship.data) if relationship else None
    if linkage is None:
        return None, None
    account = accounts.get(linkage.id)
    if account is None:
        return Party(id=linkage.id), None
    currency = present(account.attributes.currency)
    if currency is not None and not _ISO_CURRENCY.fullmatch(currency):
        extra["account_currency"] = currency
        currency = None
    return Party(id=account.id, name=account.attributes.name), currency


def _pdf_url(resource: InvoiceResource) -> str | None:
    """``links.self`` + ``/download``, only when ``links.self`` is this invoice's own URL."""
    try:
        parts = urllib.parse.urlsplit(resource.links.self_)
    except ValueError:  # e.g. an unbalanced IPv6 bracket
        return None
    own_path = "/invoices/" + urllib.parse.quote(resource.id, safe="")
    if (
        parts.scheme not in {"http", "https"}
        or not parts.netloc
        or parts.query
        or parts.fragment
        or not parts.path.endswith(own_path)
    ):
        return None
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path + "/download", "", ""))
