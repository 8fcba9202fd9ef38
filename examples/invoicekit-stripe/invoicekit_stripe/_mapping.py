"""A Stripe invoice (the generated client's ``Invoice`` model) as an `invoicekit.Invoice`.

Sources: the Stripe API reference for the invoice object (https://docs.stripe.com/api/invoices)
and ``specs/stripe/openapi.yaml`` (API version 2024-06-20, plus the optional fields of later
versions). Every decision, field by field:

Identity and kind
    ``id`` (``in_...``) → `Invoice.id`; ``number`` → `Invoice.number` (Stripe assigns it at
    finalization; drafts have none). Every Stripe invoice is an invoice: credit notes are a
    separate Stripe object (``cn_...``, ``/v1/credit_notes``) that this plugin does not read.
    So `Invoice.kind` is always ``invoice``, `Invoice.type_code` (BT-3) ``380`` (commercial
    invoice), and `Invoice.kind_raw` keeps ``object``. An
    invoice whose ``total`` is negative (a subscription downgrade's proration credit) stays
    an invoice, with its negative amounts as Stripe states them.

Status
    ``status`` → `Invoice.status`: draft → draft, open → open, paid → paid, void → void;
    `Invoice.status_raw` keeps the value. Refinements from Stripe's own amounts: an open
    invoice with ``amount_paid`` > 0 and ``amount_remaining`` > 0 is partially_paid; a paid
    invoice with ``amount_overpaid`` > 0 (sent from 2025-03-31.basil on) is overpaid.
    ``uncollectible`` → **unknown**. Stripe's "mark uncollectible" is a bad-debt write-off
    for the merchant's books, and invoicekit has no such status. ``void`` would assert that
    nothing is owed, which is false: an uncollectible invoice can still be paid (it then
    moves to ``paid``) or voided, and Stripe keeps ``amount_remaining``. ``open`` would hide
    the write-off from anyone chasing open invoices. So: unknown, ``status_raw =
    "uncollectible"``, `Totals.due` shows the unpaid amount, and ``extra`` has
    ``marked_uncollectible_at``. A null ``status`` (Stripe types it nullable) or a value this
    plugin does not know → unknown too. A refunded invoice stays ``paid`` in Stripe (refunds
    belong to the charge; ``post_payment_credit_notes_amount`` says how much was credited), so
    this plugin never reports refunded.

Dates
    Stripe sends Unix seconds. ``created`` → `Invoice.created_at` (aware, UTC). Stripe gives no
    last-change time: `Invoice.updated_at` is None.
    `Invoice.issue_date` is the UTC day of ``effective_at`` when set (Stripe: the "Date of
    issue" printed on the PDF, ``finalized_at`` unless the merchant overrode it), else of
    ``status_transitions.finalized_at``. A draft has no issue date, even with an
    ``effective_at`` planned for it: it is not issued yet.
    ``due_date`` → `Invoice.due_date`, its UTC day (``charge_automatically`` invoices have
    none). Days are UTC days: Stripe prints dates in the account's time zone, which the API
    does not state, so for an account far from UTC the PDF can show the neighbouring day.
    Periods: Stripe's invoice ``period_start``/``period_end`` are **not** the invoicing period
    (EN 16931 BT-73/74). Stripe defines them as the window in which pending invoice items were
    collected; for a subscription invoice it "looks back one period", so a July invoice that
    bills July in advance says June, and a one-off invoice says start = end = its creation.
    They go to ``extra`` as ``usage_period_start``/``usage_period_end`` (ISO instants).
    `Invoice.period_start`/``period_end`` are instead the span of the lines' service periods
    (each line's ``period``; see Lines): the first day of the earliest line to the last day of
    the latest one. They are None when the invoice has no lines, or when a body given to
    ``normalize`` lacks lines (the missing lines could widen the span; see Lines).

Money
    Amounts are integers in the currency's smallest unit, converted exactly to major units
    with Stripe's exponent for the currency (`invoicekit_stripe._money`: zero-decimal JPY and
    friends, three-decimal KWD and friends, the ISK/HUF/TWD/UGX special cases), keeping the
    scale: 10710 EUR → ``Decimal("107.10")``, 11000 JPY → ``Decimal("11000")``. An amount that
    is not a whole number of minor units is an error at its JSON path. ``currency`` (lower
    case) → `Invoice.currency`, upper case.

Totals (EN 16931 BG-22)
    net (BT-109) ← ``total_excluding_tax`` ("including all discounts but excluding all tax").
    tax (BT-110) ← Σ ``total_tax_amounts[].amount`` (Σ ``total_taxes[].amount`` from
    2025-03-31.basil on), **inclusive and exclusive** taxes alike: both are tax contained in
    ``total``, and ``total = total_excluding_tax + every tax``. (Summing only exclusive taxes
    would understate the VAT of tax-inclusive prices, such as the JPY example's JCT.)
    gross (BT-112) ← ``total``. line_net (BT-106) ← ``subtotal_excluding_tax`` (before
    invoice-level discounts, without any tax). discount (BT-107) ← Σ
    ``total_pretax_credit_amounts`` when sent (2024-09-30.acacia on: discounts and credit
    grants, both pre-tax reductions), else Σ ``total_discount_amounts``; Stripe reports one
    discount total per discount over all lines, line-level discounts included, so that total
    goes here as `Totals.discount` allows. charges (BT-108) ← ``amount_shipping``, the
    invoice's shipping (Stripe does not say whether it is before tax).
    due (BT-115) ← ``amount_remaining``, copied as stated for every status (for a void or
    uncollectible invoice the status says whether it is still owed). paid (BT-113) ←
    ``total - amount_remaining`` (exact): what of the total is settled. It equals
    ``amount_paid`` unless a customer credit balance (``starting_balance``) or a pre-payment
    credit note reduced ``amount_due``; those settle the invoice without a payment, and
    EN 16931 counts them as paid in advance. This keeps
    ``due = gross - paid`` true for every invoice; Stripe's own ``amount_due`` and
    ``amount_paid`` are in ``extra`` (as decimal strings).
    `Invoice.tax_breakdown` (BG-23): one entry per ``total_tax_amounts`` item (Stripe
    aggregates per tax rate): rate = the tax rate's ``percentage`` when the invoice embeds
    that rate object (``default_tax_rates`` or a line's ``tax_rates``; otherwise only its id
    is known and the rate is None), taxable and tax amount, name = the rate's
    ``display_name``. VAT category (BT-118) from the tax's ``taxability_reason`` (Stripe Tax
    sets it; manual tax rates leave it null) where it names one: standard_rated and
    reduced_rated → S, zero_rated → Z, reverse_charge → AE (with exemption code
    VATEX-EU-AE), product_exempt, product_exempt_holiday and customer_exempt → E,
    not_subject_to_tax → O; any other reason, or none, → None. `Invoice.prices_include_tax` is
    True when every invoice-level tax amount is ``inclusive``, False when none is, else None.

Lines
    ``lines.data[]`` → `Invoice.lines`, in order: ``id``, ``description``, product id
    (``price.product``, or ``pricing.price_details.product`` from basil on), ``quantity``
    (``quantity_decimal`` when sent), unit_price ← ``unit_amount_excluding_tax`` (a decimal
    string that may hold fractions of a minor unit), net_amount ← ``amount_excluding_tax``:
    the line without tax and **before discounts**, as Stripe's invoice shows it (discounts
    appear below the subtotal; Stripe allocates invoice-level discounts to lines and does not
    tell them apart from line-level ones). Without ``amount_excluding_tax`` (basil removed it)
    it is ``amount`` minus the line's inclusive taxes, when every tax says whether it is
    inclusive. discount_amount ← Σ ``pretax_credit_amounts`` or ``discount_amounts`` (the
    line's share of every discount). tax_amount ← Σ the line's ``tax_amounts`` (or
    ``taxes``). tax_rate ← the percentage of the line's one tax rate, when it has exactly one
    and the invoice embeds it. vat_category (BT-151) ← the category all the line's taxes
    share by ``taxability_reason``, as for the breakdown. Service period ← ``period``:
    first day = UTC day of ``start``,
    last day (inclusive) = UTC day of the second before ``end`` (Stripe periods end when the
    next starts: July billed monthly is 07-01 00:00 to 08-01 00:00, last day July 31), or
    the day of ``start`` when ``start == end`` (a one-off item). gross_amount is None.
    Every line: an invoice object embeds at most its first 10 lines; ``lines.has_more`` says
    more exist at ``GET /v1/invoices/{id}/lines``. The client fetches them (see "Every line"
    in `invoicekit_stripe._api`) and splices them into the JSON before mapping, so an
    invoice read through the client always has all its lines and ``has_more`` false. Only a
    body given to ``normalize`` offline (a webhook's invoice, a stored copy) can still say
    ``has_more``: that invoice keeps the embedded lines, its period is None, and
    ``extra["lines_truncated"] = True`` says lines are missing (the key is absent otherwise),
    never silently incomplete; `invoicekit.testing.check_invoice` then rightly reports that
    the line net amounts do not add up to line_net.

Buyer and seller
    `Invoice.buyer`: ``customer`` (id, or the expanded customer's id) → id, ``customer_name``,
    ``customer_email``, ``customer_phone``, ``customer_address`` (line1, line2, city,
    postal_code, state → region, country), vat_id = the first ``customer_tax_ids`` entry whose
    type ends in ``_vat`` (``eu_vat``, ``gb_vat``, ``ch_vat``...; other types such as
    ``de_stn`` or ``us_ein`` are no VAT numbers). Stripe snapshots these at finalization, so
    they are the invoice's, not today's customer record. Every tax id is in ``extra`` as
    ``customer_tax_ids`` and the exemption status as ``customer_tax_exempt``.
    `Invoice.seller` is the account: ``account_name`` → name, ``account_country`` → address
    country, and a VAT number from ``account_tax_ids`` when they are expanded (ids alone say
    nothing). A country that is not two letters is an error at its path.

Notes, PDF, extra, raw
    `Invoice.notes`: ``description`` (the memo printed on the invoice) and ``footer``, blank
    ones dropped. `Invoice.pdf_url` ← ``invoice_pdf`` (None for drafts); Stripe's PDF links
    are public signed links on another host. `Invoice.payments` is empty: a 2024-06-20 invoice
    names its latest charge, not its payments.
    `Invoice.extra`, under Stripe's names, values that are not given left out:
    ``billing_reason``, ``collection_method``, ``hosted_invoice_url``, ``attempt_count``,
    ``livemode``, ``metadata`` (string values, as Stripe stores them), ``subscription`` (the
    id, from ``subscription`` or, from basil on, ``parent.subscription_details``),
    ``lines_truncated`` (only when lines are missing), ``amount_due``/``amount_paid``
    (major units as strings),
    ``usage_period_start``/``usage_period_end``, ``paid_at``/``voided_at``/
    ``marked_uncollectible_at`` (ISO 8601 instants, UTC), ``customer_tax_ids``
    (``[{"type", "value"}]``), ``customer_tax_exempt``, ``custom_fields``
    (``[{"name", "value"}]``). `Invoice.raw` is the invoice's own JSON, byte for byte.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import msgspec
from invoicekit.plugin import Invoice, InvoiceKind, InvoiceStatus, Line, Totals, is_json_native

from invoicekit_stripe_client.models import Invoice as StripeInvoice
from invoicekit_stripe_client.models import InvoiceStatus as StripeStatus

from ._lines import Tax, TaxRates, lines, reductions, tax_breakdown, taxes
from ._money import Amounts, upper_currency
from ._parties import buyer, seller, tax_ids
from ._values import (
    VENDOR,
    given,
    instant,
    iso_instant,
    object_id,
    text,
    utc_day,
)

#: UNCL 1001 code of a commercial invoice, EN 16931 BT-3.
_COMMERCIAL_INVOICE = "380"

__all__ = ["STATUSES", "decode_invoice", "to_invoice"]

#: Stripe statuses with a normalized counterpart; any other value (uncollectible, null, new
#: ones) is `InvoiceStatus.UNKNOWN`. See "Status" above.
STATUSES: dict[str, InvoiceStatus] = {
    StripeStatus.DRAFT: InvoiceStatus.DRAFT,
    StripeStatus.OPEN: InvoiceStatus.OPEN,
    StripeStatus.PAID: InvoiceStatus.PAID,
    StripeStatus.VOID: InvoiceStatus.VOID,
}
_DECODER = msgspec.json.Decoder(StripeInvoice, strict=False)
#: An open enum member (or any str) as a plain str: str's own conversion, in C, rather than the
#: enum's __str__, which reads the value through the enum machinery (a tenth of the time).
_plain = str.__str__
_UNSET = msgspec.UNSET
_TOTAL_TAXES = ("$.total_tax_amounts", "$.total_taxes")
_TOTAL_CUTS = ("$.total_pretax_credit_amounts", "$.total_discount_amounts")


def decode_invoice(body: bytes) -> StripeInvoice:
    """Decode one invoice's JSON (lenient, as the spec marks it); msgspec errors name the path."""
    return _DECODER.decode(body)


def _amounts(code: str) -> Amounts:
    """The `Amounts` of Stripe's lower-case currency ``code``, checked once per distinct code."""
    found = _BY_CODE.get(code)
    if found is None:
        found = Amounts(upper_currency(code, "$.currency"))
        if len(_BY_CODE) < _CACHED_CODES:  # only codes that passed, and never unbounded
            _BY_CODE[code] = found
    return found


_BY_CODE: dict[str, Amounts] = {}
_CACHED_CODES = 1024


def to_invoice(source: StripeInvoice, raw: msgspec.Raw) -> Invoice:
    """Map a decoded Stripe invoice, whose own JSON is ``raw``, to an `invoicekit.Invoice`."""
    amounts = _amounts(source.currency)  # the currency checked and its exponent read, once
    currency = amounts.currency
    rates = TaxRates(source)
    found_taxes = taxes(source.total_tax_amounts, source.total_taxes, _TOTAL_TAXES)
    totals = _totals(source, amounts, found_taxes)
    status = _status(source, amounts, totals)
    mapped_lines = lines(source, rates, amounts)
    # The lines' span; missing lines (has_more) could widen it, so then there is none.
    first, last = (None, None) if source.lines.has_more else _span(mapped_lines)
    inclusive = {tax.inclusive for tax in found_taxes[0]} if found_taxes else ()
    customer_tax_ids = tax_ids(source)
    number, description, footer, pdf = (
        source.number,
        source.description,
        source.footer,
        source.invoice_pdf,
    )
    return Invoice(
        vendor=VENDOR,
        id=source.id,
        # Blank text is none (`text`); inline, as the strings are nearly always there.
        number=(number.strip() or None) if type(number) is str else None,
        kind=InvoiceKind.INVOICE,
        type_code=_COMMERCIAL_INVOICE,
        kind_raw=_plain(source.object_),
        status=status,
        status_raw=_plain(source.status) if source.status is not None else None,
        issue_date=None if status is InvoiceStatus.DRAFT else _issue_date(source),
        due_date=utc_day(source.due_date, "$.due_date"),
        period_start=first,
        period_end=last,
        currency=currency,
        seller=seller(source),
        buyer=buyer(source, customer_tax_ids),
        lines=mapped_lines,
        totals=totals,
        tax_breakdown=tax_breakdown(found_taxes, rates, amounts),
        prices_include_tax=next(iter(inclusive)) if len(inclusive) == 1 else None,
        notes=_notes(
            (description.strip() or None) if type(description) is str else None,
            (footer.strip() or None) if type(footer) is str else None,
        ),
        pdf_url=(pdf.strip() or None) if type(pdf) is str else None,
        created_at=instant(source.created, "$.created"),
        extra=_extra(source, amounts, customer_tax_ids),
        raw=raw,
    )


def _notes(description: str | None, footer: str | None) -> tuple[str, ...]:
    if description is None:
        return () if footer is None else (footer,)
    return (description,) if footer is None else (description, footer)


def _span(mapped: tuple[Line, ...]) -> tuple[dt.date | None, dt.date | None]:
    """The first day of the earliest line's period and the last day of the latest one."""
    starts = [line.period_start for line in mapped if line.period_start is not None]
    ends = [line.period_end for line in mapped if line.period_end is not None]
    return (min(starts), max(ends)) if starts and ends else (None, None)


def _issue_date(source: StripeInvoice) -> dt.date | None:
    if given(source.effective_at):
        return utc_day(source.effective_at, "$.effective_at")
    transitions = source.status_transitions
    if given(transitions):
        return utc_day(transitions.finalized_at, "$.status_transitions.finalized_at")
    return None


def _status(source: StripeInvoice, amounts: Amounts, totals: Totals) -> InvoiceStatus:
    # The amounts compared are checked ones (`totals.due` is ``amount_remaining``): a raw
    # Decimal NaN would raise an untyped error on comparison instead of one at its path.
    if source.status is None:
        return InvoiceStatus.UNKNOWN
    normalized = STATUSES.get(source.status, InvoiceStatus.UNKNOWN)
    if normalized is InvoiceStatus.OPEN and totals.due:
        paid = amounts.major(source.amount_paid, "$.amount_paid")
        if paid is not None and paid > 0 and totals.due > 0:
            return InvoiceStatus.PARTIALLY_PAID
    if normalized is InvoiceStatus.PAID:
        overpaid = amounts.major(source.amount_overpaid, "$.amount_overpaid")
        if overpaid is not None:
            return InvoiceStatus.OVERPAID if overpaid > 0 else normalized
    return normalized


def _totals(
    source: StripeInvoice, amounts: Amounts, found_taxes: tuple[list[Tax], str] | None
) -> Totals:
    major = amounts.major
    gross = major(source.total, "$.total")
    due = major(source.amount_remaining, "$.amount_remaining")
    assert gross is not None
    assert due is not None
    line_net = major(source.subtotal_excluding_tax, "$.subtotal_excluding_tax")
    discounts, credits = source.total_discount_amounts, source.total_pretax_credit_amounts
    if type(discounts) is list and len(discounts) <= 1 and type(credits) is not list:
        # None or one discount amount, the common cases, read in place (major_sum's path).
        discount = (
            major(discounts[0].amount, "$.total_discount_amounts[0].amount")
            if discounts
            else amounts.zero
        )
    else:
        cut = reductions(credits, discounts, _TOTAL_CUTS)
        discount = amounts.total(cut[0], cut[1]) if cut is not None else None
    return Totals(
        line_net=line_net,
        discount=discount,
        charges=major(source.amount_shipping, "$.amount_shipping"),
        net=major(source.total_excluding_tax, "$.total_excluding_tax"),
        tax=_tax_total(found_taxes, amounts),
        gross=gross,
        paid=gross - due,
        due=due,
    )


def _tax_total(found: tuple[list[Tax], str] | None, amounts: Amounts) -> Decimal | None:
    if found is None:
        return None
    items, path = found
    if len(items) == 1:  # one rate, the common case: its amount (at major_sum's path)
        return amounts.major(items[0].amount, path + "[0].amount")
    return amounts.total([tax.amount for tax in items], path)


def _subscription(source: StripeInvoice) -> str | None:
    subscription = source.subscription
    if type(subscription) is str:
        return subscription or None
    if given(subscription):
        return object_id(subscription)
    parent = source.parent
    if given(parent) and given(parent.subscription_details):
        return object_id(parent.subscription_details.subscription)
    return None


#: The open enums `extra` keeps, by key and attribute, in `extra`'s order (see `_extra`).
_ENUMS_FIRST = (("billing_reason", "billing_reason"), ("collection_method", "collection_method"))
_INSTANTS = (
    ("usage_period_start", "period_start", "$.period_start"),
    ("usage_period_end", "period_end", "$.period_end"),
)
_TRANSITIONS = (
    ("paid_at", "$.status_transitions.paid_at"),
    ("voided_at", "$.status_transitions.voided_at"),
    ("marked_uncollectible_at", "$.status_transitions.marked_uncollectible_at"),
)


def _extra(
    source: StripeInvoice, amounts: Amounts, customer_tax_ids: list[tuple[str, str]]
) -> dict[str, Any]:
    # Keys in one fixed order (the JSON form's), each set only when the value is given. Every
    # value is JSON-native by construction (str, int, bool, lists of str dicts) except
    # `metadata`, which the lenient decode may fill with anything, so only it is walked.
    extra: dict[str, Any] = {}
    for key, name in _ENUMS_FIRST:
        value = getattr(source, name)
        if value is not None and value is not _UNSET:
            extra[key] = _plain(value)  # an open enum member as its plain value
    url = text(source.hosted_invoice_url)
    if url is not None:
        extra["hosted_invoice_url"] = url
    attempts = source.attempt_count
    if attempts is not None and attempts is not _UNSET:
        extra["attempt_count"] = attempts
    extra["livemode"] = source.livemode
    metadata = source.metadata
    if type(metadata) is dict and (not metadata or is_json_native(metadata)):
        extra["metadata"] = metadata
    subscription = _subscription(source)
    if subscription is not None:
        extra["subscription"] = subscription
    if source.lines.has_more:
        extra["lines_truncated"] = True
    extra["amount_due"] = str(amounts.major(source.amount_due, "$.amount_due"))
    extra["amount_paid"] = str(amounts.major(source.amount_paid, "$.amount_paid"))
    for key, name, path in _INSTANTS:
        shown = iso_instant(getattr(source, name), path)
        if shown is not None:
            extra[key] = shown
    transitions = source.status_transitions or None
    if transitions is not None:
        for key, path in _TRANSITIONS:
            shown = iso_instant(getattr(transitions, key), path)
            if shown is not None:
                extra[key] = shown
    if customer_tax_ids:
        extra["customer_tax_ids"] = [
            {"type": kind, "value": value} for kind, value in customer_tax_ids
        ]
    exempt = source.customer_tax_exempt
    if exempt is not None and exempt is not _UNSET:
        extra["customer_tax_exempt"] = _plain(exempt)
    fields = source.custom_fields
    if fields:
        named = [
            {"name": field.name, "value": field.value}
            for field in fields
            if given(field.name) and given(field.value)
        ]
        if named:
            extra["custom_fields"] = named
    return extra
