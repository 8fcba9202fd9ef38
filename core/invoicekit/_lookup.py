"""Finding one invoice by its number (``000001``, ``INV-1001``) through the vendor's listing.

Vendors look invoices up by their own id; people know the number printed on them. A vendor
whose listing can filter by number names that filter in `Vendor.number_filter`; the flow here
lists with it, keeps only the invoices whose normalized number is exactly the one asked for
(a vendor's filter may match parts of numbers), and fetches the match by its id, so that the
result is the same `Invoice` as `get_invoice` gives. It reads at most `MAX_PAGES` pages, so a
vendor that ignored the filter cannot turn a lookup into a full export.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import httpx

from ._query import build_query
from .errors import ConfigurationError, InvoiceNumberNotFound, Unsupported
from .flows import Call, Page
from .model import Invoice
from .vendor import Vendor

__all__ = ["MAX_PAGES", "check_number", "find_invoice_flow"]

#: Pages of the filtered listing read before giving up on an exact match.
MAX_PAGES = 5
_MAX_NUMBER = 200


def check_number(vendor: Vendor, number: object) -> str:
    """The number as text, refused before any request if no invoice can have it."""
    if isinstance(number, bool) or not isinstance(number, str | int):
        raise TypeError(f"invoice number must be a str or int, not {type(number).__name__}")
    text = str(number)
    if not text.strip() or len(text) > _MAX_NUMBER or not text.isprintable():
        raise ConfigurationError(
            f"{text[:40]!r} is not a plausible invoice number", vendor=vendor.name
        )
    return text


def find_invoice_flow(vendor: Vendor, number: str) -> Generator[Call, httpx.Response, Invoice]:
    """The flow that returns the one invoice numbered ``number``.

    Raises (at once, before any request):
        Unsupported: the vendor's API cannot filter its invoices by number.
    The flow raises `InvoiceNumberNotFound` when no invoice, or several, have that number.
    """
    if vendor.number_filter is None:
        raise Unsupported(
            vendor.name,
            "finding an invoice by its number",
            "its API has no filter on the invoice number; use the vendor's invoice id",
        )
    query = build_query(vendor, {vendor.number_filter: number})
    return _exact_match(vendor, vendor.list_invoices_flow(query), number)


def _exact_match(
    vendor: Vendor, listing: Generator[Any, Any, Any], number: str
) -> Generator[Call, httpx.Response, Invoice]:
    found: dict[str, Invoice] = {}
    path = "/"
    reply: httpx.Response | None = None
    pages = 0
    try:
        while pages < MAX_PAGES:
            try:
                step = listing.send(reply)
            except StopIteration:
                break
            if isinstance(step, Page):
                reply = None
                pages += 1
                found.update((i.id, i) for i in step.invoices if i.number == number)
                if found:
                    break  # the page with the match is whole; a duplicate would be on it
                continue
            path = str(step.kwargs.get("url", path))
            reply = yield step
    finally:
        listing.close()
    if len(found) != 1:
        raise InvoiceNumberNotFound(vendor.name, number, path=path, ids=sorted(found))
    (invoice_id,) = found
    # A listing's invoice can hold less than the invoice itself (Yeti lists without the
    # account, Daftra's list items are not its GET body): fetch it by id, as get_invoice does.
    result: Invoice = yield from vendor.get_invoice_flow(invoice_id)
    return result
