"""Fynn's scalar values turned into invoicekit's: money objects, dates and instants.

Each helper takes the JSON path of the value it reads (the hot ones, `MoneyReader.read`, the
pieces of it, built by `json_path` only for an error), so that a value it cannot map raises a
`NormalizationError` naming exactly where it is. How Fynn's values map, and why, is documented in
`invoicekit_fynn._mapping`.
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import TypeGuard, TypeVar

import msgspec

from invoicekit import NormalizationError
from invoicekit.bounds import (
    EXTRA_DECIMALS,
    MAX_INTEGER_DIGITS,
    checked_amount,
    decimal_ok,
    decimal_problem,
    in_utc,
    minor_unit,
)
from invoicekit_fynn_client.models import Money

__all__ = [
    "DEFAULT_PRECISION",
    "MAX_PRECISION",
    "VENDOR",
    "MoneyReader",
    "amount",
    "check_currency",
    "exact_difference",
    "exact_sum",
    "fail",
    "finite",
    "given",
    "instant",
    "iso_instant",
    "json_path",
    "lenient_date",
    "local_date",
    "minor_to_major",
    "text",
]

#: The registry name of the vendor; every error names it.
VENDOR = "fynn"
#: Decimal places of a money object that does not state its ``precision``: the 2022 SDK fixtures
#: (fynn-digital/sdk-php ``MoneyResponse.php``) and the spec's schema default.
DEFAULT_PRECISION = 2
#: No currency has more than 4 minor digits; past 18 a ``precision`` is a corrupt value, not a
#: currency (and a huge one would build a Decimal of absurd scale).
MAX_PRECISION = 18
# More digits than any real amount; bounds the work of building and summing amounts.
_MAX_DIGITS = 60
# Arithmetic on amounts must be exact: the default context rounds to 28 digits without a word.
# Rounded/Inexact are trapped, so an inexact result raises instead of going unnoticed.
_EXACT = decimal.Context(
    prec=2 * _MAX_DIGITS + 10,
    traps=[decimal.Inexact, decimal.Rounded, decimal.InvalidOperation, decimal.Overflow],
)
_CURRENCY = re.compile(r"[A-Z]{3}")
_WHOLE = Decimal(1)
_ZERO = Decimal(0)
_UNSET = msgspec.UNSET

_T = TypeVar("_T")


def given(value: _T | msgspec.UnsetType | None) -> TypeGuard[_T]:
    """Whether a generated optional field holds a value: both ``UNSET`` and ``None`` are absent."""
    return value is not None and value is not msgspec.UNSET


def fail(path: str, cause: str) -> NormalizationError:
    """The error for an unmappable value at ``path``."""
    return NormalizationError(VENDOR, path, cause)


def text(value: str | msgspec.UnsetType | None) -> str | None:
    """A string field, ``None`` when absent or blank (a blank name or street is not a value)."""
    if not given(value) or not value.strip():
        return None
    return value


def check_currency(code: str, path: str) -> str:
    """The invoice currency: an ISO 4217 code as Fynn sends it (upper case)."""
    if not _CURRENCY.fullmatch(code):
        raise fail(path, f"currency code must be three upper-case letters, got {code!r}")
    return code


def finite(value: Decimal | msgspec.UnsetType | None, path: str) -> Decimal | None:
    """A decimal that is not money (quantity, rate); NaN, infinities and absurd sizes fail."""
    if not given(value):
        return None
    if decimal_ok(value):
        return value
    raise fail(path, decimal_problem(value) or "not a usable decimal")


def exact_sum(values: Iterable[Decimal]) -> Decimal:
    """Sum amounts without rounding (the default decimal context would round past 28 digits)."""
    return functools.reduce(_EXACT.add, values, _ZERO)  # the loop in C


def exact_difference(minuend: Decimal, subtrahend: Decimal) -> Decimal:
    """``minuend - subtrahend`` without rounding."""
    return _EXACT.subtract(minuend, subtrahend)


def json_path(field: str, index: int | None = None) -> str:
    """``$.field``, or ``$.positions[index].field`` for a member of the invoice's positions."""
    return f"$.{field}" if index is None else f"$.positions[{index}].{field}"


class MoneyReader:
    """Reads Fynn money objects ``{amount, precision, currencyCode}`` of one invoice.

    What `amount` decides per value is decided here once per invoice where it can be: which
    precisions keep an amount within the bounds (`invoicekit.bounds`) by construction, and the
    largest whole number of minor units each allows. A money object in the invoice currency
    with whole minor units (a JSON integer, as Fynn writes them) within those is then scaled
    without further checks; anything else goes through `amount`, which words the error.

    Attributes:
        currency: the invoice's ``currencyCode``; every money object must be in it.
        negate: flip the sign of every amount (a credit document stored with negative
            amounts; see `invoicekit_fynn._mapping`).
    """

    __slots__ = ("_scales", "currency", "negate")

    def __init__(self, currency: str, *, negate: bool = False) -> None:
        self.currency = currency
        self.negate = negate
        self._scales = _scales(currency)

    def read(
        self, money: Money | msgspec.UnsetType | None, field: str, index: int | None = None
    ) -> Decimal | None:
        """The amount in major units, exact and at scale ``precision``; ``None`` when absent.

        ``field`` (and ``index``, for a position's money) name the value's JSON path
        (`json_path`), which is built only for an error.
        """
        if money is None or money is _UNSET:
            return None
        minor = money.amount
        if type(minor) is int:
            scale = self._scales.get(money.precision)
            if scale is not None:
                limit, unit = scale
                code = money.currency_code
                if (
                    -limit < minor < limit
                    and (code == self.currency or code is _UNSET or code is None)
                    and money.currency is _UNSET  # the alias, if any, is checked by `amount`
                ):
                    # minor * 1E-precision: at most 36 digits, exact in _EXACT; the exponent is
                    # -precision, so 0 is 0.00 and 5831 is 58.31 (the context takes the int).
                    # Negated as an int: zero stays 0, so the amount is 0.00, never -0.00.
                    return _EXACT.multiply(-minor if self.negate else minor, unit)
        value = amount(money, json_path(field, index), self.currency)
        if value and self.negate:  # zero stays 0.00, never -0.00
            return value.copy_negate()
        return value


@functools.cache
def _scales(currency: str) -> dict[object, tuple[int, Decimal]]:
    """``precision`` (or absent) -> (bound on ``|minor|``, ``1E-precision``) of the fast path.

    Only the precisions within the decimal places `invoicekit.bounds` allows ``currency``, and
    a bound that keeps fewer than ``MAX_INTEGER_DIGITS`` digits before the point: an amount of
    whole minor units within it is a usable amount by construction. Cached: the invoice
    currency is three upper-case letters (`check_currency`), so there are few keys.
    """
    places = min(minor_unit(currency) + EXTRA_DECIMALS, MAX_PRECISION)
    scales: dict[object, tuple[int, Decimal]] = {
        p: (10 ** (MAX_INTEGER_DIGITS + p), Decimal(f"1E-{p}")) for p in range(places + 1)
    }
    scales[None] = scales[_UNSET] = scales[DEFAULT_PRECISION]
    return scales


def amount(money: Money | msgspec.UnsetType | None, path: str, currency: str) -> Decimal | None:
    """``amount / 10**precision`` of a money object, exactly, keeping the scale.

    ``5831`` at precision 2 is ``Decimal("58.31")`` and ``0`` is ``Decimal("0.00")``. The amount
    must be a whole number of minor units; the money must be in ``currency`` when it says.
    """
    if money is None or money is _UNSET:
        return None
    # `given()` spelled out: this runs for every amount of every line.
    for field, code in (("currencyCode", money.currency_code), ("currency", money.currency)):
        if code is not _UNSET and code is not None and code != currency:
            raise fail(
                f"{path}.{field}",
                f"amount is in {code!r} but the invoice currency is {currency!r}",
            )
    precision = money.precision
    if precision is _UNSET or precision is None:
        precision = DEFAULT_PRECISION
    elif not 0 <= precision <= MAX_PRECISION:
        raise fail(f"{path}.precision", f"precision must be 0 to {MAX_PRECISION}, got {precision}")
    minor = money.amount
    if minor is _UNSET or minor is None:
        return None
    return minor_to_major(minor, precision, f"{path}.amount", currency)


def minor_to_major(number: int | Decimal, precision: int, path: str, currency: str) -> Decimal:
    """``number`` minor units at ``precision`` in major units, exactly (errors at ``path``)."""
    minor = Decimal(number) if isinstance(number, int) else number  # exact for any int
    if not minor.is_finite():
        raise fail(path, f"amount must be a finite number, got {minor}")
    if minor.adjusted() >= _MAX_DIGITS:
        raise fail(path, f"amount has more than {_MAX_DIGITS} digits")
    if minor.same_quantum(_WHOLE):
        # Fynn writes whole minor units as JSON integers: moving the point is exact (at most
        # _MAX_DIGITS digits, within _EXACT's precision) and gives the exponent -precision, so
        # the bounds (invoicekit.bounds) are two comparisons; checked_amount words a failure.
        major = minor.scaleb(-precision, _EXACT)
        if not major:
            major = major.copy_abs()  # "-0" minor units is zero, not -0.00
        if precision <= minor_unit(currency) + EXTRA_DECIMALS and (
            major.adjusted() < MAX_INTEGER_DIGITS
        ):
            return major
        return checked_amount(VENDOR, major, path, currency=currency)
    sign, digits, exponent = minor.as_tuple()
    assert isinstance(exponent, int)  # finite, checked above
    if exponent < 0:
        # 5831.0 is a whole number of minor units written with a fraction; 58.5 is not.
        fraction = digits[exponent:]
        if any(fraction):
            raise fail(path, f"amount must be a whole number of minor units, got {minor}")
        digits = digits[:exponent] or (0,)
    elif exponent > 0:
        digits = digits + (0,) * exponent
    if not any(digits):
        sign = 0  # "-0" minor units is zero, not -0.00
    # Built from the digits, not by division: exact at any size, and the scale is `precision`.
    return checked_amount(VENDOR, Decimal((sign, digits, -precision)), path, currency=currency)


def instant(value: dt.datetime | msgspec.UnsetType | None, path: str) -> dt.datetime | None:
    """An aware instant in UTC; a time without a UTC offset is an error (its zone is unknown)."""
    if not given(value):
        return None
    if value.utcoffset() is None:
        raise fail(path, "date-time has no UTC offset")
    return in_utc(VENDOR, value, path)


def local_date(
    value: dt.datetime | msgspec.UnsetType | None, path: str, zone: dt.tzinfo
) -> dt.date | None:
    """The calendar day of an instant in ``zone``."""
    if value is None or value is _UNSET:
        return None
    if value.tzinfo is not None and 1 < value.year < 9999 and value.utcoffset() is not None:
        # Years away from the calendar's ends cannot leave it in UTC: no need to go through
        # `instant`, whose conversion to UTC only words those errors.
        return value.astimezone(zone).date()
    moment = instant(value, path)
    return moment.astimezone(zone).date() if moment is not None else None


def lenient_date(value: str | msgspec.UnsetType | None, path: str) -> dt.date | None:
    """A day sent as ``YYYY-MM-DD`` or as a date-time; a date-time gives its day as written."""
    if not given(value) or value == "":
        return None
    try:
        # Parses both forms; a date-time's own offset decides its day, no conversion to UTC.
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        raise fail(path, f"expected a date or date-time, got {value[:40]!r}") from None


def iso_instant(value: dt.datetime | msgspec.UnsetType | None) -> str | None:
    """An instant as an ISO 8601 string for `Invoice.extra` (UTC when it has an offset)."""
    if value is None or value is _UNSET:
        return None
    if value.tzinfo is not dt.UTC and value.utcoffset() is not None:
        value = value.astimezone(dt.UTC)
    return value.isoformat()
