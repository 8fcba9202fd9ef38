"""Reading an account's taxes, site and zone once per client, and finding them again.

invoicekit gives a vendor no object of its own per client: flows are asked of the registered
`DaftraVendor`, which every client shares. The one per-client object a vendor makes is its
`httpx.Auth` (`DaftraVendor.authenticate` runs once per client). So the auth carries the
client's `AccountCache` and stamps it on every request it signs (``request.extensions``), and a
flow finds it on the first response it gets (``response.request``): the invoice's own answer,
so looking the cache up costs no request.

What is read, once per client and only when first needed (three requests, or more for taxes
over several pages): ``/api2/taxes.json`` (every page), ``/api2/site_info.json`` and, when the
site names a zone id, ``/api2/listing/Timezone.json``. A 403 or 404 answer to any of them (a key
without that permission) is remembered as "not known"; other errors reach the caller, and
nothing is remembered, so the next call asks again. A response that carries no cache (a flow
driven without this auth, or after a redirect to another host) still gets the account, read
for that one flow.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncGenerator, Generator

import httpx
import msgspec

from invoicekit.plugin import Call, Page
from invoicekit_daftra_client.api.account import get_listing, get_site_info, list_taxes

from . import _account
from ._account import Account

__all__ = ["AccountAuth", "AccountCache", "Watch", "account_flow", "cache_of"]

_KEY = "invoicekit_daftra.account"
#: A key without the permission to read taxes or the site answers so; the invoices stay readable.
_NOT_PERMITTED = frozenset({403, 404})
#: Taxes per request; an account has a handful, so one page is the rule.
_TAX_PAGE = 100
_MAX_TAX_PAGES = 50


class AccountCache:
    """One client's account, once read (thread-safe: a race reads it twice, harmlessly)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._account: Account | None = None

    def get(self) -> Account | None:
        """The account read for this client, or None before the first read."""
        with self._lock:
            return self._account

    def put(self, account: Account) -> None:
        """Remember ``account`` for the rest of this client's life."""
        with self._lock:
            self._account = account


class AccountAuth(httpx.Auth):
    """The client's own auth (API key, bearer or OAuth), carrying its `AccountCache`."""

    def __init__(self, inner: httpx.Auth) -> None:
        self.inner = inner
        self.cache = AccountCache()
        self.requires_request_body = inner.requires_request_body
        self.requires_response_body = inner.requires_response_body

    def __repr__(self) -> str:
        return repr(self.inner)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        """Stamp the cache on ``request``, then sign it as the inner auth does."""
        request.extensions[_KEY] = self.cache
        return self.inner.sync_auth_flow(request)

    def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Stamp the cache on ``request``, then sign it as the inner auth does."""
        request.extensions[_KEY] = self.cache
        return self.inner.async_auth_flow(request)


def cache_of(response: httpx.Response) -> AccountCache | None:
    """The cache stamped on the request behind ``response``, if any."""
    try:
        request = response.request
    except RuntimeError:  # a response built by hand, without its request
        return None
    cache = request.extensions.get(_KEY)
    return cache if isinstance(cache, AccountCache) else None


def _answered(response: httpx.Response) -> bytes | None:
    return None if response.status_code in _NOT_PERMITTED else response.content


def _tax_items() -> Generator[Call, httpx.Response, list[msgspec.Raw] | None]:
    """The ``data[]`` items of every taxes page, until a short page, a null ``next`` or the
    stated ``page_count``; None when the first page is refused (403/404: taxes unknown, which
    is not the same as an account without taxes). `_MAX_TAX_PAGES` ends a paging loop."""
    found: list[msgspec.Raw] = []
    for page in range(1, _MAX_TAX_PAGES + 1):
        call = Call(list_taxes.build_request(page=page, limit=_TAX_PAGE), tolerate=_NOT_PERMITTED)
        body = _answered((yield call))
        if body is None:
            return found if page > 1 else None
        try:
            answer = msgspec.json.decode(body, type=_account.TaxPage, strict=False)
        except msgspec.MsgspecError:
            # Not a list of taxes: unknown on the first page, else what was read so far.
            return found if page > 1 else None
        found.extend(answer.data)
        facts = answer.pagination
        if len(answer.data) < _TAX_PAGE or facts is None or facts.next is None:
            return found
        if facts.page_count is not None and page >= facts.page_count:
            return found
    return found


def _read_account() -> Generator[Call, httpx.Response, Account]:
    """The three lookups (see the module docstring)."""
    items = yield from _tax_items()
    taxes = None if items is None else _account.taxes_from_items(items)
    site = _answered((yield Call(get_site_info.build_request(), tolerate=_NOT_PERMITTED)))
    seller, zone_id = _account.seller_and_zone_id(site) if site is not None else (None, None)
    zone = None
    if zone_id is not None:
        listing = _answered(
            (yield Call(get_listing.build_request(model="Timezone"), tolerate=_NOT_PERMITTED))
        )
        zone = _account.zone_from_listing(listing, zone_id) if listing is not None else None
    return Account(taxes=taxes, seller=seller, zone=zone, zone_id=zone_id)


def account_flow(
    response: httpx.Response, preset: Account
) -> Generator[Call, httpx.Response, Account]:
    """The account of the client that got ``response``: its cache's, else read now (and kept).

    ``preset`` (the vendor's options) wins over what is read; with every part preset nothing
    is read at all.
    """
    if preset.taxes is not None and preset.seller is not None and preset.zone is not None:
        return preset
    cache = cache_of(response)
    known = cache.get() if cache is not None else None
    if known is None:
        known = yield from _read_account()
        if cache is not None:
            cache.put(known)
    return known.merged(preset)


class Watch:
    """One listing's view of its client's account: the last response seen, and the account
    once known (so a listing without an `AccountAuth` still reads it once, not per page)."""

    def __init__(self, preset: Account) -> None:
        self._preset = preset
        self._response: httpx.Response | None = None
        self._account: Account | None = None

    def around(
        self, flow: Generator[Call | Page, httpx.Response | None, None]
    ) -> Generator[Call | Page, httpx.Response | None, None]:
        """``flow``, step for step, noting each response it is sent."""
        reply: httpx.Response | None = None
        while True:
            try:
                step = flow.send(reply)
            except StopIteration:
                return
            reply = yield step
            if reply is not None:
                self._response = reply

    def account(self) -> Generator[Call, httpx.Response, Account]:
        """The client's account (`account_flow` on the page's own response)."""
        if self._account is None:
            if self._response is None:  # pragma: no cover - a page always follows a response
                raise RuntimeError("a listing page is read before any response")
            self._account = yield from account_flow(self._response, self._preset)
        return self._account
