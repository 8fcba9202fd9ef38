"""A local fake of the Stripe invoices API: its paths, key check, cursor paging, errors and PDFs.

Served below the vendor prefix (``http://127.0.0.1:8765/stripe``):

* ``GET /v1/invoices/{invoice}``, and ``GET /v1/invoices`` with Stripe's list parameters:
  ``limit`` (1-100, default 10), ``starting_after``/``ending_before`` cursors, ``status``,
  ``customer``, ``subscription``, ``collection_method``, ``created`` and ``due_date`` (exact
  or ``[gt]``/``[gte]``/``[lt]``/``[lte]``), ``expand[]`` (accepted, not applied). Newest
  first, ``{"object": "list", "data", "has_more", "url"}``. An unknown parameter is a 400,
  as on Stripe.
* ``GET /v1/invoices/{invoice}/lines``: every line of the invoice (an invoice object embeds
  only its first 10, with ``lines.has_more``), paged by ``limit`` (1-100, default 10) and the
  ``starting_after``/``ending_before`` line-id cursors, in the invoice's order. About one
  invoice in ten has more than 10 lines (up to 44).
* ``GET /v1/events``: one event per applied mutation (`invoicekit_stripe._sandbox_events`).
* The key ``sandbox-stripe-key`` as ``Authorization: Bearer`` (or Basic with the key as user
  name, as Stripe also accepts); otherwise 401 with Stripe's message.
* Stripe's error bodies, ``{"error": {"type", "code", "message", "param"}}``.
* Each finalized invoice's ``invoice_pdf`` link (``/invoice/<account>/<token>/pdf``, a
  public signed link as on Stripe: no key needed) serves a small PDF; ``hosted_invoice_url``
  (``/i/<account>/<token>``) a small HTML page.

The data is generated on demand (`invoicekit_stripe._sandbox_data`): any ``size`` costs
nothing until requested, and a filter only computes the few facts it compares.
"""

from __future__ import annotations

import base64
import binascii
import html
from collections.abc import Callable, Mapping
from decimal import Decimal

from invoicekit.sandbox import (
    LazySequence,
    Router,
    SandboxError,
    SandboxRequest,
    SandboxResponse,
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
_STATUSES = ("draft", "open", "paid", "uncollectible", "void")
_METHODS = ("charge_automatically", "send_invoice")
_RANGES = ("created", "due_date")
_PREDICATES = ("gt", "gte", "lt", "lte")
_PARAMETERS = frozenset(
    {"limit", "starting_after", "ending_before", "status", "customer", "subscription"}
    | {"collection_method", "expand[]", *_RANGES}
    | {f"{field}[{op}]" for field in _RANGES for op in _PREDICATES}
)
_NO_KEY = (
    "You did not provide an API key. You need to provide your API key in the Authorization "
    "header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See "
    "https://stripe.com/docs/api#authentication for details, or we can help at "
    "https://support.stripe.com/."
)
_LINE_PARAMETERS = frozenset({"limit", "starting_after", "ending_before", "expand[]"})
_TYPES = {402: "card_error", 429: "invalid_request_error"}


def _body(
    status: int, message: str, *, code: str | None = None, param: str | None = None
) -> SandboxResponse:
    error: dict[str, str] = {"message": message}
    error["type"] = "api_error" if status >= 500 else _TYPES.get(status, "invalid_request_error")
    if code is None and status == 429:
        code = "rate_limit"
    if code:
        error["code"] = code
        error["doc_url"] = f"https://stripe.com/docs/error-codes/{code.replace('_', '-')}"
    if param:
        error["param"] = param
    return SandboxResponse.json(status, {"error": error}, headers={"stripe-version": _VERSION})


class _Failure(Exception):
    """A Stripe error with code and param, answered as is (not via `SandboxError`)."""

    def __init__(self, response: SandboxResponse) -> None:
        super().__init__(response.status)
        self.response = response


def _fail(
    status: int, message: str, *, code: str | None = None, param: str | None = None
) -> _Failure:
    return _Failure(_body(status, message, code=code, param=param))


def _masked(key: str) -> str:
    return f"{key[:8]}{'*' * max(len(key) - 12, 4)}{key[-4:]}" if len(key) > 12 else "****"


def _integer(request: SandboxRequest, name: str) -> int | None:
    value = request.param(name)
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        raise _fail(
            400, f"Invalid integer: {value}", code="parameter_invalid_integer", param=name
        ) from None


class StripeSandbox(StripeMutations):
    """The Stripe invoices API on loopback, with ``size`` invoices derived from ``seed``."""

    vendor = "stripe"
    credentials: Mapping[str, str] = {"api_key": API_KEY}

    def __init__(self, *, size: int, seed: int) -> None:
        self._data = StripeData(seed, size)
        # Creation times oldest first, for bisecting `created` ranges.
        self._by_age = LazySequence(size, lambda age: self._data.created(size - 1 - age))
        self._router = Router()
        self._router.add("GET", "/v1/invoices", self._list)
        self._router.add("GET", "/v1/invoices/{invoice}", self._get)
        self._router.add("GET", "/v1/invoices/{invoice}/lines", self._lines)
        self._router.add("GET", "/v1/events", self._events_list)
        self._router.add("GET", "/invoice/{account}/{token}/pdf", self._pdf)
        self._router.add("GET", "/i/{account}/{token}", self._hosted)

    def invoice_ids(self) -> StripeIds:
        """Every invoice id, in list order: newest first."""
        return self._data.ids

    def handle(self, request: SandboxRequest) -> SandboxResponse:
        """Check the key on API paths, then route."""
        try:
            if request.path.startswith("/v1/"):
                self._authenticate(request)
            return self._router.dispatch(request)
        except _Failure as failure:
            return failure.response

    def error(self, status: int, message: str) -> SandboxResponse:
        """Stripe's error body for ``status``."""
        if status == 404 and message.startswith("no such resource"):
            message = "Unrecognized request URL. Please see https://stripe.com/docs."
        return _body(status, message)

    def _authenticate(self, request: SandboxRequest) -> None:
        scheme, _, value = (request.header("authorization") or "").strip().partition(" ")
        key = value.strip()
        if scheme.lower() == "basic":
            try:
                key = base64.b64decode(key, validate=True).decode().partition(":")[0]
            except (binascii.Error, UnicodeDecodeError):
                key = ""
        elif scheme.lower() != "bearer":
            key = ""
        if not key:
            raise _fail(401, _NO_KEY)
        if key != API_KEY:
            raise _fail(401, f"Invalid API Key provided: {_masked(key)}")

    def _position(self, params: Mapping[str, str]) -> int:
        position = self._data.ids.lookup(params["invoice"])
        if position is None or not self.present(position):
            raise _fail(
                404,
                f"No such invoice: '{params['invoice'][:80]}'",
                code="resource_missing",
                param="invoice",
            )
        return position

    def _get(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        invoice = self.document(self._position(params), request.base_url)
        return SandboxResponse.json(200, invoice, headers={"stripe-version": _VERSION})

    def _lines(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        position = self._position(params)
        _refuse_unknown(request, _LINE_PARAMETERS)
        limit = _limit(request)
        after, before = _cursors(request)
        lines = self._data.lines(position, request.base_url)
        ids = [str(line["id"]) for line in lines]
        start, stop = 0, len(lines)
        for name, cursor in (("starting_after", after), ("ending_before", before)):
            if not cursor:
                continue
            if cursor not in ids:
                # GUESS: Stripe's wording for an unknown line cursor is not documented.
                message = f"No such invoice line item: '{cursor[:80]}'"
                raise _fail(404, message, code="resource_missing", param=name)
            if name == "starting_after":
                start = ids.index(cursor) + 1
                stop = min(start + limit, len(lines))
            else:
                stop = ids.index(cursor)
                start = max(stop - limit, 0)
        if not before:
            stop = min(start + limit, len(lines))
        body = {
            "object": "list",
            "data": lines[start:stop],
            "has_more": (start > 0) if before else stop < len(lines),
            "url": f"/v1/invoices/{params['invoice']}/lines",
        }
        return SandboxResponse.json(200, body, headers={"stripe-version": _VERSION})

    def _window(self, request: SandboxRequest) -> range:
        """The positions whose creation time is inside the ``created`` bounds."""
        low: int | None = None
        high: int | None = None
        exact = _integer(request, "created")
        for op in (*_PREDICATES, None):
            value = exact if op is None else _integer(request, f"created[{op}]")
            if value is None:
                continue
            if op in {"gt", "gte", None}:
                bound = value + 1 if op == "gt" else value
                low = bound if low is None else max(low, bound)
            if op in {"lt", "lte", None}:
                bound = value - 1 if op == "lt" else value
                high = bound if high is None else min(high, bound)
        ages = sorted_range(self._by_age, low, high)
        size = len(self._data.ids)
        return range(size - ages.stop, size - ages.start)

    def _matcher(self, request: SandboxRequest) -> Callable[[Facts], bool]:
        status = request.param("status")
        if status is not None and status not in _STATUSES:
            raise _fail(
                400, f"Invalid status: must be one of {', '.join(_STATUSES)}", param="status"
            )
        method = request.param("collection_method")
        if method is not None and method not in _METHODS:
            message = f"Invalid collection_method: must be one of {' or '.join(_METHODS)}"
            raise _fail(400, message, param="collection_method")
        customer, subscription = request.param("customer"), request.param("subscription")
        due = {op: _integer(request, f"due_date[{op}]") for op in _PREDICATES}
        due_exact = _integer(request, "due_date")
        customers = {self._data.customer_id(n): n for n in range(CUSTOMERS)} if customer else {}

        def matches(facts: Facts) -> bool:
            if status is not None and facts.status != status:
                return False
            if method is not None and facts.collection_method != method:
                return False
            if customer is not None and customers.get(customer) != facts.customer:
                return False
            if subscription is not None and facts.subscription != subscription:
                return False
            return _in_range(facts.due_date, due, due_exact)

        return matches

    def _list(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        _refuse_unknown(request, _PARAMETERS)
        limit = _limit(request)
        after, before = _cursors(request)
        window, matches = self._window(request), self._matcher(request)
        scan = range(window.start, window.stop)
        for name, cursor in (("starting_after", after), ("ending_before", before)):
            if not cursor:
                continue
            position = self._data.ids.lookup(cursor)
            if position is None:
                message = f"No such invoice: '{cursor[:80]}'"
                raise _fail(404, message, code="resource_missing", param=name)
            if name == "starting_after":
                scan = range(max(position + 1, window.start), window.stop)
            else:  # the invoices just before the cursor, walked towards the head
                scan = range(min(position, window.stop) - 1, window.start - 1, -1)
        found: list[int] = []
        for candidate in scan:
            if self.present(candidate) and matches(self.facts_now(candidate)):
                found.append(candidate)
                if len(found) > limit:
                    break
        has_more = len(found) > limit
        positions = sorted(found[:limit])
        body = {
            "object": "list",
            "data": [self.document(p, request.base_url) for p in positions],
            "has_more": has_more,
            "url": "/v1/invoices",
        }
        return SandboxResponse.json(200, body, headers={"stripe-version": _VERSION})

    def _events_list(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        _refuse_unknown(request, EVENT_PARAMETERS)
        limit = _limit(request)
        after, before = _cursors(request)
        created = {op: _integer(request, f"created[{op}]") for op in _PREDICATES}
        created[""] = _integer(request, "created")
        try:
            page, has_more = select_events(
                self.events(),
                limit=limit,
                after=after,
                before=before,
                event_type=request.param("type"),
                created=created,
            )
        except LookupError as missing:
            name = str(missing.args[0])
            cursor = str(after if name == "starting_after" else before)
            message = f"No such event: '{cursor[:80]}'"
            raise _fail(404, message, code="resource_missing", param=name) from None
        bodies = []
        for _, applied, _ in page:
            event = self.webhook_event(applied, base_url=request.base_url)
            assert event is not None  # Stripe has an event for every change
            bodies.append(event[1])
        body = {"object": "list", "data": bodies, "has_more": has_more, "url": "/v1/events"}
        return SandboxResponse.json(200, body, headers={"stripe-version": _VERSION})

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


def _refuse_unknown(request: SandboxRequest, known: frozenset[str]) -> None:
    for name, _ in request.query:
        if name not in known:
            raise _fail(400, f"Received unknown parameter: {name}", param=name)


def _limit(request: SandboxRequest) -> int:
    limit = _integer(request, "limit")
    limit = 10 if limit is None else limit
    if not 1 <= limit <= 100:
        raise _fail(400, "This value must be between 1 and 100.", param="limit")
    return limit


def _cursors(request: SandboxRequest) -> tuple[str | None, str | None]:
    after, before = request.param("starting_after"), request.param("ending_before")
    if after and before:
        message = "You may only specify one of these parameters: ending_before, starting_after."
        raise _fail(400, message)
    return after, before


def _in_range(value: int | None, bounds: Mapping[str, int | None], exact: int | None) -> bool:
    if all(bound is None for bound in bounds.values()) and exact is None:
        return True
    if value is None:
        return False
    checks = {
        "gt": lambda bound: value > bound,
        "gte": lambda bound: value >= bound,
        "lt": lambda bound: value < bound,
        "lte": lambda bound: value <= bound,
    }
    if exact is not None and value != exact:
        return False
    return all(bound is None or checks[op](bound) for op, bound in bounds.items())
