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
from collections.abc import Iterable
from decimal import Decimal

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
_WHOLE = Decimal(1)


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


def major(value: Decimal | None, currency: str, path: str, *, whole: bool = True) -> Decimal | None:
    """A Stripe amount in minor units as major units of ``currency``; ``None`` stays ``None``.

    ``whole`` (amounts): the value must be a whole number of minor units; ``False`` for
    Stripe's decimal-string unit amounts, which may carry fractions of a minor unit.
    """
    if value is None:
        return None
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


def major_sum(values: Iterable[Decimal], currency: str, path: str) -> Decimal:
    """The sum of a list's minor-unit ``amount``s in major units (``Decimal("0.00")`` for none).

    ``path`` is the list's JSON path; an item that fails is named as ``path[i].amount``.
    """
    total = Decimal(0).scaleb(-exponent(currency))
    for index, value in enumerate(values):
        converted = major(value, currency, f"{path}[{index}].amount")
        assert converted is not None  # major() returns None only for None
        total += converted
    return total
