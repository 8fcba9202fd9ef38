"""The Fynn sandbox's 41 customers: who they are, where they live, how they pay.

Mostly German companies (some people, some public bodies that take XRechnung), in EUR; some
Swiss, American and Japanese ones in CHF, USD and JPY. Built once per sandbox, at any size.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from invoicekit.sandbox import SandboxRandom, company_name, rng_for

from ._catalog import FIRST_NAMES, LAST_NAMES, PLACES, Place
from ._format import VENDOR, timestamp, uuid_for

__all__ = ["Customer", "make_customer"]


class Customer(NamedTuple):
    """One customer, and what its documents need to know of it."""

    ordinal: int
    id: str
    number: str
    company: str | None
    first_name: str | None
    last_name: str | None
    place: Place
    city: str
    zip: str
    street: str
    house_number: str
    vat_id: str | None
    salutation: str
    terms: int  # days to pay
    payment_method: dict[str, Any] | None
    e_invoice: str | None
    leitweg_id: str | None

    @property
    def currency(self) -> str:
        """The currency it is billed in."""
        return self.place.currency

    @property
    def domestic(self) -> bool:
        """Whether it is in Germany (and so pays German VAT)."""
        return self.place.country == "DE"

    def texts(self) -> tuple[str, ...]:
        """What ``search`` looks in, lower case."""
        person = f"{self.first_name or ''} {self.last_name or ''}".strip()
        return tuple(text.casefold() for text in (self.company or "", person, self.number) if text)


def make_customer(seed: int, index: int, foreign: int, customer_id: str) -> Customer:
    """Customer ``index``; ``foreign`` shifts which of them live outside Germany."""
    rng = rng_for(seed, VENDOR, index, salt="customer")
    residue = (index + foreign) % 10
    country = {3: "CH", 6: "US"}.get(residue, "DE")
    if (index + foreign) % 20 == 9:
        country = "JP"
    place = PLACES[country]
    city, zip_code = rng.pick(place.cities)
    person = country == "DE" and rng.chance(0.2)
    public = country == "DE" and not person and index % 13 == 5
    first, last = rng.pick(FIRST_NAMES), rng.pick(LAST_NAMES)
    if public:
        company: str | None = f"Stadtverwaltung {city}"
    elif person:
        company = None
    else:
        company = company_name(rng)
    vat_id = None
    if company and country == "DE":
        vat_id = f"DE{rng.integer(100000000, 999999999)}"
    elif company and country == "CH":
        digits = f"{rng.integer(100000000, 999999999)}"
        vat_id = f"CHE-{digits[:3]}.{digits[3:6]}.{digits[6:]} MWST"
    return Customer(
        ordinal=index,
        id=customer_id,
        number=f"CUSTOMER-{index + 1:03d}",
        company=company,
        first_name=first,
        last_name=last,
        place=place,
        city=city,
        zip=zip_code,
        street=rng.pick(place.streets),
        house_number=str(rng.integer(1, 120)),
        vat_id=vat_id,
        salutation="Firma" if company else rng.pick(("Herr", "Frau")),
        terms=rng.pick((14, 14, 30)),
        payment_method=_payment_method(seed, rng, index, first, last),
        e_invoice=_e_invoice(
            public=public, german_company=bool(vat_id) and country == "DE", rng=rng
        ),
        leitweg_id=f"05315000-{rng.integer(10000, 99999)}-{rng.integer(10, 99)}"
        if public
        else None,
    )


def _payment_method(
    seed: int, rng: SandboxRandom, index: int, first: str, last: str
) -> dict[str, Any] | None:
    kind = rng.pick(("sepa_debit", "sepa_debit", "card", "invoice"))
    if kind == "invoice":
        return None  # pays by bank transfer
    created = datetime(2023, 1, 1, tzinfo=UTC) + timedelta(days=rng.integer(0, 360))
    method: dict[str, Any] = {
        "id": uuid_for(seed, "payment-method", index),
        "gatewayName": "stripe" if kind == "card" else "wallet",
        "type": kind,
        "referenceId": None,
        "default": True,
        "status": "active",
        "source": "api",
        "enabled": True,
        "name": "",
        "data": [],
        "creationDate": timestamp(created),
        "expirationDate": None,
        "sepaMandate": {},
        "card": None,
        "sepaDebit": None,
        "paypal": None,
    }
    if kind == "card":
        last4 = f"{rng.integer(0, 9999):04d}"
        brand = rng.pick(("Visa", "Mastercard"))
        method["name"] = f"{brand} ({last4})"
        method["card"] = {
            "brand": brand.lower(),
            "last4": last4,
            "expMonth": rng.integer(1, 12),
            "expYear": rng.integer(2026, 2030),
            "cardHolder": f"{first} {last}",
        }
    else:
        tail = f"{rng.integer(0, 9999):04d}"
        method["name"] = f"SEPA (DE89 **** {tail})"
        method["sepaDebit"] = {
            "iban": f"DE89{'*' * 14}{tail}",
            "bic": "COBADEFFXXX",
            "mandateReference": f"MNDT-{index + 1:06d}",
            "signingDate": timestamp(created),
        }
    return method


def _e_invoice(*, public: bool, german_company: bool, rng: SandboxRandom) -> str | None:
    """Public bodies take XRechnung; some German companies ZUGFeRD."""
    if public:
        return "xrechnung"
    return "zugferd" if german_company and rng.chance(0.3) else None
