"""Fynn's payment transactions as `invoicekit.Payment`, and what they say about `Totals.paid`.

Source: docs.fynn.eu "Get transactions" (``GET /payment/transactions``) and "Get transaction"
(``GET /payment/transactions/{id}``, schema ``Transaction-PaymentTransactionDetail``): a
transaction "represents a payment, refund or payout" and names its invoice (``invoice``, an
embedded invoice object). Reading them needs the ``transaction:read`` permission, which a key
made for invoices may lack; a 403 (or a 404 from a deployment without the endpoint) is then
no error: the invoice keeps no payments and ``extra["paymentsUnavailable"]`` says why.

The lookup
    For one invoice: ``GET /payment/transactions?invoice=<id>&limit=100&page=N`` (the
    ``invoice`` filter is a GUESS, so only transactions whose ``invoice.id`` is the invoice's
    are kept: a server ignoring the filter costs pages, never wrong payments). For a listing:
    every transaction, read once when the first invoice page arrives (one pass over the
    transactions instead of one lookup per invoice) and kept until its invoice is mapped
    (`Transactions.release`). Paging as for
    invoices (`invoicekit_fynn._paging`); a page that repeats only transactions already read
    ends the lookup as *incomplete* (the payments found are kept, ``Totals.paid`` is not
    derived from them).

Transaction → Payment (only ``type`` payment, or no type; refunds and payouts are no payments)
    ``id`` → id; the day of ``paidAt`` (else ``createdAt``) in the invoice's date zone (see
    "Dates" in `invoicekit_fynn._mapping`) → date; ``amount`` → amount; ``currencyCode`` →
    currency; ``paymentMethod.type`` (else ``gateway``) → method; ``documentNumber`` →
    reference (GUESS: the gateway's or bank's reference); ``status`` → status_raw.
    Amounts are integers in the docs (``amount: 500`` with ``currencyCode: EUR``): GUESS,
    minor units (as ``paymentProviderFeeCents``) at the precision of the invoice's own money
    objects when the currency is the invoice's (JPY 0, EUR 2, KWD 3), else Fynn's default 2.
    Status values are not documented (the docs type ``status`` as ``<any>``), so the
    normalized status is a GUESS: succeeded/paid/completed/captured/settled → completed;
    failed/canceled/declined/expired/charged_back → failed; pending/processing/authorized/
    open → pending (any case, a ``STATUS_`` prefix ignored); another value goes by the
    flags: ``failReason`` → failed, ``processing`` → pending, ``paidAt`` → completed, else
    unknown.

Totals.paid
    The lookup is *complete* when it read every page, no payment of the invoice is pending or
    unknown, and every completed one is in the invoice's currency. Then paid from the
    transactions is Σ (``amount`` - ``refundedAmount``) over the completed payments (GUESS:
    that a refund shows as the payment's ``refundedAmount``). See `paid_from` for how that
    meets Fynn's own ``unpaidAmount``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Generator, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

import msgspec

from invoicekit.plugin import MAX_INTEGER_DIGITS, Payment, PaymentStatus, decoded
from invoicekit_fynn_client.models import Transaction, TransactionList, TransactionType

from ._paging import is_last_page
from ._values import (
    DEFAULT_PRECISION,
    VENDOR,
    exact_difference,
    exact_sum,
    given,
    instant,
    minor_to_major,
    text,
)

if TYPE_CHECKING:
    import httpx

    from invoicekit.plugin import Call

__all__ = [
    "TRANSACTIONS_PAGE_SIZE",
    "FynnPayment",
    "Money",
    "Transactions",
    "paid_from",
    "payments",
    "transactions_flow",
]

#: Transactions per request (the invoice list's largest page, GUESS for this list).
TRANSACTIONS_PAGE_SIZE = 100
#: Answers that mean "no transactions for this key", not an error.
_UNAVAILABLE = frozenset({403, 404})
_COMPLETED = frozenset({"succeeded", "success", "successful", "paid", "completed", "captured"})
_COMPLETED_TOO = frozenset({"complete", "settled"})
_FAILED = frozenset({"failed", "failure", "canceled", "cancelled", "declined", "expired"})
_FAILED_TOO = frozenset({"charged_back", "chargeback", "rejected"})
_PENDING = frozenset({"pending", "processing", "authorized", "open", "initiated", "created"})

# The records below are frozen Structs rather than frozen dataclasses, which take about 0.3 ms
# each to define: `_mapping` imports this module, so every first `normalize` would pay for them.


# gc=False: a listing holds every transaction of the account until its invoice is mapped,
# and the collector would walk them all on each full pass; a record of texts, numbers,
# instants and an enum member can be part of no reference cycle.
class FynnPayment(msgspec.Struct, frozen=True, gc=False):
    """One payment transaction, its amounts already read (major units, exact)."""

    id: str
    invoice_id: str
    is_payment: bool
    status: PaymentStatus
    status_raw: str | None
    amount: Decimal | None  # minor units, a whole number
    refunded: Decimal | None  # minor units, a whole number
    currency: str | None
    paid_at: dt.datetime | None
    created_at: dt.datetime | None
    method: str | None
    reference: str | None


class Transactions(msgspec.Struct, frozen=True):
    """The outcome of a lookup: the transactions by invoice id, and whether it is complete.

    Attributes:
        by_invoice: the transactions naming each invoice, in Fynn's order.
        complete: every page was read.
        unavailable: why Fynn gave none (``"HTTP 403"``), when it refused.
        release: hand each invoice's transactions out once, then forget them (a listing's
            lookup: the client yields an invoice id once per listing, so a listing holds only
            the transactions of the invoices it has not reached yet, instead of every
            transaction until its end).
    """

    by_invoice: Mapping[str, tuple[FynnPayment, ...]] = msgspec.field(default_factory=dict)
    complete: bool = True
    unavailable: str | None = None
    release: bool = False

    def of(self, invoice_id: str) -> tuple[FynnPayment, ...]:
        """The transactions of one invoice (none when it has none)."""
        if self.release and isinstance(self.by_invoice, dict):
            taken: tuple[FynnPayment, ...] = self.by_invoice.pop(invoice_id, ())
            return taken
        return self.by_invoice.get(invoice_id, ())


def _status(item: Transaction) -> PaymentStatus:
    raw = text(item.status) if given(item.status) else None
    word = (raw or "").strip().lower().removeprefix("status_")
    if word in _COMPLETED or word in _COMPLETED_TOO:
        return PaymentStatus.COMPLETED
    if word in _FAILED or word in _FAILED_TOO:
        return PaymentStatus.FAILED
    if word in _PENDING:
        return PaymentStatus.PENDING
    if given(item.fail_reason) and item.fail_reason.strip():
        return PaymentStatus.FAILED
    if item.processing is True:
        return PaymentStatus.PENDING
    if given(item.paid_at):
        return PaymentStatus.COMPLETED
    return PaymentStatus.UNKNOWN


# A status written exactly as one of the words above decides alone (what `_status` would
# find after its stripping and case folding); any other spelling goes through `_status`.
_STATUS_OF_WORD = {
    **dict.fromkeys(_COMPLETED | _COMPLETED_TOO, PaymentStatus.COMPLETED),
    **dict.fromkeys(_FAILED | _FAILED_TOO, PaymentStatus.FAILED),
    **dict.fromkeys(_PENDING, PaymentStatus.PENDING),
}
_UNSET = msgspec.UNSET
_UTC = dt.UTC
_NOTHING = Decimal(0)
_COMPLETED_STATUS, _FAILED_STATUS = PaymentStatus.COMPLETED, PaymentStatus.FAILED
_WHOLE = Decimal(1)


def _minor(
    value: Decimal | msgspec.UnsetType | None, index: int, field: str, currency: str
) -> Decimal | None:
    """A whole number of minor units (checked here, where the JSON path is known)."""
    if value is None or value is _UNSET:
        return None
    # Whole and within the bounds, as minor units mostly are: what `minor_to_major` at
    # precision 0 accepts without a word. Anything else goes there, which refuses fractions,
    # non-finite and huge values at the path (built only then).
    if value.is_finite() and value.same_quantum(_WHOLE) and value.adjusted() < MAX_INTEGER_DIGITS:
        return value
    minor_to_major(value, 0, f"$.data[{index}].{field}", currency)
    return value


def _instant(
    value: dt.datetime | msgspec.UnsetType | None, index: int, field: str
) -> dt.datetime | None:
    """`instant` with the path built only for an error; one already in UTC is kept as is."""
    if value is None or value is _UNSET:
        return None
    if value.tzinfo is _UTC:  # msgspec gives "Z" and "+00:00" the UTC singleton
        return value
    return instant(value, f"$.data[{index}].{field}")


def _shared(texts: dict[str, str], value: str | None) -> str | None:
    """``value``, as the one copy of that text in ``texts``: a listing keeps every
    transaction until its invoice is listed, and each decoded transaction would otherwise
    hold its own copy of its invoice's id, its status, currency and method."""
    return None if value is None else texts.setdefault(value, value)


def _read(item: Transaction, index: int, texts: dict[str, str]) -> FynnPayment | None:
    """Transaction ``index`` of its page as a `FynnPayment`, or None when it names no invoice
    (its repeated texts shared through ``texts``, see `_shared`)."""
    # Once per transaction of the account in a listing: the optional fields are read in place
    # (None and UNSET are false, as is a blank text once stripped), not through helpers.
    invoice = item.invoice
    invoice_id = invoice.id if invoice else None
    if not invoice_id or invoice_id.isspace():
        return None
    currency = v if (v := item.currency_code) and not v.isspace() else None
    if currency is not None:
        currency = texts.setdefault(currency, currency)
    code = currency or "EUR"  # only for the bounds check of an amount without a currency
    status_raw = v if (v := item.status) and not v.isspace() else None
    status = _STATUS_OF_WORD.get(status_raw) if status_raw is not None else None
    if status_raw is not None:
        status_raw = texts.setdefault(status_raw, status_raw)
    method = item.payment_method
    method_type = method.type_ if method else None
    means = v if (v := method_type) and not v.isspace() else None
    if means is None:
        means = v if (v := item.gateway) and not v.isspace() else None
    kind = item.type_
    return FynnPayment(
        id=item.id,
        invoice_id=texts.setdefault(invoice_id, invoice_id),
        is_payment=kind is None or kind is _UNSET or kind == TransactionType.PAYMENT,
        status=status if status is not None else _status(item),
        status_raw=status_raw,
        amount=_minor(item.amount, index, "amount", code),
        refunded=_minor(item.refunded_amount, index, "refundedAmount", code),
        currency=currency,
        paid_at=_instant(item.paid_at, index, "paidAt"),
        created_at=_instant(item.created_at, index, "createdAt"),
        method=None if means is None else texts.setdefault(means, means),
        reference=v if (v := item.document_number) and not v.isspace() else None,
    )


@functools.cache
def _pages() -> msgspec.json.Decoder[TransactionList]:
    """The decoder of a transactions page (lenient, as `decode`), made on first use: mapping
    an invoice never needs it."""
    return msgspec.json.Decoder(TransactionList, strict=False)


def transactions_flow(
    invoice_id: str | None,
) -> Generator[Call, httpx.Response, Transactions]:
    """Every transaction of ``invoice_id`` (of every invoice when None, for a listing, which
    `Transactions.release` s them as it maps each invoice); see "The lookup"."""
    # The generated endpoint imports httpx, and `Call` is defined with the flow types (frozen
    # dataclasses): mapping an invoice must load neither.
    from invoicekit.plugin import Call  # noqa: PLC0415
    from invoicekit_fynn_client.api.payments import list_payment_transactions  # noqa: PLC0415

    found: dict[str, list[FynnPayment]] = {}
    seen: set[str] = set()
    texts: dict[str, str] = {}
    release = invoice_id is None
    page = 1
    while True:
        kwargs = list_payment_transactions.build_request(
            page=page,
            limit=TRANSACTIONS_PAGE_SIZE,
            invoice=invoice_id if invoice_id is not None else msgspec.UNSET,
        )
        # The client decodes the page with the flow's decoder, once (`Call.decoder`).
        response = yield Call(kwargs, tolerate=_UNAVAILABLE, decoder=_pages())
        if response.status_code in _UNAVAILABLE:
            return Transactions(unavailable=f"HTTP {response.status_code}", complete=False)
        listing = decoded(VENDOR, response, _pages())
        ids = [item.id for item in listing.data]
        if ids and seen.issuperset(ids):
            return _done(found, complete=False, release=release)  # `page` is ignored
        seen.update(ids)
        for index, item in enumerate(listing.data):
            read = _read(item, index, texts)
            if read is not None and (invoice_id is None or read.invoice_id == invoice_id):
                found.setdefault(read.invoice_id, []).append(read)
        pagination = listing.field_pagination if given(listing.field_pagination) else None
        if is_last_page(pagination, page, len(ids), TRANSACTIONS_PAGE_SIZE):
            return _done(found, complete=True, release=release)
        page += 1


def _done(found: Mapping[str, list[FynnPayment]], *, complete: bool, release: bool) -> Transactions:
    by_invoice = {key: tuple(value) for key, value in found.items()}
    return Transactions(by_invoice, complete=complete, release=release)


class Money(msgspec.Struct, frozen=True):
    """The invoice's currency and the precision of its money objects."""

    currency: str
    precision: int


def payments(items: Sequence[FynnPayment], zone: dt.tzinfo, money: Money) -> tuple[Payment, ...]:
    """The payment-type transactions as `Payment`, in Fynn's order."""
    # Once per listed invoice that has transactions: the day and amount are read in place.
    found = []
    for item in items:
        if not item.is_payment:
            continue
        moment = item.paid_at or item.created_at
        minor, currency = item.amount, item.currency
        if minor is None:
            amount = None
        elif currency is None or currency == money.currency:
            amount = minor_to_major(minor, money.precision, "$.amount", money.currency)
        else:  # another currency than the invoice's: Fynn's default precision
            amount = minor_to_major(minor, DEFAULT_PRECISION, "$.amount", currency)
        found.append(
            Payment(
                id=item.id,
                date=None if moment is None else moment.astimezone(zone).date(),
                amount=amount,
                currency=currency,
                method=item.method,
                reference=item.reference,
                status=item.status,
                status_raw=item.status_raw,
            )
        )
    return tuple(found)


def paid_from(lookup: Transactions, items: Sequence[FynnPayment], money: Money) -> Decimal | None:
    """What the completed payments sum to, or None when the lookup cannot tell (see above).

    The mapping then sets `Totals.paid` to this sum when Fynn states no gross or unpaid
    amount, or when it equals ``gross - unpaidAmount``; when the two disagree, Fynn's own
    ``unpaidAmount`` wins (paid stays ``gross - due``) and the sum goes to
    ``extra["transactionsPaid"]`` so that the disagreement stays visible.
    """
    if not lookup.complete:
        return None
    currency = money.currency
    total = _NOTHING
    for item in items:  # one pass: any payment still open, or foreign, and nothing is derived
        status = item.status
        if not item.is_payment or status is _FAILED_STATUS:
            continue
        if status is not _COMPLETED_STATUS:
            return None  # pending or unknown
        amount = item.amount
        if amount is None or (item.currency is not None and item.currency != currency):
            return None
        # Summed as it goes (`exact_sum` of the nets): once per listed invoice.
        net = exact_difference(amount, item.refunded) if item.refunded else amount
        total = exact_sum((total, net))
    return minor_to_major(total, money.precision, "$.amount", currency)
