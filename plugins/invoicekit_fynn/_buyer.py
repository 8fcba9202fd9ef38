"""The buyer `Party` of a Fynn invoice, from its ``customer`` and ``invoiceAddress``.

The mapping decisions are documented in `invoicekit_fynn._mapping` (section "Buyer").
"""

from __future__ import annotations

import re

import msgspec

from invoicekit.plugin import Address, Party
from invoicekit_fynn_client.models import Address as FynnAddress
from invoicekit_fynn_client.models import Customer

from ._values import fail

__all__ = ["buyer"]

_COUNTRY = re.compile(r"[A-Z]{2}")


_UNSET = msgspec.UNSET
_NO_PARTY = Party()
_NO_ADDRESS = Address()


def buyer(
    customer: Customer | msgspec.UnsetType | None,
    address: FynnAddress | msgspec.UnsetType | None,
) -> Party | None:
    """The buyer as the invoice shows it; ``None`` when Fynn gives neither object."""
    client = None if customer is None or customer is _UNSET else customer
    snapshot = None if address is None or address is _UNSET else address
    if client is None and snapshot is None:
        return None
    # The invoice address is the snapshot printed on the document; the customer record is
    # today's. So the snapshot's company, name and VAT id win when it states them.
    company = person = vat_id = None
    if snapshot is not None:
        company = _text(snapshot.company_name)
        person = _person_name(snapshot)
        vat_id = _text(snapshot.vat_id)
    if client is not None:
        company = company or _text(client.company_name)
        person = person or _person_name(client)
        vat_id = vat_id or _text(client.vat_id)
    party = Party(
        id=_text(client.id) if client else None,
        number=_text(client.customer_number) if client else None,
        name=company or person,
        # A company's invoice addressed to a named person: that person is the contact point.
        contact_name=person if company else None,
        email=_text(snapshot.email) if snapshot else None,
        phone=_text(client.phone) if client else None,
        vat_id=vat_id,
        legal_registration_id=_text(client.commercial_register_number) if client else None,
        address=_postal_address(snapshot) if snapshot else None,
    )
    return None if party == _NO_PARTY else party


def _text(value: str | msgspec.UnsetType | None) -> str | None:
    # `text()` spelled out: a buyer has some twenty of these.
    if value is None or value is _UNSET or not value or value.isspace():
        return None
    return value


def _joined(first: str | msgspec.UnsetType | None, second: str | msgspec.UnsetType | None) -> str:
    """The two parts that are not blank, stripped, joined by a space ("" when neither)."""
    first, second = _text(first), _text(second)
    if first is None:
        return second.strip() if second is not None else ""
    if second is None:
        return first.strip()
    return f"{first.strip()} {second.strip()}"


def _person_name(holder: Customer | FynnAddress) -> str | None:
    return _joined(holder.first_name, holder.last_name) or None


def _postal_address(snapshot: FynnAddress) -> Address | None:
    street = _joined(snapshot.street, snapshot.house_number)
    addition = _text(snapshot.addition)
    country = _text(snapshot.country_code)
    if country is not None and not _COUNTRY.fullmatch(country):
        raise fail(
            "$.invoiceAddress.countryCode",
            f"country code must be two upper-case letters, got {country[:20]!r}",
        )
    postal = Address(
        lines=tuple(line for line in (street, addition) if line),
        city=_text(snapshot.city),
        postal_code=_text(snapshot.zip_),
        country=country,
    )
    return None if postal == _NO_ADDRESS else postal
