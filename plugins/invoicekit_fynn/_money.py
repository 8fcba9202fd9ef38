"""Fynn money objects ``{amount, precision, currencyCode}``, read exactly.

`MoneyReader` reads the money objects of an invoice (`reader` gives the one of its currency
and sign): the fast path of a well-formed amount, and `amount`, the checked path that words
the error at the value's JSON path. How Fynn's money maps, and why, is documented in
`invoicekit_fynn._mapping` (section "Money").
"""

from __future__ import annotations

import functools
from decimal import Decimal

import msgspec

from invoicekit.plugin import EXACT, EXTRA_DECIMALS, MAX_INTEGER_DIGITS, minor_unit
from invoicekit_fynn_client.models import Money

from ._values import DEFAULT_PRECISION, MAX_PRECISION, fail, json_path, minor_to_major

__all__ = ["MoneyReader", "amount", "reader"]

_UNSET = msgspec.UNSET
_multiply = EXACT.multiply


class MoneyReader:
    """Reads Fynn money objects ``{amount, precision, currencyCode}`` in one invoice currency.

    What `amount` decides per value is decided here once per currency where it can be: which
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
        (`invoicekit_fynn._values.json_path`), which is built only for an error.
        """
        if not money:  # None or UNSET (a money object is true)
            return None
        minor = money.amount
        # The alias ``currency``, if any, is checked by `amount`.
        if type(minor) is int and money.currency is _UNSET:
            scale = self._scales.get(money.precision)
            if scale is not None:
                limit, unit = scale
                code = money.currency_code
                if -limit < minor < limit and (
                    code == self.currency or code is _UNSET or code is None
                ):
                    # minor * 1E-precision: at most 36 digits, exact in EXACT; the exponent is
                    # -precision, so 0 is 0.00 and 5831 is 58.31 (the context takes the int).
                    # Negated as an int: zero stays 0, so the amount is 0.00, never -0.00.
                    return _multiply(-minor if self.negate else minor, unit)
        value = amount(money, json_path(field, index), self.currency)
        if value and self.negate:  # zero stays 0.00, never -0.00
            return value.copy_negate()
        return value


@functools.cache
def reader(currency: str, negate: bool) -> MoneyReader:
    """The `MoneyReader` of ``currency`` and sign: a reader holds nothing of one invoice, so
    the readers are made once and shared (and never changed).

    Cached: the invoice currency is three upper-case letters (`check_currency`), so there are
    few keys.
    """
    return MoneyReader(currency, negate=negate)


def _scales(currency: str) -> dict[object, tuple[int, Decimal]]:
    """``precision`` (or absent) -> (bound on ``|minor|``, ``1E-precision``) of the fast path.

    Only the precisions within the decimal places `invoicekit.bounds` allows ``currency``, and
    a bound that keeps fewer than ``MAX_INTEGER_DIGITS`` digits before the point: an amount of
    whole minor units within it is a usable amount by construction.
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
    # Whole minor units decode as int (exact as a Decimal at any size), fractions as Decimal.
    number = Decimal(minor) if isinstance(minor, int) else minor
    return minor_to_major(number, precision, f"{path}.amount", currency)
