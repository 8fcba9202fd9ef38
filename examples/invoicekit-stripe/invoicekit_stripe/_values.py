"""Stripe's scalar values as invoicekit's: optional fields, text, Unix timestamps and ids.

How they are used, and why, is documented in `invoicekit_stripe._mapping`. The generic helpers
are invoicekit's value toolkit (`invoicekit.plugin`), bound to this vendor's name.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import msgspec
from invoicekit import plugin as kit
from invoicekit.plugin import given

__all__ = [
    "LAST_SECOND",
    "VENDOR",
    "fail",
    "given",
    "instant",
    "iso_instant",
    "last_day",
    "object_id",
    "text",
    "unix_day",
    "utc_day",
]

VENDOR = "stripe"

#: A `NormalizationError` of this vendor at a path.
fail = partial(kit.fail, VENDOR)
_unix_instant = partial(kit.unix_instant, VENDOR)

#: The last Unix second `instant` accepts (the end of year 9999), for the fast paths of days.
LAST_SECOND = 253_402_300_799
_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
_SECONDS_PER_DAY = 86_400
_UTC = dt.UTC
_fromtimestamp = dt.datetime.fromtimestamp
_to_builtins = msgspec.to_builtins


def instant(value: int | msgspec.UnsetType | None, path: str) -> dt.datetime | None:
    """Unix seconds as an aware UTC `datetime`; ``None`` when absent or null; anything that is
    not a timestamp of the years 1970 to 9999 fails at the path (`invoicekit.plugin`'s
    ``unix_instant``, which the common case, an int in range, does not need to call)."""
    if type(value) is int and 0 <= value <= LAST_SECOND:
        return _fromtimestamp(value, _UTC)
    if value is None or value is msgspec.UNSET:
        return None
    return _unix_instant(value, path)


def text(value: str | msgspec.UnsetType | None) -> str | None:
    """A string field, stripped; ``None`` when absent, null or blank."""
    if value is None or value is msgspec.UNSET:
        return None
    stripped = value.strip()
    return stripped or None


def unix_day(seconds: int) -> dt.date:
    """The UTC calendar day of Unix seconds already known to be a timestamp (see `instant`).

    Unix time counts every day as 86,400 seconds, so the day is a division, without building a
    `datetime` first.
    """
    return dt.date.fromordinal(_EPOCH_ORDINAL + seconds // _SECONDS_PER_DAY)


def utc_day(value: int | msgspec.UnsetType | None, path: str) -> dt.date | None:
    """The UTC calendar day of a Unix timestamp."""
    if value is None or value is msgspec.UNSET:
        return None
    if type(value) is not int or not 0 <= value <= LAST_SECOND:
        instant(value, path)  # words the failure (or accepts an int subclass)
    return unix_day(value)


def last_day(start: int, end: int, path: str) -> dt.date:
    """The last day a Stripe period ``[start, end]`` covers, inclusive, in UTC.

    Stripe periods end at the instant the next one starts (a month from 2024-07-01 00:00 ends
    at 2024-08-01 00:00), so the last day covered is the day of the second before ``end``; a
    period of no length (an invoice item at one instant) covers the day it is on.
    """
    if end < start:
        raise fail(path, f"the period ends ({end}) before it starts ({start})")
    day = utc_day(end - 1 if end > start else end, path)
    assert day is not None  # an int always gives a day
    return day


def iso_instant(value: int | msgspec.UnsetType | None, path: str) -> str | None:
    """Unix seconds as an ISO 8601 string in UTC (``2024-07-01T10:00:00Z``), for `extra`."""
    if type(value) is int and 0 <= value <= LAST_SECOND:
        # What kit.instant_text writes for an instant in UTC, without its checks' frames.
        shown: str = _to_builtins(_fromtimestamp(value, _UTC))
        return shown
    if value is None or value is msgspec.UNSET:
        return None
    moment = _unix_instant(value, path)
    return kit.instant_text(moment) if moment is not None else None


def object_id(value: object) -> str | None:
    """The id of an expandable field: the id string itself, or the expanded object's ``id``."""
    if isinstance(value, str):
        return value or None
    if isinstance(value, dict):
        found = value.get("id")
        return found if isinstance(found, str) and found else None
    return None
