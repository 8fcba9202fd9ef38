"""Vendor webhooks: verify a delivery's signature, parse its event, apply it to a store.

::

    from invoicekit import webhooks

    webhooks.verify("fynn", body, request.headers, secret=["whsec_new", "whsec_old"])
    event = webhooks.parse("fynn", body)
    event.kind  # EventKind.PAID
    event.invoice_id

Always verify before parsing. A vendor declares what it sends with a `WebhookSupport` as its
`invoicekit.plugin.Vendor.webhooks` attribute and decodes its envelope in
`invoicekit.plugin.Vendor.parse_webhook`; one that sends none leaves it ``None`` and says why in
``webhooks_unsupported_reason``.

To receive deliveries, mount `asgi_app` (``POST /{vendor}/{account}``) in an ASGI server, or run
``invoicekit webhooks serve --db invoices.sqlite --config accounts.toml``: secrets and the
clients that fetch invoices an event only names come from the accounts file
(`account_secrets`, `AccountClients`).
"""

from typing import TYPE_CHECKING as _TYPE_CHECKING

from invoicekit._lazy import lazy_attributes as _lazy_attributes

if _TYPE_CHECKING:
    from invoicekit.webhooks._accounts import AccountClients, account_secrets
    from invoicekit.webhooks._api import (
        DEFAULT_TOLERANCE,
        Headers,
        Secrets,
        embedded,
        parse,
        support,
        verify,
    )
    from invoicekit.webhooks._asgi import DEFAULT_MAX_BODY, ClientFactory, asgi_app
    from invoicekit.webhooks._event import EventKind, WebhookEvent
    from invoicekit.webhooks._schemes import BodyHmac, SignatureScheme, TimestampedHmac
    from invoicekit.webhooks._support import WebhookSupport

# Each name loads its own module on first use: a plugin declaring its `WebhookSupport` at import
# (as every vendor class does) must not pay for the ASGI app and the accounts file reader.
_MODULES = {
    "AccountClients": "_accounts",
    "account_secrets": "_accounts",
    "DEFAULT_TOLERANCE": "_api",
    "Headers": "_api",
    "Secrets": "_api",
    "embedded": "_api",
    "parse": "_api",
    "support": "_api",
    "verify": "_api",
    "DEFAULT_MAX_BODY": "_asgi",
    "ClientFactory": "_asgi",
    "asgi_app": "_asgi",
    "EventKind": "_event",
    "WebhookEvent": "_event",
    "BodyHmac": "_schemes",
    "SignatureScheme": "_schemes",
    "TimestampedHmac": "_schemes",
    "WebhookSupport": "_support",
}


__getattr__, __dir__ = _lazy_attributes(
    globals(), {name: f"invoicekit.webhooks.{module}" for name, module in _MODULES.items()}
)


__all__ = [
    "DEFAULT_MAX_BODY",
    "DEFAULT_TOLERANCE",
    "AccountClients",
    "BodyHmac",
    "ClientFactory",
    "EventKind",
    "Headers",
    "Secrets",
    "SignatureScheme",
    "TimestampedHmac",
    "WebhookEvent",
    "WebhookSupport",
    "account_secrets",
    "asgi_app",
    "embedded",
    "parse",
    "support",
    "verify",
]
