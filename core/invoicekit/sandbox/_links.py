"""Page links of a page-number list, in the relative or absolute form a vendor sends."""

from __future__ import annotations

import urllib.parse

from ._protocol import SandboxRequest

__all__ = ["page_link"]


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
