"""Per-invoice facts of the Daftra sandbox, cheap enough to scan 100,000 of them for a filter.

The list filters test an invoice's `Facts` (draft or not, payment state, client, due delay,
products, order number), drawn from one hash each without building the invoice, which
`._data` then builds around the same facts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple, TypeVar

from invoicekit.sandbox import stable_int

from ._catalog import CATALOG, MARKET_WEIGHTS, MARKETS, Market

__all__ = ["MAX_LINES", "MAX_PAYMENTS", "VENDOR", "Bits", "Facts", "client_kind", "draw_facts"]

T = TypeVar("T")

#: The vendor name, also the namespace of every random draw of the sandbox.
VENDOR = "daftra"

_STATUSES = (0, 1, 2, 3, 4)  # payment_status
_STATUS_WEIGHTS = (24, 14, 52, 3, 3)
_DRAFT_PERCENT = 6
_DUE_AFTER = (0, 7, 14, 15, 30, 30, 30, 45, 60)
#: The most lines and payments an invoice has (their ids are numbered per invoice).
MAX_LINES = 5
MAX_PAYMENTS = 4


class Bits:
    """Uniform draws carved from one big ``stable_int``: much cheaper than seeding a Random.

    Each draw takes ``value mod n`` and divides it away; 256 bits leave every draw of
    `draw_facts` practically uniform. Stable across Python versions, like everything from
    ``blake2b``.
    """

    __slots__ = ("_value",)

    def __init__(self, *parts: object) -> None:
        self._value = stable_int(*parts, bits=256)

    def below(self, n: int) -> int:
        """A number in ``[0, n)``."""
        self._value, drawn = divmod(self._value, n)
        return drawn

    def percent(self, threshold: int) -> bool:
        """True ``threshold`` times in a hundred."""
        return self.below(100) < threshold

    def pick(self, items: Sequence[T]) -> T:
        """One of ``items``, uniformly."""
        return items[self.below(len(items))]

    def weighted(self, items: Sequence[T], weights: Sequence[int]) -> T:
        """One of ``items``, with the given whole ``weights`` (one draw)."""
        point = self.below(sum(weights))
        for item, weight in zip(items, weights, strict=True):
            if point < weight:
                return item
            point -= weight
        return items[-1]  # never reached: point < sum(weights)


class Facts(NamedTuple):
    """What the list filters test, drawn without building the invoice."""

    draft: bool
    #: The ``payment_status`` as sent: ``"-1"``..``"4"`` or ``None`` (unpaid, written as null).
    payment_status: str | None
    #: The payment state behind the amounts: 0 unpaid .. 4 overpaid; -1 for drafts.
    state: int
    client: int
    due_after: int
    products: tuple[int, ...]
    po_number: str | None
    fixed_scale: bool


def draw_facts(seed: int, index: int, clients: int) -> Facts:
    """The facts of invoice ``index``, one of whose ``clients`` it bills."""
    bits = Bits(seed, VENDOR, index, "facts")
    draft = bits.percent(_DRAFT_PERCENT)
    state = bits.weighted(_STATUSES, _STATUS_WEIGHTS)
    payment_status: str | None = str(state)
    if draft:
        state = -1
        payment_status = "0" if bits.percent(25) else "-1"
    elif state == 0 and bits.percent(15):
        payment_status = None
    client = bits.below(clients)
    due_after = bits.pick(_DUE_AFTER)
    count = 1 + bits.below(MAX_LINES) if bits.percent(70) else 1
    products = tuple(bits.below(len(CATALOG)) for _ in range(count))
    po_number = f"PO-{1000 + bits.below(9000)}" if bits.percent(20) else None
    return Facts(
        draft=draft,
        payment_status=payment_status,
        state=state,
        client=client,
        due_after=due_after,
        products=products,
        po_number=po_number,
        fixed_scale=bits.percent(60),
    )


def client_kind(seed: int, number: int) -> tuple[Market, bool]:
    """Client ``number``'s market (currency, country) and whether it is a business."""
    bits = Bits(seed, VENDOR, "client-kind", number)
    return bits.weighted(MARKETS, MARKET_WEIGHTS), bits.percent(75)
