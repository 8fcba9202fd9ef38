"""The bounds every amount in an `Invoice` keeps, checked in one place for every plugin.

A vendor payload can carry ``NaN``, ``Infinity`` or ``1E+999999999`` where an amount belongs.
Each decodes into a `decimal.Decimal`, and none is an amount: the first two break the JSON round
trip, the last is a silently wrong value whose arithmetic can take minutes (a denial of service).
Plugins pass each amount through `checked_amount` as they read it, so the error names the vendor
and the value's JSON path; `Invoice` re-checks every decimal it holds with the loose
`decimal_problem` bound as a backstop.

The bounds (documented in docs/reliability.md):

* an amount is finite, has at most `MAX_INTEGER_DIGITS` (18) digits before the point, and at
  most `EXTRA_DECIMALS` (4) decimal places beyond its currency's minor unit (so 6 for EUR, 4 for
  JPY, 7 for KWD; 8 when the currency is not known);
* a unit price may carry `UNIT_PRICE_DECIMALS` (12) places beyond the minor unit, as Stripe's
  ``unit_amount_decimal`` does;
* any decimal in an `Invoice` (quantities and rates too) has at most 18 integer digits and
  `MAX_DECIMALS` (24) decimal places.

Checking is O(1) per value: `Decimal.adjusted` and the exponent are read, never computed.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from invoicekit.errors import NormalizationError

__all__ = [
    "EXTRA_DECIMALS",
    "MAX_DECIMALS",
    "MAX_INTEGER_DIGITS",
    "UNIT_PRICE_DECIMALS",
    "checked_amount",
    "decimal_ok",
    "decimal_problem",
    "in_utc",
    "minor_unit",
]

#: Digits before the decimal point an amount may have: 10**18 is beyond any real invoice.
MAX_INTEGER_DIGITS = 18
#: Decimal places an amount may have beyond its currency's minor unit.
EXTRA_DECIMALS = 4
#: Decimal places a unit price may have beyond its currency's minor unit.
UNIT_PRICE_DECIMALS = 12
#: Decimal places any decimal in an `Invoice` may have (the model's backstop).
MAX_DECIMALS = 24

# ISO 4217 minor units that are not 2 (list one, SIX, 2026).
_ZERO = (
    "BIF",
    "CLP",
    "DJF",
    "GNF",
    "ISK",
    "JPY",
    "KMF",
    "KRW",
    "PYG",
    "RWF",
    "UGX",
    "UYI",
    "VND",
    "VUV",
    "XAF",
    "XOF",
    "XPF",
)
_THREE = ("BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND")
_MINOR_UNITS: dict[str, int] = {
    **dict.fromkeys(_ZERO, 0),
    **dict.fromkeys(_THREE, 3),
    **dict.fromkeys(("CLF", "UYW"), 4),
}
# A currency not given (or not known) is allowed the largest minor unit in use.
_LARGEST_MINOR_UNIT = 4


def minor_unit(currency: str | None) -> int:
    """ISO 4217 decimal places of ``currency`` (``2`` for EUR); 4, the largest, when unknown."""
    if currency is None:
        return _LARGEST_MINOR_UNIT
    return _MINOR_UNITS.get(currency.upper(), 2)


def decimal_ok(value: Decimal, max_decimals: int = MAX_DECIMALS) -> bool:
    """Whether ``value`` is a usable decimal (see `decimal_problem`), as fast as it gets.

    The check on every decimal of every `Invoice`. Reading the exponent (`Decimal.as_tuple`)
    builds a named tuple in Python, so the two scales most values have, cents and whole
    numbers, are recognised first by `Decimal.same_quantum`, in C.
    """
    if not value.is_finite() or value.adjusted() >= MAX_INTEGER_DIGITS:
        return False
    if value.same_quantum(_CENTS):
        return max_decimals >= 2
    if value.same_quantum(_WHOLE):
        return max_decimals >= 0
    return value.as_tuple()[2] >= -max_decimals  # type: ignore[operator]  # int when finite


_CENTS, _WHOLE = Decimal("0.01"), Decimal(1)


def decimal_problem(value: Decimal, *, max_decimals: int = MAX_DECIMALS) -> str | None:
    """Why ``value`` is not a usable decimal (a sentence), or ``None`` when it is.

    Usable means finite, at most `MAX_INTEGER_DIGITS` digits before the point and at most
    ``max_decimals`` decimal places. Trailing zeros count as places: ``1.000000000`` keeps its
    written scale in the `Invoice`, so it is held to the same bound.
    """
    if not value.is_finite():
        return f"expected a finite number, got {value}"
    if value.adjusted() >= MAX_INTEGER_DIGITS:
        return f"{_short(value)} has more than {MAX_INTEGER_DIGITS} digits before the point"
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # finite, checked above
    if -exponent > max_decimals:
        return f"{_short(value)} has more than {max_decimals} decimal places"
    return None


def checked_amount(
    vendor: str,
    value: Decimal,
    path: str,
    *,
    currency: str | None = None,
    extra_decimals: int = EXTRA_DECIMALS,
) -> Decimal:
    """``value`` when a usable amount of ``currency``, else a `NormalizationError` at ``path``.

    An amount may have `EXTRA_DECIMALS` places beyond the currency's minor unit (pass
    ``extra_decimals=UNIT_PRICE_DECIMALS`` for unit prices); see the module docstring.
    """
    max_decimals = minor_unit(currency) + extra_decimals
    if decimal_ok(value, max_decimals):
        return value
    problem = decimal_problem(value, max_decimals=max_decimals)
    if problem is not None:
        raise NormalizationError(vendor, path, f"not a usable amount: {problem}")
    return value


def in_utc(vendor: str, value: dt.datetime, path: str) -> dt.datetime:
    """An aware ``value`` converted to UTC; past the calendar's ends a `NormalizationError`.

    ``9999-12-31T23:00:00-05:00`` is after the last `datetime` in UTC: an `OverflowError` that
    must name its path rather than surface at ``$``.
    """
    try:
        return value.astimezone(dt.UTC)
    except OverflowError as exc:
        raise NormalizationError(
            vendor, path, "the instant is outside the years 1 to 9999"
        ) from exc


def _short(value: Decimal) -> str:
    # The error must not echo a million digits back.
    text = str(value)
    return text if len(text) <= 40 else f"{text[:20]}...{text[-12:]}"
