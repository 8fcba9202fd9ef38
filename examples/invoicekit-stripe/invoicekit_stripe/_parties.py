"""The buyer and seller of a Stripe invoice; the rules are in `invoicekit_stripe._mapping`."""

from __future__ import annotations

import re
from typing import Any

import msgspec
from invoicekit.plugin import Address, Party

from invoicekit_stripe_client.models import Address as StripeAddress
from invoicekit_stripe_client.models import CustomerTaxId
from invoicekit_stripe_client.models import Invoice as StripeInvoice

from ._values import fail, given, object_id

__all__ = ["buyer", "seller", "tax_ids"]

_COUNTRY = re.compile(r"[A-Za-z]{2}")
#: Country codes already checked, as written → upper case (bounded: at most 52**2 codes pass).
_COUNTRIES: dict[str, str] = {}


def _country(value: str | None, path: str) -> str | None:
    if value is None:
        return None
    found = _COUNTRIES.get(value)
    if found is None:
        if not _COUNTRY.fullmatch(value):
            raise fail(path, f"{value!r} is not a two-letter country code")
        found = _COUNTRIES[value] = value.upper()
    return found


def _texts(*values: str | msgspec.UnsetType | None) -> list[str | None]:
    """`text` of each value (stripped, blank or absent as ``None``), in one call."""
    return [(value.strip() or None) if type(value) is str else None for value in values]


def _address(source: StripeAddress | Any, path: str) -> Address | None:
    if not given(source):
        return None
    line1, line2, city, postal_code, region, country = _texts(
        source.line1, source.line2, source.city, source.postal_code, source.state, source.country
    )
    if not (line1 or line2 or city or postal_code or region or country):
        return None  # an address of nulls and blanks is none (not an empty `Address`)
    return Address(
        lines=tuple(filter(None, (line1, line2))),
        city=city,
        postal_code=postal_code,
        region=region,
        country=_country(country, f"{path}.country"),
    )


def _vat_id(entries: list[tuple[str, str]]) -> str | None:
    """The first VAT number: Stripe's tax id types for VAT end in ``_vat`` (``eu_vat``...)."""
    for kind, value in entries:
        if kind.endswith("_vat"):
            return value
    return None


def tax_ids(source: StripeInvoice) -> list[tuple[str, str]]:
    """The customer's tax ids as ``(type, value)``, in Stripe's order, blank values dropped."""
    listed: list[CustomerTaxId] = source.customer_tax_ids if given(source.customer_tax_ids) else []
    pairs = []
    for item in listed:
        value = item.value
        if type(value) is str and (value := value.strip()):
            pairs.append((str.__str__(item.type_), value))  # str's own: in C
    return pairs


def buyer(source: StripeInvoice, ids: list[tuple[str, str]] | None = None) -> Party | None:
    """The customer as the invoice shows it (Stripe snapshots these fields at finalization).

    ``ids`` are the `tax_ids` of ``source`` when the caller has read them already.
    """
    customer = source.customer
    name, email, phone = _texts(source.customer_name, source.customer_email, source.customer_phone)
    party_id = (customer or None) if type(customer) is str else object_id(customer)
    vat_id = _vat_id(tax_ids(source) if ids is None else ids)
    address = _address(source.customer_address, "$.customer_address")
    if not (party_id or name or email or phone or vat_id or address):
        return None  # nothing known of the buyer (not an empty `Party`)
    return Party(id=party_id, name=name, email=email, phone=phone, vat_id=vat_id, address=address)


def seller(source: StripeInvoice) -> Party | None:
    """The Stripe account that issues the invoice: its public name, country and VAT number."""
    seller_ids: list[tuple[str, str]] = []
    for item in source.account_tax_ids or ():
        # Ids (txi_...) say nothing until expanded; an expanded tax id has type and value.
        if isinstance(item, dict):
            kind, value = item.get("type"), item.get("value")
            if isinstance(kind, str) and isinstance(value, str) and value.strip():
                seller_ids.append((kind, value.strip()))
    name, country = _texts(source.account_name, source.account_country)
    country = _country(country, "$.account_country")
    vat_id = _vat_id(seller_ids) if seller_ids else None
    if not (name or vat_id or country):
        return None  # nothing known of the seller (not an empty `Party`)
    return Party(name=name, vat_id=vat_id, address=Address(country=country) if country else None)
