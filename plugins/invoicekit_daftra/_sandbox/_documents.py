"""The sandbox's credit notes and refund receipts, and their four routes.

``GET /api2/credit_notes.json``, ``/api2/credit_notes/{id}.json``, ``/api2/refund_receipts.json``
and ``/api2/refund_receipts/{id}.json`` (specs/daftra/openapi.yaml). One document of each kind
per ten invoices, made from an invoice (its parent, in ``subscription_id``) with ``type`` 5 or 6
and a ``data.CreditNote`` / ``data.RefundReceipt`` envelope. Their ids continue Daftra's one id
sequence past the invoices, so an invoice id is never a credit note's. The lists take only
``page`` and ``limit``, as documented; an unknown id answers 404 "Item not found".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from invoicekit.sandbox import SandboxError, SandboxRequest, SandboxResponse

from ._errors import JSON
from ._params import paging

__all__ = ["DOCUMENT_KINDS", "DocumentKind", "document_ids", "document_routes"]


@dataclass(frozen=True)
class DocumentKind:
    """One document kind: its envelope key, ``type`` code, path and place in the id sequence."""

    key: str
    type_code: str
    path: str
    prefix: str
    offset: int  # the n-th document is made from invoice n * 10 + offset


DOCUMENT_KINDS = (
    DocumentKind("CreditNote", "5", "credit_notes", "CN", 0),
    DocumentKind("RefundReceipt", "6", "refund_receipts", "RR", 5),
)


def count(size: int, kind: DocumentKind) -> int:
    """How many documents of ``kind`` a sandbox of ``size`` invoices holds."""
    return max(0, (size - kind.offset + 9) // 10)


def first_id(size: int, first_invoice_id: int, kind: DocumentKind) -> int:
    """The id of the first document of ``kind``: after every invoice (and earlier kinds)."""
    before = sum(count(size, other) for other in DOCUMENT_KINDS[: DOCUMENT_KINDS.index(kind)])
    return first_invoice_id + size + before


def document_ids(size: int, first_invoice_id: int, path: str) -> list[str] | None:
    """The ids a ``{id}`` in ``path`` takes when it is a document route (else None)."""
    for kind in DOCUMENT_KINDS:
        if path.startswith(f"/api2/{kind.path}/"):
            start = first_id(size, first_invoice_id, kind)
            return [str(start + n) for n in range(count(size, kind))]
    return None


def document_routes(
    size: int,
    first_invoice_id: int,
    full: Callable[[int, SandboxRequest], dict[str, Any]],
) -> list[tuple[str, Callable[[SandboxRequest, Mapping[str, str]], SandboxResponse]]]:
    """``(path, handler)`` for each route; ``full(index, request)`` is invoice index's header
    with its associations nested (``{"Invoice": {...}}``)."""

    def document(kind: DocumentKind, position: int, request: SandboxRequest) -> dict[str, Any]:
        parent = full(position * 10 + kind.offset, request)["Invoice"]
        number = first_id(size, first_invoice_id, kind) + position
        items = [{**item, "invoice_id": number} for item in parent["InvoiceItem"]]
        header = {
            **parent,
            "id": number,
            "no": f"{kind.prefix}-{position + 1:06d}",
            "type": kind.type_code,
            "subscription_id": parent["id"],
            "InvoiceItem": items,
            "InvoicePayment": [],
        }
        return {kind.key: header}

    def single(
        kind: DocumentKind,
    ) -> Callable[[SandboxRequest, Mapping[str, str]], SandboxResponse]:
        def handler(request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
            text = params["id"].strip()
            start = first_id(size, first_invoice_id, kind)
            position = (
                int(text) - start if text.isascii() and text.isdigit() and len(text) < 19 else -1
            )
            if not 0 <= position < count(size, kind):
                raise SandboxError(404, "Item not found")
            body = {"code": 200, "result": "successful", "data": document(kind, position, request)}
            return SandboxResponse.json(200, body, content_type=JSON)

        return handler

    def listing(
        kind: DocumentKind,
    ) -> Callable[[SandboxRequest, Mapping[str, str]], SandboxResponse]:
        def handler(request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
            page = paging(request)
            total = count(size, kind)
            start = (page.page - 1) * page.limit
            data = [
                document(kind, i, request) for i in range(start, min(start + page.limit, total))
            ]
            page_count = -(-total // page.limit)
            body = {
                "code": 200,
                "result": "successful",
                "data": data,
                "pagination": {
                    "prev": None if page.page <= 1 else f"/api2/{kind.path}/?page={page.page - 1}",
                    "next": None
                    if page.page >= page_count
                    else f"/api2/{kind.path}/?page={page.page + 1}",
                    "page": page.page,
                    "page_count": page_count,
                    "total_results": total,
                },
            }
            return SandboxResponse.json(200, body, content_type=JSON)

        return handler

    routes = []
    for kind in DOCUMENT_KINDS:
        routes.append((f"/api2/{kind.path}.json", listing(kind)))
        routes.append((f"/api2/{kind.path}/{{id}}.json", single(kind)))
    return routes
