"""`DaftraSandbox`: Daftra's api2 invoices on loopback, built from ``specs/daftra/openapi.yaml``.

The spec gives the routes (every operation `DaftraSandbox.handlers` names), the credential
check (its ``security``), the query checks (`._params`) and the error bodies
(``ErrorResponse``: ``{"result": "failed", "code": ..., "message": ...}``, with
``validation_errors`` on 400), all by `invoicekit.sandbox.SpecSandbox`. What is Daftra's own:

* the paths also work without the ``.json`` suffix (the official WooCommerce plugin calls
  ``/api2/invoices``) and as ``/api2/invoices/`` (the form of the ``pagination`` links);
* answers are ``application/json; charset=UTF-8``, as CakePHP sends them, in the envelope
  of `._envelope`;
* an unknown id, one that is not an integer or one of another document type answers 404
  "Invoice not found"; ids read as PHP integers (``0012`` is 12);
* ``recursive`` sets the depth of each list item (`_item`);
* outside ``/api2`` and ``/v2``, the web routes behind ``invoice_pdf_url`` and
  ``invoice_html_url`` serve the PDF and the preview (`._web`), with no API credentials.

Credit notes and refund receipts are `._documents`; the account's taxes, site and listings
`._account`; the filters `._filters`.
"""

from __future__ import annotations

import functools
import time
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from typing import Any, ClassVar

from invoicekit.sandbox import (
    Handler,
    LazySequence,
    NumericIds,
    Router,
    SandboxError,
    SandboxRequest,
    SandboxResponse,
    SpecSandbox,
)

from ._account import account_handlers, listing_models
from ._auth import API_KEY, checks, refuse_both_headers, token_endpoint
from ._data import DaftraData, Invoice
from ._documents import Documents
from ._envelope import page_answer, successful
from ._facts import VENDOR
from ._filters import scan
from ._params import BadRequest, list_query
from ._web import LOGIN_PATH, invoice_hash, login_page, pdf, preview, to_login

__all__ = ["DaftraSandbox"]


class DaftraSandbox(DaftraData, SpecSandbox):
    """Daftra's api2 invoices on loopback, with ``size`` invoices derived from ``seed``.

    ``clock`` (seconds since the epoch) decides when issued access tokens expire; tests pass
    a fake one.
    """

    vendor = VENDOR
    spec_package = "invoicekit_daftra"
    credentials: Mapping[str, str] = {"api_key": API_KEY}
    error_constants: ClassVar[Mapping[str, Any]] = {"result": "failed"}
    error_operation = "list_invoices"
    repeated = "first"
    media_parameters = "; charset=UTF-8"
    route_aliases: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "list_invoices": ("/api2/invoices", "/api2/invoices/"),
        "get_invoice": ("/api2/invoices/{id}",),
        "list_taxes": ("/api2/taxes", "/api2/taxes/"),
        "get_site_info": ("/api2/site_info",),
        "get_listing": ("/api2/listing/{model}",),
    }

    def __init__(self, *, size: int, seed: int, clock: Callable[[], float] = time.time) -> None:
        super().__init__(size=size, seed=seed)
        self.oauth = token_endpoint(self, seed, clock)
        self._checks = checks(self.oauth)
        self._matches = functools.lru_cache(maxsize=64)(self._scan)
        first = int(self.ids.id_at(0)) if size else 1
        self._documents = Documents(self, size, first, lambda i, r: self._full(self._invoice(i), r))
        self._web = Router()
        self._web.add("GET", "/invoices/view/{id}.pdf", self._pdf)
        self._web.add("GET", "/invoices/preview/{id}", self._preview)
        self._web.add("GET", LOGIN_PATH, login_page)

    def __repr__(self) -> str:
        return f"<DaftraSandbox size={self.size} seed={self._seed}>"

    def handlers(self) -> Mapping[str, Handler]:
        """The spec's operations this sandbox answers, by ``operationId``."""
        return {
            "get_invoice": self._get,
            "list_invoices": self._list,
            "create_access_token": self.oauth.token,
            **self._documents.handlers(),
            **account_handlers(self),
        }

    def path_ids(self, path: str) -> list[str] | None:
        """The credit-note or refund-receipt ids for their ``{id}`` routes, the listing models
        for ``{model}`` (else None)."""
        return listing_models(path) or self._documents.path_ids(path)

    def invoice_ids(self) -> NumericIds:
        """Every invoice id, oldest first (the plugin's ``sort=id&direction=ASC``)."""
        return self.ids

    # -- protocol ------------------------------------------------------------------------

    def handle(self, request: SandboxRequest) -> SandboxResponse:
        """The web routes as they are; the API behind the spec's credentials."""
        if not request.path.startswith(("/api2/", "/v2/")) and request.path != "/api2":
            return self._web.dispatch(request)
        if request.path.startswith("/api2"):
            refuse_both_headers(request)
        self.authenticate(request, self._checks)
        try:
            return self.router.dispatch(request)
        except BadRequest as exc:
            return self.error(400, exc.message, extra={"validation_errors": exc.errors})

    # -- api2 routes ---------------------------------------------------------------------

    def _header(self, invoice: Invoice, request: SandboxRequest) -> dict[str, Any]:
        invoice_id = invoice.header["id"]
        query = urllib.parse.urlencode({"hash": invoice_hash(self._seed, invoice_id)})
        return {
            **invoice.header,
            "invoice_html_url": request.url(f"/invoices/preview/{invoice_id}?{query}"),
            "invoice_pdf_url": request.url(f"/invoices/view/{invoice_id}.pdf?{query}"),
        }

    def _full(self, invoice: Invoice, request: SandboxRequest) -> dict[str, Any]:
        """``{"Invoice": {...}}`` with every association nested, as the single endpoint answers."""
        return {
            "Invoice": {
                **self._header(invoice, request),
                "Client": invoice.client,
                "InvoiceItem": invoice.items,
                "InvoicePayment": invoice.payments,
                "InvoiceCustomField": [],
                "Document": [],
            }
        }

    def _item(self, invoice: Invoice, request: SandboxRequest, recursive: int) -> dict[str, Any]:
        """A list item at depth ``recursive``: the full invoice, header and client, or header."""
        if recursive == 1:
            return self._full(invoice, request)
        if recursive == 0:
            return {"Invoice": self._header(invoice, request), "Client": invoice.client}
        return {"Invoice": self._header(invoice, request)}

    def _lookup(self, invoice_id: str) -> int:
        text = invoice_id.strip()
        index = None
        if text.isascii() and text.isdigit() and len(text) <= 18:
            index = self.ids.lookup(str(int(text)))  # PHP reads "0012" as 12
        if index is None:
            raise SandboxError(404, "Invoice not found")
        return index

    def _get(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        data = self._full(self._invoice(self._lookup(params["id"])), request)
        return self.respond("get_invoice", successful(data, pagination=None))

    def _scan(self, key: tuple[tuple[str, object], ...]) -> Sequence[int]:
        """The matching indexes, in index order (cached per filter set by ``_matches``)."""
        return scan(self, dict(key))

    def _list(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        paging, filters = list_query(self, request)
        matches = self._matches(tuple(sorted(filters.items())))
        items = LazySequence(
            len(matches), lambda n: self._item(self._invoice(matches[n]), request, paging.recursive)
        )
        path = "/api2/invoices/"
        return page_answer(
            self, request, "list_invoices", items, path=path, paging=paging, keep_query=True
        )

    # -- the web routes behind invoice_pdf_url and invoice_html_url -------------------------

    def _by_hash(self, request: SandboxRequest, invoice_id: str) -> Invoice | None:
        """The invoice when ``hash`` matches; the hash alone authorizes (see `._web`)."""
        text = invoice_id.strip()
        if not (text.isascii() and text.isdigit()):
            return None
        index = self.ids.lookup(text)
        if index is None or request.param("hash") != invoice_hash(self._seed, text):
            return None
        return self._invoice(index)

    def _pdf(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        invoice = self._by_hash(request, params["id"])
        return to_login(request) if invoice is None else pdf(invoice)

    def _preview(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        invoice = self._by_hash(request, params["id"])
        return to_login(request) if invoice is None else preview(invoice)
