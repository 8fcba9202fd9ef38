"""`verify` and `parse`: check a delivery's signature, then decode its event."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TypeVar

from invoicekit._normalize import normalized
from invoicekit._plugins import get_vendor
from invoicekit.errors import NormalizationError, Unsupported, WebhookSignatureError
from invoicekit.vendor import Vendor
from invoicekit.webhooks._event import WebhookEvent
from invoicekit.webhooks._support import WebhookSupport

__all__ = ["DEFAULT_TOLERANCE", "Headers", "Secrets", "embedded", "parse", "support", "verify"]

_T = TypeVar("_T")

#: How far a signed timestamp may be from now, for vendors that sign one.
DEFAULT_TOLERANCE = dt.timedelta(minutes=5)

#: Request headers: a mapping, or (name, value) pairs as ASGI gives them (bytes or str).
Headers = Mapping[str, str] | Iterable[tuple[str | bytes, str | bytes]]
#: One webhook secret, or several while one is rotated (any of them may have signed).
Secrets = str | bytes | Sequence[str | bytes]


def support(vendor: str | Vendor) -> WebhookSupport:
    """The vendor's `WebhookSupport`; raise `Unsupported`, with its reason, if it sends none."""
    implementation = get_vendor(vendor) if isinstance(vendor, str) else vendor
    declared = implementation.webhooks
    if declared is None:
        raise Unsupported(
            implementation.name, "webhooks", implementation.webhooks_unsupported_reason
        )
    return declared


def _lower(headers: Headers) -> dict[str, str]:
    items = headers.items() if isinstance(headers, Mapping) else headers
    lowered: dict[str, str] = {}
    for name, value in items:
        key = name.decode("latin-1") if isinstance(name, bytes) else name
        text = value.decode("latin-1") if isinstance(value, bytes) else value
        lowered[key.lower()] = text
    return lowered


def _secrets(vendor: str, secret: Secrets) -> list[bytes]:
    given = [secret] if isinstance(secret, str | bytes) else list(secret)
    encoded = [item.encode() if isinstance(item, str) else bytes(item) for item in given]
    if not encoded or not all(encoded):
        # A configuration mistake, reported as a rejection: an empty secret would accept
        # signatures anyone can compute.
        raise WebhookSignatureError(vendor, "no webhook secret is configured")
    return encoded


def verify(
    vendor: str,
    body: bytes,
    headers: Headers,
    secret: Secrets,
    *,
    tolerance: dt.timedelta | float = DEFAULT_TOLERANCE,
    now: dt.datetime | None = None,
) -> None:
    """Raise `WebhookSignatureError` unless ``body`` carries a valid signature of ``vendor``.

    ``body`` is the request body exactly as received; ``headers`` the request headers (any
    case). ``secret`` is the webhook secret, or a list of them while one is rotated. Where the
    vendor signs a timestamp, it must be within ``tolerance`` (a `timedelta` or seconds) of
    ``now`` (default: the current time). Comparisons run in constant time. No error, repr or
    log line shows a secret or a signature.

    Raises:
        UnknownVendor: no plugin registered ``vendor``.
        Unsupported: the vendor sends no webhooks (the reason says why).
        WebhookSignatureError: the signature is missing, malformed, wrong or expired.
    """
    if not isinstance(body, bytes | bytearray | memoryview):
        raise TypeError(f"body must be the raw bytes received, not {type(body).__name__}")
    declared = support(vendor)
    window = tolerance if isinstance(tolerance, dt.timedelta) else dt.timedelta(seconds=tolerance)
    moment = now or dt.datetime.now(dt.UTC)
    declared.scheme.check(
        vendor,
        bytes(body),
        _lower(headers),
        _secrets(vendor, secret),
        tolerance=window,
        now=moment,
    )


def parse(vendor: str, body: bytes) -> WebhookEvent:
    """Decode one verified webhook body of ``vendor`` into a `WebhookEvent`.

    Call it only after `verify`: a body that fails verification must never be parsed. An
    event type invoicekit does not know parses with kind ``OTHER``.

    Raises:
        UnknownVendor: no plugin registered ``vendor``.
        Unsupported: the vendor sends no webhooks.
        NormalizationError: the body is not that vendor's event envelope (with the JSON path).
    """
    if not isinstance(body, bytes | bytearray | memoryview):
        raise TypeError(f"body must be the raw bytes received, not {type(body).__name__}")
    implementation = get_vendor(vendor)
    support(implementation)
    return normalized(vendor, implementation.parse_webhook, bytes(body))


def embedded(vendor: str, path: str, mapping: Callable[[bytes], _T], body: bytes) -> _T:
    """``mapping(body)`` for an object embedded at ``path`` of an event, errors re-rooted there.

    For a plugin's `invoicekit.plugin.Vendor.parse_webhook`: map the embedded invoice's own
    JSON with the plugin's normal mapping, and a failure names the path in the whole event body
    (``$.data.object.total`` rather than ``$.total``).
    """
    try:
        return normalized(vendor, mapping, body)
    except NormalizationError as exc:
        raise NormalizationError(vendor, path + exc.path[1:], exc.cause) from exc
