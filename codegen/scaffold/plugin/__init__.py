"""The {{Title}} vendor for invoicekit: read {{Title}}'s invoices as `invoicekit.Invoice`.

Scaffolded by ``nox -s new_vendor``; docs/adding-a-vendor.md says what to change. The vendor is
registered under the name ``{{vendor}}`` by the `register_vendors` hook below.
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
    default_page_size = _api.DEFAULT_PAGE_SIZE
    # Where the invoice sits in a body and in a list page, and how pages are asked for: the
    # core runs get, list and normalize from these (docs/adding-a-vendor.md, "Envelopes").
    envelope = ENVELOPE
    paging = _api.PAGING
    map_invoice = staticmethod(map_invoice)
    invoice_request = staticmethod(_api.invoice_request)
    list_request = staticmethod(_api.list_request)

    def authenticate(self, credentials: Mapping[str, str], base_url: httpx.URL) -> httpx.Auth:
        """``Authorization: Bearer <api_key>``."""
        return HeaderAuth.bearer(credentials["api_key"])

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
