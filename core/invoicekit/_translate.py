"""Error translation: what a plugin's mapping raises becomes a `NormalizationError`.

A leaf module (it imports only `errors` and msgspec), so that `flows`, `_normalize` and the
clients share one translation without importing each other. `_normalize` and `flows` re-export
these names for code that imports them from there.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any, TypeVar

import msgspec

from invoicekit.errors import InvoiceKitError, NormalizationError

__all__ = ["PLUGIN_MAPPING_ERRORS", "advance", "normalization_error", "normalized", "too_deep"]

_T = TypeVar("_T")

# What a plugin's mapping code raises when a payload is not what it expected: a missing key, a
# None where a value was due, a bad date string, a bad decimal (decimal.InvalidOperation is an
# ArithmeticError).
PLUGIN_MAPPING_ERRORS = (
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
    except PLUGIN_MAPPING_ERRORS as exc:
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
    except PLUGIN_MAPPING_ERRORS as exc:
        # Users catch NormalizationError, never a bare KeyError from inside a plugin.
        raise NormalizationError(vendor, "$", f"{type(exc).__name__}: {exc}") from exc
