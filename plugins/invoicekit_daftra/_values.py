"""Strict converters from decoded Daftra values to normalized ones.

Every converter takes a value as the generated models hold it (``msgspec.UNSET`` when the key
was absent, ``None`` for an explicit ``null``) and the JSON path it came from, and returns the
normalized value, ``None`` when the vendor gave nothing, or raises `NormalizationError` naming
that path. Nothing here guesses: a value that cannot be read exactly is an error, never a default.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import partial

import msgspec

from invoicekit import plugin as kit
from invoicekit.plugin import checked_amount, exact_difference, exact_product, exact_sum, text

__all__ = [
    "VENDOR",
    "add",
    "amount",
    "business_date",
    "code",
    "fail",
    "multiply",
    "subtract",
    "text",
]

VENDOR = "daftra"

# Daftra writes dates as YYYY-MM-DD and timestamps as "YYYY-MM-DD HH:MM:SS" (site-local, no
# offset); a payment date may be either. Only the calendar day is read from a timestamp.
_DATE_OR_TIMESTAMP = re.compile(
    r"(\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
# MySQL's "zero date" is how CakePHP applications write "no date".
_ZERO_DATE = "0000-00-00"
_UNSET = msgspec.UNSET

#: The error for a value at a path that cannot be normalized (the toolkit's, for Daftra).
fail = partial(kit.fail, VENDOR)
# `text` is the toolkit's: a string as given; ``None`` when absent, ``null`` or blank.


def code(value: str | msgspec.UnsetType | None, path: str, pattern: str, what: str) -> str | None:
    """A code such as a currency or country, checked against ``pattern``; blank means absent."""
    present = text(value)
    if present is not None and not re.fullmatch(pattern, present):
        raise fail(path, f"{present!r} is not {what}")
    return present


def amount(value: Decimal | msgspec.UnsetType | None, path: str) -> Decimal | None:
    """A decimal exactly as the vendor wrote it (scale kept); unusable amounts fail.

    ``NaN``, infinities and absurd sizes fail at ``path`` (the bounds of `invoicekit.bounds`).
    """
    if value is None or value is _UNSET:
        return None
    return checked_amount(VENDOR, value, path)


# Arithmetic on amounts is exact or fails: the toolkit's exact context traps anything inexact
# (or absurd exponents), and the error names the field instead of a silently rounded number.


def _inexact(path: str, exc: ArithmeticError) -> Exception:
    return fail(path, f"the amount cannot be computed exactly ({type(exc).__name__})")


def add(path: str, *values: Decimal) -> Decimal:
    """The exact sum of ``values`` (at least one); ``path`` names the field for errors."""
    try:
        return exact_sum(values) if len(values) > 1 else values[0]
    except ArithmeticError as exc:
        raise _inexact(path, exc) from exc


def subtract(path: str, minuend: Decimal, subtrahend: Decimal) -> Decimal:
    """``minuend - subtrahend``, exactly."""
    try:
        return exact_difference(minuend, subtrahend)
    except ArithmeticError as exc:
        raise _inexact(path, exc) from exc


def multiply(path: str, *factors: Decimal, shift: int = 0) -> Decimal:
    """The exact product of ``factors`` (at least one), times ``10 ** shift``."""
    try:
        return exact_product(*factors, shift=shift)
    except ArithmeticError as exc:
        raise _inexact(path, exc) from exc


def business_date(value: str | dt.date | msgspec.UnsetType | None, path: str) -> dt.date | None:
    """A calendar date from a date, ``YYYY-MM-DD`` or a naive ``YYYY-MM-DD HH:MM:SS`` string.

    A timestamp's day is taken as written: the vendor's local day is the business date, and no
    time zone is invented to move it. Blank strings and MySQL zero dates mean "no date".
    """
    if isinstance(value, dt.date):
        return value
    present = text(value)
    if present is None or present.startswith(_ZERO_DATE):
        return None
    match = _DATE_OR_TIMESTAMP.fullmatch(present)
    if match is None:
        raise fail(path, f"{present!r} is not a date (YYYY-MM-DD or YYYY-MM-DD HH:MM:SS)")
    try:
        return dt.date.fromisoformat(match.group(1))
    except ValueError as exc:
        raise fail(path, f"{present!r} is not a valid calendar date") from exc
