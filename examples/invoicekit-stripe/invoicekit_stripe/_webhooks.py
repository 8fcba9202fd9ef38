"""Stripe's webhooks: the declaration (``Stripe-Signature``, event envelope, invoice events).

``Stripe-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>...]`` where each ``v1`` is the
HMAC-SHA256 of ``"{t}.{body}"`` with an endpoint secret (``whsec_...``); several ``v1`` appear
while a secret is rolled. The body is an Event object: ``id`` (``evt_...``), ``type``,
``created`` (Unix seconds), ``account`` (Connect only) and ``data.object``, which for
``invoice.*`` events is the whole invoice as ``GET /v1/invoices/{id}`` returns it (for
``invoice.deleted``, the draft as it was when deleted). It embeds at most ten lines: an
invoice with more is `WebhookEvent.partial` (``extra["lines_truncated"]``).

The envelope is decoded with a small hand-written model: the example's spec covers the
invoices API only.
"""

from __future__ import annotations

import msgspec
from invoicekit.plugin import (
    EventKind,
    Invoice,
    TimestampedHmac,
    WebhookEvent,
    WebhookSupport,
    embedded,
)

from ._mapping import decode_invoice, to_invoice
from ._values import VENDOR, fail, instant

__all__ = ["EVENTS", "SUPPORT", "parse_webhook"]

_U = EventKind.UPDATED

#: Stripe's invoice event types (docs.stripe.com/api/events/types).
EVENTS: dict[str, EventKind] = {
    "invoice.created": EventKind.CREATED,
    "invoice.deleted": EventKind.DELETED,
    "invoice.finalized": _U,
    "invoice.finalization_failed": _U,
    "invoice.marked_uncollectible": _U,
    "invoice.overdue": _U,
    "invoice.overpaid": _U,
    "invoice.paid": EventKind.PAID,
    "invoice.payment_action_required": _U,
    "invoice.payment_failed": _U,
    "invoice.payment_succeeded": EventKind.PAID,
    "invoice.sent": _U,
    "invoice.upcoming": EventKind.OTHER,
    "invoice.updated": _U,
    "invoice.voided": _U,
    "invoice.will_be_due": _U,
}

SUPPORT = WebhookSupport(
    scheme=TimestampedHmac("Stripe-Signature"),
    envelope='Event: {"id", "object": "event", "type", "created", "account", '
    '"data": {"object": <invoice>}}',
    events=EVENTS,
    docs_url="https://docs.stripe.com/webhooks",
)


class _Data(msgspec.Struct, kw_only=True):
    object: msgspec.Raw


class _Event(msgspec.Struct, kw_only=True):
    type: str
    data: _Data
    id: str | None = None
    object: str | None = None
    created: int | None = None
    account: str | None = None


class _Object(msgspec.Struct, kw_only=True):
    id: str | None = None
    object: str | None = None


_ENVELOPE = msgspec.json.Decoder(_Event)
_OBJECT = msgspec.json.Decoder(_Object)


def _map_invoice(body: bytes) -> Invoice:
    return to_invoice(decode_invoice(body), msgspec.Raw(body))


def parse_webhook(body: bytes) -> WebhookEvent:
    """Decode one Stripe Event body (see the module docstring)."""
    event = _ENVELOPE.decode(body)
    if event.object is not None and event.object != "event":
        raise fail("$.object", f"expected 'event', got {event.object[:40]!r}")
    occurred_at = instant(event.created, "$.created")
    target = _OBJECT.decode(event.data.object)
    is_invoice = event.type.startswith("invoice.") and target.object in {None, "invoice"}
    invoice = None
    if is_invoice and event.type != "invoice.upcoming":
        # An upcoming invoice is a preview without an id; it changes no stored invoice.
        invoice = embedded(VENDOR, "$.data.object", _map_invoice, bytes(event.data.object))
    return WebhookEvent(
        vendor=VENDOR,
        id=event.id,
        type=event.type,
        kind=SUPPORT.kind(event.type),
        invoice_id=target.id if is_invoice else None,
        occurred_at=occurred_at,
        account=event.account,
        invoice=invoice,
        partial=invoice is not None and "lines_truncated" in invoice.extra,
        raw=body,
    )
