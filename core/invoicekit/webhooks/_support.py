"""`WebhookSupport`: how a vendor declares the webhooks it sends, through the plugin API."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from invoicekit.webhooks._event import EventKind
from invoicekit.webhooks._schemes import SignatureScheme

__all__ = ["WebhookSupport"]


@dataclasses.dataclass(frozen=True)
class WebhookSupport:
    """A vendor's webhooks: set as the `invoicekit.plugin.Vendor.webhooks` class attribute.

    The vendor also overrides `invoicekit.plugin.Vendor.parse_webhook` to decode its envelope.

    Attributes:
        scheme: how deliveries are signed (`BodyHmac`, `TimestampedHmac`, or a subclass of
            `SignatureScheme`).
        envelope: the shape of a delivery's body, in words, for documentation.
        events: the vendor's invoice event types, each with its normalized `EventKind`; a type
            not listed still parses, as ``EventKind.OTHER``.
        docs_url: the vendor's webhook documentation.
    """

    scheme: SignatureScheme
    envelope: str
    events: Mapping[str, EventKind]
    docs_url: str | None = None

    def kind(self, event_type: str) -> EventKind:
        """The normalized kind of ``event_type``; ``OTHER`` when not listed."""
        return self.events.get(event_type, EventKind.OTHER)
