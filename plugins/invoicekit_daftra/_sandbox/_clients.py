"""The Daftra sandbox's clients: who each one is, and the ``Client`` record api2 sends.

Businesses (three in four) carry a company name: a made-up English one in the US, now and then
an Arabic one, else a regional one; Saudi businesses have a VAT number and a commercial
registration, Egyptian ones a tax id. Everything is drawn from ``(seed, client number)``.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, NamedTuple

from invoicekit.sandbox import SandboxRandom, company_name

from ._catalog import (
    ARABIC_NAMES,
    FIRST_NAMES,
    LAST_NAMES,
    REGION_FORMS,
    REGION_KINDS,
    REGION_NAMES,
    STREETS,
    Market,
)
from ._facts import VENDOR, Bits

__all__ = ["Client", "client_record", "make_client", "naive"]


class Client(NamedTuple):
    """One client of the sandbox account."""

    id: int
    type: int  # 2 individual, 3 business
    business_name: str
    first_name: str
    last_name: str
    email: str
    address1: str
    address2: str | None
    city: str
    state: str
    postal_code: str
    country: str
    phone1: str
    phone2: str | None
    currency: str
    bn1: str | None
    bn1_label: str | None
    bn2: str | None
    bn2_label: str | None
    created: str


def naive(instant: datetime) -> str:
    """A naive ``YYYY-MM-DD HH:MM:SS`` (site-local time, as api2 writes timestamps)."""
    return instant.strftime("%Y-%m-%d %H:%M:%S")


def _slug(text: str) -> str:
    return "".join(c for c in text.lower() if c.isascii() and c.isalnum()) or "client"


def make_client(seed: int, number: int, market: Market, business: bool) -> Client:
    """Client ``number`` (0-based; its id is ``number + 1``), in ``market``."""
    bits = Bits(seed, VENDOR, "client", number)
    first = bits.pick(FIRST_NAMES)
    last = bits.pick(LAST_NAMES)
    if not business:
        name, slug = "", _slug(first + last)
    elif market.country == "US":
        name = company_name(SandboxRandom(bits.below(1 << 32)))
        slug = _slug(name.split(" ")[0])
    elif bits.percent(20):
        choice = bits.below(len(ARABIC_NAMES))
        name, slug = ARABIC_NAMES[choice], f"arabic{choice}"
    else:
        stem = bits.pick(REGION_NAMES)
        kind = bits.pick(REGION_KINDS)
        name = f"{stem} {kind} {bits.pick(REGION_FORMS)}"
        slug = _slug(stem + kind)
    city, state, postal_prefix = bits.pick(market.cities)
    vat = bn1_label = registration = bn2_label = None
    if business and market.country == "SA":
        vat = f"3{bits.below(10**13):013d}3"
        bn1_label = "VAT Number" if bits.percent(70) else "الرقم الضريبي"
        registration, bn2_label = f"10{bits.below(10**8):08d}", "Commercial Registration"
    elif business and market.country == "EG":
        vat, bn1_label = f"{bits.below(10**9):09d}", "Tax ID"
    subscriber = f"{bits.below(10**8):08d}"
    created = datetime(2023, 1, 1) + timedelta(seconds=bits.below(365 * 86400))
    return Client(
        id=number + 1,
        type=3 if business else 2,
        business_name=name,
        first_name=first,
        last_name=last,
        email=f"{'accounts' if business else 'me'}@{slug}{number + 1}.example",
        address1=f"{bits.pick(STREETS)} {1 + bits.below(250)}",
        address2=f"Floor {1 + bits.below(12)}" if bits.percent(30) else None,
        city=city,
        state=state,
        postal_code=f"{postal_prefix}{bits.below(1000):03d}",
        country=market.country,
        phone1=f"{market.phone} {subscriber}",
        phone2=f"{market.phone} 5{bits.below(10**7):07d}" if bits.percent(50) else None,
        currency=market.currency,
        bn1=vat,
        bn1_label=bn1_label,
        bn2=registration,
        bn2_label=bn2_label,
        created=naive(created),
    )


def client_record(client: Client) -> dict[str, Any]:
    """The ``Client`` object api2 nests in an invoice."""
    return {
        "id": str(client.id),
        "is_offline": "0",
        "client_number": f"{client.id:06d}",
        "staff_id": "0",
        "business_name": client.business_name,
        "first_name": client.first_name,
        "last_name": client.last_name,
        "email": client.email,
        "address1": client.address1,
        "address2": client.address2,
        "city": client.city,
        "state": client.state,
        "postal_code": client.postal_code,
        "phone1": client.phone1,
        "phone2": client.phone2,
        "country_code": client.country,
        "notes": None,
        "default_currency_code": client.currency,
        "bn1": client.bn1,
        "bn1_label": client.bn1_label,
        "bn2": client.bn2,
        "bn2_label": client.bn2_label,
        "type": str(client.type),
        "credit_limit": "0",
        "credit_period": "0",
        "branch_id": "1",
        "created": client.created,
        "modified": client.created,
    }
