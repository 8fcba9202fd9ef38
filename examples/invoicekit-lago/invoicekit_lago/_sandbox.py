"""A local fake of the Lago API: its paths, API key check, paging, error bodies and PDFs.

Invoice ``i`` is generated on demand from ``(seed, i)``, so any size costs nothing up front.
Lago lists newest first: page 1 starts with the last invoice. ``issuing_date_from``/``_to``
select by issue date, inclusive. ``POST .../download`` answers the invoice, whose
``file_url`` points at this sandbox's ``/files/<lago_id>.pdf``. Lago renders a PDF only once an
invoice is finalized (its guide, "Download invoices"), so a draft's download answers the draft
with ``file_url`` null (GUESS: the docs do not say what the endpoint answers for a draft).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from decimal import Decimal

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
    spread_instant,
)

__all__ = ["LagoSandbox"]

API_KEY = "sandbox-lago-key"
_STATES = (
    ("draft", "pending"),
    ("finalized", "pending"),
    ("finalized", "succeeded"),
    ("finalized", "succeeded"),
    ("finalized", "failed"),
    ("voided", "pending"),
)
_CURRENCIES = ("EUR", "EUR", "USD", "JPY")


class LagoSandbox:
    """The Lago API on loopback, with ``size`` invoices derived from ``seed``."""

    vendor = "lago"
    credentials: Mapping[str, str] = {"api_key": API_KEY}

    def __init__(self, *, size: int, seed: int) -> None:
        self._seed = seed
        self._ids = UuidIds(seed, self.vendor, size)
        self._invoices = LazySequence(size, self._invoice)
        self._dates = LazySequence(size, lambda index: spread_date(index, size))
        self._router = Router()
        self._router.add("GET", "/api/v1/invoices", self._list)
        self._router.add("GET", "/api/v1/invoices/{lago_id}", self._get)
        self._router.add("POST", "/api/v1/invoices/{lago_id}/download", self._download)
        self._router.add("GET", "/files/{name}", self._file)

    def invoice_ids(self) -> LazySequence[str]:
        """Every invoice id in Lago's list order: newest first (issue dates rise with the index)."""
        last = len(self._ids) - 1
        return LazySequence(len(self._ids), lambda position: self._ids[last - position])

    def handle(self, request: SandboxRequest) -> SandboxResponse:
        """Check the API key (except on the file links, which need none), then route."""
        if not request.path.startswith("/files/") and request.header("authorization") != (
            f"Bearer {API_KEY}"
        ):
            raise SandboxError(401, "Unauthorized")
        return self._router.dispatch(request)

    def error(self, status: int, message: str) -> SandboxResponse:
        """Lago's error body."""
        body: dict[str, object] = {"status": status, "error": message}
        if status == 404:
            body["code"] = "invoice_not_found"
        return SandboxResponse.json(status, body)

    def _invoice(self, index: int) -> dict[str, object]:
        rng = rng_for(self._seed, self.vendor, index)
        size = len(self._ids)
        issued: date = self._dates[index]
        status, payment = rng.pick(_STATES)
        currency = rng.pick(_CURRENCIES)
        units = rng.integer(1, 4)
        unit_cents = rng.integer(500, 50_000)
        fees = units * unit_cents
        taxes = fees * 19 // 100
        total = fees + taxes
        paid = total if payment == "succeeded" else 0
        lago_id = self._ids[index]
        places = 0 if currency == "JPY" else 2
        return {
            "lago_id": lago_id,
            "sequential_id": index + 1,
            "number": f"LAG-{issued.year}-{index + 1:06d}",
            "issuing_date": issued.isoformat(),
            "payment_due_date": (issued + timedelta(days=30)).isoformat(),
            "payment_overdue": False,
            "invoice_type": "subscription",
            "status": status,
            "payment_status": payment,
            "currency": currency,
            "fees_amount_cents": fees,
            "sub_total_excluding_taxes_amount_cents": fees,
            "taxes_amount_cents": taxes,
            "total_amount_cents": total,
            "total_paid_amount_cents": paid,
            "total_due_amount_cents": total - paid,
            "file_url": None,
            "created_at": spread_instant(index, size).isoformat().replace("+00:00", "Z"),
            "customer": {
                "lago_id": f"cus-{rng.integer(1, 999)}",
                "external_id": f"ext-{rng.integer(1, 999)}",
                "name": company_name(rng),
            },
            "fees": [
                {
                    "lago_id": f"fee-{index + 1}",
                    "item": {"type": "subscription", "code": "premium", "name": "Premium"},
                    "units": f"{units}.0",
                    "precise_unit_amount": str(Decimal(unit_cents).scaleb(-places)),
                    "amount_cents": fees,
                    "taxes_amount_cents": taxes,
                    "taxes_rate": 19.0,
                    "total_amount_cents": total,
                }
            ],
        }

    def _index(self, params: Mapping[str, str]) -> int:
        index = self._ids.lookup(params["lago_id"])
        if index is None:
            raise SandboxError(404, "Not Found")
        return index

    def _get(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        return SandboxResponse.json(200, {"invoice": self._invoices[self._index(params)]})

    def _download(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        invoice = dict(self._invoices[self._index(params)])
        if invoice["status"] == "draft":
            return SandboxResponse.json(200, {"invoice": invoice})
        invoice["file_url"] = f"{request.base_url}/files/{invoice['lago_id']}.pdf"
        return SandboxResponse.json(200, {"invoice": invoice})

    def _file(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        index = self._ids.lookup(params["name"].removesuffix(".pdf"))
        if index is None:
            raise SandboxError(404, "Not Found")
        invoice = self._invoices[index]
        return SandboxResponse.pdf(minimal_pdf([f"Invoice {invoice['number']}"]))

    def _list(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        try:
            page = int(request.param("page", "1") or "1")
            per_page = int(request.param("per_page", "20") or "20")
            since = request.param("issuing_date_from")
            until = request.param("issuing_date_to")
            low = date.fromisoformat(since) if since else None
            high = date.fromisoformat(until) if until else None
        except ValueError as exc:
            raise SandboxError(400, "Bad Request") from exc
        if page < 1 or not 1 <= per_page <= 100:
            raise SandboxError(400, "Bad Request")
        # Newest first: the matching indexes, last one first.
        matching = sorted_range(self._dates, low, high)[::-1]
        chosen = matching[(page - 1) * per_page : page * per_page]
        pages = -(-len(matching) // per_page)
        meta = {
            "current_page": page,
            "next_page": page + 1 if page < pages else None,
            "prev_page": page - 1 if page > 1 else None,
            "total_pages": pages,
            "total_count": len(matching),
        }
        return SandboxResponse.json(
            200, {"invoices": [self._invoices[i] for i in chosen], "meta": meta}
        )
