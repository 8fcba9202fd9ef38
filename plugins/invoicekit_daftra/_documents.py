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
lists document only ``limit`` and ``page``, so no other filter is accepted with them, and
paging stops at an empty page, a null ``pagination.next``, ``page_count``, or (pagination
null, as in the docs' example) a page shorter than ``limit`` (GUESS).
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from typing import Any

import httpx
import msgspec

from invoicekit import Call, ConfigurationError, Invoice, InvoiceKind, ListQuery, Page, Unsupported
from invoicekit.flows import normalized, raw_items
from invoicekit_daftra_client.api.credit_notes import get_credit_note, list_credit_notes
from invoicekit_daftra_client.api.invoices import get_invoice
from invoicekit_daftra_client.api.refund_receipts import get_refund_receipt, list_refund_receipts
from invoicekit_daftra_client.models import (
    CreditNoteListResponse,
    CreditNoteResponse,
    InvoiceEnvelope,
    Pagination,
    RefundReceiptListResponse,
    RefundReceiptResponse,
)

from . import _mapping
from ._query import DEFAULT_PAGE_SIZE
from ._values import VENDOR

__all__ = [
    "KIND_FILTER",
    "KIND_VALUES",
    "get_document_flow",
    "list_documents_flow",
    "normalize_any",
    "wanted_kind",
]

#: The native filter that picks the document list.
KIND_FILTER = "kind"


@dataclass(frozen=True)
class _Document:
    """One document kind with endpoints of its own."""

    key: str
    kind: InvoiceKind
    single: type[Any]
    page: type[Any]


_CREDIT_NOTE = _Document(
    "CreditNote", InvoiceKind.CREDIT_NOTE, CreditNoteResponse, CreditNoteListResponse
)
_REFUND = _Document(
    "RefundReceipt", InvoiceKind.REFUND, RefundReceiptResponse, RefundReceiptListResponse
)
_BY_KEY = {document.key: document for document in (_CREDIT_NOTE, _REFUND)}
_LISTS = {
    InvoiceKind.CREDIT_NOTE: (_CREDIT_NOTE, list_credit_notes),
    InvoiceKind.REFUND: (_REFUND, list_refund_receipts),
}

#: Values of the ``kind`` filter: the invoice list, or one of the document lists.
KIND_VALUES = (InvoiceKind.INVOICE.value, InvoiceKind.CREDIT_NOTE.value, InvoiceKind.REFUND.value)


class _Peek(msgspec.Struct):
    data: dict[str, msgspec.Raw]


def _envelope_key(body: bytes) -> str:
    """``CreditNote`` or ``RefundReceipt`` when ``data`` holds that key and no ``Invoice``."""
    try:
        keys = msgspec.json.decode(body, type=_Peek).data
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


def normalize_any(body: bytes) -> Invoice:
    """A single-document body keyed ``Invoice``, ``CreditNote`` or ``RefundReceipt``."""
    key = _envelope_key(body)
    document = _BY_KEY.get(key)
    if document is None:
        return _mapping.normalize_response(body)
    decoded = msgspec.json.decode(body, type=document.single, strict=False)
    return _mapping.invoice_from_envelope(
        _as_invoice_envelope(decoded.data, key),
        msgspec.Raw(body),
        "$.data",
        key=key,
        untyped_kind=document.kind,
    )


def _normalize_page(document: _Document, body: bytes) -> tuple[list[Invoice], Pagination | None]:
    page = msgspec.json.decode(body, type=document.page, strict=False)
    raws = raw_items(VENDOR, body)
    invoices = [
        _mapping.invoice_from_envelope(
            _as_invoice_envelope(envelope, document.key),
            msgspec.Raw(bytes(raw)),
            f"$.data[{index}]",
            key=document.key,
            untyped_kind=document.kind,
        )
        for index, (envelope, raw) in enumerate(zip(page.data, raws, strict=True))
    ]
    pagination = page.pagination if isinstance(page.pagination, Pagination) else None
    return invoices, pagination


def get_document_flow(invoice_id: str) -> Generator[Call, httpx.Response, Invoice]:
    """The invoice, else the credit note, else the refund receipt with this id."""
    for kwargs in (
        get_invoice.build_request(id=invoice_id),
        get_credit_note.build_request(id=invoice_id),
    ):
        response = yield Call(kwargs, tolerate=frozenset({404}))
        if response.status_code != 404:
            return normalized(VENDOR, normalize_any, response.content)
    response = yield Call(get_refund_receipt.build_request(id=invoice_id))
    return normalized(VENDOR, normalize_any, response.content)


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


def list_documents_flow(
    query: ListQuery, kind: InvoiceKind
) -> Generator[Call | Page, httpx.Response | None, None]:
    """Every page of the credit-note or refund-receipt list, in the API's order."""
    document, endpoint = _LISTS[kind]
    others = sorted(name for name in query.native if name != KIND_FILTER)
    if query.issued_since or query.issued_until or query.status or others:
        raise Unsupported(
            VENDOR,
            f"filters other than page_size with kind={kind.value}",
            f"its {document.key} list documents only limit and page",
        )
    limit = query.page_size or DEFAULT_PAGE_SIZE
    page = 1
    while True:
        response = yield Call(endpoint.build_request(page=page, limit=limit))
        if response is None:  # pragma: no cover - the driver always answers a Call
            raise RuntimeError("the list flow got no response to its request")
        invoices, pagination = normalized(
            VENDOR, lambda body: _normalize_page(document, body), response.content
        )
        if not invoices:
            return
        yield Page(invoices, total=pagination.total_results if pagination else None)
        if pagination is None:
            if len(invoices) < limit:
                return
        elif pagination.next_ is None or page >= pagination.page_count:
            return
        page += 1
