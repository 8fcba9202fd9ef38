"""`YetiSandbox`: the Yeti-switch customer API v1 below the sandbox prefix, from its spec.

Each route, its parameters, its error codes and its authentication are described in
``specs/yeti/openapi.yaml``, which `invoicekit.sandbox.SpecSandbox` routes and guards. Beyond
the spec: ``GET .../accounts/{id}`` (an account by UUID), the login in `._auth`, the query
parsing of jsonapi-resources in `._params` and ransack in `._filters`.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Mapping
from typing import Any

from invoicekit.flows import is_uuid
from invoicekit.sandbox import (
    Handler,
    Operation,
    Router,
    SandboxRequest,
    SandboxResponse,
    SpecSandbox,
    UuidIds,
    page_links,
    page_numbers,
)

from . import _filters
from ._auth import API_ACCESS_ID, AUDIENCE, LOGIN, PASSWORD, TOKEN_LIFETIME, TokenAuth
from ._contract import SPEC_PACKAGE
from ._data import VENDOR, YetiData
from ._errors import JSON_API, Problem, authorization_failed, invalid_id, record_not_found
from ._mutations import YetiMutations
from ._params import check_accept, parse_list_params, parse_show_params
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


class YetiSandbox(YetiMutations, YetiData, SpecSandbox):
    """The Yeti-switch customer API v1 on loopback, with ``size`` invoices derived from ``seed``.

    The routes, which of them ask for a token, where the token travels and the error
    documents come from ``specs/yeti/openapi.yaml`` (`SpecSandbox`).

    Args:
        size: the number of invoices.
        seed: seeds the data and the JWT secret (tokens of one seed fail on another).
        clock: the current Unix time, for token expiry; tests pass a fake one.
        token_lifetime: seconds a login token lives; ``None`` mints tokens without ``exp``.
    """

    vendor = VENDOR
    spec_package = SPEC_PACKAGE
    error_operation = "list_invoices"
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

    def __repr__(self) -> str:
        return f"<YetiSandbox size={self._size} seed={self._seed}>"

    def handlers(self) -> Mapping[str, Handler]:
        """The spec's operations this sandbox answers, by ``operationId``."""
        return {
            "login": self._auth.login,
            "show_auth": self._auth.show,
            "logout": self._auth.logout,
            "list_invoices": self._list,
            "get_invoice": self._show,
            "download_invoice": self._download,
            "get_invoice_account": self._related,
            "get_invoice_account_relationship": self._linkage,
        }

    def guard(self, operation: Operation, handler: Handler) -> Handler:
        """The token check of a route the spec secures; its 401 in the route's media type."""
        media, _ = self.spec.error_response(401, operation)
        credentials = functools.partial(self.presented, operation_id=operation.operation_id)
        return self._auth.guarded(handler, content_type=media, credentials=credentials)

    @functools.cached_property
    def routes(self) -> Router:
        """The spec's routes, then ``GET /accounts/{id}``, which the spec leaves out."""
        router = self.router
        accounts = self.guard(self.operation("get_invoice_account"), self._show_account)
        router.add("GET", f"{API}/accounts/{{id}}", accounts)
        return router

    # -- the VendorSandbox protocol -------------------------------------------------------

    def invoice_ids(self) -> UuidIds:
        """Every invoice UUID, oldest period first (the order of ``sort=start_date,id``)."""
        return self.ids

    def handle(self, request: SandboxRequest) -> SandboxResponse:
        """Route one request; JSON:API errors are answered here, others by `error`."""
        try:
            return self.routes.dispatch(request)
        except Problem as problem:
            return problem.response

    def error(
        self, status: int, message: str, *, extra: Mapping[str, Any] | None = None
    ) -> SandboxResponse:
        """A JSON:API error document for ``status`` (unknown routes, injected faults)."""
        if status == 401:
            return authorization_failed().response
        return super().error(status, message, extra=extra)

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
        ordered, backwards = _filters.order(self.current, selected, query.sort)
        page = page_numbers(ordered, page=query.number, size=query.size, descending=backwards)
        invoices = [self.current(index) for index in page.indexes]
        data, included = document(
            self, request, invoices, include=query.include, fields_=query.fields
        )
        body: dict[str, Any] = {"data": data}
        if included:
            body["included"] = included
        body["meta"] = {"total-count": page.total}
        url = f"{request.base_url}{API}/invoices"

        def link(number: int) -> str:
            carried = {**query.link_params, "page": {"number": number, "size": query.size}}
            return f"{url}?{to_query(carried)}"

        body["links"] = page_links(page, query.number, link)
        return SandboxResponse.json(200, body, content_type=JSON_API)
