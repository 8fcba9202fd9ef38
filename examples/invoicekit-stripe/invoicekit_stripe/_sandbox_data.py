"""The Stripe sandbox's data: invoice ``p`` (list position, newest first) from ``(seed, p)``.

Nothing is stored. What the list filters read (`Facts`: status, customer, creation and due
time, collection method, subscription) comes from its own salted random stream, so filtering
never builds whole invoices; `StripeData.invoice` builds one on demand. Amounts relate as on
a real Stripe invoice: per line ``amount`` (tax included for tax-inclusive prices), its share
of the invoice's coupon, its tax; then ``subtotal``, ``total_excluding_tax``, ``total =
total_excluding_tax + tax``, ``amount_due`` after any customer credit, and
``amount_remaining = amount_due - amount_paid``. Customers come from a pool of 40, each with
one currency (EUR with 19 % VAT, USD untaxed, JPY with 10 % JCT included in prices, GBP with
20 % VAT, KWD with three-decimal amounts).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Any

from invoicekit.sandbox import SandboxRandom, company_name, rng_for, spread_instant, stable_int

from ._sandbox_ids import StripeIds, base62, tag
from ._sandbox_invoice import EMBEDDED_LINES, Facts, Item, Tax, build_invoice

__all__ = ["CUSTOMERS", "StripeData"]

CUSTOMERS = 40
_DAY = 86_400
_STATUSES = ("draft", "open", "paid", "void", "uncollectible")
_STATUS_WEIGHTS = (1, 3, 8, 1, 1)
#: The share of invoices with more lines than an invoice object embeds.
_MANY_LINES = 0.1


@dataclass(frozen=True, slots=True)
class _Profile:
    currency: str
    country: str
    city: str
    postal_code: str
    state: str | None
    seat_price: int  # minor units per seat and month
    tax: tuple[str, int, bool, str] | None  # rate id, percent, inclusive, display name
    vat_type: str | None


_VAT_DE = ("txr_1SbxVatDe19", 19, False, "VAT")
_JCT_JP = ("txr_1SbxJctJp10", 10, True, "JCT")
_VAT_GB = ("txr_1SbxVatGb20", 20, False, "VAT")
_PROFILES = (
    _Profile("eur", "DE", "Berlin", "10115", None, 4900, _VAT_DE, "eu_vat"),
    _Profile("usd", "US", "Austin", "78701", "TX", 2000, None, None),
    _Profile("jpy", "JP", "Chiyoda-ku", "100-0005", "Tokyo", 11000, _JCT_JP, None),
    _Profile("gbp", "GB", "London", "EC1A 1BB", None, 3900, _VAT_GB, "gb_vat"),
    _Profile("kwd", "KW", "Kuwait City", "13001", None, 15000, None, None),
)
_PROFILE_WEIGHTS = (5, 3, 2, 1, 1)


def _add_months(moment: int, months: int) -> int:
    day = dt.datetime.fromtimestamp(moment, dt.UTC)
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    last = calendar.monthrange(year, month)[1]
    return int(day.replace(year=year, month=month, day=min(day.day, last)).timestamp())


class StripeData:
    """``size`` invoices of one sandbox Stripe account, derived from ``seed``."""

    def __init__(self, seed: int, size: int) -> None:
        self.seed = seed
        self.size = size
        self.ids = StripeIds(seed, size)

    def _rng(self, position: int, salt: str) -> SandboxRandom:
        return rng_for(self.seed, "stripe", position, salt=salt)

    def created(self, position: int) -> int:
        """Creation time (Unix seconds); it grows towards the head of the list."""
        return int(spread_instant(self.size - 1 - position, self.size).timestamp())

    def customer_id(self, number: int) -> str:
        """The id of sandbox customer ``number``."""
        return f"cus_Sbx{base62(number, 2)}{tag(10, self.seed, 'stripe-customer', number)}"

    def facts(self, position: int) -> Facts:
        """The filterable facts of the invoice at ``position``."""
        rng = self._rng(position, "facts")
        status = rng.weighted(_STATUSES, _STATUS_WEIGHTS)
        customer = rng.integer(0, CUSTOMERS - 1)
        subscribed = rng.chance(0.7)
        send = not subscribed or rng.chance(0.3)
        created = self.created(position)
        return Facts(
            status=status,
            partly_paid=status == "open" and rng.chance(0.15),
            customer=customer,
            created=created,
            collection_method="send_invoice" if send else "charge_automatically",
            subscription=f"sub_Sbx{base62(customer, 2)}{tag(10, self.seed, 'stripe-sub', customer)}"
            if subscribed
            else None,
            due_date=created + 3600 + 30 * _DAY if send and status != "draft" else None,
        )

    def _customer(self, number: int) -> tuple[_Profile, dict[str, Any]]:
        rng = rng_for(self.seed, "stripe-customer", number)
        profile = rng.weighted(_PROFILES, _PROFILE_WEIGHTS)
        name = company_name(rng)
        slug = "".join(char for char in name.lower() if char.isascii() and char.isalnum())
        tax_ids = []
        if profile.vat_type:
            digits = f"{stable_int(self.seed, 'stripe-vat', number) % 10**9:09d}"
            tax_ids.append({"type": profile.vat_type, "value": f"{profile.country}{digits}"})
        return profile, {
            "customer": self.customer_id(number),
            "customer_address": {
                "line1": f"{rng.integer(1, 200)} Sandbox Street",
                "line2": None,
                "city": profile.city,
                "postal_code": profile.postal_code,
                "state": profile.state,
                "country": profile.country,
            },
            "customer_email": f"billing@{slug[:24]}.example",
            "customer_name": name,
            "customer_phone": None,
            "customer_tax_exempt": "none",
            "customer_tax_ids": tax_ids,
        }

    @staticmethod
    def _tax_rate(profile: _Profile) -> dict[str, Any]:
        assert profile.tax is not None
        rate_id, percent, inclusive, display = profile.tax
        return {
            "id": rate_id,
            "object": "tax_rate",
            "active": True,
            "country": profile.country,
            "created": 1704067200,
            "description": f"{display} {profile.country} {percent} %",
            "display_name": display,
            "effective_percentage": None,
            "inclusive": inclusive,
            "jurisdiction": profile.country,
            "jurisdiction_level": None,
            "livemode": False,
            "metadata": {},
            "percentage": percent,
            "state": None,
            "tax_type": "jct" if profile.currency == "jpy" else "vat",
        }

    def _items(
        self, position: int, rng: SandboxRandom, profile: _Profile, facts: Facts
    ) -> list[Item]:
        items = []
        if facts.subscription:
            seats = rng.integer(1, 5)
            end = _add_months(facts.created, 1)
            # Stripe writes the multiplication sign in subscription line descriptions.
            plan = f"{seats} \u00d7 Team plan"
            items.append(Item(plan, profile.seat_price, seats, facts.created, end, True))
        # Minor units: whole yen in hundreds, dinars in thousandths ending in 0 (Stripe's rule
        # for three-decimal payments), cents.
        scale = 1000 if profile.currency == "kwd" else 100
        for _ in range(rng.integer(0 if facts.subscription else 1, 3)):
            unit = rng.integer(5, 500) * scale
            moment = facts.created - rng.integer(1, 20) * _DAY
            items.append(
                Item("Onboarding and support", unit, rng.integer(1, 3), moment, moment, False)
            )
        # Some invoices bill usage on many lines, more than the 10 an invoice embeds. Drawn
        # from their own stream so that the other draws stay as they were.
        usage = self._rng(position, "usage")
        if usage.chance(_MANY_LINES):
            start = _add_months(facts.created, -1)
            for number in range(usage.integer(11, 40)):
                unit = usage.integer(1, 90) * scale
                label = f"Usage: API calls, project {number + 1}"
                items.append(Item(label, unit, usage.integer(1, 9), start, facts.created, False))
        return items

    def lines(self, position: int, base_url: str) -> list[dict[str, Any]]:
        """Every line of the invoice at ``position``, in order (what ``.../lines`` pages)."""
        return list(self.invoice(position, base_url, embedded=None)["lines"]["data"])

    def invoice(
        self, position: int, base_url: str, *, embedded: int | None = EMBEDDED_LINES
    ) -> dict[str, Any]:
        """The invoice at ``position`` as Stripe's JSON object, its links into ``base_url``.

        It embeds its first ``embedded`` lines (all when None).
        """
        facts = self.facts(position)
        profile, customer = self._customer(facts.customer)
        rng = self._rng(position, "invoice")
        prefix = tag(8, self.seed, "stripe-prefix", facts.customer).upper()
        return build_invoice(
            invoice_id=self.ids[position],
            number=f"{prefix}-{self.size - position:04d}",
            facts=facts,
            customer=customer,
            currency=profile.currency,
            tax=Tax(self._tax_rate(profile)) if profile.tax else None,
            items=self._items(position, rng, profile, facts),
            rng=rng,
            base_url=base_url,
            seed=self.seed,
            embedded=embedded,
        )
