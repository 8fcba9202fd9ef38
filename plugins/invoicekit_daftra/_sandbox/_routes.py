"""`DaftraSandbox`: the routes of Daftra's api2 invoices, and the envelope of their answers.

Paths
    ``GET /api2/invoices.json`` (the list) and ``GET /api2/invoices/{id}.json`` (one invoice),
    also without the ``.json`` suffix (the official WooCommerce plugin calls ``/api2/invoices``)
    and as ``/api2/invoices/`` (the form of the documented ``pagination.next`` links). Answers
    are ``application/json; charset=UTF-8``, as CakePHP sends them. Outside ``/api2`` the web
    routes behind ``invoice_pdf_url`` and ``invoice_html_url`` serve the PDF and the preview.
    Credit notes and refund receipts have their own routes (`._documents`), the account's
    taxes, site and listings theirs (`._account`).

Envelope
    ``{"code": 200, "result": "successful", "data": ..., "pagination": ...}`` (``pagination``
    is ``null`` on the single invoice); errors are described in `._errors`. An unknown id
    (or one that is not an integer) answers 404 "Invoice not found".
"""

from __future__ import annotations

import functools
import time
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from invoicekit.sandbox import NumericIds, Router, SandboxError, SandboxRequest, SandboxResponse

from ._account import account_routes, listing_models
from ._auth import API_KEY, OAuthServer, authenticate
from ._data import DaftraData, Invoice
from ._documents import document_ids, document_routes
from ._errors import JSON, BadRequest, error_response
from ._facts import VENDOR
from ._filters import scan
from ._params import filters, paging
from ._web import LOGIN_PATH, invoice_hash, login_page, pdf, preview, to_login

__all__ = ["DaftraSandbox"]


class DaftraSandbox(DaftraData):
    """Daftra's api2 invoices on loopback, with ``size`` invoices derived from ``seed``."""

    vendor = VENDOR
    credentials: Mapping[str, str] = {"api_key": API_KEY}

    def __init__(self, *, size: int, seed: int, clock: Callable[[], float] = time.time) -> None:
        super().__init__(size=size, seed=seed)
        self.oauth = OAuthServer(seed=seed, clock=clock)
        self._matches = functools.lru_cache(maxsize=64)(self._scan)
        self._router = Router()
        for suffix in (".json", "", "/"):
            self._router.add("GET", f"/api2/invoices{suffix}", self._list)
        self._router.add("GET", "/api2/invoices/{id}.json", self._get)
        self._router.add("GET", "/api2/invoices/{id}", self._get)
        self._router.add("GET", "/invoices/view/{id}.pdf", self._pdf)
        self._router.add("GET", "/invoices/preview/{id}", self._preview)
        self._router.add("GET", LOGIN_PATH, login_page)
        self._router.add("POST", "/v2/oauth/token", self.oauth.token)
        full = lambda index, request: self._full(self._invoice(index), request)  # noqa: E731
        for path, handler in (*document_routes(size, self._first_id, full), *account_routes()):
            self._router.add("GET", path, handler)

    def __repr__(self) -> str:
        return f"<DaftraSandbox size={self.size} seed={self._seed}>"

    @property
    def _first_id(self) -> int:
        return int(self.ids.id_at(0)) if self.size else 1

    def path_ids(self, path: str) -> list[str] | None:
        """The credit-note or refund-receipt ids for their ``{id}`` routes, the listing
        models for ``{model}`` (else None)."""
        return listing_models(path) or document_ids(self.size, self._first_id, path)

    def invoice_ids(self) -> NumericIds:
        """Every invoice id, oldest first (the plugin's ``sort=id&direction=ASC``)."""
        return self.ids

    # -- protocol ------------------------------------------------------------------------

    def handle(self, request: SandboxRequest) -> SandboxResponse:
        """Check the credentials on ``/api2``, then route; a 400 carries its validation errors."""
        try:
            if request.path == "/api2" or request.path.startswith("/api2/"):
                authenticate(request, self.oauth)
            return self._router.dispatch(request)
        except BadRequest as exc:
            return exc.response()

    def error(self, status: int, message: str) -> SandboxResponse:
        """Daftra's error body: ``{"result": "failed", "code": ..., "message": ...}``."""
        return error_response(status, message)

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

    def _lookup(self, invoice_id: str) -> int:
        text = invoice_id.strip()
        index = None
        if text.isascii() and text.isdigit() and len(text) <= 18:
            index = self.ids.lookup(str(int(text)))  # PHP reads "0012" as 12
        if index is None:
            raise SandboxError(404, "Invoice not found")
        return index

    def _get(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        invoice = self._invoice(self._lookup(params["id"]))
        body = {
            "code": 200,
            "result": "successful",
            "data": self._full(invoice, request),
            "pagination": None,
        }
        return SandboxResponse.json(200, body, content_type=JSON)

    def _scan(self, key: tuple[tuple[str, object], ...]) -> Sequence[int]:
        """The matching indexes, in index order (cached per filter set by ``_matches``)."""
        return scan(self, dict(key))

    def _list(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        page = paging(request)
        matches = self._matches(tuple(sorted(filters(request).items())))
        total = len(matches)
        start = (page.page - 1) * page.limit
        positions = range(start, min(start + page.limit, total))
        if page.descending:
            indexes = [matches[total - 1 - position] for position in positions]
        else:
            indexes = [matches[position] for position in positions]
        data = []
        for index in indexes:
            invoice = self._invoice(index)
            if page.recursive == 1:
                data.append(self._full(invoice, request))
            elif page.recursive == 0:
                data.append({"Invoice": self._header(invoice, request), "Client": invoice.client})
            else:
                data.append({"Invoice": self._header(invoice, request)})
        page_count = -(-total // page.limit)
        body = {
            "code": 200,
            "result": "successful",
            "data": data,
            "pagination": {
                "prev": _link(request, page.page - 1) if page.page > 1 else None,
                "next": _link(request, page.page + 1) if page.page < page_count else None,
                "page": page.page,
                "page_count": page_count,
                "total_results": total,
            },
        }
        return SandboxResponse.json(200, body, content_type=JSON)

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


def _link(request: SandboxRequest, page: int) -> str:
    """A relative page link in Daftra's form, ``/api2/invoices/?...&page=2``, other params kept."""
    query = [(name, value) for name, value in request.query if name != "page"]
    query.append(("page", str(page)))
    return f"/api2/invoices/?{urllib.parse.urlencode(query)}"
