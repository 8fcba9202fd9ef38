"""When a Fynn list has no more pages (invoices and payment transactions page alike)."""

from __future__ import annotations

from invoicekit_fynn_client.models import Pagination

from ._values import given

__all__ = ["is_last_page"]


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
