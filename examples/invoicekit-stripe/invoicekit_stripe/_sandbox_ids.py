"""Stripe-shaped ids for the sandbox (``in_1Sbx...``), computed from a position and back in O(1)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import overload

from invoicekit.sandbox import stable_int

__all__ = ["StripeIds", "base62", "tag"]

_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def base62(number: int, width: int) -> str:
    """``number`` in base 62, left-padded with ``0`` to at least ``width`` characters."""
    digits = []
    while number:
        number, rest = divmod(number, 62)
        digits.append(_ALPHABET[rest])
    return "".join(reversed(digits)).rjust(width, "0")


def tag(width: int, *parts: object) -> str:
    """``width`` random-looking base-62 characters derived from ``parts`` (stable across runs)."""
    return base62(stable_int(*parts, bits=6 * width), width)[-width:]


def _unbase62(text: str) -> int | None:
    number = 0
    for char in text:
        index = _ALPHABET.find(char)
        if index < 0:
            return None
        number = number * 62 + index
    return number


class StripeIds(Sequence[str]):
    """Invoice ids in list order (newest first): ``in_1Sbx`` + 6 characters of position + tag.

    The tag is keyed by the seed, so ids of another seed and made-up ids are not found.
    ``len()``, indexing and `lookup` are O(1); nothing is stored.
    """

    PREFIX = "in_1Sbx"
    _POSITION = 6
    _TAG = 12

    def __init__(self, seed: int, size: int) -> None:
        if not 0 <= size < 62**self._POSITION:
            raise ValueError(f"size must be in [0, 62**{self._POSITION}), got {size}")
        self._seed = seed
        self._size = size

    def _id(self, position: int) -> str:
        key = tag(self._TAG, self._seed, "stripe-invoice", position)
        return f"{self.PREFIX}{base62(position, self._POSITION)}{key}"

    def __len__(self) -> int:
        return self._size

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self._id(i) for i in range(*index.indices(self._size))]
        position = index + self._size if index < 0 else index
        if not 0 <= position < self._size:
            raise IndexError(f"index {index} out of range for {self._size} ids")
        return self._id(position)

    def __iter__(self) -> Iterator[str]:
        return (self._id(i) for i in range(self._size))

    def __contains__(self, value: object) -> bool:
        return isinstance(value, str) and self.lookup(value) is not None

    def __repr__(self) -> str:
        return f"<StripeIds of {self._size} ids>"

    def lookup(self, invoice_id: str) -> int | None:
        """The list position of ``invoice_id``, or ``None`` if the sandbox has no such id."""
        start = len(self.PREFIX)
        if not invoice_id.startswith(self.PREFIX) or len(invoice_id) != start + 18:
            return None
        position = _unbase62(invoice_id[start : start + self._POSITION])
        if position is None or position >= self._size or self._id(position) != invoice_id:
            return None
        return position
