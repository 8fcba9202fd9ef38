"""The Lago API flows: which requests to send and how to read the answers.

Listing asks for ``page`` 1, 2, ... with ``per_page`` invoices each (Lago's order: newest
first) and stops when ``meta.next_page`` is null. ``issued_since``/``issued_until`` become
``issuing_date_from``/``issuing_date_to`` (inclusive). The PDF is two requests: ``POST
.../download`` answers the invoice with its ``file_url`` once Lago has rendered it (an empty
body before that), then the file is fetched from that link, without credentials when it is on
another host. A draft has no PDF: its download answers the draft without a ``file_url``, which
is `Unsupported`.
"""

from __future__ import annotations

import httpx
import msgspec
from invoicekit.plugin import (
    Call,
    ErrorDetail,
    Flow,
    InvoiceStatus,
    ListFlow,
    ListQuery,
    NormalizationError,
    Page,
    Unsupported,
    decode,
)

from invoicekit_lago_client.api.invoices import download_invoice, get_invoice, list_invoices
from invoicekit_lago_client.models import Error
from invoicekit_lago_client.models import Invoice as VendorInvoice

from ._mapping import VENDOR, normalize_body, to_invoice

__all__ = [
    "download_pdf_flow",
    "get_invoice_flow",
    "list_invoices_flow",
    "parse_error",
]

DEFAULT_PAGE_SIZE = 50


class _Meta(msgspec.Struct):
    next_page: int | None = None
    total_count: int | None = None


class _Page(msgspec.Struct):
    invoices: list[msgspec.Raw]
    meta: _Meta


def get_invoice_flow(invoice_id: str) -> Flow:
    """``GET /api/v1/invoices/{lago_id}``."""
    response = yield Call(get_invoice.build_request(lago_id=invoice_id))
    return normalize_body(response.content)


def list_invoices_flow(query: ListQuery) -> ListFlow:
    """``GET /api/v1/invoices?page=N&per_page=M`` until ``meta.next_page`` is null."""
    per_page = query.page_size or DEFAULT_PAGE_SIZE
    page = 1
    while True:
        request = list_invoices.build_request(
            page=page,
            per_page=per_page,
            issuing_date_from=query.issued_since or msgspec.UNSET,
            issuing_date_to=query.issued_until or msgspec.UNSET,
        )
        response = yield Call(request)
        assert response is not None  # a Call is always answered
        listing = decode(VENDOR, response.content, _Page)
        invoices = [
            to_invoice(decode(VENDOR, raw, VendorInvoice), bytes(raw)) for raw in listing.invoices
        ]
        yield Page(invoices, total=listing.meta.total_count)
        if listing.meta.next_page is None or not invoices:
            return
        page = listing.meta.next_page


def download_pdf_flow(invoice_id: str) -> Flow:
    """The invoice's ``file_url``, asked for with ``POST .../download``, then fetched."""
    response = yield Call(download_invoice.build_request(lago_id=invoice_id))
    if not response.content.strip():
        raise Unsupported(
            VENDOR,
            f"the PDF of invoice {invoice_id}",
            "Lago is still rendering it; ask again in a few seconds",
        )
    invoice = normalize_body(response.content)
    if invoice.pdf_url is None and invoice.status is InvoiceStatus.DRAFT:
        raise Unsupported(
            VENDOR,
            f"the PDF of invoice {invoice_id}",
            "Lago renders PDFs of finalized invoices only",
        )
    url = httpx.URL(invoice.pdf_url or "")
    if url.scheme not in {"http", "https"} or not url.host:
        raise NormalizationError(VENDOR, "$.invoice.file_url", "not an http(s) URL")
    document = yield Call({"method": "GET", "url": str(url)}, purpose="pdf")
    return document.content


def parse_error(response: httpx.Response) -> ErrorDetail:
    """Lago's ``code`` (else ``error``) and ``error`` text, when the body has them."""
    try:
        error = msgspec.json.decode(response.content, type=Error)
    except msgspec.MsgspecError:
        return ErrorDetail()
    code = error.code if isinstance(error.code, str) else None
    message = error.error if isinstance(error.error, str) else None
    return ErrorDetail(code=code or message, message=message)
