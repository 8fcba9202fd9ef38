"""The Fynn sandbox's hooks for changing data (`invoicekit.sandbox.MutableSandbox`).

Created documents are the newest ``reserve`` ones (drafts, as Fynn creates them). A change is
written into the document as Fynn would show it: ``status``; paid → ``unpaidAmount`` 0,
``payDate`` the change time and ``STATUS_PAID``; unpaid → ``unpaidAmount`` the gross amount,
no ``payDate`` and ``STATUS_UNPAID``; a new total → ``grossAmount``, the tax scaled in
proportion and ``netAmount`` = gross - tax (the positions stay as they were). Fynn's invoice
has no last-modified field, so the change time shows only in ``payDate``. The list's
``status`` filter sees the new status.

Webhooks (`webhook_event`): a create is ``invoice.created``; paid ``invoice.paid``; unpaid
``invoice.unpaid``; a status of cancelled, refunded, closed or reminded its own event
(``invoice.canceled``, ``invoice.refunded``, ``invoice.closed``, ``invoice.remindered``);
any other change ``invoice.updated``. Fynn lists no deletion event, so a deletion sends none
(a receiver learns of it by syncing). ``data`` is the invoice (GUESS, see
`invoicekit_fynn._webhooks`), or only ``{"id"}`` when asked not to embed it.

Retries (`WEBHOOK_RETRIES`): Fynn's docs state no retry schedule. GUESS: 5 retries after
1 minute, 5 minutes, 30 minutes, 2 hours and 6 hours, on a non-2xx answer or a failed
connection.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from invoicekit.sandbox import Applied, Change, Mutation, MutationHooks, SandboxError

from ._catalog import PRECISION
from ._format import timestamp, uuid_for
from ._listing import STATUSES, Query
from ._runs import DRAFT, PAID, UNPAID

__all__ = ["WEBHOOK_RETRIES", "FynnMutations", "patched"]

#: GUESS (Fynn documents no schedule): seconds before each retry of a failed delivery.
WEBHOOK_RETRIES = (60.0, 300.0, 1800.0, 7200.0, 21600.0)
_STATUS_EVENTS = {
    "STATUS_CANCELLED": "invoice.canceled",
    "STATUS_REFUNDED": "invoice.refunded",
    "STATUS_CLOSED": "invoice.closed",
    "STATUS_REMINDED": "invoice.remindered",
    "STATUS_PAID": "invoice.paid",
    "STATUS_UNPAID": "invoice.unpaid",
}

#: The statuses a change may set: Fynn's own, except the drafting ones.
_STATUSES = tuple(sorted(STATUSES - {"STATUS_DRAFT", "STATUS_NEW", "STATUS_FINALIZING"}))
_UNPAYABLE = frozenset({"TYPE_CREDIT"})


def patched(document: dict[str, Any], change: Change | None) -> dict[str, Any]:
    """``document`` with ``change`` written into it (a new dict; the original unchanged)."""
    if change is None or (change.status, change.paid, change.total) == (None, None, None):
        return document
    patched = dict(document)
    if change.total is not None:
        currency = patched["currencyCode"]
        gross = int((change.total.scaleb(PRECISION[currency])).to_integral_value())
        tax = _scaled(
            int(patched["taxAmount"]["amount"]), gross, int(patched["grossAmount"]["amount"])
        )
        patched["taxAmount"] = {**patched["taxAmount"], "amount": tax}
        patched["grossAmount"] = {**patched["grossAmount"], "amount": gross}
        patched["netAmount"] = {**patched["netAmount"], "amount": gross - tax}
        patched["unpaidAmount"] = {**patched["unpaidAmount"], "amount": gross}
    gross_money = patched["grossAmount"]
    if change.paid is True:
        patched["unpaidAmount"] = {**patched["unpaidAmount"], "amount": 0}
        patched["payDate"] = timestamp(change.updated_at)
        patched["status"] = PAID
    elif change.paid is False:
        patched["unpaidAmount"] = {**patched["unpaidAmount"], "amount": gross_money["amount"]}
        patched["payDate"] = None
        patched["status"] = UNPAID
    elif change.total is not None and patched["status"] == PAID:
        patched["unpaidAmount"] = {**patched["unpaidAmount"], "amount": 0}
    if change.status is not None:
        patched["status"] = change.status
    return patched


def _scaled(part: int, new_whole: int, old_whole: int) -> int:
    """``part`` scaled by ``new_whole / old_whole``, rounded half up (0 when nothing was there)."""
    if old_whole <= 0:
        return 0
    return (2 * part * new_whole + old_whole) // (2 * old_whole)


def current_status(document_status: str, change: Change | None) -> str:
    """The status a document shows after ``change``."""
    if change is None:
        return document_status
    if change.status is not None:
        return change.status
    if change.paid is not None:
        return PAID if change.paid else UNPAID
    return document_status


class FynnMutations(MutationHooks):
    """Mixed into `FynnSandbox`: the `MutableSandbox` hooks over its lazy documents."""

    _seed: int
    webhook_retries: Sequence[float] = WEBHOOK_RETRIES
    #: The statuses a seeded schedule sets (the finalized ones).
    mutation_statuses: Sequence[str] = _STATUSES

    def mutable(self, index: int, mutation: Mutation) -> None:
        """Refuse what Fynn itself refuses: paying a draft or a credit note, unknown statuses."""
        if mutation.status is not None and mutation.status not in STATUSES:
            raise SandboxError(400, f"{mutation.status!r} is not a Fynn invoice status")
        head = self.runs.head(index)  # type: ignore[attr-defined]
        if mutation.paid is not None and (head.status == DRAFT or head.type in _UNPAYABLE):
            raise SandboxError(409, "only a finalized invoice can be paid or unpaid")
        if mutation.total is not None and mutation.total < Decimal(0):
            raise SandboxError(400, "a Fynn invoice total is not negative")

    def document(self, index: int, base_url: str = "") -> dict[str, Any]:
        """Document ``index`` as ``GET /invoices/{id}`` shows it now."""
        state = self._state
        raw: dict[str, Any] = self.documents[index]  # type: ignore[attr-defined]
        return raw if state is None else patched(raw, state.change(index))

    def overlay(self, matches: Sequence[int], query: Query) -> Sequence[int]:
        """The listing's ``matches`` for ``query`` with deletions, creations and changes."""
        state = self._state
        if state is None or not state.touched():
            return matches
        accepts = self._listing._accepts  # type: ignore[attr-defined]

        def now(index: int) -> bool:
            if not accepts(index, query._replace(status=None)):
                return False
            if query.status is None:
                return True
            status = current_status(self.runs.head(index).status, state.change(index))  # type: ignore[attr-defined]
            return status == query.status

        return state.overlaid(matches, now)

    def webhook_event(
        self, applied: Applied, *, base_url: str = "", embed: bool = True
    ) -> tuple[str, dict[str, Any]] | None:
        """``(event id, body)`` Fynn sends for ``applied``; ``None`` for a deletion."""
        if applied.op == "delete":
            return None
        mutation = applied.mutation
        if applied.op == "create":
            event_type = "invoice.created"
        elif mutation is not None and mutation.status in _STATUS_EVENTS:
            event_type = _STATUS_EVENTS[mutation.status]
        elif mutation is not None and mutation.paid is not None:
            event_type = "invoice.paid" if mutation.paid else "invoice.unpaid"
        else:
            event_type = "invoice.updated"
        event_id = uuid_for(self._seed, "webhook", applied.sequence)
        data = self.document(applied.index) if embed else {"id": applied.invoice_id}
        body = {
            "event": {
                "type": event_type,
                "id": event_id,
                "version": "1.0.0",
                "created": timestamp(applied.at),
            },
            "tenantId": uuid_for(self._seed, "tenant"),
            "data": data,
        }
        return event_id, body
