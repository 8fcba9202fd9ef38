"""Stripe invoices for invoicekit: an out-of-tree vendor plugin, found through its entry point.

Installed, the distribution ``invoicekit-stripe`` declares ``stripe = "invoicekit_stripe"`` in
the ``invoicekit`` entry-point group, so ``invoicekit.vendors()`` lists ``"stripe"``. Connect
with a secret or restricted key::

    client = invoicekit.connect("stripe", base_url="https://api.stripe.com", api_key="sk_...")
    for invoice in client.list_invoices(status="open", native={"customer": "cus_..."}):
        ...

How Stripe's invoices map onto `invoicekit.Invoice` is documented in `invoicekit_stripe._mapping`
(amounts in the currency's minor unit in `invoicekit_stripe._money`); how the plugin talks to
the API (newest-first cursor paging, filters, PDFs, errors) in `invoicekit_stripe._api`;
changed-since and deletions from the Events API in `invoicekit_stripe._events`; the local
fake of the API in `invoicekit_stripe._sandbox`.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping
from types import ModuleType
from typing import TYPE_CHECKING

import msgspec
from invoicekit.plugin import (
    CredentialSet,
    Invoice,
    ListQuery,
    Vendor,
    deferred,
    hookimpl,
)

from . import _webhooks
from ._declared import (
    COARSE_STATUSES,
    DEFAULT_PAGE_SIZE,
    ENVELOPE,
    EVENTS_WINDOW,
    MAX_PAGE_SIZE,
    PAGING,
)
from ._mapping import decode_invoice, to_invoice
from ._values import VENDOR

if TYPE_CHECKING:
    import httpx
    from invoicekit.plugin import Call, Page
    from invoicekit.webhooks import WebhookEvent

    from ._sandbox import StripeSandbox

__all__ = ["StripeVendor", "register_vendors"]


#: The plugin's HTTP side: it loads httpx and the generated endpoints, which
#: `invoicekit.normalize` never needs, so its functions are bound with `deferred`.
_API = f"{__name__}._api"


def _http() -> ModuleType:
    """The plugin's HTTP side (`_api`), imported on first use (see `_API`)."""
    from . import _api  # noqa: PLC0415 - see the docstring

    return _api


class StripeVendor(Vendor):
    """Stripe Billing invoices over the Stripe API, with a secret or restricted API key."""

    name = VENDOR
    title = "Stripe"
    docs_url = "https://docs.stripe.com/api/invoices"
    credentials = (
        CredentialSet(
            "api_key",
            description="A secret key (sk_...) or a restricted key (rk_...) that may read "
            "invoices, from Dashboard → Developers → API keys.",
        ),
    )
    # issued_since/issued_until: Stripe filters on creation time, not issue time (see _api).
    # updated_since: from the Events API, 30 days back (see _events).
    filters = frozenset({"page_size", "status", "updated_since"})
    # Stripe's open also holds partially paid invoices, its paid overpaid ones (see _api).
    coarse_statuses = COARSE_STATUSES
    updated_since_window = EVENTS_WINDOW
    # Stripe's documented limit is 100 read requests a second in live mode, 25 in a sandbox
    # (docs.stripe.com/rate-limits); the lower one, so a budget never trips either.
    requests_per_second = 25.0
    max_page_size = MAX_PAGE_SIZE
    default_page_size = DEFAULT_PAGE_SIZE
    supports_pdf = True
    webhooks = _webhooks.SUPPORT
    envelope = ENVELOPE
    paging = PAGING

    def map_invoice(self, raw: msgspec.Raw, context: object = None) -> Invoice:
        """One invoice object (its own bytes ``raw``); see `invoicekit_stripe._mapping`."""
        return to_invoice(decode_invoice(raw), raw)

    # Flows with steps of their own (every line, the PDF link), a list page's request and its
    # reading (every line of each invoice), ids, statuses and error bodies: the plugin's HTTP
    # side (`_api`), imported on first use.
    get_invoice_flow = deferred(_API)
    download_pdf_flow = deferred(_API)
    list_request = deferred(_API)
    read_page = deferred(_API)
    check_id = deferred(_API)
    status_filter = deferred(_API)  # the one Stripe status of the statuses asked for
    parse_error = deferred(_API)  # Stripe's ``{"error": {...}}`` bodies

    def parse_webhook(self, body: bytes) -> WebhookEvent:
        """Decode a Stripe Event body; see `invoicekit_stripe._webhooks`."""
        return _webhooks.parse_webhook(body)

    def authenticate(self, credentials: Mapping[str, str], base_url: httpx.URL) -> httpx.Auth:
        """Send the key as ``Authorization: Bearer <api_key>``."""
        from invoicekit.plugin import HeaderAuth  # noqa: PLC0415 - it imports httpx

        api_key = credentials["api_key"]
        _http().check_api_key(api_key)
        return HeaderAuth.bearer(api_key)

    def accepts_native_filter(self, name: str) -> bool:
        """Stripe's own list parameters: customer, subscription, collection_method, ranges."""
        return name in _http().NATIVE_FILTERS

    def native_filters(self) -> Mapping[str, str]:
        """Stripe's own list parameters: ids as text, the ranges as Unix timestamps."""
        return {
            name: "integer (Unix time)" if "[" in name else "text"
            for name in sorted(_http().NATIVE_FILTERS)
        }

    def list_invoices_flow(
        self, query: ListQuery
    ) -> Generator[Call | Page, httpx.Response | None, None]:
        """``GET /v1/invoices``, newest first, by cursor; with ``updated_since``, the Events API."""
        if query.updated_since is not None:
            from ._events import changes_flow  # noqa: PLC0415 - it imports httpx

            return changes_flow(query)
        return super().list_invoices_flow(query)

    def sandbox(self) -> type[StripeSandbox]:
        """A local fake of the Stripe invoices API for tests and demos."""
        from ._sandbox import StripeSandbox  # noqa: PLC0415 - keeps importing the plugin light

        return StripeSandbox


@hookimpl
def register_vendors(register: Callable[[Vendor], None]) -> None:
    """Register the Stripe vendor."""
    register(StripeVendor())
