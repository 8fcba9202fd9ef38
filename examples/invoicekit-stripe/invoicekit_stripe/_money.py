"""Stripe amounts (integers in the currency's smallest unit) as exact `Decimal` major units.

Source: Stripe, "Supported currencies" (https://docs.stripe.com/currencies), sections
"Minor units in API amounts", "Zero-decimal", "Three-decimal" and "Special cases":

* Most currencies are two-decimal: ``10710`` EUR means 107.10 EUR.
* Zero-decimal currencies have no minor unit: ``11000`` JPY means ¥11,000. Stripe lists BIF,
  CLP, DJF, GNF, JPY, KMF, KRW, MGA, PYG, RWF, UGX, VND, VUV, XAF, XOF and XPF.
* Three-decimal currencies are sent in thousandths: ``5120`` KWD means 5.120 KWD. Stripe lists
  BHD, JOD, KWD, OMR and TND (payments require the last digit to be 0; amounts still count
  thousandths).
* Special cases that are *not* zero-decimal in API amounts, although people often list them as
  such: ISK "remains a two-decimal currency in the Stripe API" (``100`` is 1 króna; since
  2023-04-14 charged amounts must be multiples of 100); HUF and TWD are zero-decimal *for
  payouts only* and are charged and invoiced as two-decimal amounts. UGX is on Stripe's
  zero-decimal list; its special case also concerns payouts, so invoice amounts are whole
  shillings. These four follow the lists above: exponent 2 for ISK, HUF, TWD; 0 for UGX.

Every other currency is two-decimal ("unless otherwise noted"). The exponent is applied with
`Decimal.scaleb`, which is exact and keeps the scale: ``10710`` EUR → ``Decimal("107.10")``,
``0`` EUR → ``Decimal("0.00")``, ``11000`` JPY → ``Decimal("11000")``, ``5120`` KWD →
``Decimal("5.120")``. Decimal strings such as ``unit_amount_excluding_tax`` (``"1700.5"``,
up to 12 decimals of the minor unit) convert the same way and keep their extra digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

import msgspec
from invoicekit.plugin import (
    EXTRA_DECIMALS,
    UNIT_PRICE_DECIMALS,
    NormalizationError,
    checked_amount,
    minor_unit,
)

__all__ = [
    "THREE_DECIMAL",
    "ZERO_DECIMAL",
    "Amounts",
    "exponent",
    "major",
    "major_sum",
    "upper_currency",
]

VENDOR = "stripe"

#: Stripe's zero-decimal currencies (https://docs.stripe.com/currencies#zero-decimal).
ZERO_DECIMAL: frozenset[str] = frozenset(
    {
        "BIF",
        "CLP",
        "DJF",
        "GNF",
        "JPY",
        "KMF",
        "KRW",
        "MGA",
        "PYG",
        "RWF",
        "UGX",
        "VND",
        "VUV",
        "XAF",
        "XOF",
        "XPF",
    }
)
#: Stripe's three-decimal currencies (https://docs.stripe.com/currencies#three-decimal).
THREE_DECIMAL: frozenset[str] = frozenset({"BHD", "JOD", "KWD", "OMR", "TND"})

_CODE = re.compile(r"[A-Za-z]{3}")
# Stripe amounts have at most 8 digits and unit amounts 12 decimals more. These bounds keep
# every value, and sums of them, inside the 28 digits that decimal computes exactly, and keep a
# hostile amount of a million digits away from the arithmetic.
_MAX_DIGITS = 28
_MAX_ADJUSTED = 17  # below 10**18 minor units
_BOUND = 10**18  # the same bound for the amounts that decode as int
_WHOLE = Decimal(1)
_NOTHING = Decimal(0)


def upper_currency(code: str, path: str) -> str:
    """Stripe's lower-case ISO 4217 code (``"eur"``) as invoicekit's upper-case ``"EUR"``."""
    if not isinstance(code, str) or not _CODE.fullmatch(code):
        raise NormalizationError(VENDOR, path, f"{code!r} is not a three-letter currency code")
    return code.upper()


def exponent(currency: str) -> int:
    """How many decimals the smallest unit of ``currency`` (upper case) has in Stripe amounts."""
    if currency in ZERO_DECIMAL:
        return 0
    if currency in THREE_DECIMAL:
        return 3
    return 2


def major(
    value: int | Decimal | None, currency: str, path: str, *, whole: bool = True
) -> Decimal | None:
    """A Stripe amount in minor units as major units of ``currency``; ``None`` stays ``None``.

    ``whole`` (amounts): the value must be a whole number of minor units; ``False`` for
    Stripe's decimal-string unit amounts, which may carry fractions of a minor unit. An `int`
    (how the generated models decode whole minor units) is read as its exact `Decimal`.
    """
    if value is None:
        return None
    if type(value) is not Decimal:
        value = Decimal(value)
    if value.same_quantum(_WHOLE) and value.is_finite() and value.adjusted() <= _MAX_ADJUSTED:
        # The common case, a JSON integer: whole minor units of at most 18 digits, so the
        # scaled value is exact and its bounds (invoicekit.bounds) are one comparison.
        places = exponent(currency)
        if places <= minor_unit(currency) + EXTRA_DECIMALS:
            return value.scaleb(-places)
    digits = value.as_tuple().digits
    if not value.is_finite() or len(digits) > _MAX_DIGITS or value.adjusted() > _MAX_ADJUSTED:
        raise NormalizationError(VENDOR, path, f"{value} is not a usable amount")
    if whole and value != value.to_integral_value():
        raise NormalizationError(
            VENDOR, path, f"{value} is not a whole number of the currency's smallest unit"
        )
    if whole:
        value = value.quantize(Decimal(1))  # "1.0E+3" and "1000.00" both mean 1000 minor units
    extra = EXTRA_DECIMALS if whole else UNIT_PRICE_DECIMALS
    return checked_amount(
        VENDOR, value.scaleb(-exponent(currency)), path, currency=currency, extra_decimals=extra
    )


def major_sum(values: Iterable[int | Decimal], currency: str, path: str) -> Decimal:
    """The sum of a list's minor-unit ``amount``s in major units (``Decimal("0.00")`` for none).

    ``path`` is the list's JSON path; an item that fails is named as ``path[i].amount``.
    """
    total = Decimal(0).scaleb(-exponent(currency))
    for index, value in enumerate(values):
        converted = major(value, currency, f"{path}[{index}].amount")
        assert converted is not None  # major() returns None only for None
        total += converted
    return total


class Amounts:
    """One invoice's amounts in major units: the currency's exponent and bounds read once.

    The methods are `major` and `major_sum` for the invoice's currency. A JSON path is made only
    for a value that fails: ``path`` is a template whose ``{}`` the indexes ``at`` fill
    (``"$.lines.data[{}].amount"``, 3), so the values that pass, nearly all, cost no string.
    The generated models decode whole minor units as `int`: those within the bounds are one
    type test, two comparisons and one exact scaling; anything else (a `Decimal`, a huge
    integer) takes the checked path of `major`, which words the error.
    """

    __slots__ = ("_fast", "_shift", "currency", "zero")

    def __init__(self, currency: str) -> None:
        self.currency = currency
        places = exponent(currency)
        self._shift = -places
        #: Nothing, at the currency's scale (``Decimal("0.00")``): the sum of no amounts.
        self.zero = _NOTHING.scaleb(-places)
        # Whole minor units of at most 18 digits scale exactly, and then stay inside the bounds
        # of invoicekit.bounds, when the exponent is within the currency's allowed places.
        self._fast = places <= minor_unit(currency) + EXTRA_DECIMALS

    def major(
        self, value: int | Decimal | msgspec.UnsetType | None, path: str, *at: int
    ) -> Decimal | None:
        """`major` of a whole amount in minor units; absent (``UNSET``) or null is ``None``."""
        if type(value) is int and self._fast and -_BOUND < value < _BOUND:
            return Decimal(value).scaleb(self._shift)
        if value is None or value is msgspec.UNSET:
            return None
        return major(value, self.currency, path.format(*at))

    def unit(
        self, value: Decimal | msgspec.UnsetType | None, path: str, *at: int
    ) -> Decimal | None:
        """`major` with ``whole=False``: a unit amount, which may hold fractions of a minor unit."""
        if value is None or value is msgspec.UNSET:
            return None
        # same_quantum is False for NaN and infinities, so the fast path holds finite values only.
        if self._fast and value.same_quantum(_WHOLE) and value.adjusted() <= _MAX_ADJUSTED:
            return value.scaleb(self._shift)
        return major(value, self.currency, path.format(*at), whole=False)

    def total(self, values: Sequence[int | Decimal], path: str, *at: int) -> Decimal:
        """`major_sum` of ``values``; ``path`` is the list's (items fail as ``path[i].amount``)."""
        if self._fast:
            total = 0
            for value in values:
                if type(value) is not int or not -_BOUND < value < _BOUND:
                    break
                # Whole numbers below 10**18 add up exactly, and one scaling keeps the scale.
                total += value
            else:
                return Decimal(total).scaleb(self._shift)
        return major_sum(values, self.currency, path.format(*at))
