"""The positions of the Fynn sandbox's documents: what an invoice bills, a credit note credits.

Positions have quantities, unit prices, 19 % or 7 % German VAT (0 % for customers outside
the EU) and some percentage discounts.
"""

from __future__ import annotations

import calendar
from datetime import datetime
from typing import Any

from invoicekit.sandbox import SandboxRandom, rng_for

from ._catalog import ADDONS, DUNNING_FEE, GOODS, PLANS, SETUP, Product, percent_of, price
from ._customers import Customer
from ._format import VENDOR, MoneyMaker, timestamp, uuid_for
from ._runs import CUSTOMERS

__all__ = ["credited", "dunning_fee", "invoice_positions"]


def invoice_positions(
    seed: int, index: int, customer: Customer, created: datetime
) -> list[dict[str, Any]]:
    """An invoice's positions: a plan with add-ons, or goods and services, or both."""
    rng = rng_for(seed, VENDOR, index, salt="positions")
    chosen: list[Product] = []
    if rng.chance(0.75):
        chosen.append(PLANS[(customer.ordinal + index // CUSTOMERS // 12) % len(PLANS)])
        for addon in ADDONS:
            if rng.chance(0.4):
                chosen.append(addon)
        if rng.chance(0.08):
            chosen.append(SETUP)
        if rng.chance(0.15):
            chosen.append(rng.pick(GOODS))
    else:
        first = rng.pick(GOODS)
        chosen.append(first)
        others = [item for item in GOODS if item is not first]
        if rng.chance(0.5):
            chosen.append(rng.pick(others))
    positions = []
    for number, product in enumerate(chosen, start=1):
        quantity = rng.integer(1, product.max_quantity)
        discount = rng.pick((10, 15, 20, 25)) if rng.chance(0.15) else None
        positions.append(
            _position(
                seed,
                index,
                number,
                product=product,
                quantity=quantity,
                discount_percent=discount,
                customer=customer,
                created=created,
            )
        )
    return positions


def _position(
    seed: int,
    index: int,
    number: int,
    *,
    product: Product,
    quantity: int,
    discount_percent: int | None,
    customer: Customer,
    created: datetime,
) -> dict[str, Any]:
    currency = customer.currency
    rate = product.rate if customer.domestic else 0
    unit_price = price(product.eur_cents, currency)
    net = unit_price * quantity
    discount = percent_of(net, discount_percent) if discount_percent else 0
    tax = percent_of(net - discount, rate)
    money = MoneyMaker(currency)
    if product.subscription:
        last_day = calendar.monthrange(created.year, created.month)[1]
        start = created.replace(day=1, hour=0, minute=0, second=0)
        end = created.replace(day=last_day, hour=23, minute=59, second=59)
    else:
        start = end = created.replace(hour=0, minute=0, second=0)
    return {
        "id": uuid_for(seed, "position", index, number),
        "position": number,
        "name": product.name,
        "description": product.description,
        "quantity": quantity,
        "unit": _unit(seed, product.unit),
        "unitPrice": money(unit_price),
        "netAmount": money(net),
        "grossAmount": money(net - discount + tax),
        "taxAmount": money(tax),
        "discountAmount": money(discount) if discount_percent else None,
        "discountFixed": None,
        "discountPercentage": str(discount_percent) if discount_percent else None,
        "taxGroup": _tax_group(seed, rate),
        "tax": _tax(seed, rate),
        "serviceDateFrom": timestamp(start),
        "serviceDateTo": timestamp(end),
        "type": product.kind,
        "parent": None,
        "group": None,
        "createdAt": timestamp(created),
        "product": {
            "id": uuid_for(seed, "product", product.key),
            "name": product.name,
            "description": product.description,
            "type": "product",
        },
        "subscriptionItem": {
            "id": uuid_for(seed, "subscription-item", customer.ordinal, product.key),
            "name": product.name,
            "status": "active",
            "subscriptionId": uuid_for(seed, "subscription", customer.ordinal),
        }
        if product.subscription
        else None,
        "isCreditable": True,
        "isFullyCredited": False,
        "creditableQuantity": quantity,
    }


def _unit(seed: int, name: str) -> dict[str, Any]:
    return {"id": uuid_for(seed, "unit", name), "name": name}


def _tax(seed: int, rate: int) -> dict[str, Any]:
    return {
        "id": uuid_for(seed, "tax", rate),
        "description": f"{rate}%",
        "code": str(rate),
        "rate": rate,
    }


def _tax_group(seed: int, rate: int) -> dict[str, Any]:
    description = {19: "19%", 7: "7%"}.get(rate, "Steuerfrei (Drittland)")
    return {
        "id": uuid_for(seed, "tax-group", rate),
        "internalDescription": description,
        "reverseChargeType": "REVERSE_CHARGE",
        "type": "standard" if rate == 19 else ("reduced" if rate == 7 else "exempt"),
    }


def credited(
    seed: int,
    index: int,
    original: list[dict[str, Any]],
    created: datetime,
    rng: SandboxRandom,
) -> list[dict[str, Any]]:
    """A credit note's positions: all of the referenced invoice's (``original``), or its first."""
    chosen = original if rng.chance(0.6) else original[:1]
    positions = []
    for number, item in enumerate(chosen, start=1):
        copy = dict(item)
        copy["id"] = uuid_for(seed, "position", index, number)
        copy["position"] = number
        copy["createdAt"] = timestamp(created)
        copy["isCreditable"] = False
        copy["creditableQuantity"] = 0
        positions.append(copy)
    return positions


def dunning_fee(seed: int, index: int, customer: Customer, created: datetime) -> dict[str, Any]:
    """A reminder's one position: the dunning fee, which is not subject to VAT."""
    money = MoneyMaker(customer.currency)
    fee = DUNNING_FEE[customer.currency]
    return {
        "id": uuid_for(seed, "position", index, 1),
        "position": 1,
        "name": "Mahngebühr",
        "description": "Gebühr für die Zahlungserinnerung",
        "quantity": 1,
        "unit": _unit(seed, "Stück"),
        "unitPrice": money(fee),
        "netAmount": money(fee),
        "grossAmount": money(fee),
        "taxAmount": money(0),
        "discountAmount": None,
        "discountFixed": None,
        "discountPercentage": None,
        "taxGroup": _tax_group(seed, 0),
        "tax": _tax(seed, 0),
        "serviceDateFrom": None,
        "serviceDateTo": None,
        "type": "dunning_fee",
        "parent": None,
        "group": None,
        "createdAt": timestamp(created),
        "product": None,
        "subscriptionItem": None,
        "isCreditable": False,
        "isFullyCredited": False,
        "creditableQuantity": 0,
    }
