"""`normalize`: one vendor payload in, one `Invoice` out, and only invoicekit errors on failure."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import msgspec

from invoicekit._plugins import RESOLVED, get_vendor
from invoicekit._translate import advance, normalization_error, normalized, translated
from invoicekit.errors import ConfigurationError, InvoiceKitError, NormalizationError
from invoicekit.model import Invoice

# advance, normalization_error and normalized live in _translate; re-exported for old imports.
__all__ = ["advance", "normalization_error", "normalize", "normalized"]


def _as_body(payload: bytes | str | Mapping[str, Any]) -> bytes:
    if isinstance(payload, bytes):
        return payload
    if isinstance(payload, bytearray | memoryview):
        return bytes(payload)
    if isinstance(payload, str):
        return payload.encode()
    if isinstance(payload, Mapping):
        try:
            return msgspec.json.encode(dict(payload))
        except (TypeError, ValueError) as exc:
            raise TypeError(f"the payload mapping cannot be encoded as JSON: {exc}") from exc
    raise TypeError(
        "payload must be one invoice's response body as bytes or str, or its decoded JSON "
        f"object as a mapping; got {type(payload).__name__}"
    )


def normalize(vendor: str, payload: bytes | str | Mapping[str, Any], **options: str) -> Invoice:
    """Turn one vendor's single-invoice response into an `Invoice`.

    ``payload`` is the body the vendor's API returned for one invoice: preferably the bytes as
    received (any bytes-like object), or that text as ``str``, or the JSON object already
    decoded into a mapping. A mapping is encoded back to JSON first, and a number decoded as
    ``float`` has lost its written scale by then, so pass the bytes when you have them.

    ``options`` are the vendor's non-secret settings, as `invoicekit.connect()` takes them
    (``timezone="Europe/Berlin"`` for Yeti); see the vendor's ``options``.

    Raises:
        UnknownVendor: no plugin registered ``vendor``.
        ConfigurationError: an option the vendor does not take, or a bad option value.
        NormalizationError: the payload is not a valid invoice of that vendor; it names the
            vendor and the JSON path, and chains the underlying error. Any other exception
            the plugin raises (a bug of its own) is one too, at ``$``, naming the plugin's
            module.
        NotImplementedError: the vendor does not implement ``normalize``.
        TypeError: ``payload`` is not bytes, str or a mapping (a programming error).
    """
    # A vendor used before is one dict lookup: the steady-state call runs no registry code.
    implementation = RESOLVED.get(vendor) or get_vendor(vendor)
    if options:
        if unknown := sorted(set(options) - implementation.options):
            raise ConfigurationError(
                f"unknown option(s) {', '.join(unknown)}; it takes "
                f"{', '.join(sorted(implementation.options)) or 'none'}",
                vendor=vendor,
            )
        implementation = implementation.configured(options)
    body = payload if type(payload) is bytes else _as_body(payload)
    try:
        return implementation.reader(body)
    except Exception as exc:
        # Translated as `_translate.normalized` does, but only once the mapping failed.
        error = translated(vendor, exc)
        if error is not None:
            raise error from exc
        if isinstance(exc, InvoiceKitError | NotImplementedError):
            raise  # NotImplementedError: the vendor has no normalize at all, not a bug in it
        # A third-party plugin's own bug must still reach the user typed, naming whom to tell.
        module = type(implementation).__module__
        cause = f"plugin module {module} raised {type(exc).__name__}: {exc}"
        raise NormalizationError(vendor, "$", cause) from exc
