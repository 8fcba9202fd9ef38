"""Cursor paging (``starting_after`` / ``ending_before``) over a lazy sequence of indexes.

Stripe-style lists page by the id of an item: the page after one item, or the page before
it. The vendor resolves the cursor id to its index (an unknown id is the vendor's own error)
and `cursor_page` walks the candidates from there, reading only what the page needs.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["CursorPage", "cursor_page"]


@dataclass(frozen=True, slots=True)
class CursorPage:
    """One cursor page: its indexes in list order, and whether more lie beyond it.

    ``has_more`` looks away from the cursor: after the page for ``after`` (or no cursor),
    before it for ``before``, as Stripe's ``has_more`` does.
    """

    indexes: list[int]
    has_more: bool


def cursor_page(
    candidates: Sequence[int],
    *,
    limit: int,
    after: int | None = None,
    before: int | None = None,
    keep: Callable[[int], bool] | None = None,
) -> CursorPage:
    """The ``limit`` kept ``candidates`` after index ``after``, or just before ``before``.

    ``candidates`` are ascending indexes in list order (a ``range``, a lazy sequence); the
    cursors are indexes too, and need not be candidates themselves. ``keep`` filters
    candidates one at a time, so a page reads its own items and the ones it skips, never the
    whole list. Without a cursor the page starts at the head.

    Raises:
        ValueError: both cursors given, or ``limit`` below 1.
    """
    if after is not None and before is not None:
        raise ValueError("only one of after and before pages a cursor list")
    if limit < 1:
        raise ValueError(f"limit must be at least 1, got {limit}")
    if before is None:
        start = 0 if after is None else bisect.bisect_right(candidates, after)
        walk: Sequence[int] = range(start, len(candidates))
    else:
        walk = range(bisect.bisect_left(candidates, before) - 1, -1, -1)
    found: list[int] = []
    for position in walk:
        index = candidates[position]
        if keep is None or keep(index):
            found.append(index)
            if len(found) > limit:
                break
    page = found[:limit]
    return CursorPage(sorted(page), len(found) > limit)
