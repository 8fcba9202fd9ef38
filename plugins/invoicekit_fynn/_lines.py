"""Fynn invoice positions as `invoicekit.Line`s, and the VAT breakdown built from them.

The mapping decisions are documented in `invoicekit_fynn._mapping` (section "Lines").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import msgspec

from invoicekit.plugin import MAX_INTEGER_DIGITS, Line, TaxSubtotal, decimal_ok
from invoicekit_fynn_client.models import Position

from ._values import (
    MoneyReader,
    exact_difference,
    exact_sum,
    fail,
    finite,
    json_path,
    lenient_date,
    text,
)

__all__ = ["lines", "tax_breakdown"]

_UNSET = msgspec.UNSET


def lines(positions: Sequence[Position], money: MoneyReader) -> tuple[Line, ...]:
    """One `Line` per position, in Fynn's order."""
    # Positions of one invoice mostly share their service period: each distinct date string is
    # parsed once per invoice.
    days: dict[str, dt.date | None] = {}
    return tuple([_line(item, money, index, days) for index, item in enumerate(positions)])


def _line(
    position: Position, money: MoneyReader, index: int, days: dict[str, dt.date | None]
) -> Line:
    # The hot path of a long invoice: a null skips its helper, helpers are spelled out where a
    # call would cost more than its work, and a JSON path is built only for an error.
    read = money.read
    net_before_discount = read(position.net_amount, "netAmount", index)
    value = position.discount_amount
    discount = None if value is None else read(value, "discountAmount", index)
    value = position.discount_fixed
    fixed = None if value is None else read(value, "discountFixed", index)
    number = position.discount_percentage
    percentage = None if number is None else _number(number, "discountPercentage", index)
    net: Decimal | None
    if net_before_discount is None:
        net = None
    elif discount is not None:
        # Fynn's netAmount is before the discount, EN 16931's BT-131 after line allowances.
        net = exact_difference(net_before_discount, discount)
    elif fixed or percentage:
        # A discount applies but its amount is not stated; computing it would mean rounding.
        net = None
    else:
        net = net_before_discount
    tax = position.tax
    rate = None if tax is None or tax is _UNSET else _number(tax.rate, "tax.rate", index)
    held = position.unit
    unit = None if held is None or held is _UNSET else _member(held.name, "unit.name", index)
    item = position.product
    product = None if item is None or item is _UNSET else _member(item.id, "product.id", index)
    line_id = position.id
    if line_id is _UNSET or not line_id:
        place = position.position
        line_id = None if place is None or place is _UNSET else str(place)
    return Line(
        id=line_id,
        name=_text(position.name),
        description=_text(position.description),
        product_id=product,
        quantity=_number(position.quantity, "quantity", index),
        unit=unit,
        unit_code=UNIT_CODES.get(unit.casefold()) if unit else None,
        unit_price=read(position.unit_price, "unitPrice", index),
        discount_amount=discount,
        net_amount=net,
        tax_rate=rate,
        tax_amount=read(position.tax_amount, "taxAmount", index),
        gross_amount=read(position.gross_amount, "grossAmount", index),
        # The service period's days as Fynn writes them (see the module docstring of _mapping).
        period_start=_day(position.service_date_from, "serviceDateFrom", index, days),
        period_end=_day(position.service_date_to, "serviceDateTo", index, days),
    )


#: Fynn's German unit names that mean one UN/ECE Rec. 20 unit without doubt (BT-130). Others
#: ("Lizenz", "Paket", a tenant's own names) stay without a code: the user maps them.
UNIT_CODES = {
    "stück": "C62",
    "stk": "C62",
    "stk.": "C62",
    "monat": "MON",
    "monate": "MON",
    "jahr": "ANN",
    "tag": "DAY",
    "tage": "DAY",
    "stunde": "HUR",
    "stunden": "HUR",
    "std.": "HUR",
}


def _text(value: str | msgspec.UnsetType | None) -> str | None:
    # `text()`, spelled out for the hot path.
    if value is None or value is _UNSET or not value or value.isspace():
        return None
    return value


def _number(value: Decimal | msgspec.UnsetType | None, field: str, index: int) -> Decimal | None:
    # `finite()` with the path built only for an error; a whole number (a quantity, a rate)
    # within the bounds is recognised without a call.
    if value is None or value is _UNSET:
        return None
    if value.is_finite() and value.adjusted() < MAX_INTEGER_DIGITS and value.same_quantum(_WHOLE):
        return value
    if decimal_ok(value):
        return value
    return finite(value, json_path(field, index))


_WHOLE = Decimal(1)


def _day(
    value: str | msgspec.UnsetType | None, field: str, index: int, days: dict[str, dt.date | None]
) -> dt.date | None:
    if value is None or value is _UNSET:
        return None
    day = days.get(value, _UNSET)
    if day is _UNSET:
        day = days[value] = lenient_date(value, json_path(field, index))
    return day


def _member(value: str | int | msgspec.UnsetType | None, field: str, index: int) -> str | None:
    """A member of a nested object (``unit.name``, ``product.id``): text, or a number as text."""
    if value is None or value is _UNSET:
        return None
    if type(value) is int:
        return str(value)
    if not isinstance(value, str):  # the model allows str and int only; a guard all the same
        raise fail(json_path(field, index), f"expected a string, got {type(value).__name__}")
    return _text(value)


def tax_breakdown(positions: Sequence[Position], mapped: Sequence[Line]) -> tuple[TaxSubtotal, ...]:
    """One `TaxSubtotal` per distinct position tax rate, in order of first appearance.

    Empty unless every position states its rate, its net amount after discount and its tax: a
    breakdown over part of the lines would look complete and be wrong.
    """
    # rate -> [taxable amounts, tax amounts, the positions' tax descriptions]
    groups: dict[Decimal, tuple[list[Decimal], list[Decimal], set[str]]] = {}
    for position, line in zip(positions, mapped, strict=True):
        rate, net, tax = line.tax_rate, line.net_amount, line.tax_amount
        if rate is None or net is None or tax is None:
            return ()
        # Decimal("19") and Decimal("19.0") hash alike: one rate, one group.
        group = groups.get(rate)
        if group is None:
            group = groups[rate] = ([], [], set())
        group[0].append(net)
        group[1].append(tax)
        # A line with a rate has a tax object (its rate comes from there).
        description = position.tax.description  # type: ignore[union-attr]
        if description is not None and description is not _UNSET:
            group[2].add(description)
    return tuple(
        TaxSubtotal(
            rate=rate,
            taxable_amount=exact_sum(nets),
            tax_amount=exact_sum(taxes),
            # The tax's own label ("19%") when every position at this rate agrees on it.
            name=text(names.pop()) if len(names) == 1 else None,
        )
        for rate, (nets, taxes, names) in groups.items()
    )
