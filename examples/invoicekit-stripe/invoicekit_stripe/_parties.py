"""The buyer and seller of a Stripe invoice; the rules are in `invoicekit_stripe._mapping`."""

from __future__ import annotations

import re
from typing import Any

from invoicekit.plugin import Address, Party

from invoicekit_stripe_client.models import Address as StripeAddress
from invoicekit_stripe_client.models import CustomerTaxId
from invoicekit_stripe_client.models import Invoice as StripeInvoice

from ._values import fail, given, object_id, text

__all__ = ["buyer", "seller", "tax_ids"]

_COUNTRY = re.compile(r"[A-Za-z]{2}")


def _country(value: str | None, path: str) -> str | None:
    if value is None:
        return None
    if not _COUNTRY.fullmatch(value):
        raise fail(path, f"{value!r} is not a two-letter country code")
    return value.upper()


def _address(source: StripeAddress | Any, path: str) -> Address | None:
    if not given(source):
        return None
    address = Address(
        lines=tuple(line for line in (text(source.line1), text(source.line2)) if line),
        city=text(source.city),
        postal_code=text(source.postal_code),
        region=text(source.state),
        country=_country(text(source.country), f"{path}.country"),
    )
    return None if address == Address() else address


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
        value = text(item.value)
        if value:
            pairs.append((str(item.type_), value))
    return pairs


def buyer(source: StripeInvoice) -> Party | None:
    """The customer as the invoice shows it (Stripe snapshots these fields at finalization)."""
    party = Party(
        id=object_id(source.customer),
        name=text(source.customer_name),
        email=text(source.customer_email),
        phone=text(source.customer_phone),
        vat_id=_vat_id(tax_ids(source)),
        address=_address(source.customer_address, "$.customer_address"),
    )
    return None if party == Party() else party


def seller(source: StripeInvoice) -> Party | None:
    """The Stripe account that issues the invoice: its public name, country and VAT number."""
    seller_ids: list[tuple[str, str]] = []
    for item in source.account_tax_ids if given(source.account_tax_ids) else []:
        # Ids (txi_...) say nothing until expanded; an expanded tax id has type and value.
        if isinstance(item, dict):
            kind, value = item.get("type"), item.get("value")
            if isinstance(kind, str) and isinstance(value, str) and value.strip():
                seller_ids.append((kind, value.strip()))
    country = _country(text(source.account_country), "$.account_country")
    party = Party(
        name=text(source.account_name),
        vat_id=_vat_id(seller_ids),
        address=Address(country=country) if country else None,
    )
    return None if party == Party() else party
