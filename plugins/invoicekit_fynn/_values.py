"""Fynn's scalar values turned into invoicekit's: money objects, dates and instants.

Each helper takes the JSON path of the value it reads, so that a value it cannot map raises a
`NormalizationError` naming exactly where it is. How Fynn's values map, and why, is documented in
`invoicekit_fynn._mapping`. The generic helpers are invoicekit's value toolkit
(`invoicekit.plugin`), bound to this vendor's name; only Fynn's money objects are read here.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import partial

import msgspec

from invoicekit import plugin as kit
from invoicekit.plugin import exact_difference, exact_sum, given, text
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
_UNSET = msgspec.UNSET

# The toolkit's helpers with this vendor's name bound (partial calls them without a Python frame
# of their own): the error for an unmappable value at a path, the invoice currency's check
# (upper case, as Fynn sends it), a decimal that is not money, ``minor`` minor units at a
# precision as an exact amount, an aware instant in UTC (no offset is an error), its day in a
# zone, and a day sent as ``YYYY-MM-DD`` or as a date-time (its day as written).
fail = partial(kit.fail, VENDOR)
check_currency = partial(kit.check_currency, VENDOR)
finite = partial(kit.finite, VENDOR)
minor_to_major = partial(kit.minor_to_major, VENDOR)
instant = partial(kit.utc_instant, VENDOR)
local_date = partial(kit.local_day, VENDOR)
lenient_date = partial(kit.day, VENDOR)


class MoneyReader:
    """Reads Fynn money objects ``{amount, precision, currencyCode}`` of one invoice.

    Attributes:
        currency: the invoice's ``currencyCode``; every money object must be in it.
        negate: flip the sign of every amount (a credit document stored with negative
            amounts; see `invoicekit_fynn._mapping`).
    """

    def __init__(self, currency: str, *, negate: bool = False) -> None:
        self.currency = currency
        self.negate = negate

    def read(self, money: Money | msgspec.UnsetType | None, path: str) -> Decimal | None:
        """The amount in major units, exact and at scale ``precision``; ``None`` when absent."""
        value = amount(money, path, self.currency)
        if value and self.negate:  # zero stays 0.00, never -0.00
            return value.copy_negate()
        return value


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


def iso_instant(value: dt.datetime | msgspec.UnsetType | None) -> str | None:
    """An instant as an ISO 8601 string for `Invoice.extra` (UTC when it has an offset)."""
    if not given(value):
        return None
    if value.utcoffset() is not None:
        value = value.astimezone(dt.UTC)
    return value.isoformat()
