"""Fynn (coreapi.io) invoices for invoicekit.

Fynn is German subscription billing with one API host per tenant,
``https://<tenant>.coreapi.io``. Connect with an API key from Settings → Developer::

    client = invoicekit.connect("fynn", base_url="https://acme.coreapi.io", api_key="...")

How Fynn's invoices map onto `invoicekit.Invoice` is documented in `invoicekit_fynn._mapping`;
how the plugin talks to the API (paging, filters, PDFs, errors) in `invoicekit_fynn._api`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import ModuleType
from typing import TYPE_CHECKING

from invoicekit.plugin import CredentialSet, Vendor, deferred, hookimpl

from ._mapping import map_invoice
from ._paging import DEFAULT_PAGE_SIZE, ENVELOPE, NATIVE_FILTERS, PAGING
from ._values import VENDOR

if TYPE_CHECKING:
    import httpx

    from ._sandbox import FynnSandbox

__all__ = ["FynnVendor", "register_vendors"]


#: The plugin's HTTP side: it loads httpx and the generated endpoints, which
#: `invoicekit.normalize` never needs, so its functions are bound with `deferred`.
_API = f"{__name__}._api"
#: Its webhooks: the declaration and the envelope decoders, which `normalize` never needs either.
_WEBHOOKS = f"{__name__}._webhooks"


def _http() -> ModuleType:
    """The plugin's HTTP side (`_api`), imported on first use (see `_API`)."""
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
    # The webhook declaration and its decoders (`_webhooks`) load on first use too: normalizing
    # an invoice never needs them.
    webhooks = deferred(_WEBHOOKS, "SUPPORT")
    parse_webhook = deferred(_WEBHOOKS)  # decodes a Fynn webhook body
    envelope = ENVELOPE
    paging = PAGING

    # One invoice object and, through the client, its payment transactions; the mapping's own
    # function (`invoicekit_fynn._mapping.map_invoice`), so a call runs no code here.
    map_invoice = staticmethod(map_invoice)

    # Flows with steps of their own (payments, download links), a list page's request and its
    # reading (payment transactions once per listing): the plugin's HTTP side (`_api`),
    # imported on first use.
    get_invoice_flow = deferred(_API)
    download_pdf_flow = deferred(_API)
    download_xml_flow = deferred(_API)  # the ZUGFeRD XML embedded in the invoice's PDF
    list_request = deferred(_API)
    read_page = deferred(_API)
    check_id = deferred(_API)  # Fynn invoice ids are UUIDs
    parse_error = deferred(f"{__name__}._errors")  # code and message of Fynn's problem bodies

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

    def sandbox(self) -> type[FynnSandbox]:
        """A local fake of Fynn's invoice API (see `invoicekit_fynn._sandbox`)."""
        from ._sandbox import FynnSandbox  # noqa: PLC0415 - keep importing the plugin light

        return FynnSandbox


@hookimpl
def register_vendors(register: Callable[[Vendor], None]) -> None:
    """Register the Fynn vendor."""
    register(FynnVendor())
