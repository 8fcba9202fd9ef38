"""Fynn's webhooks: the declaration (signature, envelope, event names) and the envelope parser.

Documented (docs.fynn.eu, "Guide > Webhooks" and "Developer > Webhooks"): each delivery is a
POST whose ``X-Webhook-Signature`` is ``hash_hmac('sha256', $body, $secret)``, lower-case hex of
the unchanged body, with no timestamp; the body is ``{"event": {"type", "id", "version",
"created"}, "tenantId", "data"}``; the event names below. Registration is ``POST /webhooks``,
removal ``DELETE /webhooks/{id}`` (or the app's Settings > Webhooks).

GUESS (the docs show ``data`` only for subscription events): for ``invoice.*`` events ``data``
is the invoice as ``GET /invoices/{id}`` returns it, so it is mapped into `WebhookEvent.invoice`
when it carries more than an id (``currencyCode`` present), marked `WebhookEvent.partial`
because an invoice body never carries its payments; for ``dunning_document.*`` events
``data`` is a dunning document naming its invoice in ``invoiceId``, and `WebhookEvent.invoice`
is ``None`` (a receiver fetches the invoice).
"""

from __future__ import annotations

import msgspec

from invoicekit.plugin import (
    BodyHmac,
    EventKind,
    Invoice,
    WebhookEvent,
    WebhookSupport,
    embedded,
)
from invoicekit_fynn_client.models import WebhookEvent as FynnWebhookEvent

from ._mapping import map_invoice
from ._values import VENDOR, fail, given, instant

__all__ = ["EVENTS", "SUPPORT", "parse_webhook"]

_C, _U, _P = EventKind.CREATED, EventKind.UPDATED, EventKind.PAID

#: Fynn's invoice and dunning event types, as spelled in its docs (``invoice.remindered`` too).
EVENTS: dict[str, EventKind] = {
    "invoice.created": _C,
    "invoice.finalized": _U,
    "invoice.credited": _U,
    "invoice.updated": _U,
    "invoice.refunded": _U,
    "invoice.canceled": _U,
    "invoice.paid": _P,
    "invoice.closed": _U,
    "invoice.unpaid": _U,
    "invoice.remindered": _U,
    "invoice.requires_approval": _U,
    "invoice.payment_method.updated": _U,
    "invoice.pdf.generation_requested": EventKind.OTHER,
    "dunning_document.created": _U,
    "dunning_document.paid": _U,
    "dunning_document.canceled": _U,
}

SUPPORT = WebhookSupport(
    scheme=BodyHmac("X-Webhook-Signature"),
    envelope='{"event": {"type", "id", "version", "created"}, "tenantId", "data"}',
    events=EVENTS,
    docs_url="https://docs.fynn.eu/en/guide/webhooks/introduction",
)

_ENVELOPE = msgspec.json.Decoder(FynnWebhookEvent, strict=False)


class _RawData(msgspec.Struct):
    data: msgspec.Raw


_RAW_DATA = msgspec.json.Decoder(_RawData)


def _map_invoice(body: bytes) -> Invoice:
    return map_invoice(msgspec.Raw(body), None)


def parse_webhook(body: bytes) -> WebhookEvent:
    """Decode one Fynn webhook body (see the module docstring)."""
    envelope = _ENVELOPE.decode(body)
    event_type = envelope.event.type_
    data = envelope.data
    if event_type.startswith("dunning_document."):
        invoice_ref = data.get("invoiceId")
        path = "$.data.invoiceId"
    else:
        invoice_ref = data.get("id")
        path = "$.data.id"
    if invoice_ref is not None and not isinstance(invoice_ref, str):
        raise fail(path, f"expected a string id, got {type(invoice_ref).__name__}")
    invoice = None
    if event_type.startswith("invoice.") and "currencyCode" in data:
        invoice = embedded(VENDOR, "$.data", _map_invoice, bytes(_RAW_DATA.decode(body).data))
    meta = envelope.event
    return WebhookEvent(
        vendor=VENDOR,
        id=meta.id if given(meta.id) else None,
        type=event_type,
        kind=SUPPORT.kind(event_type),
        invoice_id=invoice_ref or None,
        occurred_at=instant(meta.created, "$.event.created"),
        account=envelope.tenant_id if given(envelope.tenant_id) else None,
        invoice=invoice,
        # Fynn serves an invoice's payments from its transactions, never in the invoice body.
        partial=invoice is not None,
        raw=body,
    )
