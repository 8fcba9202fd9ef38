"""Small value helpers shared by the Yeti plugin's mapping and flows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import msgspec

from invoicekit import NormalizationError

__all__ = ["VENDOR", "instant_text", "money", "utc"]

#: The registry name of the vendor, as every error and invoice names it.
VENDOR = "yeti"


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
