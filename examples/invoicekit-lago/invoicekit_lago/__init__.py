"""The Lago vendor for invoicekit: read Lago's invoices as `invoicekit.Invoice`.

Scaffolded by ``nox -s new_vendor``; docs/adding-a-vendor.md says what to change. The vendor is
registered under the name ``lago`` by the `register_vendors` hook below.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from invoicekit.plugin import CredentialSet, PageNumber, Vendor, deferred, hookimpl

from ._mapping import ENVELOPE, VENDOR, map_invoice

if TYPE_CHECKING:
    import httpx

    from ._sandbox import LagoSandbox

__all__ = ["Lago", "register_vendors"]

#: The HTTP side (flows, request builders, error bodies): it loads httpx and the generated
#: endpoints, which `invoicekit.normalize` does not need, so it is imported on first use.
_API = f"{__name__}._api"


class Lago(Vendor):
    """Lago: invoices over its REST API, authenticated with an API key."""

    name = VENDOR
    title = "Lago"
    docs_url = "https://getlago.com/docs/api-reference/invoices/invoice-object"
    credentials = (CredentialSet("api_key", description="a Lago API key (Developers > API keys)"),)
    filters = frozenset({"page_size", "issued_since", "issued_until"})
    max_page_size = 100
    default_page_size = 50
    supports_pdf = True
    # The invoice sits in {"invoice": ...}, a page's in {"invoices": [...]} (newest first);
    # ``meta.next_page`` is null on the last page.
    envelope = ENVELOPE
    paging = PageNumber(
        page="page", size="per_page", next=("meta", "next_page"), total=("meta", "total_count")
    )
    map_invoice = staticmethod(map_invoice)
    invoice_request = deferred(_API)
    list_request = deferred(_API)
    # The PDF sits behind a link the download endpoint answers: a flow of its own steps.
    download_pdf_flow = deferred(_API)
    parse_error = deferred(_API)  # ``{"status": ..., "error": ..., "code": ...}`` bodies

    def authenticate(self, credentials: Mapping[str, str], base_url: httpx.URL) -> httpx.Auth:
        """``Authorization: Bearer <api_key>``."""
        from invoicekit.plugin import HeaderAuth  # noqa: PLC0415 - it imports httpx

        return HeaderAuth.bearer(credentials["api_key"])

    def sandbox(self) -> type[LagoSandbox]:
        """A local fake of the Lago API for tests and demos (loaded only when asked for)."""
        from ._sandbox import LagoSandbox  # noqa: PLC0415

        return LagoSandbox


@hookimpl
def register_vendors(register: Callable[[Vendor], None]) -> None:
    """Register the Lago vendor."""
    register(Lago())
