"""The Fynn sandbox's error answers: API Platform's problem bodies.

Errors
    Every error is a problem body (``application/problem+json``): ``{"type", "title",
    "status", "detail"}``, plus ``violations`` for invalid query parameters. An unknown or
    malformed invoice id is a 404 ``"Not Found"``, as in the spec's example. A draft has no
    rendered document yet (``file: null``), so asking for its download link is a 422.
"""

from __future__ import annotations

from invoicekit.sandbox import SandboxResponse

__all__ = ["PROBLEM_CONSTANTS", "Invalid", "violations_response"]

_PROBLEM = "application/problem+json"
_HTTP_PROBLEM = "https://tools.ietf.org/html/rfc2616#section-10"
_VALIDATION_PROBLEM = "https://symfony.com/errors/validation"
_TITLE = "An error occurred"
#: What every problem body has beside its status and detail (the rest is the spec's Problem).
PROBLEM_CONSTANTS = {"type": _HTTP_PROBLEM, "title": _TITLE}


class Invalid(Exception):
    """Query parameters that fail validation: rendered as a 400 with ``violations``."""

    def __init__(self, violations: list[dict[str, str]]) -> None:
        super().__init__("; ".join(item["message"] for item in violations))
        self.violations = violations


def violations_response(violations: list[dict[str, str]]) -> SandboxResponse:
    """The 400 problem body of invalid query parameters, with their ``violations``."""
    detail = "\n".join(f"{item['propertyPath']}: {item['message']}" for item in violations)
    body = {
        "type": _VALIDATION_PROBLEM,
        "title": _TITLE,
        "status": 400,
        "detail": detail,
        "violations": violations,
    }
    return SandboxResponse.json(400, body, content_type=_PROBLEM)
