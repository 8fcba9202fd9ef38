"""The buyer `Party` of a Fynn invoice, from its ``customer`` and ``invoiceAddress``.

The mapping decisions are documented in `invoicekit_fynn._mapping` (section "Buyer").
"""

from __future__ import annotations

import re

import msgspec

from invoicekit.plugin import Address, Party
from invoicekit_fynn_client.models import Address as FynnAddress
from invoicekit_fynn_client.models import Customer

from ._values import fail, given, text

__all__ = ["buyer"]

_COUNTRY = re.compile(r"[A-Z]{2}")


def buyer(
    customer: Customer | msgspec.UnsetType | None,
    address: FynnAddress | msgspec.UnsetType | None,
) -> Party | None:
    """The buyer as the invoice shows it; ``None`` when Fynn gives neither object."""
    client = customer if given(customer) else None
    snapshot = address if given(address) else None
    # The invoice address is the snapshot printed on the document; the customer record is
    # today's. So the snapshot's company, name and VAT id win when it states them.
    company = _first(
        text(snapshot.company_name) if snapshot else None,
        text(client.company_name) if client else None,
    )
    person = _first(
        _person_name(snapshot) if snapshot else None,
        _person_name(client) if client else None,
    )
    party = Party(
        id=text(client.id) if client else None,
        number=text(client.customer_number) if client else None,
        name=company or person,
        # A company's invoice addressed to a named person: that person is the contact point.
        contact_name=person if company else None,
        email=text(snapshot.email) if snapshot else None,
        phone=text(client.phone) if client else None,
        vat_id=_first(
            text(snapshot.vat_id) if snapshot else None,
            text(client.vat_id) if client else None,
        ),
        legal_registration_id=text(client.commercial_register_number) if client else None,
        address=_postal_address(snapshot) if snapshot else None,
    )
    return None if party == Party() else party


def _first(*values: str | None) -> str | None:
    return next((value for value in values if value), None)


def _person_name(holder: Customer | FynnAddress) -> str | None:
    parts = [part.strip() for part in (text(holder.first_name), text(holder.last_name)) if part]
    return " ".join(parts) or None


def _postal_address(snapshot: FynnAddress) -> Address | None:
    parts = [part.strip() for part in (text(snapshot.street), text(snapshot.house_number)) if part]
    street = " ".join(parts)
    addition = text(snapshot.addition)
    country = text(snapshot.country_code)
    if country is not None and not _COUNTRY.fullmatch(country):
        raise fail(
            "$.invoiceAddress.countryCode",
            f"country code must be two upper-case letters, got {country[:20]!r}",
        )
    postal = Address(
        lines=tuple(line for line in (street, addition) if line),
        city=text(snapshot.city),
        postal_code=text(snapshot.zip_),
        country=country,
    )
    return None if postal == Address() else postal
