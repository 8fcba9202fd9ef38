"""The {{Title}} vendor for invoicekit: read {{Title}}'s invoices as `invoicekit.Invoice`.

Scaffolded by ``nox -s new_vendor``; docs/adding-a-vendor.md says what to change. The vendor is
registered under the name ``{{vendor}}`` by the `register_vendors` hook below.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from invoicekit.plugin import CredentialSet, PageNumber, Vendor, deferred, hookimpl

from ._mapping import ENVELOPE, VENDOR, map_invoice

if TYPE_CHECKING:
    import httpx

    from ._sandbox import {{Class}}Sandbox

__all__ = ["{{Class}}", "register_vendors"]

#: The HTTP side (request builders, error bodies): it loads httpx and the generated endpoints,
#: which `invoicekit.normalize` does not need, so it is imported on first use.
_API = f"{__name__}._api"


class {{Class}}(Vendor):
    """{{Title}}: invoices over its REST API, authenticated with an API key."""

    name = VENDOR
    title = "{{Title}}"
    docs_url = "https://docs.{{vendor}}.example/api"
    credentials = (CredentialSet("api_key", description="{{Title}} API key"),)
    filters = frozenset({"page_size"})
    max_page_size = 100
    default_page_size = 50
    supports_pdf = False
    pdf_unsupported_reason = "the {{Title}} API has no PDF endpoint"
    # Where the invoice sits in a body and in a list page, and how pages are asked for: the
    # core runs get, list and normalize from these (docs/adding-a-vendor.md, section 3).
    envelope = ENVELOPE
    paging = PageNumber(page="page", size="per_page", page_count=("pages",), total=("total",))
    map_invoice = staticmethod(map_invoice)
    invoice_request = deferred(_API)
    list_request = deferred(_API)
    parse_error = deferred(_API)  # ``{"code": ..., "message": ...}`` error bodies

    def authenticate(self, credentials: Mapping[str, str], base_url: httpx.URL) -> httpx.Auth:
        """``Authorization: Bearer <api_key>``."""
        from invoicekit.plugin import HeaderAuth  # noqa: PLC0415 - it imports httpx

        return HeaderAuth.bearer(credentials["api_key"])

    def sandbox(self) -> type[{{Class}}Sandbox]:
        """A local fake of the {{Title}} API for tests and demos (loaded only when asked for)."""
        from ._sandbox import {{Class}}Sandbox  # noqa: PLC0415

        return {{Class}}Sandbox


@hookimpl
def register_vendors(register: Callable[[Vendor], None]) -> None:
    """Register the {{Title}} vendor."""
    register({{Class}}())
