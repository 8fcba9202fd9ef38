"""The Fynn sandbox's payment transactions (``GET /payment/transactions`` and ``/{id}``).

Every paid invoice (``TYPE_INVOICE`` in status paid) has one settled payment transaction of
its whole gross amount at its ``payDate``, by its customer's payment method. Invoices paid in
part carry no transaction: their money came by bank transfer, outside Fynn's payment
transactions, so the plugin keeps their paid amount as ``gross - unpaid`` (and says what the
transactions sum to). Credit notes and reminders have none. Which invoices are paid comes from
the billing runs without building documents; the list of them is computed the first time a
transaction is asked for, and the transaction itself when it is served.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from invoicekit.sandbox import SandboxError, UuidIds

from ._format import VENDOR
from ._runs import PAID, TYPE_INVOICE, Runs

__all__ = ["Transactions"]


class Transactions:
    """The transactions of one sandbox account; ``documents`` builds an invoice's JSON."""

    def __init__(
        self,
        *,
        seed: int,
        size: int,
        runs: Runs,
        invoice_ids: UuidIds,
        customer_ids: UuidIds,
        documents: Callable[[int], Mapping[str, Any]],
    ) -> None:
        self._runs = runs
        self._invoice_ids = invoice_ids
        self._customer_ids = customer_ids
        self._documents = documents
        #: Transaction ``i`` belongs to invoice ``i``; most invoice positions have none.
        self.ids = UuidIds(seed, f"{VENDOR}-transactions", size)
        self._size = size
        self._paid: list[int] | None = None

    def paid_invoices(self) -> Sequence[int]:
        """The invoice positions that have a transaction, ascending (computed once)."""
        if self._paid is None:
            self._paid = [i for i in range(self._size) if self._has_transaction(i)]
        return self._paid

    def _has_transaction(self, index: int) -> bool:
        head = self._runs.head(index)
        return head.type == TYPE_INVOICE and head.status == PAID

    def get(self, transaction_id: str) -> dict[str, Any]:
        """``GET /payment/transactions/{id}``'s body; 404 for an unknown id."""
        index = self.ids.lookup(transaction_id)
        if index is None or not self._has_transaction(index):
            raise SandboxError(404, "Not Found")
        return self._transaction(index)

    def page(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """``GET /payment/transactions`` for the checked ``page``, ``limit``, ``invoice`` and
        ``customer`` values."""
        page, limit = values["page"], values["limit"]
        wanted, customer = values["invoice"], values["customer"]
        if wanted is not None:
            index = self._invoice_ids.lookup(wanted)
            matches: Sequence[int] = (
                [index] if index is not None and self._has_transaction(index) else []
            )
        else:
            matches = self.paid_invoices()
        if customer is not None:
            number = self._customer_ids.lookup(customer)
            matches = [i for i in matches if self._runs.head(i).customer == number]
        rows = [self._transaction(i) for i in matches[(page - 1) * limit : page * limit]]
        total = len(matches)
        pagination = {
            "itemsPerPage": limit,
            "currentPage": page,
            "pageTotalItems": len(rows),
            "totalItems": total,
            "lastPage": max(1, -(-total // limit)),
        }
        return {"data": rows, "_pagination": pagination}

    def _transaction(self, index: int) -> dict[str, Any]:
        invoice = self._documents(index)
        gross = invoice["grossAmount"]["amount"]
        method = invoice["paymentMethod"] or {}
        paid_at = invoice["payDate"]
        return {
            "id": self.ids[index],
            "customer": invoice["customer"],
            "type": "payment",
            "paymentMethod": invoice["paymentMethod"],
            "gateway": method.get("gatewayName"),
            "status": "succeeded",
            "description": f"Payment for invoice #{invoice['number']}",
            "documentNumber": f"PAY-{index + 1:010d}",
            "currencyCode": invoice["currencyCode"],
            "amount": gross,
            "refundedAmount": 0,
            "chargedAmount": gross,
            "feeAmount": gross * 14 // 1000 + 25,
            "createdAt": paid_at,
            "paidAt": paid_at,
            "failReason": None,
            "authorized": True,
            "refundable": True,
            "processing": False,
            "captured": True,
            "invoice": {"id": invoice["id"], "number": invoice["number"], "type": invoice["type"]},
        }
