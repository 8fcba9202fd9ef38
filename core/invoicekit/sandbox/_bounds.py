"""Inclusive bounds from bracketed range parameters (``created[gte]=...&created[lt]=...``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["integer_bounds"]


def integer_bounds(
    values: Mapping[str, Any], name: str, *, exact: int | None = None
) -> tuple[int | None, int | None]:
    """The inclusive ``(low, high)`` that ``name[gt]``, ``[gte]``, ``[lt]`` and ``[lte]`` allow.

    ``values`` are checked query values (`read_query`: integers, ``None`` when absent);
    ``exact`` (``created=...``) bounds both sides. ``None`` is an open side, so ``(None,
    None)`` filters nothing; bounds that cross (``low > high``) match nothing.
    """
    low, high = exact, exact
    for operator, step in (("gt", 1), ("gte", 0)):
        value = values.get(f"{name}[{operator}]")
        if value is not None:
            low = value + step if low is None else max(low, value + step)
    for operator, step in (("lt", 1), ("lte", 0)):
        value = values.get(f"{name}[{operator}]")
        if value is not None:
            high = value - step if high is None else min(high, value - step)
    return low, high
