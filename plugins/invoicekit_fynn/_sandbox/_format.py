"""How the Fynn sandbox writes values: money objects, instants, UUIDs and ULIDs."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from invoicekit.sandbox import stable_int

from ._catalog import PRECISION

__all__ = ["VENDOR", "MoneyMaker", "minor", "timestamp", "ulid", "uuid_for"]

#: The vendor name, also the namespace of the sandbox's random draws and ids.
VENDOR = "fynn"


def uuid_for(seed: int, *parts: object) -> str:
    """A random-looking UUID4 derived from ``(seed, *parts)``."""
    return str(uuid.UUID(int=stable_int(seed, VENDOR, *parts, bits=128), version=4))


class MoneyMaker:
    """Fynn money objects ``{amount, precision, currencyCode}`` in one currency."""

    def __init__(self, currency: str) -> None:
        self.currency = currency
        self.precision = PRECISION[currency]

    def __call__(self, minor: int) -> dict[str, Any]:
        return {"amount": minor, "precision": self.precision, "currencyCode": self.currency}


def minor(money: dict[str, Any] | None) -> int:
    """The minor units of a money object; 0 for none."""
    return 0 if money is None else int(money["amount"])


def timestamp(moment: datetime | None) -> str | None:
    """An instant as API Platform writes it: ``2024-01-31T12:00:00+00:00``."""
    if moment is None:
        return None
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def ulid(moment: datetime, randomness: int) -> str:
    """A ULID: 48 bits of milliseconds, 80 random bits, in Crockford base32."""
    value = (int(moment.timestamp() * 1000) << 80) | randomness
    return "".join(_CROCKFORD[(value >> shift) & 31] for shift in range(125, -1, -5))
