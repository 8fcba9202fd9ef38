"""The Stripe vendor for invoicekit: read Stripe's invoices as `invoicekit.Invoice`.

Scaffolded by ``nox -s new_vendor``; docs/adding-a-vendor.md says what to change. The vendor is
registered under the name ``stripe`` by the `register_vendors` hook below.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import httpx

import invoicekit
from invoicekit.flows import ErrorDetail, Flow, HeaderAuth, ListFlow, ListQuery

from . import _api
from ._mapping import VENDOR, normalize_body
from ._sandbox import StripeSandbox

__all__ = ["Stripe", "register_vendors"]


class Stripe(invoicekit.Vendor):
    """Stripe: invoices over its REST API, authenticated with an API key."""

    name = VENDOR
    title = "Stripe"
    docs_url = "https://docs.stripe.example/api"
    credentials = (invoicekit.CredentialSet("api_key", description="Stripe API key"),)
    filters = frozenset({"page_size"})
    max_page_size = _api.MAX_PAGE_SIZE
    supports_pdf = False
    pdf_unsupported_reason = "the Stripe API has no PDF endpoint"

    def normalize(self, body: bytes) -> invoicekit.Invoice:
        """One ``GET /invoices/{id}`` response body as an `Invoice`."""
        return normalize_body(body)

    def authenticate(self, credentials: Mapping[str, str], base_url: httpx.URL) -> httpx.Auth:
        """``Authorization: Bearer <api_key>``."""
        return HeaderAuth.bearer(credentials["api_key"])

    def get_invoice_flow(self, invoice_id: str) -> Flow:
        """Fetch one invoice."""
        return _api.get_invoice_flow(invoice_id)

    def list_invoices_flow(self, query: ListQuery) -> ListFlow:
        """Every invoice, oldest first, page by page."""
        return _api.list_invoices_flow(query)

    def parse_error(self, response: httpx.Response) -> ErrorDetail:
        """``{"code": ..., "message": ...}`` error bodies."""
        return _api.parse_error(response)

    def sandbox(self) -> type[StripeSandbox]:
        """A local fake of the Stripe API for tests and demos."""
        return StripeSandbox


@invoicekit.hookimpl
def register_vendors(register: Callable[[invoicekit.Vendor], None]) -> None:
    """Register the Stripe vendor."""
    register(Stripe())
