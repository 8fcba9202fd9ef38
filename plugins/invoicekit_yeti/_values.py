"""Small value helpers shared by the Yeti plugin's mapping and flows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import msgspec

from invoicekit import NormalizationError
from invoicekit.bounds import checked_amount, in_utc

__all__ = ["VENDOR", "instant_text", "money", "utc"]

#: The registry name of the vendor, as every error and invoice names it.
VENDOR = "yeti"


def money(value: Decimal, path: str) -> Decimal:
    """``value`` if it is a usable amount (`invoicekit.bounds`), else a `NormalizationError`."""
    return checked_amount(VENDOR, value, path)


def utc(value: dt.datetime, path: str) -> dt.datetime:
    """``value`` in UTC; an instant without an offset is a `NormalizationError` at ``path``."""
    if value.utcoffset() is None:
        raise NormalizationError(VENDOR, path, "expected an instant with a UTC offset")
    return in_utc(VENDOR, value, path)


def instant_text(value: dt.datetime | None, path: str) -> str | None:
    """An instant as an ISO 8601 UTC string for `Invoice.extra` (``None`` stays ``None``)."""
    if value is None:
        return None
    text: str = msgspec.to_builtins(utc(value, path))  # as invoicekit writes instants
    return text
