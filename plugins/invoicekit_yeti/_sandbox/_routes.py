"""`YetiSandbox`: the routes of the Yeti-switch customer API v1, below the sandbox prefix.

The auth routes and the check in front of every other route are in `._auth`.

``GET /api/rest/customer/v1/invoices``
    jsonapi-resources' ``paged`` paginator (``page[number]``, ``page[size]`` default 50, max
    1000, else 400 code 118), ``meta.total-count`` and absolute ``links`` built the way
    ``Hash#to_query`` does; ``sort`` (default ``-start-date``; any attribute or ``id``, ``-``
    for descending; unknown fields 400 code 114); ``include=account`` (else 400 code 112);
    sparse fieldsets ``fields[invoices]``/``fields[accounts]`` (bad ones 400 code 104/101);
    every ``filter[<attribute>_<predicate>]`` of ``invoice_resource.rb`` with ransack's
    semantics (others 400 code 102; several values for a one-value predicate 400 code 107).
``GET /api/rest/customer/v1/invoices/{id}``, ``.../{id}/account``,
``.../{id}/relationships/account``, ``.../accounts/{id}``
    One invoice (``include``, ``fields``), its account, the relationship linkage, an account.
    A malformed UUID is 400 code 103, an unknown one 404 "Record not found".
``GET /api/rest/customer/v1/invoices/{id}/download``
    The PDF with ``Content-Disposition: attachment`` when ``has-pdf`` is true, else 404 with an
    empty body (``head 404``).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping
from typing import Any

from invoicekit.flows import is_uuid
from invoicekit.sandbox import Router, SandboxRequest, SandboxResponse, UuidIds

from . import _filters
from ._auth import API_ACCESS_ID, AUDIENCE, LOGIN, PASSWORD, TOKEN_LIFETIME, TokenAuth
from ._data import VENDOR, YetiData
from ._errors import JSON_API, Problem, error_response, invalid_id, record_not_found
from ._mutations import YetiMutations
from ._params import Params, check_accept, parse_list_params, parse_show_params
from ._resources import API, account_links, account_resource, document, pdf_download
from ._ruby import to_query

__all__ = ["YetiSandbox"]


def _find(ids: UuidIds, key: str, present: Callable[[int], bool] = lambda _: True) -> int:
    """``verify_key`` (UUID format, else 400 code 103) then ``find_by_key`` (else 404)."""
    if not is_uuid(key):
        raise invalid_id(key)
    index = ids.lookup(key)
    if index is None or not present(index):
        raise record_not_found(key)
    return index


class YetiSandbox(YetiMutations, YetiData):
    """The Yeti-switch customer API v1 on loopback, with ``size`` invoices derived from ``seed``.

    Args:
        size: the number of invoices.
        seed: seeds the data and the JWT secret (tokens of one seed fail on another).
        clock: the current Unix time, for token expiry; tests pass a fake one.
        token_lifetime: seconds a login token lives; ``None`` mints tokens without ``exp``.
    """

    vendor = VENDOR
    credentials: Mapping[str, str] = {"login": LOGIN, "password": PASSWORD}

    def __init__(
        self,
        *,
        size: int,
        seed: int,
        clock: Callable[[], float] = time.time,
        token_lifetime: int | None = TOKEN_LIFETIME,
    ) -> None:
        super().__init__(size=size, seed=seed)
        self._auth = TokenAuth(seed=seed, clock=clock, token_lifetime=token_lifetime)
        guarded = self._auth.guarded
        self._router = Router()
        self._router.add("POST", f"{API}/auth", self._auth.login)
        self._router.add("GET", f"{API}/auth", guarded(self._auth.show, plain=True))
        self._router.add("DELETE", f"{API}/auth", self._auth.logout)
        self._router.add("GET", f"{API}/invoices", guarded(self._list))
        self._router.add("GET", f"{API}/invoices/{{id}}", guarded(self._show))
        self._router.add("GET", f"{API}/invoices/{{id}}/download", guarded(self._download))
        self._router.add("GET", f"{API}/invoices/{{id}}/account", guarded(self._related))
        self._router.add(
            "GET", f"{API}/invoices/{{id}}/relationships/account", guarded(self._linkage)
        )
        self._router.add("GET", f"{API}/accounts/{{id}}", guarded(self._show_account))

    def __repr__(self) -> str:
        return f"<YetiSandbox size={self._size} seed={self._seed}>"

    # -- the VendorSandbox protocol -------------------------------------------------------

    def invoice_ids(self) -> UuidIds:
        """Every invoice UUID, oldest period first (the order of ``sort=start_date,id``)."""
        return self.ids

    def handle(self, request: SandboxRequest) -> SandboxResponse:
        """Route one request; JSON:API errors are answered here, others by `error`."""
        try:
            return self._router.dispatch(request)
        except Problem as problem:
            return problem.response

    def error(self, status: int, message: str) -> SandboxResponse:
        """A JSON:API error document for ``status`` (unknown routes, injected faults)."""
        return error_response(status, message)

    def issue_token(
        self,
        *,
        lifetime: int | None = TOKEN_LIFETIME,
        sub: object = API_ACCESS_ID,
        audience: str = AUDIENCE,
    ) -> str:
        """A JWT as the sandbox's logins get; see `TokenAuth.issue_token` (tests forge with it)."""
        return self._auth.issue_token(lifetime=lifetime, sub=sub, audience=audience)

    # -- invoice routes ---------------------------------------------------------------------

    def _show(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        check_accept(request)
        fields_, include = parse_show_params(request, resource="invoices")
        invoice = self.current(_find(self.ids, params["id"], self.present))
        data, included = document(self, request, [invoice], include=include, fields_=fields_)
        body: dict[str, Any] = {"data": data[0]}
        if included:
            body["included"] = included
        return SandboxResponse.json(200, body, content_type=JSON_API)

    def _related(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        check_accept(request)
        index = _find(self.ids, params["id"], self.present)
        fields_, _ = parse_show_params(request, resource="accounts")
        account = self.schedule.slot(index).account
        body = {"data": account_resource(self, request, account, fields_)}
        return SandboxResponse.json(200, body, content_type=JSON_API)

    def _linkage(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        check_accept(request)
        index = _find(self.ids, params["id"], self.present)
        body = {
            "links": account_links(request, self.ids[index]),
            "data": {"type": "accounts", "id": self.account_ids[self.schedule.slot(index).account]},
        }
        return SandboxResponse.json(200, body, content_type=JSON_API)

    def _show_account(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        check_accept(request)
        fields_, _ = parse_show_params(request, resource="accounts")
        index = _find(self.account_ids, params["id"])
        body = {"data": account_resource(self, request, index, fields_)}
        return SandboxResponse.json(200, body, content_type=JSON_API)

    def _download(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        return pdf_download(self, self.current(_find(self.ids, params["id"], self.present)))

    def _list(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        check_accept(request)
        query = parse_list_params(request)
        filters = _filters.verify(self, query.raw_filters)
        selected = self.overlay(_filters.select(self, filters), filters)
        ordered = _filters.order(self.current, selected, query.sort)
        total = len(ordered)
        offset = (query.number - 1) * query.size
        page = [self.current(index) for index in ordered[offset : offset + query.size]]
        data, included = document(self, request, page, include=query.include, fields_=query.fields)
        body: dict[str, Any] = {"data": data}
        if included:
            body["included"] = included
        body["meta"] = {"total-count": total}
        body["links"] = _page_links(request, query, total)
        return SandboxResponse.json(200, body, content_type=JSON_API)


def _page_links(request: SandboxRequest, query: Params, total: int) -> dict[str, str]:
    pages = math.ceil(total / query.size)
    numbers = {"first": 1}
    if query.number > 1:
        numbers["prev"] = query.number - 1
    if query.number < pages:
        numbers["next"] = query.number + 1
    numbers["last"] = max(pages, 1)
    url = f"{request.base_url}{API}/invoices"
    links = {}
    for name, number in numbers.items():
        page = {"number": number, "size": query.size}
        links[name] = f"{url}?{to_query({**query.link_params, 'page': page})}"
    return links
