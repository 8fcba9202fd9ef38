"""The declared paging styles (`PageNumber`, `Offset`, `Cursor`, `NextLink`): what a vendor
class sets as its `paging`, and what `invoicekit._paging` runs (its docstring has the stop rules).

They live apart from the paging loop because every vendor class builds one at import, and so
does the first `invoicekit.normalize`, which never lists: this module needs only msgspec. They
are frozen Structs, not frozen dataclasses: equal, hashable and immutable alike, but defining a
dataclass compiles its methods (about 0.3 ms each).
"""

from __future__ import annotations

from typing import Literal, TypeAlias

import msgspec

from ._envelope import Path

__all__ = ["Cursor", "NextLink", "Offset", "PageNumber", "Paging", "Repeats"]

#: What a page of only invoices already listed does (see `invoicekit._paging`).
Repeats: TypeAlias = Literal["loop", "stop", "unsupported"]


class PageNumber(msgspec.Struct, frozen=True):
    """``page=N`` paging (see `invoicekit._paging` for its stop rules).

    Attributes:
        page: the request builder's keyword for the page number.
        size: its keyword for the page size.
        first: the number of the first page.
        page_count: where the body states the number of pages (Daftra's
            ``("pagination", "page_count")``, Fynn's ``("_pagination", "lastPage")``).
        next: a field that is null or absent on the last page (Daftra's
            ``("pagination", "next")``, Yeti's ``("links", "next")``); only its presence is
            read, never followed.
        per_page: where the body states its page size (Fynn's ``itemsPerPage``), for the
            short-page rule.
        total: where the body states the total count across pages (`Page.total`).
        short_page: ``"unstated"``: a short page ends the listing only when the body states
            neither a page count nor a next field; ``"always"``: a short page always does.
        repeats: what a page of only invoices already listed does (`Repeats`).
    """

    page: str = "page"
    size: str = "limit"
    first: int = 1
    page_count: Path | None = None
    next: Path | None = None
    per_page: Path | None = None
    total: Path | None = None
    short_page: Literal["unstated", "always"] = "unstated"
    repeats: Repeats = "loop"


class Offset(msgspec.Struct, frozen=True):
    """``offset=K`` paging: stops at an empty page or one shorter than the size asked for."""

    offset: str = "offset"
    size: str = "limit"
    total: Path | None = None
    repeats: Repeats = "loop"


class Cursor(msgspec.Struct, frozen=True):
    """Cursor paging: ``after=<key of the last item>`` while the body's ``has_more`` is true.

    Attributes:
        after: the request builder's keyword for the cursor (Stripe's ``starting_after``).
        size: its keyword for the page size.
        has_more: where the body says more items follow.
        key: the item field whose value is the cursor.
        total: where the body states the total count, if it does.
    """

    after: str = "starting_after"
    size: str = "limit"
    has_more: Path = ("has_more",)
    key: str = "id"
    total: Path | None = None
    repeats: Repeats = "loop"


class NextLink(msgspec.Struct, frozen=True):
    """JSON:API paging: the first page from the request builder, then each ``links.next``.

    Attributes:
        size: the request builder's keyword for the page size.
        link: where the body holds the next page's URL (absolute or relative to base_url).
        total: where the body states the total count, if it does.
    """

    size: str = "page[size]"
    link: Path = ("links", "next")
    total: Path | None = None
    repeats: Repeats = "loop"


Paging: TypeAlias = PageNumber | Offset | Cursor | NextLink
