"""Page links of a page-number list: one link in the form a vendor sends, and JSON:API's set."""

from __future__ import annotations

import urllib.parse
from collections.abc import Callable

from ._paging import Page
from ._protocol import SandboxRequest

__all__ = ["page_link", "page_links"]


def page_link(
    request: SandboxRequest,
    page: int,
    *,
    path: str | None = None,
    param: str = "page",
    keep_query: bool = True,
    absolute: bool = False,
) -> str:
    """The link to page ``page`` of the list ``request`` asked for.

    The link goes to ``path`` (default the request's own), with the request's other query
    parameters in their order (unless ``keep_query`` is false) and ``param=page`` last. It
    is relative (``/api2/invoices/?limit=50&page=2``) unless ``absolute``, which prefixes
    the sandbox's base URL.
    """
    kept = [(k, v) for k, v in request.query if k != param] if keep_query else []
    query = urllib.parse.urlencode([*kept, (param, str(page))])
    link = f"{request.path if path is None else path}?{query}"
    return request.url(link) if absolute else link


def page_links(page: Page, number: int, link: Callable[[int], str]) -> dict[str, str]:
    """The JSON:API ``links`` of page ``number`` of ``page``'s listing, each by ``link(n)``.

    ``first`` and ``last`` are always there (``last`` is page 1 of an empty listing), ``prev``
    after the first page, ``next`` before the last one: the shape of jsonapi-resources'
    ``paged`` paginator and of most JSON:API servers. ``link`` writes the vendor's URL, so
    the query encoding (Rails' sorted ``to_query``, or `page_link`) stays the vendor's.
    """
    numbers = {"first": 1}
    if number > 1:
        numbers["prev"] = number - 1
    if number < page.last_page:
        numbers["next"] = number + 1
    numbers["last"] = page.last_page
    return {name: link(value) for name, value in numbers.items()}
