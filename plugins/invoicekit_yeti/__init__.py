"""Yeti-switch (yeti-web customer API v1) invoices for invoicekit.

::

    import invoicekit

    with invoicekit.connect(
        "yeti", base_url="https://yeti.example", login="acme-portal", password="..."
    ) as client:
        for invoice in client.list_invoices(**{"filter[start_date_gteq]": "2026-01-01T00:00:00Z"}):
            print(invoice.number, invoice.period_start, invoice.totals.gross, invoice.currency)

How each Yeti field becomes an `invoicekit.Invoice` is documented in ``_mapping``; the HTTP
flows, the list order, what happens when invoices change while paging, and the filters in
``_api``; authentication (JWT login and renewal) in ``_auth``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Mapping
from typing import TYPE_CHECKING

import httpx

from invoicekit import (
    Call,
    CredentialSet,
    ErrorDetail,
    Invoice,
    ListQuery,
    Page,
    Vendor,
    hookimpl,
)

from . import _api
from ._auth import YetiAuth
from ._errors import error_detail
from ._mapping import document_to_invoice

if TYPE_CHECKING:
    from ._sandbox import YetiSandbox

__all__ = ["YetiAuth", "YetiVendor", "register_vendors"]


class YetiVendor(Vendor):
    """Yeti-switch: self-hosted VoIP billing; invoices are usage statements per account.

    Args:
        clock: returns the current Unix time, used to renew login tokens before they expire;
            tests pass a fake one.
    """

    name = "yeti"
    title = "Yeti-switch"
    docs_url = "https://demo.yeti-switch.org/doc/api/customer/v1/"
    credentials = (
        CredentialSet(
            "login",
            "password",
            description="a Customer Portal login of the Yeti operator; traded for a JWT",
        ),
        CredentialSet("token", description="a JWT obtained elsewhere; sent as is"),
    )
    filters = frozenset({"page_size"})
    supports_pdf = True
    max_page_size = _api.MAX_PAGE_SIZE

    def __init__(self, *, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock

    def normalize(self, body: bytes) -> Invoice:
        """Normalize a ``GET /api/rest/customer/v1/invoices/{id}`` body (ideally with
        ``include=account``, which brings the currency and the buyer's name)."""
        return document_to_invoice(body)

    def check_id(self, invoice_id: str) -> None:
        """Yeti invoice ids are UUIDs; reject anything else before a request."""
        _api.check_invoice_id(invoice_id)

    def accepts_native_filter(self, name: str) -> bool:
        """Every ``filter[<attribute>_<predicate>]`` key of Yeti's invoice list."""
        return name in _api.NATIVE_FILTERS

    def authenticate(self, credentials: Mapping[str, str], base_url: httpx.URL) -> httpx.Auth:
        """A `YetiAuth` for a ready ``token``, or one that logs in with login and password."""
        return YetiAuth(
            base_url=base_url,
            login=credentials.get("login"),
            password=credentials.get("password"),
            token=credentials.get("token"),
            clock=self._clock,
        )

    def get_invoice_flow(self, invoice_id: str) -> Generator[Call, httpx.Response, Invoice]:
        """Fetch one invoice with its account (for the currency)."""
        return _api.get_invoice_flow(invoice_id)

    def list_invoices_flow(
        self, query: ListQuery
    ) -> Generator[Call | Page, httpx.Response | None, None]:
        """Page through the invoices, oldest period first."""
        return _api.list_invoices_flow(query)

    def download_pdf_flow(self, invoice_id: str) -> Generator[Call, httpx.Response, bytes]:
        """Fetch the invoice's stored PDF."""
        return _api.download_pdf_flow(invoice_id)

    def parse_error(self, response: httpx.Response) -> ErrorDetail:
        """Code and message of Yeti's JSON:API error body."""
        return error_detail(response.content)

    def sandbox(self) -> type[YetiSandbox]:
        """A local fake of the Yeti customer API (login ``sandbox``, see ``_sandbox``)."""
        from ._sandbox import YetiSandbox  # noqa: PLC0415 - keep importing the plugin light

        return YetiSandbox


@hookimpl
def register_vendors(register: Callable[[Vendor], None]) -> None:
    """Register the Yeti-switch vendor."""
    register(YetiVendor())
