"""Strict converters from decoded Daftra values to normalized ones.

Every converter takes a value as the generated models hold it (``msgspec.UNSET`` when the key
was absent, ``None`` for an explicit ``null``) and the JSON path it came from, and returns the
normalized value, ``None`` when the vendor gave nothing, or raises `NormalizationError` naming
that path. Nothing here guesses: a value that cannot be read exactly is an error, never a default.
"""

from __future__ import annotations

import datetime as dt
import decimal
import re
from collections.abc import Callable
from decimal import Decimal

import msgspec

from invoicekit import NormalizationError
from invoicekit.bounds import checked_amount
from invoicekit.flows import given

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

# Arithmetic on amounts must be exact or fail: 60 significant digits are far beyond any real
# invoice, and the traps turn anything inexact (or absurd exponents) into an error instead of a
# silently rounded number.
_EXACT = decimal.Context(
    prec=60,
    Emax=1_000,
    Emin=-1_000,
    traps=[
        decimal.Inexact,
        decimal.InvalidOperation,
        decimal.Overflow,
        decimal.Underflow,
        decimal.DivisionByZero,
        decimal.Clamped,
    ],
)


def fail(path: str, cause: str) -> NormalizationError:
    """The error for a value at ``path`` that cannot be normalized."""
    return NormalizationError(VENDOR, path, cause)


def text(value: str | msgspec.UnsetType | None) -> str | None:
    """A string as given; ``None`` when absent, ``null`` or blank."""
    present = given(value)
    if present is None or not present.strip():
        return None
    return present


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
    present = given(value)
    return None if present is None else checked_amount(VENDOR, present, path)


def _exact(path: str, operation: Callable[[], Decimal]) -> Decimal:
    with decimal.localcontext(_EXACT):
        try:
            return operation()
        except ArithmeticError as exc:
            raise fail(
                path, f"the amount cannot be computed exactly ({type(exc).__name__})"
            ) from exc


def add(path: str, *values: Decimal) -> Decimal:
    """The exact sum of ``values`` (at least one); ``path`` names the field for errors."""
    first, *rest = values
    return _exact(path, lambda: sum(rest, first))


def subtract(path: str, minuend: Decimal, subtrahend: Decimal) -> Decimal:
    """``minuend - subtrahend``, exactly."""
    return _exact(path, lambda: minuend - subtrahend)


def multiply(path: str, *factors: Decimal, shift: int = 0) -> Decimal:
    """The exact product of ``factors`` (at least one), times ``10 ** shift``."""

    def product() -> Decimal:
        result = factors[0]
        for factor in factors[1:]:
            result *= factor
        return result.scaleb(shift)

    return _exact(path, product)


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
