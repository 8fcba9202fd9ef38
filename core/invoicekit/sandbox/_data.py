"""Deterministic, lazily generated sandbox data.

A vendor sandbox never builds its invoices up front. Invoice ``i`` is a pure function of
``(seed, vendor, i)``: its random draws come from `rng_for`, its id from `UuidIds` or
`NumericIds`, its dates from `spread_date`/`spread_instant` (which grow with ``i``, so the
list order is oldest first and a date filter is a `sorted_range` bisection). A `LazySequence`
then presents the invoices as a sequence with O(1) ``len()`` and indexing::

    class AcmeSandbox:
        def __init__(self, *, size: int, seed: int) -> None:
            self._ids = UuidIds(seed, "acme", size)
            self.invoices = LazySequence(size, self._invoice)

        def _invoice(self, index: int) -> dict[str, object]:
            rng = rng_for(self._seed, "acme", index)
            return {"id": self._ids[index], "total": rng.money("10", "5000")}

Everything here is stable across Python versions and runs: seeds come from ``blake2b``, never
from ``hash()``, and `SandboxRandom`'s helpers build only on ``random()``, the one method whose
sequence Python guarantees for a given seed.
"""

from __future__ import annotations

import bisect
import hashlib
import random
import uuid
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any, TypeVar, overload

__all__ = [
    "DEFAULT_PERIOD",
    "IdSequence",
    "LazySequence",
    "NumericIds",
    "SandboxRandom",
    "UuidIds",
    "company_name",
    "rng_for",
    "sorted_range",
    "spread_date",
    "spread_instant",
    "stable_int",
]

T = TypeVar("T")

#: The issue-date period sandbox data spreads over by default: fixed, never relative to today,
#: so the same seed gives the same data next year.
DEFAULT_PERIOD: tuple[date, date] = (date(2024, 1, 1), date(2025, 12, 31))


def stable_int(*parts: object, bits: int = 64) -> int:
    """A non-negative integer of ``bits`` bits derived from ``parts`` by ``blake2b``.

    The same parts give the same number in every run and Python version (unlike ``hash()``).
    Parts are joined by their ``str()``, with a separator that keeps ``("a", "bc")`` and
    ``("ab", "c")`` apart.
    """
    data = "\x1f".join(str(part) for part in parts).encode()
    digest = hashlib.blake2b(data, digest_size=(bits + 7) // 8).digest()
    return int.from_bytes(digest, "big") >> (-bits % 8)


class SandboxRandom(random.Random):
    """A `random.Random` with helpers whose results do not change across Python versions.

    Python guarantees only ``random()`` to repeat for a seed; ``randint``, ``choice`` and
    friends have changed between versions. The helpers here use ``random()`` alone, so prefer
    them for anything that ends up in a sandbox response.
    """

    def integer(self, low: int, high: int) -> int:
        """An integer in ``[low, high]``, both included."""
        if high < low:
            raise ValueError(f"empty range [{low}, {high}]")
        return low + min(int(self.random() * (high - low + 1)), high - low)

    def pick(self, items: Sequence[T]) -> T:
        """One of ``items``, uniformly."""
        if not items:
            raise IndexError("pick from an empty sequence")
        return items[self.integer(0, len(items) - 1)]

    def weighted(self, items: Sequence[T], weights: Sequence[float]) -> T:
        """One of ``items``, with the given relative ``weights``."""
        if len(items) != len(weights) or not items:
            raise ValueError("items and weights must be non-empty and of the same length")
        point = self.random() * sum(weights)
        for item, weight in zip(items, weights, strict=True):
            point -= weight
            if point < 0:
                return item
        return items[-1]

    def chance(self, probability: float) -> bool:
        """True with the given probability."""
        return self.random() < probability

    def money(self, low: Decimal | str, high: Decimal | str, *, scale: int = 2) -> str:
        """A decimal amount in ``[low, high]`` with exactly ``scale`` decimals, as a string.

        ``rng.money("10", "5000")`` gives strings such as ``"1234.50"``; wrap it in `Decimal`
        for arithmetic. Amounts are exact: no float ever holds them.
        """
        unit = Decimal(1).scaleb(-scale)
        low_units = int((Decimal(low) / unit).to_integral_value())
        high_units = int((Decimal(high) / unit).to_integral_value())
        value = Decimal(self.integer(low_units, high_units)).scaleb(-scale)
        return f"{value:.{scale}f}"


def rng_for(seed: int, vendor: str, index: int, *, salt: str = "") -> SandboxRandom:
    """The random generator of item ``index`` of ``vendor``'s sandbox with ``seed``.

    Each item has its own generator, so item ``i`` is the same whichever items were generated
    before it. Use ``salt`` for independent streams of the same item (``"lines"``,
    ``"payments"``), so adding a field to one stream leaves the others unchanged.
    """
    return SandboxRandom(stable_int(seed, vendor, index, salt))


class LazySequence(Sequence[T]):
    """A read-only sequence of ``length`` items, each computed by ``item(index)`` when read.

    ``len()`` and indexing are O(1) and nothing is stored: an item read twice is computed
    twice (wrap ``item`` in ``functools.lru_cache`` if that matters). Slicing returns a list
    of just the items in the slice, so ``invoices[offset : offset + page_size]`` is one page.
    """

    __slots__ = ("_item", "_length")

    def __init__(self, length: int, item: Callable[[int], T]) -> None:
        if length < 0:
            raise ValueError(f"length must be >= 0, got {length}")
        self._length = length
        self._item = item

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self._item(i) for i in range(*index.indices(self._length))]
        position = index + self._length if index < 0 else index
        if not 0 <= position < self._length:
            raise IndexError(f"index {index} out of range for {self._length} items")
        return self._item(position)

    def __iter__(self) -> Iterator[T]:
        return (self._item(i) for i in range(self._length))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._length} items>"


class IdSequence(Sequence[str]):
    """Invoice ids with O(1) reverse lookup, so ``GET /invoices/{id}`` needs no index.

    A base for a vendor's own id scheme: subclass it and implement `id_at` (the id at an index)
    and `position_of` (its inverse, ``None`` for a foreign id); `UuidIds` and `NumericIds` are
    two such schemes. The sequence protocol, bounds checks and `lookup` come from here.
    """

    __slots__ = ("_length",)

    def __init__(self, length: int) -> None:
        if length < 0:
            raise ValueError(f"length must be >= 0, got {length}")
        self._length = length

    def id_at(self, index: int) -> str:
        """The id at ``index`` (``0 <= index < len(self)``, already checked)."""
        raise NotImplementedError

    def position_of(self, invoice_id: str) -> int | None:
        """The index ``invoice_id`` encodes, or ``None``; out-of-range results are rejected."""
        raise NotImplementedError

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self.id_at(i) for i in range(*index.indices(self._length))]
        position = index + self._length if index < 0 else index
        if not 0 <= position < self._length:
            raise IndexError(f"index {index} out of range for {self._length} ids")
        return self.id_at(position)

    def __iter__(self) -> Iterator[str]:
        return (self.id_at(i) for i in range(self._length))

    def lookup(self, invoice_id: str) -> int | None:
        """The index of ``invoice_id``, or ``None`` if this sandbox has no such id. O(1)."""
        position = self.position_of(invoice_id)
        if position is None or not 0 <= position < self._length:
            return None
        return position

    def __contains__(self, value: object) -> bool:
        return isinstance(value, str) and self.lookup(value) is not None

    def index(self, value: Any, start: int = 0, stop: int | None = None) -> int:
        """Like `list.index`, in O(1)."""
        position = self.lookup(value) if isinstance(value, str) else None
        end = self._length if stop is None else stop
        if position is None or not start <= position < end:
            raise ValueError(f"{value!r} is not an id of this sandbox")
        return position

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._length} ids>"


_BITS48 = (1 << 48) - 1


class UuidIds(IdSequence):
    """``length`` distinct, random-looking UUID4 strings for ``(seed, vendor)``.

    Id ``i`` carries ``i`` in its last six bytes, scrambled by a keyed bijection (odd
    multipliers and a mask derived from ``(seed, vendor)``), plus a ten-byte tag hashed from
    ``(seed, vendor, i)``. So `lookup` is O(1) and rejects ids of other seeds, other vendors
    and made-up ids.
    """

    __slots__ = ("_inverse", "_key", "_seed", "_vendor")

    def __init__(self, seed: int, vendor: str, length: int) -> None:
        super().__init__(length)
        if length > _BITS48:
            raise ValueError("at most 2**48 - 1 uuid ids")
        self._seed = seed
        self._vendor = vendor
        first = stable_int(seed, vendor, "uuid-a", bits=48) | 1
        second = stable_int(seed, vendor, "uuid-b", bits=48) | 1
        mask = stable_int(seed, vendor, "uuid-mask", bits=48)
        self._key = (first, mask, second)
        modulus = 1 << 48
        self._inverse = (pow(first, -1, modulus), mask, pow(second, -1, modulus))

    def _scramble(self, index: int) -> int:
        first, mask, second = self._key
        return ((((index * first) & _BITS48) ^ mask) * second) & _BITS48

    def _unscramble(self, value: int) -> int:
        first, mask, second = self._inverse
        return ((((value * second) & _BITS48) ^ mask) * first) & _BITS48

    def id_at(self, index: int) -> str:
        tag = bytearray(stable_int(self._seed, self._vendor, index, "uuid", bits=80).to_bytes(10))
        tag[6] = (tag[6] & 0x0F) | 0x40  # version 4
        tag[8] = (tag[8] & 0x3F) | 0x80  # RFC 4122 variant
        return str(uuid.UUID(bytes=bytes(tag) + self._scramble(index).to_bytes(6)))

    def position_of(self, invoice_id: str) -> int | None:
        try:
            parsed = uuid.UUID(invoice_id)
        except ValueError:
            return None
        position = self._unscramble(int.from_bytes(parsed.bytes[10:]))
        if position >= self._length or self.id_at(position) != invoice_id.lower():
            return None
        return position


class NumericIds(IdSequence):
    """The ids ``str(start)``, ``str(start + 1)``, ... (vendors with integer ids, like Daftra)."""

    __slots__ = ("_start",)

    def __init__(self, length: int, *, start: int = 1) -> None:
        super().__init__(length)
        self._start = start

    def id_at(self, index: int) -> str:
        return str(self._start + index)

    def position_of(self, invoice_id: str) -> int | None:
        if (
            not invoice_id.isascii()
            or not invoice_id.isdigit()
            or invoice_id != str(int(invoice_id))
        ):
            return None
        return int(invoice_id) - self._start


def spread_date(
    index: int, count: int, start: date = DEFAULT_PERIOD[0], end: date = DEFAULT_PERIOD[1]
) -> date:
    """The date of item ``index`` of ``count``, spread evenly over ``[start, end]``.

    Never decreases as ``index`` grows, so sorted by index is sorted by date, and
    `sorted_range` finds the items of a date range by bisection.
    """
    if not 0 <= index < max(count, 1):
        raise IndexError(f"index {index} out of range for {count} items")
    days = (end - start).days
    return start + timedelta(days=index * (days + 1) // max(count, 1))


def spread_instant(
    index: int,
    count: int,
    start: datetime = datetime(2024, 1, 1, tzinfo=UTC),
    end: datetime = datetime(2025, 12, 31, 23, 59, 59, tzinfo=UTC),
) -> datetime:
    """The instant of item ``index`` of ``count``, spread evenly over ``[start, end]``, in UTC.

    Never decreases as ``index`` grows, like `spread_date`. ``start`` and ``end`` must be aware.
    """
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("start and end must be timezone-aware")
    if not 0 <= index < max(count, 1):
        raise IndexError(f"index {index} out of range for {count} items")
    seconds = int((end - start).total_seconds())
    return (start + timedelta(seconds=index * (seconds + 1) // max(count, 1))).astimezone(UTC)


def sorted_range(
    items: Sequence[Any],
    low: Any = None,
    high: Any = None,
    *,
    key: Callable[[Any], Any] | None = None,
) -> range:
    """The indexes of ``items`` (sorted ascending by ``key``) with ``low <= key(item) <= high``.

    ``None`` leaves a bound open. Bisection reads O(log n) items, so on a `LazySequence` of
    `spread_date` dates an ``issued_since``/``issued_until`` filter costs a few dozen item
    computations even at 100,000 invoices.
    """
    first = 0 if low is None else bisect.bisect_left(items, low, key=key)
    last = len(items) if high is None else bisect.bisect_right(items, high, key=key)
    return range(first, max(first, last))


_FIRST = ("Nord", "Sonnen", "Berg", "Blau", "Stern", "Wald", "Hafen", "Falken", "Linden", "Eichen")
_SECOND = ("wind", "feld", "tal", "quelle", "licht", "hof", "brück", "stein", "werk", "haus")
_KIND = ("Logistik", "Software", "Consulting", "Handel", "Telecom", "Media", "Energie", "Bau")
_FORM = ("GmbH", "AG", "KG", "Ltd", "LLC", "S.A.", "B.V.", "SARL")


def company_name(rng: SandboxRandom) -> str:
    """A made-up company name, such as ``"Nordwind Logistik GmbH"``."""
    return f"{rng.pick(_FIRST)}{rng.pick(_SECOND)} {rng.pick(_KIND)} {rng.pick(_FORM)}"
