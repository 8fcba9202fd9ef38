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
    it must be three upper-case letters. The money objects are read by `invoicekit_fynn._money`.

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
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import msgspec

from invoicekit.plugin import (
    EXACT,
    MAX_INTEGER_DIGITS,
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
    decimal_ok,
    iana_zone,
    is_json_native,
)
from invoicekit_fynn_client.models import Address as FynnAddress
from invoicekit_fynn_client.models import (
    CancellationDocument,
    Customer,
    PaymentMethod,
    Position,
    ReferencedInvoice,
)
from invoicekit_fynn_client.models import Invoice as FynnInvoice
from invoicekit_fynn_client.models import InvoiceStatus as FynnStatus
from invoicekit_fynn_client.models import InvoiceType as FynnType

from ._money import MoneyReader, reader
from ._payments import FynnPayment, Money, Transactions, paid_from, payments
from ._values import (
    DEFAULT_PRECISION,
    VENDOR,
    check_currency,
    exact_difference,
    fail,
    finite,
    given,
    instant,
    json_path,
    lenient_date,
    local_date,
)

__all__ = ["KINDS", "UNIT_CODES", "map_invoice", "to_invoice"]

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
# The tables above by the enums' plain values: an enum member hashes in Python, a str in C,
# and a member's `_value_` is its plain value (an unknown one's too, see OpenStrEnum).
_KIND_OF = {str(member): kind for member, kind in KINDS.items()}
_STATUS_OF = {str(member): status for member, status in _STATUSES.items()}
_CODE_OF = {str(member): code for member, code in _TYPE_CODES.items()}
_CREDIT_TYPES = frozenset(value for value, kind in _KIND_OF.items() if kind in _CREDIT_KINDS)
_NO_REFERENCE = InvoiceReference()
_OTHER = InvoiceKind.OTHER
_UNSET = msgspec.UNSET
_UTC = dt.UTC
_ZERO = Decimal(0)
_add = EXACT.add
_DECODER = msgspec.json.Decoder(FynnInvoice, strict=False)
# What was checked once need not be again: the currency and country codes that had their shape
# (exact strs of a few upper-case letters: bounded), and the IANA zones found by customers'
# names (at most this many).
_CURRENCIES_SEEN: set[str] = set()
_COUNTRIES_SEEN: set[str] = set()
_ZONES_SEEN: dict[str, dt.tzinfo] = {}
_SEEN_KEPT = 256


def map_invoice(raw: msgspec.Raw, context: Transactions | None) -> Invoice:
    """One invoice object (its own bytes ``raw``), with its payments when ``context`` holds
    the transactions the client read (see "Payments").

    The vendor's `map_invoice` is this function itself, so that a call runs no code in the
    plugin's ``__init__``.
    """
    return to_invoice(_DECODER.decode(raw), raw, context)


def to_invoice(
    source: FynnInvoice, raw: msgspec.Raw, lookup: Transactions | None = None
) -> Invoice:
    """Map a decoded Fynn invoice, whose own JSON is ``raw``, to an `invoicekit.Invoice`.

    ``lookup`` holds the payment transactions the client read (see "Payments"); without it
    (`invoicekit.normalize` offline) the invoice has no payments.
    """
    # The steady-state path of `normalize`: what happens once per invoice is spelled out here
    # (a null or absent field costs a comparison, not a helper call); the toolkit's checked
    # helpers run for what is given and word every error at its JSON path.
    if not source.id:
        raise fail("$.id", "the invoice id is empty")
    currency = source.currency_code
    if currency not in _CURRENCIES_SEEN:
        _CURRENCIES_SEEN.add(check_currency(currency, "$.currencyCode"))
    type_raw: str = source.type_._value_
    status_raw: str = source.status._value_
    credit = type_raw in _CREDIT_TYPES
    money = reader(currency, False)
    if credit and _stored_negative(source, money):
        money = reader(currency, True)
    extra = _extra(source)
    items = lookup.of(source.id) if lookup is not None else ()
    # What the transactions' amounts are read in: once per invoice, for `paid` and `payments`.
    units = _money_of(source, currency) if lookup is not None else None
    # Credit documents are paid out, not in: their transactions say nothing about `paid`.
    totals = _totals(source, money, None if credit else lookup, items, extra, units=units)
    status = _STATUS_OF.get(status_raw, InvoiceStatus.UNKNOWN)
    due, gross = totals.due, totals.gross
    if status is InvoiceStatus.OPEN and due is not None and gross is not None and 0 < due < gross:
        status = InvoiceStatus.PARTIALLY_PAID
    positions = source.positions  # None and UNSET are false, as is an empty list
    mapped = _lines(positions, money) if positions else ()
    zone = _date_zone(source)
    if zone is not _UTC:
        extra["dateTimeZone"] = str(zone)
    created = source.creation_date
    if created is _UNSET:
        created = None
    elif created is not None and created.tzinfo is not _UTC:
        # An instant in UTC is taken as it arrives (msgspec gives "Z" and "+00:00" the UTC
        # singleton); `instant` converts any other, and words a missing offset.
        created = instant(created, "$.creationDate")
    reference = source.referenced_invoice
    return Invoice(
        vendor=VENDOR,
        id=source.id,
        number=_text(source.number),
        kind=_KIND_OF.get(type_raw, InvoiceKind.OTHER),
        kind_raw=type_raw,
        type_code=_CODE_OF.get(type_raw),
        status=status,
        status_raw=status_raw,
        issue_date=_local_day(source.finalization_date, "$.finalizationDate", zone),
        due_date=_local_day(source.due_date, "$.dueDate", zone),
        period_start=_day(source.service_date_from, "serviceDateFrom"),
        period_end=_day(source.service_date_to, "serviceDateTo"),
        currency=currency,
        buyer=_buyer(source.customer, source.invoice_address),
        buyer_reference=_text(source.leitweg_id),
        lines=mapped,
        totals=totals,
        tax_breakdown=_tax_breakdown(positions, mapped) if positions else (),
        preceding_invoice=_preceding(reference, zone) if reference else None,
        notes=_notes(source.title, source.introduction, source.closing),
        payments=payments(items, zone, units) if items and units is not None else (),
        payment_instructions=_payment_instructions(source.payment_method),
        created_at=created,
        extra=extra,
        raw=raw,
    )


def _local_day(
    value: dt.datetime | msgspec.UnsetType | None, path: str, zone: dt.tzinfo
) -> dt.date | None:
    """`local_date`: the calendar day of an instant in ``zone`` (see "Dates")."""
    if value is None or value is _UNSET:
        return None
    if value.utcoffset() is not None:
        try:
            # The same instant in the zone as through UTC: astimezone goes by UTC itself.
            return value.astimezone(zone).date()
        except OverflowError:
            pass
    return local_date(value, path, zone)  # words the error: no offset, or past the calendar


def _day(
    value: str | msgspec.UnsetType | None, field: str, index: int | None = None
) -> dt.date | None:
    """`lenient_date` of a day or date-time as written, with the JSON path built for an error
    only (``index``: a position's)."""
    if value is None or value is _UNSET:
        return None
    day = _DAYS.get(value)
    if day is not None:
        return day
    try:
        day = dt.datetime.fromisoformat(value).date()
    except ValueError:
        # The toolkit's day words the error (or takes "" for no day) at the built path.
        return lenient_date(value, json_path(field, index))
    if len(_DAYS) >= _DAYS_KEPT:
        _DAYS.clear()
    _DAYS[value] = day
    return day


# The days of the service-period strings seen (a day or date-time as written -> its day): an
# invoice and its positions mostly state one period, and a listing's invoices a few, so each
# distinct string is parsed once. Only strings that parsed are kept, and at most this many.
_DAYS: dict[str, dt.date] = {}
_DAYS_KEPT = 1024


def _notes(*notes: str | msgspec.UnsetType | None) -> tuple[str, ...]:
    """The notes that are not blank, in order (see "References and notes")."""
    return tuple([note for note in notes if note and not note.isspace()])


def _payment_instructions(
    method: PaymentMethod | msgspec.UnsetType | None,
) -> PaymentInstructions | None:
    """BG-16 from ``paymentMethod`` (see "Payment means")."""
    if not method:  # None or UNSET
        return None
    kind = method.type_
    code = _MEANS_CODES.get(kind) if kind else None
    if code is None:
        return None
    return PaymentInstructions(means_code=code, means_text=_text(method.name))


def _stored_negative(source: FynnInvoice, money: MoneyReader) -> bool:
    """Whether a credit document carries Fynn's amounts negated (see "Sign of credit documents").

    ``money`` reads the amounts as stated (not negated).
    """
    reference = money.read(source.gross_amount, "grossAmount")
    if reference is None:
        reference = money.read(source.net_amount, "netAmount")
    return reference is not None and reference < 0


def _totals(
    source: FynnInvoice,
    money: MoneyReader,
    lookup: Transactions | None,
    items: tuple[FynnPayment, ...],
    extra: dict[str, Any],
    *,
    units: Money | None,
) -> Totals:
    read = money.read
    gross = read(source.gross_amount, "grossAmount")
    due = read(source.unpaid_amount, "unpaidAmount")
    paid = exact_difference(gross, due) if gross is not None and due is not None else None
    if lookup is not None and units is not None:
        paid = _paid(lookup, items, units, stated=paid, extra=extra)
    value = source.discount_amount
    return Totals(
        discount=None if value is None else read(value, "discountAmount"),
        net=read(source.net_amount, "netAmount"),
        tax=read(source.tax_amount, "taxAmount"),
        gross=gross,
        paid=paid,
        due=due,
    )


def _paid(
    lookup: Transactions,
    items: tuple[FynnPayment, ...],
    units: Money,
    *,
    stated: Decimal | None,
    extra: dict[str, Any],
) -> Decimal | None:
    """`Totals.paid` when the client read the transactions (see "Payments")."""
    if lookup.unavailable is not None:
        extra["paymentsUnavailable"] = lookup.unavailable
    derived = paid_from(lookup, items, units)
    if derived is not None and (stated is None or derived == stated):
        return derived
    if derived is not None:
        extra["transactionsPaid"] = str(derived)  # Fynn's unpaidAmount wins; see "Payments"
    return stated


def _money_of(source: FynnInvoice, currency: str) -> Money:
    """The invoice's currency and its money objects' precision (for transaction amounts)."""
    for money in (source.gross_amount, source.net_amount, source.unpaid_amount):
        if given(money) and given(money.precision):
            return Money(currency, money.precision)
    return Money(currency, DEFAULT_PRECISION)


def _date_zone(source: FynnInvoice) -> dt.tzinfo:
    """``customer.timeZone`` when it names a known IANA zone, else UTC (see "Dates")."""
    customer = source.customer
    name = customer.time_zone if customer else None  # None or UNSET: no customer
    if not name:
        return _UTC
    zone = _ZONES_SEEN.get(name)
    if zone is None:
        zone = iana_zone(name)
        if zone is None:
            return _UTC
        if len(_ZONES_SEEN) < _SEEN_KEPT:
            _ZONES_SEEN[name] = zone
    return zone


def _preceding(reference: ReferencedInvoice, zone: dt.tzinfo) -> InvoiceReference | None:
    kind = reference.type_
    preceding = InvoiceReference(
        id=_text(reference.id),
        number=_text(reference.number),
        issue_date=_local_day(
            reference.finalization_date, "$.referencedInvoice.finalizationDate", zone
        ),
        kind=None if kind is None or kind is _UNSET else _KIND_OF.get(kind._value_, _OTHER),
    )
    return None if preceding == _NO_REFERENCE else preceding


def _extra(source: FynnInvoice) -> dict[str, Any]:
    """`Invoice.extra` (see "Extra, PDF, raw"), in this order, only what is given."""
    # Field by field: an absent one costs two comparisons. Typed scalars go in as they are, an
    # open enum member as its plain value (an unknown one's too), an instant as ISO 8601 text
    # (in UTC when it has an offset).
    extra: dict[str, Any] = {}
    if (number := source.dunning_level) is not None and number is not _UNSET:
        extra["dunningLevel"] = number
    if (member := source.dunning_status) is not None and member is not _UNSET:
        extra["dunningStatus"] = member._value_
    if (flag := source.dunning_disabled) is not None and flag is not _UNSET:
        extra["dunningDisabled"] = flag
    if (kind := source.source_type) is not None and kind is not _UNSET:
        extra["sourceType"] = kind._value_
    if (form := source.e_invoice_type) is not None and form is not _UNSET:
        extra["eInvoiceType"] = form._value_
    if (note := source.internal_note) and not note.isspace():
        extra["internalNote"] = note
    if (moment := source.last_reminder_date) is not None and moment is not _UNSET:
        extra["lastReminderDate"] = _iso_instant(moment)
    if (moment := source.last_sent_at) is not None and moment is not _UNSET:
        extra["lastSentAt"] = _iso_instant(moment)
    if (moment := source.pay_date) is not None and moment is not _UNSET:
        extra["payDate"] = _iso_instant(moment)
    if (url := source.usage_breakdown_url) and not url.isspace():
        extra["usageBreakdownUrl"] = url
    if (document := source.cancellation_document) and (cancellation := _cancellation(document)):
        extra["cancellationDocument"] = cancellation
    # A float in these would not round-trip (`Invoice.raw` has them either way); an int, or an
    # empty object or list, as they mostly are, is JSON-native without the walk.
    fee = source.payment_provider_fee_cents
    if (
        fee is not None
        and fee is not _UNSET
        and (type(fee) is int or not fee or is_json_native(fee))
    ):
        extra["paymentProviderFeeCents"] = fee
    custom = source.custom_fields
    if custom is not None and custom is not _UNSET and (not custom or is_json_native(custom)):
        extra["customFields"] = custom
    return extra


def _iso_instant(moment: dt.datetime) -> str:
    utc = moment.tzinfo is _UTC or moment.utcoffset() is None
    return (moment if utc else moment.astimezone(_UTC)).isoformat()


def _cancellation(document: CancellationDocument) -> dict[str, str]:
    cancellation: dict[str, str] = {}
    if given(document.id):
        cancellation["id"] = document.id
    if given(document.number):
        cancellation["number"] = document.number
    return cancellation


# -- the buyer (see "Buyer and seller") ------------------------------------------------------

_COUNTRY = re.compile(r"[A-Z]{2}")
_NO_PARTY = Party()
_NO_ADDRESS = Address()


def _buyer(
    customer: Customer | msgspec.UnsetType | None,
    address: FynnAddress | msgspec.UnsetType | None,
) -> Party | None:
    """The buyer as the invoice shows it; ``None`` when Fynn gives neither object."""
    # Each text field is `_text` spelled out, ``v if (v := ...) and not v.isspace() else
    # None`` (None and UNSET are false): a buyer has some twenty of them.
    client = customer or None  # None or UNSET: no record
    snapshot = address or None
    if client is None and snapshot is None:
        return None
    # The invoice address is the snapshot printed on the document; the customer record is
    # today's. So the snapshot's company, name and VAT id win when it states them.
    company = person = vat_id = email = postal = None
    if snapshot is not None:
        company = v if (v := snapshot.company_name) and not v.isspace() else None
        person = _joined(snapshot.first_name, snapshot.last_name)
        vat_id = v if (v := snapshot.vat_id) and not v.isspace() else None
        email = v if (v := snapshot.email) and not v.isspace() else None
        postal = _postal_address(snapshot)
    party_id = number = phone = registration = None
    if client is not None:
        company = company or (v if (v := client.company_name) and not v.isspace() else None)
        person = person or _joined(client.first_name, client.last_name)
        vat_id = vat_id or (v if (v := client.vat_id) and not v.isspace() else None)
        party_id = v if (v := client.id) and not v.isspace() else None
        number = v if (v := client.customer_number) and not v.isspace() else None
        phone = v if (v := client.phone) and not v.isspace() else None
        registration = v if (v := client.commercial_register_number) and not v.isspace() else None
    party = Party(
        id=party_id,
        number=number,
        name=company or person,
        # A company's invoice addressed to a named person: that person is the contact point.
        contact_name=person if company else None,
        email=email,
        phone=phone,
        vat_id=vat_id,
        legal_registration_id=registration,
        address=postal,
    )
    return None if party == _NO_PARTY else party


def _joined(
    first: str | msgspec.UnsetType | None, second: str | msgspec.UnsetType | None
) -> str | None:
    """The two parts that are not blank, stripped, joined by a space (None when neither)."""
    first = first.strip() if first else None
    second = second.strip() if second else None
    if first and second:
        return f"{first} {second}"
    return first or second or None


def _postal_address(snapshot: FynnAddress) -> Address | None:
    street = _joined(snapshot.street, snapshot.house_number)
    addition = v if (v := snapshot.addition) and not v.isspace() else None
    country = v if (v := snapshot.country_code) and not v.isspace() else None
    if country is not None and country not in _COUNTRIES_SEEN:
        if not _COUNTRY.fullmatch(country):
            raise fail(
                "$.invoiceAddress.countryCode",
                f"country code must be two upper-case letters, got {country[:20]!r}",
            )
        _COUNTRIES_SEEN.add(country)
    lines: tuple[str, ...]
    if street:
        lines = (street, addition) if addition else (street,)
    else:
        lines = (addition,) if addition else ()
    postal = Address(
        lines=lines,
        city=v if (v := snapshot.city) and not v.isspace() else None,
        postal_code=v if (v := snapshot.zip_) and not v.isspace() else None,
        country=country,
    )
    return None if postal == _NO_ADDRESS else postal


def _text(value: str | msgspec.UnsetType | None) -> str | None:
    """`text()` spelled out: the value unless it is None, UNSET (both false) or blank."""
    return value if value and not value.isspace() else None


# -- positions (see "Lines" and "VAT breakdown") ---------------------------------------------


def _lines(positions: Sequence[Position], money: MoneyReader) -> tuple[Line, ...]:
    """One `Line` per position, in Fynn's order."""
    return tuple([_line(item, money, index) for index, item in enumerate(positions)])


def _line(position: Position, money: MoneyReader, index: int) -> Line:
    # The hot path of a long invoice: a null skips its helper, helpers are spelled out where a
    # call would cost more than its work (`_text` as in `_buyer`), and a JSON path is built
    # only for an error.
    read = money.read
    net_before_discount = read(position.net_amount, "netAmount", index)
    value = position.discount_amount
    discount = None if value is None else read(value, "discountAmount", index)
    value = position.discount_fixed
    fixed = None if value is None else read(value, "discountFixed", index)
    number = position.discount_percentage
    percentage = None if number is None else _number(number, "discountPercentage", index)
    net: Decimal | None
    if net_before_discount is None:
        net = None
    elif discount is not None:
        # Fynn's netAmount is before the discount, EN 16931's BT-131 after line allowances.
        net = exact_difference(net_before_discount, discount)
    elif fixed or percentage:
        # A discount applies but its amount is not stated; computing it would mean rounding.
        net = None
    else:
        net = net_before_discount
    tax = position.tax
    rate = _number(tax.rate, "tax.rate", index) if tax else None  # None and UNSET are false
    held = position.unit
    unit = _member(held.name, "unit.name", index) if held else None
    item = position.product
    product = _member(item.id, "product.id", index) if item else None
    line_id = position.id
    if not line_id:  # UNSET, None or ""
        place = position.position
        line_id = None if place is None or place is _UNSET else str(place)
    # The service period's days as Fynn writes them (see "Dates"), parsed once per distinct
    # string (`_day`; a day is never false).
    start = end = None
    if written := position.service_date_from:
        start = _DAYS.get(written) or _day(written, "serviceDateFrom", index)
    if written := position.service_date_to:
        end = _DAYS.get(written) or _day(written, "serviceDateTo", index)
    return Line(
        id=line_id,
        name=v if (v := position.name) and not v.isspace() else None,
        description=v if (v := position.description) and not v.isspace() else None,
        product_id=product,
        quantity=_number(position.quantity, "quantity", index),
        unit=unit,
        unit_code=UNIT_CODES.get(unit.casefold()) if unit else None,
        unit_price=read(position.unit_price, "unitPrice", index),
        discount_amount=discount,
        net_amount=net,
        tax_rate=rate,
        tax_amount=read(position.tax_amount, "taxAmount", index),
        gross_amount=read(position.gross_amount, "grossAmount", index),
        period_start=start,
        period_end=end,
    )


#: Fynn's German unit names that mean one UN/ECE Rec. 20 unit without doubt (BT-130). Others
#: ("Lizenz", "Paket", a tenant's own names) stay without a code: the user maps them.
UNIT_CODES = {
    "stück": "C62",
    "stk": "C62",
    "stk.": "C62",
    "monat": "MON",
    "monate": "MON",
    "jahr": "ANN",
    "tag": "DAY",
    "tage": "DAY",
    "stunde": "HUR",
    "stunden": "HUR",
    "std.": "HUR",
}


def _number(value: Decimal | msgspec.UnsetType | None, field: str, index: int) -> Decimal | None:
    # `finite()` with the path built only for an error; a whole number (a quantity, a rate)
    # within the bounds is recognised without a call.
    if value is None or value is _UNSET:
        return None
    if value.is_finite() and value.adjusted() < MAX_INTEGER_DIGITS and value.same_quantum(_WHOLE):
        return value
    if decimal_ok(value):
        return value
    return finite(value, json_path(field, index))


_WHOLE = Decimal(1)


def _member(value: str | int | msgspec.UnsetType | None, field: str, index: int) -> str | None:
    """A member of a nested object (``unit.name``, ``product.id``): text, or a number as text."""
    if type(value) is str:
        return value if value and not value.isspace() else None
    if value is None or value is _UNSET:
        return None
    if type(value) is int:
        return str(value)
    # The model allows str and int only; a guard all the same.
    raise fail(json_path(field, index), f"expected a string, got {type(value).__name__}")


def _tax_breakdown(
    positions: Sequence[Position], mapped: Sequence[Line]
) -> tuple[TaxSubtotal, ...]:
    """One `TaxSubtotal` per distinct position tax rate, in order of first appearance.

    Empty unless every position states its rate, its net amount after discount and its tax: a
    breakdown over part of the lines would look complete and be wrong.
    """
    # rate -> [taxable amount, tax amount, the positions' tax description: UNSET while none
    # is stated, None once two disagree]; the sums are `exact_sum`'s, added as they come.
    groups: dict[Decimal, list[Any]] = {}
    for position, line in zip(positions, mapped, strict=True):
        rate, net, tax = line.tax_rate, line.net_amount, line.tax_amount
        if rate is None or net is None or tax is None:
            return ()
        # Decimal("19") and Decimal("19.0") hash alike: one rate, one group.
        group = groups.get(rate)
        if group is None:
            group = groups[rate] = [_ZERO, _ZERO, _UNSET]
        group[0] = _add(group[0], net)
        group[1] = _add(group[1], tax)
        # A line with a rate has a tax object (its rate comes from there).
        description = position.tax.description  # type: ignore[union-attr]
        if description is not None and description is not _UNSET:
            seen = group[2]
            group[2] = description if seen is _UNSET or seen == description else None
    return tuple(
        [
            # The tax's own label ("19%") when every position at this rate that states one
            # agrees on it.
            TaxSubtotal(rate=rate, taxable_amount=net, tax_amount=tax, name=_text(name))
            for rate, (net, tax, name) in groups.items()
        ]
    )
