"""The Lago vendor for invoicekit: read Lago's invoices as `invoicekit.Invoice`.

Scaffolded by ``nox -s new_vendor``; docs/adding-a-vendor.md says what to change. The vendor is
registered under the name ``lago`` by the `register_vendors` hook below.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import ModuleType
from typing import TYPE_CHECKING

from invoicekit.plugin import CredentialSet, Invoice, Vendor, hookimpl

from ._mapping import VENDOR, normalize_body

if TYPE_CHECKING:
    import httpx
    from invoicekit.plugin import ErrorDetail, Flow, ListFlow, ListQuery

    from ._sandbox import LagoSandbox

__all__ = ["Lago", "register_vendors"]


def _http() -> ModuleType:
    """The HTTP side (`_api`), imported on first use: it loads httpx and the generated
    endpoints, which `invoicekit.normalize` does not need."""
    from . import _api  # noqa: PLC0415 - see the docstring

    return _api


class Lago(Vendor):
    """Lago: invoices over its REST API, authenticated with an API key."""

    name = VENDOR
    title = "Lago"
    docs_url = "https://getlago.com/docs/api-reference/invoices/invoice-object"
    credentials = (CredentialSet("api_key", description="a Lago API key (Developers > API keys)"),)
    filters = frozenset({"page_size", "issued_since", "issued_until"})
    max_page_size = 100
    supports_pdf = True

    def normalize(self, body: bytes) -> Invoice:
        """One ``{"invoice": ...}`` response body (get, download) as an `Invoice`."""
        return normalize_body(body)

    def authenticate(self, credentials: Mapping[str, str], base_url: httpx.URL) -> httpx.Auth:
        """``Authorization: Bearer <api_key>``."""
        from invoicekit.plugin import HeaderAuth  # noqa: PLC0415 - it imports httpx

        return HeaderAuth.bearer(credentials["api_key"])

    def get_invoice_flow(self, invoice_id: str) -> Flow:
        """Fetch one invoice."""
        flow: Flow = _http().get_invoice_flow(invoice_id)
        return flow

    def list_invoices_flow(self, query: ListQuery) -> ListFlow:
        """Every invoice, newest first (Lago's order), page by page."""
        flow: ListFlow = _http().list_invoices_flow(query)
        return flow

    def download_pdf_flow(self, invoice_id: str) -> Flow:
        """The invoice's PDF, from the ``file_url`` Lago's download endpoint answers."""
        flow: Flow = _http().download_pdf_flow(invoice_id)
        return flow

    def parse_error(self, response: httpx.Response) -> ErrorDetail:
        """``{"status": ..., "error": ..., "code": ...}`` error bodies."""
        detail: ErrorDetail = _http().parse_error(response)
        return detail

    def sandbox(self) -> type[LagoSandbox]:
        """A local fake of the Lago API for tests and demos (loaded only when asked for)."""
        from ._sandbox import LagoSandbox  # noqa: PLC0415

        return LagoSandbox


@hookimpl
def register_vendors(register: Callable[[Vendor], None]) -> None:
    """Register the Lago vendor."""
    register(Lago())
