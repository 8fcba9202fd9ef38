"""What the Daftra vendor class declares at import: its envelope and paging (documented in
`invoicekit_daftra._api`), its default page size (`invoicekit_daftra._query`) and the names of
its OAuth credential sets (`invoicekit_daftra._auth`). They live here, free of the HTTP side,
so that importing the plugin, and `invoicekit.normalize`, load no httpx."""

from __future__ import annotations

from invoicekit.plugin import Envelope, PageNumber

__all__ = ["DEFAULT_PAGE_SIZE", "ENVELOPE", "PAGING", "PASSWORD_CREDENTIALS", "REFRESH_CREDENTIALS"]

#: A document is ``data`` of a single-document body (``{"Invoice": ..., "Client": ...}``) and
#: each item of ``data`` in a list: the same object, so `Invoice.raw` is alike from either.
ENVELOPE = Envelope(invoice=("data",), items=("data",))
#: ``page``/``limit``; ``pagination`` (when sent) states the page count and the next page.
PAGING = PageNumber(
    page="page",
    size="limit",
    page_count=("pagination", "page_count"),
    next=("pagination", "next"),
    total=("pagination", "total_results"),
)


#: Invoices per request when the caller does not say. The API's own default is 20; with
#: ``recursive=1`` each invoice carries its lines and payments, and 100 keeps a page far below
#: the client's response cap while needing five times fewer requests.
DEFAULT_PAGE_SIZE = 100

#: The credentials of the password grant and, when a refresh token was kept, of its renewal.
PASSWORD_CREDENTIALS = ("client_id", "client_secret", "username", "password")
REFRESH_CREDENTIALS = ("client_id", "client_secret", "refresh_token")
