"""The Yeti sandbox's query strings, read as jsonapi-resources' ``RequestParser`` reads them.

The list route's parameters and their error codes are listed in `._routes`. As in Rails, the
last value of a repeated parameter wins. Some errors pile up into one 400 document, others stop
the parsing at once, in yeti-web's order.
"""

from __future__ import annotations

import functools
import re
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from invoicekit.sandbox import SandboxRequest

from ._contract import contract
from ._errors import JSON_API, Problem, error_object
from ._filters import FILTERS
from ._ruby import csv_values, ruby_to_i, underscore

__all__ = ["Params", "check_accept", "parse_list_params", "parse_show_params"]


@functools.cache
def _sortable() -> frozenset[str]:
    """`sortable_fields`: every attribute and id, but ``has_pdf``, computed in Ruby (GUESS,
    as the spec says: PostgreSQL would fail), so refused as an invalid sort."""
    return frozenset({"id", *contract().invoice_attributes} - {"has_pdf"})


@functools.cache
def _fields() -> Mapping[str, frozenset[str]]:
    """Valid `fields[...]` values (dasherized), per type: attributes, relationships and id."""
    spec = contract()
    invoices = (*spec.invoice_attributes, *spec.relationships)
    return {
        "invoices": frozenset({"id", *(name.replace("_", "-") for name in invoices)}),
        "accounts": frozenset({"id", *(a.replace("_", "-") for a in spec.account_attributes)}),
    }


@dataclass(slots=True)
class Params:
    """What jsonapi-resources' ``RequestParser`` makes of the query string."""

    fields: dict[str, frozenset[str]]
    include: bool
    raw_filters: dict[str, str]  # underscored name → raw value
    sort: list[tuple[str, bool]]  # (field, descending)
    number: int
    size: int
    link_params: dict[str, Any]  # request params that pagination links carry


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


def _parse_fields(params: Mapping[str, str]) -> dict[str, frozenset[str]]:
    scalar, nested = _nested(params, "fields")
    if nested is None:
        if scalar is not None:
            raise Problem.one(400, "119", "Invalid field format", "Fields must specify a type.")
        return {}
    parsed: dict[str, frozenset[str]] = {}
    for kind, value in nested.items():
        valid = _fields().get(kind)
        if valid is None:
            raise Problem.one(400, "101", "Invalid resource", f"{kind} is not a valid resource.")
        names = value.split(",") if value else ["nil"]
        for name in names:
            if name not in valid:
                detail = f"{name} is not a valid field for {kind}."
                raise Problem.one(400, "104", "Invalid field", detail)
        parsed[kind] = frozenset(underscore(name) for name in names)
    return parsed


def _parse_include(raw: str | None, resource: str, errors: list[dict[str, str]]) -> bool:
    if raw is None:
        return False
    wanted = False
    for item in csv_values(raw):
        head, _, rest = item.partition(".")
        valid = head in contract().includes if resource == "invoices" else False
        if valid and rest:  # accounts have no relationships
            head, resource, valid = rest.partition(".")[0], "accounts", False
        if not valid:
            detail = f"{head} is not a valid relationship of {resource}"
            errors.append(error_object(400, "112", "Invalid field", detail))
            return False
        wanted = True
    return wanted


def _parse_sort(raw: str | None) -> list[tuple[str, bool]]:
    default = contract().default_sort  # InvoiceResource.default_sort
    default_criteria = [(underscore(default.lstrip("-")), default.startswith("-"))]
    if not raw:
        return default_criteria
    text = urllib.parse.unquote(raw)
    criteria = []
    for item in csv_values(text):
        descending = item.startswith("-")
        name = underscore(item[1:] if descending else item)
        if name not in _sortable():
            detail = f"{name} is not a valid sort criteria for invoices"
            raise Problem.one(400, "114", "Invalid sort criteria", detail)
        criteria.append((name, descending))
    return criteria or default_criteria


def _parse_page(params: Mapping[str, str], errors: list[dict[str, str]]) -> tuple[int, int]:
    scalar, nested = _nested(params, "page")
    default, highest = contract().default_page_size, contract().max_page_size
    if nested is not None:
        size = ruby_to_i(nested["size"]) if "size" in nested else default
        number = ruby_to_i(nested["number"]) if "number" in nested else 1
    elif scalar is not None:
        size, number = default, ruby_to_i(scalar)
    else:
        return 1, default
    detail = None
    if size < 1:
        detail = f"{size} is not a valid value for size page parameter."
    elif size > highest:
        detail = f"size exceeds maximum page size of {highest}."
    elif number < 1:
        detail = f"{number} is not a valid value for number page parameter."
    if detail is not None:
        errors.append(error_object(400, "118", "Invalid page value", detail))
    return number, size


def _parse_filters(params: Mapping[str, str], errors: list[dict[str, str]]) -> dict[str, str]:
    scalar, nested = _nested(params, "filter")
    if nested is None:
        if scalar is not None:
            detail = f"{scalar} is not a valid syntax for filtering."
            errors.append(error_object(400, "120", "Invalid filters syntax", detail))
        return {}
    filters: dict[str, str] = {}
    for key, value in nested.items():
        name = underscore(key)
        if name not in FILTERS:
            errors.append(error_object(400, "102", "Filter not allowed", f"{name} is not allowed."))
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


def parse_list_params(request: SandboxRequest) -> Params:
    """Parse like ``RequestParser#setup_index_action``: some errors pile up, others raise."""
    params = _last_params(request)
    errors: list[dict[str, str]] = []
    fields_ = _parse_fields(params)  # raises
    include = _parse_include(params.get("include"), "invoices", errors)
    raw_filters = _parse_filters(params, errors)
    sort = _parse_sort(params.get("sort"))  # raises, dropping the errors so far
    number, size = _parse_page(params, errors)
    if errors:
        raise Problem.errors(400, errors)
    return Params(fields_, include, raw_filters, sort, number, size, _link_params(params))


def parse_show_params(
    request: SandboxRequest, *, resource: str
) -> tuple[dict[str, frozenset[str]], bool]:
    """Parse like ``RequestParser#setup_show_action``: ``fields``, ``include`` (and filters)."""
    params = _last_params(request)
    errors: list[dict[str, str]] = []
    fields_ = _parse_fields(params)
    include = _parse_include(params.get("include"), resource, errors)
    if resource == "invoices":
        _parse_filters(params, errors)
    if errors:
        raise Problem.errors(400, errors)
    return fields_, include


def check_accept(request: SandboxRequest) -> None:
    """``verify_accept_header``: 406 unless Accept is absent, JSON:API or ``*/*``."""
    accept = request.header("accept") or ""
    types = [item.strip() for item in re.findall(r'.+".+"[^,]*|[^,]+', accept)]
    if not types or any(t == JSON_API or t.startswith("*/*") for t in types):
        return
    detail = (
        f"All requests must use the '{JSON_API}' Accept without media type parameters. "
        f"This request specified '{accept}'."
    )
    raise Problem.one(406, "406", "Not acceptable", detail)
