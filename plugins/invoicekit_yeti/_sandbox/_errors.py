"""The Yeti sandbox's error answers: JSON:API error documents, as yeti-web renders them.

An error stops a request by raising `Problem`, which carries the prepared answer: a document
``{"errors": [{"title", "detail", "code", "status"}]}`` (``application/vnd.api+json``, or
plain JSON on the auth routes), or any other response such as Rails' bare 400.
"""

from __future__ import annotations

from collections.abc import Sequence

from invoicekit.sandbox import SandboxResponse

__all__ = [
    "JSON",
    "JSON_API",
    "Problem",
    "authorization_failed",
    "error_object",
    "invalid_filter_value",
    "invalid_id",
    "record_not_found",
]

JSON_API = "application/vnd.api+json"
JSON = "application/json"


def error_object(status: int, code: str, title: str, detail: str) -> dict[str, str]:
    """One entry of a JSON:API ``errors`` list."""
    return {"title": title, "detail": detail, "code": code, "status": str(status)}


class Problem(Exception):
    """An answer that stops the request: JSON:API errors, or any prepared response."""

    def __init__(self, response: SandboxResponse) -> None:
        super().__init__(response.status)
        self.response = response

    @classmethod
    def errors(
        cls, status: int, errors: list[dict[str, str]], *, content_type: str = JSON_API
    ) -> Problem:
        """A document of several errors."""
        return cls(SandboxResponse.json(status, {"errors": errors}, content_type=content_type))

    @classmethod
    def one(
        cls, status: int, code: str, title: str, detail: str, *, content_type: str = JSON_API
    ) -> Problem:
        """A document of one error."""
        error = error_object(status, code, title, detail)
        return cls.errors(status, [error], content_type=content_type)


def authorization_failed(content_type: str = JSON_API) -> Problem:
    """The 401 of a missing, invalid or expired token."""
    return Problem.one(
        401,
        "401",
        "Authorization failed",
        "Authorization token expired or incorrect.",
        content_type=content_type,
    )


def record_not_found(key: str) -> Problem:
    """The 404 of an unknown id."""
    return Problem.one(
        404, "404", "Record not found", f"The record identified by {key} could not be found."
    )


def invalid_id(key: str) -> Problem:
    """The 400 (code 103) of an id that is not a UUID."""
    return Problem.one(400, "103", "Invalid field value", f"{key} is not a valid value for id.")


def invalid_filter_value(name: str, values: Sequence[str]) -> Problem:
    """The 400 (code 107) of a filter value that cannot be read."""
    detail = f"{','.join(values)} is not a valid value for {name}."
    return Problem.one(400, "107", "Invalid filter value", detail)
