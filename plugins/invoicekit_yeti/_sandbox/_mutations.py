"""The Yeti sandbox's hooks for changing data (`invoicekit.sandbox.MutableSandbox`).

A created invoice is one of the newest ``reserve`` periods: Yeti's billing job closes a period
and the invoice appears. A deleted one is gone from lists and answers 404. A customer invoice
has no status and no payment in Yeti's customer API, so a change of status or payment is refused
(400); a new total is written as ``amount-spent``, and ``services-amount-spent`` moves by the
same amount, because Yeti's ``amount-spent`` is the sum of the originated, terminated and
services amounts (the traffic stays as it was). Lists filter and sort on the changed figures.
Yeti sends no webhooks, and its invoices carry no update time, so a change shows only in its
figures.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from invoicekit.sandbox import (
    LazySequence,
    Mutation,
    MutationHooks,
    SandboxError,
    SandboxRequest,
)

from ._data import Invoice
from ._filters import KEY_FILTER, Filter, matches
from ._resources import API, document

__all__ = ["YetiMutations"]


class YetiMutations(MutationHooks):
    """Mixed into `YetiSandbox`: the `MutableSandbox` hooks over its lazy invoices."""

    invoices: LazySequence[Invoice]
    #: Yeti's customer invoices have no status a change could set.
    mutation_statuses: Sequence[str] = ()

    def mutable(self, index: int, mutation: Mutation) -> None:
        """Refuse a status or a payment: a Yeti customer invoice has neither."""
        if mutation.status is not None or mutation.paid is not None:
            raise SandboxError(
                400, "a Yeti customer invoice has no status or payment; only its total changes"
            )

    def current(self, index: int) -> Invoice:
        """Invoice ``index`` with its change applied."""
        invoice = self.invoices[index]
        change = None if self._state is None else self._state.change(index)
        if change is None or change.total is None:
            return invoice
        services = change.total - invoice.originated_amount_spent
        services -= invoice.terminated_amount_spent
        return dataclasses.replace(
            invoice, amount_spent=change.total, services_amount_spent=services
        )

    def document(self, index: int, base_url: str = "") -> dict[str, Any]:
        """Invoice ``index`` as ``GET /invoices/{id}`` shows it now (without ``include``)."""
        invoice = self.current(index)
        request = SandboxRequest("GET", f"{API}/invoices/{invoice.id}", base_url=base_url)
        data, _ = document(self, request, [invoice], include=False, fields_={})  # type: ignore[arg-type]
        return {"data": data[0]}

    def overlay(self, selected: Sequence[int], filters: Sequence[Filter]) -> Sequence[int]:
        """The listing's ``selected`` (ascending) with deletions, creations and changes."""
        state = self._state
        if state is None or not state.touched():
            return selected

        def now(index: int) -> bool:
            invoice = self.current(index)
            return all(
                index in item.values if item.base == KEY_FILTER else matches(invoice, item)
                for item in filters
            )

        return state.overlaid(selected, now)
