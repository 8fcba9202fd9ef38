"""The {{Title}} vendor for invoicekit: read {{Title}}'s invoices as `invoicekit.Invoice`.

Scaffolded by ``nox -s new_vendor``; docs/adding-a-vendor.md says what to change. The vendor is
registered under the name ``{{vendor}}`` by the `register_vendors` hook below.
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

    from ._sandbox import {{Class}}Sandbox

__all__ = ["{{Class}}", "register_vendors"]


def _http() -> ModuleType:
    """The HTTP side (`_api`), imported on first use: it loads httpx and the generated
    endpoints, which `invoicekit.normalize` does not need."""
    from . import _api  # noqa: PLC0415 - see the docstring

    return _api


class {{Class}}(Vendor):
    """{{Title}}: invoices over its REST API, authenticated with an API key."""

    name = VENDOR
    title = "{{Title}}"
    docs_url = "https://docs.{{vendor}}.example/api"
    credentials = (CredentialSet("api_key", description="{{Title}} API key"),)
    filters = frozenset({"page_size"})
    max_page_size = 100
    supports_pdf = False
    pdf_unsupported_reason = "the {{Title}} API has no PDF endpoint"

    def normalize(self, body: bytes) -> Invoice:
        """One ``GET /invoices/{id}`` response body as an `Invoice`."""
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
        """Every invoice, oldest first, page by page."""
        flow: ListFlow = _http().list_invoices_flow(query)
        return flow

    def parse_error(self, response: httpx.Response) -> ErrorDetail:
        """``{"code": ..., "message": ...}`` error bodies."""
        detail: ErrorDetail = _http().parse_error(response)
        return detail

    def sandbox(self) -> type[{{Class}}Sandbox]:
        """A local fake of the {{Title}} API for tests and demos (loaded only when asked for)."""
        from ._sandbox import {{Class}}Sandbox  # noqa: PLC0415

        return {{Class}}Sandbox


@hookimpl
def register_vendors(register: Callable[[Vendor], None]) -> None:
    """Register the {{Title}} vendor."""
    register({{Class}}())
