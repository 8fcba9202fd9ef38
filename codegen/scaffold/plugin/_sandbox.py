"""A local fake of the {{Title}} API, built from its spec (`invoicekit.sandbox.SpecSandbox`).

``specs/{{vendor}}/openapi.yaml`` gives the routes, the API key check (the spec's ``bearer``
scheme), the list's query checks (``page`` and ``per_page`` within their bounds) and the error
body. What is left here is {{Title}}'s own: invoice ``i`` generated on demand from
``(seed, i)``, so any size costs nothing up front, and the real vendor's quirks.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from decimal import Decimal

from invoicekit.sandbox import (
    Handler,
    LazySequence,
    NumericIds,
    SandboxError,
    SandboxRequest,
    SandboxResponse,
    SpecSandbox,
    company_name,
    page_numbers,
    rng_for,
    secret_check,
    spread_date,
    spread_instant,
)

__all__ = ["{{Class}}Sandbox"]

API_KEY = "sandbox-{{vendor}}-key"
_STATUSES = ("draft", "open", "paid", "void")
#: What each of the spec's ``securitySchemes`` accepts.
_CHECKS = {"bearer": secret_check(API_KEY)}


class {{Class}}Sandbox(SpecSandbox):
    """The {{Title}} API on loopback, with ``size`` invoices derived from ``seed``."""

    vendor = "{{vendor}}"
    spec_package = "invoicekit_{{vendor}}"
    credentials: Mapping[str, str] = {"api_key": API_KEY}

    def __init__(self, *, size: int, seed: int) -> None:
        self._seed = seed
        self._ids = NumericIds(size)
        self._invoices = LazySequence(size, self._invoice)

    def handlers(self) -> Mapping[str, Handler]:
        """The spec's operations this sandbox answers, by ``operationId``."""
        return {"list_invoices": self._list, "get_invoice": self._get}

    def invoice_ids(self) -> NumericIds:
        """Every invoice id, oldest first."""
        return self._ids

    def handle(self, request: SandboxRequest) -> SandboxResponse:
        """Check the credentials the spec asks for, then route."""
        self.authenticate(request, _CHECKS, message="Invalid API key.")
        return self.router.dispatch(request)

    def _invoice(self, index: int) -> dict[str, object]:
        rng = rng_for(self._seed, self.vendor, index)
        size = len(self._ids)
        issued = spread_date(index, size)
        quantity = rng.integer(1, 5)
        unit_price = Decimal(rng.money("5", "500"))
        net = unit_price * quantity
        tax = (net * Decimal("0.19")).quantize(Decimal("0.01"))
        status = rng.pick(_STATUSES)
        paid = net + tax if status == "paid" else Decimal("0.00")
        return {
            "id": self._ids[index],
            "number": None if status == "draft" else f"{issued.year}-{index + 1:06d}",
            "status": status,
            "currency": "EUR",
            "issue_date": issued.isoformat(),
            "due_date": (issued + timedelta(days=14)).isoformat(),
            "customer": {"id": f"cus_{rng.integer(1, 999)}", "name": company_name(rng)},
            "lines": [
                {
                    "id": f"li_{index + 1}",
                    "description": "Subscription",
                    "quantity": str(quantity),
                    "unit_price": str(unit_price),
                    "amount": str(net),
                }
            ],
            "net": str(net),
            "tax": str(tax),
            "total": str(net + tax),
            "amount_paid": str(paid),
            "created_at": spread_instant(index, size).isoformat().replace("+00:00", "Z"),
        }

    def _get(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        index = self._ids.lookup(params["id"])
        if index is None:
            raise SandboxError(404, "No such invoice.")
        return self.respond("get_invoice", self._invoices[index])

    def _list(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        values, violations = self.query(request, "list_invoices")
        if violations:  # word it as {{Title}} does
            raise SandboxError(400, "; ".join(f"invalid {v.name}: {v.raw}" for v in violations))
        page = page_numbers(range(len(self._ids)), page=values["page"], size=values["per_page"])
        body = {
            "data": [self._invoices[i] for i in page.indexes],
            "page": values["page"],
            "pages": page.last_page,
            "total": page.total,
        }
        return self.respond("list_invoices", body)
