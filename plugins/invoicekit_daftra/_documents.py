"""Daftra's other invoice documents: credit notes and refund receipts.

Sources: Daftra's official docs ("Default module.md" in ``AlazabDev/daftra-connect-hub``):
credit notes ``GET /credit_notes{format}`` and ``/credit_notes/{id}{format}`` (L2033 on),
refund receipts ``GET /refund_receipts{format}`` and ``/refund_receipts/{id}{format}`` (L2534
on). Their bodies are keyed ``data.CreditNote`` / ``data.RefundReceipt`` and hold the same
invoice base, client, items and payments as ``data.Invoice``, so they are read with the
invoice mapping (`invoicekit_daftra._mapping`); a header without ``type`` takes its
envelope's kind (credit_note, refund).

Ids: Daftra keeps every document type in one table and one id sequence, and the single-invoice
endpoint answers 404 for an id of another type (L782-790). So `get_invoice` asks
``/invoices/{id}`` first, then ``/credit_notes/{id}``, then ``/refund_receipts/{id}``, and the
first document found is the one (GUESS that ids never collide across kinds: the docs state the
404, not the shared sequence).

Listing: ``list_invoices`` reads ``/api2/invoices.json`` (invoices, debit notes, advance
payments) unless the native filter ``kind`` says ``credit_note`` or ``refund``; the document
lists document only ``limit`` and ``page``, so no other filter is accepted with them. Every
list pages as declared in `invoicekit_daftra._api.PAGING`: paging stops at an empty page, a
null ``pagination.next``, ``page_count``, or (pagination null, as in the docs' example) a page
shorter than ``limit`` (GUESS).
"""

from __future__ import annotations

import importlib
from collections.abc import Generator, Mapping
from typing import TYPE_CHECKING, Any

import msgspec

from invoicekit.plugin import ConfigurationError, Invoice, InvoiceKind, Unsupported
from invoicekit_daftra_client.models import (
    CreditNoteEnvelope,
    InvoiceEnvelope,
    RefundReceiptEnvelope,
)
from invoicekit_daftra_client.models import Invoice as DaftraInvoice

from . import _mapping
from ._account import NOTHING_KNOWN, Account
from ._values import VENDOR

if TYPE_CHECKING:
    import httpx

    from invoicekit.plugin import Call, ListQuery

__all__ = [
    "KIND_FILTER",
    "KIND_VALUES",
    "check_answer",
    "documents_request",
    "find_document_flow",
    "normalize_document",
    "wanted_kind",
]

#: The native filter that picks the document list.
KIND_FILTER = "kind"


class _Document(msgspec.Struct, frozen=True):
    """One document kind with endpoints of its own."""

    key: str
    kind: InvoiceKind
    envelope: type[Any]


_CREDIT_NOTE = _Document("CreditNote", InvoiceKind.CREDIT_NOTE, CreditNoteEnvelope)
_REFUND = _Document("RefundReceipt", InvoiceKind.REFUND, RefundReceiptEnvelope)
_BY_KEY = {document.key: document for document in (_CREDIT_NOTE, _REFUND)}
# The generated endpoints import httpx, which mapping a document must not load: by name.
_LISTS = {
    InvoiceKind.CREDIT_NOTE: (_CREDIT_NOTE, "credit_notes.list_credit_notes"),
    InvoiceKind.REFUND: (_REFUND, "refund_receipts.list_refund_receipts"),
}

#: Values of the ``kind`` filter: the invoice list, or one of the document lists.
KIND_VALUES = (InvoiceKind.INVOICE.value, InvoiceKind.CREDIT_NOTE.value, InvoiceKind.REFUND.value)

_KEYS = msgspec.json.Decoder(dict[str, msgspec.Raw])
_UNSET = msgspec.UNSET


def _envelope_key(raw: msgspec.Raw) -> str:
    """``CreditNote`` or ``RefundReceipt`` when the object holds that key and no ``Invoice``."""
    try:
        keys = _KEYS.decode(raw)
    except msgspec.MsgspecError:
        return "Invoice"  # the invoice decoder reports what is wrong, with its path
    if "Invoice" in keys:
        return "Invoice"
    return next((key for key in _BY_KEY if key in keys), "Invoice")


def _as_invoice_envelope(envelope: Any, key: str) -> InvoiceEnvelope:
    header = envelope.credit_note if key == "CreditNote" else envelope.refund_receipt
    return InvoiceEnvelope(
        invoice=header,
        client=envelope.client,
        invoice_item=envelope.invoice_item,
        invoice_payment=envelope.invoice_payment,
    )


class _Answer(msgspec.Struct):
    """What api2 sends beside ``data`` in every answer; nothing reads it, a wrong one fails."""

    result: str
    code: int


def check_answer(body: bytes) -> None:
    """Fail (msgspec's error, with its path) unless ``body`` has api2's ``result`` and ``code``."""
    msgspec.json.decode(body, type=_Answer, strict=False)


class _Single(_Answer):
    """A single-document answer: `_Answer` and the document object's own bytes."""

    data: msgspec.Raw


_SINGLE = msgspec.json.Decoder(_Single, strict=False)


def single_document(body: bytes) -> msgspec.Raw | None:
    """``data`` of a single-document ``body`` whose ``result`` and ``code`` are as
    `check_answer` wants them, read in one decode; None for any body that does not decode so
    (reading it the declared way words the error)."""
    try:
        return _SINGLE.decode(body).data
    except msgspec.MsgspecError:
        return None


class _AnyDocument(InvoiceEnvelope, kw_only=True, omit_defaults=True):
    """`InvoiceEnvelope` with ``Invoice`` optional, so that one decode tells an invoice from
    the other kinds (those go the way of `_envelope_key`)."""

    invoice: DaftraInvoice | msgspec.UnsetType = msgspec.field(  # type: ignore[assignment]
        name="Invoice", default=_UNSET
    )


_ANY_DOCUMENT = msgspec.json.Decoder(_AnyDocument, strict=False)


def normalize_document(
    raw: msgspec.Raw, context: object = None, account: Account = NOTHING_KNOWN
) -> Invoice:
    """One document object keyed ``Invoice``, ``CreditNote`` or ``RefundReceipt`` (``data`` of
    a single-document body, an item of a list), with what ``account`` states around it;
    errors name paths from the object."""
    try:
        found = _ANY_DOCUMENT.decode(raw)  # an ``Invoice`` document in one decode
    except msgspec.MsgspecError:
        found = None  # the way of `_envelope_key` words the error
    if found is not None and found.invoice is not _UNSET:
        return _mapping.invoice_from_envelope(found, raw, "$", account=account)
    key = _envelope_key(raw)
    document = _BY_KEY.get(key)
    if document is None:
        envelope = msgspec.json.decode(raw, type=InvoiceEnvelope, strict=False)
        return _mapping.invoice_from_envelope(envelope, raw, "$", account=account)
    decoded = msgspec.json.decode(raw, type=document.envelope, strict=False)
    return _mapping.invoice_from_envelope(
        _as_invoice_envelope(decoded, key),
        raw,
        "$",
        key=key,
        untyped_kind=document.kind,
        account=account,
    )


def find_document_flow(invoice_id: str) -> Generator[Call, httpx.Response, httpx.Response]:
    """The answer for the invoice, else the credit note, else the refund receipt with this
    id (a 404 of the last is the caller's error)."""
    # The generated endpoints import httpx, and `Call` the flow types (dataclasses), which
    # mapping a document must not load.
    from invoicekit.plugin import Call  # noqa: PLC0415
    from invoicekit_daftra_client.api.credit_notes import get_credit_note  # noqa: PLC0415
    from invoicekit_daftra_client.api.invoices import get_invoice  # noqa: PLC0415
    from invoicekit_daftra_client.api.refund_receipts import get_refund_receipt  # noqa: PLC0415

    for kwargs in (
        get_invoice.build_request(id=invoice_id),
        get_credit_note.build_request(id=invoice_id),
    ):
        response = yield Call(kwargs, tolerate=frozenset({404}))
        if response.status_code != 404:
            return response
    response = yield Call(get_refund_receipt.build_request(id=invoice_id))
    return response


def wanted_kind(query: ListQuery) -> InvoiceKind:
    """The document list ``query`` asks for (the ``kind`` filter; invoice by default)."""
    value = query.native.get(KIND_FILTER)
    if value is None:
        return InvoiceKind.INVOICE
    if value not in KIND_VALUES:
        raise ConfigurationError(
            f"filter {KIND_FILTER!r} takes one of {', '.join(KIND_VALUES)}, got {value[:40]!r}",
            vendor=VENDOR,
        )
    return InvoiceKind(value)


def documents_request(
    query: ListQuery, kind: InvoiceKind, paging: Mapping[str, Any]
) -> dict[str, Any]:
    """One page of the credit-note or refund-receipt list, in the API's order."""
    document, name = _LISTS[kind]
    endpoint = importlib.import_module(f"invoicekit_daftra_client.api.{name}")
    others = sorted(name for name in query.native if name != KIND_FILTER)
    if query.issued_since or query.issued_until or query.status or others:
        raise Unsupported(
            VENDOR,
            f"filters other than page_size with kind={kind.value}",
            f"its {document.key} list documents only limit and page",
        )
    kwargs: dict[str, Any] = endpoint.build_request(**paging)
    return kwargs
