"""The value toolkit of every plugin: optional fields, text, exact decimals, instants and codes.

One place for what each plugin's mapping does to every value it reads, so that all vendors read
absent fields, amounts, instants and codes alike, and so that the hot path is made fast once:
every amount of every line of every invoice runs through here. Helpers that can fail take the
vendor's registry name and the value's JSON path, and raise a `NormalizationError` naming both;
the path of a value is only turned into text when the value fails (``path`` is passed as given).

Authors import these from `invoicekit.plugin`; `invoicekit.bounds` documents the bounds of
amounts and re-exports them. The module imports neither httpx nor any other part of the client,
so `invoicekit.normalize` stays light.
"""

from __future__ import annotations

import datetime as dt
import decimal
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, TypeGuard, TypeVar

import msgspec

from invoicekit.errors import NormalizationError

__all__ = [
    "EXACT",
    "EXTRA_DECIMALS",
    "MAX_DECIMALS",
    "MAX_INTEGER_DIGITS",
    "UNIT_PRICE_DECIMALS",
    "check_country",
    "check_currency",
    "check_json_native",
    "checked_amount",
    "day",
    "decimal_ok",
    "decimal_problem",
    "exact_difference",
    "exact_product",
    "exact_sum",
    "fail",
    "finite",
    "given",
    "iana_zone",
    "in_utc",
    "instant_text",
    "is_json_native",
    "is_uuid",
    "local_day",
    "minor_to_major",
    "minor_unit",
    "present",
    "text",
    "unix_instant",
    "utc_instant",
]

_T = TypeVar("_T")
_UNSET = msgspec.UNSET

# -- optional fields and text -----------------------------------------------------------------


def given(value: _T | msgspec.UnsetType | None) -> TypeGuard[_T]:
    """Whether a generated model's optional field holds a value (neither ``UNSET`` nor null)."""
    return value is not None and value is not _UNSET  # UNSET is a singleton


def present(value: _T | msgspec.UnsetType | None) -> _T | None:
    """A generated model's optional field as its value, ``None`` when absent or null."""
    return None if value is _UNSET else value


def text(value: str | msgspec.UnsetType | None) -> str | None:
    """A string field as written, ``None`` when absent, null or blank (a blank name is none)."""
    if value is None or value is _UNSET or not value.strip():
        return None
    return value


def fail(vendor: str, path: str, cause: str) -> NormalizationError:
    """The error for ``vendor``'s value at ``path`` that cannot be normalized (raise it)."""
    return NormalizationError(vendor, path, cause)


# -- the bounds of amounts (documented in invoicekit.bounds) ----------------------------------

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
_CENTS, _TENTHS, _WHOLE = Decimal("0.01"), Decimal("0.1"), Decimal(1)


def minor_unit(currency: str | None) -> int:
    """ISO 4217 decimal places of ``currency`` (``2`` for EUR); 4, the largest, when unknown."""
    if currency is None:
        return _LARGEST_MINOR_UNIT
    return _MINOR_UNITS.get(currency.upper(), 2)


def decimal_ok(value: Decimal, max_decimals: int = MAX_DECIMALS) -> bool:
    """Whether ``value`` is a usable decimal (see `decimal_problem`), as fast as it gets.

    The check on every decimal of every `Invoice`. Reading the exponent (`Decimal.as_tuple`)
    builds a named tuple in Python, so the scales most values have, cents, whole numbers and
    one place (Ruby's BigDecimal writes a whole amount as ``10.0``), are recognised first by
    `Decimal.same_quantum`, in C.
    """
    if not value.is_finite() or value.adjusted() >= MAX_INTEGER_DIGITS:
        return False
    if value.same_quantum(_CENTS):
        return max_decimals >= 2
    if value.same_quantum(_WHOLE):
        return max_decimals >= 0
    if value.same_quantum(_TENTHS):
        return max_decimals >= 1
    return value.as_tuple()[2] >= -max_decimals  # type: ignore[operator]  # int when finite


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
    ``extra_decimals=UNIT_PRICE_DECIMALS`` for unit prices); see `invoicekit.bounds`.
    """
    max_decimals = minor_unit(currency) + extra_decimals
    if decimal_ok(value, max_decimals):
        return value
    problem = decimal_problem(value, max_decimals=max_decimals)
    if problem is not None:
        raise NormalizationError(vendor, path, f"not a usable amount: {problem}")
    return value


def finite(vendor: str, value: Decimal | msgspec.UnsetType | None, path: str) -> Decimal | None:
    """A decimal that is not money (a quantity, a rate); ``None`` when absent. NaN, infinities
    and absurd sizes fail at ``path``."""
    if value is None or value is _UNSET:
        return None
    if decimal_ok(value):
        return value
    raise fail(vendor, path, decimal_problem(value) or "not a usable decimal")


def _short(value: Decimal) -> str:
    # The error must not echo a million digits back.
    shown = str(value)
    return shown if len(shown) <= 40 else f"{shown[:20]}...{shown[-12:]}"


# -- exact arithmetic ---------------------------------------------------------------------------

# More digits than any real amount; bounds the work of building and summing amounts.
_MAX_DIGITS = 60
#: The context of exact arithmetic on amounts. The default context rounds to 28 digits without
#: a word; this one has room for any two amounts within the bounds and traps everything
#: inexact, so a result that cannot be exact raises an `ArithmeticError` instead.
EXACT = decimal.Context(
    prec=2 * _MAX_DIGITS + 10,
    Emax=1_000,
    Emin=-1_000,
    traps=[
        decimal.Inexact,
        decimal.Rounded,
        decimal.InvalidOperation,
        decimal.Overflow,
        decimal.Underflow,
        decimal.DivisionByZero,
        decimal.Clamped,
    ],
)
_add, _subtract, _multiply = EXACT.add, EXACT.subtract, EXACT.multiply


def exact_sum(values: Iterable[Decimal]) -> Decimal:
    """The sum of ``values`` without rounding (``Decimal(0)`` when empty); an `ArithmeticError`
    when it cannot be exact."""
    total = Decimal(0)
    for value in values:
        total = _add(total, value)
    return total


def exact_difference(minuend: Decimal, subtrahend: Decimal) -> Decimal:
    """``minuend - subtrahend`` without rounding (else an `ArithmeticError`)."""
    return _subtract(minuend, subtrahend)


def exact_product(*factors: Decimal, shift: int = 0) -> Decimal:
    """The product of ``factors`` (at least one) times ``10 ** shift``, without rounding (else
    an `ArithmeticError`)."""
    result = factors[0]
    for factor in factors[1:]:
        result = _multiply(result, factor)
    return result.scaleb(shift, EXACT) if shift else result


def minor_to_major(
    vendor: str, minor: Decimal, precision: int, path: str, currency: str
) -> Decimal:
    """``minor`` minor units at ``precision`` decimal places in major units, exactly, keeping the
    scale: ``5831`` at precision 2 is ``Decimal("58.31")``, ``0`` is ``Decimal("0.00")``.

    ``minor`` must be a whole number of minor units (``5831.0`` is, ``58.5`` is not), and the
    result a usable amount of ``currency`` (`checked_amount`); otherwise the error names ``path``.
    """
    if not minor.is_finite():
        raise fail(vendor, path, f"amount must be a finite number, got {minor}")
    if minor.adjusted() >= _MAX_DIGITS:
        raise fail(vendor, path, f"amount has more than {_MAX_DIGITS} digits")
    if minor.same_quantum(_WHOLE):
        # Whole minor units, as JSON integers decode: moving the point is exact (at most
        # _MAX_DIGITS digits, within EXACT's precision) and gives the exponent -precision, so
        # the bounds are two comparisons; checked_amount words a failure.
        major = minor.scaleb(-precision, EXACT)
        if not major:
            major = major.copy_abs()  # "-0" minor units is zero, not -0.00
        if precision <= minor_unit(currency) + EXTRA_DECIMALS and (
            major.adjusted() < MAX_INTEGER_DIGITS
        ):
            return major
        return checked_amount(vendor, major, path, currency=currency)
    sign, digits, exponent = minor.as_tuple()
    assert isinstance(exponent, int)  # finite, checked above
    if exponent < 0:
        fraction = digits[exponent:]
        if any(fraction):
            raise fail(vendor, path, f"amount must be a whole number of minor units, got {minor}")
        digits = digits[:exponent] or (0,)
    elif exponent > 0:
        digits = digits + (0,) * exponent
    if not any(digits):
        sign = 0  # "-0" minor units is zero, not -0.00
    # Built from the digits, not by division: exact at any size, and the scale is `precision`.
    return checked_amount(vendor, Decimal((sign, digits, -precision)), path, currency=currency)


# -- instants and calendar days -----------------------------------------------------------------

_UTC = dt.UTC
# Unix seconds from 1970 to the end of year 9999: anything else overflows datetime.
_LAST_SECOND = 253_402_300_799


def in_utc(vendor: str, value: dt.datetime, path: str) -> dt.datetime:
    """An aware ``value`` converted to UTC; past the calendar's ends a `NormalizationError`.

    ``9999-12-31T23:00:00-05:00`` is after the last `datetime` in UTC: an `OverflowError` that
    must name its path rather than surface at ``$``.
    """
    try:
        return value.astimezone(_UTC)
    except OverflowError as exc:
        raise NormalizationError(
            vendor, path, "the instant is outside the years 1 to 9999"
        ) from exc


def utc_instant(
    vendor: str, value: dt.datetime | msgspec.UnsetType | None, path: str
) -> dt.datetime | None:
    """An instant as an aware `datetime` in UTC, ``None`` when absent; a time without a UTC
    offset fails at ``path`` (its zone is unknown)."""
    if value is None or value is _UNSET:
        return None
    if value.utcoffset() is None:
        raise fail(vendor, path, "date-time has no UTC offset")
    return in_utc(vendor, value, path)


def unix_instant(
    vendor: str, seconds: int | msgspec.UnsetType | None, path: str
) -> dt.datetime | None:
    """Unix seconds as an aware UTC `datetime`, ``None`` when absent; anything that is not a
    timestamp of the years 1970 to 9999 fails at ``path``."""
    if seconds is None or seconds is _UNSET:
        return None
    if isinstance(seconds, bool) or not 0 <= seconds <= _LAST_SECOND:
        raise fail(vendor, path, f"{seconds!r} is not a Unix timestamp in seconds")
    return dt.datetime.fromtimestamp(seconds, _UTC)


def local_day(
    vendor: str, value: dt.datetime | msgspec.UnsetType | None, path: str, zone: dt.tzinfo
) -> dt.date | None:
    """The calendar day of an instant in ``zone``, ``None`` when absent (see `utc_instant`)."""
    moment = utc_instant(vendor, value, path)
    return moment.astimezone(zone).date() if moment is not None else None


def day(vendor: str, value: str | msgspec.UnsetType | None, path: str) -> dt.date | None:
    """A day sent as ``YYYY-MM-DD`` or as a date-time (its day as written, not moved to UTC);
    ``None`` when absent or empty."""
    if value is None or value is _UNSET or value == "":
        return None
    try:
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        raise fail(vendor, path, f"expected a date or date-time, got {value[:40]!r}") from None


def instant_text(value: dt.datetime) -> str:
    """An aware instant as the ISO 8601 UTC text invoicekit writes (``2024-07-01T10:00:00Z``),
    for `Invoice.extra`."""
    # msgspec writes a UTC instant with "Z"; most arrive in UTC already, and astimezone would
    # cost each of them a new datetime.
    shown: str = msgspec.to_builtins(value if value.tzinfo is _UTC else value.astimezone(_UTC))
    return shown


def iana_zone(name: object) -> dt.tzinfo | None:
    """The IANA time zone ``name`` (``"Europe/Berlin"``), or None when it is not one.

    None too for a name the system's time zone database lacks (where there is none, as on
    Windows, install ``tzdata``), and for anything that is not a string: vendor data never
    raises here; the caller decides what an unknown zone means.
    """
    if not isinstance(name, str) or not name:
        return None
    import zoneinfo  # noqa: PLC0415 - only plugins with zones pay for it

    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return None


# -- codes ----------------------------------------------------------------------------------------

_CURRENCY = re.compile(r"[A-Z]{3}")
_COUNTRY = re.compile(r"[A-Z]{2}")
# Text, compiled by `re` on the first check: ids are checked on the HTTP side, never by a mapping.
_UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"


def check_currency(vendor: str, code: str, path: str) -> str:
    """``code`` if it has the shape of an ISO 4217 currency code (three upper-case letters)."""
    if not _CURRENCY.fullmatch(code):
        raise fail(vendor, path, f"currency code must be three upper-case letters, got {code!r}")
    return code


def check_country(vendor: str, code: str, path: str) -> str:
    """``code`` if it has the shape of an ISO 3166-1 alpha-2 country code (``"DE"``)."""
    if not _COUNTRY.fullmatch(code):
        raise fail(vendor, path, f"{code!r} is not a two-letter country code")
    return code


def is_uuid(value: str) -> bool:
    """Whether ``value`` is a UUID in its usual 8-4-4-4-12 hexadecimal form."""
    return re.fullmatch(_UUID, value) is not None


# -- JSON-native values (Invoice.extra) ---------------------------------------------------------

_NATIVE_SCALARS = frozenset({str, int, bool, type(None)})
_STR_ONLY = frozenset({str})
_CONTAINERS = frozenset({dict, list})


def is_json_native(value: Any) -> bool:
    """Whether ``value`` may go into `Invoice.extra` as is: it round-trips through JSON unchanged.

    That is ``None``, `str`, `bool`, `int`, and lists and string-keyed dicts of them; a float
    (which loses digits), a `Decimal` or a `datetime` (which come back as strings) is not.
    """
    # Exact types first (a set lookup), isinstance only for subclasses such as StrEnum members;
    # an explicit stack, not recursion: vendor data nested 100,000 deep must not overflow it.
    # A dict's keys and a container's scalar children are checked by their types at once, in
    # C; only the children that are not exact scalars go on the stack.
    pending: list[Any] = [value]
    if type(value) is dict and _STR_ONLY.issuperset(map(type, value)):
        # A dict, as `extra` is: decided without the stack when its values are scalars, and
        # otherwise only its values that are neither scalars nor an exact empty dict or list
        # (Fynn's `customFields`) go on it.
        children = value.values()
        if _NATIVE_SCALARS.issuperset(map(type, children)):
            return True
        pending = [
            child
            for child in children
            if type(child) not in _NATIVE_SCALARS and (child or type(child) not in _CONTAINERS)
        ]
    pop, push = pending.pop, pending.extend
    while pending:
        item = pop()
        kind = type(item)
        if kind in _NATIVE_SCALARS:
            continue
        if kind is dict or isinstance(item, dict):
            if not _STR_ONLY.issuperset(map(type, item)):
                for key in item:
                    if not isinstance(key, str):
                        return False
            children = item.values()
        elif kind is list or isinstance(item, list):
            children = item
        elif isinstance(item, str | bool | int):
            continue
        else:
            return False
        if not _NATIVE_SCALARS.issuperset(map(type, children)):
            push(children)
    return True


def check_json_native(value: Any, path: str) -> None:
    """Raise `ValueError` at the first place in ``value`` that is not JSON-native (`extra`)."""
    # Anything else would encode to JSON fine but decode as something different (a float loses
    # digits, a Decimal or datetime comes back as str, a tuple as list), breaking the round trip.
    # Paths are built only once the fast pass has found a problem: most values have none.
    if is_json_native(value):
        return
    pending: list[tuple[Any, str]] = [(value, path)]
    while pending:
        item, where = pending.pop()
        if item is None or isinstance(item, str | bool | int):
            continue
        if isinstance(item, list):
            pending.extend((child, f"{where}[{index}]") for index, child in enumerate(item))
            continue
        if isinstance(item, dict):
            for key, child in item.items():
                if not isinstance(key, str):
                    raise ValueError(f"{where} has a non-string key {key!r}")
                pending.append((child, f"{where}[{key!r}]"))
            continue
        hint = " (amounts and instants go in as strings)" if isinstance(item, float) else ""
        raise ValueError(
            f"{where} must hold only str, int, bool, None, lists and dicts; "
            f"got {type(item).__name__}{hint}"
        )
