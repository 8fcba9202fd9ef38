"""The Daftra sandbox's list parameters: the spec's checks, and CakePHP's way of reading them.

`invoicekit.sandbox.SpecSandbox.typed_query` reads every parameter as the spec types it
(integers, ``format: date`` days, ``format: decimal`` amounts) and names what it refuses; this
module keeps what the spec does not say, and words the refusals as Daftra's 400
``validation_errors`` (parameter -> reason).

The quirks
    Values are trimmed and blank ones count as not given, as CakePHP list filters skip empty
    values; of a repeated parameter the first counts. ``recursive`` (-1 header only; 0 header
    and ``Client`` beside it, the default; 1 the full invoice with ``Client``,
    ``InvoiceItem`` and ``InvoicePayment`` nested inside ``Invoice``) and ``type`` are read
    with PHP's ``(int)`` cast (``"a"`` is 0, ``recursive`` beyond +-1 clamps), and a
    ``direction`` other than ``ASC`` (any case) means the default ``DESC``. ``limit`` above
    1000, the maximum the daftradocs222 page states, is a 400, and so is a ``sort`` other than
    ``id``, ``date``, ``no`` or ``created``. ``draft=0`` is no filter (documented as "1 =
    drafts only"; PHP's ``empty("0")`` is true).

Undocumented parameters
    A parameter Daftra does not document answers 400 "Unknown parameter" (a sandbox choice:
    the docs do not say what api2 does with them, and silently ignoring a typo would hide a
    bug). The credit-note and refund-receipt lists read only their ``page`` and ``limit``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from typing import Any, NamedTuple

from invoicekit.sandbox import (
    SandboxError,
    SandboxRequest,
    SpecSandbox,
    Violation,
    unknown_parameters,
)

__all__ = ["BadRequest", "Paging", "list_query", "page_query"]

_MAX_LIMIT = 1000
_DEFAULT_LIMIT = 20
_SORTS = ("id", "date", "no", "created")
_PHP_INTEGER = re.compile(r"-?[0-9]{1,18}")
#: The list's paging and order; every other parameter of ``list_invoices`` is a filter.
_PAGING = ("page", "limit", "recursive", "sort", "direction")
#: Read with PHP's cast, not refused: what the spec's enums say is not what CakePHP checks.
_CAST = ("recursive", "type", "direction")


class BadRequest(SandboxError):
    """A 400 with Daftra's ``validation_errors``."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        super().__init__(400, "Bad Request")
        self.errors = dict(errors)


class Paging(NamedTuple):
    """The list's ``page``, ``limit``, ``recursive`` and direction."""

    page: int
    limit: int
    recursive: int
    descending: bool


def _php_int(value: str) -> int:
    """PHP's ``(int)`` cast: the leading integer of ``value``, or 0 when there is none."""
    match = re.match(r"\s*([+-]?[0-9]{1,18})", value)
    return int(match.group(1)) if match else 0


def _reason(violation: Violation) -> str:
    """Daftra's wording of what the spec refused."""
    schema, name = violation.schema, violation.name
    if violation.problem == "unknown":
        return "Unknown parameter"
    if violation.problem == "format" and schema.get("format") == "date":
        return "Invalid date"
    if name == "limit" and violation.problem != "type":
        return f"must be between 1 and {_MAX_LIMIT}"
    if violation.problem == "type":
        return "must be an integer"
    if violation.problem in {"pattern", "format"}:
        return "must be a number"
    if violation.problem == "range":
        low, high = schema["minimum"], schema["maximum"]
        return f"must be {low} or {high}" if high == low + 1 else f"must be {low} to {high}"
    return f"must be {schema.get('minimum', 1)} or more"


def _trimmed(request: SandboxRequest) -> SandboxRequest:
    query = tuple((name, value.strip()) for name, value in request.query if value.strip())
    return dataclasses.replace(request, query=query)


def _checked(
    sandbox: SpecSandbox, request: SandboxRequest, operation_id: str, *, unknown: bool
) -> tuple[dict[str, Any], SandboxRequest]:
    trimmed = _trimmed(request)
    values, violations = sandbox.typed_query(
        trimmed, operation_id, defaults={"limit": _DEFAULT_LIMIT}, unknown=False
    )
    if unknown:  # blank or not: an undocumented name is a typo either way
        violations += unknown_parameters(sandbox.operation(operation_id), request)
    errors = {v.name: _reason(v) for v in violations if v.name not in _CAST}
    for param in sandbox.operation(operation_id).query():
        raw = trimmed.param(param.name)
        # Integers as PHP holds them: no plus sign, at most 18 digits (the spec sets no bound).
        integer = param.name not in _CAST and isinstance(values[param.name], int)
        if integer and raw is not None and not _PHP_INTEGER.fullmatch(raw):
            errors.setdefault(param.name, "must be an integer")
    values.setdefault("page", 1)  # an operation may page without declaring both
    values.setdefault("limit", _DEFAULT_LIMIT)
    if values["limit"] > _MAX_LIMIT:
        errors.setdefault("limit", f"must be between 1 and {_MAX_LIMIT}")
    sort = values.get("sort")
    if sort is not None and sort not in _SORTS:
        errors["sort"] = f"cannot sort by {sort!r}; use one of {', '.join(_SORTS)}"
    if errors:
        raise BadRequest(errors)
    return values, trimmed


def page_query(sandbox: SpecSandbox, request: SandboxRequest, operation_id: str) -> Paging:
    """The ``page`` and ``limit`` of a document list (400 on a bad one, others ignored)."""
    values, _ = _checked(sandbox, request, operation_id, unknown=False)
    return Paging(values["page"], values["limit"], 0, False)


def list_query(sandbox: SpecSandbox, request: SandboxRequest) -> tuple[Paging, dict[str, object]]:
    """The invoice list's paging and its filters (only those given), checked by the spec."""
    values, trimmed = _checked(sandbox, request, "list_invoices", unknown=True)
    recursive = trimmed.param("recursive")
    paging = Paging(
        page=values["page"],
        limit=values["limit"],
        recursive=0 if recursive is None else max(-1, min(1, _php_int(recursive))),
        descending=(trimmed.param("direction") or "").upper() != "ASC",
    )
    given = {name for name, _ in trimmed.query}
    found = {
        name: value
        for name, value in values.items()
        if name not in _PAGING and name in given and value is not None
    }
    cast = trimmed.param("type")
    if cast is not None:
        found["type"] = _php_int(cast)
    if found.get("draft") == 0:
        del found["draft"]
    return paging, found
