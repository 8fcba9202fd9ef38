"""How Yeti pages: the declared envelope and paging of its invoice list (documented in
`invoicekit_yeti._api`). They live here, free of the HTTP side, because the vendor class
declares them at import."""

from __future__ import annotations

from invoicekit.plugin import Envelope, PageNumber

__all__ = ["DEFAULT_PAGE_SIZE", "ENVELOPE", "MAX_PAGE_SIZE", "PAGING"]

#: Invoices per page when the caller does not say; Yeti's own default is 50.
DEFAULT_PAGE_SIZE = 100
#: Yeti answers 400 (code 118) above this (``config/initializers/jsonapi_resources.rb``).
MAX_PAGE_SIZE = 1000
#: JSON:API: the invoice resource is ``data``, of a document and of a list page alike.
ENVELOPE = Envelope(invoice=("data",), items=("data",))
#: ``page[number]``/``page[size]``; ``links.next`` only says whether another page follows.
PAGING = PageNumber(
    page="pagenumber",
    size="pagesize",
    next=("links", "next"),
    total=("meta", "total-count"),
    short_page="always",
    repeats="stop",
)
