"""The Fynn sandbox's query parameters: checked by the spec, worded as Symfony words them.

`invoicekit.sandbox.read_query` checks each parameter against ``specs/fynn/openapi.yaml``
(PHP keeps the last of repeated parameters); this module only renders what it refuses as
Symfony violations (``propertyPath``, ``message`` and the constraint ``code``). All the
violations of a request are answered together (see `._errors`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from invoicekit.sandbox import SandboxRequest, SpecSandbox, Violation

from ._errors import Invalid

__all__ = ["checked"]

# Symfony constraint codes: Type, Range, GreaterThanOrEqual, Choice.
_CODES = {
    "type": "ba785a8c-82cb-4283-967c-3cf342181b40",
    "range": "04b91c99-a946-4221-afc5-e65ebac401eb",
    "minimum": "ea4e51d1-3342-48bd-87f1-9e672cd90cad",
    "enum": "8e179f1b-97aa-4560-a02f-2a8b42e49df7",
}


def _message(violation: Violation) -> str:
    schema = violation.schema
    if violation.problem == "type":
        return "This value should be of type int."
    if violation.problem == "range":
        return f"This value should be between {schema['minimum']} and {schema['maximum']}."
    if violation.problem == "minimum":
        return f"This value should be greater than or equal to {schema['minimum']}."
    return "The value you selected is not a valid choice."


def checked(
    sandbox: SpecSandbox,
    request: SandboxRequest,
    operation_id: str,
    defaults: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The operation's query values; raises `Invalid` with Symfony violations if any is bad."""
    values, violations = sandbox.query(request, operation_id, defaults=defaults)
    if violations:
        raise Invalid(
            [
                {
                    "propertyPath": v.name,
                    "message": _message(v),
                    "code": _CODES.get(v.problem, _CODES["enum"]),
                }
                for v in violations
            ]
        )
    return values
