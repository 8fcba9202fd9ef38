"""The Fynn sandbox's query parameters, read as PHP and validated as Symfony does.

PHP keeps the last of repeated parameters. A value that fails validation adds a violation
(``propertyPath``, ``message`` and the Symfony constraint ``code``), and all the violations of a
request are answered together (see `._errors`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from invoicekit.sandbox import SandboxRequest

__all__ = ["choice", "integer", "last"]

# Symfony constraint codes: Type, Range, GreaterThanOrEqual, Choice.
_INVALID_TYPE = "ba785a8c-82cb-4283-967c-3cf342181b40"
_NOT_IN_RANGE = "04b91c99-a946-4221-afc5-e65ebac401eb"
_TOO_LOW = "ea4e51d1-3342-48bd-87f1-9e672cd90cad"
_NO_SUCH_CHOICE = "8e179f1b-97aa-4560-a02f-2a8b42e49df7"
_INTEGER = re.compile(r"[+-]?[0-9]+")


def last(request: SandboxRequest, name: str) -> str | None:
    """A query parameter's value; PHP keeps the last of repeated ones."""
    values = request.params(name)
    return values[-1] if values else None


def _violation(path: str, message: str, code: str) -> dict[str, str]:
    return {"propertyPath": path, "message": message, "code": code}


def integer(
    request: SandboxRequest,
    name: str,
    *,
    default: int,
    low: int,
    high: int | None,
    violations: list[dict[str, str]],
) -> int:
    """Integer parameter ``name`` (``default`` when absent) in ``[low, high]``."""
    raw = last(request, name)
    if raw is None:
        return default
    try:
        # int() refuses more than 4300 digits: not an int PHP could hold either.
        value = int(raw) if _INTEGER.fullmatch(raw.strip()) else None
    except ValueError:
        value = None
    if value is None:
        violations.append(_violation(name, "This value should be of type int.", _INVALID_TYPE))
        return default
    if high is not None and not low <= value <= high:
        message = f"This value should be between {low} and {high}."
        violations.append(_violation(name, message, _NOT_IN_RANGE))
    elif value < low:
        message = f"This value should be greater than or equal to {low}."
        violations.append(_violation(name, message, _TOO_LOW))
    return value


def choice(
    request: SandboxRequest,
    name: str,
    choices: Sequence[str],
    violations: list[dict[str, str]],
) -> str | None:
    """Parameter ``name`` if it is one of ``choices``, else ``None`` (and a violation)."""
    raw = last(request, name)
    if raw is not None and raw not in choices:
        message = "The value you selected is not a valid choice."
        violations.append(_violation(name, message, _NO_SUCH_CHOICE))
        return None
    return raw
