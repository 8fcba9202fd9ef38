"""JSON:API page links (``first``, ``prev``, ``next``, ``last``) of a page-number listing."""

from __future__ import annotations

from collections.abc import Callable

from ._paging import Page

__all__ = ["page_links"]


def page_links(page: Page, number: int, link: Callable[[int], str]) -> dict[str, str]:
    """The ``links`` of page ``number`` of ``page``'s listing, each rendered by ``link(n)``.

    ``first`` and ``last`` are always there (``last`` is page 1 of an empty listing), ``prev``
    after the first page, ``next`` before the last one: the shape of jsonapi-resources'
    ``paged`` paginator and of most JSON:API servers. ``link`` writes the vendor's URL, so
    the query encoding (Rails' sorted ``to_query``, say) stays the vendor's.
    """
    numbers = {"first": 1}
    if number > 1:
        numbers["prev"] = number - 1
    if number < page.last_page:
        numbers["next"] = number + 1
    numbers["last"] = page.last_page
    return {name: link(value) for name, value in numbers.items()}
