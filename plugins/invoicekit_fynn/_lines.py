"""Fynn invoice positions as `invoicekit.Line`s, and the VAT breakdown built from them.

The mapping decisions are documented in `invoicekit_fynn._mapping` (section "Lines").
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import msgspec

from invoicekit.plugin import Line, TaxSubtotal
from invoicekit_fynn_client.models import Position

from ._values import (
    MoneyReader,
    exact_difference,
    exact_sum,
    fail,
    finite,
    given,
    lenient_date,
    text,
)

__all__ = ["lines", "tax_breakdown"]


def lines(positions: Sequence[Position], money: MoneyReader) -> tuple[Line, ...]:
    """One `Line` per position, in Fynn's order."""
    return tuple(
        _line(item, money, f"$.positions[{index}]") for index, item in enumerate(positions)
    )


def _line(position: Position, money: MoneyReader, path: str) -> Line:
    net_before_discount = money.read(position.net_amount, f"{path}.netAmount")
    discount = money.read(position.discount_amount, f"{path}.discountAmount")
    fixed = money.read(position.discount_fixed, f"{path}.discountFixed")
    percentage = finite(position.discount_percentage, f"{path}.discountPercentage")
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
    tax = position.tax if given(position.tax) else None
    unit = _member_text(position.unit, "name", f"{path}.unit")
    return Line(
        id=_line_id(position),
        name=text(position.name),
        description=text(position.description),
        product_id=_member_text(position.product, "id", f"{path}.product"),
        quantity=finite(position.quantity, f"{path}.quantity"),
        unit=unit,
        unit_code=UNIT_CODES.get(unit.casefold()) if unit else None,
        unit_price=money.read(position.unit_price, f"{path}.unitPrice"),
        discount_amount=discount,
        net_amount=net,
        tax_rate=finite(tax.rate, f"{path}.tax.rate") if tax is not None else None,
        tax_amount=money.read(position.tax_amount, f"{path}.taxAmount"),
        gross_amount=money.read(position.gross_amount, f"{path}.grossAmount"),
        # The service period's days as Fynn writes them (see the module docstring of _mapping).
        period_start=lenient_date(position.service_date_from, f"{path}.serviceDateFrom"),
        period_end=lenient_date(position.service_date_to, f"{path}.serviceDateTo"),
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


def _line_id(position: Position) -> str | None:
    if given(position.id) and position.id:
        return position.id
    if given(position.position):
        return str(position.position)
    return None


def _member_text(obj: dict[str, Any] | msgspec.UnsetType | None, key: str, path: str) -> str | None:
    """A string member of a free-form object (``unit.name``, ``product.id``)."""
    if not given(obj):
        return None
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise fail(f"{path}.{key}", f"expected a string, got {type(value).__name__}")
    return text(value)


def tax_breakdown(positions: Sequence[Position], mapped: Sequence[Line]) -> tuple[TaxSubtotal, ...]:
    """One `TaxSubtotal` per distinct position tax rate, in order of first appearance.

    Empty unless every position states its rate, its net amount after discount and its tax: a
    breakdown over part of the lines would look complete and be wrong.
    """
    groups: dict[Decimal, list[tuple[Position, Line]]] = {}
    for position, line in zip(positions, mapped, strict=True):
        if line.tax_rate is None or line.net_amount is None or line.tax_amount is None:
            return ()
        # Decimal("19") and Decimal("19.0") hash alike: one rate, one group.
        groups.setdefault(line.tax_rate, []).append((position, line))
    return tuple(_subtotal(rate, members) for rate, members in groups.items())


def _subtotal(rate: Decimal, members: list[tuple[Position, Line]]) -> TaxSubtotal:
    names = {
        position.tax.description
        for position, _ in members
        if given(position.tax) and given(position.tax.description)
    }
    return TaxSubtotal(
        rate=rate,
        taxable_amount=exact_sum(
            line.net_amount for _, line in members if line.net_amount is not None
        ),
        tax_amount=exact_sum(line.tax_amount for _, line in members if line.tax_amount is not None),
        # The tax's own label ("19%") when every position at this rate agrees on it.
        name=text(names.pop()) if len(names) == 1 else None,
    )
