"""The normalized invoice: one frozen, typed `Invoice` for every vendor.

This module is invoicekit's public contract. Every plugin maps its vendor's payload onto these
structs, and users read nothing else. Names follow the European e-invoicing model EN 16931 where it
has a business term (BT) or group (BG); the docstrings give the numbers, so that an export to UBL or
CII is a lookup rather than research.

Rules that hold for every struct here:

* Money is `decimal.Decimal`, never ``float``. It encodes to JSON as a string and keeps its scale:
  ``Decimal("120.00")`` stays ``"120.00"``.
* Business dates are `datetime.date`; instants are timezone-aware `datetime.datetime` in UTC.
* A fact the vendor does not give is ``None`` (or an empty tuple), never a guessed value.
* Rates are percentages: ``Decimal("19")`` means 19 %.
* Credit notes, refunds and cancellations carry positive amounts, as EN 16931 credit notes do:
  their kind says which way the money goes. A plugin whose vendor stores them as negative
  amounts flips the sign (``raw`` keeps the original).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from decimal import Decimal
from functools import partial, reduce
from itertools import chain
from operator import attrgetter, is_not
from typing import Annotated, Any

import msgspec
from msgspec.structs import astuple, force_setattr

from invoicekit._values import (
    EXACT,
    MAX_DECIMALS,
    MAX_INTEGER_DIGITS,
    check_json_native,
    decimal_ok,
    decimal_problem,
)

__all__ = [
    "Address",
    "Base",
    "CountryCode",
    "CurrencyCode",
    "Instant",
    "Invoice",
    "InvoiceKind",
    "InvoiceReference",
    "InvoiceStatus",
    "Line",
    "Party",
    "Payment",
    "PaymentStatus",
    "TaxSubtotal",
    "Totals",
]

# Anchored, because a JSON Schema pattern matches anywhere in the string.
_CURRENCY = r"^[A-Z]{3}$"
_COUNTRY = r"^[A-Z]{2}$"

_COMPILED = {pattern: re.compile(pattern) for pattern in (_CURRENCY, _COUNTRY)}

#: ISO 4217 alphabetic currency code, upper case (``EUR``). The pattern also goes into the schema.
CurrencyCode = Annotated[str, msgspec.Meta(pattern=_CURRENCY, description="ISO 4217 code")]
#: ISO 3166-1 alpha-2 country code, upper case (``DE``).
CountryCode = Annotated[str, msgspec.Meta(pattern=_COUNTRY, description="ISO 3166-1 alpha-2")]
#: A point in time; always timezone-aware, stored in UTC.
Instant = Annotated[dt.datetime, msgspec.Meta(tz=True)]

# JSON whitespace (RFC 8259) around a value is not part of it.
_JSON_WHITESPACE = b" \t\n\r"
_RAW_DECODER = msgspec.json.Decoder(float_hook=Decimal)
# Kept as Python objects by Invoice.to_dict, so that nothing exact turns into text.
_EXACT_TYPES = (Decimal, dt.date, dt.datetime)


# Codes that matched their pattern, per pattern: a set lookup instead of a regex per struct. It
# holds only exact strs that matched, so it is bounded by the pattern (26**3 currency codes).
_MATCHED: dict[str, set[str]] = {pattern: set() for pattern in _COMPILED}


def _check_code(value: str | None, pattern: str, what: str) -> None:
    # msgspec enforces Meta patterns only while decoding; checking on construction too keeps
    # every Invoice that can be built also decodable from its own JSON. Compiled once: re's
    # own cache is a Python-level lookup per call, on every Address, Payment and Invoice.
    if value is None or (type(value) is str and value in _MATCHED[pattern]):
        return
    if not _COMPILED[pattern].fullmatch(value):
        raise ValueError(f"{what} must match {pattern}, got {value!r}")
    if type(value) is str:
        _MATCHED[pattern].add(value)


_UTC = dt.UTC


def _utc(value: dt.datetime | None, what: str) -> dt.datetime | None:
    if value is None:
        return None
    if value.tzinfo is _UTC and type(value) is dt.datetime:
        return value  # what msgspec decodes and fromtimestamp(..., UTC) builds: already UTC
    offset = value.utcoffset()
    if offset is None:
        raise ValueError(f"{what} must be timezone-aware; the plugin has to decide the zone")
    return value if offset == dt.timedelta(0) else value.astimezone(dt.UTC)


def _decimal_problem(item: msgspec.Struct) -> str | None:
    # The backstop behind the plugins' own amount checks (invoicekit.bounds): whatever a plugin
    # computes, an Invoice holds no NaN, no infinity and no absurd exponent. astuple reads every
    # field in C; the field's name and the problem's text are made only for a value that fails.
    for index, value in enumerate(astuple(item)):
        if type(value) is Decimal and not decimal_ok(value):
            return f"{item.__struct_fields__[index]}: {decimal_problem(value)}"
    return None


def _decimal_fields(cls: type[msgspec.Struct]) -> attrgetter[Any]:
    """What reads the decimal fields of a ``cls`` struct in C, as a tuple."""
    # The annotations are text here (postponed evaluation); nothing has to evaluate them.
    names = [name for name, hint in cls.__annotations__.items() if "Decimal" in hint]
    # One name would give the value itself, not a tuple: Payment's one amount is read twice.
    return attrgetter(*names) if len(names) > 1 else attrgetter(*names, *names)


_GIVEN = partial(is_not, None)
_FINEST = Decimal(1).scaleb(-MAX_DECIMALS)
_add, _quantize, _adjusted = EXACT.add, EXACT.quantize, Decimal.adjusted


def _decimals_ok(invoice: Invoice) -> bool:
    """Whether every decimal field of ``invoice``'s totals, lines, VAT and payments is None or
    a decimal `decimal_ok` accepts, without a Python step per value; False means "look
    closer" (`Invoice._check_decimals` words the problem, if there is one).

    One exact sum checks them all: it is finite only if each one is, and, never rounded
    (`EXACT` traps it), its exponent is the smallest of theirs, so it has as many decimal
    places as the value with the most; quantizing a non-zero sum to `MAX_DECIMALS` places
    rounds (and raises) exactly when that is too many. Their sizes are one `max` of
    `Decimal.adjusted`.
    """
    try:
        given = list(filter(_GIVEN, _TOTALS(invoice.totals)))
        # Spelled out, not a loop over pairs: most invoices have no VAT subtotals or payments.
        if lines := invoice.lines:
            given += filter(_GIVEN, chain.from_iterable(map(_LINE, lines)))
        if taxes := invoice.tax_breakdown:
            given += filter(_GIVEN, chain.from_iterable(map(_TAX, taxes)))
        if payments := invoice.payments:
            given += filter(_GIVEN, chain.from_iterable(map(_PAYMENT, payments)))
        if not given:
            return True
        total = reduce(_add, given)
        if not total.is_finite() or max(map(_adjusted, given)) >= MAX_INTEGER_DIGITS:
            return False
        if not total:  # a zero quantizes without a signal, but its exponent is its adjusted()
            return bool(total.adjusted() >= -MAX_DECIMALS)
        # A smaller exponent than -MAX_DECIMALS needs rounding here: EXACT raises Rounded.
        _quantize(total, _FINEST)
    except (TypeError, AttributeError, ArithmeticError):
        return False  # not a Decimal (an int passes), not a struct, or out of bounds
    return True


class Base(
    msgspec.Struct,
    frozen=True,
    kw_only=True,
    forbid_unknown_fields=False,
    omit_defaults=False,
    repr_omit_defaults=True,
):
    """Shared configuration of every invoicekit struct.

    Each msgspec option, and why it is set:

    ``frozen=True``
        An invoice is a record of facts. Immutable values can be shared between threads, cached
        and compared without defensive copies. (Structs holding a ``dict`` or ``msgspec.Raw``,
        like `Invoice`, are not hashable all the same.)
    ``kw_only=True``
        Fields are passed by name, so a constructor call reads like the JSON it produces, and a
        field can be added anywhere, even a required one after fields with defaults, without
        shifting anyone's arguments. msgspec does not inherit this option, so every subclass
        repeats it; it repeats ``frozen=True`` too, which msgspec inherits but type checkers
        (reading msgspec's ``dataclass_transform``) do not.
    ``forbid_unknown_fields=False``
        JSON written by a newer invoicekit, with fields added since, still decodes with this one
        (msgspec's schema-evolution rules; that is also why every new field gets a default).
    ``omit_defaults=False``
        The JSON form always has every field, with an explicit ``null`` for a fact the vendor
        does not give, so consumers in other languages see one fixed shape.
    ``repr_omit_defaults=True``
        ``repr()`` shows what the vendor gave; the many ``None`` fields of a sparse invoice would
        bury it.
    """


class InvoiceKind(enum.StrEnum):
    """What kind of document an invoice is: EN 16931 BT-3, coarsened to what callers branch on.

    The vendor's own value stays in `Invoice.kind_raw`.

    Members:
        INVOICE: a commercial invoice, including partial, corrected and self-billed ones
            (UNTDID 1001 codes 380, 326, 384, 389).
        CREDIT_NOTE: reduces what the buyer owes under a preceding invoice (381).
        DEBIT_NOTE: adds to what the buyer owes under a preceding invoice (383).
        REFUND: a refund receipt: money paid back to the buyer.
        CANCELLATION: cancels a preceding invoice in full (a German "Stornorechnung").
        REMINDER: a payment reminder or dunning notice for a preceding invoice.
        OTHER: a document the vendor lists with its invoices that fits none of the above.
    """

    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"
    DEBIT_NOTE = "debit_note"
    REFUND = "refund"
    CANCELLATION = "cancellation"
    REMINDER = "reminder"
    OTHER = "other"


class InvoiceStatus(enum.StrEnum):
    """Where an invoice stands, as far as its vendor tells (not an EN 16931 term).

    The vendor's own value stays in `Invoice.status_raw`. "Overdue" is not a status: it follows
    from ``OPEN`` or ``PARTIALLY_PAID`` and a past `Invoice.due_date`.

    Members:
        DRAFT: not final yet; may change and usually has no number.
        ISSUED: final, and the vendor tells nothing about payment.
        OPEN: final and nothing paid yet.
        PARTIALLY_PAID: final and paid in part.
        PAID: paid in full.
        OVERPAID: more than the amount due was paid.
        REFUNDED: paid, then paid back.
        VOID: cancelled or voided; nothing is owed.
        UNKNOWN: the vendor gives no status, or one with no counterpart here.
    """

    DRAFT = "draft"
    ISSUED = "issued"
    OPEN = "open"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    OVERPAID = "overpaid"
    REFUNDED = "refunded"
    VOID = "void"
    UNKNOWN = "unknown"


class PaymentStatus(enum.StrEnum):
    """Where a payment stands. The vendor's own value stays in `Payment.status_raw`.

    Members:
        COMPLETED: the money arrived.
        PENDING: started but not settled yet.
        FAILED: declined, bounced or abandoned.
        UNKNOWN: the vendor gives no status, or one with no counterpart here.
    """

    COMPLETED = "completed"
    PENDING = "pending"
    FAILED = "failed"
    UNKNOWN = "unknown"


class Address(Base, frozen=True, kw_only=True):
    """A postal address: EN 16931 BG-5 (seller) and BG-8 (buyer).

    Attributes:
        lines: street lines in order, blank ones dropped (BT-35, BT-36, BT-162 / BT-50, BT-51,
            BT-163).
        city: BT-37 / BT-52.
        postal_code: BT-38 / BT-53.
        region: country subdivision: state, province or county (BT-39 / BT-54).
        country: ISO 3166-1 alpha-2 code, upper case (BT-40 / BT-55).
    """

    lines: tuple[str, ...] = ()
    city: str | None = None
    postal_code: str | None = None
    region: str | None = None
    country: CountryCode | None = None

    def __post_init__(self) -> None:
        _check_code(self.country, _COUNTRY, "country")


class Party(Base, frozen=True, kw_only=True):
    """A seller or buyer as the invoice shows it: EN 16931 BG-4 (seller) and BG-7 (buyer).

    This is a snapshot of the party on the document, not the vendor's current customer record.

    Attributes:
        id: the vendor's id of the party's record (client, customer or account id).
        number: the party's number as people see it, such as a customer number
            (BT-29 / BT-46).
        name: full formal name of the company or person (BT-27 / BT-44).
        trading_name: name the party trades under, when it differs (BT-28 / BT-45).
        contact_name: the person to contact (BT-41 / BT-56).
        email: contact email address (BT-43 / BT-58).
        phone: contact telephone number (BT-42 / BT-57).
        vat_id: VAT identifier as the vendor gives it, usually with country prefix
            (BT-31 / BT-48).
        legal_registration_id: commercial register or company number (BT-30 / BT-47).
        address: postal address (BG-5 / BG-8).
    """

    id: str | None = None
    number: str | None = None
    name: str | None = None
    trading_name: str | None = None
    contact_name: str | None = None
    email: str | None = None
    phone: str | None = None
    vat_id: str | None = None
    legal_registration_id: str | None = None
    address: Address | None = None


class Line(Base, frozen=True, kw_only=True):
    """One invoice line: EN 16931 BG-25.

    Attributes:
        id: line identifier: the vendor's id of the line, or its position (BT-126).
        name: item name (BT-153).
        description: item description (BT-154).
        product_id: the seller's item identifier, such as a product id or SKU (BT-155).
        quantity: invoiced quantity (BT-129).
        unit: unit of measure as the vendor names it, not necessarily a UN/ECE Rec. 20 code
            (BT-130).
        unit_price: item net price; may have more than two decimals (BT-146).
        discount_amount: discount on this line (BT-136).
        net_amount: line net amount, without VAT, after line discounts (BT-131).
        tax_rate: VAT rate in percent (BT-152).
        tax_amount: VAT on this line (no EN 16931 term; many vendors give it).
        gross_amount: line amount with VAT (no EN 16931 term).
        period_start: first day the line covers (BT-134).
        period_end: last day the line covers, inclusive (BT-135).
        unit_code: the unit as a UN/ECE Recommendation 20 code (BT-130), when the vendor's unit
            maps to one (``C62`` only where it means "piece").
        vat_category: VAT category code of the line (UNCL 5305, BT-151), when the vendor
            states it.
    """

    id: str | None = None
    name: str | None = None
    description: str | None = None
    product_id: str | None = None
    quantity: Decimal | None = None
    unit: str | None = None
    unit_price: Decimal | None = None
    discount_amount: Decimal | None = None
    net_amount: Decimal | None = None
    tax_rate: Decimal | None = None
    tax_amount: Decimal | None = None
    gross_amount: Decimal | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    unit_code: str | None = None
    vat_category: str | None = None


class Totals(Base, frozen=True, kw_only=True):
    """Document totals: EN 16931 BG-22, in the invoice currency.

    EN 16931 chains them: net = line_net - discount + charges, gross = net + tax,
    due = gross - paid. Plugins copy what the vendor states; where a vendor leaves a total out
    but states its parts, a plugin may derive it exactly (no rounding) and documents that it
    did. A vendor's own rounding or inconsistency stays visible.

    Attributes:
        line_net: sum of the line net amounts (BT-106).
        discount: discounts on the document as a whole (BT-107). A vendor that reports only one
            discount total, line discounts included, puts it here; its plugin says so.
        charges: charges on the document as a whole, such as shipping (BT-108).
        net: total without VAT (BT-109).
        tax: total VAT (BT-110).
        gross: total with VAT (BT-112).
        paid: amount paid so far (BT-113).
        due: amount still to pay (BT-115).
    """

    line_net: Decimal | None = None
    discount: Decimal | None = None
    charges: Decimal | None = None
    net: Decimal | None = None
    tax: Decimal | None = None
    gross: Decimal | None = None
    paid: Decimal | None = None
    due: Decimal | None = None


class TaxSubtotal(Base, frozen=True, kw_only=True):
    """VAT for one category and rate: EN 16931 BG-23.

    Attributes:
        rate: VAT rate in percent (BT-119).
        taxable_amount: the amount the rate applies to (BT-116).
        tax_amount: VAT for this category and rate (BT-117).
        category: VAT category code (UNCL 5305: S, Z, E, AE, K, G, O, L, M) when the vendor
            gives one (BT-118).
        name: the vendor's name for this tax, such as "VAT 15%".
        exemption_reason: why VAT is not charged, as text (BT-120).
        exemption_reason_code: the VATEX code of the exemption (BT-121).
    """

    rate: Decimal | None = None
    taxable_amount: Decimal | None = None
    tax_amount: Decimal | None = None
    category: str | None = None
    name: str | None = None
    exemption_reason: str | None = None
    exemption_reason_code: str | None = None


class PaymentInstructions(Base, frozen=True, kw_only=True):
    """How the buyer is asked to pay: EN 16931 BG-16 with its credit transfer (BG-17).

    Attributes:
        means_code: payment means code, UNCL 4461 (BT-81): 58 SEPA credit transfer, 30 credit
            transfer, 59 SEPA direct debit, 48 card, 10 cash.
        means_text: the payment means as text (BT-82).
        remittance: remittance information, the reference the buyer should quote (BT-83).
        iban: payment account identifier, usually an IBAN (BT-84).
        account_name: name of the payment account (BT-85).
        bic: payment service provider identifier, usually a BIC (BT-86).
    """

    means_code: str | None = None
    means_text: str | None = None
    remittance: str | None = None
    iban: str | None = None
    account_name: str | None = None
    bic: str | None = None


class Payment(Base, frozen=True, kw_only=True):
    """A payment the vendor records against the invoice (no EN 16931 group; BT-113 sums them).

    Attributes:
        id: the vendor's id of the payment.
        date: day the payment was made.
        amount: amount paid.
        currency: ISO 4217 code of the payment, when the vendor states one.
        method: payment method as the vendor names it ("cash", "sepa_debit").
        reference: transaction or bank reference.
        status: normalized payment status.
        status_raw: the vendor's own status value, as text.
    """

    id: str | None = None
    date: dt.date | None = None
    amount: Decimal | None = None
    currency: CurrencyCode | None = None
    method: str | None = None
    reference: str | None = None
    status: PaymentStatus = PaymentStatus.UNKNOWN
    status_raw: str | None = None

    def __post_init__(self) -> None:
        _check_code(self.currency, _CURRENCY, "currency")


class InvoiceReference(Base, frozen=True, kw_only=True):
    """A link to an earlier invoice: EN 16931 BG-3 "Preceding invoice reference".

    It ties a credit note, cancellation, refund or reminder to the invoice it is about.

    Attributes:
        id: the vendor's id of the referenced invoice.
        number: its invoice number (BT-25).
        issue_date: its issue date (BT-26).
        kind: its kind, when the vendor says.
    """

    id: str | None = None
    number: str | None = None
    issue_date: dt.date | None = None
    kind: InvoiceKind | None = None


class Invoice(Base, frozen=True, kw_only=True):
    """One invoice (or credit note, reminder, ...) of one vendor, normalized.

    ``vendor``, ``id``, ``kind``, ``status`` and ``raw`` are required: every plugin knows them.
    Every other field defaults to "not given".

    Attributes:
        vendor: name of the vendor plugin that produced it, such as ``"daftra"``.
        id: the vendor's id of the invoice; stable for API calls.
        number: invoice number as printed; drafts often have none (BT-1).
        kind: what kind of document this is (BT-3).
        kind_raw: the vendor's own kind value, as text.
        status: normalized status.
        status_raw: the vendor's own status value, as text.
        issue_date: invoice issue date (BT-2).
        due_date: payment due date (BT-9).
        period_start: first day of the invoicing period (BT-73).
        period_end: last day of the invoicing period, inclusive (BT-74).
        currency: invoice currency, ISO 4217 (BT-5).
        seller: the seller (BG-4).
        buyer: the buyer (BG-7).
        buyer_reference: reference the buyer asked for, such as a German Leitweg-ID (BT-10).
        purchase_order_reference: the buyer's purchase order number (BT-13).
        lines: invoice lines (BG-25).
        totals: document totals (BG-22).
        tax_breakdown: VAT per category and rate (BG-23).
        payments: payments recorded against the invoice.
        prices_include_tax: whether the vendor's line prices include VAT.
        preceding_invoice: the invoice this one refers to (BG-3).
        notes: free-text notes printed on the invoice (BT-22).
        pdf_url: where the vendor serves the PDF (BT-124); it may need the vendor's
            credentials or expire.
        created_at: when the vendor created the record, in UTC.
        updated_at: when the vendor last changed the record, in UTC.
        extra: vendor facts worth keeping that have no normalized field. Values are JSON-native
            only (str, int, bool, None, and lists and dicts of them): amounts and instants go in
            as strings, so the JSON round trip is exact. Treat it as read-only.
        raw: the vendor's JSON for this invoice, byte for byte (surrounding whitespace, which is
            not part of a JSON value, dropped). It encodes back as the same JSON; read it with
            `raw_json`. For an XML source (UBL, CII, Factur-X) it is a JSON object holding the
            document: ``{"format": "ubl", "encoding": "base64", "document": "..."}``.
        type_code: invoice type code, UNCL 1001 (BT-3: 380 invoice, 381 credit note, 384
            corrected invoice, 389 self-billed, 326 partial), when the vendor states it or it
            follows from `kind` without doubt.
        delivery_date: actual delivery date (BT-72).
        payment_instructions: how to pay (BG-16), when the vendor states it.
        payment_terms: payment terms as text (BT-20).
    """

    vendor: str
    id: str
    number: str | None = None
    kind: InvoiceKind
    kind_raw: str | None = None
    status: InvoiceStatus
    status_raw: str | None = None
    issue_date: dt.date | None = None
    due_date: dt.date | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    currency: CurrencyCode | None = None
    seller: Party | None = None
    buyer: Party | None = None
    buyer_reference: str | None = None
    purchase_order_reference: str | None = None
    lines: tuple[Line, ...] = ()
    totals: Totals = Totals()
    tax_breakdown: tuple[TaxSubtotal, ...] = ()
    payments: tuple[Payment, ...] = ()
    prices_include_tax: bool | None = None
    preceding_invoice: InvoiceReference | None = None
    notes: tuple[str, ...] = ()
    pdf_url: str | None = None
    created_at: Instant | None = None
    updated_at: Instant | None = None
    extra: dict[str, Any] = {}
    raw: msgspec.Raw
    type_code: str | None = None
    delivery_date: dt.date | None = None
    payment_instructions: PaymentInstructions | None = None
    payment_terms: str | None = None

    def __post_init__(self) -> None:
        # Runs on construction and on decoding; a ValueError here becomes a msgspec
        # ValidationError (with the path) when decoding.
        raw = memoryview(self.raw)
        if raw and (raw[0] in _JSON_WHITESPACE or raw[-1] in _JSON_WHITESPACE):
            # Whitespace around the value (a body's trailing newline) would not survive a decode,
            # and the round trip through to_json/from_json would not be exact.
            stripped = bytes(raw).strip(_JSON_WHITESPACE)
            force_setattr(self, "raw", msgspec.Raw(stripped))
            raw = memoryview(stripped)
        if not raw:
            raise ValueError("raw must hold the vendor's JSON for this invoice")
        _check_code(self.currency, _CURRENCY, "currency")
        force_setattr(self, "created_at", _utc(self.created_at, "created_at"))
        force_setattr(self, "updated_at", _utc(self.updated_at, "updated_at"))
        check_json_native(self.extra, "extra")
        if not _decimals_ok(self):
            self._check_decimals()

    def _check_decimals(self) -> None:
        # The struct-by-struct walk that names the first decimal out of bounds, once the fast
        # pass found something to look at (which may turn out fine: an int amount).
        problem = _decimal_problem(self.totals)
        if problem is not None:
            raise ValueError(f"totals.{problem}")
        for field in ("lines", "tax_breakdown", "payments"):
            for index, item in enumerate(getattr(self, field)):
                problem = _decimal_problem(item)
                if problem is not None:
                    raise ValueError(f"{field}[{index}].{problem}")

    def raw_json(self) -> Any:
        """Decode `raw`, the vendor's JSON for this invoice, into Python objects.

        JSON numbers with a fraction or exponent become `decimal.Decimal` (``1.50`` stays
        ``Decimal("1.50")``), never ``float``; integers become ``int``.
        """
        return _RAW_DECODER.decode(self.raw)

    def to_dict(self, *, raw: bool = True) -> dict[str, Any]:
        """This invoice as plain Python: dicts, tuples, str, int, bool, None, and exact values.

        Amounts stay `decimal.Decimal`, dates `datetime.date`, instants aware `datetime`s;
        enums become their values (``"paid"``); nested records (``totals``, ``buyer``, lines)
        become dicts. ``raw`` is the vendor's JSON decoded as by `raw_json` (numbers with a
        fraction as `Decimal`), or left out with ``raw=False``. This is the way to pandas or
        polars (``msgspec.to_builtins(invoice)`` fails on ``raw``), as in docs/exports.md::

            rows = [invoice.to_dict(raw=False) for invoice in client.list_invoices()]
            frame = pandas.json_normalize(rows)  # columns "totals.gross", "buyer.name", ...
        """
        values = {name: getattr(self, name) for name in self.__struct_fields__ if name != "raw"}
        result: dict[str, Any] = msgspec.to_builtins(values, builtin_types=_EXACT_TYPES)
        if raw:
            result["raw"] = self.raw_json()
        return result


_TOTALS, _LINE = _decimal_fields(Totals), _decimal_fields(Line)
_TAX, _PAYMENT = _decimal_fields(TaxSubtotal), _decimal_fields(Payment)
