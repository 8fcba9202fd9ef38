"""The Fynn sandbox's catalogue, prices and places: what its documents are made of.

Plans and add-ons (subscriptions), a setup fee and goods, priced in euro cents with fixed list
prices in CHF, USD and JPY; German VAT of 19 % or 7 %; the places customers live in.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = [
    "ADDONS",
    "DUNNING_FEE",
    "FIRST_NAMES",
    "GOODS",
    "LAST_NAMES",
    "PLACES",
    "PLANS",
    "PRECISION",
    "SETUP",
    "Place",
    "Product",
    "percent_of",
    "price",
]


class Product(NamedTuple):
    """A catalogue item: its price in euro cents, VAT rate, unit and position type."""

    key: str
    name: str
    description: str
    eur_cents: int
    rate: int = 19  # German VAT in percent
    unit: str = "Stück"
    kind: str = "product"  # position type
    max_quantity: int = 1
    subscription: bool = False


PLANS = (
    Product("basic", "Basic", "Basic-Tarif, monatlich", 4900, unit="Monat", subscription=True),
    Product(
        "pro",
        "Professional",
        "Professional-Tarif, monatlich",
        14900,
        unit="Monat",
        subscription=True,
    ),
    Product(
        "enterprise",
        "Enterprise",
        "Enterprise-Tarif, monatlich",
        49900,
        unit="Monat",
        subscription=True,
    ),
)
ADDONS = (
    Product(
        "seat",
        "Zusätzlicher Nutzer",
        "Weitere Nutzerlizenz",
        990,
        unit="Lizenz",
        max_quantity=25,
        subscription=True,
    ),
    Product(
        "api",
        "API-Kontingent",
        "10.000 zusätzliche API-Aufrufe",
        1500,
        unit="Paket",
        max_quantity=5,
        subscription=True,
    ),
)
SETUP = Product("setup", "Einrichtung", "Einmalige Einrichtung des Kontos", 25000, kind="setup")
GOODS = (
    Product(
        "book",
        'Fachbuch "Abonnements abrechnen"',
        "Gedruckte Ausgabe",
        3990,
        rate=7,
        max_quantity=3,
    ),
    Product("manual", "Schulungsunterlagen", "Gedrucktes Handbuch", 1990, rate=7, max_quantity=5),
    Product("workshop", "Workshop", "Onboarding-Workshop, halbtags", 45000, max_quantity=2),
)
DUNNING_FEE = {"EUR": 500, "CHF": 500, "USD": 500, "JPY": 800}
PRECISION = {"EUR": 2, "CHF": 2, "USD": 2, "JPY": 0}


def price(eur_cents: int, currency: str) -> int:
    """A catalogue price in minor units of ``currency`` (fixed list prices, not a rate feed)."""
    if currency == "CHF":
        return (eur_cents * 96 + 250) // 500 * 5  # to 5 Rappen
    if currency == "USD":
        return (eur_cents * 108 + 50) // 100
    if currency == "JPY":
        return (eur_cents * 162 + 500) // 1000 * 10  # whole yen, to 10
    return eur_cents


def percent_of(amount: int, percent: int) -> int:
    """``amount * percent / 100`` rounded half up, in minor units (amount >= 0)."""
    return (amount * percent * 2 + 100) // 200


FIRST_NAMES = ("Anna", "Jonas", "Lea", "Lukas", "Marie", "Felix", "Sophie", "Paul", "Emma", "Noah")
LAST_NAMES = ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann")


class Place(NamedTuple):
    """A country customers live in: its currency, time zone, cities and streets."""

    country: str
    currency: str
    zone: str
    cities: tuple[tuple[str, str], ...]
    streets: tuple[str, ...]


PLACES = {
    "DE": Place(
        "DE",
        "EUR",
        "Europe/Berlin",
        (
            ("Berlin", "10115"),
            ("Hamburg", "20095"),
            ("München", "80331"),
            ("Köln", "50667"),
            ("Frankfurt am Main", "60311"),
            ("Leipzig", "04109"),
        ),
        ("Hauptstraße", "Bahnhofstraße", "Gartenweg", "Industriestraße", "Am Markt"),
    ),
    "CH": Place(
        "CH", "CHF", "Europe/Zurich", (("Zürich", "8001"), ("Basel", "4051")), ("Bahnhofstrasse",)
    ),
    "US": Place(
        "US",
        "USD",
        "America/New_York",
        (("New York", "10001"), ("Boston", "02108")),
        ("Broadway", "Main Street"),
    ),
    "JP": Place("JP", "JPY", "Asia/Tokyo", (("Tokyo", "100-0005"),), ("Marunouchi",)),
}
