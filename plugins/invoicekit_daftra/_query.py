"""The query string of Daftra's invoice list, built through the generated endpoint.

The vendor-native filters come from the generated operation table (``list_invoices.OPERATION``)
at import time, so their names and types always follow the spec: each parameter's Python type
(from the builder's annotation) decides how a filter value given as text is checked and
converted, and its wire name is the key that ``build_request`` writes for it.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import msgspec

from invoicekit.plugin import ConfigurationError, InvoiceStatus, ListQuery, Unsupported
from invoicekit.vendor import filter_type
from invoicekit_daftra_client.api.invoices import list_invoices
from invoicekit_daftra_client.models import RecursiveLevel, SortDirection

from ._codes import DRAFT_STATUS_RAW, FILTER_STATUSES
from ._declared import DEFAULT_PAGE_SIZE
from ._values import VENDOR

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "NATIVE_FILTERS",
    "list_call_kwargs",
    "native_filter_types",
    "wanted_statuses",
]

# Parameters the listing flow sets itself: paging, order and depth are not the caller's to change.
_CONTROLLED = frozenset({"page", "limit", "sort", "direction", "recursive"})

_INTEGER = re.compile(r"-?[0-9]{1,18}")
_DECIMAL = re.compile(r"-?[0-9]{1,30}(\.[0-9]{1,30})?")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass(frozen=True)
class _Parameter:
    """One native filter: its keyword in ``build_request`` and how to convert a text value."""

    keyword: str
    convert: Callable[[str, str], object]


def _bad(name: str, value: str, expected: str) -> ConfigurationError:
    return ConfigurationError(f"filter {name!r} takes {expected}, got {value!r}", vendor=VENDOR)


def _integer(name: str, value: str) -> int:
    if not _INTEGER.fullmatch(value):
        raise _bad(name, value, "an integer")
    return int(value)


def _date(name: str, value: str) -> dt.date:
    try:
        if _ISO_DATE.fullmatch(value):
            return dt.date.fromisoformat(value)
    except ValueError:
        pass
    raise _bad(name, value, "a date (YYYY-MM-DD)")


def _decimal(name: str, value: str) -> str:
    if not _DECIMAL.fullmatch(value):
        raise _bad(name, value, "a decimal number")
    return value


def _text(name: str, value: str) -> str:
    return value


def _integer_enum(kind: type[enum.IntEnum]) -> Callable[[str, str], object]:
    def convert(name: str, value: str) -> object:
        return kind(_integer(name, value))  # the generated enums are open: any code passes

    return convert


def _converter(annotation: Any) -> Callable[[str, str], object]:
    """How to read a text value for a parameter annotated ``annotation`` (``X | Unset``)."""
    members = (
        set(typing.get_args(annotation))
        if isinstance(annotation, types.UnionType)
        else {annotation}
    )
    members.discard(msgspec.UnsetType)
    if members == {int}:
        return _integer
    if members == {dt.date}:
        return _date
    if members == {float, str}:
        return _decimal
    if members == {str}:
        return _text
    (only,) = members  # anything else fails loudly at import, not silently at run time
    if isinstance(only, type) and issubclass(only, enum.IntEnum):
        return _integer_enum(only)
    raise TypeError(f"no converter for list_invoices parameters of type {annotation!r}")


def _native_filters() -> dict[str, _Parameter]:
    hints = typing.get_type_hints(list_invoices.build_request)
    return {
        p.wire: _Parameter(p.python, _converter(hints[p.python]))
        for p in list_invoices.OPERATION.query
        if p.python not in _CONTROLLED and p.wire not in _CONTROLLED
    }


#: Wire name -> parameter, for every documented list query parameter the caller may pass as is.
NATIVE_FILTERS: Mapping[str, _Parameter] = _native_filters()


def native_filter_types() -> dict[str, str]:
    """Wire name -> the value's type in words, for `Vendor.native_filters`."""
    hints = typing.get_type_hints(list_invoices.build_request)
    return {name: filter_type(hints[item.keyword]) for name, item in NATIVE_FILTERS.items()}


_STATUS_OF_TOKEN = {token: status for status, token in FILTER_STATUSES.items()}


def wanted_statuses(query: ListQuery) -> frozenset[InvoiceStatus]:
    """The normalized statuses behind ``query.status`` (empty: any status)."""
    return frozenset(_STATUS_OF_TOKEN[token] for token in query.status)


def _status_kwargs(tokens: tuple[str, ...]) -> dict[str, Any]:
    if not tokens:
        return {}
    unknown = [token for token in tokens if token not in _STATUS_OF_TOKEN]
    if unknown:
        raise ConfigurationError(f"unknown Daftra status filter value(s) {unknown}", vendor=VENDOR)
    if len(set(tokens)) > 1:
        raise Unsupported(
            VENDOR,
            "filtering by several statuses at once",
            "its list takes one payment_status (or draft=1) per request",
        )
    (token,) = set(tokens)
    if token == DRAFT_STATUS_RAW:
        return {"draft": 1}
    return {"payment_status": int(token)}


def list_call_kwargs(query: ListQuery, paging: Mapping[str, Any]) -> dict[str, Any]:
    """The ``build_request`` kwargs for one page of ``query`` (``paging``: its ``page`` and
    ``limit``): oldest first by id, with lines.

    Raises `ConfigurationError` for a native filter value of the wrong type, or one that says
    the same thing as a common filter also given.
    """
    kwargs: dict[str, Any] = {
        **paging,
        # recursive=1 puts each invoice's lines and payments into the list, so no invoice needs
        # a second request; ids grow with creation, so id order is creation order (`created`
        # has one-second resolution and `date` can be back-dated).
        "recursive": RecursiveLevel.VALUE_1,
        "sort": "id",
        "direction": SortDirection.ASC,
    }
    common: dict[str, Any] = {"date_from": query.issued_since, "date_to": query.issued_until}
    common.update(_status_kwargs(query.status))
    common = {key: value for key, value in common.items() if value is not None}
    for name, value in query.native.items():
        parameter = NATIVE_FILTERS.get(name)
        if parameter is None:
            raise ConfigurationError(f"unknown filter {name!r}", vendor=VENDOR)
        if parameter.keyword in common or (
            name in {"draft", "payment_status"} and {"draft", "payment_status"} & set(common)
        ):
            raise ConfigurationError(
                f"filter {name!r} conflicts with a common filter (issued_since, issued_until or "
                "status) given in the same call; pass one of them",
                vendor=VENDOR,
            )
        kwargs[parameter.keyword] = parameter.convert(name, value)
    kwargs.update(common)
    return list_invoices.build_request(**kwargs)
