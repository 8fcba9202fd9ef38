"""`FynnSandbox`: the routes of Fynn's invoice API (``specs/fynn/openapi.yaml``).

Endpoints
    ``GET /invoices``, ``GET /invoices/{id}``, ``PUT /invoices/{id}/download-link``, ``GET
    /payment/transactions`` and ``GET /payment/transactions/{id}``, each behind
    ``Authorization: Bearer sandbox-fynn-key`` (`._auth`); the list is described in
    `._listing`, the transactions in `._transactions`. The download link points at ``GET
    /files/{token}.pdf`` on the sandbox, where the signed token is the credential
    (`._files`); the PDF of a ZUGFeRD customer's invoice or credit note carries its XML
    (`._zugferd`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping

from invoicekit.sandbox import (
    Handler,
    Router,
    SandboxError,
    SandboxRequest,
    SandboxResponse,
    SpecSandbox,
    UuidIds,
)

from ._auth import API_KEY, authenticate
from ._data import FynnData
from ._errors import PROBLEM_CONSTANTS, Invalid, violations_response
from ._files import LinkSigner, expiry, render_pdf
from ._format import VENDOR
from ._listing import DEFAULT_LIMIT, Listing
from ._mutations import FynnMutations
from ._params import checked
from ._runs import DRAFT
from ._transactions import Transactions
from ._zugferd import has_zugferd, make_tenant, zugferd_xml

__all__ = ["FynnSandbox"]


class FynnSandbox(FynnMutations, FynnData, SpecSandbox):
    """Fynn's invoice API on loopback, with ``size`` documents derived from ``seed``.

    The routes, the query checks and the error bodies come from ``specs/fynn/openapi.yaml``
    (`SpecSandbox`). ``clock`` (seconds since the epoch) decides when download links expire;
    tests pass a fake one.
    """

    vendor = VENDOR
    spec_package = "invoicekit_fynn"
    error_constants = PROBLEM_CONSTANTS
    credentials: Mapping[str, str] = {"api_key": API_KEY}

    def __init__(self, *, size: int, seed: int, clock: Callable[[], float] = time.time) -> None:
        super().__init__(size=size, seed=seed)
        self._clock = clock
        self._listing = Listing(self.runs, self.customers, self.customer_ids, overlay=self.overlay)
        self._links = LinkSigner(seed)
        #: The seller of every document (in the ZUGFeRD XML only, as in Fynn's JSON).
        self.tenant = make_tenant(seed)
        self.transactions = Transactions(
            seed=seed,
            size=size,
            runs=self.runs,
            invoice_ids=self.ids,
            customer_ids=self.customer_ids,
            documents=self.documents.__getitem__,
        )
        self._files = Router()
        self._files.add("GET", "/files/{token}.pdf", self._file)

    def __repr__(self) -> str:
        return f"<FynnSandbox size={self._size} seed={self._seed}>"

    def handlers(self) -> Mapping[str, Handler]:
        """The spec's operations this sandbox answers, by ``operationId``."""
        return {
            "list_invoices": self._list,
            "get_invoice": self._get,
            "create_invoice_download_link": self._download_link,
            "list_payment_transactions": self._transactions,
            "get_payment_transaction": self._transaction,
        }

    # -- protocol ----------------------------------------------------------------------

    def invoice_ids(self) -> UuidIds:
        """Every invoice id, in list order (oldest first)."""
        return self.ids

    def path_ids(self, path: str) -> list[str]:
        """Ids that exist for a spec path's ``{id}`` other than an invoice's (tests use them)."""
        if path.startswith("/payment/transactions/"):
            return [self.transactions.ids[i] for i in self.transactions.paid_invoices()[:3]]
        return []

    def handle(self, request: SandboxRequest) -> SandboxResponse:
        """Serve one request: the file host without a key, the API behind the bearer key."""
        if request.path.startswith("/files/"):
            # The signed link is the credential of a download; no API key is asked for.
            return self._files.dispatch(request)
        authenticate(self, request)
        try:
            return self.router.dispatch(request)
        except Invalid as invalid:
            return violations_response(invalid.violations)

    # -- routes ------------------------------------------------------------------------

    def _get(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        return SandboxResponse.json(200, self.document(self._lookup(params["id"])))

    def _lookup(self, invoice_id: str) -> int:
        index = self.ids.lookup(invoice_id)
        if index is None or not self.present(index):
            raise SandboxError(404, "Not Found")
        return index

    def _list(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        values = checked(self, request, "list_invoices", {"limit": DEFAULT_LIMIT})
        indexes, pagination = self._listing.page(values)
        body = {"data": [self.document(index) for index in indexes], "_pagination": pagination}
        return SandboxResponse.json(200, body)

    def _transactions(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        values = checked(self, request, "list_payment_transactions", {"limit": DEFAULT_LIMIT})
        return SandboxResponse.json(200, self.transactions.page(values))

    def _transaction(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        return SandboxResponse.json(200, self.transactions.get(params["id"]))

    def _download_link(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        index = self._lookup(params["id"])
        seconds = checked(self, request, "create_invoice_download_link")["secondsValid"]
        if self.runs.head(index).status == DRAFT:
            raise SandboxError(
                422, "The invoice is a draft: its document is rendered when it is finalized."
            )
        invoice_id = self.ids[index]
        expires = expiry(self._clock(), seconds)
        # Fynn's documented body is the link alone; its expiry lives in the signed token.
        body = {"url": request.url(f"/files/{self._links.token(invoice_id, expires)}.pdf")}
        return SandboxResponse.json(200, body)

    def _file(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        verified = self._links.verify(params["token"])
        index = None if verified is None else self.ids.lookup(verified[0])
        if (
            verified is None
            or index is None
            or not self.present(index)
            or self.runs.head(index).status == DRAFT
        ):
            raise SandboxError(404, "Not Found")
        if self._clock() > verified[1]:
            raise SandboxError(404, "The download link has expired.")
        invoice = self.document(index)
        xml = zugferd_xml(invoice, self.tenant) if has_zugferd(invoice) else None
        return SandboxResponse.pdf(render_pdf(invoice, xml), filename=f"{invoice['number']}.pdf")
