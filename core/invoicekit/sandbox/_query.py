"""Query parameters read and checked against the operation's schemas in the spec.

`read_query` turns a request's query into typed values (integers, enum members, strings) and
`Violation` objects for the values the spec refuses. How a violation is worded is the vendor's
(Symfony's ``violations``, JSON:API's error codes, ...): the core only says what was wrong.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ._protocol import SandboxRequest
from ._spec import Operation

__all__ = ["Violation", "read_query"]

_INTEGER = re.compile(r"[+-]?[0-9]+")

#: What was wrong: not an integer, outside ``[minimum, maximum]`` (both bounds declared),
#: below the only ``minimum``, above the only ``maximum``, not an ``enum`` member, not
#: matching ``pattern``, not of the schema's ``format`` (`read_typed_query`), or a parameter
#: the operation does not declare (`unknown_parameters`).
Problem = Literal["type", "range", "minimum", "maximum", "enum", "pattern", "format", "unknown"]


@dataclass(frozen=True, slots=True)
class Violation:
    """One query parameter the spec refuses."""

    name: str
    problem: Problem
    schema: Mapping[str, Any]
    raw: str


def _integer(name: str, raw: str, schema: Mapping[str, Any]) -> int | Violation:
    try:
        # int() refuses more than 4300 digits: no server holds such an integer either.
        value = int(raw) if _INTEGER.fullmatch(raw.strip()) else None
    except ValueError:
        value = None
    if value is None:
        return Violation(name, "type", schema, raw)
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and high is not None and not low <= value <= high:
        return Violation(name, "range", schema, raw)
    if low is not None and value < low:
        return Violation(name, "minimum", schema, raw)
    if high is not None and value > high:
        return Violation(name, "maximum", schema, raw)
    return value


def _check(name: str, raw: str, schema: Mapping[str, Any]) -> Any:
    kinds = schema.get("type")
    if kinds == "integer" or (isinstance(kinds, list) and "integer" in kinds):
        return _integer(name, raw, schema)
    if "enum" in schema and raw not in schema["enum"]:
        return Violation(name, "enum", schema, raw)
    if "pattern" in schema and re.search(schema["pattern"], raw) is None:
        return Violation(name, "pattern", schema, raw)
    return raw


def read_query(
    operation: Operation,
    request: SandboxRequest,
    *,
    resolve: Any = None,
    repeated: Literal["first", "last"] = "last",
    defaults: Mapping[str, Any] | None = None,
) -> tuple[dict[str, Any], list[Violation]]:
    """The operation's query parameters as typed values, and the violations, in spec order.

    A parameter absent from the request takes ``defaults[name]``, else the schema's
    ``default``, else ``None``; a refused one takes its default too. Parameters the spec does
    not declare are ignored, as most servers ignore unknown filters. ``repeated`` says which
    of a repeated parameter's values counts (PHP and Rails keep the last). ``resolve``
    follows a ``$ref`` inside a parameter's schema (`ApiSpec.resolve`).
    """
    values: dict[str, Any] = {}
    violations: list[Violation] = []
    for param in operation.query():
        schema = resolve(param.schema) if resolve is not None else param.schema
        default = (defaults or {}).get(param.name, schema.get("default"))
        given = request.params(param.name)
        if not given:
            values[param.name] = default
            continue
        checked = _check(param.name, given[-1] if repeated == "last" else given[0], schema)
        if isinstance(checked, Violation):
            violations.append(checked)
            values[param.name] = default
        else:
            values[param.name] = checked
    return values, violations
