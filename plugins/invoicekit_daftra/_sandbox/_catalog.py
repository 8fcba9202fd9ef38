"""The Daftra sandbox's reference data: markets, the product catalogue and names to draw from.

A market is a client's country with its currency, VAT, cities and phone prefix; products have
USD price ranges, converted into each market's currency.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

__all__ = [
    "ARABIC_NAMES",
    "CATALOG",
    "FIRST_NAMES",
    "LAST_NAMES",
    "MARKETS",
    "MARKET_WEIGHTS",
    "METHODS",
    "NOTES",
    "REGION_FORMS",
    "REGION_KINDS",
    "REGION_NAMES",
    "STREETS",
    "Market",
    "Product",
    "market_of",
]


class Market(NamedTuple):
    """A client's country: its currency, VAT, cities and phone prefix."""

    currency: str
    country: str
    scale: int
    fx: Decimal  # units of the currency per USD, for prices
    vat: Decimal | None
    tax_id: int | None
    cities: tuple[tuple[str, str, str], ...]  # (city, state, postal code prefix)
    phone: str
    weight: int


MARKETS = (
    Market(
        "SAR",
        "SA",
        2,
        Decimal("3.75"),
        Decimal("0.15"),
        1,
        (
            ("Riyadh", "Riyadh Province", "12"),
            ("Jeddah", "Makkah Province", "21"),
            ("Dammam", "Eastern Province", "32"),
        ),
        "+966",
        40,
    ),
    Market(
        "EGP",
        "EG",
        2,
        Decimal("48"),
        Decimal("0.14"),
        2,
        (
            ("Cairo", "Cairo Governorate", "11"),
            ("Alexandria", "Alexandria Governorate", "21"),
            ("Giza", "Giza Governorate", "12"),
        ),
        "+20",
        25,
    ),
    Market(
        "USD",
        "US",
        2,
        Decimal("1"),
        None,
        None,
        (("New York", "NY", "10"), ("Austin", "TX", "78"), ("Seattle", "WA", "98")),
        "+1",
        25,
    ),
    Market(
        "KWD",
        "KW",
        3,
        Decimal("0.307"),
        None,
        None,
        (
            ("Kuwait City", "Al Asimah", "13"),
            ("Hawalli", "Hawalli", "32"),
            ("Salmiya", "Hawalli", "22"),
        ),
        "+965",
        10,
    ),
)
MARKET_WEIGHTS = tuple(market.weight for market in MARKETS)


class Product(NamedTuple):
    """A catalogue product: its price range in USD and how much of it a line takes."""

    id: int
    name: str
    description: str | None
    low: Decimal  # unit price range in USD
    high: Decimal
    max_quantity: int
    hourly: bool  # quantities in quarter hours


CATALOG = (
    Product(101, "Consulting services", "Advisory hours", Decimal(60), Decimal(180), 40, True),
    Product(102, "Website maintenance", "Monthly retainer", Decimal(150), Decimal(900), 1, False),
    Product(103, "Cloud hosting", "Monthly plan", Decimal(20), Decimal(400), 12, False),
    Product(104, "Annual software license", "Per seat", Decimal(50), Decimal(600), 25, False),
    Product(105, "Office chair", "Ergonomic, black", Decimal(90), Decimal(450), 10, False),
    Product(106, "Printer paper A4", "Box of 5 reams", Decimal(15), Decimal(40), 50, False),
    Product(107, "Delivery service", None, Decimal(5), Decimal(60), 1, False),
    Product(108, "Installation", "On-site", Decimal(40), Decimal(350), 3, False),
    Product(
        109, "Training session", "Half day, up to 10 people", Decimal(300), Decimal(1500), 4, False
    ),
    Product(110, "Laptop stand", "Aluminium", Decimal(20), Decimal(80), 20, False),
    Product(111, "Arabic coffee beans", "1 kg bag", Decimal(15), Decimal(45), 30, False),
    Product(112, "Translation", "Arabic <> English, per page", Decimal(10), Decimal(35), 60, False),
)


REGION_NAMES = (
    "Al Noor",
    "Al Waha",
    "Nile",
    "Gulf",
    "Al Safwa",
    "Delta",
    "Al Manar",
    "Najd",
    "Sahara",
    "Al Rawda",
)
REGION_KINDS = (
    "Trading",
    "Contracting",
    "Logistics",
    "Technology",
    "Foods",
    "Medical Supplies",
    "Consulting",
    "Printing",
)
REGION_FORMS = ("Co.", "LLC", "Est.", "Group")
ARABIC_NAMES = (
    "مؤسسة النور للتجارة",
    "شركة الواحة للمقاولات",
    "مؤسسة الصفوة للتقنية",
    "شركة المنار للخدمات اللوجستية",
    "مطبعة الروضة",
)
FIRST_NAMES = (
    "Sara",
    "Omar",
    "Mona",
    "Khaled",
    "Fatima",
    "Ahmed",
    "Layla",
    "Yousef",
    "Nour",
    "Hassan",
    "Emily",
    "John",
)
LAST_NAMES = (
    "Ali",
    "Hassan",
    "Al-Otaibi",
    "Mahmoud",
    "Al-Sabah",
    "Farouk",
    "Al-Qahtani",
    "Saleh",
    "Nasser",
    "Smith",
)
STREETS = (
    "King Fahd Rd",
    "Tahrir St",
    "Olaya St",
    "Gulf Rd",
    "Main St",
    "Salem Al Mubarak St",
    "Corniche Rd",
    "Prince Sultan St",
)
METHODS = ("cash", "bank_transfer", "cheque", "paypal", "stripe")
NOTES = (
    "Thank you for your business.",
    "شكراً لتعاملكم معنا",
    "Payment by bank transfer to the account on file.",
)


def market_of(currency: str) -> Market:
    """The market of ``currency``."""
    return next(market for market in MARKETS if market.currency == currency)
