"""A local fake of the Stripe API: its paths, auth check, paging and error bodies.

Invoice ``i`` is generated on demand from ``(seed, i)``, so any size costs nothing up front.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from decimal import Decimal

from invoicekit.sandbox import (
    LazySequence,
    NumericIds,
    Router,
    SandboxError,
    SandboxRequest,
    SandboxResponse,
    company_name,
    rng_for,
    spread_date,
    spread_instant,
)

__all__ = ["StripeSandbox"]

API_KEY = "sandbox-stripe-key"
_STATUSES = ("draft", "open", "paid", "void")


class StripeSandbox:
    """The Stripe API on loopback, with ``size`` invoices derived from ``seed``."""

    vendor = "stripe"
    credentials: Mapping[str, str] = {"api_key": API_KEY}

    def __init__(self, *, size: int, seed: int) -> None:
        self._seed = seed
        self._ids = NumericIds(size)
        self._invoices = LazySequence(size, self._invoice)
        self._router = Router()
        self._router.add("GET", "/invoices", self._list)
        self._router.add("GET", "/invoices/{id}", self._get)

    def invoice_ids(self) -> NumericIds:
        """Every invoice id, oldest first."""
        return self._ids

    def handle(self, request: SandboxRequest) -> SandboxResponse:
        """Check the API key, then route."""
        if request.header("authorization") != f"Bearer {API_KEY}":
            raise SandboxError(401, "Invalid API key.")
        return self._router.dispatch(request)

    def error(self, status: int, message: str) -> SandboxResponse:
        """Stripe's error body."""
        return SandboxResponse.json(status, {"code": str(status), "message": message})

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
        return SandboxResponse.json(200, self._invoices[index])

    def _list(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        try:
            page = int(request.param("page", "1") or "1")
            per_page = int(request.param("per_page", "25") or "25")
        except ValueError as exc:
            raise SandboxError(400, "page and per_page must be integers") from exc
        if page < 1 or not 1 <= per_page <= 100:
            raise SandboxError(400, "page must be >= 1 and per_page 1..100")
        start = (page - 1) * per_page
        items = self._invoices[start : start + per_page]
        pages = max(1, -(-len(self._ids) // per_page))
        body = {"data": items, "page": page, "pages": pages, "total": len(self._ids)}
        return SandboxResponse.json(200, body)
