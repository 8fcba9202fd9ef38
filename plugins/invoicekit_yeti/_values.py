"""Small value helpers shared by the Yeti plugin's mapping and flows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TypeVar

import msgspec

from invoicekit import NormalizationError

__all__ = ["VENDOR", "decode_error", "given", "instant_text", "money", "utc"]

#: The registry name of the vendor, as every error and invoice names it.
VENDOR = "yeti"

_T = TypeVar("_T")


def decode_error(exc: msgspec.MsgspecError) -> NormalizationError:
    """Turn a msgspec decode or validation error into a `NormalizationError` with its path.

    Same translation as `invoicekit.normalize` applies: msgspec ends a validation message with
    `` - at `$.path` ``; a message without it (malformed JSON) is reported at ``$``.
    """
    message = str(exc)
    cause, marker, rest = message.rpartition(" - at `")
    if marker and rest.startswith("$") and rest.endswith("`"):
        return NormalizationError(VENDOR, rest[:-1], cause)
    return NormalizationError(VENDOR, "$", message)


def given(value: _T | msgspec.UnsetType | None) -> _T | None:
    """A generated optional field's value, with `UNSET` and ``None`` both meaning absent."""
    return None if isinstance(value, msgspec.UnsetType) else value


def money(value: Decimal, path: str) -> Decimal:
    """``value`` if it is a finite amount, else a `NormalizationError` at ``path``."""
    # msgspec decodes "NaN" and "Infinity" into Decimal; neither is an amount.
    if not value.is_finite():
        raise NormalizationError(VENDOR, path, f"expected a finite amount, got {value}")
    return value


def utc(value: dt.datetime, path: str) -> dt.datetime:
    """``value`` in UTC; an instant without an offset is a `NormalizationError` at ``path``."""
    if value.utcoffset() is None:
        raise NormalizationError(VENDOR, path, "expected an instant with a UTC offset")
    return value.astimezone(dt.UTC)


def instant_text(value: dt.datetime | None, path: str) -> str | None:
    """An instant as an ISO 8601 UTC string for `Invoice.extra` (``None`` stays ``None``)."""
    if value is None:
        return None
    text: str = msgspec.to_builtins(utc(value, path))  # as invoicekit writes instants
    return text
