"""The buyer of a Daftra invoice, from the invoice's ``client_*`` snapshot and its ``Client``.

The decisions behind each field are listed in the `invoicekit_daftra._mapping` docstring.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import msgspec

from invoicekit.plugin import Address, Party, present
from invoicekit_daftra_client.models import Client, Site
from invoicekit_daftra_client.models import Invoice as DaftraInvoice

from ._values import code, text

__all__ = ["buyer", "seller"]

_COUNTRY = r"[A-Z]{2}"
# bn1/bn2 are free "business numbers" whose meaning is in their country-dependent label.
_VAT_LABEL = re.compile(r"vat|tax|ضريب", re.IGNORECASE)
_REGISTRATION_LABEL = re.compile(r"commercial|registr|\bcr\b|سجل", re.IGNORECASE)

Text = str | None | msgspec.UnsetType


@dataclass(frozen=True)
class _Contact:
    """One source of buyer details: the invoice's snapshot or the client record."""

    business_name: Text
    first_name: Text
    last_name: Text
    email: Text
    address1: Text
    address2: Text
    city: Text
    state: Text
    postal_code: Text
    country_code: Text
    path: str
    country_field: str


def _snapshot(invoice: DaftraInvoice, path: str) -> _Contact:
    return _Contact(
        business_name=invoice.client_business_name,
        first_name=invoice.client_first_name,
        last_name=invoice.client_last_name,
        email=invoice.client_email,
        address1=invoice.client_address1,
        address2=invoice.client_address2,
        city=invoice.client_city,
        state=invoice.client_state,
        postal_code=invoice.client_postal_code,
        country_code=invoice.client_country_code,
        path=path,
        country_field="client_country_code",
    )


def _record(client: Client, path: str) -> _Contact:
    return _Contact(
        business_name=client.business_name,
        first_name=client.first_name,
        last_name=client.last_name,
        email=client.email,
        address1=client.address1,
        address2=client.address2,
        city=client.city,
        state=client.state,
        postal_code=client.postal_code,
        country_code=client.country_code,
        path=path,
        country_field="country_code",
    )


def _person(contact: _Contact) -> str | None:
    names = [name for name in (text(contact.first_name), text(contact.last_name)) if name]
    return " ".join(names) or None


def _address(contact: _Contact) -> Address | None:
    country = code(
        contact.country_code,
        f"{contact.path}.{contact.country_field}",
        _COUNTRY,
        "an ISO 3166-1 alpha-2 country code",
    )
    lines = tuple(line for line in (text(contact.address1), text(contact.address2)) if line)
    city, region, postal_code = text(contact.city), text(contact.state), text(contact.postal_code)
    if not (lines or city or region or postal_code or country):
        return None
    return Address(lines=lines, city=city, postal_code=postal_code, region=region, country=country)


def _business_numbers(client: Client | None) -> tuple[str | None, str | None]:
    """(VAT id, legal registration id) from ``bn1``/``bn2``, chosen by their labels."""
    vat_id = registration = None
    if client is None:
        return vat_id, registration
    for number, label in ((client.bn1, client.bn1_label), (client.bn2, client.bn2_label)):
        value, meaning = text(number), text(label) or ""
        if value is None:
            continue
        if vat_id is None and _VAT_LABEL.search(meaning):
            vat_id = value
        elif registration is None and _REGISTRATION_LABEL.search(meaning):
            registration = value
    return vat_id, registration


def buyer(
    invoice: DaftraInvoice, client: Client | None, invoice_path: str, client_path: str
) -> Party | None:
    """The buyer: the invoice's snapshot first (it is what the document shows), the client
    record for what the snapshot lacks. ``None`` when neither says anything."""
    sources = [_snapshot(invoice, invoice_path)]
    if client is not None:
        sources.append(_record(client, client_path))
    business = next((name for s in sources if (name := text(s.business_name))), None)
    person = next((name for s in sources if (name := _person(s))), None)
    seed_name = text(client.name) if client is not None else None
    # The address is taken whole from one source, never stitched from two.
    address = next((found for s in sources if (found := _address(s))), None)
    vat_id, registration = _business_numbers(client)
    client_id = client.id if client is not None else present(invoice.client_id)
    party = Party(
        id=None if client_id is None else str(client_id),
        number=text(client.client_number) if client is not None else None,
        name=business or person or seed_name,
        contact_name=person if business else None,
        email=next((email for s in sources if (email := text(s.email))), None),
        phone=(text(client.phone1) or text(client.phone2)) if client is not None else None,
        vat_id=vat_id,
        legal_registration_id=registration,
        address=address,
    )
    return None if party == Party() else party


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
    contact = _Contact(
        business_name=site.business_name,
        first_name=site.first_name,
        last_name=site.last_name,
        email=site.email,
        address1=site.address1,
        address2=site.address2,
        city=site.city,
        state=site.state,
        postal_code=site.postal_code,
        country_code=country if country and re.fullmatch(_COUNTRY, country) else None,
        path="$.data.Site",
        country_field="country_code",
    )
    business, person = text(site.business_name), _person(contact)
    site_id = present(site.id)
    party = Party(
        id=None if site_id is None else str(site_id),
        name=business or person,
        contact_name=person if business else None,
        email=text(site.email),
        phone=text(site.phone1) or text(site.phone2),
        address=_address(contact),
    )
    return None if party == Party() else party
