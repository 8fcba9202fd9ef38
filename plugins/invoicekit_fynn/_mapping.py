"""A Fynn invoice (generated `invoicekit_fynn_client.models.Invoice`) as an `invoicekit.Invoice`.

Sources are vendors.md §C and ``specs/fynn/openapi.yaml``; "GUESS" marks what they do not
confirm. Every decision, field by field:

Identity and kind
    ``id`` (UUID) → `Invoice.id`; an empty id is an error. ``number`` → `Invoice.number`; Fynn
    assigns it at finalization, so drafts have none.
    ``type`` → `Invoice.kind`: TYPE_INVOICE → invoice, TYPE_CREDIT → credit_note, TYPE_REFUND
    → refund, TYPE_CANCEL → cancellation (the "Stornorechnung"), TYPE_REMINDER and
    TYPE_DUNNING → reminder, anything else → other. `Invoice.kind_raw` keeps the value.
    `Invoice.type_code` (BT-3) is 380 for TYPE_INVOICE and 381 for TYPE_CREDIT; for the other
    types Fynn's JSON does not say which UNCL 1001 code its e-invoice uses (a cancellation
    could be 381 or 384), so it is None.

Status
    ``status`` → `Invoice.status`: STATUS_DRAFT, STATUS_NEW, STATUS_FINALIZING → draft (not
    final yet: no number, may change); STATUS_UNPAID, STATUS_REMINDED → open; STATUS_PAID →
    paid; STATUS_REFUNDED → refunded; STATUS_CANCELLED → void; anything else → unknown, and
    `Invoice.status_raw` keeps the value.
    STATUS_CLOSED → **unknown**. Fynn's docs list it (and an ``invoice.closed`` webhook) but
    never say what it means; vendors.md marks its semantics a GUESS. ``void`` would assert that
    nothing is owed, which nothing confirms (a closed invoice might be written off, credited or
    settled outside Fynn); ``unknown`` with ``status_raw = "STATUS_CLOSED"`` is the honest
    answer, and `Totals.due` still shows what Fynn says is unpaid.
    An open invoice whose ``unpaidAmount`` is above zero and below ``grossAmount`` has been
    paid in part: partially_paid. (Fynn has no status of its own for that.)

Dates
    ``finalizationDate`` → `Invoice.issue_date`, as a calendar day: finalizing is what issues
    a Fynn invoice (it assigns the number and moves the status to STATUS_UNPAID).
    ``creationDate`` is when the record was created, not an issue date, so a draft has no
    issue date rather than an invented one (vendors.md suggested a fallback to creationDate;
    we do not). ``dueDate`` → `Invoice.due_date`, a calendar day.
    Which calendar: Fynn sends these as instants (``2023-11-07T05:31:56Z``), while the
    invoice shows days. The day is taken in the customer's time zone, ``customer.timeZone``
    (an IANA name, such as ``Europe/Berlin``, in the docs' invoice examples), so an invoice
    finalized at 00:30 Berlin time (22:30 UTC the day before) is issued on the Berlin day.
    That Fynn prints the customer's day is a GUESS: its docs state the field but not how
    documents use it, and they state no tenant (account) zone in the invoice, so there is no
    other zone to fall back to. Without a usable ``customer.timeZone`` (absent, null, or not
    an IANA name this system knows) the days are UTC days, as before. A customer zone that
    was used is in ``extra["dateTimeZone"]``; an unusable value stays visible in `Invoice.raw`. The
    referenced invoice's issue date follows the same rule.
    ``creationDate`` → `Invoice.created_at` (aware, UTC). The payload has no last-change time,
    so `Invoice.updated_at` is None.
    ``serviceDateFrom`` / ``serviceDateTo`` → `Invoice.period_start` / ``period_end``. Fynn
    sends them as dates or as date-times (GUESS which); both parse, and a date-time gives its
    day *as written*: a period starting at ``2023-11-01T00:00:00+01:00`` starts on November 1,
    not on the UTC day October 31. A value that is neither is an error at its path.
    A date-time without a UTC offset in a field mapped to an instant or a UTC day is an error:
    its zone would be a guess.

Money
    A Fynn money object is ``{"amount": 5831, "precision": 2, "currencyCode": "EUR"}`` (2022
    SDK fixtures; GUESS for today's API): ``amount`` in minor units, value
    ``amount / 10**precision``, computed exactly and at scale ``precision``: 5831 →
    ``Decimal("58.31")``, 0 → ``Decimal("0.00")``, 5831 at precision 0 (JPY) → ``Decimal("5831")``,
    at precision 3 (KWD) → ``Decimal("5.831")``. A missing ``precision`` means 2 (the SDK's and
    the spec's default). Errors at the money's JSON path: a precision below 0 or above 18, an
    amount that is not a whole number of minor units (``58.5``), not finite, or longer than 60
    digits, and a ``currencyCode`` (or ``currency``) other than the invoice's: an amount in
    another currency would be silently wrong. A money object without ``amount`` is absent.
    `Invoice.currency` is ``currencyCode`` (Fynn converts foreign-currency positions into it);
    it must be three upper-case letters.

Sign of credit documents
    invoicekit's credit notes, refunds and cancellations carry positive amounts. Whether Fynn
    stores them as negative amounts is not confirmed; if one of these documents has a negative
    ``grossAmount`` (or, lacking it, ``netAmount``), every amount on it is negated, lines
    included, so all relations between them hold. `Invoice.raw` keeps Fynn's signs.

Totals
    ``netAmount`` → net (BT-109), ``taxAmount`` → tax, ``grossAmount`` → gross,
    ``discountAmount`` → discount (Fynn reports one "total net discount amount", line
    discounts included, so it goes to `Totals.discount` as that field's docstring allows),
    ``unpaidAmount`` → due. `Totals.paid` is **derived** (Fynn's invoice states no paid
    amount): from the invoice's payment transactions when the client read them and they are
    complete (see Payments), and otherwise, or when they disagree with Fynn's own
    ``unpaidAmount``, it is still ``gross - due`` when both are known (exact).
    ``line_net`` and ``charges`` are not stated: None. Whether Fynn's invoice ``netAmount``
    is before or after the discount is not documented; it is copied as stated, never
    recomputed.

Lines
    Each ``positions[]`` item → one `Line`, in Fynn's order (child positions of the position
    tree included, as Fynn lists them): ``id`` (or, lacking it, ``position``) → id, ``name``,
    ``description``, ``product.id`` → product_id, ``quantity``, ``unit.name`` → unit,
    ``unitPrice`` → unit_price (net, per unit), ``discountAmount`` → discount_amount,
    ``taxAmount`` → tax_amount, ``grossAmount`` → gross_amount, ``tax.rate`` → tax_rate
    (percent), ``serviceDateFrom``/``To`` → period_start/end (days as written).
    Line net: Fynn's position ``netAmount`` is *before* the discount while its ``grossAmount``
    and ``taxAmount`` are *after* it (vendors.md C.3); EN 16931's line net amount BT-131 is
    after line allowances. So `Line.net_amount` is ``netAmount - discountAmount`` (exact) when
    a discount amount is given, ``netAmount`` when the position has no discount, and None when
    a discount applies (``discountPercentage`` or ``discountFixed`` non-zero) but its amount is
    not stated: computing it from a percentage would need rounding that Fynn did not disclose.

VAT breakdown
    One `TaxSubtotal` per distinct position tax rate, in order of first appearance: rate,
    taxable amount = sum of those lines' net amounts (after discount), tax amount = sum of
    their ``taxAmount``, name = the positions' ``tax.description`` when they agree. It is left
    empty unless every position states its rate, net and tax: a breakdown over part of the
    lines would look complete and be wrong. No VAT category: mapping ``taxGroup`` onto UNCL
    5305 codes would be a guess; Fynn's ZUGFeRD XML states them (see "Payment means").

Buyer and seller
    `Invoice.buyer` combines ``customer`` (the customer record) and ``invoiceAddress`` (the
    address snapshot printed on the invoice; its field names are a GUESS). The snapshot wins
    where both state a value: company name, person name, VAT id. Name = company name, else
    "first last"; a company invoice's person name becomes contact_name. ``customer.id`` → id,
    ``customerNumber`` → number, ``phone``, ``commercialRegisterNumber`` →
    legal_registration_id, snapshot ``email`` (GUESS field) → email. Address: "street
    houseNumber" as the first line, ``addition`` as the second, ``zip``, ``city``,
    ``countryCode`` (two upper-case letters, else an error). The customer's stored default
    addresses are today's, not the invoice's, and are not used. Fynn's invoice does not
    describe the seller (the Fynn account itself): `Invoice.seller` is None; its ZUGFeRD XML
    does (`client.download_xml`, `invoicekit.einvoice.complete`).

References and notes
    ``leitwegId`` → `Invoice.buyer_reference` (the German Leitweg-ID is BT-10).
    ``referencedInvoice`` → `Invoice.preceding_invoice`: its id, number, kind (from its
    ``type``) and issue date (its ``finalizationDate``'s UTC day) when given.
    ``title``, ``introduction``, ``closing`` → `Invoice.notes`, in that order, blank ones
    dropped. ``internalNote`` is never printed on the invoice, so it is no note: it goes to
    ``extra``.

Payments
    The invoice lists no payments; its payment transactions do (``GET /payment/transactions``,
    `invoicekit_fynn._payments`). Through the client, each payment-type transaction naming
    the invoice becomes one `Payment` (id, day paid in the date zone, amount, currency,
    method, reference, status). `Totals.paid` is then the sum of the completed payments net
    of refunds when the lookup is complete (every page read, no payment pending or of unknown
    status, all in the invoice currency) and either agrees with ``gross - unpaidAmount`` or
    Fynn states no gross or unpaid amount. Otherwise paid is still ``gross - due``: when the
    lookup is incomplete or refused (``extra["paymentsUnavailable"]``, e.g. ``"HTTP 403"``
    for a key without ``transaction:read``), for credit notes, refunds and cancellations
    (money paid out: their transactions say nothing about what was paid in), for
    `invoicekit.normalize` (no lookup: no payments), and when the transactions disagree with
    ``unpaidAmount``, whose sum is then kept as ``extra["transactionsPaid"]``.

Extra, PDF, raw
    `Invoice.extra`, under Fynn's own names and only when given: ``dunningLevel``,
    ``dunningStatus``, ``dunningDisabled``, ``sourceType``, ``eInvoiceType``, ``internalNote``,
    ``lastReminderDate`` / ``lastSentAt`` / ``payDate`` (ISO 8601 strings, in UTC),
    ``usageBreakdownUrl``, ``cancellationDocument`` (``{"id", "number"}``), and
    ``paymentProviderFeeCents`` and ``customFields`` as given when their JSON is native (a
    float in them would not round-trip; `Invoice.raw` has them either way).
    `Invoice.pdf_url` is None: Fynn's PDF links are temporary (``PUT
    /invoices/{id}/download-link``); use ``download_pdf``. `Invoice.prices_include_tax` is
    None: not stated.
    `Invoice.raw` is the invoice's own JSON, byte for byte.

Payment means
    ``paymentMethod`` is how Fynn collects the invoice: its ``type`` gives
    `Invoice.payment_instructions` (BG-16) where the UNCL 4461 code is certain, ``sepa_debit``
    → 59 (SEPA direct debit) and ``card`` → 48 (bank card), with ``name`` ("Visa (4242)") as
    the means text (BT-82). Other types, and invoices without a payment method (paid by bank
    transfer), have none: Fynn's JSON names no account to pay into. The seller, the VAT
    categories and that account are in Fynn's ZUGFeRD XML (`client.download_xml`,
    `invoicekit.einvoice.complete`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import msgspec

from invoicekit.plugin import (
    Invoice,
    InvoiceKind,
    InvoiceReference,
    InvoiceStatus,
    PaymentInstructions,
    Totals,
    iana_zone,
    is_json_native,
)
from invoicekit_fynn_client.models import Invoice as FynnInvoice
from invoicekit_fynn_client.models import InvoiceStatus as FynnStatus
from invoicekit_fynn_client.models import InvoiceType as FynnType
from invoicekit_fynn_client.models import ReferencedInvoice

from ._buyer import buyer
from ._lines import lines, tax_breakdown
from ._payments import FynnPayment, Money, Transactions, paid_from, payments
from ._values import (
    DEFAULT_PRECISION,
    VENDOR,
    MoneyReader,
    amount,
    check_currency,
    exact_difference,
    fail,
    given,
    instant,
    iso_instant,
    lenient_date,
    local_date,
    text,
)

__all__ = ["KINDS", "decode_invoice", "to_invoice"]

#: Fynn document types and their kinds; any other type is `InvoiceKind.OTHER`.
KINDS: dict[str, InvoiceKind] = {
    FynnType.TYPE_INVOICE: InvoiceKind.INVOICE,
    FynnType.TYPE_CREDIT: InvoiceKind.CREDIT_NOTE,
    FynnType.TYPE_REFUND: InvoiceKind.REFUND,
    FynnType.TYPE_CANCEL: InvoiceKind.CANCELLATION,
    FynnType.TYPE_REMINDER: InvoiceKind.REMINDER,
    FynnType.TYPE_DUNNING: InvoiceKind.REMINDER,
}
# STATUS_CLOSED is deliberately absent: see the module docstring.
_STATUSES: dict[str, InvoiceStatus] = {
    FynnStatus.STATUS_DRAFT: InvoiceStatus.DRAFT,
    FynnStatus.STATUS_NEW: InvoiceStatus.DRAFT,
    FynnStatus.STATUS_FINALIZING: InvoiceStatus.DRAFT,
    FynnStatus.STATUS_UNPAID: InvoiceStatus.OPEN,
    FynnStatus.STATUS_REMINDED: InvoiceStatus.OPEN,
    FynnStatus.STATUS_PAID: InvoiceStatus.PAID,
    FynnStatus.STATUS_REFUNDED: InvoiceStatus.REFUNDED,
    FynnStatus.STATUS_CANCELLED: InvoiceStatus.VOID,
}
#: UNCL 1001 codes (BT-3) of the Fynn types whose code is not in doubt; see "Identity and kind".
_TYPE_CODES: dict[str, str] = {FynnType.TYPE_INVOICE: "380", FynnType.TYPE_CREDIT: "381"}
#: Fynn payment method types and their UNCL 4461 payment means codes (BT-81).
_MEANS_CODES = {"sepa_debit": "59", "card": "48"}
_CREDIT_KINDS = frozenset({InvoiceKind.CREDIT_NOTE, InvoiceKind.REFUND, InvoiceKind.CANCELLATION})
_DECODER = msgspec.json.Decoder(FynnInvoice, strict=False)


def decode_invoice(body: bytes) -> FynnInvoice:
    """Decode one invoice's JSON with the generated model (lenient, as the spec marks it).

    Raises `msgspec.ValidationError` or `msgspec.DecodeError`, whose message names the path.
    """
    return _DECODER.decode(body)


def to_invoice(
    source: FynnInvoice, raw: msgspec.Raw, lookup: Transactions | None = None
) -> Invoice:
    """Map a decoded Fynn invoice, whose own JSON is ``raw``, to an `invoicekit.Invoice`.

    ``lookup`` holds the payment transactions the client read (see "Payments"); without it
    (`invoicekit.normalize` offline) the invoice has no payments.
    """
    if not source.id:
        raise fail("$.id", "the invoice id is empty")
    currency = check_currency(source.currency_code, "$.currencyCode")
    kind = KINDS.get(source.type_, InvoiceKind.OTHER)
    money = MoneyReader(currency, negate=_stored_negative(source, kind, currency))
    extra = _extra(source)
    items = lookup.of(source.id) if lookup is not None else ()
    # Credit documents are paid out, not in: their transactions say nothing about `paid`.
    totals = _totals(source, money, None if kind in _CREDIT_KINDS else lookup, items, extra)
    positions = source.positions if given(source.positions) else []
    mapped = lines(positions, money)
    zone = _date_zone(source)
    if zone is not dt.UTC:
        extra["dateTimeZone"] = str(zone)
    return Invoice(
        vendor=VENDOR,
        id=source.id,
        number=text(source.number),
        kind=kind,
        kind_raw=str(source.type_.value),
        type_code=_TYPE_CODES.get(source.type_),
        status=_status(source.status, totals),
        status_raw=str(source.status.value),
        issue_date=local_date(source.finalization_date, "$.finalizationDate", zone),
        due_date=local_date(source.due_date, "$.dueDate", zone),
        period_start=lenient_date(source.service_date_from, "$.serviceDateFrom"),
        period_end=lenient_date(source.service_date_to, "$.serviceDateTo"),
        currency=currency,
        buyer=buyer(source.customer, source.invoice_address),
        buyer_reference=text(source.leitweg_id),
        lines=mapped,
        totals=totals,
        tax_breakdown=tax_breakdown(positions, mapped),
        preceding_invoice=_preceding(source.referenced_invoice, zone),
        notes=tuple(
            note
            for note in (text(source.title), text(source.introduction), text(source.closing))
            if note is not None
        ),
        payments=payments(items, zone, _money_of(source, currency)),
        payment_instructions=_payment_instructions(source),
        created_at=instant(source.creation_date, "$.creationDate"),
        extra=extra,
        raw=raw,
    )


def _payment_instructions(source: FynnInvoice) -> PaymentInstructions | None:
    """BG-16 from ``paymentMethod`` (see "Payment means")."""
    method = source.payment_method if given(source.payment_method) else None
    kind = method.type_ if method is not None and given(method.type_) else None
    code = _MEANS_CODES.get(kind or "")
    if method is None or code is None:
        return None
    return PaymentInstructions(means_code=code, means_text=text(method.name))


def _stored_negative(source: FynnInvoice, kind: InvoiceKind, currency: str) -> bool:
    """Whether a credit document carries Fynn's amounts negated (see "Sign of credit documents")."""
    if kind not in _CREDIT_KINDS:
        return False
    reference = amount(source.gross_amount, "$.grossAmount", currency)
    if reference is None:
        reference = amount(source.net_amount, "$.netAmount", currency)
    return reference is not None and reference < 0


def _totals(
    source: FynnInvoice,
    money: MoneyReader,
    lookup: Transactions | None,
    items: tuple[FynnPayment, ...],
    extra: dict[str, Any],
) -> Totals:
    gross = money.read(source.gross_amount, "$.grossAmount")
    due = money.read(source.unpaid_amount, "$.unpaidAmount")
    stated = exact_difference(gross, due) if gross is not None and due is not None else None
    paid = stated
    if lookup is not None and lookup.unavailable is not None:
        extra["paymentsUnavailable"] = lookup.unavailable
    derived = (
        None if lookup is None else paid_from(lookup, items, _money_of(source, money.currency))
    )
    if derived is not None and (stated is None or derived == stated):
        paid = derived
    elif derived is not None:
        extra["transactionsPaid"] = str(derived)  # Fynn's unpaidAmount wins; see "Payments"
    return Totals(
        discount=money.read(source.discount_amount, "$.discountAmount"),
        net=money.read(source.net_amount, "$.netAmount"),
        tax=money.read(source.tax_amount, "$.taxAmount"),
        gross=gross,
        paid=paid,
        due=due,
    )


def _status(status: FynnStatus, totals: Totals) -> InvoiceStatus:
    normalized = _STATUSES.get(status, InvoiceStatus.UNKNOWN)
    due, gross = totals.due, totals.gross
    partly_paid = due is not None and gross is not None and 0 < due < gross
    if normalized is InvoiceStatus.OPEN and partly_paid:
        return InvoiceStatus.PARTIALLY_PAID
    return normalized


def _money_of(source: FynnInvoice, currency: str) -> Money:
    """The invoice's currency and its money objects' precision (for transaction amounts)."""
    for money in (source.gross_amount, source.net_amount, source.unpaid_amount):
        if given(money) and given(money.precision):
            return Money(currency, money.precision)
    return Money(currency, DEFAULT_PRECISION)


def _date_zone(source: FynnInvoice) -> dt.tzinfo:
    """``customer.timeZone`` when it names a known IANA zone, else UTC (see "Dates")."""
    customer = source.customer if given(source.customer) else None
    name = customer.time_zone if customer is not None and given(customer.time_zone) else None
    return iana_zone(name) or dt.UTC


def _preceding(
    reference: ReferencedInvoice | msgspec.UnsetType | None, zone: dt.tzinfo
) -> InvoiceReference | None:
    if not given(reference):
        return None
    preceding = InvoiceReference(
        id=text(reference.id),
        number=text(reference.number),
        issue_date=local_date(
            reference.finalization_date, "$.referencedInvoice.finalizationDate", zone
        ),
        kind=KINDS.get(reference.type_, InvoiceKind.OTHER) if given(reference.type_) else None,
    )
    return None if preceding == InvoiceReference() else preceding


def _extra(source: FynnInvoice) -> dict[str, Any]:
    cancellation: dict[str, str] = {}
    if given(source.cancellation_document):
        document = source.cancellation_document
        if given(document.id):
            cancellation["id"] = document.id
        if given(document.number):
            cancellation["number"] = document.number
    candidates: dict[str, Any] = {
        "dunningLevel": source.dunning_level,
        "dunningStatus": source.dunning_status,
        "dunningDisabled": source.dunning_disabled,
        "sourceType": source.source_type,
        "eInvoiceType": source.e_invoice_type,
        "internalNote": text(source.internal_note),
        "lastReminderDate": iso_instant(source.last_reminder_date),
        "lastSentAt": iso_instant(source.last_sent_at),
        "payDate": iso_instant(source.pay_date),
        "usageBreakdownUrl": text(source.usage_breakdown_url),
        "cancellationDocument": cancellation or None,
        "paymentProviderFeeCents": source.payment_provider_fee_cents,
        "customFields": source.custom_fields,
    }
    extra: dict[str, Any] = {}
    for key, value in candidates.items():
        if not given(value):
            continue
        # str() turns an open enum member into its plain value.
        native = str(value) if isinstance(value, str) else value
        if is_json_native(native):
            extra[key] = native
    return extra
