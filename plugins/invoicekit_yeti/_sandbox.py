"""A local fake of the Yeti-switch customer API v1 (yeti-web on jsonapi-resources 0.9.12).

What it emulates, below the sandbox prefix (``http://127.0.0.1:8765/yeti``):

``POST /api/rest/customer/v1/auth``
    Login with ``{"auth": {"login": "sandbox", "password": "sandbox-yeti-password"}}`` (JSON or
    form encoded): 201 ``{"jwt": ...}``, or with ``cookie_auth`` 201, an empty body and the
    ``_yeti_customer_v1_session`` cookie. The JWT is real: HS256 over a per-seed secret, payload
    ``{"aud":["customer-v1"],"sub":<api access id>,"exp":<now + 600>}``. Wrong credentials: 401
    "Authentication failed"; no ``auth`` object: 400. ``GET`` answers ``{"allow-rec": ...}``
    and ``DELETE`` clears the cookie (204), as yeti-web's ``AuthController``.
Every other route
    Authorized like ``CustomerV1Authorizable``: the last whitespace-separated word of the
    ``Authorization`` header (bare token or ``Bearer <token>``), else the session cookie (then
    a refreshed cookie is set). Signature, algorithm, audience, ``sub`` and ``exp`` are
    checked; any failure is the JSON:API 401 "Authorization failed".
``GET /api/rest/customer/v1/invoices``
    jsonapi-resources' ``paged`` paginator (``page[number]``, ``page[size]`` default 50, max
    1000, else 400 code 118), ``meta.total-count`` and absolute ``links`` built the way
    ``Hash#to_query`` does; ``sort`` (default ``-start-date``; any attribute or ``id``, ``-``
    for descending; unknown fields 400 code 114); ``include=account`` (else 400 code 112);
    sparse fieldsets ``fields[invoices]``/``fields[accounts]`` (bad ones 400 code 104/101);
    every ``filter[<attribute>_<predicate>]`` of ``invoice_resource.rb`` with ransack's
    semantics (others 400 code 102; several values for a one-value predicate 400 code 107).
    A ``sort`` starting with ``start_date`` (what the plugin sends, and the default) and the
    ``start_date``/``account_id``/``reference_eq`` filters are answered without generating
    anything beyond the page; any other sort or filter scans the matching invoices.
``GET /api/rest/customer/v1/invoices/{id}``, ``.../{id}/account``,
``.../{id}/relationships/account``, ``.../accounts/{id}``
    One invoice (``include``, ``fields``), its account, the relationship linkage, an account.
    A malformed UUID is 400 code 103, an unknown one 404 "Record not found".
``GET /api/rest/customer/v1/invoices/{id}/download``
    The PDF with ``Content-Disposition: attachment`` when ``has-pdf`` is true, else 404 with an
    empty body (``head 404``).

The data: one customer with a few accounts (more for large sizes, so that the periods stay in
2024-2025 at 100,000 invoices), each billed weekly or monthly in consecutive periods, in USD,
EUR or GBP. Invoices are sorted by period start, oldest first; invoice ``i`` is the ``i``-th
period start of the merged schedules, found by bisection over a closed-form count, and its
figures come from ``rng_for(seed, "yeti", i)``: nothing is generated before it is requested.
Amounts are decimal strings as ``BigDecimal#to_s`` writes them (``"12.3456"``, ``"0.0"``);
``amount-spent`` is the sum of the originated, terminated and services amounts; successful
calls never exceed calls, billed durations are whole billing intervals, and the first and last
calls lie inside the period.
"""

from __future__ import annotations

import base64
import binascii
import calendar
import csv
import functools
import hashlib
import heapq
import hmac
import json
import math
import re
import time
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from email.utils import format_datetime
from http import HTTPStatus
from typing import Any

from invoicekit.sandbox import (
    LazySequence,
    Router,
    SandboxRandom,
    SandboxRequest,
    SandboxResponse,
    UuidIds,
    company_name,
    minimal_pdf,
    rng_for,
    sorted_range,
)

__all__ = [
    "API",
    "FILTERS",
    "LOGIN",
    "PASSWORD",
    "YetiSandbox",
]

#: The customer API's path prefix.
API = "/api/rest/customer/v1"
#: The sandbox's Customer Portal login (public demo values).
LOGIN = "sandbox"
PASSWORD = "sandbox-yeti-password"
#: ``api.customer.token_lifetime`` of a default yeti-web installation, in seconds.
TOKEN_LIFETIME = 600
#: The session cookie of ``CustomerV1Auth::Authenticator``.
COOKIE_NAME = "_yeti_customer_v1_session"
DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 1000

JSON_API = "application/vnd.api+json"
_JSON = "application/json"
_VENDOR = "yeti"
_AUDIENCE = "customer-v1"
_API_ACCESS_ID = 31  # the ``sub`` of the sandbox login's tokens
_JWT_HEADER = {"alg": "HS256"}  # what ruby-jwt writes, no "typ"

#: ``ransack_filter`` declarations of ``invoice_resource.rb``: base name → type.
FILTER_TYPES: Mapping[str, str] = {
    "reference": "string",
    "start_date": "datetime",
    "end_date": "datetime",
    "amount_spent": "number",
    "originated_amount_spent": "number",
    "originated_calls_count": "number",
    "originated_successful_calls_count": "number",
    "originated_calls_duration": "number",
    "originated_billing_duration": "number",
    "originated_first_call_at": "datetime",
    "originated_last_call_at": "datetime",
    "terminated_amount_spent": "number",
    "terminated_calls_count": "number",
    "terminated_successful_calls_count": "number",
    "terminated_calls_duration": "number",
    "terminated_billing_duration": "number",
    "terminated_first_call_at": "datetime",
    "terminated_last_call_at": "datetime",
    "services_amount_spent": "number",
    "service_transactions_count": "number",
    "account_id": "uuid",
}
#: ``RansackFilterBuilder::RANSACK_TYPE_SUFIXES_DIC``.
PREDICATES: Mapping[str, tuple[str, ...]] = {
    "datetime": ("eq", "not_eq", "gt", "gteq", "lt", "lteq", "in", "not_in"),
    "number": ("eq", "not_eq", "gt", "gteq", "lt", "lteq", "in", "not_in"),
    "string": ("eq", "not_eq", "cont", "start", "end", "in", "not_in", "cont_any"),
    "uuid": ("eq", "not_eq", "in", "not_in"),
}
_LIST_PREDICATES = frozenset({"in", "not_in", "cont_any"})
#: Every allowed ``filter[...]`` key (after ``underscore``), as (base, predicate).
FILTERS: Mapping[str, tuple[str, str]] = {
    f"{base}_{predicate}": (base, predicate)
    for base, kind in FILTER_TYPES.items()
    for predicate in PREDICATES[kind]
}

_INVOICE_ATTRIBUTES = (
    "reference",
    "start_date",
    "end_date",
    "has_pdf",
    "amount_spent",
    "originated_amount_spent",
    "originated_calls_count",
    "originated_successful_calls_count",
    "originated_calls_duration",
    "originated_billing_duration",
    "originated_first_call_at",
    "originated_last_call_at",
    "terminated_amount_spent",
    "terminated_calls_count",
    "terminated_successful_calls_count",
    "terminated_calls_duration",
    "terminated_billing_duration",
    "terminated_first_call_at",
    "terminated_last_call_at",
    "services_amount_spent",
    "service_transactions_count",
)
_ACCOUNT_ATTRIBUTES = (
    "name",
    "balance",
    "min_balance",
    "max_balance",
    "destination_rate_limit",
    "origination_capacity",
    "termination_capacity",
    "total_capacity",
    "currency",
)
# `sortable_fields` is every attribute plus id; `has-pdf` is computed in Ruby, not a column
# (GUESS, as the spec says: PostgreSQL would fail), so it is refused as an invalid sort.
_SORTABLE = frozenset({"id", *_INVOICE_ATTRIBUTES} - {"has_pdf"})
# Valid `fields[...]` values (dasherized), per type: attributes, relationships and id.
_FIELDS: Mapping[str, frozenset[str]] = {
    "invoices": frozenset({"id", "account", *(a.replace("_", "-") for a in _INVOICE_ATTRIBUTES)}),
    "accounts": frozenset({"id", *(a.replace("_", "-") for a in _ACCOUNT_ATTRIBUTES)}),
}
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_RUBY_INT = re.compile(r"\s*([+-]?\d+(?:_\d+)*)")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_CURRENCIES = ("USD", "EUR", "GBP")
_REF_TEMPLATES = ("$id", "$id", "INV-$id", "YS/$id")
_FIRST_INTERNAL_ID = 1001
_MICROSECOND = timedelta(microseconds=1)

# -- the schedule: which account and period each invoice index is ----------------------------

_BASE = calendar.timegm((2024, 1, 1, 0, 0, 0))  # a Monday, 00:00 UTC
_DAY = 86_400
_WEEK = 7 * _DAY
_SHORTEST_MONTH = 28 * _DAY
_MAX_ACCOUNTS_PER_KIND = 1000


def _month_start(month: int) -> int:
    """Unix time of the first instant of month ``month`` counted from January 2024."""
    return calendar.timegm((2024 + month // 12, month % 12 + 1, 1, 0, 0, 0))


def _month_of(moment: int) -> int:
    parts = time.gmtime(moment)
    return (parts.tm_year - 2024) * 12 + parts.tm_mon - 1


class _Schedule:
    """The invoice periods of every account, merged by start instant.

    Weekly accounts ``0 .. weekly-1`` start their periods on Mondays, monthly accounts on the
    1st, each shifted by its own offset (like accounts in different time zones), so no two
    periods of the sandbox start at the same instant and the order by start is total. Weekly
    offsets are whole multiples of ``grain`` after midnight, monthly ones half a grain off, so
    a start instant alone tells which account and period it belongs to. `count` (how many
    periods start at or before an instant) is closed-form, so the ``i``-th start is a
    bisection and any index is decoded in O(log) without building anything.
    """

    def __init__(self, size: int) -> None:
        self.weekly = min(_MAX_ACCOUNTS_PER_KIND, max(3, math.ceil(size * 0.75 / 104)))
        self.monthly = min(_MAX_ACCOUNTS_PER_KIND, max(2, math.ceil(size * 0.25 / 24)))
        hour = 3600
        if self.weekly * hour <= _WEEK and self.monthly * hour < _SHORTEST_MONTH:
            self.grain = hour  # periods start on the hour (weekly) or half hour (monthly)
            self.weekly_step = self.monthly_step = hour
        else:  # many accounts: even minutes, and odd ones for the monthly accounts
            self.grain = 120
            self.weekly_step = max(120, _WEEK // self.weekly // 120 * 120)
            self.monthly_step = max(120, (_SHORTEST_MONTH - 60) // self.monthly // 120 * 120)
        self.shift = self.grain // 2
        self.accounts = self.weekly + self.monthly

    def is_weekly(self, account: int) -> bool:
        return account < self.weekly

    def count(self, moment: int) -> int:
        """How many periods (of all accounts) start at or before ``moment``."""
        total = 0
        if moment >= _BASE:
            weeks, rest = divmod(moment - _BASE, _WEEK)
            total += weeks * self.weekly + min(self.weekly, rest // self.weekly_step + 1)
        moment -= self.shift
        if moment >= _BASE:
            month = _month_of(moment)
            rest = moment - _month_start(month)
            total += month * self.monthly + min(self.monthly, rest // self.monthly_step + 1)
        return total

    def start(self, index: int) -> int:
        """The start of the ``index``-th period (0-based), in Unix seconds."""
        # Every start lies on BASE + k * shift; bisect over k for the first count > index.
        weeks = index // self.weekly
        high = (weeks * _WEEK + (self.weekly - 1) * self.weekly_step) // self.shift + 1
        low = -1
        while high - low > 1:
            middle = (low + high) // 2
            if self.count(_BASE + middle * self.shift) > index:
                high = middle
            else:
                low = middle
        return _BASE + high * self.shift

    def decode(self, moment: int) -> tuple[int, int]:
        """``(account, period)`` of the period that starts at ``moment``."""
        if (moment - _BASE) % self.grain == 0:
            period, rest = divmod(moment - _BASE, _WEEK)
            return rest // self.weekly_step, period
        moment -= self.shift
        period = _month_of(moment)
        return self.weekly + (moment - _month_start(period)) // self.monthly_step, period

    def period_start(self, account: int, period: int) -> int:
        """Start of period ``period`` (0-based) of ``account``, in Unix seconds."""
        if self.is_weekly(account):
            return _BASE + period * _WEEK + account * self.weekly_step
        return _month_start(period) + self.shift + (account - self.weekly) * self.monthly_step

    def index_of(self, account: int, period: int) -> int:
        """The list position of period ``period`` of ``account``."""
        return self.count(self.period_start(account, period)) - 1


@dataclass(frozen=True, slots=True)
class _Slot:
    """Where an invoice sits: its account, period number and period instants."""

    account: int
    period: int
    start: datetime
    end: datetime


@dataclass(frozen=True, slots=True)
class _Profile:
    """An account's traffic of one kind: calls a day, ASR, ACD, price and billing interval."""

    calls_per_day: int
    asr: float
    acd: int
    rate: Decimal  # per minute, VAT included
    interval: int  # seconds


@dataclass(frozen=True, slots=True)
class _Account:
    """One account of the sandbox's customer, with the traffic profile its invoices follow."""

    index: int
    id: str
    name: str
    currency: str
    balance: Decimal
    min_balance: Decimal
    max_balance: Decimal
    destination_rate_limit: Decimal | None
    origination_capacity: int | None
    termination_capacity: int | None
    total_capacity: int | None
    ref_template: str
    originated: _Profile
    terminated: _Profile
    service_fee: Decimal | None


@dataclass(frozen=True, slots=True)
class _Invoice:
    """One customer invoice, typed; attribute names are the resource's (underscored)."""

    index: int
    id: str
    account: int
    reference: str
    start_date: datetime
    end_date: datetime
    has_pdf: bool
    amount_spent: Decimal
    originated_amount_spent: Decimal
    originated_calls_count: int
    originated_successful_calls_count: int
    originated_calls_duration: int
    originated_billing_duration: int
    originated_first_call_at: datetime | None
    originated_last_call_at: datetime | None
    terminated_amount_spent: Decimal
    terminated_calls_count: int
    terminated_successful_calls_count: int
    terminated_calls_duration: int
    terminated_billing_duration: int
    terminated_first_call_at: datetime | None
    terminated_last_call_at: datetime | None
    services_amount_spent: Decimal
    service_transactions_count: int


@dataclass(frozen=True, slots=True)
class _Traffic:
    amount: Decimal
    calls: int
    successful: int
    duration: int
    billed: int
    first: datetime | None
    last: datetime | None


_NO_TRAFFIC = _Traffic(Decimal("0.0"), 0, 0, 0, 0, None, None)

# -- value formatting --------------------------------------------------------------------------


def ruby_decimal(value: Decimal) -> str:
    """A decimal as Rails writes a ``BigDecimal`` to JSON: ``"12.3456"``, ``"10.0"``, ``"0.0"``."""
    text = format(value.normalize() + 0, "f")  # `+ 0` turns -0 into 0
    return text if "." in text else f"{text}.0"


def iso_ms(moment: datetime | None) -> str | None:
    """An instant as ``iso8601(3)`` in UTC, or ``None``."""
    if moment is None:
        return None
    moment = moment.astimezone(UTC)
    return f"{moment:%Y-%m-%dT%H:%M:%S}.{moment.microsecond // 1000:03d}Z"


def _instant(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _ruby_to_i(text: str) -> int:
    """``String#to_i``: the leading integer, or 0."""
    match = _RUBY_INT.match(text)
    return int(match.group(1).replace("_", "")) if match else 0


def _underscore(key: str) -> str:
    """ActiveSupport's ``underscore``, as jsonapi-resources' dasherized key formatter unformats."""
    return _CAMEL.sub("_", key).replace("-", "_").lower()


def _csv_values(raw: str) -> list[str]:
    """``CSV.parse_line`` (blank → no values; a malformed line → the raw text)."""
    if not raw:
        return []
    try:
        row = next(csv.reader([raw], strict=True))
    except (csv.Error, StopIteration):
        return [raw]
    return list(row)


def _escape(text: str) -> str:
    return urllib.parse.quote_plus(text, safe="")  # CGI.escape


# -- errors ------------------------------------------------------------------------------------


def _error_object(status: int, code: str, title: str, detail: str) -> dict[str, str]:
    return {"title": title, "detail": detail, "code": code, "status": str(status)}


class _Problem(Exception):
    """An answer that stops the request: JSON:API errors, or any prepared response."""

    def __init__(self, response: SandboxResponse) -> None:
        super().__init__(response.status)
        self.response = response

    @classmethod
    def errors(
        cls, status: int, errors: list[dict[str, str]], *, content_type: str = JSON_API
    ) -> _Problem:
        return cls(SandboxResponse.json(status, {"errors": errors}, content_type=content_type))

    @classmethod
    def one(
        cls, status: int, code: str, title: str, detail: str, *, content_type: str = JSON_API
    ) -> _Problem:
        error = _error_object(status, code, title, detail)
        return cls.errors(status, [error], content_type=content_type)


def _authorization_failed(content_type: str = JSON_API) -> _Problem:
    return _Problem.one(
        401,
        "401",
        "Authorization failed",
        "Authorization token expired or incorrect.",
        content_type=content_type,
    )


def _record_not_found(key: str) -> _Problem:
    return _Problem.one(
        404, "404", "Record not found", f"The record identified by {key} could not be found."
    )


def _invalid_id(key: str) -> _Problem:
    return _Problem.one(400, "103", "Invalid field value", f"{key} is not a valid value for id.")


def _invalid_filter_value(name: str, values: Sequence[str]) -> _Problem:
    detail = f"{','.join(values)} is not a valid value for {name}."
    return _Problem.one(400, "107", "Invalid filter value", detail)


# -- the request's JSON:API parameters ------------------------------------------------------


def _last_params(request: SandboxRequest) -> dict[str, str]:
    """Query parameters as Rails keeps them: the last value of a repeated name wins."""
    return dict(request.query)


def _nested(params: Mapping[str, str], name: str) -> tuple[str | None, dict[str, str] | None]:
    """``name`` as a scalar (``page=2``) and as a hash (``page[number]=2``), raw keys kept."""
    scalar = params.get(name)
    prefix = f"{name}["
    nested = {
        key[len(prefix) :].split("]", 1)[0]: value
        for key, value in params.items()
        if key.startswith(prefix) and "]" in key[len(prefix) :]
    }
    return scalar, (nested if nested else None)


@dataclass(frozen=True, slots=True)
class _Filter:
    name: str
    base: str
    predicate: str
    values: tuple[Any, ...]


@dataclass(slots=True)
class _Params:
    """What jsonapi-resources' ``RequestParser`` makes of the query string."""

    fields: dict[str, frozenset[str]]
    include: bool
    raw_filters: dict[str, str]  # underscored name → raw value
    sort: list[tuple[str, bool]]  # (field, descending)
    number: int
    size: int
    link_params: dict[str, Any]  # request params that pagination links carry


def _parse_fields(params: Mapping[str, str]) -> dict[str, frozenset[str]]:
    scalar, nested = _nested(params, "fields")
    if nested is None:
        if scalar is not None:
            raise _Problem.one(400, "119", "Invalid field format", "Fields must specify a type.")
        return {}
    parsed: dict[str, frozenset[str]] = {}
    for kind, value in nested.items():
        valid = _FIELDS.get(kind)
        if valid is None:
            raise _Problem.one(400, "101", "Invalid resource", f"{kind} is not a valid resource.")
        names = value.split(",") if value else ["nil"]
        for name in names:
            if name not in valid:
                detail = f"{name} is not a valid field for {kind}."
                raise _Problem.one(400, "104", "Invalid field", detail)
        parsed[kind] = frozenset(_underscore(name) for name in names)
    return parsed


def _parse_include(raw: str | None, resource: str, errors: list[dict[str, str]]) -> bool:
    if raw is None:
        return False
    wanted = False
    for item in _csv_values(raw):
        head, _, rest = item.partition(".")
        valid = head == "account" if resource == "invoices" else False
        if valid and rest:  # accounts have no relationships
            head, resource, valid = rest.partition(".")[0], "accounts", False
        if not valid:
            detail = f"{head} is not a valid relationship of {resource}"
            errors.append(_error_object(400, "112", "Invalid field", detail))
            return False
        wanted = True
    return wanted


def _parse_sort(raw: str | None) -> list[tuple[str, bool]]:
    if not raw:
        return [("start_date", True)]  # InvoiceResource.default_sort
    text = urllib.parse.unquote(raw)
    criteria = []
    for item in _csv_values(text):
        descending = item.startswith("-")
        name = _underscore(item[1:] if descending else item)
        if name not in _SORTABLE:
            detail = f"{name} is not a valid sort criteria for invoices"
            raise _Problem.one(400, "114", "Invalid sort criteria", detail)
        criteria.append((name, descending))
    return criteria or [("start_date", True)]


def _parse_page(params: Mapping[str, str], errors: list[dict[str, str]]) -> tuple[int, int]:
    scalar, nested = _nested(params, "page")
    if nested is not None:
        size = _ruby_to_i(nested["size"]) if "size" in nested else DEFAULT_PAGE_SIZE
        number = _ruby_to_i(nested["number"]) if "number" in nested else 1
    elif scalar is not None:
        size, number = DEFAULT_PAGE_SIZE, _ruby_to_i(scalar)
    else:
        return 1, DEFAULT_PAGE_SIZE
    detail = None
    if size < 1:
        detail = f"{size} is not a valid value for size page parameter."
    elif size > MAX_PAGE_SIZE:
        detail = f"size exceeds maximum page size of {MAX_PAGE_SIZE}."
    elif number < 1:
        detail = f"{number} is not a valid value for number page parameter."
    if detail is not None:
        errors.append(_error_object(400, "118", "Invalid page value", detail))
    return number, size


def _parse_filters(params: Mapping[str, str], errors: list[dict[str, str]]) -> dict[str, str]:
    scalar, nested = _nested(params, "filter")
    if nested is None:
        if scalar is not None:
            detail = f"{scalar} is not a valid syntax for filtering."
            errors.append(_error_object(400, "120", "Invalid filters syntax", detail))
        return {}
    filters: dict[str, str] = {}
    for key, value in nested.items():
        name = _underscore(key)
        if name not in FILTERS:
            errors.append(
                _error_object(400, "102", "Filter not allowed", f"{name} is not allowed.")
            )
            return filters
        filters[name] = value
    return filters


def _link_params(params: Mapping[str, str]) -> dict[str, Any]:
    """The request parameters jsonapi-resources copies into pagination links."""
    carried: dict[str, Any] = {}
    for name in ("fields", "filter"):
        scalar, nested = _nested(params, name)
        if nested is not None:
            carried[name] = nested
        elif scalar is not None:
            carried[name] = scalar
    for name in ("include", "sort"):
        if name in params:
            carried[name] = params[name]
    return carried


def _to_query(params: Mapping[str, Any]) -> str:
    """ActiveSupport's ``Hash#to_query``: escaped, sorted at every level."""
    groups = []
    for key, value in params.items():
        if isinstance(value, Mapping):
            if value:
                pairs = sorted(
                    f"{_escape(f'{key}[{k}]')}={_escape(str(v))}" for k, v in value.items()
                )
                groups.append("&".join(pairs))
        else:
            groups.append(f"{_escape(key)}={_escape(str(value))}")
    return "&".join(sorted(groups))


def _parse_list_params(request: SandboxRequest, *, resource: str = "invoices") -> _Params:
    """Parse like ``RequestParser#setup_index_action``: some errors pile up, others raise."""
    params = _last_params(request)
    errors: list[dict[str, str]] = []
    fields_ = _parse_fields(params)  # raises
    include = _parse_include(params.get("include"), resource, errors)
    raw_filters = _parse_filters(params, errors)
    sort = _parse_sort(params.get("sort"))  # raises, dropping the errors so far
    number, size = _parse_page(params, errors)
    if errors:
        raise _Problem.errors(400, errors)
    return _Params(fields_, include, raw_filters, sort, number, size, _link_params(params))


def _parse_show_params(
    request: SandboxRequest, *, resource: str
) -> tuple[dict[str, frozenset[str]], bool]:
    params = _last_params(request)
    errors: list[dict[str, str]] = []
    fields_ = _parse_fields(params)
    include = _parse_include(params.get("include"), resource, errors)
    if resource == "invoices":
        _parse_filters(params, errors)
    if errors:
        raise _Problem.errors(400, errors)
    return fields_, include


def _check_accept(request: SandboxRequest) -> None:
    """``verify_accept_header``: 406 unless Accept is absent, JSON:API or ``*/*``."""
    accept = request.header("accept") or ""
    types = [item.strip() for item in re.findall(r'.+".+"[^,]*|[^,]+', accept)]
    if not types or any(t == JSON_API or t.startswith("*/*") for t in types):
        return
    detail = (
        f"All requests must use the '{JSON_API}' Accept without media type parameters. "
        f"This request specified '{accept}'."
    )
    raise _Problem.one(406, "406", "Not acceptable", detail)


# -- the sandbox -----------------------------------------------------------------------------


class YetiSandbox:
    """The Yeti-switch customer API v1 on loopback, with ``size`` invoices derived from ``seed``.

    Args:
        size: the number of invoices.
        seed: seeds the data and the JWT secret (tokens of one seed fail on another).
        clock: the current Unix time, for token expiry; tests pass a fake one.
        token_lifetime: seconds a login token lives; ``None`` mints tokens without ``exp``.
    """

    vendor = _VENDOR
    credentials: Mapping[str, str] = {"login": LOGIN, "password": PASSWORD}

    def __init__(
        self,
        *,
        size: int,
        seed: int,
        clock: Callable[[], float] = time.time,
        token_lifetime: int | None = TOKEN_LIFETIME,
    ) -> None:
        self._seed = seed
        self._size = size
        self._clock = clock
        self._token_lifetime = token_lifetime
        self._secret = hashlib.sha256(f"invoicekit-sandbox-yeti:{seed}".encode()).digest()
        self._schedule = _Schedule(size)
        self._ids = UuidIds(seed, _VENDOR, size)
        self._account_ids = UuidIds(seed, f"{_VENDOR}-accounts", self._schedule.accounts)
        self._starts = LazySequence(size, self._start)
        self.invoices = LazySequence(size, self._invoice)
        self._account = functools.lru_cache(maxsize=4096)(self._build_account)
        self._customer = company_name(rng_for(seed, _VENDOR, 0, salt="customer"))
        self._router = Router()
        self._router.add("POST", f"{API}/auth", self._login)
        self._router.add("GET", f"{API}/auth", self._guarded(self._auth_show, plain=True))
        self._router.add("DELETE", f"{API}/auth", self._logout)
        self._router.add("GET", f"{API}/invoices", self._guarded(self._list))
        self._router.add("GET", f"{API}/invoices/{{id}}", self._guarded(self._show))
        self._router.add("GET", f"{API}/invoices/{{id}}/download", self._guarded(self._download))
        self._router.add("GET", f"{API}/invoices/{{id}}/account", self._guarded(self._related))
        self._router.add(
            "GET", f"{API}/invoices/{{id}}/relationships/account", self._guarded(self._linkage)
        )
        self._router.add("GET", f"{API}/accounts/{{id}}", self._guarded(self._show_account))

    def __repr__(self) -> str:
        return f"<YetiSandbox size={self._size} seed={self._seed}>"

    # -- the VendorSandbox protocol -------------------------------------------------------

    def invoice_ids(self) -> UuidIds:
        """Every invoice UUID, oldest period first (the order of ``sort=start_date,id``)."""
        return self._ids

    def account_ids(self) -> UuidIds:
        """Every account UUID of the sandbox's customer."""
        return self._account_ids

    def handle(self, request: SandboxRequest) -> SandboxResponse:
        """Route one request; JSON:API errors are answered here, others by `error`."""
        try:
            return self._router.dispatch(request)
        except _Problem as problem:
            return problem.response

    def error(self, status: int, message: str) -> SandboxResponse:
        """A JSON:API error document for ``status`` (unknown routes, injected faults)."""
        if status == 401:
            return _authorization_failed().response
        try:
            title = HTTPStatus(status).phrase
        except ValueError:
            title = "Error"
        error = _error_object(status, str(status), title, message)
        return SandboxResponse.json(status, {"errors": [error]}, content_type=JSON_API)

    # -- tokens ---------------------------------------------------------------------------

    def issue_token(
        self,
        *,
        lifetime: int | None = TOKEN_LIFETIME,
        sub: object = _API_ACCESS_ID,
        audience: str = _AUDIENCE,
    ) -> str:
        """A JWT signed like the sandbox's logins, expiring ``lifetime`` seconds from now.

        ``lifetime=None`` leaves ``exp`` out. ``sub`` and ``audience`` default to what the
        sandbox accepts; change them to forge tokens it must reject.
        """
        claims: dict[str, Any] = {"aud": [audience], "sub": sub}
        if lifetime is not None:
            claims["exp"] = math.floor(self._clock() + lifetime)
        header = _b64(json.dumps(_JWT_HEADER, separators=(",", ":")).encode())
        payload = _b64(json.dumps(claims, separators=(",", ":")).encode())
        signature = hmac.new(self._secret, f"{header}.{payload}".encode(), hashlib.sha256)
        return f"{header}.{payload}.{_b64(signature.digest())}"

    def _valid(self, token: str) -> bool:
        """``JwtToken.decode`` with audience and expiry checks, then the api access lookup."""
        parts = token.split(".")
        if len(parts) != 3:
            return False
        head, payload, signature = parts
        try:
            header = json.loads(_unb64(head))
            claims = json.loads(_unb64(payload))
            given = _unb64(signature)
        except (ValueError, binascii.Error):
            return False
        if not isinstance(header, dict) or header.get("alg") != "HS256":
            return False
        expected = hmac.new(self._secret, f"{head}.{payload}".encode(), hashlib.sha256).digest()
        if not hmac.compare_digest(given, expected) or not isinstance(claims, dict):
            return False
        expiry = claims.get("exp")
        if "exp" in claims and self._token_lifetime is not None:
            if isinstance(expiry, bool) or not isinstance(expiry, int | float):
                return False
            if expiry <= math.floor(self._clock()):
                return False
        audience = claims.get("aud")
        audiences = audience if isinstance(audience, list) else [audience]
        if _AUDIENCE not in audiences:
            return False
        return str(claims.get("sub")) == str(_API_ACCESS_ID)

    def _session_cookie(self, token: str, expires: float | None) -> str:
        cookie = f"{COOKIE_NAME}={token}; path=/"
        if expires is not None:
            cookie += f"; expires={format_datetime(_instant(math.floor(expires)), usegmt=True)}"
        return f"{cookie}; httponly"

    def _authorize(self, request: SandboxRequest, *, plain: bool) -> bool:
        """Check the token; return whether it came from the cookie (then refresh it)."""
        words = (request.header("authorization") or "").split()
        from_cookie = not words
        token = words[-1] if words else self._cookie(request)
        if token is None or not self._valid(token):
            raise _authorization_failed(_JSON if plain else JSON_API)
        return from_cookie

    @staticmethod
    def _cookie(request: SandboxRequest) -> str | None:
        for item in (request.header("cookie") or "").split(";"):
            name, _, value = item.strip().partition("=")
            if name == COOKIE_NAME and value:
                return urllib.parse.unquote(value)
        return None

    def _guarded(
        self,
        handler: Callable[[SandboxRequest, Mapping[str, str]], SandboxResponse],
        *,
        plain: bool = False,
    ) -> Callable[[SandboxRequest, Mapping[str, str]], SandboxResponse]:
        """``before_action :authorize!`` and ``after_action :setup_authorization_cookie``."""

        def guarded(request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
            from_cookie = self._authorize(request, plain=plain)
            try:
                response = handler(request, params)
            except _Problem as problem:
                response = problem.response
            if not from_cookie:
                return response
            lifetime = self._token_lifetime
            expires = None if lifetime is None else self._clock() + lifetime
            cookie = self._session_cookie(self.issue_token(lifetime=lifetime), expires)
            return SandboxResponse(
                response.status, response.body, {**response.headers, "set-cookie": cookie}
            )

        return guarded

    # -- auth routes ----------------------------------------------------------------------

    def _login(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        auth = self._auth_params(request)
        if auth.get("login") != LOGIN or auth.get("password") != PASSWORD:
            raise _Problem.one(
                401,
                "401",
                "Authentication failed",
                "Incorrect login or password.",
                content_type=_JSON,
            )
        lifetime = self._token_lifetime
        token = self.issue_token(lifetime=lifetime)
        cookie_auth = auth.get("cookie_auth")
        if cookie_auth is not None and cookie_auth is not False:  # Ruby truthiness
            expires = None if lifetime is None else self._clock() + lifetime
            # `head 201`: Rails still names the request's format (JSON) as the content type.
            cookie = self._session_cookie(token, expires)
            return SandboxResponse(201, b"", {"content-type": _JSON, "set-cookie": cookie})
        return SandboxResponse.json(201, {"jwt": token})

    @staticmethod
    def _auth_params(request: SandboxRequest) -> dict[str, Any]:
        """``params.require(:auth)``: a missing or blank ``auth`` is Rails' plain 400."""
        content_type = (request.header("content-type") or "").split(";")[0].strip().lower()
        auth: Any = None
        if content_type == _JSON or content_type.endswith("+json"):
            try:
                body = json.loads(request.body or b"null")
            except ValueError:
                body = None
            auth = body.get("auth") if isinstance(body, dict) else None
        elif content_type == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qsl(request.body.decode("utf-8", "replace"))
            found = {
                key[len("auth[") : -1]: value
                for key, value in form
                if key.startswith("auth[") and key.endswith("]")
            }
            auth = found or None
        if not isinstance(auth, dict) or not auth:
            body = {"status": 400, "error": "Bad Request"}
            raise _Problem(SandboxResponse.json(400, body))
        return {
            key: value for key, value in auth.items() if key in {"login", "password", "cookie_auth"}
        }

    def _auth_show(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        return SandboxResponse.json(200, {"allow-rec": False})

    def _logout(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        cookie = f"{COOKIE_NAME}=logout; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT; httponly"
        return SandboxResponse(204, b"", {"set-cookie": cookie})

    # -- data -----------------------------------------------------------------------------

    def _start(self, index: int) -> datetime:
        return _instant(self._schedule.start(index))

    def _slot(self, index: int) -> _Slot:
        moment = self._schedule.start(index)
        account, period = self._schedule.decode(moment)
        end = self._schedule.period_start(account, period + 1)
        return _Slot(account, period, _instant(moment), _instant(end))

    def _build_account(self, index: int) -> _Account:
        rng = rng_for(self._seed, f"{_VENDOR}-accounts", index)
        currency = _CURRENCIES[index % len(_CURRENCIES)]
        capacity = rng.pick((None, 30, 60, 120, 300))
        min_balance = Decimal(rng.pick(("0", "0", "-100", "-500", "-2500")))
        # Fixed by position, so every sandbox of a few accounts has each kind of invoice:
        # reverse-billed terminated traffic on every third account, services on every other.
        has_terminated = index % 3 == 2
        return _Account(
            index=index,
            id=self._account_ids[index],
            name=f"{self._customer} {currency} {index + 1:02d}",
            currency=currency,
            balance=Decimal(rng.money("-250", "25000", scale=rng.pick((2, 3, 4)))),
            min_balance=min_balance,
            max_balance=Decimal(rng.pick(("100000", "1000000", "5000000"))),
            destination_rate_limit=(
                None if rng.chance(0.5) else Decimal(rng.money("0.05", "2", scale=2))
            ),
            origination_capacity=capacity,
            termination_capacity=None if capacity is None else rng.pick((None, capacity // 2)),
            total_capacity=None if capacity is None else capacity * 2,
            ref_template=rng.pick(_REF_TEMPLATES),
            originated=_Profile(
                calls_per_day=rng.integer(20, 4000),
                asr=0.35 + rng.random() * 0.5,
                acd=rng.integer(25, 240),
                rate=Decimal(rng.money("0.0040", "0.0900", scale=4)),
                interval=rng.pick((1, 6, 60)),
            ),
            terminated=_Profile(
                calls_per_day=rng.integer(5, 400) if has_terminated else 0,
                asr=0.7,
                acd=90,
                rate=Decimal(rng.money("0.0010", "0.0200", scale=4)),
                interval=1,
            ),
            service_fee=Decimal(rng.money("5", "250", scale=2)) if index % 2 else None,
        )

    @staticmethod
    def _traffic(rng: SandboxRandom, slot: _Slot, profile: _Profile) -> _Traffic:
        """One period's calls of one kind, consistent: successful <= calls, billed >= talked."""
        per_day, asr, acd = profile.calls_per_day, profile.asr, profile.acd
        rate, interval = profile.rate, profile.interval
        if per_day == 0 or rng.chance(0.06):  # an idle period
            return _NO_TRAFFIC
        days = (slot.end - slot.start).total_seconds() / _DAY
        calls = max(1, round(per_day * days * (0.6 + rng.random() * 0.8)))
        successful = min(calls, round(calls * asr * (0.9 + rng.random() * 0.2)))
        duration = round(successful * acd * (0.8 + rng.random() * 0.4))
        if successful == 0:
            duration = 0
        # Each successful call is billed in whole intervals: at most interval - 1 s more.
        billed = duration
        if interval > 1 and successful:
            billed += round(successful * (interval - 1) * rng.random())
            billed = -(-billed // interval) * interval
        scale = Decimal(1).scaleb(-rng.integer(2, 6))
        amount = (Decimal(billed) * rate / 60).quantize(scale)
        window = int(min(6 * 3600, (slot.end - slot.start).total_seconds() / 4) * 1000)
        first = slot.start + timedelta(milliseconds=rng.integer(0, window))
        last = slot.end - timedelta(milliseconds=rng.integer(1, window))
        return _Traffic(
            amount, calls, successful, duration, billed, first, first if calls == 1 else last
        )

    def _invoice(self, index: int) -> _Invoice:
        """Invoice ``index``, from ``rng_for(seed, "yeti", index)`` and its account's profile."""
        slot = self._slot(index)
        account = self._account(slot.account)
        rng = rng_for(self._seed, _VENDOR, index)
        originated = self._traffic(rng, slot, account.originated)
        terminated = self._traffic(rng, slot, account.terminated)
        services, transactions = Decimal("0.0"), 0
        if account.service_fee is not None:
            transactions = rng.integer(1, 3)
            charged = [
                account.service_fee,
                *(Decimal(rng.money("0", "20")) for _ in range(transactions - 1)),
            ]
            if rng.chance(0.1):
                charged[0] = Decimal("0")  # a waived fee: a transaction, nothing charged
            services = sum((amount for amount in charged if amount > 0), Decimal("0"))
        return _Invoice(
            index=index,
            id=self._ids[index],
            account=slot.account,
            reference=account.ref_template.replace("$id", str(_FIRST_INTERNAL_ID + index)),
            start_date=slot.start,
            end_date=slot.end,
            has_pdf=rng.chance(0.85),
            amount_spent=originated.amount + terminated.amount + services,
            originated_amount_spent=originated.amount,
            originated_calls_count=originated.calls,
            originated_successful_calls_count=originated.successful,
            originated_calls_duration=originated.duration,
            originated_billing_duration=originated.billed,
            originated_first_call_at=originated.first,
            originated_last_call_at=originated.last,
            terminated_amount_spent=terminated.amount,
            terminated_calls_count=terminated.calls,
            terminated_successful_calls_count=terminated.successful,
            terminated_calls_duration=terminated.duration,
            terminated_billing_duration=terminated.billed,
            terminated_first_call_at=terminated.first,
            terminated_last_call_at=terminated.last,
            services_amount_spent=services,
            service_transactions_count=transactions,
        )

    def _account_periods(self, account: int) -> LazySequence[int]:
        """The list positions of ``account``'s invoices, in order (lazy)."""
        schedule = self._schedule
        if not self._size:
            return LazySequence(0, schedule.start)
        # The account's periods that start by the last invoice's start are in the sandbox.
        last = schedule.start(self._size - 1)
        bound = (last - _BASE) // _WEEK + 2  # more periods than can start by then
        starts = LazySequence(bound, lambda period: schedule.period_start(account, period))
        count = sorted_range(starts, None, last).stop
        return LazySequence(count, lambda period: schedule.index_of(account, period))

    # -- rendering --------------------------------------------------------------------------

    @staticmethod
    def _attribute(invoice: _Invoice, name: str) -> Any:
        value = getattr(invoice, name)
        if isinstance(value, Decimal):
            return ruby_decimal(value)
        if isinstance(value, datetime) or value is None:
            return iso_ms(value)
        return value

    def _invoice_resource(
        self,
        request: SandboxRequest,
        invoice: _Invoice,
        *,
        include: bool,
        fields_: Mapping[str, frozenset[str]],
    ) -> dict[str, Any]:
        link = f"{request.base_url}{API}/invoices/{invoice.id}"
        wanted = fields_.get("invoices")
        attributes = {
            name.replace("_", "-"): self._attribute(invoice, name)
            for name in _INVOICE_ATTRIBUTES
            if wanted is None or name in wanted
        }
        resource: dict[str, Any] = {"id": invoice.id, "type": "invoices", "links": {"self": link}}
        if attributes:
            resource["attributes"] = attributes
        if wanted is None or "account" in wanted:
            relationship: dict[str, Any] = {
                "links": {
                    "self": f"{link}/relationships/account",
                    "related": f"{link}/account",
                }
            }
            if include:
                relationship["data"] = {
                    "type": "accounts",
                    "id": self._account_ids[invoice.account],
                }
            resource["relationships"] = {"account": relationship}
        return resource

    def _account_resource(
        self, request: SandboxRequest, index: int, fields_: Mapping[str, frozenset[str]]
    ) -> dict[str, Any]:
        account = self._account(index)
        wanted = fields_.get("accounts")
        values: dict[str, Any] = {
            "name": account.name,
            "balance": ruby_decimal(account.balance),
            "min_balance": ruby_decimal(account.min_balance),
            "max_balance": ruby_decimal(account.max_balance),
            "destination_rate_limit": (
                None
                if account.destination_rate_limit is None
                else ruby_decimal(account.destination_rate_limit)
            ),
            "origination_capacity": account.origination_capacity,
            "termination_capacity": account.termination_capacity,
            "total_capacity": account.total_capacity,
            "currency": account.currency,
        }
        attributes = {
            name.replace("_", "-"): value
            for name, value in values.items()
            if wanted is None or name in wanted
        }
        resource: dict[str, Any] = {
            "id": account.id,
            "type": "accounts",
            "links": {"self": f"{request.base_url}{API}/accounts/{account.id}"},
        }
        if attributes:
            resource["attributes"] = attributes
        return resource

    def _document(
        self,
        request: SandboxRequest,
        invoices: Sequence[_Invoice],
        *,
        include: bool,
        fields_: Mapping[str, frozenset[str]],
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        data = [
            self._invoice_resource(request, invoice, include=include, fields_=fields_)
            for invoice in invoices
        ]
        included: list[dict[str, Any]] = []
        if include:
            accounts = dict.fromkeys(invoice.account for invoice in invoices)
            included = [self._account_resource(request, index, fields_) for index in accounts]
        return data, included

    def _find(self, key: str) -> int:
        """``verify_key`` (UUID format, else 400 code 103) then ``find_by_key`` (else 404)."""
        if not _UUID.fullmatch(key):
            raise _invalid_id(key)
        index = self._ids.lookup(key)
        if index is None:
            raise _record_not_found(key)
        return index

    # -- invoice routes ---------------------------------------------------------------------

    def _show(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        _check_accept(request)
        fields_, include = _parse_show_params(request, resource="invoices")
        invoice = self.invoices[self._find(params["id"])]
        data, included = self._document(request, [invoice], include=include, fields_=fields_)
        document: dict[str, Any] = {"data": data[0]}
        if included:
            document["included"] = included
        return SandboxResponse.json(200, document, content_type=JSON_API)

    def _related(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        _check_accept(request)
        index = self._find(params["id"])
        fields_, _ = _parse_show_params(request, resource="accounts")
        account = self._slot(index).account
        document = {"data": self._account_resource(request, account, fields_)}
        return SandboxResponse.json(200, document, content_type=JSON_API)

    def _linkage(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        _check_accept(request)
        index = self._find(params["id"])
        link = f"{request.base_url}{API}/invoices/{self._ids[index]}"
        document = {
            "links": {"self": f"{link}/relationships/account", "related": f"{link}/account"},
            "data": {"type": "accounts", "id": self._account_ids[self._slot(index).account]},
        }
        return SandboxResponse.json(200, document, content_type=JSON_API)

    def _show_account(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        _check_accept(request)
        fields_, _ = _parse_show_params(request, resource="accounts")
        key = params["id"]
        if not _UUID.fullmatch(key):
            raise _invalid_id(key)
        index = self._account_ids.lookup(key)
        if index is None:
            raise _record_not_found(key)
        document = {"data": self._account_resource(request, index, fields_)}
        return SandboxResponse.json(200, document, content_type=JSON_API)

    def _download(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        invoice = self.invoices[self._find(params["id"])]
        if not invoice.has_pdf:
            return SandboxResponse(404)  # `head 404`: no body, no content type
        account = self._account(invoice.account)
        pdf = minimal_pdf(
            [
                f"Invoice {invoice.reference}",
                self._customer,
                f"Account: {account.name}",
                f"Period: {iso_ms(invoice.start_date)} - {iso_ms(invoice.end_date)}",
                f"Originated calls: {invoice.originated_calls_count}, "
                f"{ruby_decimal(invoice.originated_amount_spent)} {account.currency}",
                f"Terminated calls: {invoice.terminated_calls_count}, "
                f"{ruby_decimal(invoice.terminated_amount_spent)} {account.currency}",
                f"Services: {ruby_decimal(invoice.services_amount_spent)} {account.currency}",
                f"Total (VAT included): {ruby_decimal(invoice.amount_spent)} {account.currency}",
            ]
        )
        # Billing::Invoice#file_name: "#{id}_#{start_date}_#{end_date}", Time#to_s in UTC.
        internal_id = _FIRST_INTERNAL_ID + invoice.index
        filename = (
            f"{internal_id}_{invoice.start_date:%Y-%m-%d %H:%M:%S} UTC"
            f"_{invoice.end_date:%Y-%m-%d %H:%M:%S} UTC.pdf"
        )
        disposition = (
            f'attachment; filename="{filename}"; '
            f"filename*=UTF-8''{urllib.parse.quote(filename, safe='')}"
        )
        return SandboxResponse(
            200,
            pdf,
            {
                "content-type": "application/pdf",
                "content-disposition": disposition,
                "content-transfer-encoding": "binary",
            },
        )

    def _list(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        _check_accept(request)
        query = _parse_list_params(request)
        filters = self._verify_filters(query.raw_filters)
        selected = self._select(filters)
        ordered = self._order(selected, query.sort)
        total = len(ordered)
        offset = (query.number - 1) * query.size
        page = [self.invoices[index] for index in ordered[offset : offset + query.size]]
        data, included = self._document(request, page, include=query.include, fields_=query.fields)
        document: dict[str, Any] = {"data": data}
        if included:
            document["included"] = included
        document["meta"] = {"total-count": total}
        document["links"] = self._page_links(request, query, total)
        return SandboxResponse.json(200, document, content_type=JSON_API)

    @staticmethod
    def _page_links(request: SandboxRequest, query: _Params, total: int) -> dict[str, str]:
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
            links[name] = f"{url}?{_to_query({**query.link_params, 'page': page})}"
        return links

    # -- filters ------------------------------------------------------------------------------

    def _verify_filters(self, raw: Mapping[str, str]) -> list[_Filter]:
        """``RansackFilterBuilder#verify`` plus value casting; unknown accounts drop the filter."""
        verified = []
        for name, value in raw.items():
            base, predicate = FILTERS[name]
            values = _csv_values(value)
            if predicate not in _LIST_PREDICATES and len(values) != 1:
                raise _invalid_filter_value(name, values)
            kind = FILTER_TYPES[base]
            if kind == "uuid":
                # `Account.where(uuid: values).pluck(:id)`: malformed or unknown UUIDs resolve
                # to nothing, and ransack ignores a condition without a value (GUESS).
                found = [self._account_ids.lookup(item) for item in values if _UUID.fullmatch(item)]
                resolved = tuple(sorted({index for index in found if index is not None}))
                if resolved:
                    verified.append(_Filter(name, base, predicate, resolved))
                continue
            try:
                cast = tuple(_cast(kind, item) for item in values)
            except ValueError:
                # Ransack's casts are lenient; answering 107 for an unreadable value is a GUESS.
                raise _invalid_filter_value(name, values) from None
            verified.append(_Filter(name, base, predicate, cast))
        return verified

    def _select(self, filters: Sequence[_Filter]) -> Sequence[int]:
        """The positions matching every filter, ascending; lazy unless a scan is needed.

        Filters on the period start, the account (``eq``/``in``) and ``reference_eq`` pick
        positions directly; instants inside the period (end date, first and last calls) bound
        the start to a window; every other filter is checked invoice by invoice.
        """
        low, high, settled = _start_window(filters)
        residual: list[_Filter] = []
        accounts: set[int] | None = None
        reference: _Filter | None = None
        for item in filters:
            if item in settled:
                continue
            if item.base == "account_id" and item.predicate in {"eq", "in"}:
                wanted = set(item.values)
                accounts = wanted if accounts is None else accounts & wanted
                continue
            if item.base == "reference" and item.predicate == "eq":
                reference = item
            residual.append(item)
        window = sorted_range(self._starts, low, high)
        candidates: Sequence[int]
        if reference is not None:
            index = self._reference_index(reference.values[0])
            candidates = [index] if index is not None and index in window else []
            if accounts is not None:
                candidates = [i for i in candidates if self._slot(i).account in accounts]
        elif accounts is not None:
            runs = []
            for account in sorted(accounts):
                positions = self._account_periods(account)
                run = sorted_range(positions, window.start, window.stop - 1)
                runs.append(positions[run.start : run.stop])
            candidates = list(heapq.merge(*runs))
        else:
            candidates = window
        if residual:
            candidates = [
                i for i in candidates if all(_matches(self.invoices[i], f) for f in residual)
            ]
        return candidates

    def _reference_index(self, reference: str) -> int | None:
        digits = re.search(r"\d+$", reference)
        if digits is None:
            return None
        index = int(digits.group()) - _FIRST_INTERNAL_ID
        if not 0 <= index < self._size:
            return None
        return index

    def _order(self, selected: Sequence[int], sort: Sequence[tuple[str, bool]]) -> Sequence[int]:
        """Apply ``sort``; start dates are unique, so sorting by them first needs no data."""
        field, descending = sort[0]
        if field == "start_date":
            return selected[::-1] if descending else selected
        invoices = [self.invoices[index] for index in selected]
        for name, reverse in reversed(sort):
            invoices.sort(key=functools.partial(_sort_key, name=name), reverse=reverse)
        return [invoice.index for invoice in invoices]


# -- filter and sort semantics -----------------------------------------------------------------

_ORDERED = frozenset({"eq", "gt", "gteq", "lt", "lteq"})
# Instants inside an invoice's period: start <= instant <= end <= start + 31 days.
_IN_PERIOD = frozenset(
    {
        "end_date",
        "originated_first_call_at",
        "originated_last_call_at",
        "terminated_first_call_at",
        "terminated_last_call_at",
    }
)
_LONGEST_PERIOD = timedelta(days=31)
_EARLIEST = datetime.min.replace(tzinfo=UTC)
_LATEST = datetime.max.replace(tzinfo=UTC)


def _start_window(
    filters: Sequence[_Filter],
) -> tuple[datetime | None, datetime | None, list[_Filter]]:
    """Inclusive bounds on the period start implied by ``filters``, and the filters they settle.

    ``start_date`` comparisons are settled exactly. Comparisons of instants inside the period
    only narrow the window (an end or a call at or after X means a start after X - 31 days);
    they are still checked one by one.
    """
    low: datetime | None = None
    high: datetime | None = None
    settled: list[_Filter] = []
    for item in filters:
        if item.predicate not in _ORDERED:
            continue
        (value,) = item.values
        lower: datetime | None = None
        upper: datetime | None = None
        if item.base == "start_date":
            settled.append(item)
            if item.predicate in {"eq", "gteq", "gt"}:
                lower = _moved(value, _MICROSECOND) if item.predicate == "gt" else value
            if item.predicate in {"eq", "lteq", "lt"}:
                upper = _moved(value, -_MICROSECOND) if item.predicate == "lt" else value
        elif item.base in _IN_PERIOD:
            if item.predicate in {"eq", "gteq", "gt"}:
                lower = _moved(value, -_LONGEST_PERIOD)
            if item.predicate in {"eq", "lteq", "lt"}:
                upper = value
        if lower is not None:
            low = lower if low is None else max(low, lower)
        if upper is not None:
            high = upper if high is None else min(high, upper)
    return low, high, settled


def _cast(kind: str, text: str) -> Any:
    if kind == "string":
        return text
    if kind == "number":
        try:
            number = Decimal(text.strip())
        except InvalidOperation:
            raise ValueError(text) from None
        if not number.is_finite():
            raise ValueError(text)
        return number
    try:
        moment = datetime.fromisoformat(text.strip())
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    except OverflowError:  # "0001-01-01T00:00:00+01:00" is before datetime.min in UTC
        raise ValueError(text) from None


def _moved(moment: datetime, delta: timedelta) -> datetime:
    """``moment + delta``, clamped to the representable range."""
    try:
        return moment + delta
    except OverflowError:
        return _LATEST if delta > timedelta(0) else _EARLIEST


def _value(invoice: _Invoice, base: str) -> Any:
    return invoice.account if base == "account_id" else getattr(invoice, base)


def _matches(invoice: _Invoice, item: _Filter) -> bool:
    """Ransack's predicate on one invoice; SQL NULL never matches."""
    value = _value(invoice, item.base)
    if value is None:
        return False
    predicate, values = item.predicate, item.values
    if predicate in {"cont", "start", "end", "cont_any"}:  # ILIKE, wildcards escaped
        text = str(value).lower()
        needles = [str(v).lower() for v in values]
        if predicate == "start":
            return text.startswith(needles[0])
        if predicate == "end":
            return text.endswith(needles[0])
        return any(needle in text for needle in needles)
    if predicate == "in":
        return value in values
    if predicate == "not_in":
        return value not in values
    (target,) = values
    comparisons: Mapping[str, Callable[[Any, Any], bool]] = {
        "eq": lambda a, b: a == b,
        "not_eq": lambda a, b: a != b,
        "gt": lambda a, b: a > b,
        "gteq": lambda a, b: a >= b,
        "lt": lambda a, b: a < b,
        "lteq": lambda a, b: a <= b,
    }
    return comparisons[predicate](value, target)


def _sort_key(invoice: _Invoice, name: str) -> tuple[Any, ...]:
    """PostgreSQL order: NULLS LAST ascending (so first descending)."""
    value = invoice.id if name == "id" else getattr(invoice, name)
    return (1,) if value is None else (0, value)
