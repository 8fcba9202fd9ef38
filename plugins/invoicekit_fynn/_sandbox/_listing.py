"""The Fynn sandbox's list: its parameters, filters and order, answered without a scan.

Listing (API Platform conventions)
    ``page`` (from 1) and ``limit`` (1..100, API Platform's default 30 when absent); a value
    out of range or not an integer is a 400 problem body with Symfony ``violations``. Sorted
    by ``order[creationDate]`` (``asc`` when absent). Filters: ``type``, ``status`` (spec
    enums; another value is a 400), ``customer`` (customer id, or its IRI
    ``/customers/{id}``), ``number`` (exact document number) and ``search`` (case-insensitive
    substring of the customer's company name, person name or customer number, or the exact
    document number). Any other query parameter is ignored, as API Platform ignores unknown
    filters (and ``order[...]`` on properties that are not sortable). The body is
    ``{"data": [...], "_pagination": {itemsPerPage, currentPage, pageTotalItems, totalItems,
    lastPage}}``; a page past the end is empty.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from itertools import accumulate
from typing import Any, NamedTuple, overload

from invoicekit.sandbox import UuidIds, page_numbers

from ._customers import Customer
from ._runs import CUSTOMERS, DRAFT, Runs

__all__ = ["DEFAULT_LIMIT", "STATUSES", "Listing", "Query"]

#: Invoices per page when ``limit`` is absent (API Platform's default; the spec has none).
DEFAULT_LIMIT = 30
STATUSES = frozenset(
    {
        "STATUS_DRAFT",
        "STATUS_NEW",
        "STATUS_FINALIZING",
        "STATUS_UNPAID",
        "STATUS_PAID",
        "STATUS_REMINDED",
        "STATUS_REFUNDED",
        "STATUS_CANCELLED",
        "STATUS_CLOSED",
    }
)
_NUMBER = re.compile(r"(RE|GS|MA)-([0-9]{10})")


class Query(NamedTuple):
    """The list filters of a request."""

    type: str | None
    status: str | None
    customer: int | None  # customer index; -1 for an id no customer has
    number: str | None
    search: str | None


class Matches(Sequence[int]):
    """The ascending indexes of the documents matching a query, run by run.

    Counting a run costs a few segment comparisons (or one per searched customer), never
    building a document; slicing enumerates only the runs the slice touches.
    """

    def __init__(self, runs: int, pieces: Callable[[int], list[range]]) -> None:
        self._pieces = pieces
        counts = [sum(len(piece) for piece in pieces(run)) for run in range(runs)]
        self._ends = list(accumulate(counts))

    def __len__(self) -> int:
        return self._ends[-1] if self._ends else 0

    def _iter_from(self, start: int) -> Iterator[int]:
        run = bisect.bisect_right(self._ends, start)
        skip = start - (self._ends[run - 1] if run else 0)
        for current in range(run, len(self._ends)):
            for piece in self._pieces(current):
                if skip >= len(piece):
                    skip -= len(piece)
                    continue
                yield from piece[skip:]
                skip = 0

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> list[int]: ...
    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                raise ValueError("only contiguous slices")
            if start >= stop:
                return []
            found: list[int] = []
            for value in self._iter_from(start):
                found.append(value)
                if len(found) == stop - start:
                    break
            return found
        position = index + len(self) if index < 0 else index
        if not 0 <= position < len(self):
            raise IndexError(index)
        return next(self._iter_from(position))


class Listing:
    """Which documents a list request asks for, in which order, and the page it gets."""

    def __init__(
        self,
        runs: Runs,
        customers: Sequence[Customer],
        customer_ids: UuidIds,
        *,
        overlay: Callable[[Sequence[int], Query], Sequence[int]] | None = None,
    ) -> None:
        self._overlay = overlay  # the sandbox's data changes (`._mutations`), if any
        self._runs = runs
        self._size = runs.size
        self._customer_ids = customer_ids
        self._texts = tuple(customer.texts() for customer in customers)

    def page(self, values: Mapping[str, Any]) -> tuple[list[int], dict[str, int]]:
        """The indexes of the page that the checked query ``values`` ask for, and its
        ``_pagination``."""
        query = Query(
            type=values["type"],
            status=values["status"],
            customer=self._customer_filter(values["customer"]),
            number=values["number"],
            search=values["search"],
        )
        matches = self.find(query)
        if self._overlay is not None:
            matches = self._overlay(matches, query)
        limit = values["limit"]
        page = page_numbers(
            matches,
            page=values["page"],
            size=limit,
            descending=values["order[creationDate]"] == "desc",
        )
        pagination = {
            "itemsPerPage": limit,
            "currentPage": values["page"],
            "pageTotalItems": len(page.indexes),
            "totalItems": page.total,
            "lastPage": page.last_page,
        }
        return page.indexes, pagination

    def _customer_filter(self, value: str | None) -> int | None:
        if value is None:
            return None
        # API Platform's SearchFilter takes a relation as its id or its IRI.
        found = self._customer_ids.lookup(value.removeprefix("/customers/"))
        return -1 if found is None else found

    def _number_index(self, number: str) -> int | None:
        match = _NUMBER.fullmatch(number)
        if match is None:
            return None
        index = int(match[2]) - 1
        if not 0 <= index < self._size or self._runs.number(self._runs.head(index)) != number:
            return None
        return index

    def find(self, query: Query) -> Sequence[int]:
        """The ascending indexes of the documents that ``query`` keeps."""
        if query == Query(None, None, None, None, None):
            return range(self._size)
        if query.number is not None:
            index = self._number_index(query.number)
            return [] if index is None or not self._accepts(index, query) else [index]
        if query.customer == -1:
            return []
        if query.customer is not None:
            customers = [query.customer]
        elif query.search is not None:
            customers = self._searched_customers(query.search)
        else:
            return Matches(self._runs.count, lambda run: self._segment_pieces(run, query))
        extra = None if query.search is None else self._number_index(query.search.upper())
        return Matches(
            self._runs.count, lambda run: self._customer_pieces(run, query, customers, extra)
        )

    def _searched_customers(self, search: str) -> list[int]:
        needle = search.casefold()
        return [c for c, texts in enumerate(self._texts) if any(needle in t for t in texts)]

    def _accepts(self, index: int, query: Query) -> bool:
        head = self._runs.head(index)
        if query.type is not None and head.type != query.type:
            return False
        if query.status is not None and head.status != query.status:
            return False
        if query.customer is not None and head.customer != query.customer:
            return False
        if query.number is not None and self._runs.number(head) != query.number:
            return False
        if query.search is not None:
            needle = query.search.casefold()
            number = self._runs.number(head)
            by_number = number is not None and number.casefold() == needle
            if not by_number and not any(needle in text for text in self._texts[head.customer]):
                return False
        return True

    def _customer_pieces(
        self, run: int, query: Query, customers: Sequence[int], extra: int | None
    ) -> list[range]:
        """One run's matching documents, found through the slots of ``customers``.

        ``extra`` is a document that matches by its number rather than by its customer.
        """
        info = self._runs.run(run)
        first = run * CUSTOMERS
        candidates = {first + info.slot(c) for c in customers}
        if extra is not None:
            candidates.add(extra)
        return [
            range(index, index + 1)
            for index in sorted(candidates)
            if first <= index < min(first + CUSTOMERS, self._size) and self._accepts(index, query)
        ]

    def _segment_pieces(self, run: int, query: Query) -> list[range]:
        """The matching documents of one run by type and status: ranges of slots."""
        first = run * CUSTOMERS
        last = min(first + CUSTOMERS, self._size)
        pieces = []
        for segment in self._runs.run(run).segments:
            if query.type is not None and segment.type != query.type:
                continue
            start, end = first + segment.start, min(first + segment.end, last)
            if start >= end:
                continue
            if query.status is None:
                pieces.append(range(start, end))
            elif query.status == DRAFT:
                pieces.append(range(max(start, self._runs.drafts_from), end))
            elif query.status == segment.status:
                pieces.append(range(start, min(end, self._runs.drafts_from)))
        return [piece for piece in pieces if piece]
