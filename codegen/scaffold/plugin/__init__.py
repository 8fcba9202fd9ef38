"""The {{Title}} vendor for invoicekit: read {{Title}}'s invoices as `invoicekit.Invoice`.

Scaffolded by ``nox -s new_vendor``; docs/adding-a-vendor.md says what to change. The vendor is
registered under the name ``{{vendor}}`` by the `register_vendors` hook below.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

import httpx

import invoicekit
from invoicekit.flows import ErrorDetail, Flow, HeaderAuth, ListFlow, ListQuery

from . import _api
from ._mapping import VENDOR, normalize_body

if TYPE_CHECKING:
    from ._sandbox import {{Class}}Sandbox

__all__ = ["{{Class}}", "register_vendors"]


class {{Class}}(invoicekit.Vendor):
    """{{Title}}: invoices over its REST API, authenticated with an API key."""

    name = VENDOR
    title = "{{Title}}"
    docs_url = "https://docs.{{vendor}}.example/api"
    credentials = (invoicekit.CredentialSet("api_key", description="{{Title}} API key"),)
    filters = frozenset({"page_size"})
    max_page_size = _api.MAX_PAGE_SIZE
    supports_pdf = False
    pdf_unsupported_reason = "the {{Title}} API has no PDF endpoint"

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

    def sandbox(self) -> type[{{Class}}Sandbox]:
        """A local fake of the {{Title}} API for tests and demos (loaded only when asked for)."""
        from ._sandbox import {{Class}}Sandbox  # noqa: PLC0415

        return {{Class}}Sandbox


@invoicekit.hookimpl
def register_vendors(register: Callable[[invoicekit.Vendor], None]) -> None:
    """Register the {{Title}} vendor."""
    register({{Class}}())
