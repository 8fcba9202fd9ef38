"""`normalize`: one vendor payload in, one `Invoice` out, and only invoicekit errors on failure."""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping
from typing import Any, TypeVar

import msgspec

from invoicekit._plugins import get_vendor
from invoicekit.errors import InvoiceKitError, NormalizationError
from invoicekit.model import Invoice

__all__ = ["normalization_error", "normalize", "normalized"]

_T = TypeVar("_T")

# What a plugin's mapping code raises when a payload is not what it expected: a missing key, a
# None where a value was due, a bad date string, a bad decimal (decimal.InvalidOperation is an
# ArithmeticError).
_PLUGIN_MAPPING_ERRORS = (
    KeyError,
    IndexError,
    TypeError,
    AttributeError,
    ValueError,
    ArithmeticError,
)


def normalization_error(vendor: str, exc: msgspec.MsgspecError) -> NormalizationError:
    """Turn a msgspec ``ValidationError`` or ``DecodeError`` into a `NormalizationError`.

    msgspec ends a validation message with the JSON path, as in
    ``"Expected `str`, got `int` - at `$.data.Invoice.id`"``; that suffix becomes ``path`` and
    the rest ``cause``. Messages without it (malformed JSON, a wrong top-level type) get ``$``.
    The caller chains ``exc`` with ``raise ... from exc``.
    """
    message = str(exc)
    cause, marker, rest = message.rpartition(" - at `")
    if marker and rest.startswith("$") and rest.endswith("`"):
        return NormalizationError(vendor, rest[:-1], cause)
    return NormalizationError(vendor, "$", message)


def too_deep(vendor: str) -> NormalizationError:
    """The error for a body nested deeper than the decoder goes (a `RecursionError` inside it).

    msgspec guards its C recursion with Python's recursion limit, so a body of 100,000 ``[``
    raises `RecursionError` cleanly (never a crash); invoicekit's own walks are iterative.
    """
    return NormalizationError(
        vendor, "$", "the JSON is nested deeper than the decoder allows (about 1,000 levels)"
    )


def advance(vendor: str, flow: Generator[Any, Any, Any], reply: Any) -> Any:
    """``flow.send(reply)``, with what the flow's mapping raises translated as in `normalized`.

    The clients drive every flow through this, so a plugin's ``KeyError`` never reaches a
    user even when the plugin forgot to wrap its mapping.
    """
    try:
        return flow.send(reply)
    except (StopIteration, InvoiceKitError):
        raise
    except (msgspec.ValidationError, msgspec.DecodeError) as exc:
        raise normalization_error(vendor, exc) from exc
    except RecursionError as exc:
        raise too_deep(vendor) from exc
    except _PLUGIN_MAPPING_ERRORS as exc:
        raise NormalizationError(vendor, "$", f"{type(exc).__name__}: {exc}") from exc


def normalized(vendor: str, mapping: Callable[[bytes], _T], body: bytes) -> _T:
    """``mapping(body)``, failing only with invoicekit errors, as `normalize` does.

    A msgspec ``ValidationError`` or ``DecodeError`` becomes `normalization_error` (with the
    JSON path); what mapping code raises on a payload it did not expect (`KeyError`,
    `TypeError`, `ValueError`, `ArithmeticError`...) becomes a `NormalizationError` of
    ``vendor`` at ``$`` naming the exception; invoicekit's own errors pass unchanged. Each new
    error is chained to the original. The client does not translate what a flow raises, so a
    flow that maps a response body runs the mapping through this.
    """
    try:
        return mapping(body)
    except InvoiceKitError:
        raise
    except (msgspec.ValidationError, msgspec.DecodeError) as exc:
        raise normalization_error(vendor, exc) from exc
    except RecursionError as exc:
        raise too_deep(vendor) from exc
    except _PLUGIN_MAPPING_ERRORS as exc:
        # Users catch NormalizationError, never a bare KeyError from inside a plugin.
        raise NormalizationError(vendor, "$", f"{type(exc).__name__}: {exc}") from exc


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


def normalize(vendor: str, payload: bytes | str | Mapping[str, Any]) -> Invoice:
    """Turn one vendor's single-invoice response into an `Invoice`.

    ``payload`` is the body the vendor's API returned for one invoice: preferably the bytes as
    received (any bytes-like object), or that text as ``str``, or the JSON object already
    decoded into a mapping. A mapping is encoded back to JSON first, and a number decoded as
    ``float`` has lost its written scale by then, so pass the bytes when you have them.

    Raises:
        UnknownVendor: no plugin registered ``vendor``.
        NormalizationError: the payload is not a valid invoice of that vendor; it names the
            vendor and the JSON path, and chains the underlying error.
        TypeError: ``payload`` is not bytes, str or a mapping (a programming error).
    """
    implementation = get_vendor(vendor)
    body = _as_body(payload)
    return normalized(vendor, implementation.normalize, body)
