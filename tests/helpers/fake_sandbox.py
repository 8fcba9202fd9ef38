"""A fake vendor, ``acme``, with a sandbox: for testing the sandbox framework and the CLI.

It is shaped like a real plugin: a `Vendor` with flows over a small JSON API, and a
`VendorSandbox` built from the `invoicekit.sandbox` helpers. The sandbox counts the invoices it
generates, so tests can prove that nothing is materialized up front.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Generator, Iterator, Mapping
from decimal import Decimal
from typing import Any

import httpx
import msgspec
import pytest

import invoicekit
import invoicekit.plugin
from invoicekit import Invoice, InvoiceKind, InvoiceStatus, Party, Totals, _plugins
from invoicekit.plugin import Call, CredentialSet, ErrorDetail, ListQuery, Page, Vendor
from invoicekit.sandbox import (
    LazySequence,
    Router,
    SandboxError,
    SandboxRequest,
    SandboxResponse,
    UuidIds,
    company_name,
    minimal_pdf,
    rng_for,
    sorted_range,
    spread_date,
)

ACME_KEY = "sandbox-acme-key"
STATUSES = {
    "draft": InvoiceStatus.DRAFT,
    "open": InvoiceStatus.OPEN,
    "paid": InvoiceStatus.PAID,
    "void": InvoiceStatus.VOID,
}


class AcmeInvoice(msgspec.Struct, kw_only=True):
    id: str
    number: str
    status: str
    issued: dt.date
    due: dt.date
    currency: str
    net: Decimal
    tax: Decimal
    gross: Decimal
    paid: Decimal
    customer: str


class One(msgspec.Struct):
    data: msgspec.Raw


class Meta(msgspec.Struct):
    page: int
    per_page: int
    total: int


class Many(msgspec.Struct):
    data: list[msgspec.Raw]
    meta: Meta


class AcmeSandbox:
    """Serves ``GET /invoices``, ``GET /invoices/{id}`` and ``GET /invoices/{id}/pdf``."""

    vendor = "acme"

    def __init__(self, *, size: int, seed: int) -> None:
        self.credentials = {"api_key": ACME_KEY}
        self.seed = seed
        self.size = size
        self.generated = 0
        self._ids = UuidIds(seed, self.vendor, size)
        self._dates = LazySequence(size, lambda index: spread_date(index, size))
        self.invoices = LazySequence(size, self._invoice)
        self._router = Router()
        self._router.add("GET", "/invoices", self._list)
        self._router.add("GET", "/invoices/{id}", self._get)
        self._router.add("GET", "/invoices/{id}/pdf", self._pdf)
        self._router.add("POST", "/boom", self._boom)

    def invoice_ids(self) -> UuidIds:
        return self._ids

    def handle(self, request: SandboxRequest) -> SandboxResponse:
        if request.header("x-api-key") != ACME_KEY:
            raise SandboxError(401, "invalid api key", headers={"www-authenticate": "ApiKey"})
        return self._router.dispatch(request)

    def error(self, status: int, message: str) -> SandboxResponse:
        return SandboxResponse.json(status, {"error": {"status": status, "message": message}})

    def _invoice(self, index: int) -> dict[str, Any]:
        self.generated += 1
        rng = rng_for(self.seed, self.vendor, index)
        net = Decimal(rng.money("10", "5000"))
        tax = (net * Decimal("0.19")).quantize(Decimal("0.01"))
        status = rng.weighted(["draft", "open", "paid", "void"], [1, 4, 8, 1])
        issued = self._dates[index]
        return {
            "id": self._ids[index],
            "number": f"ACME-{index + 1:06d}",
            "status": status,
            "issued": issued,
            "due": issued + dt.timedelta(days=14),
            "currency": rng.pick(["EUR", "USD"]),
            "net": net,
            "tax": tax,
            "gross": net + tax,
            "paid": net + tax if status == "paid" else Decimal("0.00"),
            "customer": company_name(rng),
        }

    def _list(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        try:
            page = int(request.param("page", "1") or "1")
            per_page = int(request.param("per_page", "25") or "25")
            since = request.param("issued_since")
            until = request.param("issued_until")
            window = sorted_range(
                self._dates,
                dt.date.fromisoformat(since) if since else None,
                dt.date.fromisoformat(until) if until else None,
            )
        except ValueError as exc:
            raise SandboxError(400, f"bad query: {exc}") from exc
        if page < 1 or not 1 <= per_page <= 100:
            raise SandboxError(400, "page must be >= 1 and per_page within 1..100")
        start = window.start + (page - 1) * per_page
        stop = min(start + per_page, window.stop)
        customer = request.param("customer")
        items = [self.invoices[index] for index in range(start, stop)]
        if customer:
            items = [item for item in items if item["customer"] == customer]
        return SandboxResponse.json(
            200,
            {"data": items, "meta": {"page": page, "per_page": per_page, "total": len(window)}},
        )

    def _get(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        return SandboxResponse.json(200, {"data": self.invoices[self._index(params["id"])]})

    def _pdf(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        invoice = self.invoices[self._index(params["id"])]
        return SandboxResponse.pdf(minimal_pdf([f"Invoice {invoice['number']}"]))

    def _boom(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        raise RuntimeError("the handler is broken")

    def _index(self, invoice_id: str) -> int:
        index = self._ids.lookup(invoice_id)
        if index is None:
            raise SandboxError(404, f"no invoice {invoice_id}")
        return index


class _KeyAuth(httpx.Auth):
    def __init__(self, key: str) -> None:
        self._key = key

    def __repr__(self) -> str:
        return "<_KeyAuth>"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["x-api-key"] = self._key
        yield request


class Acme(Vendor):
    """A fake vendor whose sandbox is `AcmeSandbox`."""

    name = "acme"
    title = "Acme Billing"
    credentials = (CredentialSet("api_key"),)
    filters = frozenset({"issued_since", "issued_until", "page_size"})
    supports_pdf = True
    max_page_size = 100

    def sandbox(self) -> type[AcmeSandbox]:
        return AcmeSandbox

    def native_filters(self) -> Mapping[str, str]:
        return {"customer": "text"}

    def authenticate(self, credentials: Mapping[str, str], base_url: httpx.URL) -> httpx.Auth:
        return _KeyAuth(credentials["api_key"])

    def normalize(self, body: bytes) -> Invoice:
        return self._invoice(msgspec.json.decode(body, type=One).data)

    def _invoice(self, raw: msgspec.Raw) -> Invoice:
        item = msgspec.json.decode(raw, type=AcmeInvoice)
        return Invoice(
            vendor=self.name,
            id=item.id,
            number=item.number,
            kind=InvoiceKind.INVOICE,
            status=STATUSES.get(item.status, InvoiceStatus.UNKNOWN),
            status_raw=item.status,
            issue_date=item.issued,
            due_date=item.due,
            currency=item.currency,
            buyer=Party(name=item.customer),
            totals=Totals(
                net=item.net,
                tax=item.tax,
                gross=item.gross,
                paid=item.paid,
                due=item.gross - item.paid,
            ),
            raw=raw,
        )

    def get_invoice_flow(self, invoice_id: str) -> Generator[Call, httpx.Response, Invoice]:
        response = yield Call({"method": "GET", "url": f"/invoices/{invoice_id}"})
        return self.normalize(response.content)

    def list_invoices_flow(
        self, query: ListQuery
    ) -> Generator[Call | Page, httpx.Response | None, None]:
        params: dict[str, str] = dict(query.native)
        if query.issued_since:
            params["issued_since"] = query.issued_since.isoformat()
        if query.issued_until:
            params["issued_until"] = query.issued_until.isoformat()
        per_page = query.page_size or 25
        page = 1
        while True:
            response = yield Call(
                {
                    "method": "GET",
                    "url": "/invoices",
                    "params": {**params, "page": str(page), "per_page": str(per_page)},
                }
            )
            assert response is not None
            document = msgspec.json.decode(response.content, type=Many)
            yield Page([self._invoice(raw) for raw in document.data], total=document.meta.total)
            if page * per_page >= document.meta.total:
                return
            page += 1

    def download_pdf_flow(self, invoice_id: str) -> Generator[Call, httpx.Response, bytes]:
        response = yield Call({"method": "GET", "url": f"/invoices/{invoice_id}/pdf"}, "pdf")
        return response.content

    def parse_error(self, response: httpx.Response) -> ErrorDetail:
        error = msgspec.json.decode(response.content)["error"]
        return ErrorDetail(code=str(error["status"]), message=str(error["message"]))


class Plain(Vendor):
    """A fake vendor without a sandbox."""

    name = "plain"
    title = "Plain"


class AcmePlugin:
    """Registers the fake vendors, as a plugin module would."""

    @invoicekit.plugin.hookimpl
    def register_vendors(self, register: Callable[[Vendor], None]) -> None:
        register(Acme())
        register(Plain())


@pytest.fixture(autouse=True, scope="module")
def acme_registered() -> Iterator[None]:
    """Register the fake vendors for a test module, and remove them afterwards.

    Import it into a ``conftest.py`` to apply it to every module below.
    """
    _plugins._reset()
    info = _plugins._register(AcmePlugin(), "acme")
    assert info.error is None, info.error
    yield
    _plugins._reset()
