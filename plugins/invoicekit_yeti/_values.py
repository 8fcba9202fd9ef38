"""Small value helpers shared by the Yeti plugin's mapping and flows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from invoicekit import plugin as kit
from invoicekit.plugin import (
    EXTRA_DECIMALS,
    ConfigurationError,
    checked_amount,
    decimal_ok,
    iana_zone,
    minor_unit,
    utc_instant,
)

__all__ = ["VENDOR", "instant_text", "money", "time_zone", "utc"]

#: The registry name of the vendor, as every error and invoice names it.
VENDOR = "yeti"
_UTC = dt.UTC


# Yeti gives no currency, so an amount may have the places of any (`invoicekit.bounds`).
_MAX_PLACES = minor_unit(None) + EXTRA_DECIMALS


def money(value: Decimal, path: str) -> Decimal:
    """``value`` if it is a usable amount (`invoicekit.bounds`), else a `NormalizationError`."""
    # Every amount of every invoice passes here: the bounds' fast check first (it knows Ruby's
    # one-place whole amounts, "10.0"); checked_amount words a failure with its path.
    if decimal_ok(value, _MAX_PLACES):
        return value
    return checked_amount(VENDOR, value, path)


def utc(value: dt.datetime, path: str) -> dt.datetime:
    """``value`` in UTC; an instant without an offset is a `NormalizationError` at ``path``."""
    if value.tzinfo is _UTC:
        return value  # msgspec decodes "Z" and "+00:00" to this very zone
    moment = utc_instant(VENDOR, value, path)
    assert moment is not None  # a datetime, never absent
    return moment


def instant_text(value: dt.datetime | None, path: str) -> str | None:
    """An instant as an ISO 8601 UTC string for `Invoice.extra` (``None`` stays ``None``)."""
    return None if value is None else kit.instant_text(utc(value, path))


def time_zone(name: str | None) -> dt.tzinfo:
    """The IANA time zone ``name`` (``"Europe/Berlin"``); UTC when ``name`` is None or empty.

    An unknown name, or one the system's time zone database lacks (install ``tzdata`` where
    there is none, as on Windows), is a `ConfigurationError`.
    """
    if not name:
        return dt.UTC
    zone = iana_zone(name)
    if zone is None:
        shown = name[:60] if isinstance(name, str) else type(name).__name__
        raise ConfigurationError(
            f"timezone {shown!r} is not an IANA time zone name (such as 'Europe/Berlin') "
            "this system's time zone database knows",
            vendor=VENDOR,
        )
    return zone
