"""Page-number paging over a lazy sequence of matching invoice indexes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Page", "page_numbers"]


@dataclass(frozen=True, slots=True)
class Page:
    """One page: the indexes it shows, in order, and the totals a paging envelope reports."""

    indexes: list[int]
    total: int
    last_page: int


def page_numbers(matches: Sequence[int], *, page: int, size: int, descending: bool = False) -> Page:
    """Page ``page`` (from 1) of ``size`` items of ``matches`` (ascending indexes).

    Only the page's own items are read from ``matches``, so a lazy sequence of 100,000
    indexes costs one slice. ``descending`` pages from the newest. A page past the end is
    empty; ``last_page`` is at least 1.
    """
    total = len(matches)
    offset = (page - 1) * size
    if descending:
        stop = max(total - offset, 0)
        indexes = list(reversed(matches[max(stop - size, 0) : stop]))
    else:
        indexes = list(matches[offset : offset + size])
    return Page(indexes, total, max(1, -(-total // size)))
