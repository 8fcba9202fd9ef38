"""Daftra's coded values (vendors.md B.2) and what each one becomes in invoicekit.

One table per code, so the mapping, the status filter and the tests read the same facts.
"""

from __future__ import annotations

import re

import msgspec

from invoicekit.plugin import InvoiceKind, InvoiceStatus, PaymentStatus

__all__ = [
    "DRAFT_STATUS_RAW",
    "FILTER_STATUSES",
    "invoice_kind",
    "invoice_status",
    "payment_status",
]

#: `status_raw` of a draft: the `draft` flag outranks `payment_status`, so the flag is the status.
DRAFT_STATUS_RAW = "draft"

# Invoice.payment_status (official InvoiceBase enum); null and '' also mean unpaid.
_PAYMENT_STATUSES = {
    -1: InvoiceStatus.DRAFT,
    0: InvoiceStatus.OPEN,
    1: InvoiceStatus.PARTIALLY_PAID,
    2: InvoiceStatus.PAID,
    3: InvoiceStatus.REFUNDED,
    4: InvoiceStatus.OVERPAID,
}

# Invoice.type: the document types the invoice endpoints return, and their nearest kind.
# 19 (Advance Payment) is a prepayment request, which no InvoiceKind describes.
_KINDS = {
    0: InvoiceKind.INVOICE,
    5: InvoiceKind.CREDIT_NOTE,
    6: InvoiceKind.REFUND,
    16: InvoiceKind.DEBIT_NOTE,
    19: InvoiceKind.OTHER,
}

# InvoicePayment.status (official PaymentBase): 3 "not completed" is an abandoned attempt.
_PAYMENT_STATES = {
    0: PaymentStatus.FAILED,
    1: PaymentStatus.COMPLETED,
    2: PaymentStatus.PENDING,
    3: PaymentStatus.FAILED,
}

#: Normalized status -> the token `status_filter` hands to the listing flow: ``"draft"`` sends
#: ``draft=1``, a number is a ``payment_status`` code. Statuses missing here cannot be filtered.
FILTER_STATUSES: dict[InvoiceStatus, str] = {
    InvoiceStatus.DRAFT: DRAFT_STATUS_RAW,
    InvoiceStatus.OPEN: "0",
    InvoiceStatus.PARTIALLY_PAID: "1",
    InvoiceStatus.PAID: "2",
    InvoiceStatus.OVERPAID: "4",
}

# The answers for the documented codes, as sent (a number, or CakePHP's string of it), made
# once: every invoice asks.
_STATUS_ANSWERS: dict[int | str, tuple[InvoiceStatus, str]] = {
    sent: (status, str(code))
    for code, status in _PAYMENT_STATUSES.items()
    for sent in (code, str(code))
}
_KIND_ANSWERS = {code: (kind, str(code)) for code, kind in _KINDS.items()}

# Bounded, so that a hostile 10,000-digit "code" never reaches int().
_SMALL_INT = re.compile(r"-?[0-9]{1,9}")


def _as_code(value: int | str) -> int | None:
    if isinstance(value, int):
        return value
    stripped = value.strip()
    return int(stripped) if _SMALL_INT.fullmatch(stripped) else None


def invoice_status(
    draft: bool | msgspec.UnsetType | None,
    payment_status: int | str | msgspec.UnsetType | None,
    seed_status: int | str | msgspec.UnsetType | None,
) -> tuple[InvoiceStatus, str | None]:
    """The normalized status and `status_raw` of an invoice.

    ``draft`` truthy wins. Otherwise ``payment_status`` decides, or the seed page's ``status``
    when ``payment_status`` is absent; ``null`` and ``''`` mean unpaid (open). A status that is
    absent altogether, or a code Daftra does not document, is unknown.
    """
    if draft is True:
        return InvoiceStatus.DRAFT, DRAFT_STATUS_RAW
    value = seed_status if payment_status is msgspec.UNSET else payment_status
    answer = _STATUS_ANSWERS.get(value)  # type: ignore[arg-type]  # None, UNSET: not found
    if answer is not None:
        return answer
    if value is msgspec.UNSET:
        return InvoiceStatus.UNKNOWN, None
    if value is None:
        return InvoiceStatus.OPEN, None
    raw = str(value)
    if isinstance(value, str) and not value.strip():
        return InvoiceStatus.OPEN, raw
    number = _as_code(value)
    if number is None:
        return InvoiceStatus.UNKNOWN, raw
    return _PAYMENT_STATUSES.get(number, InvoiceStatus.UNKNOWN), raw


def invoice_kind(document_type: int | msgspec.UnsetType | None) -> tuple[InvoiceKind, str | None]:
    """The kind and `kind_raw` of a document; no ``type`` means a standard invoice.

    The single-invoice endpoint only serves type 0 and may leave ``type`` out.
    """
    answer = _KIND_ANSWERS.get(document_type)  # type: ignore[arg-type]  # None, UNSET: not found
    if answer is not None:
        return answer
    if document_type is None or document_type is msgspec.UNSET:
        return InvoiceKind.INVOICE, None
    return _KINDS.get(document_type, InvoiceKind.OTHER), str(document_type)


# The answer for each documented code, made once: every payment of every invoice asks.
_PAYMENT_ANSWERS = {code: (state, str(code)) for code, state in _PAYMENT_STATES.items()}


def payment_status(status: int | msgspec.UnsetType | None) -> tuple[PaymentStatus, str | None]:
    """The normalized status and `status_raw` of an ``InvoicePayment``."""
    answer = _PAYMENT_ANSWERS.get(status)  # type: ignore[arg-type]  # None, UNSET: not found
    if answer is not None:
        return answer
    if status is None or status is msgspec.UNSET:
        return PaymentStatus.UNKNOWN, None
    return PaymentStatus.UNKNOWN, str(status)
