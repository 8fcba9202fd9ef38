"""The {{Title}} API flows: which requests to send and how to read the answers.

Listing asks for ``page`` 1, 2, ... with ``per_page`` invoices each, oldest first, and stops
after the last page the vendor reports (or an empty or short page). Invoices created while you
page are appended at the end, so nothing already listed moves.
"""

from __future__ import annotations

import httpx
import msgspec

from invoicekit.plugin import Call, ErrorDetail, Flow, ListFlow, ListQuery, Page, decode, raw_items
from invoicekit_{{vendor}}_client.api.invoices import get_invoice, list_invoices
from invoicekit_{{vendor}}_client.models import Error, InvoiceList

from ._mapping import VENDOR, normalize_body, to_invoice

__all__ = ["get_invoice_flow", "list_invoices_flow", "parse_error"]

DEFAULT_PAGE_SIZE = 50


def get_invoice_flow(invoice_id: str) -> Flow:
    """``GET /invoices/{id}``."""
    response = yield Call(get_invoice.build_request(id=invoice_id))
    return normalize_body(response.content)


def list_invoices_flow(query: ListQuery) -> ListFlow:
    """``GET /invoices?page=N&per_page=M`` until the last page."""
    per_page = query.page_size or DEFAULT_PAGE_SIZE
    page = 1
    while True:
        response = yield Call(list_invoices.build_request(page=page, per_page=per_page))
        assert response is not None  # a Call is always answered
        listing = decode(VENDOR, response.content, InvoiceList)
        raws = raw_items(VENDOR, response.content)
        pairs = zip(listing.data, raws, strict=True)
        invoices = [to_invoice(item, bytes(raw)) for item, raw in pairs]
        yield Page(invoices)
        last_page = listing.pages if isinstance(listing.pages, int) else None
        if len(invoices) < per_page or (last_page is not None and page >= last_page):
            return
        page += 1


def parse_error(response: httpx.Response) -> ErrorDetail:
    """The vendor's ``code`` and ``message``, when the body has them."""
    try:
        error = msgspec.json.decode(response.content, type=Error)
    except msgspec.MsgspecError:
        return ErrorDetail()
    code = error.code if isinstance(error.code, str) else None
    message = error.message if isinstance(error.message, str) else None
    return ErrorDetail(code=code, message=message)
