"""Daftra (daftra.com, api2) invoices for invoicekit.

``invoicekit.connect("daftra", base_url="https://<subdomain>.daftra.com", api_key=...)`` (or
``token=...``, or an OAuth app's ``client_id``, ``client_secret`` with a user's ``username`` and
``password``, or with a ``refresh_token``: see `invoicekit_daftra._auth`) reads invoices from one
Daftra account. How each Daftra field is normalized is
documented in `invoicekit_daftra._mapping`; how the API is called in `invoicekit_daftra._api`.

Filters: ``issued_since``/``issued_until`` become ``date_from``/``date_to`` (the invoice
``date``), ``status`` one ``payment_status`` code or ``draft=1``, ``page_size`` ``limit``
(at most 1000, default 100). Daftra has no changed-since filter (``created_from`` is a creation
date, not a change), so ``updated_since`` is unsupported. Every other documented list parameter
(``client_id``, ``currency_code``, ``no``, ``due_date_from``, ``type``...) passes through as given.
``kind=credit_note`` / ``kind=refund`` lists credit notes / refund receipts instead (their
lists take only ``page_size``); `get_invoice` finds every kind by id (`_documents`).
"""

from __future__ import annotations

import dataclasses
import re
import time
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any

from invoicekit.plugin import (
    ConfigurationError,
    CredentialSet,
    InvoiceKind,
    InvoiceStatus,
    ListQuery,
    Unsupported,
    Vendor,
    hookimpl,
)

from . import _codes, _declared, _documents

if TYPE_CHECKING:
    import httpx

    from invoicekit.plugin import ErrorDetail, Flow

    from ._sandbox import DaftraSandbox

__all__ = ["DaftraVendor", "register_vendors"]


def _list_params() -> ModuleType:
    """The list parameters (`_query`), imported on first use: the generated list endpoint loads
    httpx, which `invoicekit.normalize` never needs."""
    from . import _query  # noqa: PLC0415 - see the docstring

    return _query


# A positive integer without leading zeros, small enough for a 64-bit column.
_INVOICE_ID = re.compile(r"[1-9][0-9]{0,18}")


class DaftraVendor(Vendor):
    """Daftra: cloud ERP and invoicing, one subdomain per tenant (api2 invoices).

    Args:
        clock: returns the current Unix time, used to renew OAuth access tokens before they
            expire; tests pass a fake one.
    """

    name = "daftra"
    title = "Daftra"
    docs_url = "https://docs.daftara.dev"
    credentials = (
        CredentialSet("api_key", description="API key from Daftra Settings > API"),
        CredentialSet(
            "token", description="OAuth2 access token from POST /v2/oauth/token (password grant)"
        ),
        CredentialSet(
            *_declared.PASSWORD_CREDENTIALS,
            description="an OAuth2 app's client id and secret and a Daftra user's login;"
            " traded for an access token at POST /v2/oauth/token, renewed before it expires",
        ),
        CredentialSet(
            *_declared.REFRESH_CREDENTIALS,
            description="an OAuth2 app's client id and secret and a refresh token",
        ),
    )
    filters = frozenset({"issued_since", "issued_until", "status", "page_size"})
    # Daftra's payment_status filter does not say whether it excludes drafts, and a draft is
    # never the open invoice that was asked for: invoicekit keeps only the statuses asked for.
    coarse_statuses = frozenset(_codes.FILTER_STATUSES)
    supports_pdf = True
    # The API's docs name no maximum; the daftradocs222 page says 1000.
    max_page_size = 1000
    default_page_size = _declared.DEFAULT_PAGE_SIZE
    envelope = _declared.ENVELOPE
    paging = _declared.PAGING
    # Every kind of document object (``data``, or a list item) and api2's result and code.
    map_invoice = staticmethod(_documents.normalize_document)
    body_context = staticmethod(_documents.check_answer)
    number_filter = "no"
    webhooks_unsupported_reason = (
        "Daftra's API (docs.daftara.dev) documents no webhooks or event subscriptions; "
        "poll with updated_since-style listings instead"
    )

    def __init__(self, *, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock

    def check_id(self, invoice_id: str) -> None:
        """Daftra invoice ids are positive integers."""
        if not _INVOICE_ID.fullmatch(invoice_id):
            raise ConfigurationError(
                f"{invoice_id[:40]!r} is not a Daftra invoice id (a positive integer)",
                vendor=self.name,
            )

    def authenticate(self, credentials: Mapping[str, str], base_url: httpx.URL) -> httpx.Auth:
        """The ``apikey`` header for an API key, ``Authorization: Bearer`` for a token, and
        the OAuth 2.0 token endpoint (`invoicekit_daftra._auth`) for the other sets."""
        # The HTTP side loads httpx, which `invoicekit.normalize` never needs.
        from invoicekit.plugin import HeaderAuth  # noqa: PLC0415

        from . import _api, _auth  # noqa: PLC0415

        if credentials.get("api_key"):
            return _api.ApiKeyAuth(credentials["api_key"])
        if credentials.get("token"):
            return HeaderAuth.bearer(credentials["token"])
        return _auth.oauth(credentials, base_url, clock=self._clock)

    def accepts_native_filter(self, name: str) -> bool:
        """The documented list parameters, except those the plugin sets (page, limit, ...)."""
        return name in _list_params().NATIVE_FILTERS or name == _documents.KIND_FILTER

    def native_filters(self) -> Mapping[str, str]:
        """The documented list parameters with their value types, and ``kind``."""
        return {**_list_params().native_filter_types(), _documents.KIND_FILTER: "text"}

    def status_filter(self, statuses: tuple[InvoiceStatus, ...]) -> tuple[str, ...]:
        """One status per request: draft, open, partially_paid, paid or overpaid.

        Refunded is refused because the list filter documents its code 3 both as Refunded and
        as Subscriptions; issued, void and unknown have no Daftra counterpart.
        """
        wanted = set(statuses)
        if len(wanted) > 1:
            raise Unsupported(
                self.name,
                f"filtering by several statuses at once ({', '.join(sorted(wanted))})",
                "its list takes one payment_status (or draft=1) per request",
            )
        tokens = []
        for status in wanted:
            token = _codes.FILTER_STATUSES.get(status)
            if token is None:
                supported = ", ".join(sorted(_codes.FILTER_STATUSES))
                raise Unsupported(
                    self.name, f"the {status.value!r} status filter", f"it can filter {supported}"
                )
            tokens.append(token)
        return tuple(tokens)

    def get_invoice_flow(self, invoice_id: str) -> Flow:
        """The invoice, credit note or refund receipt with this id (`_documents`)."""
        return _documents.get_document_flow(invoice_id, self.normalize)

    def list_request(self, query: ListQuery, params: dict[str, Any]) -> Mapping[str, Any]:
        """A page of ``/api2/invoices.json``, oldest first by id, lines included; with
        ``kind=credit_note`` or ``kind=refund`` of the credit-note or refund-receipt list."""
        kind = _documents.wanted_kind(query)
        if kind is not InvoiceKind.INVOICE:
            return _documents.documents_request(query, kind, params)
        native = {k: v for k, v in query.native.items() if k != _documents.KIND_FILTER}
        kwargs: Mapping[str, Any] = _list_params().list_call_kwargs(
            dataclasses.replace(query, native=native), params
        )
        return kwargs

    def parse_error(self, response: httpx.Response) -> ErrorDetail:
        """Daftra's ``code`` and ``message`` (plus any ``validation_errors``)."""
        from ._api import parse_error  # noqa: PLC0415 - it imports httpx

        return parse_error(response)

    def download_pdf_flow(self, invoice_id: str) -> Flow:
        """Fetch the invoice, then the document at its ``invoice_pdf_url`` (see `_api`)."""
        from ._api import download_pdf_flow  # noqa: PLC0415 - it imports httpx

        flow: Flow = download_pdf_flow(invoice_id)
        return flow

    def sandbox(self) -> type[DaftraSandbox]:
        """A local fake of api2's invoices: `invoicekit_daftra._sandbox.DaftraSandbox`."""
        from ._sandbox import DaftraSandbox  # noqa: PLC0415 - keeps importing the plugin light

        return DaftraSandbox


@hookimpl
def register_vendors(register: Callable[[Vendor], None]) -> None:
    """Register the Daftra vendor."""
    register(DaftraVendor())
