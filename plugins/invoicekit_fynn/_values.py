"""Fynn's name and constants, and invoicekit's value toolkit bound to them.

The generic helpers are invoicekit's value toolkit (`invoicekit.plugin`), bound to this
vendor's name, so that a value they cannot map raises a `NormalizationError` naming the vendor
and exactly where the value is. Nothing here runs for a well-formed invoice but the toolkit
itself: `json_path` builds a position's path only for an error. Fynn's money objects are read
by `invoicekit_fynn._money`; how Fynn's values map, and why, is documented in
`invoicekit_fynn._mapping`.
"""

from __future__ import annotations

from functools import partial

from invoicekit import plugin as kit
from invoicekit.plugin import exact_difference, exact_sum, given, text

__all__ = [
    "DEFAULT_PRECISION",
    "MAX_PRECISION",
    "VENDOR",
    "check_currency",
    "exact_difference",
    "exact_sum",
    "fail",
    "finite",
    "given",
    "instant",
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


def json_path(field: str, index: int | None = None) -> str:
    """``$.field``, or ``$.positions[index].field`` for a member of the invoice's positions."""
    return f"$.{field}" if index is None else f"$.positions[{index}].{field}"
