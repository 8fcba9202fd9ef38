"""Talking to Fynn's API: id and key checks, and the sans-I/O flows.

Every request comes from the generated client's ``build_request`` (path escaping and parameter
names follow the spec); the client in `invoicekit` sends it. Decisions:

Getting one invoice
    ``GET /invoices/{id}``; ids are UUIDs, so anything else is refused before a request.

Listing
    ``GET /invoices?page=N&limit=M&order[creationDate]=asc``, pages counted from 1. Oldest first
    by creation, so invoices created while you page are appended at the end: they are listed
    if their page has not been fetched yet and missed otherwise, and nothing already listed
    moves. ``order[creationDate]`` is a GUESS (vendors.md C.5: API-Platform sorting, confirmed
    on Fynn's subscription list only); if Fynn ignored it, its default order would apply.
    ``limit`` is the ``page_size`` asked for, else 100 (the largest the n8n node allows).
    Paging is declared (`PAGING`) and run by invoicekit: it stops at ``_pagination.lastPage``
    when Fynn sends that block (2022 API shape, GUESS today), and otherwise at an empty page
    or one shorter than asked for (``itemsPerPage`` when stated, else ``limit``). A page that
    holds only invoices already listed means Fynn ignored ``page``; listing stops with
    `invoicekit.Unsupported` rather than loop or return a truncated list as if it were
    complete.

Filters
    Every invoice filter of Fynn's is a GUESS (vendors.md C.5), and a GUESS parameter that
    the API ignored would silently return the wrong invoices. So the only common filter is
    ``page_size``; ``status``, ``issued_since``, ``issued_until`` and ``updated_since`` raise
    `invoicekit.Unsupported`. The spec's GUESS parameters ``type``, ``customer``, ``number``
    and ``search`` pass through as native filters, unconfirmed, at the caller's risk. Fynn's
    ``status`` parameter cannot be reached: ``status`` is invoicekit's common filter.

PDF
    ``PUT /invoices/{id}/download-link?secondsValid=60`` returns ``{"url": …}``, a temporary
    link (documented: docs.fynn.eu "Get invoice download link"; ``secondsValid`` at least 5,
    default 24 h; for invoices, credit notes and cancellations), which is then fetched as
    the PDF. The link lives on Fynn's file host, so the client sends it without the API key.
    A response without a usable ``url`` is a malformed response:
    `invoicekit.NormalizationError` naming ``$.url``.

E-invoice XML
    ``download_xml`` fetches the PDF as above and returns the ZUGFeRD XML attached to it
    (`invoicekit_fynn._einvoice`); `invoicekit.einvoice.complete` takes the seller, VAT
    categories and IBAN from it.

Payments
    ``get_invoice`` reads the invoice's payment transactions with one lookup (``GET
    /payment/transactions?invoice=<id>``, every page); a listing reads all transactions once,
    when its first non-empty page arrives, and maps every invoice with them, forgetting each
    invoice's transactions once it is mapped (`invoicekit_fynn._payments`). A key without
    ``transaction:read`` (403) still reads invoices, without payments.

Error bodies are read by `invoicekit_fynn._errors`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Generator, Mapping, Sequence
from typing import Any

import httpx

from invoicekit.plugin import (
    Call,
    ConfigurationError,
    Invoice,
    ListQuery,
    NormalizationError,
    RawPage,
    decode,
    is_uuid,
    read_invoice,
)
from invoicekit_fynn_client.api.invoices import (
    create_invoice_download_link,
    get_invoice,
    list_invoices,
)
from invoicekit_fynn_client.models import DownloadLink, InvoiceType, SortOrder

from ._einvoice import embedded_zugferd
from ._mapping import map_invoice
from ._paging import DEFAULT_PAGE_SIZE, ENVELOPE, NATIVE_FILTERS, PAGING
from ._payments import transactions_flow
from ._values import VENDOR, given

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "ENVELOPE",
    "NATIVE_FILTERS",
    "PAGING",
    "check_api_key",
    "check_id",
    "download_pdf_flow",
    "download_xml_flow",
    "get_invoice_flow",
    "list_request",
    "map_invoice",
    "read_page",
]

#: Seconds the PDF download link stays valid: enough to fetch it at once, short if it leaks.
LINK_SECONDS_VALID = 60

# A key that is one visible token; anything else would corrupt the header or smuggle another.
_API_KEY = re.compile(r"[\x21-\x7e]+")
# Where a listing keeps the payment transactions it read (`RawPage.listing`).
_LOOKUP = "transactions"


def check_api_key(api_key: str) -> None:
    """Refuse a key that cannot be sent as a bearer token (the message never shows it)."""
    if not isinstance(api_key, str) or not _API_KEY.fullmatch(api_key):
        raise ConfigurationError(
            "api_key must be one token of visible ASCII characters (no spaces or line breaks)",
            vendor=VENDOR,
        )


def check_id(invoice_id: str) -> None:
    """Fynn invoice ids are UUIDs; refuse anything else before a request."""
    if not is_uuid(invoice_id):
        raise ConfigurationError(
            f"{invoice_id[:40]!r} is not a Fynn invoice id (a UUID)", vendor=VENDOR
        )


def get_invoice_flow(invoice_id: str) -> Generator[Call, httpx.Response, Invoice]:
    """``GET /invoices/{id}``, then its payment transactions (one lookup), normalized."""
    response = yield Call(get_invoice.build_request(id=invoice_id))
    body = response.content
    lookup = yield from transactions_flow(invoice_id)
    return read_invoice(VENDOR, ENVELOPE, body, map_invoice, lambda _: lookup)


def list_request(query: ListQuery, params: Mapping[str, Any]) -> dict[str, Any]:
    """One page of ``GET /invoices`` (``params``: its page and limit), oldest first by
    creation; see the module docstring."""
    native = _native_params(query.native)
    kwargs: dict[str, Any] = list_invoices.build_request(
        **params, ordercreation_date=SortOrder.ASC, **native
    )
    return kwargs


def read_page(
    query: ListQuery, page: RawPage
) -> Generator[Call, httpx.Response, Sequence[Invoice]]:
    """The page's invoices; every transaction is read once, at the first page with invoices."""
    if page.items and _LOOKUP not in page.listing:
        page.listing[_LOOKUP] = yield from transactions_flow(None)
    # A partial, not a lambda: called once per listed invoice, it adds no Python frame.
    return page.invoices(functools.partial(map_invoice, context=page.listing.get(_LOOKUP)))


def _native_params(native: Mapping[str, str]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for name, value in native.items():
        if name == "type":
            params["type_"] = InvoiceType(value)  # open enum: any value is sent as given
        else:
            params[name] = value
    return params


def download_pdf_flow(invoice_id: str) -> Generator[Call, httpx.Response, bytes]:
    """The PDF through a temporary download link; see the module docstring."""
    response = yield Call(
        create_invoice_download_link.build_request(id=invoice_id, seconds_valid=LINK_SECONDS_VALID)
    )
    url = _download_url(response.content)
    document = yield Call({"method": "GET", "url": url}, purpose="pdf")
    return document.content


def download_xml_flow(invoice_id: str) -> Generator[Call, httpx.Response, bytes]:
    """The ZUGFeRD XML embedded in the invoice's PDF; see the module docstring."""
    pdf = yield from download_pdf_flow(invoice_id)
    return embedded_zugferd(pdf)


def _download_url(body: bytes) -> str:
    link = decode(VENDOR, body, DownloadLink)
    candidate = link.url if given(link.url) else None
    if not isinstance(candidate, str) or not candidate.strip():
        raise NormalizationError(VENDOR, "$.url", "the download-link response holds no link")
    url = httpx.URL(candidate.strip())
    if url.is_relative_url or url.scheme in {"http", "https"}:
        return str(url)
    raise NormalizationError(
        VENDOR, "$.url", f"the download link is not an http(s) URL ({url.scheme!r})"
    )
