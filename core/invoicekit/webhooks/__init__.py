"""Vendor webhooks: verify a delivery's signature, parse its event, apply it to a store.

::

    from invoicekit import webhooks

    webhooks.verify("fynn", body, request.headers, secret=["whsec_new", "whsec_old"])
    event = webhooks.parse("fynn", body)
    event.kind  # EventKind.PAID
    event.invoice_id

Always verify before parsing. A vendor declares what it sends with a `WebhookSupport` as its
`invoicekit.Vendor.webhooks` attribute and decodes its envelope in
`invoicekit.Vendor.parse_webhook`; one that sends none leaves it ``None`` and says why in
``webhooks_unsupported_reason``.
"""

from invoicekit.webhooks._api import (
    DEFAULT_TOLERANCE,
    Headers,
    Secrets,
    embedded,
    parse,
    support,
    verify,
)
from invoicekit.webhooks._event import EventKind, WebhookEvent
from invoicekit.webhooks._schemes import BodyHmac, SignatureScheme, TimestampedHmac
from invoicekit.webhooks._support import WebhookSupport

__all__ = [
    "DEFAULT_TOLERANCE",
    "BodyHmac",
    "EventKind",
    "Headers",
    "Secrets",
    "SignatureScheme",
    "TimestampedHmac",
    "WebhookEvent",
    "WebhookSupport",
    "embedded",
    "parse",
    "support",
    "verify",
]
