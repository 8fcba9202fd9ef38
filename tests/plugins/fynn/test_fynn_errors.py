"""`parse_error` on Fynn's error bodies, and on bodies that are not quite those."""

from __future__ import annotations

from typing import Any

import httpx
import msgspec
import pytest

import invoicekit
from invoicekit.plugin import ErrorDetail

KEY = "s3cr3t-KEY-123"


def parse(content: Any, *, key: str | None = KEY) -> ErrorDetail:
    body = content if isinstance(content, bytes) else msgspec.json.encode(content)
    headers = {"authorization": f"Bearer {key}"} if key else {}
    request = httpx.Request("GET", "https://acme.coreapi.io/invoices/x", headers=headers)
    response = httpx.Response(422, content=body, request=request)
    return invoicekit.get_vendor("fynn").parse_error(response)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            {"type": "/errors/422", "title": "An error occurred", "status": 422, "detail": "Bad"},
            ErrorDetail("/errors/422", "Bad"),
        ),
        ({"title": "An error occurred"}, ErrorDetail(None, "An error occurred")),
        (
            {"violations": [{"propertyPath": "zip", "message": "Invalid.", "code": "c-1"}]},
            ErrorDetail("c-1", "zip: Invalid."),
        ),
        (
            {"detail": "x", "violations": [{"message": "No path."}, "junk", {"code": "c-2"}]},
            ErrorDetail("c-2", "x\nNo path."),
        ),
        ({"detail": "x", "violations": 5}, ErrorDetail(None, "x")),
        (
            {"code": 401, "message": "JWT Token not found"},
            ErrorDetail("401", "JWT Token not found"),
        ),
        ({"hydra:title": "An error occurred"}, ErrorDetail(None, "An error occurred")),
        ({"detail": 42, "title": ["a"], "type": None}, ErrorDetail(None, None)),
        ({}, ErrorDetail()),
        ([{"detail": "a list"}], ErrorDetail()),
        ("just a string", ErrorDetail()),
        (b"<html>502 Bad Gateway</html>", ErrorDetail()),
        (b"", ErrorDetail()),
    ],
)
def test_parse_error_reads_what_it_can(content: Any, expected: ErrorDetail) -> None:
    assert parse(content) == expected


def test_parse_error_cuts_the_key_out_and_bounds_the_message() -> None:
    detail = parse({"detail": f"bad key {KEY}" + "!" * 5000, "type": KEY})
    assert detail.message is not None
    assert detail.message.startswith("bad key ***!")
    assert len(detail.message) == 1000
    assert detail.code == "***"


def test_parse_error_without_a_request_still_parses() -> None:
    response = httpx.Response(404, content=b'{"detail": "Not Found"}')
    assert invoicekit.get_vendor("fynn").parse_error(response) == ErrorDetail(None, "Not Found")
