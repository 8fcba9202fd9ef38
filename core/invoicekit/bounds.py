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

# The implementations live in invoicekit._values, the plugins' value toolkit (re-exported by
# invoicekit.plugin), so that the hot path of a mapping runs through one module.
from invoicekit._values import (
    EXTRA_DECIMALS,
    MAX_DECIMALS,
    MAX_INTEGER_DIGITS,
    UNIT_PRICE_DECIMALS,
    checked_amount,
    decimal_ok,
    decimal_problem,
    in_utc,
    minor_unit,
)

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
