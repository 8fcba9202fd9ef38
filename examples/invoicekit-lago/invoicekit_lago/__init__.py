"""The Lago vendor for invoicekit: read Lago's invoices as `invoicekit.Invoice`.

Scaffolded by ``nox -s new_vendor``; docs/adding-a-vendor.md says what to change. The vendor is
registered under the name ``lago`` by the `register_vendors` hook below.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

import httpx
import invoicekit
from invoicekit.flows import ErrorDetail, HeaderAuth

from . import _api
from ._mapping import ENVELOPE, VENDOR, map_invoice

if TYPE_CHECKING:
    from ._sandbox import LagoSandbox

__all__ = ["Lago", "register_vendors"]


class Lago(invoicekit.Vendor):
    """Lago: invoices over its REST API, authenticated with an API key."""

    name = VENDOR
    title = "Lago"
    docs_url = "https://getlago.com/docs/api-reference/invoices/invoice-object"
    credentials = (
        invoicekit.CredentialSet("api_key", description="a Lago API key (Developers > API keys)"),
    )
    filters = frozenset({"page_size", "issued_since", "issued_until"})
    max_page_size = _api.MAX_PAGE_SIZE
    supports_pdf = True
    default_page_size = _api.DEFAULT_PAGE_SIZE
    # The invoice sits in {"invoice": ...}, a page's in {"invoices": [...]} (newest first).
    envelope = ENVELOPE
    paging = _api.PAGING
    map_invoice = staticmethod(map_invoice)
    invoice_request = staticmethod(_api.invoice_request)
    list_request = staticmethod(_api.list_request)
    # The PDF sits behind a link the download endpoint answers: a flow of its own steps.
    download_pdf_flow = staticmethod(_api.download_pdf_flow)

    def authenticate(self, credentials: Mapping[str, str], base_url: httpx.URL) -> httpx.Auth:
        """``Authorization: Bearer <api_key>``."""
        return HeaderAuth.bearer(credentials["api_key"])

    def parse_error(self, response: httpx.Response) -> ErrorDetail:
        """``{"status": ..., "error": ..., "code": ...}`` error bodies."""
        return _api.parse_error(response)

    def sandbox(self) -> type[LagoSandbox]:
        """A local fake of the Lago API for tests and demos (loaded only when asked for)."""
        from ._sandbox import LagoSandbox  # noqa: PLC0415

        return LagoSandbox


@invoicekit.hookimpl
def register_vendors(register: Callable[[invoicekit.Vendor], None]) -> None:
    """Register the Lago vendor."""
    register(Lago())
