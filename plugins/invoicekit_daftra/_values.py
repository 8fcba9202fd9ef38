"""Strict converters from decoded Daftra values to normalized ones, and the one bounds check.

Every converter takes a value as the generated models hold it (``msgspec.UNSET`` when the key
was absent, ``None`` for an explicit ``null``) and where it came from, and returns the
normalized value, ``None`` when the vendor gave nothing, or raises `NormalizationError` naming
that JSON path. Nothing here guesses: a value that cannot be read exactly is an error, never a
default.

Where a value came from is passed as its parts (``at, "InvoiceItem", 3, "total"``) and joined
into a path (`path`) only when the value fails: most values never fail, and a path string per
value was a good part of what mapping an invoice cost.

Amounts are checked once per invoice (`usable`, in C) rather than one by one; only when that
check fails, or mapping the invoice does, are they checked one at a time (`amount`), so that
the error names the field.
"""

from __future__ import annotations

import datetime as dt
import decimal
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal
from functools import partial, reduce

import msgspec

from invoicekit import plugin as kit
from invoicekit.plugin import (
    EXACT,
    EXTRA_DECIMALS,
    MAX_INTEGER_DIGITS,
    checked_amount,
    decimal_ok,
    exact_product,
    exact_sum,
    minor_unit,
    text,
)

__all__ = [
    "VENDOR",
    "add",
    "amount",
    "business_date",
    "code",
    "fail",
    "multiply",
    "oversized",
    "path",
    "subtract",
    "text",
    "usable",
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

Where = str | int


def path(*where: Where) -> str:
    """The JSON path of ``where``: a path, then keys and indexes below it
    (``"$.data.Invoice", "InvoiceItem", 1, "total"`` is ``$.data.Invoice.InvoiceItem[1].total``)."""
    base, *steps = where
    assert isinstance(base, str)
    return base + "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in steps)


def code(
    value: str | msgspec.UnsetType | None, pattern: re.Pattern[str], what: str, *where: Where
) -> str | None:
    """A code such as a currency or country, checked against ``pattern``; blank means absent."""
    present = text(value)
    if present is not None and not pattern.fullmatch(present):
        raise fail(path(*where), f"{present!r} is not {what}")
    return present


# -- amounts -------------------------------------------------------------------------------------

# Daftra states no currency per amount, so every amount is allowed the places of the largest
# minor unit plus the toolkit's extra ones (`invoicekit.bounds`).
_PLACES = minor_unit(None) + EXTRA_DECIMALS
_is_decimal = Decimal.__instancecheck__
_ZERO = Decimal(0)
_FINEST = Decimal(1).scaleb(-_PLACES)
_add, _subtract, _quantize = EXACT.add, EXACT.subtract, EXACT.quantize
# Up to this many values, `EXACT.add` one by one is cheaper than entering the exact context
# (which copies it and sets a context variable) for `sum`; beyond, `sum`'s cheaper additions
# win (a 200-line invoice has about 1,600 amounts).
_FEW = 48


def usable(values: Sequence[object]) -> bool:
    """Whether every `Decimal` among ``values`` is finite and has no more decimal places than
    `amount` allows (anything else, such as ``None`` or ``UNSET``, is passed over).

    One pass in C over every amount of an invoice: their exact signed sum in the exact
    context is finite only if each one is, and its exponent is the smallest of theirs, so it
    has as many places as the amount with the most. Sizes are not read here (the sum may
    cancel): `Invoice` holds every amount it stores below ``10 ** MAX_INTEGER_DIGITS``, and
    the few amounts it does not store are held to it where they are used (`oversized`). False
    says only "check them one by one": sizes beyond the exact context's also give False.
    """
    amounts: Iterator[Decimal] = filter(_is_decimal, values)  # type: ignore[arg-type]
    try:
        if len(values) <= _FEW:
            total = reduce(_add, amounts, _ZERO)
        else:
            # The exact context: no rounding, no NaN, no absurd exponent; each raises instead.
            with decimal.localcontext(EXACT):
                total = sum(amounts, _ZERO)
        if not total.is_finite():
            return False
        if total:
            # Rounded (trapped) exactly when the sum has a place beyond `_PLACES`: cheaper
            # than reading its exponent, which builds a named tuple.
            _quantize(total, _FINEST)
            return True
    except ArithmeticError:
        return False
    # A zero quantizes without a signal, whatever its exponent: read it.
    exponent = total.as_tuple().exponent
    return isinstance(exponent, int) and exponent >= -_PLACES


def oversized(value: Decimal) -> bool:
    """Whether a finite ``value`` (`usable` passed it) has too many digits before the point
    for an amount: what `Invoice` would refuse, asked of the amounts it does not store."""
    return value.adjusted() >= MAX_INTEGER_DIGITS


def amount(value: Decimal | msgspec.UnsetType | None, *where: Where) -> Decimal | None:
    """A decimal exactly as the vendor wrote it (scale kept); unusable amounts fail.

    ``NaN``, infinities and absurd sizes fail at ``where`` (the bounds of `invoicekit.bounds`).
    The checked path behind `usable`: the mapping reads amounts that `usable` passed as they
    are.
    """
    if value is None or value is _UNSET:
        return None
    if decimal_ok(value, _PLACES):
        return value
    return checked_amount(VENDOR, value, path(*where))


# Arithmetic on amounts is exact or fails: the toolkit's exact context traps anything inexact
# (or absurd exponents), and the error names the field instead of a silently rounded number.
# On amounts within the bounds it cannot fail; `usable` does not read sizes, so on a huge one it
# may, and the mapping then checks its amounts one by one, which names that amount instead.


def _inexact(exc: ArithmeticError, where: tuple[Where, ...]) -> Exception:
    return fail(path(*where), f"the amount cannot be computed exactly ({type(exc).__name__})")


def add(values: Sequence[Decimal], *where: Where) -> Decimal:
    """The exact sum of ``values`` (at least one; one is returned as it is); ``where`` names
    the field for errors."""
    try:
        if len(values) == 2:
            return _add(_add(_ZERO, values[0]), values[1])  # as exact_sum adds, in fewer calls
        return exact_sum(values) if len(values) > 1 else values[0]
    except ArithmeticError as exc:
        raise _inexact(exc, where) from exc


def subtract(minuend: Decimal, subtrahend: Decimal, *where: Where) -> Decimal:
    """``minuend - subtrahend``, exactly."""
    try:
        return _subtract(minuend, subtrahend)  # = exact_difference, without its frame
    except ArithmeticError as exc:
        raise _inexact(exc, where) from exc


def multiply(factors: tuple[Decimal, ...], shift: int, *where: Where) -> Decimal:
    """The exact product of ``factors`` (at least one), times ``10 ** shift``."""
    try:
        return exact_product(*factors, shift=shift)
    except ArithmeticError as exc:
        raise _inexact(exc, where) from exc


# -- dates ---------------------------------------------------------------------------------------


def business_date(value: str | dt.date | msgspec.UnsetType | None, *where: Where) -> dt.date | None:
    """A calendar date from a date, ``YYYY-MM-DD`` or a naive ``YYYY-MM-DD HH:MM:SS`` string.

    A timestamp's day is taken as written: the vendor's local day is the business date, and no
    time zone is invented to move it. Blank strings and MySQL zero dates mean "no date".
    """
    if value is None or value is _UNSET:
        return None
    if isinstance(value, dt.date):
        return value
    known = _DAYS.get(value)
    if known is not None:
        return known
    day = _business_date(value, where)
    if day is not None:
        if len(_DAYS) >= _DAYS_KEPT:
            _DAYS.clear()
        _DAYS[value] = day
    return day


# The days of the texts read lately: an invoice's payments, and the invoices of a listing,
# repeat a few dates, and reading one costs a regular expression and a parse.
_DAYS: dict[str, dt.date] = {}
_DAYS_KEPT = 4096


def _business_date(value: str, where: tuple[Where, ...]) -> dt.date | None:
    match = _DATE_OR_TIMESTAMP.fullmatch(value)
    if match is not None:
        try:
            return dt.date.fromisoformat(match.group(1))
        except ValueError as exc:
            if value.startswith(_ZERO_DATE):
                return None
            raise fail(path(*where), f"{value!r} is not a valid calendar date") from exc
    if text(value) is None or value.startswith(_ZERO_DATE):
        return None
    raise fail(path(*where), f"{value!r} is not a date (YYYY-MM-DD or YYYY-MM-DD HH:MM:SS)")
