"""The Lago API flows: which requests to send and how to read the answers.

Listing asks for ``page`` 1, 2, ... with ``per_page`` invoices each (Lago's order: newest
first); the paging is declared on the vendor class and run by invoicekit, which stops when
``meta.next_page`` is null. ``issued_since``/``issued_until`` become
``issuing_date_from``/``issuing_date_to`` (inclusive). The PDF is two requests: ``POST
.../download`` answers the invoice with its ``file_url`` once Lago has rendered it (an empty
body before that), then the file is fetched from that link, without credentials when it is on
another host. A draft has no PDF: its download answers the draft without a ``file_url``, which
is `Unsupported`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
import msgspec
from invoicekit.plugin import (
    Call,
    ErrorDetail,
    Flow,
    InvoiceStatus,
    ListQuery,
    NormalizationError,
    Unsupported,
)

from invoicekit_lago_client.api.invoices import download_invoice, get_invoice, list_invoices
from invoicekit_lago_client.models import Error

from ._mapping import VENDOR, normalize_body

__all__ = ["download_pdf_flow", "invoice_request", "list_request", "parse_error"]


def invoice_request(invoice_id: str) -> dict[str, Any]:
    """``GET /api/v1/invoices/{lago_id}``."""
    kwargs: dict[str, Any] = get_invoice.build_request(lago_id=invoice_id)
    return kwargs


def list_request(query: ListQuery, params: Mapping[str, Any]) -> dict[str, Any]:
    """One page of ``GET /api/v1/invoices`` (``params``: its ``page`` and ``per_page``), with
    the issue-date window of ``query``."""
    kwargs: dict[str, Any] = list_invoices.build_request(
        **params,
        issuing_date_from=query.issued_since or msgspec.UNSET,
        issuing_date_to=query.issued_until or msgspec.UNSET,
    )
    return kwargs


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
