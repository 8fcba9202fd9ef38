"""The HTTP flows of the Yeti plugin (sans-I/O, see `invoicekit.flows`) and its filters.

Listing
    ``GET /api/rest/customer/v1/invoices?include=account&sort=start_date,id&page[number]=N
    &page[size]=S``. Yeti's default order is newest first; invoicekit asks for the oldest
    period first, ties broken by the invoice UUID (jsonapi-resources sorts ``id`` by the
    resource's primary key, the ``uuid`` column), so the order is total and stable across
    pages. ``include=account`` brings each invoice's currency. Paging is declared (`PAGING`)
    and run by invoicekit: it stops at an empty page, a page shorter than the page size, a
    page without ``links.next``, or a page holding only invoices already seen (a server
    ignoring ``page[number]`` must not loop forever). The absolute ``links.next`` URL is never
    followed (its host may differ from ``base_url``, e.g. ``http://example.org`` in Yeti's own
    docs): the next page number is requested instead.

Invoices added or removed while paging
    Yeti pages by offset. An invoice for a period later than those already listed lands after
    them and is picked up if the listing has not finished. One inserted among pages already
    read (an invoice created by hand for an earlier period) shifts the later ones by one: the
    invoice at the page boundary comes again (the client drops the repeat) and the new one is
    missed. A removed one shifts them the other way, so one invoice may be missed. Restart the
    listing for a consistent snapshot.

Filters
    ``page_size`` (1..1000, default 100) is the only common filter. ``issued_since`` and
    ``issued_until`` are unsupported because Yeti invoices have no issue date; ``status``
    because every visible invoice is issued; ``updated_since`` because Yeti has no change
    time. Every ``filter[<attribute>_<predicate>]`` key of the API passes through as given,
    e.g. ``**{"filter[start_date_gteq]": "2026-01-01T00:00:00Z"}`` or
    ``**{"filter[account_id_eq]": "<account uuid>"}``, and jsonapi-resources' own
    ``filter[id]`` (invoice UUIDs, comma-separated).
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Generator, Mapping
from typing import Any
from uuid import UUID

import httpx

from invoicekit.plugin import Call, ConfigurationError, ListQuery, is_uuid
from invoicekit.vendor import filter_type
from invoicekit_yeti_client.api.invoices import download_invoice, get_invoice, list_invoices
from invoicekit_yeti_client.models import InvoiceInclude

from ._paging import DEFAULT_PAGE_SIZE, ENVELOPE, MAX_PAGE_SIZE, PAGING
from ._values import VENDOR

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "ENVELOPE",
    "LIST_SORT",
    "MAX_PAGE_SIZE",
    "NATIVE_FILTERS",
    "PAGING",
    "check_invoice_id",
    "download_pdf_flow",
    "invoice_request",
    "list_request",
    "native_filter_types",
]

#: Oldest period first; the UUID breaks ties so that pages never overlap.
LIST_SORT = "start_date,id"
_JSON_API = {"Accept": "application/vnd.api+json"}


def _native_filter_names() -> frozenset[str]:
    """The ``filter[...]`` query keys of the generated ``list_invoices`` endpoint.

    The spec declares them as a table that codegen expands; the generated operation table
    (``list_invoices.OPERATION``) is the one authority for their wire names.
    """
    return frozenset(p.wire for p in list_invoices.OPERATION.query if p.wire.startswith("filter["))


#: Every vendor-native filter key that `list_invoices` passes through.
NATIVE_FILTERS: frozenset[str] = _native_filter_names()


@functools.cache
def native_filter_types() -> dict[str, str]:
    """Every native filter key -> the type of its value in words, from the generated client."""
    hints = typing.get_type_hints(list_invoices.build_request)
    found = {
        p.wire: filter_type(hints[p.python])
        for p in list_invoices.OPERATION.query
        if p.wire.startswith("filter[")
    }
    return dict(sorted(found.items()))


def check_invoice_id(invoice_id: str) -> None:
    """Reject an id that is not a UUID (``8-4-4-4-12`` hex digits), as Yeti's ids all are."""
    # jsonapi-resources accepts ids of `key_type :uuid` in this form only (any case).
    if not is_uuid(invoice_id):
        raise ConfigurationError(
            f"{invoice_id[:40]!r} is not a Yeti invoice id; Yeti invoice ids are UUIDs "
            "such as 'fd2e32c4-6674-11f1-867c-da575d109341'",
            vendor=VENDOR,
        )


def invoice_request(invoice_id: str) -> dict[str, Any]:
    """``GET /invoices/{id}?include=account`` (the account brings the currency)."""
    kwargs = get_invoice.build_request(id=UUID(invoice_id), include=InvoiceInclude.ACCOUNT)
    kwargs["headers"] = dict(_JSON_API)
    return kwargs


def list_request(query: ListQuery, params: Mapping[str, Any]) -> dict[str, Any]:
    """One page of ``GET /invoices`` (``params``: its page number and size), oldest period
    first, with the native filters as given."""
    kwargs = list_invoices.build_request(**params, sort=LIST_SORT, include=InvoiceInclude.ACCOUNT)
    kwargs["params"].update(query.native)
    kwargs["headers"] = dict(_JSON_API)
    return kwargs


def download_pdf_flow(invoice_id: str) -> Generator[Call, httpx.Response, bytes]:
    """``GET /invoices/{id}/download``: the stored PDF (404, hence `NotFound`, when none)."""
    # No JSON:API Accept header: jsonapi-resources answers 406 to an Accept it does not
    # serve, and httpx's default "*/*" passes.
    response = yield Call(download_invoice.build_request(id=UUID(invoice_id)), purpose="pdf")
    return bytes(response.content)
