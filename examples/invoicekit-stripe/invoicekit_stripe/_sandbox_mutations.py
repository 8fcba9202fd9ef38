"""The Stripe sandbox's hooks for changing data (`invoicekit.sandbox.MutableSandbox`).

Created invoices are the newest ``reserve`` ones (the head of Stripe's newest-first list). A
change is written into the invoice as Stripe shows it: ``status``; paid → ``status`` paid,
``paid`` true, ``amount_paid`` = ``amount_due``, nothing remaining and
``status_transitions.paid_at`` the change time; unpaid → ``status`` open, nothing paid; a new
total → ``total``, the tax scaled in proportion, ``total_excluding_tax`` = total - tax, and
``amount_due`` (the lines stay as they were). Stripe's invoice
has no last-modified field. The list's ``status`` filter sees the new status.

Webhooks (`webhook_event`): Event objects (``evt_...``, ``created`` the change time,
``data.object`` the invoice as it is after the change): ``invoice.created``, ``invoice.paid``,
``invoice.voided``, ``invoice.marked_uncollectible``, ``invoice.finalized`` (status open from
draft), ``invoice.deleted`` (the invoice as it was) and ``invoice.updated`` for any other
change. Stripe always embeds the object, so ``embed`` is ignored.

Retries (`WEBHOOK_RETRIES`): Stripe documents that sandbox (test mode) deliveries are retried
three times over a few hours with exponential back-off, on a non-2xx answer or a failed
connection (live mode: up to three days). GUESS for the exact delays: 5 minutes, 1 hour,
3 hours.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from invoicekit.sandbox import Applied, Change, Mutation, MutationHooks, MutationState, SandboxError

from ._money import exponent
from ._sandbox_ids import tag
from ._sandbox_invoice import Facts

__all__ = ["WEBHOOK_RETRIES", "StripeMutations", "patched", "patched_facts"]

_STATUSES = ("draft", "open", "paid", "uncollectible", "void")
#: Seconds before each retry (three retries: documented; the delays: GUESS).
WEBHOOK_RETRIES = (300.0, 3600.0, 10800.0)
_STATUS_EVENTS = {
    "paid": "invoice.paid",
    "void": "invoice.voided",
    "uncollectible": "invoice.marked_uncollectible",
    "open": "invoice.finalized",
}
_API_VERSION = "2024-06-20"


def patched_facts(facts: Facts, change: Change | None) -> Facts:
    """The filterable facts after ``change``."""
    if change is None:
        return facts
    status = change.status
    if status is None and change.paid is not None:
        status = "paid" if change.paid else "open"
    if status is None:
        return facts
    return dataclasses.replace(facts, status=status, partly_paid=False)


def patched(invoice: dict[str, Any], change: Change | None) -> dict[str, Any]:
    """``invoice`` with ``change`` written into it (a new dict; the original unchanged)."""
    if change is None or (change.status, change.paid, change.total) == (None, None, None):
        return invoice
    result = dict(invoice)
    if change.total is not None:
        total = int(change.total.scaleb(exponent(str(result["currency"]).upper())))
        credit = -int(result.get("starting_balance") or 0)
        old_total, old_tax = int(result["total"]), int(result.get("tax") or 0)
        tax = (2 * old_tax * total + old_total) // (2 * old_total) if old_total > 0 else 0
        if result.get("tax") is not None:
            result["tax"] = tax
            result["total_tax_amounts"] = [
                {**item, "amount": tax, "taxable_amount": total - tax}
                for item in result["total_tax_amounts"]
            ]
        result["total"] = total
        result["total_excluding_tax"] = total - tax
        result["amount_due"] = max(total - credit, 0)
        result["amount_paid"] = result["amount_due"] if result["status"] == "paid" else 0
    transitions = dict(result["status_transitions"])
    if change.paid is True:
        result["status"] = "paid"
        result["amount_paid"] = result["amount_due"]
        transitions["paid_at"] = int(change.updated_at.timestamp()) if change.updated_at else None
    elif change.paid is False:
        result["status"] = "open"
        result["amount_paid"] = 0
        transitions["paid_at"] = None
    if change.status is not None:
        result["status"] = change.status
    result["paid"] = result["status"] == "paid"
    result["amount_remaining"] = result["amount_due"] - result["amount_paid"]
    result["status_transitions"] = transitions
    return result


class StripeMutations(MutationHooks):
    """Mixed into `StripeSandbox`: the `MutableSandbox` hooks over its lazy invoices."""

    webhook_retries: Sequence[float] = WEBHOOK_RETRIES
    #: The statuses a seeded schedule sets.
    mutation_statuses: Sequence[str] = ("open", "paid", "uncollectible", "void")

    def reserved(self, reserve: int) -> Sequence[int]:
        """The ``reserve`` newest positions, oldest first: each create reveals the next."""
        return range(reserve - 1, -1, -1)

    def mutable(self, index: int, mutation: Mutation) -> None:
        """Refuse what Stripe refuses: paying a draft, unknown statuses, negative totals."""
        if mutation.status is not None and mutation.status not in _STATUSES:
            raise SandboxError(400, f"{mutation.status!r} is not a Stripe invoice status")
        if mutation.paid is not None and self._data.facts(index).status == "draft":  # type: ignore[attr-defined]
            raise SandboxError(409, "a draft invoice cannot be paid; finalize it first")
        if mutation.total is not None and mutation.total < Decimal(0):
            raise SandboxError(400, "an invoice total is not negative")

    def facts_now(self, position: int) -> Facts:
        """The filterable facts of ``position`` with its change applied."""
        facts: Facts = self._data.facts(position)  # type: ignore[attr-defined]
        return facts if self._state is None else patched_facts(facts, self._state.change(position))

    def document(self, index: int, base_url: str) -> dict[str, Any]:
        """The invoice at ``index`` as ``GET /v1/invoices/{id}`` shows it now."""
        invoice: dict[str, Any] = self._data.invoice(index, base_url)  # type: ignore[attr-defined]
        return invoice if self._state is None else patched(invoice, self._state.change(index))

    def attach(self, state: MutationState) -> None:
        """Consult ``state`` from now on, and record each mutation as an event."""
        self._state = state
        self._events: list[tuple[str, Applied, str]] = []
        state.subscribe(
            lambda applied: self._events.append(
                (self.event_id(applied), applied, self.event_type(applied))
            )
        )

    def events(self) -> list[tuple[str, Applied, str]]:
        """``(event id, applied, event type)`` of every mutation so far, oldest first."""
        return list(getattr(self, "_events", ()))

    def event_id(self, applied: Applied) -> str:
        """The ``evt_...`` id of the event of ``applied``."""
        seed = self._data.seed  # type: ignore[attr-defined]
        return f"evt_1Sbx{tag(20, seed, 'stripe-event', applied.sequence)}"

    def event_type(self, applied: Applied) -> str:
        """The event type Stripe sends for ``applied``."""
        mutation = applied.mutation
        if applied.op == "delete":
            return "invoice.deleted"
        if applied.op == "create":
            return "invoice.created"
        if mutation is not None and mutation.status is not None:
            return _STATUS_EVENTS.get(mutation.status, "invoice.updated")
        if mutation is not None and mutation.paid:
            return "invoice.paid"
        return "invoice.updated"

    def webhook_event(
        self, applied: Applied, *, base_url: str = "", embed: bool = True
    ) -> tuple[str, dict[str, Any]] | None:
        """``(event id, Event object)`` Stripe sends for ``applied``."""
        if applied.op == "delete":
            raw: dict[str, Any] = self._data.invoice(applied.index, base_url)  # type: ignore[attr-defined]
            invoice = patched(raw, applied.previous)
        else:
            invoice = self.document(applied.index, base_url)
        event_id = self.event_id(applied)
        body = {
            "id": event_id,
            "object": "event",
            "api_version": _API_VERSION,
            "created": int(applied.at.timestamp()),
            "data": {"object": invoice},
            "livemode": False,
            "pending_webhooks": 1,
            "request": {"id": None, "idempotency_key": None},
            "type": self.event_type(applied),
        }
        return event_id, body
