"""Signature schemes: how a vendor signs its webhook bodies, checked with `hmac` and `hashlib`.

A scheme never shows a secret or a signature (received or expected) in an error, repr or log
line: errors say only *what* is wrong.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence

from invoicekit.errors import WebhookSignatureError

__all__ = ["BodyHmac", "SignatureScheme", "TimestampedHmac"]

# A signature header longer than this is not a signature; refusing it bounds the work.
_MAX_HEADER = 4096


def _digest(secret: bytes, message: bytes) -> str:
    # hashlib loads OpenSSL: only verifying a webhook pays for it, not declaring a scheme.
    import hashlib  # noqa: PLC0415 - see above
    import hmac  # noqa: PLC0415 - see above

    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def _matches(candidates: Sequence[str], secrets: Sequence[bytes], message: bytes) -> bool:
    """Whether any candidate equals the HMAC of ``message`` under any secret, in constant time.

    Every pair is compared (no early exit), so the time taken does not tell which secret or
    which candidate came close.
    """
    import hmac  # noqa: PLC0415 - see _digest

    found = False
    for secret in secrets:
        expected = _digest(secret, message).encode()
        for candidate in candidates:
            found |= hmac.compare_digest(expected, candidate.encode("ascii", "replace"))
    return found


class SignatureScheme:
    """Base class of a vendor's webhook signature scheme.

    Attributes:
        header: the name of the signature header, lower case.
        signs_timestamp: whether the scheme signs a timestamp (so a tolerance applies).
    """

    header: str
    signs_timestamp: bool = False

    def check(
        self,
        vendor: str,
        body: bytes,
        headers: Mapping[str, str],
        secrets: Sequence[bytes],
        *,
        tolerance: dt.timedelta,
        now: dt.datetime,
    ) -> None:
        """Raise `WebhookSignatureError` unless ``body`` is signed with one of ``secrets``.

        ``headers`` has lower-case names.
        """
        raise NotImplementedError

    def sign(self, body: bytes, secret: bytes, *, now: dt.datetime) -> dict[str, str]:
        """The headers the vendor would send with ``body``: for sandboxes and tests."""
        raise NotImplementedError

    def _value(self, vendor: str, headers: Mapping[str, str]) -> str:
        value = headers.get(self.header)
        if value is None or not value.strip():
            raise WebhookSignatureError(vendor, f"the {self.header} header is missing")
        if len(value) > _MAX_HEADER or not value.isascii():
            raise WebhookSignatureError(vendor, f"the {self.header} header is malformed")
        return value.strip()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(header={self.header!r})"


@dataclasses.dataclass(frozen=True, repr=False)
class BodyHmac(SignatureScheme):
    """A lower-case hex HMAC-SHA256 of the unchanged body in one header (Fynn's scheme).

    Nothing is timestamped, so a captured delivery can be replayed; receivers stay safe because
    applying an event is idempotent and never overwrites newer data.
    """

    header: str = "x-webhook-signature"

    def __post_init__(self) -> None:
        object.__setattr__(self, "header", self.header.lower())

    def check(
        self,
        vendor: str,
        body: bytes,
        headers: Mapping[str, str],
        secrets: Sequence[bytes],
        *,
        tolerance: dt.timedelta,
        now: dt.datetime,
    ) -> None:
        """Raise `WebhookSignatureError` unless the header is the body's HMAC under a secret."""
        value = self._value(vendor, headers)
        if not _matches([value], secrets, body):
            raise WebhookSignatureError(vendor, "the signature matches none of the secrets")

    def sign(self, body: bytes, secret: bytes, *, now: dt.datetime) -> dict[str, str]:
        """``{header: hex HMAC-SHA256 of body}``."""
        return {self.header: _digest(secret, body)}


@dataclasses.dataclass(frozen=True, repr=False)
class TimestampedHmac(SignatureScheme):
    """``t=<unix seconds>,v1=<hex>[,v1=<hex>...]`` over ``"{t}.{body}"`` (Stripe's scheme).

    Several ``v1`` values may be given (the vendor signs with each active secret while one is
    rolled); one match suffices. Other schemes in the header (``v0``) are ignored.
    """

    header: str = "stripe-signature"
    timestamp_key: str = "t"
    signature_key: str = "v1"
    signs_timestamp: bool = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "header", self.header.lower())

    def check(
        self,
        vendor: str,
        body: bytes,
        headers: Mapping[str, str],
        secrets: Sequence[bytes],
        *,
        tolerance: dt.timedelta,
        now: dt.datetime,
    ) -> None:
        """Raise `WebhookSignatureError` unless a ``v1`` matches and ``t`` is recent enough."""
        value = self._value(vendor, headers)
        stamps: list[str] = []
        signatures: list[str] = []
        for item in value.split(","):
            key, _, part = item.strip().partition("=")
            if key == self.timestamp_key:
                stamps.append(part)
            elif key == self.signature_key:
                signatures.append(part)
        if len(stamps) != 1 or not stamps[0].isdigit() or len(stamps[0]) > 12:
            raise WebhookSignatureError(vendor, f"the {self.header} header has no valid timestamp")
        if not signatures:
            raise WebhookSignatureError(
                vendor, f"the {self.header} header has no {self.signature_key} signature"
            )
        message = stamps[0].encode() + b"." + body
        if not _matches(signatures, secrets, message):
            raise WebhookSignatureError(vendor, "the signature matches none of the secrets")
        signed_at = dt.datetime.fromtimestamp(int(stamps[0]), dt.UTC)
        if abs(now - signed_at) > tolerance:
            raise WebhookSignatureError(
                vendor,
                f"the signed timestamp {signed_at.isoformat()} is more than "
                f"{tolerance.total_seconds():g} s from now (expired or replayed)",
            )

    def sign(self, body: bytes, secret: bytes, *, now: dt.datetime) -> dict[str, str]:
        """``{header: "t=<now>,v1=<hex>"}``."""
        stamp = str(int(now.timestamp()))
        signature = _digest(secret, stamp.encode() + b"." + body)
        return {self.header: f"{self.timestamp_key}={stamp},{self.signature_key}={signature}"}
