"""A local fake of the Lago API on `invoicekit.sandbox.SpecSandbox`.

The spec gives the routes, the bearer key check, the list's query checks and the error body.
Lago's own: invoice ``i`` generated from ``(seed, i)``; newest first; blank query values are
absent (Rails' ``present?``); a 404's ``code: invoice_not_found``; the two-step PDF (``POST
.../download`` sets ``file_url`` to ``/files/<lago_id>.pdf``, served without credentials).
A draft has no PDF yet, so its download answers it with ``file_url`` null (GUESS: the docs do
not say what Lago answers for a draft).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, ClassVar

from invoicekit.sandbox import (
    Handler,
    LazySequence,
    Router,
    SandboxError,
    SandboxRequest,
    SandboxResponse,
    SpecSandbox,
    UuidIds,
    company_name,
    minimal_pdf,
    page_numbers,
    rng_for,
    secret_check,
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
_CHECKS = {"bearer": secret_check(API_KEY)}


class LagoSandbox(SpecSandbox):
    """The Lago API on loopback, with ``size`` invoices derived from ``seed``."""

    vendor = "lago"
    spec_package = "invoicekit_lago"
    # Lago's ``error`` is the message and its ``code`` names the error, not the status.
    error_roles: ClassVar[Mapping[str, str | None]] = {"error": "message", "code": None}
    credentials: Mapping[str, str] = {"api_key": API_KEY}

    def __init__(self, *, size: int, seed: int) -> None:
        self._seed = seed
        self._ids = UuidIds(seed, self.vendor, size)
        self._invoices = LazySequence(size, self._invoice)
        self._dates = LazySequence(size, lambda index: spread_date(index, size))
        self._files = Router()
        self._files.add("GET", "/files/{name}", self._file)

    def handlers(self) -> Mapping[str, Handler]:
        """The spec's operations this sandbox answers, by ``operationId``."""
        return {
            "list_invoices": self._list,
            "get_invoice": self._get,
            "download_invoice": self._download,
        }

    def invoice_ids(self) -> LazySequence[str]:
        """Every invoice id in Lago's list order: newest first (issue dates rise with the index)."""
        last = len(self._ids) - 1
        return LazySequence(len(self._ids), lambda position: self._ids[last - position])

    def handle(self, request: SandboxRequest) -> SandboxResponse:
        """The file links as they are; the API behind the spec's bearer key."""
        if request.path.startswith("/files/"):
            return self._files.dispatch(request)
        self.authenticate(request, _CHECKS)
        present = tuple((name, value) for name, value in request.query if value.strip())
        return self.router.dispatch(dataclasses.replace(request, query=present))

    def error(
        self, status: int, message: str, *, extra: Mapping[str, Any] | None = None
    ) -> SandboxResponse:
        """Lago's error body from its spec; a 404 says which record is missing."""
        code = {"code": "invoice_not_found"} if status == 404 else {}
        return super().error(status, message, extra={**code, **(extra or {})})

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
        return self.respond("get_invoice", {"invoice": self._invoices[self._index(params)]})

    def _download(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        invoice = dict(self._invoices[self._index(params)])
        if invoice["status"] != "draft":
            invoice["file_url"] = f"{request.base_url}/files/{invoice['lago_id']}.pdf"
        return self.respond("download_invoice", {"invoice": invoice})

    def _file(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        index = self._ids.lookup(params["name"].removesuffix(".pdf"))
        if index is None:
            raise SandboxError(404, "Not Found")
        invoice = self._invoices[index]
        return SandboxResponse.pdf(minimal_pdf([f"Invoice {invoice['number']}"]))

    def _list(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        values, violations = self.typed_query(request, "list_invoices", unknown=False)
        if violations:
            raise SandboxError(400, "Bad Request")
        number = values["page"]
        page = page_numbers(
            sorted_range(self._dates, values["issuing_date_from"], values["issuing_date_to"]),
            page=number,
            size=values["per_page"],
            descending=True,
        )
        meta = {
            "current_page": number,
            "next_page": number + 1 if number < page.last_page else None,
            "prev_page": number - 1 if number > 1 else None,
            "total_pages": page.last_page,
            "total_count": page.total,
        }
        invoices = [self._invoices[i] for i in page.indexes]
        return self.respond("list_invoices", {"invoices": invoices, "meta": meta})
