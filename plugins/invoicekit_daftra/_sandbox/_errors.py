"""The Daftra sandbox's error answers, as api2 sends them.

Errors are ``{"result": "failed", "code": <int>, "message": ...}``, with ``validation_errors``
(parameter -> reason) on 400.
"""

from __future__ import annotations

from collections.abc import Mapping

from invoicekit.sandbox import SandboxError, SandboxResponse

__all__ = ["JSON", "BadRequest", "error_response"]

#: The content type of every api2 answer, as CakePHP sends it.
JSON = "application/json; charset=UTF-8"


class BadRequest(SandboxError):
    """A 400 with Daftra's ``validation_errors``."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        super().__init__(400, "Bad Request")
        self.errors = dict(errors)

    def response(self) -> SandboxResponse:
        """The 400 answer, with the validation errors."""
        body = {
            "result": "failed",
            "code": 400,
            "message": self.message,
            "validation_errors": self.errors,
        }
        return SandboxResponse.json(400, body, content_type=JSON)


def error_response(status: int, message: str) -> SandboxResponse:
    """Daftra's error body: ``{"result": "failed", "code": ..., "message": ...}``."""
    body = {"result": "failed", "code": status, "message": message}
    return SandboxResponse.json(status, body, content_type=JSON)
