"""The envelope of the Daftra sandbox's answers, and the ``pagination`` block of its lists.

``{"code": 200, "result": "successful", "data": ..., "pagination": ...}``: ``pagination`` is
``null`` on the single invoice, absent on a single credit note or refund receipt, and on a
list ``{"prev", "next", "page", "page_count", "total_results"}`` with relative links in the
documented form (``/api2/invoices/?...&page=2``); a page past the end has an empty ``data``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from invoicekit.sandbox import (
    SandboxRequest,
    SandboxResponse,
    SpecSandbox,
    page_link,
    page_numbers,
)

from ._params import Paging, page_query

__all__ = ["page_answer", "pagination", "successful"]


def successful(data: Any, **extra: Any) -> dict[str, Any]:
    """The body of a successful answer carrying ``data`` (and ``extra`` members after it)."""
    return {"code": 200, "result": "successful", "data": data, **extra}


def pagination(
    request: SandboxRequest, *, page: int, limit: int, total: int, path: str, keep_query: bool
) -> dict[str, Any]:
    """The page block of page ``page`` of ``total`` items, ``limit`` a page, linking ``path``.

    ``keep_query`` keeps the request's other parameters in the links (the invoice list does;
    the credit-note and refund-receipt lists link ``?page=`` alone).
    """
    page_count = -(-total // limit)  # 0 for an empty list, as Daftra says

    def link(number: int) -> str:
        return page_link(request, number, path=path, keep_query=keep_query)

    return {
        "prev": link(page - 1) if page > 1 else None,
        "next": link(page + 1) if page < page_count else None,
        "page": page,
        "page_count": page_count,
        "total_results": total,
    }


def page_answer(
    sandbox: SpecSandbox,
    request: SandboxRequest,
    operation_id: str,
    items: Sequence[Any],
    *,
    path: str,
    paging: Paging | None = None,
    keep_query: bool = False,
) -> SandboxResponse:
    """The requested page of ``items`` (oldest first) as ``operation_id`` answers it.

    ``paging`` defaults to the ``page`` and ``limit`` every api2 list reads (`page_query`).
    Only the page's own items are read, so a `LazySequence` builds just those. The links go
    to ``path`` with ``?page=`` alone unless ``keep_query`` (see `pagination`).
    """
    paging = paging or page_query(sandbox, request, operation_id)
    page = page_numbers(
        range(len(items)), page=paging.page, size=paging.limit, descending=paging.descending
    )
    block = pagination(
        request,
        page=paging.page,
        limit=paging.limit,
        total=page.total,
        path=path,
        keep_query=keep_query,
    )
    data = [items[index] for index in page.indexes]
    return sandbox.respond(operation_id, successful(data, pagination=block))
