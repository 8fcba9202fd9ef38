"""Fynn (coreapi.io) invoices for invoicekit.

Fynn is German subscription billing with one API host per tenant,
``https://<tenant>.coreapi.io``. Connect with an API key from Settings → Developer::

    client = invoicekit.connect("fynn", base_url="https://acme.coreapi.io", api_key="...")

How Fynn's invoices map onto `invoicekit.Invoice` is documented in `invoicekit_fynn._mapping`;
how the plugin talks to the API (paging, filters, PDFs, errors) in `invoicekit_fynn._api`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

import httpx

from invoicekit import (
    CredentialSet,
    ErrorDetail,
    HeaderAuth,
    Vendor,
    hookimpl,
)

from . import _api, _errors, _webhooks
from ._values import VENDOR

if TYPE_CHECKING:
    from invoicekit.webhooks import WebhookEvent

    from ._sandbox import FynnSandbox

__all__ = ["FynnVendor", "register_vendors"]


class FynnVendor(Vendor):
    """Fynn: German subscription billing, one coreapi.io host per tenant."""

    name = VENDOR
    title = "Fynn"
    docs_url = "https://docs.fynn.eu"
    credentials = (
        CredentialSet("api_key", description="An API key from app.fynn.eu, Settings → Developer."),
    )
    # Fynn's status and date filters are unconfirmed (GUESS); see invoicekit_fynn._api.
    filters = frozenset({"page_size"})
    supports_pdf = True
    supports_xml = True
    max_page_size = 100
    default_page_size = _api.DEFAULT_PAGE_SIZE
    number_filter = "number"
    webhooks = _webhooks.SUPPORT
    envelope = _api.ENVELOPE
    paging = _api.PAGING
    # Flows with steps of their own (payments, download links) are the plugin's functions.
    get_invoice_flow = staticmethod(_api.get_invoice_flow)
    download_pdf_flow = staticmethod(_api.download_pdf_flow)
    download_xml_flow = staticmethod(_api.download_xml_flow)
    # Mapping an invoice object, a list page's request, and reading a page (see _api).
    map_invoice = staticmethod(_api.map_invoice)
    list_request = staticmethod(_api.list_request)
    read_page = staticmethod(_api.read_page)

    def parse_webhook(self, body: bytes) -> WebhookEvent:
        """Decode a Fynn webhook body; see `invoicekit_fynn._webhooks`."""
        return _webhooks.parse_webhook(body)

    def check_id(self, invoice_id: str) -> None:
        """Fynn invoice ids are UUIDs."""
        _api.check_id(invoice_id)

    def authenticate(self, credentials: Mapping[str, str], base_url: httpx.URL) -> httpx.Auth:
        """Send the API key as ``Authorization: Bearer <key>``."""
        api_key = credentials["api_key"]
        _api.check_api_key(api_key)
        return HeaderAuth.bearer(api_key)

    def accepts_native_filter(self, name: str) -> bool:
        """Fynn's own list parameters (unconfirmed): type, customer, number, search."""
        return name in _api.NATIVE_FILTERS

    def native_filters(self) -> Mapping[str, str]:
        """Fynn's own list parameters (unconfirmed), each taking text."""
        return dict.fromkeys(sorted(_api.NATIVE_FILTERS), "text")

    def parse_error(self, response: httpx.Response) -> ErrorDetail:
        """Code and message of Fynn's problem bodies."""
        return _errors.parse_error(response)

    def sandbox(self) -> type[FynnSandbox]:
        """A local fake of Fynn's invoice API (see `invoicekit_fynn._sandbox`)."""
        from ._sandbox import FynnSandbox  # noqa: PLC0415 - keep importing the plugin light

        return FynnSandbox


@hookimpl
def register_vendors(register: Callable[[Vendor], None]) -> None:
    """Register the Fynn vendor."""
    register(FynnVendor())
