"""A local fake of the Stripe invoices API, built from ``specs/stripe/openapi.yaml``.

Served below the vendor prefix (``http://127.0.0.1:8765/stripe``). The routes, the list
parameters and their checks (``limit`` 1-100, default 10; the ``status`` and
``collection_method`` enums; integer ``created``/``due_date`` bounds), the cursor paging and
the error bodies' shape come from the spec (`invoicekit.sandbox.SpecSandbox`):

* ``GET /v1/invoices/{invoice}``, and ``GET /v1/invoices``: newest first, ``{"object":
  "list", "data", "has_more", "url"}``, paged by the ``starting_after``/``ending_before``
  invoice ids. An unknown parameter is a 400, as on Stripe; ``expand[]`` is accepted, not
  applied.
* ``GET /v1/invoices/{invoice}/lines``: every line of the invoice (an invoice object embeds
  only its first 10, with ``lines.has_more``), paged the same way by line ids. About one
  invoice in ten has more than 10 lines (up to 44).

What stays hand-written is Stripe's own: the wording of its errors, their ``type``, ``code``
and ``doc_url``; the exact ``created=``/``due_date=`` values the spec does not model; HTTP
Basic with the key as user name beside the spec's bearer key (``sandbox-stripe-key``);
``GET /v1/events`` (`invoicekit_stripe._sandbox_events`); and the public signed links of each
finalized invoice, ``invoice_pdf`` (``/invoice/<account>/<token>/pdf``, a small PDF) and
``hosted_invoice_url`` (``/i/<account>/<token>``, a small HTML page).

The data is generated on demand (`invoicekit_stripe._sandbox_data`): any ``size`` costs
nothing until requested, and a filter only computes the few facts it compares.
"""

from __future__ import annotations

import base64
import binascii
import functools
import html
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from invoicekit.sandbox import (
    Handler,
    LazySequence,
    Router,
    SandboxError,
    SandboxRequest,
    SandboxResponse,
    SpecSandbox,
    Violation,
    cursor_page,
    error_body,
    integer_bounds,
    minimal_pdf,
    sorted_range,
)

from ._money import exponent
from ._sandbox_data import CUSTOMERS, StripeData
from ._sandbox_events import EVENT_PARAMETERS, select_events
from ._sandbox_ids import StripeIds
from ._sandbox_invoice import ACCOUNT, Facts, pdf_token
from ._sandbox_mutations import StripeMutations

__all__ = ["API_KEY", "StripeSandbox"]

API_KEY = "sandbox-stripe-key"
_VERSION = "2024-06-20"
_BOUNDS = ("gt", "gte", "lt", "lte")
#: The list filters that compare one fact of an invoice (`Facts`) with the given value.
_FACTS = ("status", "collection_method", "customer", "subscription")
#: Exact ``created=``/``due_date=`` values: Stripe takes them, the spec does not model them.
_EXACT = ("created", "due_date")
_NO_KEY = (
    "You did not provide an API key. You need to provide your API key in the Authorization "
    "header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See "
    "https://stripe.com/docs/api#authentication for details, or we can help at "
    "https://support.stripe.com/."
)
_TYPES = {402: "card_error", 429: "invalid_request_error"}


class _Failure(Exception):
    """A Stripe error with its code and param, rendered by `StripeSandbox.failure`."""

    def __init__(
        self, status: int, message: str, *, code: str | None = None, param: str | None = None
    ) -> None:
        super().__init__(status, message)
        self.status, self.message, self.code, self.param = status, message, code, param


def _masked(key: str) -> str:
    return f"{key[:8]}{'*' * max(len(key) - 12, 4)}{key[-4:]}" if len(key) > 12 else "****"


def _integer(request: SandboxRequest, name: str) -> int | None:
    """An integer parameter the spec does not declare (the exact ``created``, say)."""
    value = request.param(name)
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        raise _Failure(
            400, f"Invalid integer: {value}", code="parameter_invalid_integer", param=name
        ) from None


def _refused(violation: Violation) -> _Failure:
    """Stripe's words for a value the spec refuses."""
    name, schema = violation.name, violation.schema
    if violation.problem == "type":
        message, code = f"Invalid integer: {violation.raw}", "parameter_invalid_integer"
        return _Failure(400, message, code=code, param=name)
    if violation.problem == "enum":
        members = [str(item) for item in schema["enum"]]
        joined = " or ".join(members) if len(members) == 2 else ", ".join(members)
        return _Failure(400, f"Invalid {name}: must be one of {joined}", param=name)
    low, high = schema.get("minimum"), schema.get("maximum")
    return _Failure(400, f"This value must be between {low} and {high}.", param=name)


def _basic_key(request: SandboxRequest) -> str:
    """The key as HTTP Basic's user name, which Stripe accepts beside its bearer key."""
    scheme, _, value = (request.header("authorization") or "").strip().partition(" ")
    if scheme.lower() != "basic":
        return ""
    try:
        return base64.b64decode(value.strip(), validate=True).decode().partition(":")[0]
    except (binascii.Error, UnicodeDecodeError):
        return ""


def _cursors(values: Mapping[str, Any]) -> tuple[str | None, str | None]:
    after, before = values.get("starting_after"), values.get("ending_before")
    if after and before:
        message = "You may only specify one of these parameters: ending_before, starting_after."
        raise _Failure(400, message)
    return after, before


def _cursor_index(
    lookup: Callable[[str], int | None], cursor: str | None, name: str, kind: str
) -> int | None:
    """The index of cursor id ``cursor`` (``lookup``); Stripe's 404 for one it does not know."""
    if not cursor:  # a blank cursor pages from the head, as on Stripe
        return None
    index = lookup(cursor)
    if index is None:
        raise _Failure(404, f"No such {kind}: '{cursor[:80]}'", code="resource_missing", param=name)
    return index


class StripeSandbox(StripeMutations, SpecSandbox):
    """The Stripe invoices API on loopback, with ``size`` invoices derived from ``seed``."""

    vendor = "stripe"
    spec_package = "invoicekit_stripe"
    error_operation = "list_invoices"
    repeated = "first"
    credentials: Mapping[str, str] = {"api_key": API_KEY}

    def __init__(self, *, size: int, seed: int) -> None:
        self._data = StripeData(seed, size)
        # Creation times oldest first, for bisecting `created` ranges.
        self._by_age = LazySequence(size, lambda age: self._data.created(size - 1 - age))

    def handlers(self) -> Mapping[str, Handler]:
        """The spec's operations this sandbox answers, by ``operationId``."""
        return {
            "get_invoice": self._get,
            "list_invoice_lines": self._lines,
            "list_invoices": self._list,
        }

    @functools.cached_property
    def routes(self) -> Router:
        """The spec's routes, then the Events API and the public invoice links."""
        router = self.router
        router.add("GET", "/v1/events", self._events_list)
        router.add("GET", "/invoice/{account}/{token}/pdf", self._pdf)
        router.add("GET", "/i/{account}/{token}", self._hosted)
        return router

    def invoice_ids(self) -> StripeIds:
        """Every invoice id, in list order: newest first."""
        return self._data.ids

    def handle(self, request: SandboxRequest) -> SandboxResponse:
        """Check the key on API paths, then route."""
        try:
            if request.path.startswith("/v1/"):
                self._authenticate(request)
            return self.routes.dispatch(request)
        except _Failure as failure:
            return self.failure(failure.status, failure.message, failure.code, failure.param)

    def error(
        self, status: int, message: str, *, extra: Mapping[str, Any] | None = None
    ) -> SandboxResponse:
        """Stripe's error body for ``status`` (``extra``: more members of its ``error``)."""
        if status == 404 and message.startswith("no such resource"):
            message = "Unrecognized request URL. Please see https://stripe.com/docs."
        return self.failure(status, message, extra=extra)

    def failure(
        self,
        status: int,
        message: str,
        code: str | None = None,
        param: str | None = None,
        *,
        extra: Mapping[str, Any] | None = None,
    ) -> SandboxResponse:
        """The spec's error body, with Stripe's ``type``, ``code``, ``doc_url`` and ``param``."""
        if code is None and status == 429:
            code = "rate_limit"
        fixed = {
            "type": "api_error" if status >= 500 else _TYPES.get(status, "invalid_request_error"),
            "code": code,
            "doc_url": code and f"https://stripe.com/docs/error-codes/{code.replace('_', '-')}",
            "param": param,
        }
        media, schema = self.spec.error_response(status, self.operation("list_invoices"))
        body = error_body(self.spec, schema, status, message, fixed)
        body["error"] = {key: value for key, value in body["error"].items() if value is not None}
        body["error"].update(extra or {})
        return SandboxResponse.json(
            status, body, content_type=media, headers={"stripe-version": _VERSION}
        )

    def _authenticate(self, request: SandboxRequest) -> None:
        key = self.presented(request, "list_invoices").get("bearer") or _basic_key(request)
        if not key:
            raise _Failure(401, _NO_KEY)
        if key != API_KEY:
            raise _Failure(401, f"Invalid API Key provided: {_masked(key)}")

    def _checked(self, request: SandboxRequest, operation_id: str) -> dict[str, Any]:
        """The operation's parameters: unknown names refused first, then the spec's checks."""
        known = {param.name for param in self.operation(operation_id).query()}
        if operation_id == "list_invoices":
            known.update(_EXACT)
        for name, _ in request.query:
            if name not in known:
                raise _Failure(400, f"Received unknown parameter: {name}", param=name)
        values, violations = self.query(request, operation_id)
        if violations:
            raise _refused(violations[0])
        return values

    def _position(self, params: Mapping[str, str]) -> int:
        position = self._data.ids.lookup(params["invoice"])
        if position is None or not self.present(position):
            raise _Failure(
                404,
                f"No such invoice: '{params['invoice'][:80]}'",
                code="resource_missing",
                param="invoice",
            )
        return position

    def _listed(self, data: list[Any], has_more: bool, url: str) -> SandboxResponse:
        body = {"object": "list", "data": data, "has_more": has_more, "url": url}
        return SandboxResponse.json(200, body, headers={"stripe-version": _VERSION})

    def _get(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        invoice = self.document(self._position(params), request.base_url)
        return SandboxResponse.json(200, invoice, headers={"stripe-version": _VERSION})

    def _lines(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        position = self._position(params)
        values = self._checked(request, "list_invoice_lines")
        after, before = _cursors(values)
        lines = self._data.lines(position, request.base_url)
        lookup = {str(line["id"]): index for index, line in enumerate(lines)}.get
        # GUESS: Stripe's wording for an unknown line cursor is not documented.
        page = cursor_page(
            range(len(lines)),
            limit=values["limit"],
            after=_cursor_index(lookup, after, "starting_after", "invoice line item"),
            before=_cursor_index(lookup, before, "ending_before", "invoice line item"),
        )
        data = [lines[index] for index in page.indexes]
        return self._listed(data, page.has_more, f"/v1/invoices/{params['invoice']}/lines")

    def _window(self, values: Mapping[str, Any], exact: int | None) -> range:
        """The positions whose creation time is inside the ``created`` bounds."""
        ages = sorted_range(self._by_age, *integer_bounds(values, "created", exact=exact))
        size = len(self._data.ids)
        return range(size - ages.stop, size - ages.start)

    def _matcher(self, values: Mapping[str, Any], due_exact: int | None) -> Callable[[int], bool]:
        """Whether the invoice at a position is listed now and matches the filters."""
        wanted = {name: values[name] for name in _FACTS if values[name] is not None}
        if "customer" in wanted:  # customer ids name a customer number of the pool
            customers = {self._data.customer_id(n): n for n in range(CUSTOMERS)}
            wanted["customer"] = customers.get(wanted["customer"], -1)
        low, high = integer_bounds(values, "due_date", exact=due_exact)

        def matches(facts: Facts) -> bool:
            if any(getattr(facts, name) != value for name, value in wanted.items()):
                return False
            if (low, high) == (None, None):
                return True
            due = facts.due_date
            return due is not None and (low is None or due >= low) and (high is None or due <= high)

        return lambda position: self.present(position) and matches(self.facts_now(position))

    def _list(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        values = self._checked(request, "list_invoices")
        created, due = (_integer(request, name) for name in _EXACT)
        after, before = _cursors(values)
        lookup = self._data.ids.lookup
        page = cursor_page(
            self._window(values, created),
            limit=values["limit"],
            after=_cursor_index(lookup, after, "starting_after", "invoice"),
            before=_cursor_index(lookup, before, "ending_before", "invoice"),
            keep=self._matcher(values, due),
        )
        data = [self.document(p, request.base_url) for p in page.indexes]
        return self._listed(data, page.has_more, "/v1/invoices")

    def _events_list(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        for name, _ in request.query:
            if name not in EVENT_PARAMETERS:
                raise _Failure(400, f"Received unknown parameter: {name}", param=name)
        # The Events API is outside the spec; its limit and cursors are the line list's.
        values, violations = self.query(request, "list_invoice_lines")
        if violations:
            raise _refused(violations[0])
        after, before = _cursors(values)
        created = {op: _integer(request, f"created[{op}]") for op in _BOUNDS}
        created[""] = _integer(request, "created")
        try:
            page, has_more = select_events(
                self.events(),
                limit=values["limit"],
                after=after,
                before=before,
                event_type=request.param("type"),
                created=created,
            )
        except LookupError as missing:
            name = str(missing.args[0])
            cursor = str(after if name == "starting_after" else before)
            message = f"No such event: '{cursor[:80]}'"
            raise _Failure(404, message, code="resource_missing", param=name) from None
        bodies = []
        for _, applied, _ in page:
            event = self.webhook_event(applied, base_url=request.base_url)
            assert event is not None  # Stripe has an event for every change
            bodies.append(event[1])
        return self._listed(bodies, has_more, "/v1/events")

    def _invoice_for(self, params: Mapping[str, str]) -> dict[str, object]:
        token = params["token"]
        invoice_id = token.removeprefix("test_").partition("-")[0]
        position = self._data.ids.lookup(invoice_id)
        if (
            params["account"] != ACCOUNT
            or position is None
            or not self.present(position)
            or pdf_token(self._data.seed, invoice_id) != token
            or self.facts_now(position).status == "draft"
        ):
            raise SandboxError(404, "This link is invalid or has expired.")
        return self.document(position, "")

    def _pdf(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        invoice = self._invoice_for(params)
        currency = str(invoice["currency"]).upper()
        total = Decimal(str(invoice["total"])).scaleb(-exponent(currency))
        lines = [
            "Sandbox Software GmbH",
            f"Invoice {invoice['number']}",
            f"Billed to: {invoice['customer_name']}",
            f"Total: {total} {currency}",
            f"Status: {invoice['status']}",
        ]
        return SandboxResponse.pdf(minimal_pdf(lines), filename=f"Invoice-{invoice['number']}.pdf")

    def _hosted(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        invoice = self._invoice_for(params)
        page = f"<!doctype html><title>Invoice {html.escape(str(invoice['number']))}</title>"
        return SandboxResponse(200, page.encode(), {"content-type": "text/html; charset=utf-8"})
