"""Ransack's filters and the sort on the Yeti sandbox's invoices (``invoice_resource.rb``).

The filter keys and their types are the generated client's (`FILTERS`, `FILTER_TYPES`).

A ``sort`` starting with ``start_date`` (what the plugin sends, and the default) and the
``id``/``start_date``/``account_id``/``reference_eq`` filters are answered without generating
anything beyond the page; any other sort or filter scans the matching invoices.
"""

from __future__ import annotations

import functools
import heapq
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from invoicekit.flows import is_uuid
from invoicekit.sandbox import sorted_range
from invoicekit_yeti_client.api.invoices import list_invoices

from ._data import Invoice, YetiData
from ._errors import invalid_filter_value, invalid_id
from ._ruby import csv_values

__all__ = [
    "FILTERS",
    "FILTER_TYPES",
    "Filter",
    "matches",
    "order",
    "select",
    "verify",
]

#: jsonapi-resources' default filter on the primary key: ``filter[id]=<uuid>[,<uuid>...]``.
KEY_FILTER = "id"
_LIST_PREDICATES = frozenset({"in", "not_in", "cont_any"})
#: The value formats of the generated ``filter[<base>_eq]`` parameters -> ransack's types.
_KINDS = {"date-time": "datetime", "decimal": "number", "uuid": "uuid", None: "string"}


def _declared() -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """The ransack filters of the generated ``list_invoices`` operation (expanded from the
    spec's ``x-invoicekit-filters``): base -> type, and key -> (base, predicate)."""
    formats = {
        param.wire[len("filter[") : -1]: param.format
        for param in list_invoices.OPERATION.query
        if param.wire.startswith("filter[")
    }
    # Every base has `eq`, typed by its format; `not_eq` is a predicate of a base of its own.
    types = {
        name.removesuffix("_eq"): _KINDS[form]
        for name, form in formats.items()
        if name.endswith("_eq") and not name.endswith("_not_eq")
    }
    keys = {KEY_FILTER: (KEY_FILTER, "in")}
    for name in formats:
        if name == KEY_FILTER:
            continue
        base = max((b for b in types if name.startswith(f"{b}_")), key=len)
        keys[name] = (base, name[len(base) + 1 :])
    return types, keys


#: Base name -> type (``string``, ``datetime``, ``number``, ``uuid``), and every allowed
#: ``filter[...]`` key (after ``underscore``) -> (base, predicate).
FILTER_TYPES, FILTERS = _declared()

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
_MICROSECOND = timedelta(microseconds=1)
_EARLIEST = datetime.min.replace(tzinfo=UTC)
_LATEST = datetime.max.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Filter:
    """One verified filter: its attribute, predicate and values, cast to the attribute's type."""

    base: str
    predicate: str
    values: tuple[Any, ...]


def verify(data: YetiData, raw: Mapping[str, str]) -> list[Filter]:
    """``RansackFilterBuilder#verify`` plus value casting; unknown accounts drop the filter."""
    verified = []
    for name, value in raw.items():
        base, predicate = FILTERS[name]
        values = csv_values(value)
        if base == KEY_FILTER:
            # `verify_keys`: every value must be a UUID (else 400 code 103); unknown ones
            # simply match nothing.
            if bad := next((item for item in values if not is_uuid(item)), None):
                raise invalid_id(bad)
            hits = {data.ids.lookup(item) for item in values}
            keys = tuple(sorted(index for index in hits if index is not None))
            verified.append(Filter(KEY_FILTER, predicate, keys))
            continue
        if predicate not in _LIST_PREDICATES and len(values) != 1:
            raise invalid_filter_value(name, values)
        kind = FILTER_TYPES[base]
        if kind == "uuid":
            # `Account.where(uuid: values).pluck(:id)`: malformed or unknown UUIDs resolve
            # to nothing, and ransack ignores a condition without a value (GUESS).
            found = [data.account_ids.lookup(item) for item in values if is_uuid(item)]
            resolved = tuple(sorted({index for index in found if index is not None}))
            if resolved:
                verified.append(Filter(base, predicate, resolved))
            continue
        try:
            cast = tuple(_cast(kind, item) for item in values)
        except ValueError:
            # Ransack's casts are lenient; answering 107 for an unreadable value is a GUESS.
            raise invalid_filter_value(name, values) from None
        verified.append(Filter(base, predicate, cast))
    return verified


def select(data: YetiData, filters: Sequence[Filter]) -> Sequence[int]:
    """The positions matching every filter, ascending; lazy unless a scan is needed.

    Filters on the period start, the account (``eq``/``in``) and ``reference_eq`` pick
    positions directly; instants inside the period (end date, first and last calls) bound
    the start to a window; every other filter is checked invoice by invoice.
    """
    low, high, settled = _start_window(filters)
    residual: list[Filter] = []
    accounts: set[int] | None = None
    keys: set[int] | None = None
    reference: Filter | None = None
    for item in filters:
        if item in settled:
            continue
        if item.base == KEY_FILTER:
            keys = set(item.values) if keys is None else keys & set(item.values)
            continue
        if item.base == "account_id" and item.predicate in {"eq", "in"}:
            wanted = set(item.values)
            accounts = wanted if accounts is None else accounts & wanted
            continue
        if item.base == "reference" and item.predicate == "eq":
            reference = item
        residual.append(item)
    window = sorted_range(data.starts, low, high)
    candidates: Sequence[int]
    if reference is not None:
        index = data.reference_index(reference.values[0])
        candidates = [index] if index is not None and index in window else []
        if accounts is not None:
            candidates = [i for i in candidates if data.schedule.slot(i).account in accounts]
    elif accounts is not None:
        runs = []
        for account in sorted(accounts):
            positions = data.schedule.account_periods(account)
            run = sorted_range(positions, window.start, window.stop - 1)
            runs.append(positions[run.start : run.stop])
        candidates = list(heapq.merge(*runs))
    else:
        candidates = window
    if keys is not None:
        member = candidates if isinstance(candidates, range) else set(candidates)
        candidates = [index for index in sorted(keys) if index in member]
    if residual:
        candidates = [i for i in candidates if all(matches(data.invoices[i], f) for f in residual)]
    return candidates


def order(
    invoice: Callable[[int], Invoice], selected: Sequence[int], sort: Sequence[tuple[str, bool]]
) -> tuple[Sequence[int], bool]:
    """Apply ``sort`` (``invoice(i)``: invoice ``i`` as it is now): the order, and whether to
    page it from its end. Start dates are unique, so sorting by them first needs no data."""
    field, descending = sort[0]
    if field == "start_date":
        return selected, descending
    invoices = [invoice(index) for index in selected]
    for name, reverse in reversed(sort):
        invoices.sort(key=functools.partial(_sort_key, name=name), reverse=reverse)
    return [invoice.index for invoice in invoices], False


def _start_window(
    filters: Sequence[Filter],
) -> tuple[datetime | None, datetime | None, list[Filter]]:
    """Inclusive bounds on the period start implied by ``filters``, and the filters they settle.

    ``start_date`` comparisons are settled exactly. Comparisons of instants inside the period
    only narrow the window (an end or a call at or after X means a start after X - 31 days);
    they are still checked one by one.
    """
    low: datetime | None = None
    high: datetime | None = None
    settled: list[Filter] = []
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


def _value(invoice: Invoice, base: str) -> Any:
    return invoice.account if base == "account_id" else getattr(invoice, base)


def matches(invoice: Invoice, item: Filter) -> bool:
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


def _sort_key(invoice: Invoice, name: str) -> tuple[Any, ...]:
    """PostgreSQL order: NULLS LAST ascending (so first descending)."""
    value = invoice.id if name == "id" else getattr(invoice, name)
    return (1,) if value is None else (0, value)
