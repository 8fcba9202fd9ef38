"""The sandbox's credit notes and refund receipts: their ids, envelopes and four operations.

``list_credit_notes``, ``get_credit_note``, ``list_refund_receipts`` and
``get_refund_receipt`` (``specs/daftra/openapi.yaml``). One document of each kind per ten
invoices, made from an invoice (its parent, in ``subscription_id``) with ``type`` 5 or 6 and
a ``data.CreditNote`` / ``data.RefundReceipt`` envelope. Their ids continue Daftra's one id
sequence past the invoices, so an invoice id is never a credit note's. The lists take only
``page`` and ``limit``, as documented, and link their pages as ``/api2/credit_notes/?page=2``;
an unknown id answers 404 "Item not found".
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from invoicekit.sandbox import (
    Handler,
    LazySequence,
    SandboxError,
    SandboxRequest,
    SandboxResponse,
    SpecSandbox,
)

from ._envelope import page_answer, successful

__all__ = ["DOCUMENT_KINDS", "DocumentKind", "Documents"]


@dataclass(frozen=True)
class DocumentKind:
    """One document kind: its envelope key, ``type`` code, path and place in the id sequence."""

    key: str
    type_code: str
    path: str
    prefix: str
    offset: int  # the n-th document is made from invoice n * 10 + offset

    @property
    def single(self) -> str:
        """The ``operationId`` of one document (``get_credit_note``)."""
        return f"get_{self.path[:-1]}"

    @property
    def listing(self) -> str:
        """The ``operationId`` of the list (``list_credit_notes``)."""
        return f"list_{self.path}"


DOCUMENT_KINDS = (
    DocumentKind("CreditNote", "5", "credit_notes", "CN", 0),
    DocumentKind("RefundReceipt", "6", "refund_receipts", "RR", 5),
)

#: ``full(index, request)``: invoice ``index`` with its associations nested, ``{"Invoice": ...}``.
Full = Callable[[int, SandboxRequest], dict[str, Any]]


class Documents:
    """The credit notes and refund receipts of a sandbox of ``size`` invoices."""

    def __init__(self, sandbox: SpecSandbox, size: int, first_invoice_id: int, full: Full) -> None:
        self._sandbox, self._size, self._first, self._full = sandbox, size, first_invoice_id, full

    def count(self, kind: DocumentKind) -> int:
        """How many documents of ``kind`` there are."""
        return max(0, (self._size - kind.offset + 9) // 10)

    def first_id(self, kind: DocumentKind) -> int:
        """The id of the first document of ``kind``: after every invoice (and earlier kinds)."""
        before = DOCUMENT_KINDS[: DOCUMENT_KINDS.index(kind)]
        return self._first + self._size + sum(self.count(other) for other in before)

    def path_ids(self, path: str) -> list[str] | None:
        """The ids a ``{id}`` in ``path`` takes when it is a document route (else None)."""
        for kind in DOCUMENT_KINDS:
            if path.startswith(f"/api2/{kind.path}/"):
                start = self.first_id(kind)
                return [str(start + n) for n in range(self.count(kind))]
        return None

    def handlers(self) -> dict[str, Handler]:
        """The four operations, by ``operationId``."""
        found: dict[str, Handler] = {}
        for kind in DOCUMENT_KINDS:
            found[kind.single] = functools.partial(self._get, kind)
            found[kind.listing] = functools.partial(self._list, kind)
        return found

    def _document(self, kind: DocumentKind, position: int, request: SandboxRequest) -> Any:
        parent = self._full(position * 10 + kind.offset, request)["Invoice"]
        number = self.first_id(kind) + position
        header = {
            **parent,
            "id": number,
            "no": f"{kind.prefix}-{position + 1:06d}",
            "type": kind.type_code,
            "subscription_id": parent["id"],
            "InvoiceItem": [{**item, "invoice_id": number} for item in parent["InvoiceItem"]],
            "InvoicePayment": [],
        }
        return {kind.key: header}

    def _get(
        self, kind: DocumentKind, request: SandboxRequest, params: Mapping[str, str]
    ) -> SandboxResponse:
        text = params["id"].strip()
        digits = text.isascii() and text.isdigit() and len(text) < 19
        position = int(text) - self.first_id(kind) if digits else -1
        if not 0 <= position < self.count(kind):
            raise SandboxError(404, "Item not found")
        data = self._document(kind, position, request)
        return self._sandbox.respond(kind.single, successful(data))

    def _list(
        self, kind: DocumentKind, request: SandboxRequest, params: Mapping[str, str]
    ) -> SandboxResponse:
        documents = LazySequence(self.count(kind), lambda n: self._document(kind, n, request))
        return page_answer(
            self._sandbox, request, kind.listing, documents, path=f"/api2/{kind.path}/"
        )
