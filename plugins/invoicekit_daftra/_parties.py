"""The buyer of a Daftra invoice, from the invoice's ``client_*`` snapshot and its ``Client``.

The decisions behind each field are listed in the `invoicekit_daftra._mapping` docstring.
"""

from __future__ import annotations

import re

import msgspec

from invoicekit.plugin import Address, Party, present
from invoicekit_daftra_client.models import Client, Site
from invoicekit_daftra_client.models import Invoice as DaftraInvoice

from ._values import code, text

__all__ = ["buyer", "seller"]

_COUNTRY = re.compile(r"[A-Z]{2}")
_COUNTRY_CODE = "an ISO 3166-1 alpha-2 country code"
# bn1/bn2 are free "business numbers" whose meaning is in their country-dependent label.
_VAT_LABEL = re.compile(r"vat|tax|ضريب", re.IGNORECASE)
_REGISTRATION_LABEL = re.compile(r"commercial|registr|\bcr\b|سجل", re.IGNORECASE)
_NOBODY = Party()

Text = str | None | msgspec.UnsetType


def _person(first_name: Text, last_name: Text) -> str | None:
    first, last = text(first_name), text(last_name)
    return f"{first} {last}" if first and last else first or last


def _address(
    address1: Text,
    address2: Text,
    city: Text,
    state: Text,
    postal_code: Text,
    *,
    country: str | None,
) -> Address | None:
    """The address of one source (the invoice's snapshot, the client record, the site), its
    country checked by the caller."""
    first, second = text(address1), text(address2)
    town, region, postal = text(city), text(state), text(postal_code)
    if not (first or second or town or region or postal or country):
        return None
    # Spelled out: a generator over two lines cost more than the rest of the address.
    if first is None:
        lines: tuple[str, ...] = () if second is None else (second,)
    else:
        lines = (first,) if second is None else (first, second)
    return Address(lines=lines, city=town, postal_code=postal, region=region, country=country)


def _snapshot_address(invoice: DaftraInvoice, at: str) -> Address | None:
    country = code(invoice.client_country_code, _COUNTRY, _COUNTRY_CODE, at, "client_country_code")
    return _address(
        invoice.client_address1,
        invoice.client_address2,
        invoice.client_city,
        invoice.client_state,
        invoice.client_postal_code,
        country=country,
    )


def _record_address(client: Client, at: str) -> Address | None:
    country = code(client.country_code, _COUNTRY, _COUNTRY_CODE, at, "country_code")
    return _address(
        client.address1,
        client.address2,
        client.city,
        client.state,
        client.postal_code,
        country=country,
    )


def _business_numbers(client: Client) -> tuple[str | None, str | None]:
    """(VAT id, legal registration id) from ``bn1``/``bn2``, chosen by their labels."""
    vat_id = registration = None
    first, second = text(client.bn1), text(client.bn2)
    if first is not None:
        meaning = text(client.bn1_label) or ""
        if _VAT_LABEL.search(meaning):
            vat_id = first
        elif _REGISTRATION_LABEL.search(meaning):
            registration = first
    if second is not None:
        meaning = text(client.bn2_label) or ""
        if vat_id is None and _VAT_LABEL.search(meaning):
            vat_id = second
        elif registration is None and _REGISTRATION_LABEL.search(meaning):
            registration = second
    return vat_id, registration


def buyer(
    invoice: DaftraInvoice, client: Client | None, invoice_path: str, client_path: str
) -> Party | None:
    """The buyer: the invoice's snapshot first (it is what the document shows), the client
    record for what the snapshot lacks. ``None`` when neither says anything."""
    business = text(invoice.client_business_name)
    person = _person(invoice.client_first_name, invoice.client_last_name)
    email = text(invoice.client_email)
    # The address is taken whole from one source, never stitched from two.
    address = _snapshot_address(invoice, invoice_path)
    if client is None:
        client_id = present(invoice.client_id)
        party = Party(
            id=None if client_id is None else str(client_id),
            name=business or person,
            contact_name=person if business else None,
            email=email,
            address=address,
        )
        return None if party == _NOBODY else party
    business = business or text(client.business_name)
    person = person or _person(client.first_name, client.last_name)
    vat_id, registration = _business_numbers(client)
    # Never `Party()`: a client record always has its id.
    return Party(
        id=str(client.id),
        number=text(client.client_number),
        name=business or person or text(client.name),
        contact_name=person if business else None,
        email=email or text(client.email),
        phone=text(client.phone1) or text(client.phone2),
        vat_id=vat_id,
        legal_registration_id=registration,
        address=address or _record_address(client, client_path),
    )


def seller(site: Site) -> Party | None:
    """The account's own business (``GET /api2/site_info.json``) as the seller.

    name = ``business_name``, else the owner's first + last name; contact_name = that name
    when there is a business name; email; phone = ``phone1``, else ``phone2``; the address as
    for the buyer; id = the site's ``id``. The site states no VAT or registration number.
    Read once per client, so a value that does not fit (a country that is not ISO 3166-1
    alpha-2) is left out instead of failing every invoice of the account; None when the site
    says nothing.
    """
    country = text(site.country_code)
    business, person = text(site.business_name), _person(site.first_name, site.last_name)
    site_id = present(site.id)
    party = Party(
        id=None if site_id is None else str(site_id),
        name=business or person,
        contact_name=person if business else None,
        email=text(site.email),
        phone=text(site.phone1) or text(site.phone2),
        address=_address(
            site.address1,
            site.address2,
            site.city,
            site.state,
            site.postal_code,
            country=country if country and _COUNTRY.fullmatch(country) else None,
        ),
    )
    return None if party == _NOBODY else party
