"""Paging, declared: a vendor names its paging style and parameters, the core runs the loop.

Four styles cover the vendors invoicekit speaks:

`PageNumber`
    ``page=N`` and a page size (Daftra's ``page``/``limit``, Fynn's, Yeti's ``page[number]``/
    ``page[size]``). Stops at an empty page; at the page count the body states (counted by our
    own page number, so a server answering "page 1 of 3" forever stops too); when a declared
    next-page field is null or absent; and, where the body states neither, at a page shorter
    than its stated per-page size, else than the size asked for.
`Offset`
    ``offset=K`` and a page size; stops at an empty or short page.
`Cursor`
    Stripe's ``starting_after=<id of the last item>`` while ``has_more`` is true. A page that
    says more follow but is empty or does not move past the cursor raises `Unsupported`.
`NextLink`
    JSON:API ``links.next``: the link is followed (the client sends credentials only to its
    own origin) until it is null or absent; a link that does not move raises `Unsupported`.

What a page repeats (`Repeats`): with ``"loop"`` (the default) the page is handed on and the
client's guard raises `NormalizationError` "pagination loop" at the second page in a row of
nothing but invoices already listed; ``"stop"`` ends the listing at the first such page;
``"unsupported"`` raises `Unsupported` ("the API seems to ignore the page parameter") before
yielding it. The client drops every repeated invoice in any case, sync and async alike, since
both drive the same flow.

The vendor gives the request of one page (``request(params)``: the keyword arguments of its
generated ``build_request`` for the paging parameters, returning the `Call` kwargs) and the
reading of one page's items (`RawPage.invoices` with its mapping, or a generator that makes
further calls); `list_flow` does the rest.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

import msgspec

from ._envelope import Path, json_path, locate_items, rooted, rooted_error
from ._flowtypes import DECODED_EXTENSION, Call, Page
from ._pagingtypes import Cursor, NextLink, Offset, PageNumber, Paging, Repeats
from .errors import NormalizationError, Unsupported
from .model import Invoice

if TYPE_CHECKING:
    import httpx

__all__ = [
    "Cursor",
    "NextLink",
    "Offset",
    "PageNumber",
    "PageReader",
    "Paging",
    "RawPage",
    "Repeats",
    "collect_items",
    "list_flow",
    "mapped",
]

_T = TypeVar("_T")

_MISSING = object()

_OBJECT = msgspec.json.Decoder(dict[str, msgspec.Raw])
_ARRAY = msgspec.json.Decoder(list[msgspec.Raw])


def _find(body: bytes, path: Path) -> Any:
    """The JSON value at ``path`` in ``body``; `_MISSING` where a level is absent, null or of
    another type (vendor drift in a paging field falls back to the other stop rules)."""
    return _below(msgspec.Raw(body), path)


def _below(current: msgspec.Raw, path: Path) -> Any:
    """`_find` from a value already cut out of its body (a top-level value of `_Body`)."""
    for step in path:
        try:
            if isinstance(step, int):
                current = _ARRAY.decode(current)[step]
            else:
                current = _OBJECT.decode(current)[step]
        except (msgspec.ValidationError, KeyError, IndexError):
            return _MISSING
    value = msgspec.json.decode(current)
    return _MISSING if value is None else value


def _stated_paths(paging: Paging) -> tuple[Path | None, ...]:
    """The body fields ``paging``'s stop rules and `Page.total` read."""
    if isinstance(paging, PageNumber):
        return (paging.page_count, paging.next, paging.per_page, paging.total)
    if isinstance(paging, Cursor):
        return (paging.has_more, paging.total)
    if isinstance(paging, NextLink):
        return (paging.link, paging.total)
    return (paging.total,)


@functools.lru_cache(maxsize=32)
def _shape(key: str, heads: tuple[str, ...]) -> msgspec.json.Decoder[Any]:
    """A decoder of a list body: the array at ``key`` as each item's bytes, and the top-level
    values named ``heads`` as bytes (absent: None); every other member is skipped."""
    fields: list[tuple[str, Any, Any]] = [("items", list[msgspec.Raw], msgspec.field(name=key))]
    fields += [
        (f"head{index}", msgspec.Raw, msgspec.field(default=None, name=name))
        for index, name in enumerate(heads)
    ]
    return msgspec.json.Decoder(msgspec.defstruct("ListBody", fields))


def _page_shape(
    path: Path, paging: Paging
) -> tuple[msgspec.json.Decoder[Any], tuple[str, ...]] | None:
    """The one-pass decoder of a list body whose items sit at a top-level key, and the
    top-level values it cuts out for ``paging``'s rules (None for a deeper items path)."""
    key = path[0] if len(path) == 1 else None
    if not isinstance(key, str):
        return None
    heads = tuple(
        sorted({p[0] for p in _stated_paths(paging) if p and isinstance(p[0], str)} - {key})
    )
    return _shape(key, heads), heads


class _Body:
    """A list page's body, read once for its items and for the values its paging states.

    Each rule used to decode the whole body again (the items, then a page count, a total...);
    one pass over it now cuts out the items and the top-level values those paths start from,
    and a rule decodes only its own small value. A body that pass refuses (no array at the
    items path, not JSON) is read again by `locate_items`, which words the error at its JSON
    path, and the rules then read the whole body as before.
    """

    __slots__ = ("_heads", "body", "items")

    def __init__(
        self,
        vendor: str,
        body: bytes,
        path: Path,
        paging: Paging,
        decoded: tuple[Any, Any] | None = None,
    ) -> None:
        self.body = body
        self._heads: dict[str, msgspec.Raw | None] | None = None
        shape = _page_shape(path, paging)
        if shape is not None:
            decoder, heads = shape
            if decoded is not None and decoded[0] is decoder:
                read = decoded[1]  # the client's decode of this body (`Call.decoder`)
            else:
                try:
                    read = decoder.decode(body)
                except msgspec.MsgspecError:
                    read = None
            if read is not None:
                values = msgspec.structs.astuple(read)
                self.items: list[msgspec.Raw] = values[0]
                self._heads = dict(zip(heads, values[1:], strict=True))
                return
        self.items = locate_items(vendor, body, path)

    def find(self, path: Path) -> Any:
        """`_find` of ``path`` in this body."""
        heads = self._heads
        if heads is None or not path or path[0] not in heads:
            return _find(self.body, path)
        head = heads[path[0]]
        return _MISSING if head is None else _below(head, path[1:])


def _count(vendor: str, body: _Body, path: Path | None) -> int | None:
    """A count the body states at ``path`` (numbers as strings too), None when it does not."""
    if path is None:
        return None
    value = body.find(path)
    if value is _MISSING:
        return None
    try:
        return msgspec.convert(value, int, strict=False)
    except msgspec.ValidationError:
        cause = f"expected a count, got {value!r}"
        raise NormalizationError(vendor, json_path(path), cause) from None


def _stated(body: _Body, path: Path | None) -> bool | None:
    """Whether the field at ``path`` is set (None when its parent object is absent)."""
    if path is None:
        return None
    if path[:-1] and body.find(path[:-1]) is _MISSING:
        return None
    return body.find(path) is not _MISSING


class _Walk:
    """The paging state of one listing: the next request's parameters, and the stop rules."""

    def __init__(self, vendor: str, paging: Paging, size: int, what: str) -> None:
        self.vendor, self.paging, self.size, self.what = vendor, paging, size, what
        self.number = paging.first if isinstance(paging, PageNumber) else 1
        self.offset = 0
        self.cursor: str | None = None
        self.link: str | None = None

    def call(self, request: Callable[[dict[str, Any]], Mapping[str, Any]]) -> dict[str, Any]:
        """The `Call` kwargs of the next page."""
        paging = self.paging
        params: dict[str, Any] = {paging.size: self.size}
        if isinstance(paging, PageNumber):
            params[paging.page] = self.number
        elif isinstance(paging, Offset):
            params[paging.offset] = self.offset
        elif isinstance(paging, Cursor) and self.cursor is not None:
            params[paging.after] = self.cursor
        kwargs = dict(request(params))
        if self.link is not None:  # NextLink after the first page: the link, same headers
            kwargs = {"method": "GET", "url": self.link, "headers": kwargs.get("headers", {})}
        return kwargs

    def advance(self, body: _Body) -> bool:
        """Whether another page follows this one (moving the state to it)."""
        paging, items = self.paging, body.items
        if isinstance(paging, Cursor):
            return self._next_cursor(paging, body, items)
        if isinstance(paging, NextLink):
            return self._next_link(paging, body)
        if not items:
            return False
        if isinstance(paging, Offset):
            self.offset += len(items)
            return len(items) >= self.size
        count = _count(self.vendor, body, paging.page_count)
        more = _stated(body, paging.next)
        if count is not None and self.number >= count:
            return False
        if more is False:
            return False
        if (count is None and more is None) or paging.short_page == "always":
            per_page = _count(self.vendor, body, paging.per_page)
            if len(items) < (per_page if per_page else self.size):
                return False
        self.number += 1
        return True

    def _next_cursor(self, paging: Cursor, body: _Body, items: Sequence[msgspec.Raw]) -> bool:
        if body.find(paging.has_more) is not True:
            return False
        last = _find(bytes(items[-1]), (paging.key,)) if items else _MISSING
        if last is _MISSING or str(last) == self.cursor:
            raise Unsupported(
                self.vendor,
                f"paging through {self.what}",
                f"a page said more {self.what} follow but did not move past the cursor "
                f"{self.cursor!r}; the API seems to ignore {paging.after}",
            )
        self.cursor = str(last)
        return True

    def _next_link(self, paging: NextLink, body: _Body) -> bool:
        link = body.find(paging.link)
        if link is _MISSING:
            return False
        if not isinstance(link, str) or link == self.link:
            raise Unsupported(
                self.vendor,
                f"paging through {self.what}",
                f"the next-page link at {json_path(paging.link)} does not lead to a new page",
            )
        self.link = link
        return True

    def repeated(self, page: int) -> Unsupported:
        """The error of a page that holds only what was already listed."""
        parameter = getattr(self.paging, "page", None) or getattr(self.paging, "offset", "paging")
        return Unsupported(
            self.vendor,
            f"paging through {self.what}",
            f"page {page} repeated only {self.what} already listed; "
            f"the API seems to ignore the {parameter} parameter",
        )


@dataclass(frozen=True, slots=True)
class RawPage:
    """One list page as received: its body and the exact bytes of each item.

    Attributes:
        vendor: the vendor's name, for errors.
        body: the whole response body (for what sits beside the items, Yeti's ``included``).
        items: each item's own bytes, in the page's order.
        path: where the items sit in ``body`` (``("data",)``).
        listing: what a reader keeps for the rest of one listing (Fynn reads every payment
            transaction once, at the first page with invoices); the same dict for every page.
    """

    vendor: str
    body: bytes
    items: Sequence[msgspec.Raw]
    path: Path = ("data",)
    listing: dict[str, Any] = field(default_factory=dict)

    def invoices(self, mapping: Callable[[msgspec.Raw], _T]) -> list[_T]:
        """``mapping(raw)`` of each item, its errors rooted at ``$.data[i]`` (see `rooted`).

        ``raw`` is a copy of the item's bytes, so an invoice does not pin the page in memory.
        """
        # Once per listed invoice: one loop inside one `try`, not `rooted` per item (a frame
        # and a partial each); an error is rooted at its item's path as `rooted` would.
        found: list[_T] = []
        append, index = found.append, 0
        try:
            for index, item in enumerate(self.items):  # noqa: B007 - the handler reads it
                append(mapping(item.copy()))
        except Exception as exc:
            error = rooted_error(self.vendor, self.where(index), exc)
            if error is None:
                raise
            raise error from exc
        return found

    def invoice(self, index: int, mapping: Callable[[msgspec.Raw], _T]) -> _T:
        """``mapping`` of item ``index`` alone, as in `invoices` (it may return more than the
        invoice, such as the decoded item too)."""
        return self._mapped(self.where(index), index, mapping)

    def where(self, index: int) -> str:
        """The JSON path of item ``index`` in the body: ``$.data[3]``."""
        return json_path((*self.path, index))

    def _mapped(self, where: str, index: int, mapping: Callable[[msgspec.Raw], _T]) -> _T:
        # `Raw.copy`: the item's own bytes, no view into the page body.
        return rooted(self.vendor, where, functools.partial(mapping, self.items[index].copy()))


#: How a listing reads one page: its invoices, possibly after further calls (Stripe's lines).
PageReader: TypeAlias = Callable[[RawPage], Generator[Call, "httpx.Response", Sequence[Invoice]]]


def mapped(
    mapping: Callable[[msgspec.Raw, Any], Invoice], context: Callable[[bytes], Any] | None = None
) -> PageReader:
    """A `PageReader` that maps each item with ``mapping(raw, context(body))``, no calls.

    ``context`` reads what the items share from the page body once (Yeti's ``included``).
    """

    def read(page: RawPage) -> Generator[Call, httpx.Response, Sequence[Invoice]]:
        shared = None if context is None else rooted(page.vendor, "$", lambda: context(page.body))
        return page.invoices(lambda raw: mapping(raw, shared))
        yield  # a generator without calls

    return read


def _answer(response: httpx.Response | None) -> httpx.Response:
    if response is None:  # pragma: no cover - the client answers every Call
        raise RuntimeError("the client must answer each Call with its response")
    return response


def list_flow(
    vendor: str,
    paging: Paging,
    *,
    request: Callable[[dict[str, Any]], Mapping[str, Any]],
    read: PageReader,
    page_size: int,
    items: Path = ("data",),
) -> Generator[Call | Page, httpx.Response | None, None]:
    """The listing flow of a declared ``paging``: every page, each item read by ``read``.

    ``request(params)`` returns the `Call` kwargs of one page given the paging parameters
    (``{"page": 2, "limit": 100}``, keyed by the names the style declares); ``items`` is the
    envelope's path to the list (`Envelope.items`). A `Page` is yielded for every page that has
    items (possibly none left after a vendor's own filtering); see the module docstring for
    the stop rules and what repeats do.
    """
    walk = _Walk(vendor, paging, page_size, "invoices")
    seen: set[str] = set()
    number = 1
    listing: dict[str, Any] = {}
    shape = _page_shape(items, paging)
    decoder = shape[0] if shape is not None else None
    while True:
        # The client decodes the page as `_Body` would (`Call.decoder`): one pass over it.
        response = _answer((yield Call(walk.call(request), decoder=decoder)))
        decoded = response.extensions.get(DECODED_EXTENSION)
        body = _Body(vendor, response.content, items, paging, decoded)
        page = RawPage(vendor, body.body, body.items, items, listing)
        invoices = yield from _answered(read(page))
        # Only "stop" and "unsupported" look back; under "loop" the client's guard alone does.
        ids = {invoice.id for invoice in invoices} if paging.repeats != "loop" else set()
        repeated = bool(ids) and ids <= seen
        if repeated and paging.repeats == "unsupported":
            raise walk.repeated(number)
        if page.items:
            yield Page(invoices, total=_count(vendor, body, paging.total))
        if (repeated and paging.repeats == "stop") or not walk.advance(body):
            return
        seen |= ids
        number += 1


def collect_items(
    vendor: str,
    paging: Paging,
    *,
    request: Callable[[dict[str, Any]], Mapping[str, Any]],
    page_size: int,
    items: Path = ("data",),
    what: str = "items",
    after: str | None = None,
    check: Callable[[bytes], object] | None = None,
) -> Generator[Call, httpx.Response, list[msgspec.Raw]]:
    """Every item's bytes over all pages of a declared ``paging`` (Stripe's invoice lines).

    The same loop and stop rules as `list_flow`, for lists that are not invoices; ``what``
    names them in errors; ``after`` is a `Cursor`'s first cursor (the last line an invoice
    embeds); ``check`` reads each page body first (a generated model's decode), so that a bad
    item fails with its path in that page.
    """
    walk = _Walk(vendor, paging, page_size, what)
    walk.cursor = after
    found: list[msgspec.Raw] = []
    while True:
        response = yield Call(walk.call(request))
        if check is not None:
            rooted(vendor, "$", functools.partial(check, response.content))
        body = _Body(vendor, response.content, items, paging)
        found.extend(body.items)
        if not walk.advance(body):
            return found


def _answered(
    flow: Generator[Call, httpx.Response, Sequence[Invoice]],
) -> Generator[Call, httpx.Response | None, Sequence[Invoice]]:
    """``flow`` inside a listing flow, whose replies are typed ``Response | None``."""
    reply: httpx.Response | None = None
    while True:
        try:
            call = flow.send(reply) if reply is not None else next(flow)
        except StopIteration as done:
            result: Sequence[Invoice] = done.value
            return result
        reply = _answer((yield call))
