"""Stripe's scalar values as invoicekit's: optional fields, text, Unix timestamps and ids.

How they are used, and why, is documented in `invoicekit_stripe._mapping`.
"""

from __future__ import annotations

import datetime as dt
from typing import TypeGuard, TypeVar

import msgspec
from invoicekit import NormalizationError

__all__ = [
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
T = TypeVar("T")

# Unix seconds from 1970 to the end of year 9999: anything else is not a Stripe timestamp and
# would overflow datetime.
_LAST_SECOND = 253_402_300_799
_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
_SECONDS_PER_DAY = 86_400


def fail(path: str, cause: str) -> NormalizationError:
    """A `NormalizationError` of this vendor at ``path``."""
    return NormalizationError(VENDOR, path, cause)


def given(value: T | msgspec.UnsetType | None) -> TypeGuard[T]:
    """Whether the vendor sent a value (neither left it out nor sent ``null``)."""
    return value is not None and value is not msgspec.UNSET  # UNSET is a singleton


def text(value: str | msgspec.UnsetType | None) -> str | None:
    """A string field, stripped; ``None`` when absent, null or blank."""
    if value is None or value is msgspec.UNSET:
        return None
    stripped = value.strip()
    return stripped or None


def instant(value: int | msgspec.UnsetType | None, path: str) -> dt.datetime | None:
    """Unix seconds as an aware UTC `datetime`; ``None`` when absent or null."""
    if value is None or value is msgspec.UNSET:
        return None
    if isinstance(value, bool) or not 0 <= value <= _LAST_SECOND:
        raise fail(path, f"{value!r} is not a Unix timestamp in seconds")
    return dt.datetime.fromtimestamp(value, dt.UTC)


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
    if type(value) is not int or not 0 <= value <= _LAST_SECOND:
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
    moment = instant(value, path)
    if moment is None:
        return None
    written: str = msgspec.to_builtins(moment)  # "...T10:00:00Z", as invoicekit writes instants
    return written


def object_id(value: object) -> str | None:
    """The id of an expandable field: the id string itself, or the expanded object's ``id``."""
    if isinstance(value, str):
        return value or None
    if isinstance(value, dict):
        found = value.get("id")
        return found if isinstance(found, str) and found else None
    return None
