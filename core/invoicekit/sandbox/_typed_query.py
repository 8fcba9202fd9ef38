"""Stricter query reading: values typed by their schema's ``format``, undeclared names refused.

`read_query` leaves a ``format: date`` or ``format: decimal`` value a string and ignores
parameters the operation does not declare, as most servers do. A vendor that answers a
malformed date or an unknown filter with a 400 reads its query with `read_typed_query`
instead: the same values and violations, plus `datetime.date` and `decimal.Decimal` values
(a ``format`` violation when they do not parse) and an ``unknown`` violation per undeclared
name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from ._protocol import SandboxRequest
from ._query import Violation, read_query
from ._spec import Operation

__all__ = ["read_typed_query", "unknown_parameters"]

_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _day(raw: str) -> date | None:
    try:
        return date.fromisoformat(raw) if _DAY.fullmatch(raw) else None
    except ValueError:  # 2024-13-01
        return None


def _decimal(raw: str) -> Decimal | None:
    try:
        value = Decimal(raw)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


#: ``format`` -> parser of a string value (``None``: not of that format).
_FORMATS: Mapping[str, Callable[[str], Any]] = {"date": _day, "decimal": _decimal}


def unknown_parameters(operation: Operation, request: SandboxRequest) -> list[Violation]:
    """An ``unknown`` violation per query name ``operation`` does not declare, first seen first."""
    declared = {param.name for param in operation.query()}
    names = dict.fromkeys(name for name, _ in request.query if name not in declared)
    raw = {name: value for name, value in reversed(request.query)}
    return [Violation(name, "unknown", {}, raw[name]) for name in names]


def read_typed_query(
    operation: Operation,
    request: SandboxRequest,
    *,
    resolve: Any = None,
    repeated: Literal["first", "last"] = "last",
    defaults: Mapping[str, Any] | None = None,
    unknown: bool = True,
) -> tuple[dict[str, Any], list[Violation]]:
    """`read_query`, with ``format: date``/``decimal`` values parsed and unknown names refused.

    A string value whose schema's ``format`` is ``date`` (``YYYY-MM-DD``) becomes a `date`,
    ``decimal`` a `Decimal`; one that does not parse is a ``format`` violation and takes its
    default. With ``unknown`` (the default), every undeclared name is an ``unknown``
    violation, after the declared parameters' own.
    """
    values, violations = read_query(
        operation, request, resolve=resolve, repeated=repeated, defaults=defaults
    )
    refused = {violation.name for violation in violations}
    for param in operation.query():
        schema = resolve(param.schema) if resolve is not None else param.schema
        parse = _FORMATS.get(schema.get("format", ""))
        value = values.get(param.name)
        if parse is None or param.name in refused or not isinstance(value, str):
            continue
        if value == schema.get("default") and not request.params(param.name):
            continue  # a default is the spec's own, already typed as the vendor wants it
        parsed = parse(value)
        if parsed is None:
            violations.append(Violation(param.name, "format", schema, value))
            values[param.name] = (defaults or {}).get(param.name)
        else:
            values[param.name] = parsed
    order = [param.name for param in operation.query()]
    violations.sort(key=lambda v: order.index(v.name))
    if unknown:
        violations += unknown_parameters(operation, request)
    return values, violations
