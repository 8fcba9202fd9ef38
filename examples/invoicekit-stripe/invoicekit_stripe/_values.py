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
    "VENDOR",
    "fail",
    "given",
    "instant",
    "iso_instant",
    "last_day",
    "object_id",
    "text",
    "utc_day",
]

VENDOR = "stripe"

#: A `NormalizationError` of this vendor at a path.
fail = partial(kit.fail, VENDOR)
#: Unix seconds as an aware UTC `datetime`; ``None`` when absent or null; anything that is not a
#: timestamp of the years 1970 to 9999 fails at the path.
instant = partial(kit.unix_instant, VENDOR)


def text(value: str | msgspec.UnsetType | None) -> str | None:
    """A string field, stripped; ``None`` when absent, null or blank."""
    if not given(value):
        return None
    stripped = value.strip()
    return stripped or None


def utc_day(value: int | msgspec.UnsetType | None, path: str) -> dt.date | None:
    """The UTC calendar day of a Unix timestamp."""
    moment = instant(value, path)
    return moment.date() if moment is not None else None


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
    return kit.instant_text(moment) if moment is not None else None


def object_id(value: object) -> str | None:
    """The id of an expandable field: the id string itself, or the expanded object's ``id``."""
    if isinstance(value, str):
        return value or None
    if isinstance(value, dict):
        found = value.get("id")
        return found if isinstance(found, str) and found else None
    return None
