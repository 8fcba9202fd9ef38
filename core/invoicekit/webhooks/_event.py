"""`WebhookEvent`: one vendor notification about an invoice, decoded and normalized."""

from __future__ import annotations

import datetime as dt
import enum

import msgspec

from invoicekit.model import Invoice

__all__ = ["EventKind", "WebhookEvent"]


class EventKind(enum.StrEnum):
    """What happened to the invoice, normalized across vendors.

    ``CREATED``, ``UPDATED`` (any other change of its data or status), ``PAID``, ``DELETED``
    (the invoice is gone: a receiver tombstones it) and ``OTHER`` (an event type invoicekit does
    not know, or one that is not about an invoice's data).
    """

    CREATED = "created"
    UPDATED = "updated"
    PAID = "paid"
    DELETED = "deleted"
    OTHER = "other"


class WebhookEvent(msgspec.Struct, frozen=True, kw_only=True):
    """One webhook delivery, as `invoicekit.webhooks.parse` returns it.

    Attributes:
        vendor: the vendor's registry name.
        id: the vendor's event id, the same on every retry of one event, when the vendor gives one.
        type: the vendor's own event type, such as ``"invoice.paid"``.
        kind: the normalized `EventKind`; ``OTHER`` for types invoicekit does not know.
        invoice_id: the vendor's id of the invoice concerned, or ``None`` when the event is not
            about one invoice.
        occurred_at: when the vendor says the event happened (aware, UTC), when it says.
        account: the vendor's id of the account (tenant) that sent it, when the body names one.
        invoice: the invoice, normalized, when the event embeds it; else ``None`` (fetch it
            with a client).
        partial: the embedded invoice lacks parts the vendor serves from other endpoints
            (Fynn's payments, Stripe's lines past the first ten), so it differs from the one a
            client reads. The receiver then fetches the whole invoice when it has a client, and
            stores the embedded one only when it has none (the next sync completes it).
        raw: the body exactly as received.
    """

    vendor: str
    id: str | None
    type: str
    kind: EventKind
    invoice_id: str | None
    occurred_at: dt.datetime | None
    account: str | None = None
    invoice: Invoice | None = None
    partial: bool = False
    raw: bytes = msgspec.field(default=b"")

    def __repr__(self) -> str:
        # The raw body can be large; the id and type are what a log line needs.
        return (
            f"WebhookEvent(vendor={self.vendor!r}, id={self.id!r}, type={self.type!r}, "
            f"kind={self.kind.value!r}, invoice_id={self.invoice_id!r})"
        )
