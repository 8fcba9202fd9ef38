"""Fynn (coreapi.io) invoices for invoicekit.

Fynn is German subscription billing with one API host per tenant,
``https://<tenant>.coreapi.io``. Connect with an API key from Settings → Developer::

    client = invoicekit.connect("fynn", base_url="https://acme.coreapi.io", api_key="...")

How Fynn's invoices map onto `invoicekit.Invoice` is documented in `invoicekit_fynn._mapping`;
how the plugin talks to the API (paging, filters, PDFs, errors) in `invoicekit_fynn._api`.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any

import msgspec

from invoicekit.plugin import CredentialSet, Invoice, ListQuery, RawPage, Vendor, hookimpl

from . import _webhooks
from ._mapping import decode_invoice, to_invoice
from ._paging import DEFAULT_PAGE_SIZE, ENVELOPE, NATIVE_FILTERS, PAGING
from ._values import VENDOR

if TYPE_CHECKING:
    import httpx

    from invoicekit.plugin import Call, ErrorDetail
    from invoicekit.webhooks import WebhookEvent

    from ._payments import Transactions
    from ._sandbox import FynnSandbox

__all__ = ["FynnVendor", "register_vendors"]


def _http() -> ModuleType:
    """The plugin's HTTP side (`_api`), imported on first use: it loads httpx and the generated
    endpoints, which `invoicekit.normalize` never needs."""
    from . import _api  # noqa: PLC0415 - see the docstring

    return _api


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
    default_page_size = DEFAULT_PAGE_SIZE
    number_filter = "number"
    webhooks = _webhooks.SUPPORT
    envelope = ENVELOPE
    paging = PAGING

    def map_invoice(self, raw: msgspec.Raw, context: Transactions | None) -> Invoice:
        """One invoice object (its own bytes ``raw``), with its payments when ``context`` holds
        the transactions the client read; see `invoicekit_fynn._mapping`."""
        return to_invoice(decode_invoice(raw), raw, context)

    # Flows with steps of their own (payments, download links) are the plugin's functions.
    def get_invoice_flow(self, invoice_id: str) -> Generator[Call, httpx.Response, Invoice]:
        """``GET /invoices/{id}``, then its payment transactions; see `invoicekit_fynn._api`."""
        flow: Generator[Call, httpx.Response, Invoice] = _http().get_invoice_flow(invoice_id)
        return flow

    def download_pdf_flow(self, invoice_id: str) -> Generator[Call, httpx.Response, bytes]:
        """The PDF through a temporary download link; see `invoicekit_fynn._api`."""
        flow: Generator[Call, httpx.Response, bytes] = _http().download_pdf_flow(invoice_id)
        return flow

    def download_xml_flow(self, invoice_id: str) -> Generator[Call, httpx.Response, bytes]:
        """The ZUGFeRD XML embedded in the invoice's PDF; see `invoicekit_fynn._api`."""
        flow: Generator[Call, httpx.Response, bytes] = _http().download_xml_flow(invoice_id)
        return flow

    def list_request(self, query: ListQuery, params: dict[str, Any]) -> Mapping[str, Any]:
        """One page of ``GET /invoices``, oldest first by creation; see `invoicekit_fynn._api`."""
        kwargs: Mapping[str, Any] = _http().list_request(query, params)
        return kwargs

    def read_page(
        self, query: ListQuery, page: RawPage
    ) -> Generator[Call, httpx.Response, Sequence[Invoice]]:
        """The page's invoices, every transaction read once; see `invoicekit_fynn._api`."""
        flow: Generator[Call, httpx.Response, Sequence[Invoice]] = _http().read_page(query, page)
        return flow

    def parse_webhook(self, body: bytes) -> WebhookEvent:
        """Decode a Fynn webhook body; see `invoicekit_fynn._webhooks`."""
        return _webhooks.parse_webhook(body)

    def check_id(self, invoice_id: str) -> None:
        """Fynn invoice ids are UUIDs."""
        _http().check_id(invoice_id)

    def authenticate(self, credentials: Mapping[str, str], base_url: httpx.URL) -> httpx.Auth:
        """Send the API key as ``Authorization: Bearer <key>``."""
        from invoicekit.plugin import HeaderAuth  # noqa: PLC0415 - it imports httpx

        api_key = credentials["api_key"]
        _http().check_api_key(api_key)
        return HeaderAuth.bearer(api_key)

    def accepts_native_filter(self, name: str) -> bool:
        """Fynn's own list parameters (unconfirmed): type, customer, number, search."""
        return name in NATIVE_FILTERS

    def native_filters(self) -> Mapping[str, str]:
        """Fynn's own list parameters (unconfirmed), each taking text."""
        return dict.fromkeys(sorted(NATIVE_FILTERS), "text")

    def parse_error(self, response: httpx.Response) -> ErrorDetail:
        """Code and message of Fynn's problem bodies."""
        from ._errors import parse_error  # noqa: PLC0415 - it imports httpx

        return parse_error(response)

    def sandbox(self) -> type[FynnSandbox]:
        """A local fake of Fynn's invoice API (see `invoicekit_fynn._sandbox`)."""
        from ._sandbox import FynnSandbox  # noqa: PLC0415 - keep importing the plugin light

        return FynnSandbox


@hookimpl
def register_vendors(register: Callable[[Vendor], None]) -> None:
    """Register the Fynn vendor."""
    register(FynnVendor())
