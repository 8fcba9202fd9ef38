"""Stripe-shaped ids for the sandbox (``in_1Sbx...``), computed from a position and back in O(1)."""

from __future__ import annotations

from invoicekit.sandbox import IdSequence, stable_int

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


class StripeIds(IdSequence):
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
        super().__init__(size)
        self._seed = seed

    def id_at(self, index: int) -> str:
        """``in_1Sbx``, the position in base 62, and a tag keyed by the seed."""
        key = tag(self._TAG, self._seed, "stripe-invoice", index)
        return f"{self.PREFIX}{base62(index, self._POSITION)}{key}"

    def position_of(self, invoice_id: str) -> int | None:
        """The position an id of this sandbox encodes; ``None`` for any other string."""
        start = len(self.PREFIX)
        if not invoice_id.startswith(self.PREFIX) or len(invoice_id) != start + 18:
            return None
        position = _unbase62(invoice_id[start : start + self._POSITION])
        if position is None or position >= len(self) or self.id_at(position) != invoice_id:
            return None
        return position
