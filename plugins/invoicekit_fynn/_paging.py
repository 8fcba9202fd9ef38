"""How Fynn pages: the declared envelope and paging of its invoice list, and when a list has no
more pages (invoices and payment transactions page alike). The decisions are documented in
`invoicekit_fynn._api`; they live here, free of the HTTP side, because the vendor class
declares them at import."""

from __future__ import annotations

from invoicekit.plugin import Envelope, PageNumber
from invoicekit_fynn_client.models import Pagination

from ._values import given

__all__ = ["DEFAULT_PAGE_SIZE", "ENVELOPE", "NATIVE_FILTERS", "PAGING", "is_last_page"]

#: Invoices per page when the caller gives no ``page_size`` (the n8n node's maximum).
DEFAULT_PAGE_SIZE = 100
#: The spec's GUESS query parameters, passed through as given.
NATIVE_FILTERS = frozenset({"type", "customer", "number", "search"})
#: A single invoice is the whole body; a list page holds them in ``data``.
ENVELOPE = Envelope(invoice=(), items=("data",))
#: ``page``/``limit`` with the (GUESS) ``_pagination`` block; a repeated page is `Unsupported`.
PAGING = PageNumber(
    page="page",
    size="limit",
    page_count=("_pagination", "lastPage"),
    per_page=("_pagination", "itemsPerPage"),
    total=("_pagination", "totalItems"),
    repeats="unsupported",
)


def is_last_page(pagination: Pagination | None, page: int, count: int, limit: int) -> bool:
    """Whether page ``page`` (1-based), holding ``count`` items of ``limit`` asked, is the last.

    ``_pagination.lastPage`` decides when Fynn sends it (2022 API shape, GUESS today), else
    ``itemsPerPage``, else ``limit``: a shorter page is the last. An empty page always is.
    """
    if count == 0:
        return True
    if pagination is not None:
        last = pagination.last_page
        if given(last):
            # Our own page counter, not currentPage: a server that ignores `page` and keeps
            # answering "page 1 of 3" must not keep us going forever.
            return page >= last
        per_page = pagination.items_per_page
        if given(per_page) and per_page > 0:
            return count < per_page
    return count < limit
